<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page, not a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment (a media file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a menu item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of type “%1”, not a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts with another status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post with the status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Backup or Another Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Newsroom &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteExporter</name>
    <message>
        <source>two pages of the site would both be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spiked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::ArticleListModel</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::ArticleService</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article needs a headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing article %2 on %3 (since %4); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction to a published article needs a note saying what was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silent fix is for a typo: at most %1 words may change, and this change touches %2; save it as a correction with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silent fix changes only the text; the section, tags, language and byline are changed with a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a commissioned length is from 0 (none) to %1 words, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body shows image %1, which is not in the store: add photos with Insert ▸ Photo or copydesk photo add (nothing was saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silent fix changes only words; a photo added, removed or replaced is a correction with a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::Checker</name>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name spelt two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight and typographic quotes mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence over 40 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is not in the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two spaces where one will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sentence of %1 words (over %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is also spelt ‘%2’ in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a straight quote in copy that uses typographic quotes (“ ”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a straight apostrophe or quote in copy that uses typographic ones (‘ ’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words against %2 commissioned (%3% over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words against %2 commissioned (%3% under)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::DemoNewsroom</name>
    <message>
        <source>the demo newsroom is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo newsroom can only be added to a new newsroom, with no articles and no staff but its first account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::DictionaryService</name>
    <message>
        <source>a dictionary word is one word, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starter house dictionary is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to change a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only staff with a current appointment may change what is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown check &apos;%1&apos; (one of: %2, skip-all-caps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::EditSession</name>
    <message>
        <source>Open a saved article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kept text %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be edited now; the recovered text is kept for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the article over on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::EditingService</name>
    <message>
        <source>only %1 may take over an article someone else is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deputy editor or the editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section editor of %1, a deputy editor or the editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to keep unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::ExportReport</name>
    <message>
        <source>1 published article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2: %3, %4 unchanged, %5 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::FindReplace</name>
    <message>
        <source>nothing to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular expression: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::HouseStyle</name>
    <message>
        <source>house style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house style: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a house style rule needs its preferred form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a house style rule needs at least one form to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preferred form cannot contain “|”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the preferred form itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” differs from “%2” only in capitals: make the rule match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language (en, en_GB, en_US, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house style note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a rule is “preferred &lt;tab&gt; avoid|avoid &lt;tab&gt; note &lt;tab&gt; language &lt;tab&gt; section &lt;tab&gt; case”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the last column is “case” or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be matched as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::HtmlConverter</name>
    <message>
        <source>%1 without an address removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept as a link: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[caption] shortcode unwrapped: its caption kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[embed] shortcode kept as a link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] shortcode without an address removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] shortcode kept as a link: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed kept as a link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] shortcode kept as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::LocalRecovery</name>
    <message>
        <source>cannot make the folder %1 for a recovery copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a recovery copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::Newsroom</name>
    <message>
        <source>%1 is read-only and needs migrating to this version; open it where it can be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::PermissionRules</name>
    <message>
        <source>line %1 is not ACTION, STATUS and WHO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::Permissions</name>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spiked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the house dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deputy editor or the editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section editor of %1, a deputy editor or the editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the editor-in-chief or an administrator may %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a section editor, a deputy editor or the editor-in-chief may change the house dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator has no editorial powers; only contributors and editors may write articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only contributors and editors with a current appointment may write articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a published article cannot be edited, only corrected (with a note) by a deputy editor or the editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1 an article that is %2; only an article that is %3 can be %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no editorial appointment today, so may not %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its authors, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 may edit this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 may edit an article that is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a deputy editor or the editor-in-chief may %1 a published article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 may submit this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors cannot approve their own article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who wrote an article into the newsroom cannot approve it, whoever its byline names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 may approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors may spike only their own drafts; only %1 may spike an article that is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only its authors (for a draft), %1 may spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section editor may put another person&apos;s name only on an article of their own section; a deputy editor or the editor-in-chief may do it for any article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only your own name may go on a byline; a section editor of the article&apos;s section, a deputy editor or the editor-in-chief may add other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only staff with a current editorial appointment may add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the editor-in-chief may import a whole site: it adds people and publishes articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silently fix a typo in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a section editor, a deputy editor or the editor-in-chief may change the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest edits to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve comments on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete comments on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only whoever wrote a comment, the authors of a draft or %1 may resolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only whoever wrote a comment or %1 may delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::PhotoFiles</name>
    <message>
        <source>the file is %1, more than the newsroom takes (%2; publication.photo-max-megabytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an image (a photo is a JPEG, PNG or WebP file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a %1 image; a photo is a JPEG, PNG or WebP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 megapixels a photo may have (nothing was decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is incomplete: the file ends before the picture does (cut short while copying?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::PhotoService</name>
    <message>
        <source>this photo records where it was taken (a GPS position in its metadata): the position stays in the newsroom&apos;s store and is taken out of every copy the site publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alt text: describe the photo for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credit (“Photo: Name / Agency”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its image is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pixels wide, narrower than the %2 the site takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the alt text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1&apos;s body is not written the way the editor writes it, so changing its photos here could change more: open it in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo added to a published article is a correction and needs a note saying what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the caption, credit or alt text of photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no photo %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no photo %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::Proof</name>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words of %2 commissioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open spelling, style, house style or length issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the proof cannot be written there (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::Renditions</name>
    <message>
        <source>an image of the site cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image of the site cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image of the site cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::ReviewService</name>
    <message>
        <source>say which passage: the quote is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no passage &quot;%2&quot; (it is matched within a paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands %2 times in article %3: quote more of the passage, or say which one with --occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands only once in article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands only %3 times in article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suggestion replaces words within one paragraph: no line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the passage the comment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion is the passage as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reply; resolve the comment it answers (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a comment, not a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestion to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no suggestion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted a suggestion by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no open suggestion to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• “%1”: suggested “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• “%1”: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments on the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion %1 was accepted already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion %1 was rejected already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 is resolved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is published: accepting a suggestion corrects it, which needs a note saying what was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage of suggestion %1 (&quot;%2&quot;) is no longer in the article as it was suggested against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1&apos;s body is not written the way the editor writes it, so accepting here could change more than the passage: open it in the window, accept there and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these suggestions change overlapping passages, or their passages changed: accept one at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::SettingsRules</name>
    <message>
        <source>the base URL must be an absolute http:// or https:// address (%1), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spaces, quotes or angle brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http or https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a user name, query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safe link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number of characters from 0 (no limit) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a width in pixels from %2 (any) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number of megabytes from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::Speller</name>
    <message>
        <source>cannot read the dictionary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 dictionary (%2) is in the %3 encoding, which Copydesk cannot read; install a UTF-8 version of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 dictionary is installed (looked in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::StaffService</name>
    <message>
        <source>a username is one word, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first account needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not hash the password (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store already has accounts; add people with copydesk staff add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many failed sign-ins for %1; try again in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong username or password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appointment needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section editor needs a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a login on the newsroom server; its password is changed on the server (ALTER ROLE … PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::StoreContext</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::StyleGuideService</name>
    <message>
        <source>sign in to change the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the house style guide has no rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starter house style guide is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::TextImport</name>
    <message>
        <source>%1 is not UTF-8 text: invalid byte 0x%2 at line %3, column %4 (byte %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, pipe or device); only text files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; the body of an article is limited to %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a binary file, not text (a NUL byte at byte %2); only text files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no headline (the file has no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot import .%2 files (Copydesk reads .txt, .md, .html and WordPress export .xml files)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::TextLimits</name>
    <message>
        <source>the %1 is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;%1…&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pasted: %1 characters would make the body %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::WordPressImport</name>
    <message>
        <source>Untitled post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title in WordPress: the headline is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), from the WordPress export %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-protected in WordPress: imported without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 (“%3”): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated from the WordPress export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (line %2): the slug %3 is taken by article %4; it gets a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its featured image (attachment %1) is not in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>featured image not imported (Copydesk keeps no photos yet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 kept as changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its excerpt is longer than a standfirst may be (%1 characters): shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status in the WordPress export %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::WorkflowService</name>
    <message>
        <source>%1 is not a workflow step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 an article, a note is required (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::app::WxrReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WordPress export: the file starts with &lt;%1&gt;, not &lt;rss&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WordPress export: its &lt;rss&gt; declares no WordPress export namespace (http://wordpress.org/export/1.0/, 1.1/ or 1.2/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WordPress export: the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ArticleCommands</name>
    <message>
        <source>articles, newest first (with --search: best match first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these: draft, in_review, approved, published or spiked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only articles by this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search headlines, standfirsts and bodies; shows a snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N articles (default: 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one article with its fields and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a change; prints the new version (a published article takes a correction: --note says what was corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save made from a version someone else has already changed is refused (exit 3); nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new body, from a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version the change was made from (default: the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was changed; a correction to a published article needs one, and it is kept with the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an editorial note to an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions, transitions and notes of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word-level changes between two versions ([-deleted-]{+inserted+})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without V2: against the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make version V the newest again (a new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version the revert was decided on (default: the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no articles match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version takes a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved article %1 as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note takes an article id and the text of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff takes an article id and one or two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions are whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert takes an article id and --to VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore an old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 of article %2 as version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 -&gt; %2 (1 change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 -&gt; %2 (%3 changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a published article: fix a typo silently, with no public correction (at most %1 words, for those the permission table lets; the audit log keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length commissioned, in words (0: none); submitting more than 10% over or under it is noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to update (give --headline, --standfirst, --body-file, --section, --tags or --commissioned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--commissioned takes a number of words (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::CommandContext</name>
    <message>
        <source>sign in with --user NAME to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for %1: set COPYDESK_PASSWORD or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::CommandTable</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see copydesk --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see copydesk --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command&apos;s synopsis, its options and what they mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as COMMAND --help. Without a command: copydesk --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in as this person (password from COPYDESK_PASSWORD, else asked); every command that changes the store needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help; after a command, its own help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the COMMANDS section of the man page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: copydesk [global options] COMMAND [arguments]
Without a command, copydesk opens its window.

Global options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk help COMMAND (or COMMAND --help) shows what a command&apos;s options mean.
Exit codes: 0 done, 1 wrong usage, 2 failed, 3 conflict (someone saved first;
nothing was overwritten), 4 not permitted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: copydesk [global options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file (default: copydesk.sqlite in the application-data folder), or a newsroom server: postgresql://USER@HOST[:PORT]/NAME[?sslmode=MODE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ExportCommands</name>
    <message>
        <source>one article as an HTML page (a draft gets a preview banner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published site: articles, front, section, author and tag pages, Atom feed, sitemap.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pages whose content changed are written again; pages of articles no longer published are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s web address, for canonical links and the feed (default: the publication.base-url setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one article id and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported article %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-site takes --out DIR [--base-url URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printed proof of an article as a PDF: numbered lines, wide margins, its open issues at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, your own dictionary counts for the issues listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (the default), A5, Letter or Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof takes one article id and --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper takes A4, A5, Letter or Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use your own dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote a 1-page proof of article %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote a %1-page proof of article %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ImportCommands</name>
    <message>
        <source>import .txt, .md or .html files as drafts, or a WordPress export (.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .txt file&apos;s first non-empty line is its headline; a .md file&apos;s # heading at the top is; an .html page&apos;s &lt;h1&gt; or &lt;title&gt; is, and its body is its &lt;article&gt; or &lt;main&gt;. Every file is checked before any is stored.
A WordPress export brings the whole site: posts at their status with their dates, authors as people without a password (set one with staff password), categories as sections and tags; pages, attachments and menu items are counted and skipped. It is one transaction: a damaged file imports nothing. Importing it again updates what changed in WordPress and leaves what changed here. Only the editor-in-chief may import a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the articles&apos; section (not for a WordPress export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byline (default: you; not for a WordPress export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what a WordPress export would bring, and write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WordPress export keeps its own sections and authors: --section and --author are for text files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preview is for WordPress exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 (%3 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WordPress export %2 of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import: %1 new, %2 updated, %3 unchanged, %4 kept as changed here since the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept as changed here since the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  They have no password: set one with copydesk staff password NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (line %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the exports before it were imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline of an existing person: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::PhotoCommands</name>
    <message>
        <source>the caption shown under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who took it (&quot;Photo: Amira Khan / Concrete&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revision&apos;s note (a published article&apos;s correction needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are numbered as photo list shows them: the lead photo first, then the body&apos;s in reading order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a photo (JPEG, PNG or WebP) to an article: at the end of its body, or as its lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is checked first (type, size, pixels, complete) and kept once in the store by its SHA-256; a photo that records where it was taken is said so. The article is saved as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the lead photo, above the headline (replacing the lead it had)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article&apos;s photos with their captions, credits, alt text and sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the caption, credit or alt text of photo N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take photo N out of an article (its image stays in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an article id and a photo number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo number is a number from 1, as photo list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo add takes an article id and an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo added to article %1; saved version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 added to article %2; saved version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo list takes one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo update needs --caption, --credit or --alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ReviewCommands</name>
    <message>
        <source>the passage, as it stands in the body (quotes of either kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which one, when the passage stands more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment keeps its passage with some text before and after it and its position; after edits it is found again, exactly or nearly, or listed as orphaned with its quote. Comments never enter the body or an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on a passage of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comments and suggestions on an article, in the order of their passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a comment or suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a comment: kept, no longer open (its writer, the article&apos;s authors or its editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a resolved comment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a comment with its replies (its writer or the section&apos;s editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose new wording for a passage, for the author to accept or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording proposed (empty: delete the passage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept suggestions: the body changes as one new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every open suggestion of the article whose id is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revision&apos;s note (a published article&apos;s correction needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn a suggestion down; the body stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence takes a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest takes an article id, --quote and --with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment add takes an article id and the comment (quote it), with --quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment list takes one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(orphaned: the passage is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggests %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment reply takes a comment&apos;s id and the reply (quote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 to comment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one id (see comment list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion accept --all takes one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion accept takes the ids of suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; the article is now at version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::SpellingCommands</name>
    <message>
        <source>the house dictionary (changed by section editors and above) instead of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dictionary&apos;s language (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling and style issues: line, column, kind, word, suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language to check in (default: the article&apos;s, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a word to your own dictionary, or the house dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a word from your own dictionary, or the house dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words of your own dictionary, or the house dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one of the newsroom&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one of the newsroom&apos;s settings (editor-in-chief, administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one article id or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use your own dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no issues found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see your own dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary %1 takes one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (house dictionary, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (your dictionary, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (house dictionary, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (your dictionary, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes get KEY or set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (check.KIND on|off, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: check.KIND on|off switches a style check for the newsroom (spelling, repeated-word, name-spelling, mixed-quotes, double-space, long-sentence, house-style, skip-all-caps); %1 (links: one &quot;Label | https://…&quot; per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply every house style fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --fix on a published article: the correction&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved article %1 as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no house style fixes to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made 1 house style fix in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1 house style fixes in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note goes with --fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an article, line 1 is the headline, 2 the standfirst, then one line per paragraph. Signed in, your own dictionary counts too. With --fix, every house style fix is made (a file is rewritten in place, an article saved as a new version) and each change printed as LINE:COLUMN  FROM -&gt; TO (for a file, its own lines).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::StaffCommands</name>
    <message>
        <source>add a person (password from COPYDESK_NEW_PASSWORD, else asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor-in-chief and administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name bylines and author boxes show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line about the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a person a title for a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title, as the author box shows it (&quot;Global Editor&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the powers it gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section a section editor edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term, as the author box shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end an appointment (ids from staff list --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended appointment gives no powers but stays in the author box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last day, YYYY-MM-DD (default: yesterday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people and their current appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no current appointment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff add takes one username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff add needs --display &quot;Full Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff appoint takes one username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff appoint needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed %1 %2 (%3), appointment %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff end takes one appointment id (see staff list --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a person&apos;s password (from COPYDESK_NEW_PASSWORD, else asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff password takes one username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For people imported from WordPress, who have none, and for anyone who forgot theirs. On a newsroom server it makes the login of someone who has none; an existing login&apos;s password is changed on the server. Editor-in-chief and administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::StoreCommands</name>
    <message>
        <source>create or migrate the store; the first account (password from COPYDESK_PASSWORD or asked); --demo adds a demo newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account holds two open-ended appointments, administrator and editor-in-chief, so a new newsroom can work at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the first account, with this username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first account&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a demo newsroom: four staff, six articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity and reference checks of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the store&apos;s schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consistent, integrity-checked copy while others keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the copy goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing file that is not a Copydesk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no file names (use --database PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store already has accounts; add people with copydesk staff add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for %1: set COPYDESK_PASSWORD or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created store: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First account: %1 (administrator, editor-in-chief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo newsroom: %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 (schema %2; read-only, so the search index was not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db migrate takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db backup takes --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (integrity checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store file is copied with VACUUM INTO and checked; a newsroom on a PostgreSQL server is written by pg_dump (its custom format, for pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a whole newsroom between stores: SQLite or PostgreSQL, either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table is copied with the same ids in one transaction on the target, which must be empty (a new file, or an empty database on a server); the counts are compared before it commits. SOURCE and TARGET are store files or postgresql://user@host/newsroom addresses (password from COPYDESK_PASSWORD, PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty store to copy it into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy takes --from SOURCE --to TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; every table&apos;s count matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (with pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied 1 migration; schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 migrations; schema %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::StyleCommands</name>
    <message>
        <source>A guide file has one rule per line: preferred &lt;tab&gt; avoid|avoid &lt;tab&gt; note &lt;tab&gt; language &lt;tab&gt; section &lt;tab&gt; case (the last four may be empty; &quot;#&quot; starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for articles in this language (en: every English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for articles in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a rule to the house style guide (section editors and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms are matched as whole words or phrases, straight and typographic quotes alike. Example: style add Kyiv --avoid &quot;Kiev|Kiyv&quot; --note &quot;since 2022&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forms to avoid, separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match capitals exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules of the house style guide: id, preferred form, forms to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the rules for this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the rules for this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a rule from the house style guide (section editors and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the rules of a guide file, all or none; rules already there are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starter guide written for Copydesk instead of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the house style guide as a guide file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write (default: standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style add takes the preferred form (quote a phrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the house style guide has no rules here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style remove takes a rule&apos;s id (see style list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style import takes one guide file, or --starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added 1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 was already in the guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 were already in the guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style export takes no arguments (--out FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote 1 rule to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 rules to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::cli::WorkflowCommands</name>
    <message>
        <source>why; kept with the article&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a draft for review (remaining spelling or style issues are named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve an article in review (never one&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish an approved article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill an article that is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring a spiked article back as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send an article in review back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a published article down, back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --note saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: 1 spelling or style issue remains (see: copydesk check %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 spelling or style issues remain (see: copydesk check %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point at the open comments on the text: each is listed in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: 1 comment on the text is still open (see: copydesk comment list %1 --open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 comments on the text are still open (see: copydesk comment list %2 --open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::ArticleStore</name>
    <message>
        <source>choosing a slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 was saved by someone else in the meantime (it is at version %2, this change started from version %3); nothing was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the status of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is %2 now, not %3; someone changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the published articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding an imported article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording where article %1 came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the slug %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::CommentStore</name>
    <message>
        <source>reading the comments on article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a comment to article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the anchor of comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting open comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::Database</name>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store at %1 (create one with: copydesk init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2), where SQLite&apos;s locking cannot keep a shared store safe; use a PostgreSQL store for a newsroom that shares one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store (it is empty; create one with: copydesk init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Copydesk (schema %2; this program knows up to %3); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Copydesk (schema %2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying migration %1 (statement %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamping the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup cannot replace the store itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a file; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a Copydesk store; nothing was written (give --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the store to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed its integrity check (%1); nothing was written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index does not match the articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is older than %2 (run: copydesk db migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 is locked by another program and stayed locked beyond the 5 second wait while %2; nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2) while %3; open a backup or run copydesk db check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 is full while %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 is read-only while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom server (%1) is still out of reach: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Copydesk cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused %1&apos;s password for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2 (the server&apos;s administrator creates the database: createdb %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the newsroom server for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Copydesk newsroom (its database holds other tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Copydesk newsroom (it is empty; set it up with: copydesk init --database %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another machine&apos;s migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a newsroom backup; nothing was written (give --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up a newsroom on a server needs PostgreSQL&apos;s pg_dump, which is not installed here (Debian: postgresql-client); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump could not back up %1 (%2); nothing was written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the newsroom server (%1) was lost while %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom %1 is locked by another program and stayed locked beyond the 5 second wait while %2; nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom server refused this while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom server&apos;s disk is full while %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::DictionaryStore</name>
    <message>
        <source>adding &apos;%1&apos; to the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing &apos;%1&apos; from the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in that dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignoring &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::ImageStore</name>
    <message>
        <source>keeping image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::Journal</name>
    <message>
        <source>adding a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::PeopleStore</name>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already someone with the username %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nobody with the username %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making the server login of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the server login of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the server login of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::RecoveryStore</name>
    <message>
        <source>keeping unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the edit lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being edited by %1 on %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the edit lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing the edit lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address (postgresql://user@host/newsroom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no database; write postgresql://user@host/newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option Copydesk knows in a server address (sslmode, host, port, user, connect_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::SettingsStore</name>
    <message>
        <source>reading the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the permission table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the permission table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::StoreCopy</name>
    <message>
        <source>reading the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2, not %3: migrate it first (copydesk db migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a newsroom; a copy goes only into an empty store (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting to read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 but %4 in the copy; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring the copied tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::StyleStore</name>
    <message>
        <source>reading the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding &apos;%1&apos; to the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing rule %1 from the house style guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the house style guide has no rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::db::Transaction</name>
    <message>
        <source>rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the newsroom server (%1) was lost while committing; the change may or may not have been saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst: the sentence under the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · updated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you, when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to My Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to House Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1” in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” (House Style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length asked for: the status bar and the list show the words against it, and submitting asks first when it is more than 10% over or under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commissioned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters: too long for the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ArticleListPanel</name>
    <message>
        <source>My Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search headlines, standfirsts and bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since you last looked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::CheckSettingsDialog</name>
    <message>
        <source>Spelling and Style Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks for the whole newsroom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip words in capitals (NATO, BBC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::CommentsPanel</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved article to see its comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet. Select a passage and choose Review ▸ Insert Comment (Ctrl+Alt+M), or Suggest Edit to propose new wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments on this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every open suggestion as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comment is resolved. Tick Show resolved to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: the passage “%1” is no longer in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage is no longer in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ConflictDialog</name>
    <message>
        <source>Someone saved this article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you were editing it (it is now at version %2; you started from version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences (saved → yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your text as a new version after the saved one; both stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not save over this article now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine as a &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the Saved Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 Your text has not been saved and nothing was overwritten.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::DiffDialog</name>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: deleted words struck through, inserted ones underlined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::FindBar</name>
    <message>
        <source>Match c&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with (\1 or $1: a group of the expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell straight and typographic quotes and apostrophes apart (by default &apos; finds ’ and &quot; finds “ ”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>888 of 888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact &amp;quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::HistoryPanel</name>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a version with the current one, or two selected versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected version the newest again (a new version; nothing is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::HouseStyleDialog</name>
    <message>
        <source>Match &amp;case exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House Style Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiev | Kiyv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (every variety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not (separate forms with |):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read the guide; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Style Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style guides (*.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Style Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style guides (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 of the file’s %2 rules; %3 were already in the guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rules to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::IssuesPanel</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling and style issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling or style issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 issue; double-click it to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issues; double-click one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply All &amp;House Style Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the house style’s form in place of the chosen issue’s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every house style fix of the article, as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to House &amp;Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop flagging the chosen word, for the whole newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the dictionary: a name to add, or a slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the dictionary, the same each time: a name to add, or a slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::MainWindow</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No article open&lt;/p&gt;&lt;p&gt;Choose one from the list, or start a new one with %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling and Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word not ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no current appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved article to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the article over; they are told at their next save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 restored as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Body as &amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New S&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mall Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to Writer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp&amp;ike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke Over Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling and Style &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newsroom Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not available — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is on the clipboard as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Published Site To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the demo newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 → version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom server out of reach — your text is kept on this computer and saved when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this article (version %1) while you were editing; saving yours will show both versions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; your text stays here, and saving it will show the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server is back: saved “%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your text is kept on this computer and will be saved when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Newsroom Se&amp;rver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;npublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was exported as a web page:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the article: the list, panels and toolbars fold away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and WordPress exports (*.txt *.md *.markdown *.html *.htm *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML files, or a WordPress export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the exports before it were imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1 on %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in your review queue: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new articles in your review queue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk: new in your review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House Style Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No house style fixes to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made 1 house style fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 house style fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Proof…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a proof of 1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a proof of %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article cannot be changed here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted a suggestion: save to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1 suggestions: save to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article first: comments point at the saved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the selected passage; the comment shows beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose new wording for the selected passage, for the author to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of “%1”, write (empty to delete it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or start an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo at the cursor, with its caption, credit and alt text (or paste or drop one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo above the headline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::NewsroomSettingsDialog</name>
    <message>
        <source>Newsroom Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: About us | https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://news.example.org (for canonical links and the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web headline limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PhotoDesk</name>
    <message>
        <source>This photo&apos;s image is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lead Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo above the headline (or drop an image file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Photo Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Photo Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead photo: add one, or drop an image file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo not replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PhotoDialog</name>
    <message>
        <source>Lead Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the image is not in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening, who is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: Name / Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another picture in its place, with these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page exactly as readers will see it, in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.
Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is published. Say what was corrected; the note is kept and shown with the article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 “%2”, write a note saying why. It is kept with the article and shown to its authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved spelling and style issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…); empty to remove the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a note saying what was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note to %1 the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has an unresolved spelling or style issue:

%2

Submit it for review anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has %1 unresolved spelling or style issues:

%2

Submit it for review anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silent fix of a typo: no public correction (at most %1 words; the audit log keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Open comment on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments and issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article still has open comments on its text, or issues:

%1

Submit it for review anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::RecoveryDialog</name>
    <message>
        <source>Unsaved changes to “%1” from %2 (saved version %3 → your text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new article that was never saved, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ReviewDesk</name>
    <message>
        <source>Save the article to comment on it: comments point at the saved text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggests: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article first: comments point at the saved text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage the comment is about, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first: comments point at the saved text, which everyone else reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such open suggestion here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage has changed since the suggestion was made: it no longer reads as it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion not recorded as accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ServerDialog</name>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A newsroom shared by many machines lives on a PostgreSQL server. Your newsroom&apos;s administrator gives you these details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypt, on a trusted network only (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newsroom database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SignInDialog</name>
    <message>
        <source>Sign In to Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SiteImportDialog</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress export %1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress export %1 brought %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1. Updated: %2. Unchanged: %3. Kept as changed here since the last import: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people, without a password until one is set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added people, without a password until one is set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sections: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slugs already taken (these get a number): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 posts of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is skipped, and what changes on the way in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bylines of people already here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::StaffDialog</name>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence or two for the author box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in bylines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments (ended ones stay for the author box):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Global Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2019/20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), no password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::WelcomeDialog</name>
    <message>
        <source>An &amp;empty newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;demo newsroom: a student paper with staff and six articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Copydesk&lt;/h2&gt;&lt;p&gt;This store is new. Make the first account: it administers the newsroom and is its editor-in-chief. You can add staff later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one word, e.g. jdoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it appears in bylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is one word, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
