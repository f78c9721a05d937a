<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>a page, not a post</source>
        <translation>eine Seite, kein Beitrag</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>an attachment (a media file)</source>
        <translation>ein Anhang (eine Mediendatei)</translation>
    </message>
    <message>
        <source>menu items</source>
        <translation>Menüeinträge</translation>
    </message>
    <message>
        <source>a menu item</source>
        <translation>ein Menüeintrag</translation>
    </message>
    <message>
        <source>other items</source>
        <translation>andere Elemente</translation>
    </message>
    <message>
        <source>an item of type “%1”, not a post</source>
        <translation>ein Element vom Typ „%1“, kein Beitrag</translation>
    </message>
    <message>
        <source>private posts</source>
        <translation>private Beiträge</translation>
    </message>
    <message>
        <source>a private post</source>
        <translation>ein privater Beitrag</translation>
    </message>
    <message>
        <source>posts in the trash</source>
        <translation>Beiträge im Papierkorb</translation>
    </message>
    <message>
        <source>a post in the trash</source>
        <translation>ein Beitrag im Papierkorb</translation>
    </message>
    <message>
        <source>posts with another status</source>
        <translation>Beiträge mit einem anderen Status</translation>
    </message>
    <message>
        <source>a post with the status “%1”</source>
        <translation>ein Beitrag mit dem Status „%1“</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Copydesk store</source>
        <translation>Copydesk-Datenbestand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The store could not be opened:

%1</source>
        <translation>Der Datenbestand konnte nicht geöffnet werden:

%1</translation>
    </message>
    <message>
        <source>Open a &amp;Backup or Another Store…</source>
        <translation>&amp;Sicherungskopie oder anderen Datenbestand öffnen…</translation>
    </message>
    <message>
        <source>Open a Store</source>
        <translation>Datenbestand öffnen</translation>
    </message>
    <message>
        <source>Copydesk stores (*.sqlite);;All files (*)</source>
        <translation>Copydesk-Datenbestände (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect to a Newsroom &amp;Server…</source>
        <translation>Mit einem Redaktionsserver &amp;verbinden…</translation>
    </message>
</context>
<context>
    <name>SiteExporter</name>
    <message>
        <source>two pages of the site would both be %1</source>
        <translation>zwei Seiten der Website würden beide unter %1 liegen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>copydesk::app::ArticleListModel</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>%1 · 1 comment</source>
        <translation>%1 · 1 Kommentar</translation>
    </message>
    <message>
        <source>%1 · %2 comments</source>
        <translation>%1 · %2 Kommentare</translation>
    </message>
</context>
<context>
    <name>copydesk::app::ArticleService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an article needs a headline</source>
        <translation>ein Artikel braucht eine Überschrift</translation>
    </message>
    <message>
        <source>%1 is editing article %2 on %3 (since %4); nothing was saved</source>
        <translation>%1 bearbeitet Artikel %2 (Rechner: %3, seit %4); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>a correction to a published article needs a note saying what was corrected</source>
        <translation>eine Korrektur an einem veröffentlichten Artikel braucht eine Notiz, die angibt, was korrigiert wurde</translation>
    </message>
    <message>
        <source>a silent fix is for a typo: at most %1 words may change, and this change touches %2; save it as a correction with a note</source>
        <translation>eine stille Berichtigung ist für einen Tippfehler gedacht: höchstens %1 Wörter dürfen sich ändern, diese Änderung betrifft %2; speichern Sie sie als Korrektur mit einer Notiz</translation>
    </message>
    <message>
        <source>a silent fix changes only the text; the section, tags, language and byline are changed with a correction</source>
        <translation>eine stille Berichtigung ändert nur den Text; Ressort, Schlagwörter, Sprache und Autorenzeile werden mit einer Korrektur geändert</translation>
    </message>
    <message>
        <source>a commissioned length is from 0 (none) to %1 words, not %2</source>
        <translation>eine bestellte Länge liegt zwischen 0 (keine) und %1 Wörtern, nicht bei %2</translation>
    </message>
    <message>
        <source>the body shows image %1, which is not in the store: add photos with Insert ▸ Photo or copydesk photo add (nothing was saved)</source>
        <translation>der Text zeigt Bild %1, das nicht im Datenbestand enthalten ist: Fügen Sie Fotos mit Einfügen ▸ Foto oder copydesk photo add hinzu (es wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>a silent fix changes only words; a photo added, removed or replaced is a correction with a note</source>
        <translation>eine stille Berichtigung ändert nur Wörter; ein hinzugefügtes, entferntes oder ersetztes Foto ist eine Korrektur mit Anmerkung</translation>
    </message>
</context>
<context>
    <name>copydesk::app::Checker</name>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Wiederholtes Wort</translation>
    </message>
    <message>
        <source>Name spelt two ways</source>
        <translation>Name unterschiedlich geschrieben</translation>
    </message>
    <message>
        <source>Straight and typographic quotes mixed</source>
        <translation>Gerade und typografische Anführungszeichen gemischt</translation>
    </message>
    <message>
        <source>Double space</source>
        <translation>Doppeltes Leerzeichen</translation>
    </message>
    <message>
        <source>Sentence over 40 words</source>
        <translation>Satz mit mehr als 40 Wörtern</translation>
    </message>
    <message>
        <source>‘%1’ is not in the dictionary</source>
        <translation>‚%1‘ steht nicht im Wörterbuch</translation>
    </message>
    <message>
        <source>‘%1’ is repeated</source>
        <translation>‚%1‘ wird wiederholt</translation>
    </message>
    <message>
        <source>two spaces where one will do</source>
        <translation>zwei Leerzeichen, wo eines genügt</translation>
    </message>
    <message>
        <source>a sentence of %1 words (over %2)</source>
        <translation>ein Satz mit %1 Wörtern (mehr als %2)</translation>
    </message>
    <message>
        <source>‘%1’ is also spelt ‘%2’ in this article</source>
        <translation>‚%1‘ wird in diesem Artikel auch ‚%2‘ geschrieben</translation>
    </message>
    <message>
        <source>a straight quote in copy that uses typographic quotes (“ ”)</source>
        <translation>ein gerades Anführungszeichen in einem Text, der typografische Anführungszeichen (“ ”) verwendet</translation>
    </message>
    <message>
        <source>a straight apostrophe or quote in copy that uses typographic ones (‘ ’)</source>
        <translation>ein gerader Apostroph oder ein gerades Anführungszeichen in einem Text, der typografische (‘ ’) verwendet</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Hausstil</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 words against %2 commissioned (%3% over)</source>
        <translation>%1 Wörter statt der bestellten %2 (%3 % mehr)</translation>
    </message>
    <message>
        <source>%1 words against %2 commissioned (%3% under)</source>
        <translation>%1 Wörter statt der bestellten %2 (%3 % weniger)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>copydesk::app::DemoNewsroom</name>
    <message>
        <source>the demo newsroom is missing from this build</source>
        <translation>die Demo-Redaktion ist in dieser Programmversion nicht enthalten</translation>
    </message>
    <message>
        <source>the demo newsroom can only be added to a new newsroom, with no articles and no staff but its first account</source>
        <translation>die Demo-Redaktion kann nur einer neuen Redaktion hinzugefügt werden, die keine Artikel und außer ihrem ersten Konto keine Redaktionsmitglieder hat</translation>
    </message>
</context>
<context>
    <name>copydesk::app::DictionaryService</name>
    <message>
        <source>a dictionary word is one word, without spaces</source>
        <translation>ein Wörterbucheintrag ist ein einzelnes Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <source>the starter house dictionary is missing from this build</source>
        <translation>das Start-Hauswörterbuch ist in dieser Programmversion nicht enthalten</translation>
    </message>
    <message>
        <source>sign in to change a dictionary</source>
        <translation>melden Sie sich an, um ein Wörterbuch zu ändern</translation>
    </message>
    <message>
        <source>only staff with a current appointment may change what is checked</source>
        <translation>nur Redaktionsmitglieder mit einem aktuellen Amt dürfen ändern, was geprüft wird</translation>
    </message>
    <message>
        <source>unknown check &apos;%1&apos; (one of: %2, skip-all-caps)</source>
        <translation>unbekannte Prüfung &apos;%1&apos; (möglich sind: %2, skip-all-caps)</translation>
    </message>
    <message>
        <source>dictionary word</source>
        <translation>Wörterbucheintrag</translation>
    </message>
</context>
<context>
    <name>copydesk::app::EditSession</name>
    <message>
        <source>Open a saved article first.</source>
        <translation>Öffnen Sie zuerst einen gespeicherten Artikel.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>There is no conflict to settle.</source>
        <translation>Es gibt keinen Konflikt, der aufzulösen wäre.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>There is no kept text %1.</source>
        <translation>Es gibt keinen aufbewahrten Text %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be edited now; the recovered text is kept for later.</source>
        <translation>„%1“ kann jetzt nicht bearbeitet werden; der wiederhergestellte Text wird für später aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 took the article over on %2</source>
        <translation>%1 hat den Artikel übernommen (%2)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::EditingService</name>
    <message>
        <source>only %1 may take over an article someone else is editing</source>
        <translation>nur %1 darf einen Artikel übernehmen, den jemand anderes bearbeitet</translation>
    </message>
    <message>
        <source>a deputy editor or the editor-in-chief</source>
        <translation>ein stellvertretender Chefredakteur oder der Chefredakteur</translation>
    </message>
    <message>
        <source>a section editor of %1, a deputy editor or the editor-in-chief</source>
        <translation>ein Ressortleiter des Ressorts %1, ein stellvertretender Chefredakteur oder der Chefredakteur</translation>
    </message>
    <message>
        <source>sign in to keep unsaved text</source>
        <translation>melden Sie sich an, um ungespeicherten Text aufzubewahren</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>copydesk::app::ExportReport</name>
    <message>
        <source>1 published article</source>
        <translation>1 veröffentlichter Artikel</translation>
    </message>
    <message>
        <source>%1 published articles</source>
        <translation>%1 veröffentlichte Artikel</translation>
    </message>
    <message>
        <source>1 page written</source>
        <translation>1 Seite geschrieben</translation>
    </message>
    <message>
        <source>%1 pages written</source>
        <translation>%1 Seiten geschrieben</translation>
    </message>
    <message>
        <source>Exported %1 to %2: %3, %4 unchanged, %5 removed</source>
        <translation>%1 nach %2 exportiert: %3, %4 unverändert, %5 entfernt</translation>
    </message>
</context>
<context>
    <name>copydesk::app::FindReplace</name>
    <message>
        <source>nothing to find</source>
        <translation>kein Suchtext angegeben</translation>
    </message>
    <message>
        <source>not a regular expression: %1 (at character %2)</source>
        <translation>kein regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::HouseStyle</name>
    <message>
        <source>house style: %1</source>
        <translation>Hausstil: %1</translation>
    </message>
    <message>
        <source>house style: %1 (%2)</source>
        <translation>Hausstil: %1 (%2)</translation>
    </message>
    <message>
        <source>a house style rule needs its preferred form</source>
        <translation>eine Hausstil-Regel braucht ihre bevorzugte Form</translation>
    </message>
    <message>
        <source>a house style rule needs at least one form to avoid</source>
        <translation>eine Hausstil-Regel braucht mindestens eine zu vermeidende Form</translation>
    </message>
    <message>
        <source>a preferred form cannot contain “|”</source>
        <translation>eine bevorzugte Form darf kein „|“ enthalten</translation>
    </message>
    <message>
        <source>“%1” is the preferred form itself</source>
        <translation>„%1“ ist selbst die bevorzugte Form</translation>
    </message>
    <message>
        <source>“%1” differs from “%2” only in capitals: make the rule match case</source>
        <translation>„%1“ unterscheidet sich von „%2“ nur in der Groß-/Kleinschreibung: lassen Sie die Regel die Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>“%1” is not a language (en, en_GB, en_US, …)</source>
        <translation>„%1“ ist keine Sprache (en, en_GB, en_US, …)</translation>
    </message>
    <message>
        <source>preferred form</source>
        <translation>die bevorzugte Form</translation>
    </message>
    <message>
        <source>form to avoid</source>
        <translation>die zu vermeidende Form</translation>
    </message>
    <message>
        <source>house style note</source>
        <translation>die Hausstil-Notiz</translation>
    </message>
    <message>
        <source>%1, line %2: a rule is “preferred &lt;tab&gt; avoid|avoid &lt;tab&gt; note &lt;tab&gt; language &lt;tab&gt; section &lt;tab&gt; case”</source>
        <translation>%1, Zeile %2: eine Regel hat die Form „preferred &lt;tab&gt; avoid|avoid &lt;tab&gt; note &lt;tab&gt; language &lt;tab&gt; section &lt;tab&gt; case“</translation>
    </message>
    <message>
        <source>%1, line %2: the last column is “case” or empty</source>
        <translation>%1, Zeile %2: die letzte Spalte ist „case“ oder leer</translation>
    </message>
    <message>
        <source>“%1” cannot be matched as written</source>
        <translation>„%1“ lässt sich so nicht suchen</translation>
    </message>
</context>
<context>
    <name>copydesk::app::HtmlConverter</name>
    <message>
        <source>%1 without an address removed</source>
        <translation>%1 ohne Adresse entfernt</translation>
    </message>
    <message>
        <source>%1 kept as a link: %2</source>
        <translation>%1 als Link beibehalten: %2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>eingebetteter Frame</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>[caption] shortcode unwrapped: its caption kept as text</source>
        <translation>[caption]-Shortcode aufgelöst: die Bildunterschrift bleibt als Text erhalten</translation>
    </message>
    <message>
        <source>[embed] shortcode kept as a link: %1</source>
        <translation>[embed]-Shortcode als Link beibehalten: %1</translation>
    </message>
    <message>
        <source>[%1] shortcode without an address removed</source>
        <translation>[%1]-Shortcode ohne Adresse entfernt</translation>
    </message>
    <message>
        <source>[%1] shortcode kept as a link: %2</source>
        <translation>[%1]-Shortcode als Link beibehalten: %2</translation>
    </message>
    <message>
        <source>embed kept as a link: %1</source>
        <translation>Einbettung als Link beibehalten: %1</translation>
    </message>
    <message>
        <source>[%1] shortcode kept as text</source>
        <translation>[%1]-Shortcode als Text beibehalten</translation>
    </message>
</context>
<context>
    <name>copydesk::app::LocalRecovery</name>
    <message>
        <source>cannot make the folder %1 for a recovery copy</source>
        <translation>der Ordner %1 für eine Wiederherstellungskopie kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write a recovery copy to %1: %2</source>
        <translation>eine Wiederherstellungskopie kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>copydesk::app::Newsroom</name>
    <message>
        <source>%1 is read-only and needs migrating to this version; open it where it can be written</source>
        <translation>%1 ist schreibgeschützt und muss auf diese Version migriert werden; öffnen Sie den Datenbestand an einem Ort mit Schreibzugriff</translation>
    </message>
</context>
<context>
    <name>copydesk::app::PermissionRules</name>
    <message>
        <source>line %1 is not ACTION, STATUS and WHO</source>
        <translation>Zeile %1 besteht nicht aus ACTION, STATUS und WHO</translation>
    </message>
</context>
<context>
    <name>copydesk::app::Permissions</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>korrigieren</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>einreichen</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>return</source>
        <translation>zurückgeben</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>unpublish</source>
        <translation>zurückziehen</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>verwerfen</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>wiederherstellen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>change the house dictionary</source>
        <translation>das Hauswörterbuch ändern</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>Redaktionsmitglieder verwalten</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>verwaltet</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>a deputy editor or the editor-in-chief</source>
        <translation>ein stellvertretender Chefredakteur oder der Chefredakteur</translation>
    </message>
    <message>
        <source>a section editor of %1, a deputy editor or the editor-in-chief</source>
        <translation>ein Ressortleiter des Ressorts %1, ein stellvertretender Chefredakteur oder der Chefredakteur</translation>
    </message>
    <message>
        <source>only the editor-in-chief or an administrator may %1</source>
        <translation>nur der Chefredakteur oder ein Administrator darf %1</translation>
    </message>
    <message>
        <source>only a section editor, a deputy editor or the editor-in-chief may change the house dictionary</source>
        <translation>nur ein Ressortleiter, ein stellvertretender Chefredakteur oder der Chefredakteur darf das Hauswörterbuch ändern</translation>
    </message>
    <message>
        <source>an administrator has no editorial powers; only contributors and editors may write articles</source>
        <translation>ein Administrator hat keine redaktionellen Befugnisse; nur Mitarbeiter und Redakteure dürfen Artikel schreiben</translation>
    </message>
    <message>
        <source>only contributors and editors with a current appointment may write articles</source>
        <translation>nur Mitarbeiter und Redakteure mit einem aktuellen Amt dürfen Artikel schreiben</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>a published article cannot be edited, only corrected (with a note) by a deputy editor or the editor-in-chief</source>
        <translation>ein veröffentlichter Artikel kann nicht bearbeitet, sondern nur von einem stellvertretenden Chefredakteur oder dem Chefredakteur (mit einer Notiz) korrigiert werden</translation>
    </message>
    <message>
        <source>cannot %1 an article that is %2; only an article that is %3 can be %4</source>
        <translation>ein Artikel, der %2 ist, lässt sich nicht %1; nur ein Artikel, der %3 ist, kann %4 werden</translation>
    </message>
    <message>
        <source>%1 holds no editorial appointment today, so may not %2 articles</source>
        <translation>%1 hat heute kein redaktionelles Amt und darf daher keine Artikel %2</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>dieses Konto</translation>
    </message>
    <message>
        <source>its authors, %1</source>
        <translation>die Autoren, %1</translation>
    </message>
    <message>
        <source>only %1 may edit this draft</source>
        <translation>nur %1 darf diesen Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>only %1 may edit an article that is %2</source>
        <translation>einen Artikel, der %2 ist, darf nur %1 bearbeiten</translation>
    </message>
    <message>
        <source>only a deputy editor or the editor-in-chief may %1 a published article</source>
        <translation>nur ein stellvertretender Chefredakteur oder der Chefredakteur darf einen veröffentlichten Artikel %1</translation>
    </message>
    <message>
        <source>only %1 may submit this article</source>
        <translation>nur %1 darf diesen Artikel einreichen</translation>
    </message>
    <message>
        <source>authors cannot approve their own article</source>
        <translation>Autoren können ihren eigenen Artikel nicht freigeben</translation>
    </message>
    <message>
        <source>the person who wrote an article into the newsroom cannot approve it, whoever its byline names</source>
        <translation>wer einen Artikel in die Redaktion eingestellt hat, kann ihn nicht freigeben, ganz gleich, wen die Autorenzeile nennt</translation>
    </message>
    <message>
        <source>only %1 may approve</source>
        <translation>nur %1 darf freigeben</translation>
    </message>
    <message>
        <source>authors may spike only their own drafts; only %1 may spike an article that is %2</source>
        <translation>Autoren dürfen nur ihre eigenen Entwürfe verwerfen; einen Artikel, der %2 ist, darf nur %1 verwerfen</translation>
    </message>
    <message>
        <source>only its authors (for a draft), %1 may spike</source>
        <translation>verwerfen darf nur: die Autoren (bei einem Entwurf), %1</translation>
    </message>
    <message>
        <source>a section editor may put another person&apos;s name only on an article of their own section; a deputy editor or the editor-in-chief may do it for any article</source>
        <translation>ein Ressortleiter darf den Namen einer anderen Person nur bei Artikeln seines eigenen Ressorts in die Autorenzeile setzen; ein stellvertretender Chefredakteur oder der Chefredakteur darf dies bei jedem Artikel</translation>
    </message>
    <message>
        <source>only your own name may go on a byline; a section editor of the article&apos;s section, a deputy editor or the editor-in-chief may add other people</source>
        <translation>Sie dürfen nur Ihren eigenen Namen in die Autorenzeile setzen; ein Ressortleiter des Ressorts des Artikels, ein stellvertretender Chefredakteur oder der Chefredakteur kann weitere Personen hinzufügen</translation>
    </message>
    <message>
        <source>only staff with a current editorial appointment may add notes</source>
        <translation>nur Redaktionsmitglieder mit einem aktuellen redaktionellen Amt dürfen Notizen hinzufügen</translation>
    </message>
    <message>
        <source>only %1 may %2</source>
        <translation>nur %1 darf %2</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Section editor</source>
        <translation>Ressortleiter</translation>
    </message>
    <message>
        <source>Deputy editor</source>
        <translation>Stellv. Chefredakteur</translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation>Chefredakteur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>import a site</source>
        <translation>eine Website importieren</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>only the editor-in-chief may import a whole site: it adds people and publishes articles</source>
        <translation>nur der Chefredakteur darf eine ganze Website importieren: dabei werden Personen hinzugefügt und Artikel veröffentlicht</translation>
    </message>
    <message>
        <source>silently fix a typo in</source>
        <translation>stillschweigend berichtigen</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>berichtigt</translation>
    </message>
    <message>
        <source>change the house style guide</source>
        <translation>den Hausstil-Leitfaden ändern</translation>
    </message>
    <message>
        <source>only a section editor, a deputy editor or the editor-in-chief may change the house style guide</source>
        <translation>nur ein Ressortleiter, ein stellvertretender Chefredakteur oder der Chefredakteur darf den Hausstil-Leitfaden ändern</translation>
    </message>
    <message>
        <source>comment on</source>
        <translation>kommentieren</translation>
    </message>
    <message>
        <source>commented on</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>suggest edits to</source>
        <translation>mit Änderungsvorschlägen versehen</translation>
    </message>
    <message>
        <source>given suggestions</source>
        <translation>mit Änderungsvorschlägen versehen</translation>
    </message>
    <message>
        <source>resolve comments on</source>
        <translation>Kommentar für Kommentar abhaken</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>durchgesehen</translation>
    </message>
    <message>
        <source>delete comments on</source>
        <translation>um Kommentare bereinigen</translation>
    </message>
    <message>
        <source>only whoever wrote a comment, the authors of a draft or %1 may resolve it</source>
        <translation>einen Kommentar erledigen darf nur: wer ihn geschrieben hat, die Autoren (bei einem Entwurf), %1</translation>
    </message>
    <message>
        <source>only whoever wrote a comment or %1 may delete it</source>
        <translation>einen Kommentar löschen darf nur: wer ihn geschrieben hat, %1</translation>
    </message>
</context>
<context>
    <name>copydesk::app::PhotoFiles</name>
    <message>
        <source>the file is %1, more than the newsroom takes (%2; publication.photo-max-megabytes)</source>
        <translation>die Datei ist %1 groß, mehr als die Redaktion annimmt (%2; publication.photo-max-megabytes)</translation>
    </message>
    <message>
        <source>the file is not an image (a photo is a JPEG, PNG or WebP file)</source>
        <translation>die Datei ist kein Bild (ein Foto ist eine JPEG-, PNG- oder WebP-Datei)</translation>
    </message>
    <message>
        <source>the file is a %1 image; a photo is a JPEG, PNG or WebP file</source>
        <translation>die Datei ist ein %1-Bild; ein Foto ist eine JPEG-, PNG- oder WebP-Datei</translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read</source>
        <translation>das Bild ist beschädigt: seine Abmessungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 megapixels a photo may have (nothing was decoded)</source>
        <translation>das Bild gibt %1 × %2 Pixel an, mehr als die %3 Megapixel, die ein Foto haben darf (es wurde nichts dekodiert)</translation>
    </message>
    <message>
        <source>the image is incomplete: the file ends before the picture does (cut short while copying?)</source>
        <translation>das Bild ist unvollständig: die Datei endet, bevor das Bild zu Ende ist (beim Kopieren abgeschnitten?)</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read (%1)</source>
        <translation>das Bild ist beschädigt und kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no file %1</source>
        <translation>keine Datei %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>copydesk::app::PhotoService</name>
    <message>
        <source>this photo records where it was taken (a GPS position in its metadata): the position stays in the newsroom&apos;s store and is taken out of every copy the site publishes</source>
        <translation>dieses Foto verzeichnet seinen Aufnahmeort (eine GPS-Position in seinen Metadaten): die Position bleibt im Datenbestand der Redaktion und wird aus jeder Kopie entfernt, die die Website veröffentlicht</translation>
    </message>
    <message>
        <source>no alt text: describe the photo for readers who cannot see it</source>
        <translation>kein Alternativtext: Beschreiben Sie das Foto für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>no credit (“Photo: Name / Agency”)</source>
        <translation>kein Bildnachweis („Foto: Name / Agentur“)</translation>
    </message>
    <message>
        <source>its image is not in the store</source>
        <translation>sein Bild ist nicht im Datenbestand</translation>
    </message>
    <message>
        <source>%1 pixels wide, narrower than the %2 the site takes</source>
        <translation>%1 Pixel breit, schmaler als die %2, die die Website verlangt</translation>
    </message>
    <message>
        <source>in the caption of %1</source>
        <translation>%1, in der Bildunterschrift</translation>
    </message>
    <message>
        <source>in the alt text of %1</source>
        <translation>%1, im Alternativtext</translation>
    </message>
    <message>
        <source>the lead photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>article %1&apos;s body is not written the way the editor writes it, so changing its photos here could change more: open it in the window</source>
        <translation>der Text von Artikel %1 ist nicht so geschrieben, wie der Editor ihn schreibt; seine Fotos hier zu ändern, könnte noch mehr verändern: Öffnen Sie ihn im Fenster</translation>
    </message>
    <message>
        <source>a photo added to a published article is a correction and needs a note saying what changed</source>
        <translation>ein Foto, das einem veröffentlichten Artikel hinzugefügt wird, ist eine Korrektur und braucht eine Notiz, die angibt, was sich geändert hat</translation>
    </message>
    <message>
        <source>added a lead photo</source>
        <translation>Aufmacherfoto hinzugefügt</translation>
    </message>
    <message>
        <source>added a photo</source>
        <translation>Foto hinzugefügt</translation>
    </message>
    <message>
        <source>changed the caption, credit or alt text of photo %1</source>
        <translation>Bildunterschrift, Bildnachweis oder Alternativtext von Foto %1 geändert</translation>
    </message>
    <message>
        <source>article %1 has no photo %2 (it has %3)</source>
        <translation>Artikel %1 hat kein Foto %2 (Anzahl seiner Fotos: %3)</translation>
    </message>
    <message>
        <source>removed photo %1</source>
        <translation>Foto %1 entfernt</translation>
    </message>
    <message>
        <source>article %1 has no photo %2</source>
        <translation>Artikel %1 hat kein Foto %2</translation>
    </message>
    <message>
        <source>no image %1 in the store</source>
        <translation>kein Bild %1 im Datenbestand</translation>
    </message>
</context>
<context>
    <name>copydesk::app::Proof</name>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — Seite %2 von %3</translation>
    </message>
    <message>
        <source>PROOF</source>
        <translation>KORREKTURABZUG</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>kein Ressort</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 words of %2 commissioned</source>
        <translation>%1 von %2 bestellten Wörtern</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>gedruckt am %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>No open spelling, style, house style or length issues.</source>
        <translation>Keine offenen Rechtschreib-, Stil-, Hausstil- oder Längenprobleme.</translation>
    </message>
    <message>
        <source>1 open issue</source>
        <translation>1 offenes Problem</translation>
    </message>
    <message>
        <source>%1 open issues</source>
        <translation>%1 offene Probleme</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>%1: the proof cannot be written there (%2)</source>
        <translation>%1: Der Korrekturabzug kann dort nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::Renditions</name>
    <message>
        <source>an image of the site cannot be read</source>
        <translation>ein Bild der Website kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an image of the site cannot be read: %1</source>
        <translation>ein Bild der Website kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an image of the site cannot be written: %1</source>
        <translation>ein Bild der Website kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::app::ReviewService</name>
    <message>
        <source>say which passage: the quote is empty</source>
        <translation>geben Sie die Textstelle an: das Zitat ist leer</translation>
    </message>
    <message>
        <source>article %1 has no passage &quot;%2&quot; (it is matched within a paragraph)</source>
        <translation>Artikel %1 enthält keine Textstelle „%2“ (gesucht wird innerhalb eines Absatzes)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands %2 times in article %3: quote more of the passage, or say which one with --occurrence</source>
        <translation>„%1“ steht %2-mal in Artikel %3: zitieren Sie mehr von der Textstelle oder geben Sie mit --occurrence an, welche gemeint ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands only once in article %2</source>
        <translation>„%1“ steht nur einmal in Artikel %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands only %3 times in article %2</source>
        <translation>„%1“ steht nur %3-mal in Artikel %2</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Änderungsvorschlag</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>a comment needs some text</source>
        <translation>ein Kommentar braucht einen Text</translation>
    </message>
    <message>
        <source>a suggestion replaces words within one paragraph: no line breaks</source>
        <translation>ein Änderungsvorschlag ersetzt Wörter innerhalb eines Absatzes: keine Zeilenumbrüche</translation>
    </message>
    <message>
        <source>select the passage the comment is about</source>
        <translation>markieren Sie die Textstelle, auf die sich der Kommentar bezieht</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>the suggestion is the passage as it stands</source>
        <translation>der Änderungsvorschlag stimmt mit der vorhandenen Textstelle überein</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>a reply needs some text</source>
        <translation>eine Antwort braucht einen Text</translation>
    </message>
    <message>
        <source>%1 is a reply; resolve the comment it answers (%2)</source>
        <translation>%1 ist eine Antwort; erledigen Sie den Kommentar, auf den sie antwortet (%2)</translation>
    </message>
    <message>
        <source>%1 is a comment, not a suggestion</source>
        <translation>%1 ist ein Kommentar, kein Änderungsvorschlag</translation>
    </message>
    <message>
        <source>%1 is not resolved</source>
        <translation>%1 ist nicht erledigt</translation>
    </message>
    <message>
        <source>no suggestion to accept</source>
        <translation>kein Änderungsvorschlag zum Annehmen</translation>
    </message>
    <message>
        <source>article %1 has no suggestion %2</source>
        <translation>Artikel %1 hat keinen Änderungsvorschlag %2</translation>
    </message>
    <message>
        <source>accepted a suggestion by %1</source>
        <translation>Änderungsvorschlag von %1 angenommen</translation>
    </message>
    <message>
        <source>accepted %1 suggestions</source>
        <translation>%1 Änderungsvorschläge angenommen</translation>
    </message>
    <message>
        <source>article %1 has no open suggestion to accept</source>
        <translation>Artikel %1 hat keinen offenen Änderungsvorschlag, der angenommen werden könnte</translation>
    </message>
    <message>
        <source>• “%1”: suggested “%2” (%3)</source>
        <translation>• „%1“: Vorschlag „%2“ (%3)</translation>
    </message>
    <message>
        <source>• “%1”: %2 (%3)</source>
        <translation>• „%1“: %2 (%3)</translation>
    </message>
    <message>
        <source>Open comments on the text:</source>
        <translation>Offene Kommentare zum Text:</translation>
    </message>
    <message>
        <source>reply to a comment</source>
        <translation>Antwort auf einen Kommentar</translation>
    </message>
    <message>
        <source>comment resolved</source>
        <translation>Kommentar erledigt</translation>
    </message>
    <message>
        <source>comment reopened</source>
        <translation>Kommentar wieder geöffnet</translation>
    </message>
    <message>
        <source>comment deleted</source>
        <translation>Kommentar gelöscht</translation>
    </message>
    <message>
        <source>suggested edit</source>
        <translation>Änderungsvorschlag</translation>
    </message>
    <message>
        <source>suggestion accepted</source>
        <translation>Änderungsvorschlag angenommen</translation>
    </message>
    <message>
        <source>suggestion rejected</source>
        <translation>Änderungsvorschlag abgelehnt</translation>
    </message>
    <message>
        <source>suggestion %1 was accepted already</source>
        <translation>Änderungsvorschlag %1 wurde bereits angenommen</translation>
    </message>
    <message>
        <source>suggestion %1 was rejected already</source>
        <translation>Änderungsvorschlag %1 wurde bereits abgelehnt</translation>
    </message>
    <message>
        <source>comment %1 is resolved already</source>
        <translation>Kommentar %1 ist bereits erledigt</translation>
    </message>
    <message>
        <source>%1 is open</source>
        <translation>%1 ist offen</translation>
    </message>
    <message>
        <source>article %1 is published: accepting a suggestion corrects it, which needs a note saying what was corrected</source>
        <translation>Artikel %1 ist veröffentlicht: Einen Vorschlag anzunehmen, korrigiert ihn, und dafür braucht es eine Notiz, was korrigiert wurde</translation>
    </message>
    <message>
        <source>the passage of suggestion %1 (&quot;%2&quot;) is no longer in the article as it was suggested against</source>
        <translation>die Textstelle von Änderungsvorschlag %1 („%2“) steht nicht mehr so im Artikel, wie sie beim Vorschlag lautete</translation>
    </message>
    <message>
        <source>article %1&apos;s body is not written the way the editor writes it, so accepting here could change more than the passage: open it in the window, accept there and save</source>
        <translation>der Text von Artikel %1 ist nicht so geschrieben, wie der Editor ihn schreibt; hier anzunehmen könnte mehr als die Textstelle ändern: Öffnen Sie ihn im Fenster, nehmen Sie dort an und speichern Sie</translation>
    </message>
    <message>
        <source>these suggestions change overlapping passages, or their passages changed: accept one at a time</source>
        <translation>diese Vorschläge ändern überlappende Textstellen, oder ihre Textstellen haben sich geändert: Nehmen Sie sie einzeln an</translation>
    </message>
</context>
<context>
    <name>copydesk::app::SettingsRules</name>
    <message>
        <source>the base URL must be an absolute http:// or https:// address (%1), not &apos;%2&apos;</source>
        <translation>die Basis-URL muss eine absolute http://- oder https://-Adresse sein (%1), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no spaces, quotes or angle brackets</source>
        <translation>ohne Leerzeichen, Anführungszeichen oder spitze Klammern</translation>
    </message>
    <message>
        <source>http or https</source>
        <translation>http oder https</translation>
    </message>
    <message>
        <source>with a host name</source>
        <translation>mit Hostnamen</translation>
    </message>
    <message>
        <source>without a user name, query or fragment</source>
        <translation>ohne Benutzernamen, Abfrage oder Fragment</translation>
    </message>
    <message>
        <source>a safe link</source>
        <translation>ein sicherer Link</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Einstellung &apos;%1&apos; (möglich sind: %2)</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>%1 is a number of characters from 0 (no limit) to %2</source>
        <translation>%1 ist eine Zeichenanzahl von 0 (keine Begrenzung) bis %2</translation>
    </message>
    <message>
        <source>%1 is a width in pixels from %2 (any) to %3</source>
        <translation>%1 ist eine Breite in Pixeln von %2 (beliebig) bis %3</translation>
    </message>
    <message>
        <source>%1 is a number of megabytes from %2 to %3</source>
        <translation>%1 ist eine Größe in Megabyte von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>copydesk::app::Speller</name>
    <message>
        <source>cannot read the dictionary %1</source>
        <translation>das Wörterbuch %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the %1 dictionary (%2) is in the %3 encoding, which Copydesk cannot read; install a UTF-8 version of it</source>
        <translation>das Wörterbuch für %1 (%2) liegt in der Kodierung %3 vor, die Copydesk nicht lesen kann; installieren Sie eine UTF-8-Version davon</translation>
    </message>
    <message>
        <source>no %1 dictionary is installed (looked in %2)</source>
        <translation>kein Wörterbuch für %1 installiert (gesucht in %2)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::StaffService</name>
    <message>
        <source>a username is one word, without spaces</source>
        <translation>ein Benutzername ist ein einzelnes Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <source>the first account needs a password</source>
        <translation>das erste Konto braucht ein Passwort</translation>
    </message>
    <message>
        <source>could not hash the password (out of memory)</source>
        <translation>das Passwort konnte nicht gehasht werden (nicht genügend Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>the store already has accounts; add people with copydesk staff add</source>
        <translation>der Datenbestand enthält bereits Konten; fügen Sie Personen mit copydesk staff add hinzu</translation>
    </message>
    <message>
        <source>too many failed sign-ins for %1; try again in %2</source>
        <translation>zu viele fehlgeschlagene Anmeldungen für %1; versuchen Sie es in %2 erneut</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>wrong username or password for %1</source>
        <translation>falscher Benutzername oder falsches Passwort für %1</translation>
    </message>
    <message>
        <source>%1 needs a display name</source>
        <translation>%1 braucht einen Anzeigenamen</translation>
    </message>
    <message>
        <source>%1 needs a password</source>
        <translation>%1 braucht ein Passwort</translation>
    </message>
    <message>
        <source>section name</source>
        <translation>Ressortname</translation>
    </message>
    <message>
        <source>an appointment needs a title</source>
        <translation>ein Amt braucht eine Bezeichnung</translation>
    </message>
    <message>
        <source>a section editor needs a section</source>
        <translation>ein Ressortleiter braucht ein Ressort</translation>
    </message>
    <message>
        <source>the appointment ends before it starts</source>
        <translation>das Amt endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Stufe &apos;%1&apos; (möglich sind: %2)</translation>
    </message>
    <message>
        <source>%1 already has a login on the newsroom server; its password is changed on the server (ALTER ROLE … PASSWORD)</source>
        <translation>%1 hat bereits eine Anmeldung auf dem Redaktionsserver; das Passwort wird auf dem Server geändert (ALTER ROLE … PASSWORD)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::StoreContext</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
</context>
<context>
    <name>copydesk::app::StyleGuideService</name>
    <message>
        <source>sign in to change the house style guide</source>
        <translation>melden Sie sich an, um den Hausstil-Leitfaden zu ändern</translation>
    </message>
    <message>
        <source>the house style guide has no rule %1</source>
        <translation>der Hausstil-Leitfaden enthält keine Regel %1</translation>
    </message>
    <message>
        <source>the starter house style guide is missing from this build</source>
        <translation>der Start-Hausstil-Leitfaden ist in dieser Programmversion nicht enthalten</translation>
    </message>
</context>
<context>
    <name>copydesk::app::TextImport</name>
    <message>
        <source>%1 is not UTF-8 text: invalid byte 0x%2 at line %3, column %4 (byte %5)</source>
        <translation>%1 ist kein UTF-8-Text: ungültiges Byte 0x%2 in Zeile %3, Spalte %4 (Byte %5)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, pipe or device); only text files can be imported</source>
        <translation>%1: keine reguläre Datei (ein Ordner, eine Pipe oder ein Gerät); nur Textdateien können importiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; the body of an article is limited to %3 characters</source>
        <translation>%1: die Datei ist größer als %2 MB; der Text eines Artikels ist auf %3 Zeichen begrenzt</translation>
    </message>
    <message>
        <source>%1: a binary file, not text (a NUL byte at byte %2); only text files can be imported</source>
        <translation>%1: eine Binärdatei, kein Text (ein NUL-Byte bei Byte %2); nur Textdateien können importiert werden</translation>
    </message>
    <message>
        <source>%1: no headline (the file has no text)</source>
        <translation>%1: keine Überschrift (die Datei enthält keinen Text)</translation>
    </message>
    <message>
        <source>%1: cannot import .%2 files (Copydesk reads .txt, .md, .html and WordPress export .xml files)</source>
        <translation>%1: .%2-Dateien können nicht importiert werden (Copydesk liest .txt-, .md- und .html-Dateien sowie .xml-Dateien aus einem WordPress-Export)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::TextLimits</name>
    <message>
        <source>the %1 is %2 characters long; the limit is %3</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>die Überschrift</translation>
    </message>
    <message>
        <source>standfirst</source>
        <translation>der Vorspann</translation>
    </message>
    <message>
        <source>body</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>section name</source>
        <translation>der Ressortname</translation>
    </message>
    <message>
        <source>tag &apos;%1…&apos;</source>
        <translation>das Schlagwort &apos;%1…&apos;</translation>
    </message>
    <message>
        <source>not pasted: %1 characters would make the body %2 characters long; the limit is %3</source>
        <translation>nicht eingefügt: mit %1 Zeichen wäre der Text %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
</context>
<context>
    <name>copydesk::app::WordPressImport</name>
    <message>
        <source>Untitled post %1</source>
        <translation>Unbenannter Beitrag %1</translation>
    </message>
    <message>
        <source>no title in WordPress: the headline is “%1”</source>
        <translation>kein Titel in WordPress: die Überschrift lautet „%1“</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2), from the WordPress export %3</source>
        <translation>%1 (%2), aus dem WordPress-Export %3</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported</source>
        <translation>%1: der Import wurde abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>“%1” (line %2): %3</source>
        <translation>„%1“ (Zeile %2): %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>password-protected in WordPress: imported without it</source>
        <translation>in WordPress passwortgeschützt: ohne Passwortschutz importiert</translation>
    </message>
    <message>
        <source>%1, line %2 (“%3”): %4</source>
        <translation>%1, Zeile %2 („%3“): %4</translation>
    </message>
    <message>
        <source>updated from the WordPress export %1</source>
        <translation>aus dem WordPress-Export %1 aktualisiert</translation>
    </message>
    <message>
        <source>“%1” (line %2): the slug %3 is taken by article %4; it gets a number</source>
        <translation>„%1“ (Zeile %2): der Slug %3 ist bereits von Artikel %4 belegt; er erhält eine Nummer</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>its featured image (attachment %1) is not in the export</source>
        <translation>sein Beitragsbild (Anhang %1) ist nicht im Export enthalten</translation>
    </message>
    <message>
        <source>featured image not imported (Copydesk keeps no photos yet): %1</source>
        <translation>Beitragsbild nicht importiert (Copydesk speichert noch keine Fotos): %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 kept as changed here</source>
        <translation>%1: %2 neu, %3 aktualisiert, %4 unverändert, %5 mit den hier vorgenommenen Änderungen beibehalten</translation>
    </message>
    <message>
        <source>%1 is %2 (%3) here</source>
        <translation>%1 ist hier %2 (%3)</translation>
    </message>
    <message>
        <source>its excerpt is longer than a standfirst may be (%1 characters): shortened</source>
        <translation>sein Auszug ist länger, als ein Vorspann sein darf (%1 Zeichen): gekürzt</translation>
    </message>
    <message>
        <source>its status in the WordPress export %1</source>
        <translation>sein Status im WordPress-Export: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::app::WorkflowService</name>
    <message>
        <source>%1 is not a workflow step</source>
        <translation>%1 ist kein Schritt im Arbeitsablauf</translation>
    </message>
    <message>
        <source>to %1 an article, a note is required (say why)</source>
        <translation>wer einen Artikel %1 will, muss eine Notiz angeben (mit Begründung)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>eine Notiz braucht einen Text</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>note (%1)</source>
        <translation>Notiz (%1)</translation>
    </message>
</context>
<context>
    <name>copydesk::app::WxrReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a WordPress export: the file starts with &lt;%1&gt;, not &lt;rss&gt;</source>
        <translation>kein WordPress-Export: die Datei beginnt mit &lt;%1&gt;, nicht mit &lt;rss&gt;</translation>
    </message>
    <message>
        <source>not a WordPress export: its &lt;rss&gt; declares no WordPress export namespace (http://wordpress.org/export/1.0/, 1.1/ or 1.2/)</source>
        <translation>kein WordPress-Export: das &lt;rss&gt;-Element deklariert keinen WordPress-Export-Namensraum (http://wordpress.org/export/1.0/, 1.1/ oder 1.2/)</translation>
    </message>
    <message>
        <source>not a WordPress export: the file holds no XML element</source>
        <translation>kein WordPress-Export: die Datei enthält kein XML-Element</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ArticleCommands</name>
    <message>
        <source>articles, newest first (with --search: best match first)</source>
        <translation>Artikel, neueste zuerst (mit --search: beste Treffer zuerst)</translation>
    </message>
    <message>
        <source>only these: draft, in_review, approved, published or spiked</source>
        <translation>nur diese: draft, in_review, approved, published oder spiked</translation>
    </message>
    <message>
        <source>only this section</source>
        <translation>nur dieses Ressort</translation>
    </message>
    <message>
        <source>only articles by this person</source>
        <translation>nur Artikel dieser Person</translation>
    </message>
    <message>
        <source>search headlines, standfirsts and bodies; shows a snippet</source>
        <translation>in Überschriften, Vorspännen und Texten suchen; zeigt einen Textausschnitt</translation>
    </message>
    <message>
        <source>at most N articles (default: 50)</source>
        <translation>höchstens N Artikel (Standard: 50)</translation>
    </message>
    <message>
        <source>one article with its fields and body</source>
        <translation>ein Artikel mit seinen Feldern und seinem Text</translation>
    </message>
    <message>
        <source>save a change; prints the new version (a published article takes a correction: --note says what was corrected)</source>
        <translation>eine Änderung speichern; gibt die neue Version aus (bei einem veröffentlichten Artikel ist es eine Korrektur: --note gibt an, was korrigiert wurde)</translation>
    </message>
    <message>
        <source>A save made from a version someone else has already changed is refused (exit 3); nothing is overwritten.</source>
        <translation>Speichern auf Grundlage einer Version, die jemand anderes bereits geändert hat, wird abgelehnt (Exit-Code 3); nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>the new headline</source>
        <translation>die neue Überschrift</translation>
    </message>
    <message>
        <source>the new standfirst</source>
        <translation>der neue Vorspann</translation>
    </message>
    <message>
        <source>the new body, from a Markdown file</source>
        <translation>der neue Text, aus einer Markdown-Datei</translation>
    </message>
    <message>
        <source>the new section</source>
        <translation>das neue Ressort</translation>
    </message>
    <message>
        <source>the new tags, separated by commas</source>
        <translation>die neuen Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>the version the change was made from (default: the current one)</source>
        <translation>die Version, von der die Änderung ausgeht (Standard: die aktuelle)</translation>
    </message>
    <message>
        <source>what was changed; a correction to a published article needs one, and it is kept with the article</source>
        <translation>was geändert wurde; eine Korrektur an einem veröffentlichten Artikel braucht diese Angabe, und sie wird beim Artikel aufbewahrt</translation>
    </message>
    <message>
        <source>add an editorial note to an article</source>
        <translation>einem Artikel eine redaktionelle Notiz hinzufügen</translation>
    </message>
    <message>
        <source>revisions, transitions and notes of an article</source>
        <translation>Versionen, Statuswechsel und Notizen eines Artikels</translation>
    </message>
    <message>
        <source>word-level changes between two versions ([-deleted-]{+inserted+})</source>
        <translation>Änderungen auf Wortebene zwischen zwei Versionen ([-gelöscht-]{+eingefügt+})</translation>
    </message>
    <message>
        <source>Without V2: against the current version.</source>
        <translation>Ohne V2: Vergleich mit der aktuellen Version.</translation>
    </message>
    <message>
        <source>make version V the newest again (a new revision)</source>
        <translation>Version V wieder zur neuesten machen (als neue Version)</translation>
    </message>
    <message>
        <source>the version to bring back</source>
        <translation>die wiederherzustellende Version</translation>
    </message>
    <message>
        <source>the version the revert was decided on (default: the current one)</source>
        <translation>die Version, auf deren Grundlage das Zurücksetzen beschlossen wurde (Standard: die aktuelle)</translation>
    </message>
    <message>
        <source>list takes no arguments besides its options</source>
        <translation>list erwartet außer seinen Optionen keine Argumente</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Status „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0</source>
        <translation>--limit erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <source>no articles match</source>
        <translation>keine passenden Artikel</translation>
    </message>
    <message>
        <source>%1 takes one article id</source>
        <translation>%1 erwartet eine Artikel-ID</translation>
    </message>
    <message>
        <source>--expect-version takes a version number</source>
        <translation>--expect-version erwartet eine Versionsnummer</translation>
    </message>
    <message>
        <source>update articles</source>
        <translation>Artikel ändern</translation>
    </message>
    <message>
        <source>Saved article %1 as version %2</source>
        <translation>Artikel %1 als Version %2 gespeichert</translation>
    </message>
    <message>
        <source>note takes an article id and the text of the note</source>
        <translation>note erwartet eine Artikel-ID und den Text der Notiz</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>Notizen hinzufügen</translation>
    </message>
    <message>
        <source>Noted on article %1</source>
        <translation>Notiz zu Artikel %1 hinzugefügt</translation>
    </message>
    <message>
        <source>diff takes an article id and one or two versions</source>
        <translation>diff erwartet eine Artikel-ID und eine oder zwei Versionen</translation>
    </message>
    <message>
        <source>versions are whole numbers</source>
        <translation>Versionen sind ganze Zahlen</translation>
    </message>
    <message>
        <source>revert takes an article id and --to VERSION</source>
        <translation>revert erwartet eine Artikel-ID und --to VERSION</translation>
    </message>
    <message>
        <source>--to takes a version number</source>
        <translation>--to erwartet eine Versionsnummer</translation>
    </message>
    <message>
        <source>restore an old version</source>
        <translation>eine alte Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restored version %1 of article %2 as version %3</source>
        <translation>Version %1 von Artikel %2 als Version %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>Version %1 -&gt; %2 (1 change)</source>
        <translation>Version %1 -&gt; %2 (1 Änderung)</translation>
    </message>
    <message>
        <source>Version %1 -&gt; %2 (%3 changes)</source>
        <translation>Version %1 -&gt; %2 (%3 Änderungen)</translation>
    </message>
    <message>
        <source>a published article: fix a typo silently, with no public correction (at most %1 words, for those the permission table lets; the audit log keeps it)</source>
        <translation>ein veröffentlichter Artikel: einen Tippfehler still berichtigen, ohne öffentliche Korrektur (höchstens %1 Wörter, für alle, denen die Berechtigungstabelle es erlaubt; das Prüfprotokoll hält es fest)</translation>
    </message>
    <message>
        <source>the length commissioned, in words (0: none); submitting more than 10% over or under it is noted</source>
        <translation>die bestellte Länge in Wörtern (0: keine); beim Einreichen wird vermerkt, wenn sie um mehr als 10 % über- oder unterschritten wird</translation>
    </message>
    <message>
        <source>nothing to update (give --headline, --standfirst, --body-file, --section, --tags or --commissioned)</source>
        <translation>nichts zu ändern (geben Sie --headline, --standfirst, --body-file, --section, --tags oder --commissioned an)</translation>
    </message>
    <message>
        <source>--commissioned takes a number of words (0: none)</source>
        <translation>--commissioned erwartet eine Anzahl von Wörtern (0: keine)</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::CommandContext</name>
    <message>
        <source>sign in with --user NAME to %1</source>
        <translation>melden Sie sich mit --user NAME an, um %1 zu können</translation>
    </message>
    <message>
        <source>no password for %1: set COPYDESK_PASSWORD or run in a terminal</source>
        <translation>kein Passwort für %1: setzen Sie COPYDESK_PASSWORD oder starten Sie den Befehl in einem Terminal</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>„%1“ ist keine Artikel-ID</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>%1 erwartet ein Datum im Format YYYY-MM-DD, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::CommandTable</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>no command given (see copydesk --help)</source>
        <translation>kein Befehl angegeben (siehe copydesk --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see copydesk --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe copydesk --help)</translation>
    </message>
    <message>
        <source>%1 takes %2 or %3</source>
        <translation>%1 erwartet %2 oder %3</translation>
    </message>
    <message>
        <source>a command&apos;s synopsis, its options and what they mean</source>
        <translation>Aufrufsyntax eines Befehls, seine Optionen und ihre Bedeutung</translation>
    </message>
    <message>
        <source>The same as COMMAND --help. Without a command: copydesk --help.</source>
        <translation>Dasselbe wie COMMAND --help. Ohne Befehl: copydesk --help.</translation>
    </message>
    <message>
        <source>sign in as this person (password from COPYDESK_PASSWORD, else asked); every command that changes the store needs it</source>
        <translation>als diese Person anmelden (Passwort aus COPYDESK_PASSWORD, sonst wird es abgefragt); jeder Befehl, der den Datenbestand ändert, braucht das</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>print this help; after a command, its own help</source>
        <translation>diese Hilfe ausgeben; nach einem Befehl dessen eigene Hilfe</translation>
    </message>
    <message>
        <source>print the COMMANDS section of the man page</source>
        <translation>den Abschnitt COMMANDS der Manpage ausgeben</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>Usage: copydesk [global options] COMMAND [arguments]
Without a command, copydesk opens its window.

Global options:
</source>
        <translation>Aufruf: copydesk [globale Optionen] COMMAND [Argumente]
Ohne Befehl öffnet copydesk sein Fenster.

Globale Optionen:
</translation>
    </message>
    <message>
        <source>the store (default: %1)</source>
        <translation>der Datenbestand (Standard: %1)</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>copydesk help COMMAND (or COMMAND --help) shows what a command&apos;s options mean.
Exit codes: 0 done, 1 wrong usage, 2 failed, 3 conflict (someone saved first;
nothing was overwritten), 4 not permitted.
</source>
        <translation>copydesk help COMMAND (oder COMMAND --help) zeigt, was die Optionen eines Befehls bedeuten.
Exit-Codes: 0 erledigt, 1 falscher Aufruf, 2 fehlgeschlagen, 3 Konflikt (jemand hat zuerst gespeichert;
nichts wurde überschrieben), 4 nicht erlaubt.
</translation>
    </message>
    <message>
        <source>Usage: copydesk [global options]</source>
        <translation>Aufruf: copydesk [globale Optionen]</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>the store file (default: copydesk.sqlite in the application-data folder), or a newsroom server: postgresql://USER@HOST[:PORT]/NAME[?sslmode=MODE]</source>
        <translation>die Datei des Datenbestands (Standard: copydesk.sqlite im Anwendungsdatenordner) oder ein Redaktionsserver: postgresql://USER@HOST[:PORT]/NAME[?sslmode=MODE]</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ExportCommands</name>
    <message>
        <source>one article as an HTML page (a draft gets a preview banner)</source>
        <translation>ein Artikel als HTML-Seite (ein Entwurf erhält ein Vorschau-Banner)</translation>
    </message>
    <message>
        <source>the page to write</source>
        <translation>die zu schreibende Seite</translation>
    </message>
    <message>
        <source>the published site: articles, front, section, author and tag pages, Atom feed, sitemap.xml</source>
        <translation>die veröffentlichte Website: Artikel, Startseite, Ressort-, Autoren- und Schlagwortseiten, Atom-Feed, sitemap.xml</translation>
    </message>
    <message>
        <source>Only pages whose content changed are written again; pages of articles no longer published are removed.</source>
        <translation>Nur Seiten, deren Inhalt sich geändert hat, werden neu geschrieben; Seiten von nicht mehr veröffentlichten Artikeln werden entfernt.</translation>
    </message>
    <message>
        <source>the folder of the site</source>
        <translation>der Ordner der Website</translation>
    </message>
    <message>
        <source>the site&apos;s web address, for canonical links and the feed (default: the publication.base-url setting)</source>
        <translation>die Webadresse der Website, für kanonische Links und den Feed (Standard: die Einstellung publication.base-url)</translation>
    </message>
    <message>
        <source>export takes one article id and --out FILE</source>
        <translation>export erwartet eine Artikel-ID und --out FILE</translation>
    </message>
    <message>
        <source>Exported article %1 to %2</source>
        <translation>Artikel %1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>export-site takes --out DIR [--base-url URL]</source>
        <translation>export-site erwartet --out DIR [--base-url URL]</translation>
    </message>
    <message>
        <source>a printed proof of an article as a PDF: numbered lines, wide margins, its open issues at the end</source>
        <translation>ein gedruckter Korrekturabzug eines Artikels als PDF: nummerierte Zeilen, breite Ränder, die offenen Probleme am Ende</translation>
    </message>
    <message>
        <source>Signed in, your own dictionary counts for the issues listed.</source>
        <translation>Wenn Sie angemeldet sind, zählt für die aufgeführten Probleme auch Ihr eigenes Wörterbuch.</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>A4 (the default), A5, Letter or Legal</source>
        <translation>A4 (Standard), A5, Letter oder Legal</translation>
    </message>
    <message>
        <source>proof takes one article id and --out FILE.pdf</source>
        <translation>proof erwartet eine Artikel-ID und --out FILE.pdf</translation>
    </message>
    <message>
        <source>--paper takes A4, A5, Letter or Legal</source>
        <translation>--paper erwartet A4, A5, Letter oder Legal</translation>
    </message>
    <message>
        <source>use your own dictionary</source>
        <translation>Ihr eigenes Wörterbuch verwenden</translation>
    </message>
    <message>
        <source>wrote a 1-page proof of article %1 to %2</source>
        <translation>Korrekturabzug von Artikel %1 (1 Seite) nach %2 geschrieben</translation>
    </message>
    <message>
        <source>wrote a %1-page proof of article %2 to %3</source>
        <translation>Korrekturabzug von Artikel %2 (%1 Seiten) nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ImportCommands</name>
    <message>
        <source>import .txt, .md or .html files as drafts, or a WordPress export (.xml)</source>
        <translation>.txt-, .md- oder .html-Dateien als Entwürfe importieren oder einen WordPress-Export (.xml)</translation>
    </message>
    <message>
        <source>A .txt file&apos;s first non-empty line is its headline; a .md file&apos;s # heading at the top is; an .html page&apos;s &lt;h1&gt; or &lt;title&gt; is, and its body is its &lt;article&gt; or &lt;main&gt;. Every file is checked before any is stored.
A WordPress export brings the whole site: posts at their status with their dates, authors as people without a password (set one with staff password), categories as sections and tags; pages, attachments and menu items are counted and skipped. It is one transaction: a damaged file imports nothing. Importing it again updates what changed in WordPress and leaves what changed here. Only the editor-in-chief may import a site.</source>
        <translation>Bei einer .txt-Datei ist die erste nicht leere Zeile die Überschrift, bei einer .md-Datei die #-Überschrift am Anfang, bei einer .html-Seite &lt;h1&gt; oder &lt;title&gt;; deren Text ist ihr &lt;article&gt; oder &lt;main&gt;. Alle Dateien werden geprüft, bevor eine davon gespeichert wird.
Ein WordPress-Export bringt die ganze Website mit: Beiträge mit ihrem Status und ihren Datumsangaben, Autoren als Personen ohne Passwort (setzen Sie eines mit staff password), Kategorien als Ressorts sowie die Schlagwörter; Seiten, Anhänge und Menüeinträge werden gezählt und übersprungen. Alles geschieht in einer Transaktion: Aus einer beschädigten Datei wird nichts importiert. Ein erneuter Import übernimmt, was sich in WordPress geändert hat, und lässt unverändert, was hier geändert wurde. Nur der Chefredakteur darf eine Website importieren.</translation>
    </message>
    <message>
        <source>the articles&apos; section (not for a WordPress export)</source>
        <translation>das Ressort der Artikel (nicht für einen WordPress-Export)</translation>
    </message>
    <message>
        <source>the byline (default: you; not for a WordPress export)</source>
        <translation>die Autorenzeile (Standard: Sie selbst; nicht für einen WordPress-Export)</translation>
    </message>
    <message>
        <source>say what a WordPress export would bring, and write nothing</source>
        <translation>anzeigen, was ein WordPress-Export bringen würde, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import braucht mindestens eine Datei</translation>
    </message>
    <message>
        <source>a WordPress export keeps its own sections and authors: --section and --author are for text files</source>
        <translation>ein WordPress-Export behält seine eigenen Ressorts und Autoren: --section und --author sind für Textdateien</translation>
    </message>
    <message>
        <source>--preview is for WordPress exports</source>
        <translation>--preview ist für WordPress-Exporte</translation>
    </message>
    <message>
        <source>import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Imported %1: %2 (%3 words)</source>
        <translation>%1 importiert: %2 (%3 Wörter)</translation>
    </message>
    <message>
        <source>%1: WordPress export %2 of “%3”</source>
        <translation>%1: WordPress-Export %2 von „%3“</translation>
    </message>
    <message>
        <source>Would import: %1 new, %2 updated, %3 unchanged, %4 kept as changed here since the last import</source>
        <translation>Würde importieren: %1 neu, %2 aktualisiert, %3 unverändert, %4 beibehalten, da seit dem letzten Import hier geändert</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept as changed here since the last import</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 unverändert, %4 beibehalten, da seit dem letzten Import hier geändert</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>Neue Personen: %1</translation>
    </message>
    <message>
        <source>Added people: %1</source>
        <translation>Hinzugefügte Personen: %1</translation>
    </message>
    <message>
        <source>  They have no password: set one with copydesk staff password NAME.</source>
        <translation>  Sie haben kein Passwort: Setzen Sie eines mit copydesk staff password NAME.</translation>
    </message>
    <message>
        <source>New sections: %1</source>
        <translation>Neue Ressorts: %1</translation>
    </message>
    <message>
        <source>Slug taken: %1</source>
        <translation>Slug bereits vergeben: %1</translation>
    </message>
    <message>
        <source>“%1” (line %2):</source>
        <translation>„%1“ (Zeile %2):</translation>
    </message>
    <message>
        <source>%1 (the exports before it were imported)</source>
        <translation>%1 (die Exporte davor wurden importiert)</translation>
    </message>
    <message>
        <source>Byline of an existing person: %1</source>
        <translation>Autorenzeile einer vorhandenen Person: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::PhotoCommands</name>
    <message>
        <source>the caption shown under it</source>
        <translation>die Bildunterschrift, die darunter steht</translation>
    </message>
    <message>
        <source>who took it (&quot;Photo: Amira Khan / Concrete&quot;)</source>
        <translation>wer es aufgenommen hat (&quot;Foto: Amira Khan / Concrete&quot;)</translation>
    </message>
    <message>
        <source>what it shows, for readers who cannot see it</source>
        <translation>was es zeigt, für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>the revision&apos;s note (a published article&apos;s correction needs one)</source>
        <translation>die Notiz zur neuen Version (eine Korrektur an einem veröffentlichten Artikel braucht eine)</translation>
    </message>
    <message>
        <source>Photos are numbered as photo list shows them: the lead photo first, then the body&apos;s in reading order.</source>
        <translation>Fotos werden so nummeriert, wie photo list sie anzeigt: zuerst das Aufmacherfoto, dann die Fotos im Text in Lesereihenfolge.</translation>
    </message>
    <message>
        <source>add a photo (JPEG, PNG or WebP) to an article: at the end of its body, or as its lead</source>
        <translation>einem Artikel ein Foto (JPEG, PNG oder WebP) hinzufügen: am Ende seines Textes oder als Aufmacherfoto</translation>
    </message>
    <message>
        <source>The file is checked first (type, size, pixels, complete) and kept once in the store by its SHA-256; a photo that records where it was taken is said so. The article is saved as a new version.</source>
        <translation>Die Datei wird zuerst geprüft (Typ, Größe, Pixel, Vollständigkeit) und anhand ihres SHA-256 nur einmal im Datenbestand aufbewahrt; verzeichnet ein Foto seinen Aufnahmeort, wird darauf hingewiesen. Der Artikel wird als neue Version gespeichert.</translation>
    </message>
    <message>
        <source>as the lead photo, above the headline (replacing the lead it had)</source>
        <translation>als Aufmacherfoto über der Überschrift (ersetzt das bisherige Aufmacherfoto)</translation>
    </message>
    <message>
        <source>an article&apos;s photos with their captions, credits, alt text and sizes</source>
        <translation>die Fotos eines Artikels mit Bildunterschriften, Bildnachweisen, Alternativtexten und Größen</translation>
    </message>
    <message>
        <source>change the caption, credit or alt text of photo N</source>
        <translation>Bildunterschrift, Bildnachweis oder Alternativtext von Foto N ändern</translation>
    </message>
    <message>
        <source>take photo N out of an article (its image stays in the store)</source>
        <translation>Foto N aus einem Artikel entfernen (sein Bild bleibt im Datenbestand)</translation>
    </message>
    <message>
        <source>%1 takes an article id and a photo number</source>
        <translation>%1 erwartet eine Artikel-ID und eine Fotonummer</translation>
    </message>
    <message>
        <source>a photo number is a number from 1, as photo list shows</source>
        <translation>eine Fotonummer ist eine Zahl ab 1, wie photo list sie anzeigt</translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation>Version %1 gespeichert</translation>
    </message>
    <message>
        <source>photo add takes an article id and an image file</source>
        <translation>photo add erwartet eine Artikel-ID und eine Bilddatei</translation>
    </message>
    <message>
        <source>add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Lead photo added to article %1; saved version %2</source>
        <translation>Aufmacherfoto zu Artikel %1 hinzugefügt; Version %2 gespeichert</translation>
    </message>
    <message>
        <source>Photo %1 added to article %2; saved version %3</source>
        <translation>Foto %1 zu Artikel %2 hinzugefügt; Version %3 gespeichert</translation>
    </message>
    <message>
        <source>photo list takes one article id</source>
        <translation>photo list erwartet eine Artikel-ID</translation>
    </message>
    <message>
        <source>article %1 has no photos</source>
        <translation>Artikel %1 hat keine Fotos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>not in the store</source>
        <translation>nicht im Datenbestand</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Aufmacher</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Bildunterschrift: %1</translation>
    </message>
    <message>
        <source>Credit:  %1</source>
        <translation>Bildnachweis:     %1</translation>
    </message>
    <message>
        <source>Alt:     %1</source>
        <translation>Alternativtext:   %1</translation>
    </message>
    <message>
        <source>photo update needs --caption, --credit or --alt</source>
        <translation>photo update erwartet --caption, --credit oder --alt</translation>
    </message>
    <message>
        <source>change photos</source>
        <translation>Fotos ändern</translation>
    </message>
    <message>
        <source>remove photos</source>
        <translation>Fotos entfernen</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::ReviewCommands</name>
    <message>
        <source>the passage, as it stands in the body (quotes of either kind)</source>
        <translation>die Textstelle, wie sie im Text steht (gerade und typografische Anführungszeichen gelten gleich)</translation>
    </message>
    <message>
        <source>which one, when the passage stands more than once</source>
        <translation>welche, wenn die Textstelle mehrmals vorkommt</translation>
    </message>
    <message>
        <source>A comment keeps its passage with some text before and after it and its position; after edits it is found again, exactly or nearly, or listed as orphaned with its quote. Comments never enter the body or an export.</source>
        <translation>Ein Kommentar speichert seine Textstelle mit etwas Text davor und danach sowie ihre Position; nach Änderungen wird sie wiedergefunden, genau oder annähernd, oder der Kommentar wird mit seinem Zitat als verwaist aufgeführt. Kommentare gelangen nie in den Text oder in einen Export.</translation>
    </message>
    <message>
        <source>comment on a passage of an article</source>
        <translation>eine Textstelle eines Artikels kommentieren</translation>
    </message>
    <message>
        <source>the comments and suggestions on an article, in the order of their passages</source>
        <translation>die Kommentare und Änderungsvorschläge zu einem Artikel, in der Reihenfolge ihrer Textstellen</translation>
    </message>
    <message>
        <source>only those not resolved yet</source>
        <translation>nur die noch nicht erledigten</translation>
    </message>
    <message>
        <source>answer a comment or suggestion</source>
        <translation>auf einen Kommentar oder Änderungsvorschlag antworten</translation>
    </message>
    <message>
        <source>close a comment: kept, no longer open (its writer, the article&apos;s authors or its editors)</source>
        <translation>einen Kommentar erledigen: er bleibt erhalten, ist aber nicht mehr offen (wer ihn geschrieben hat, die Autoren des Artikels oder die zuständigen Redakteure)</translation>
    </message>
    <message>
        <source>open a resolved comment again</source>
        <translation>einen erledigten Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>delete a comment with its replies (its writer or the section&apos;s editors)</source>
        <translation>einen Kommentar samt Antworten löschen (wer ihn geschrieben hat oder die Redakteure des Ressorts)</translation>
    </message>
    <message>
        <source>propose new wording for a passage, for the author to accept or reject</source>
        <translation>eine neue Formulierung für eine Textstelle vorschlagen, die der Autor annehmen oder ablehnen kann</translation>
    </message>
    <message>
        <source>the wording proposed (empty: delete the passage)</source>
        <translation>die vorgeschlagene Formulierung (leer: die Textstelle löschen)</translation>
    </message>
    <message>
        <source>accept suggestions: the body changes as one new version</source>
        <translation>Änderungsvorschläge annehmen: der Text ändert sich in einer einzigen neuen Version</translation>
    </message>
    <message>
        <source>every open suggestion of the article whose id is given</source>
        <translation>alle offenen Änderungsvorschläge des Artikels mit der angegebenen ID</translation>
    </message>
    <message>
        <source>the revision&apos;s note (a published article&apos;s correction needs one)</source>
        <translation>die Notiz zur neuen Version (eine Korrektur an einem veröffentlichten Artikel braucht eine)</translation>
    </message>
    <message>
        <source>turn a suggestion down; the body stays as it is</source>
        <translation>einen Änderungsvorschlag ablehnen; der Text bleibt, wie er ist</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>--occurrence takes a number from 1</source>
        <translation>--occurrence erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>suggest takes an article id, --quote and --with</source>
        <translation>suggest erwartet eine Artikel-ID, --quote und --with</translation>
    </message>
    <message>
        <source>comment add takes an article id and the comment (quote it), with --quote</source>
        <translation>comment add erwartet eine Artikel-ID und den Kommentar (in Anführungszeichen), dazu --quote</translation>
    </message>
    <message>
        <source>suggest edits</source>
        <translation>Änderungen vorschlagen</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentieren</translation>
    </message>
    <message>
        <source>Suggestion %1 on %2</source>
        <translation>Änderungsvorschlag %1 zu %2</translation>
    </message>
    <message>
        <source>Comment %1 on %2</source>
        <translation>Kommentar %1 zu %2</translation>
    </message>
    <message>
        <source>comment list takes one article id</source>
        <translation>comment list erwartet eine Artikel-ID</translation>
    </message>
    <message>
        <source>(orphaned: the passage is gone)</source>
        <translation>(verwaist: die Textstelle ist nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>suggests %1 → %2</source>
        <translation>schlägt vor: %1 → %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>article %1 has no open comments</source>
        <translation>Artikel %1 hat keine offenen Kommentare</translation>
    </message>
    <message>
        <source>article %1 has no comments</source>
        <translation>Artikel %1 hat keine Kommentare</translation>
    </message>
    <message>
        <source>comment reply takes a comment&apos;s id and the reply (quote it)</source>
        <translation>comment reply erwartet die ID eines Kommentars und die Antwort (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>Reply %1 to comment %2</source>
        <translation>Antwort %1 auf Kommentar %2</translation>
    </message>
    <message>
        <source>%1 takes one id (see comment list)</source>
        <translation>um %1 zu können, geben Sie genau eine ID an (siehe comment list)</translation>
    </message>
    <message>
        <source>resolve comments</source>
        <translation>Kommentare erledigen</translation>
    </message>
    <message>
        <source>Comment %1 resolved</source>
        <translation>Kommentar %1 erledigt</translation>
    </message>
    <message>
        <source>reopen comments</source>
        <translation>Kommentare wieder öffnen</translation>
    </message>
    <message>
        <source>Comment %1 reopened</source>
        <translation>Kommentar %1 wieder geöffnet</translation>
    </message>
    <message>
        <source>delete comments</source>
        <translation>Kommentare löschen</translation>
    </message>
    <message>
        <source>Comment %1 deleted</source>
        <translation>Kommentar %1 gelöscht</translation>
    </message>
    <message>
        <source>reject suggestions</source>
        <translation>Änderungsvorschläge ablehnen</translation>
    </message>
    <message>
        <source>Suggestion %1 rejected</source>
        <translation>Änderungsvorschlag %1 abgelehnt</translation>
    </message>
    <message>
        <source>suggestion accept --all takes one article id</source>
        <translation>suggestion accept --all erwartet eine Artikel-ID</translation>
    </message>
    <message>
        <source>suggestion accept takes the ids of suggestions</source>
        <translation>suggestion accept erwartet die IDs von Änderungsvorschlägen</translation>
    </message>
    <message>
        <source>accept suggestions</source>
        <translation>Änderungsvorschläge annehmen</translation>
    </message>
    <message>
        <source>Accepted; the article is now at version %1</source>
        <translation>Angenommen; der Artikel ist jetzt in Version %1</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::SpellingCommands</name>
    <message>
        <source>the house dictionary (changed by section editors and above) instead of your own</source>
        <translation>das Hauswörterbuch (änderbar ab Ressortleiter) statt Ihres eigenen</translation>
    </message>
    <message>
        <source>the dictionary&apos;s language (default: %1)</source>
        <translation>die Sprache des Wörterbuchs (Standard: %1)</translation>
    </message>
    <message>
        <source>spelling and style issues: line, column, kind, word, suggestions</source>
        <translation>Rechtschreib- und Stilprobleme: Zeile, Spalte, Art, Wort, Vorschläge</translation>
    </message>
    <message>
        <source>the language to check in (default: the article&apos;s, else %1)</source>
        <translation>die Sprache der Prüfung (Standard: die des Artikels, sonst %1)</translation>
    </message>
    <message>
        <source>add a word to your own dictionary, or the house dictionary</source>
        <translation>ein Wort zu Ihrem eigenen Wörterbuch oder zum Hauswörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>remove a word from your own dictionary, or the house dictionary</source>
        <translation>ein Wort aus Ihrem eigenen Wörterbuch oder aus dem Hauswörterbuch entfernen</translation>
    </message>
    <message>
        <source>the words of your own dictionary, or the house dictionary</source>
        <translation>die Wörter Ihres eigenen Wörterbuchs oder des Hauswörterbuchs</translation>
    </message>
    <message>
        <source>print one of the newsroom&apos;s settings</source>
        <translation>eine Einstellung der Redaktion ausgeben</translation>
    </message>
    <message>
        <source>change one of the newsroom&apos;s settings (editor-in-chief, administrator)</source>
        <translation>eine Einstellung der Redaktion ändern (Chefredakteur, Administrator)</translation>
    </message>
    <message>
        <source>%1: no such file or article</source>
        <translation>%1: Datei oder Artikel nicht gefunden</translation>
    </message>
    <message>
        <source>check takes one article id or file</source>
        <translation>check erwartet eine Artikel-ID oder eine Datei</translation>
    </message>
    <message>
        <source>use your own dictionary</source>
        <translation>Ihr eigenes Wörterbuch verwenden</translation>
    </message>
    <message>
        <source>no issues found</source>
        <translation>keine Probleme gefunden</translation>
    </message>
    <message>
        <source>see your own dictionary</source>
        <translation>Ihr eigenes Wörterbuch ansehen</translation>
    </message>
    <message>
        <source>dictionary %1 takes one word</source>
        <translation>dictionary %1 erwartet ein Wort</translation>
    </message>
    <message>
        <source>change a dictionary</source>
        <translation>ein Wörterbuch ändern</translation>
    </message>
    <message>
        <source>Added %1 (house dictionary, %2)</source>
        <translation>%1 hinzugefügt (Hauswörterbuch, %2)</translation>
    </message>
    <message>
        <source>Added %1 (your dictionary, %2)</source>
        <translation>%1 hinzugefügt (Ihr Wörterbuch, %2)</translation>
    </message>
    <message>
        <source>Removed %1 (house dictionary, %2)</source>
        <translation>%1 entfernt (Hauswörterbuch, %2)</translation>
    </message>
    <message>
        <source>Removed %1 (your dictionary, %2)</source>
        <translation>%1 entfernt (Ihr Wörterbuch, %2)</translation>
    </message>
    <message>
        <source>settings takes get KEY or set KEY VALUE</source>
        <translation>settings erwartet get KEY oder set KEY VALUE</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>%1 takes on or off</source>
        <translation>%1 erwartet on oder off</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (check.KIND on|off, %2)</source>
        <translation>unbekannte Einstellung „%1“ (check.KIND on|off, %2)</translation>
    </message>
    <message>
        <source>Keys: check.KIND on|off switches a style check for the newsroom (spelling, repeated-word, name-spelling, mixed-quotes, double-space, long-sentence, house-style, skip-all-caps); %1 (links: one &quot;Label | https://…&quot; per line).</source>
        <translation>Schlüssel: check.KIND on|off schaltet eine Stilprüfung für die Redaktion ein oder aus (spelling, repeated-word, name-spelling, mixed-quotes, double-space, long-sentence, house-style, skip-all-caps); %1 (links: je Zeile ein Eintrag &quot;Bezeichnung | https://…&quot;).</translation>
    </message>
    <message>
        <source>apply every house style fix</source>
        <translation>alle Hausstil-Anpassungen vornehmen</translation>
    </message>
    <message>
        <source>with --fix on a published article: the correction&apos;s note</source>
        <translation>mit --fix bei einem veröffentlichten Artikel: die Notiz zur Korrektur</translation>
    </message>
    <message>
        <source>fix an article</source>
        <translation>einen Artikel korrigieren</translation>
    </message>
    <message>
        <source>saved article %1 as version %2</source>
        <translation>Artikel %1 als Version %2 gespeichert</translation>
    </message>
    <message>
        <source>no house style fixes to make</source>
        <translation>keine Hausstil-Anpassungen nötig</translation>
    </message>
    <message>
        <source>made 1 house style fix in %1</source>
        <translation>1 Hausstil-Anpassung in %1 vorgenommen</translation>
    </message>
    <message>
        <source>made %1 house style fixes in %2</source>
        <translation>%1 Hausstil-Anpassungen in %2 vorgenommen</translation>
    </message>
    <message>
        <source>--note goes with --fix</source>
        <translation>--note ist nur zusammen mit --fix möglich</translation>
    </message>
    <message>
        <source>For an article, line 1 is the headline, 2 the standfirst, then one line per paragraph. Signed in, your own dictionary counts too. With --fix, every house style fix is made (a file is rewritten in place, an article saved as a new version) and each change printed as LINE:COLUMN  FROM -&gt; TO (for a file, its own lines).</source>
        <translation>Bei einem Artikel ist Zeile 1 die Überschrift, Zeile 2 der Vorspann, danach folgt eine Zeile pro Absatz. Wenn Sie angemeldet sind, zählt auch Ihr eigenes Wörterbuch. Mit --fix werden alle Hausstil-Anpassungen vorgenommen (eine Datei wird direkt überschrieben, ein Artikel als neue Version gespeichert) und jede Änderung als LINE:COLUMN  FROM -&gt; TO ausgegeben (bei einer Datei nach deren eigenen Zeilen).</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::StaffCommands</name>
    <message>
        <source>add a person (password from COPYDESK_NEW_PASSWORD, else asked)</source>
        <translation>eine Person hinzufügen (Passwort aus COPYDESK_NEW_PASSWORD, sonst wird es abgefragt)</translation>
    </message>
    <message>
        <source>Editor-in-chief and administrators only.</source>
        <translation>Nur für Chefredakteur und Administratoren.</translation>
    </message>
    <message>
        <source>the name bylines and author boxes show</source>
        <translation>der Name, den Autorenzeilen und Autorenkästen zeigen</translation>
    </message>
    <message>
        <source>a line about the person</source>
        <translation>eine Zeile über die Person</translation>
    </message>
    <message>
        <source>give a person a title for a term</source>
        <translation>einer Person einen Titel für eine Amtszeit geben</translation>
    </message>
    <message>
        <source>the title, as the author box shows it (&quot;Global Editor&quot;)</source>
        <translation>der Titel, wie ihn der Autorenkasten zeigt (&quot;Ressortleiter Ausland&quot;)</translation>
    </message>
    <message>
        <source>the powers it gives</source>
        <translation>die damit verbundenen Befugnisse</translation>
    </message>
    <message>
        <source>the section a section editor edits</source>
        <translation>das Ressort, das ein Ressortleiter betreut</translation>
    </message>
    <message>
        <source>the term, as the author box shows it</source>
        <translation>die Amtszeit, wie sie der Autorenkasten zeigt</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: open)</source>
        <translation>erster Tag, YYYY-MM-DD (Standard: offen)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: open)</source>
        <translation>letzter Tag, YYYY-MM-DD (Standard: offen)</translation>
    </message>
    <message>
        <source>end an appointment (ids from staff list --json)</source>
        <translation>eine Ernennung beenden (IDs aus staff list --json)</translation>
    </message>
    <message>
        <source>An ended appointment gives no powers but stays in the author box.</source>
        <translation>Eine beendete Ernennung verleiht keine Befugnisse, bleibt aber im Autorenkasten.</translation>
    </message>
    <message>
        <source>its last day, YYYY-MM-DD (default: yesterday)</source>
        <translation>ihr letzter Tag, YYYY-MM-DD (Standard: gestern)</translation>
    </message>
    <message>
        <source>people and their current appointments</source>
        <translation>Personen und ihre aktuellen Ämter</translation>
    </message>
    <message>
        <source>(no current appointment)</source>
        <translation>(kein aktuelles Amt)</translation>
    </message>
    <message>
        <source>staff add takes one username</source>
        <translation>staff add erwartet einen Benutzernamen</translation>
    </message>
    <message>
        <source>staff add needs --display &quot;Full Name&quot;</source>
        <translation>staff add braucht --display &quot;Vollständiger Name&quot;</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>Personal verwalten</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>staff appoint takes one username</source>
        <translation>staff appoint erwartet einen Benutzernamen</translation>
    </message>
    <message>
        <source>staff appoint needs %1</source>
        <translation>staff appoint braucht %1</translation>
    </message>
    <message>
        <source>Appointed %1 %2 (%3), appointment %4</source>
        <translation>%1 ernannt: %2 (%3), Ernennung %4</translation>
    </message>
    <message>
        <source>staff end takes one appointment id (see staff list --json)</source>
        <translation>staff end erwartet eine Ernennungs-ID (siehe staff list --json)</translation>
    </message>
    <message>
        <source>Appointment %1 ended on %2</source>
        <translation>Ernennung %1 zum %2 beendet</translation>
    </message>
    <message>
        <source>Levels: %1.</source>
        <translation>Stufen: %1.</translation>
    </message>
    <message>
        <source>set a person&apos;s password (from COPYDESK_NEW_PASSWORD, else asked)</source>
        <translation>das Passwort einer Person setzen (aus COPYDESK_NEW_PASSWORD, sonst wird es abgefragt)</translation>
    </message>
    <message>
        <source>staff password takes one username</source>
        <translation>staff password erwartet einen Benutzernamen</translation>
    </message>
    <message>
        <source>Password set for %1</source>
        <translation>Passwort für %1 gesetzt</translation>
    </message>
    <message>
        <source>For people imported from WordPress, who have none, and for anyone who forgot theirs. On a newsroom server it makes the login of someone who has none; an existing login&apos;s password is changed on the server. Editor-in-chief and administrators only.</source>
        <translation>Für aus WordPress importierte Personen, die keines haben, und für alle, die ihres vergessen haben. Auf einem Redaktionsserver wird für jemanden ohne Login eines angelegt; das Passwort eines bestehenden Logins wird auf dem Server geändert. Nur für Chefredakteur und Administratoren.</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::StoreCommands</name>
    <message>
        <source>create or migrate the store; the first account (password from COPYDESK_PASSWORD or asked); --demo adds a demo newsroom</source>
        <translation>den Datenbestand anlegen oder migrieren; das erste Konto (Passwort aus COPYDESK_PASSWORD, sonst abgefragt); --demo fügt eine Demo-Redaktion hinzu</translation>
    </message>
    <message>
        <source>The first account holds two open-ended appointments, administrator and editor-in-chief, so a new newsroom can work at once.</source>
        <translation>Das erste Konto hat zwei unbefristete Ämter, Administrator und Chefredakteur, sodass eine neue Redaktion sofort arbeiten kann.</translation>
    </message>
    <message>
        <source>make the first account, with this username</source>
        <translation>das erste Konto mit diesem Benutzernamen anlegen</translation>
    </message>
    <message>
        <source>the first account&apos;s full name</source>
        <translation>der vollständige Name des ersten Kontos</translation>
    </message>
    <message>
        <source>add a demo newsroom: four staff, six articles</source>
        <translation>eine Demo-Redaktion hinzufügen: vier Personen, sechs Artikel</translation>
    </message>
    <message>
        <source>integrity and reference checks of the store</source>
        <translation>Integritäts- und Referenzprüfungen des Datenbestands</translation>
    </message>
    <message>
        <source>bring the store&apos;s schema up to date</source>
        <translation>das Schema des Datenbestands auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <source>a consistent, integrity-checked copy while others keep working</source>
        <translation>eine konsistente, auf Integrität geprüfte Kopie, während andere weiterarbeiten</translation>
    </message>
    <message>
        <source>where the copy goes</source>
        <translation>wohin die Kopie geschrieben wird</translation>
    </message>
    <message>
        <source>replace an existing file that is not a Copydesk store</source>
        <translation>eine vorhandene Datei ersetzen, die kein Copydesk-Datenbestand ist</translation>
    </message>
    <message>
        <source>init takes no file names (use --database PATH)</source>
        <translation>init erwartet keine Dateinamen (verwenden Sie --database PATH)</translation>
    </message>
    <message>
        <source>the store already has accounts; add people with copydesk staff add</source>
        <translation>der Datenbestand hat bereits Konten; fügen Sie Personen mit copydesk staff add hinzu</translation>
    </message>
    <message>
        <source>no password for %1: set COPYDESK_PASSWORD or run in a terminal</source>
        <translation>kein Passwort für %1: setzen Sie COPYDESK_PASSWORD oder starten Sie den Befehl in einem Terminal</translation>
    </message>
    <message>
        <source>set up the store</source>
        <translation>den Datenbestand einrichten</translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation>Datenbestand bereit: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Created store: %1 (schema %2)</source>
        <translation>Datenbestand angelegt: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>First account: %1 (administrator, editor-in-chief)</source>
        <translation>Erstes Konto: %1 (Administrator, Chefredakteur)</translation>
    </message>
    <message>
        <source>Demo newsroom: %1 articles</source>
        <translation>Demo-Redaktion: %1 Artikel</translation>
    </message>
    <message>
        <source>db check takes no arguments</source>
        <translation>db check erwartet keine Argumente</translation>
    </message>
    <message>
        <source>ok: %1 (schema %2; read-only, so the search index was not checked)</source>
        <translation>ok: %1 (Schema %2; schreibgeschützt, daher wurde der Suchindex nicht geprüft)</translation>
    </message>
    <message>
        <source>ok: %1 (schema %2)</source>
        <translation>ok: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>db migrate takes no arguments</source>
        <translation>db migrate erwartet keine Argumente</translation>
    </message>
    <message>
        <source>db backup takes --out FILE</source>
        <translation>db backup erwartet --out FILE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (integrity checked)</source>
        <translation>Sicherungskopie von %1 nach %2 geschrieben (Integrität geprüft)</translation>
    </message>
    <message>
        <source>A store file is copied with VACUUM INTO and checked; a newsroom on a PostgreSQL server is written by pg_dump (its custom format, for pg_restore).</source>
        <translation>Eine Datei eines Datenbestands wird mit VACUUM INTO kopiert und geprüft; eine Redaktion auf einem PostgreSQL-Server wird von pg_dump geschrieben (in dessen Custom-Format, für pg_restore).</translation>
    </message>
    <message>
        <source>move a whole newsroom between stores: SQLite or PostgreSQL, either way</source>
        <translation>eine ganze Redaktion zwischen Datenbeständen verschieben: SQLite oder PostgreSQL, in beide Richtungen</translation>
    </message>
    <message>
        <source>Every table is copied with the same ids in one transaction on the target, which must be empty (a new file, or an empty database on a server); the counts are compared before it commits. SOURCE and TARGET are store files or postgresql://user@host/newsroom addresses (password from COPYDESK_PASSWORD, PGPASSWORD or ~/.pgpass).</source>
        <translation>Jede Tabelle wird mit denselben IDs in einer einzigen Transaktion in das Ziel kopiert, das leer sein muss (eine neue Datei oder eine leere Datenbank auf einem Server); vor dem Commit werden die Zeilenzahlen verglichen. SOURCE und TARGET sind Dateien von Datenbeständen oder Adressen der Form postgresql://user@host/newsroom (Passwort aus COPYDESK_PASSWORD, PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>the newsroom to copy</source>
        <translation>die zu kopierende Redaktion</translation>
    </message>
    <message>
        <source>an empty store to copy it into</source>
        <translation>ein leerer Datenbestand, in den sie kopiert wird</translation>
    </message>
    <message>
        <source>db copy takes --from SOURCE --to TARGET</source>
        <translation>db copy erwartet --from SOURCE --to TARGET</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; every table&apos;s count matches</source>
        <translation>%1 Zeilen von %2 nach %3 kopiert; die Zeilenzahl jeder Tabelle stimmt überein</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (with pg_dump)</source>
        <translation>Sicherungskopie von %1 nach %2 geschrieben (mit pg_dump)</translation>
    </message>
    <message>
        <source>%1 has 1 problem</source>
        <translation>%1 hat 1 Problem</translation>
    </message>
    <message>
        <source>%1 has %2 problems</source>
        <translation>%1 hat %2 Probleme</translation>
    </message>
    <message>
        <source>Applied 1 migration; schema %1</source>
        <translation>1 Migration angewendet; Schema %1</translation>
    </message>
    <message>
        <source>Applied %1 migrations; schema %2</source>
        <translation>%1 Migrationen angewendet; Schema %2</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::StyleCommands</name>
    <message>
        <source>A guide file has one rule per line: preferred &lt;tab&gt; avoid|avoid &lt;tab&gt; note &lt;tab&gt; language &lt;tab&gt; section &lt;tab&gt; case (the last four may be empty; &quot;#&quot; starts a comment).</source>
        <translation>Eine Leitfaden-Datei enthält eine Regel pro Zeile: preferred &lt;tab&gt; avoid|avoid &lt;tab&gt; note &lt;tab&gt; language &lt;tab&gt; section &lt;tab&gt; case (die letzten vier dürfen leer sein; &quot;#&quot; leitet einen Kommentar ein).</translation>
    </message>
    <message>
        <source>only for articles in this language (en: every English)</source>
        <translation>nur für Artikel in dieser Sprache (en: alle Varianten des Englischen)</translation>
    </message>
    <message>
        <source>only for articles in this section</source>
        <translation>nur für Artikel in diesem Ressort</translation>
    </message>
    <message>
        <source>add a rule to the house style guide (section editors and above)</source>
        <translation>eine Regel zum Hausstil-Leitfaden hinzufügen (ab Ressortleiter)</translation>
    </message>
    <message>
        <source>Forms are matched as whole words or phrases, straight and typographic quotes alike. Example: style add Kyiv --avoid &quot;Kiev|Kiyv&quot; --note &quot;since 2022&quot;</source>
        <translation>Formen werden als ganze Wörter oder Wortgruppen erkannt, mit geraden wie mit typografischen Anführungszeichen. Beispiel: style add Kyiv --avoid &quot;Kiev|Kiyv&quot; --note &quot;since 2022&quot;</translation>
    </message>
    <message>
        <source>the forms to avoid, separated by |</source>
        <translation>die zu vermeidenden Formen, getrennt durch |</translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation>Begründung in wenigen Worten</translation>
    </message>
    <message>
        <source>match capitals exactly</source>
        <translation>Groß-/Kleinschreibung genau beachten</translation>
    </message>
    <message>
        <source>the rules of the house style guide: id, preferred form, forms to avoid</source>
        <translation>die Regeln des Hausstil-Leitfadens: ID, bevorzugte Form, zu vermeidende Formen</translation>
    </message>
    <message>
        <source>only the rules for this language</source>
        <translation>nur die Regeln für diese Sprache</translation>
    </message>
    <message>
        <source>only the rules for this section</source>
        <translation>nur die Regeln für dieses Ressort</translation>
    </message>
    <message>
        <source>remove a rule from the house style guide (section editors and above)</source>
        <translation>eine Regel aus dem Hausstil-Leitfaden entfernen (ab Ressortleiter)</translation>
    </message>
    <message>
        <source>add the rules of a guide file, all or none; rules already there are skipped</source>
        <translation>die Regeln einer Leitfaden-Datei hinzufügen, alle oder keine; bereits vorhandene Regeln werden übersprungen</translation>
    </message>
    <message>
        <source>the starter guide written for Copydesk instead of a file</source>
        <translation>der für Copydesk geschriebene Start-Leitfaden statt einer Datei</translation>
    </message>
    <message>
        <source>write the house style guide as a guide file</source>
        <translation>den Hausstil-Leitfaden als Leitfaden-Datei schreiben</translation>
    </message>
    <message>
        <source>the file to write (default: standard output)</source>
        <translation>die zu schreibende Datei (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>style add takes the preferred form (quote a phrase)</source>
        <translation>style add erwartet die bevorzugte Form (Wortgruppen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>change the house style guide</source>
        <translation>den Hausstil-Leitfaden ändern</translation>
    </message>
    <message>
        <source>Added rule %1: %2</source>
        <translation>Regel %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>style list takes no arguments</source>
        <translation>style list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>the house style guide has no rules here</source>
        <translation>der Hausstil-Leitfaden enthält hier keine Regeln</translation>
    </message>
    <message>
        <source>style remove takes a rule&apos;s id (see style list)</source>
        <translation>style remove erwartet die ID einer Regel (siehe style list)</translation>
    </message>
    <message>
        <source>Removed rule %1</source>
        <translation>Regel %1 entfernt</translation>
    </message>
    <message>
        <source>style import takes one guide file, or --starter</source>
        <translation>style import erwartet eine Leitfaden-Datei oder --starter</translation>
    </message>
    <message>
        <source>Added 1 rule</source>
        <translation>1 Regel hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 rules</source>
        <translation>%1 Regeln hinzugefügt</translation>
    </message>
    <message>
        <source> (1 was already in the guide)</source>
        <translation> (1 war bereits im Leitfaden)</translation>
    </message>
    <message>
        <source> (%1 were already in the guide)</source>
        <translation> (%1 waren bereits im Leitfaden)</translation>
    </message>
    <message>
        <source>style export takes no arguments (--out FILE)</source>
        <translation>style export erwartet keine Argumente (--out FILE)</translation>
    </message>
    <message>
        <source>wrote 1 rule to %1</source>
        <translation>1 Regel nach %1 geschrieben</translation>
    </message>
    <message>
        <source>wrote %1 rules to %2</source>
        <translation>%1 Regeln nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>copydesk::cli::WorkflowCommands</name>
    <message>
        <source>why; kept with the article&apos;s history</source>
        <translation>Begründung; wird im Verlauf des Artikels aufbewahrt</translation>
    </message>
    <message>
        <source>send a draft for review (remaining spelling or style issues are named)</source>
        <translation>einen Entwurf zur Prüfung einreichen (verbleibende Rechtschreib- oder Stilprobleme werden genannt)</translation>
    </message>
    <message>
        <source>approve an article in review (never one&apos;s own)</source>
        <translation>einen Artikel in Prüfung freigeben (nie einen eigenen)</translation>
    </message>
    <message>
        <source>publish an approved article</source>
        <translation>einen freigegebenen Artikel veröffentlichen</translation>
    </message>
    <message>
        <source>kill an article that is not published</source>
        <translation>einen nicht veröffentlichten Artikel verwerfen</translation>
    </message>
    <message>
        <source>bring a spiked article back as a draft</source>
        <translation>einen verworfenen Artikel als Entwurf zurückholen</translation>
    </message>
    <message>
        <source>send an article in review back to draft</source>
        <translation>einen Artikel in Prüfung als Entwurf zurückgeben</translation>
    </message>
    <message>
        <source>take a published article down, back to draft</source>
        <translation>einen veröffentlichten Artikel zurückziehen (zurück zum Entwurf)</translation>
    </message>
    <message>
        <source>%1 takes one article id</source>
        <translation>%1 erwartet eine Artikel-ID</translation>
    </message>
    <message>
        <source>%1 needs --note saying why</source>
        <translation>%1 braucht --note mit einer Begründung</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>die Aktion %1 für Artikel ausführen</translation>
    </message>
    <message>
        <source>Article %1 is now %2</source>
        <translation>Artikel %1 hat jetzt den Status %2</translation>
    </message>
    <message>
        <source>note: 1 spelling or style issue remains (see: copydesk check %1)</source>
        <translation>Hinweis: 1 Rechtschreib- oder Stilproblem bleibt offen (siehe: copydesk check %1)</translation>
    </message>
    <message>
        <source>note: %1 spelling or style issues remain (see: copydesk check %2)</source>
        <translation>Hinweis: %1 Rechtschreib- oder Stilprobleme bleiben offen (siehe: copydesk check %2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>point at the open comments on the text: each is listed in the note</source>
        <translation>auf die offenen Kommentare zum Text hinweisen: jeder wird in der Notiz aufgeführt</translation>
    </message>
    <message>
        <source>note: 1 comment on the text is still open (see: copydesk comment list %1 --open)</source>
        <translation>Hinweis: 1 Kommentar zum Text ist noch offen (siehe: copydesk comment list %1 --open)</translation>
    </message>
    <message>
        <source>note: %1 comments on the text are still open (see: copydesk comment list %2 --open)</source>
        <translation>Hinweis: %1 Kommentare zum Text sind noch offen (siehe: copydesk comment list %2 --open)</translation>
    </message>
</context>
<context>
    <name>copydesk::db::ArticleStore</name>
    <message>
        <source>choosing a slug</source>
        <translation>Wahl eines Slugs</translation>
    </message>
    <message>
        <source>finding a section</source>
        <translation>Suche nach einem Ressort</translation>
    </message>
    <message>
        <source>adding the section %1</source>
        <translation>Hinzufügen des Ressorts %1</translation>
    </message>
    <message>
        <source>saving tags</source>
        <translation>Speichern der Schlagwörter</translation>
    </message>
    <message>
        <source>saving the tag %1</source>
        <translation>Speichern des Schlagworts %1</translation>
    </message>
    <message>
        <source>saving the byline</source>
        <translation>Speichern der Autorenzeile</translation>
    </message>
    <message>
        <source>keeping a revision</source>
        <translation>Aufbewahren einer Version</translation>
    </message>
    <message>
        <source>adding the article</source>
        <translation>Hinzufügen des Artikels</translation>
    </message>
    <message>
        <source>reading article %1</source>
        <translation>Lesen von Artikel %1</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
    <message>
        <source>reading tags</source>
        <translation>Lesen der Schlagwörter</translation>
    </message>
    <message>
        <source>reading the byline</source>
        <translation>Lesen der Autorenzeile</translation>
    </message>
    <message>
        <source>saving article %1</source>
        <translation>Speichern von Artikel %1</translation>
    </message>
    <message>
        <source>article %1 was saved by someone else in the meantime (it is at version %2, this change started from version %3); nothing was overwritten</source>
        <translation>Artikel %1 wurde inzwischen von jemand anderem gespeichert (er ist bei Version %2, diese Änderung ging von Version %3 aus); nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>listing articles</source>
        <translation>Auflisten der Artikel</translation>
    </message>
    <message>
        <source>counting articles</source>
        <translation>Zählen der Artikel</translation>
    </message>
    <message>
        <source>changing the status of article %1</source>
        <translation>Ändern des Status von Artikel %1</translation>
    </message>
    <message>
        <source>article %1 is %2 now, not %3; someone changed it first</source>
        <translation>Artikel %1 hat jetzt den Status %2, nicht %3; jemand anderes hat ihn zuerst geändert</translation>
    </message>
    <message>
        <source>reading revisions</source>
        <translation>Lesen der Versionen</translation>
    </message>
    <message>
        <source>article %1 has no version %2</source>
        <translation>Artikel %1 hat keine Version %2</translation>
    </message>
    <message>
        <source>listing sections</source>
        <translation>Auflisten der Ressorts</translation>
    </message>
    <message>
        <source>reading the published articles</source>
        <translation>Lesen der veröffentlichten Artikel</translation>
    </message>
    <message>
        <source>reading the bylines</source>
        <translation>Lesen der Autorenzeilen</translation>
    </message>
    <message>
        <source>reading articles</source>
        <translation>Lesen von Artikeln</translation>
    </message>
    <message>
        <source>finding an imported article</source>
        <translation>Suche nach einem importierten Artikel</translation>
    </message>
    <message>
        <source>recording where article %1 came from</source>
        <translation>Speichern der Herkunft von Artikel %1</translation>
    </message>
    <message>
        <source>finding the slug %1</source>
        <translation>Suche nach dem Slug %1</translation>
    </message>
</context>
<context>
    <name>copydesk::db::CommentStore</name>
    <message>
        <source>reading the comments on article %1</source>
        <translation>Lesen der Kommentare zu Artikel %1</translation>
    </message>
    <message>
        <source>reading comment %1</source>
        <translation>Lesen von Kommentar %1</translation>
    </message>
    <message>
        <source>no comment %1</source>
        <translation>kein Kommentar mit der ID %1</translation>
    </message>
    <message>
        <source>adding a comment to article %1</source>
        <translation>Hinzufügen eines Kommentars zu Artikel %1</translation>
    </message>
    <message>
        <source>closing comment %1</source>
        <translation>Schließen von Kommentar %1</translation>
    </message>
    <message>
        <source>moving the anchor of comment %1</source>
        <translation>Verschieben des Ankers von Kommentar %1</translation>
    </message>
    <message>
        <source>deleting comment %1</source>
        <translation>Löschen von Kommentar %1</translation>
    </message>
    <message>
        <source>counting open comments</source>
        <translation>Zählen der offenen Kommentare</translation>
    </message>
</context>
<context>
    <name>copydesk::db::Database</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>no store at %1 (create one with: copydesk init)</source>
        <translation>kein Datenbestand unter %1 (legen Sie einen an mit: copydesk init)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2), where SQLite&apos;s locking cannot keep a shared store safe; use a PostgreSQL store for a newsroom that shares one</source>
        <translation>%1 liegt auf einem Netzwerkdateisystem (%2), auf dem die Sperren von SQLite einen gemeinsam genutzten Datenbestand nicht schützen können; verwenden Sie für eine Redaktion, die einen Datenbestand gemeinsam nutzt, einen PostgreSQL-Datenbestand</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>Öffnen des Datenbestands</translation>
    </message>
    <message>
        <source>reading the store</source>
        <translation>Lesen des Datenbestands</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store</source>
        <translation>%1 ist kein Copydesk-Datenbestand</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store (it is empty; create one with: copydesk init)</source>
        <translation>%1 ist kein Copydesk-Datenbestand (er ist leer; legen Sie einen an mit: copydesk init)</translation>
    </message>
    <message>
        <source>preparing the store</source>
        <translation>Vorbereiten des Datenbestands</translation>
    </message>
    <message>
        <source>%1 was written by a newer Copydesk (schema %2; this program knows up to %3); it was left unchanged</source>
        <translation>%1 wurde von einer neueren Copydesk-Version geschrieben (Schema %2; dieses Programm kennt Schemata bis %3); er blieb unverändert</translation>
    </message>
    <message>
        <source>%1 was written by a newer Copydesk (schema %2); it was left unchanged</source>
        <translation>%1 wurde von einer neueren Copydesk-Version geschrieben (Schema %2); er blieb unverändert</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>Migration %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>recording migrations</source>
        <translation>Vermerken der Migrationen</translation>
    </message>
    <message>
        <source>applying migration %1 (statement %2)</source>
        <translation>Anwenden der Migration %1 (Anweisung %2)</translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation>Vermerken der Migration %1</translation>
    </message>
    <message>
        <source>stamping the store</source>
        <translation>Kennzeichnen des Datenbestands mit der Schemaversion</translation>
    </message>
    <message>
        <source>a backup cannot replace the store itself</source>
        <translation>eine Sicherungskopie kann den Datenbestand selbst nicht ersetzen</translation>
    </message>
    <message>
        <source>%1 exists and is not a file; nothing was written</source>
        <translation>%1 existiert und ist keine Datei; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 exists and is not a Copydesk store; nothing was written (give --force to replace it)</source>
        <translation>%1 existiert und ist kein Copydesk-Datenbestand; es wurde nichts geschrieben (geben Sie --force an, um ihn zu ersetzen)</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>copying the store to %1</source>
        <translation>Kopieren des Datenbestands nach %1</translation>
    </message>
    <message>
        <source>the backup did not open: %1</source>
        <translation>die Sicherungskopie ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>the backup failed its integrity check (%1); nothing was written to %2</source>
        <translation>die Sicherungskopie hat die Integritätsprüfung nicht bestanden (%1); nach %2 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>checking the store</source>
        <translation>Prüfen des Datenbestands</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>Prüfen der Verweise</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>%1, Zeile %2, verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>checking the search index</source>
        <translation>Prüfen des Suchindex</translation>
    </message>
    <message>
        <source>the search index does not match the articles (%1)</source>
        <translation>der Suchindex stimmt nicht mit den Artikeln überein (%1)</translation>
    </message>
    <message>
        <source>schema %1 is older than %2 (run: copydesk db migrate)</source>
        <translation>Schema %1 ist älter als %2 (führen Sie aus: copydesk db migrate)</translation>
    </message>
    <message>
        <source>the store %1 is locked by another program and stayed locked beyond the 5 second wait while %2; nothing was changed, try again</source>
        <translation>der Datenbestand %1 ist von einem anderen Programm gesperrt und blieb beim %2 länger als die 5 Sekunden Wartezeit gesperrt; es wurde nichts geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store (%2)</source>
        <translation>%1 ist kein Copydesk-Datenbestand (%2)</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2) while %3; open a backup or run copydesk db check</source>
        <translation>der Datenbestand %1 erwies sich beim %3 als beschädigt (%2); öffnen Sie eine Sicherungskopie oder führen Sie copydesk db check aus</translation>
    </message>
    <message>
        <source>the disk holding %1 is full while %2; nothing was changed</source>
        <translation>der Datenträger mit %1 war beim %2 voll; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the store %1 is read-only while %2</source>
        <translation>der Datenbestand %1 war beim %2 schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot open the store %1 (%2)</source>
        <translation>der Datenbestand %1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>checking the connection</source>
        <translation>Prüfen der Verbindung</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>Vorbereiten der Verbindung</translation>
    </message>
    <message>
        <source>the newsroom server (%1) is still out of reach: %2</source>
        <translation>der Redaktionsserver (%1) ist weiterhin nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>this Copydesk cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>dieses Copydesk kann keinen PostgreSQL-Server erreichen: der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the server refused %1&apos;s password for %2</source>
        <translation>der Server hat das Passwort von %1 für %2 abgelehnt</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>dieser Anmeldung</translation>
    </message>
    <message>
        <source>cannot open %1: %2 (the server&apos;s administrator creates the database: createdb %3)</source>
        <translation>%1 kann nicht geöffnet werden: %2 (die Datenbank legt der Administrator des Servers an: createdb %3)</translation>
    </message>
    <message>
        <source>cannot reach the newsroom server for %1: %2</source>
        <translation>der Redaktionsserver für %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>reading the newsroom</source>
        <translation>Lesen der Redaktionsdaten</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk newsroom (its database holds other tables)</source>
        <translation>%1 ist keine Copydesk-Redaktion (ihre Datenbank enthält andere Tabellen)</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk newsroom (it is empty; set it up with: copydesk init --database %2)</source>
        <translation>%1 ist keine Copydesk-Redaktion (sie ist leer; richten Sie sie ein mit: copydesk init --database %2)</translation>
    </message>
    <message>
        <source>waiting for another machine&apos;s migration</source>
        <translation>Warten auf die Migration eines anderen Rechners</translation>
    </message>
    <message>
        <source>%1 exists and is not a newsroom backup; nothing was written (give --force to replace it)</source>
        <translation>%1 existiert und ist keine Sicherungskopie einer Redaktion; es wurde nichts geschrieben (geben Sie --force an, um sie zu ersetzen)</translation>
    </message>
    <message>
        <source>backing up a newsroom on a server needs PostgreSQL&apos;s pg_dump, which is not installed here (Debian: postgresql-client); nothing was written</source>
        <translation>zum Sichern einer Redaktion auf einem Server wird pg_dump von PostgreSQL benötigt, das hier nicht installiert ist (Debian: postgresql-client); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1 (%2); nothing was written to %3</source>
        <translation>pg_dump konnte %1 nicht sichern (%2); nach %3 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the search index cannot be read (%1)</source>
        <translation>der Suchindex kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the connection to the newsroom server (%1) was lost while %2; nothing was changed</source>
        <translation>die Verbindung zum Redaktionsserver (%1) ist beim %2 abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the newsroom %1 is locked by another program and stayed locked beyond the 5 second wait while %2; nothing was changed, try again</source>
        <translation>die Redaktion %1 ist von einem anderen Programm gesperrt und blieb beim %2 länger als die 5 Sekunden Wartezeit gesperrt; es wurde nichts geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the newsroom server refused this while %1: %2</source>
        <translation>der Redaktionsserver hat dies beim %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the newsroom server&apos;s disk is full while %1; nothing was changed</source>
        <translation>der Datenträger des Redaktionsservers war beim %1 voll; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>copydesk::db::DictionaryStore</name>
    <message>
        <source>adding &apos;%1&apos; to the dictionary</source>
        <translation>Hinzufügen von „%1“ zum Wörterbuch</translation>
    </message>
    <message>
        <source>removing &apos;%1&apos; from the dictionary</source>
        <translation>Entfernen von „%1“ aus dem Wörterbuch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in that dictionary</source>
        <translation>„%1“ ist nicht in diesem Wörterbuch</translation>
    </message>
    <message>
        <source>reading the dictionary</source>
        <translation>Lesen des Wörterbuchs</translation>
    </message>
    <message>
        <source>ignoring &apos;%1&apos;</source>
        <translation>Ignorieren von „%1“</translation>
    </message>
</context>
<context>
    <name>copydesk::db::ImageStore</name>
    <message>
        <source>keeping image %1</source>
        <translation>Aufbewahren von Bild %1</translation>
    </message>
    <message>
        <source>reading images</source>
        <translation>Lesen der Bilder</translation>
    </message>
    <message>
        <source>reading image %1</source>
        <translation>Lesen von Bild %1</translation>
    </message>
    <message>
        <source>no image %1 in the store</source>
        <translation>kein Bild %1 im Datenbestand</translation>
    </message>
</context>
<context>
    <name>copydesk::db::Journal</name>
    <message>
        <source>adding a note</source>
        <translation>Hinzufügen einer Notiz</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Protokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>reading sign-ins</source>
        <translation>Lesen der Anmeldungen</translation>
    </message>
</context>
<context>
    <name>copydesk::db::PeopleStore</name>
    <message>
        <source>adding %1</source>
        <translation>Hinzufügen von %1</translation>
    </message>
    <message>
        <source>there is already someone with the username %1</source>
        <translation>es gibt bereits jemanden mit dem Benutzernamen %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>Suchen von %1</translation>
    </message>
    <message>
        <source>there is nobody with the username %1</source>
        <translation>es gibt niemanden mit dem Benutzernamen %1</translation>
    </message>
    <message>
        <source>finding person %1</source>
        <translation>Suchen der Person %1</translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation>es gibt keine Person %1</translation>
    </message>
    <message>
        <source>listing people</source>
        <translation>Auflisten der Personen</translation>
    </message>
    <message>
        <source>counting people</source>
        <translation>Zählen der Personen</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>Aktualisieren von %1</translation>
    </message>
    <message>
        <source>storing a password</source>
        <translation>Speichern eines Passworts</translation>
    </message>
    <message>
        <source>ending appointment %1</source>
        <translation>Beenden der Ernennung %1</translation>
    </message>
    <message>
        <source>there is no appointment %1</source>
        <translation>es gibt keine Ernennung %1</translation>
    </message>
    <message>
        <source>reading appointment %1</source>
        <translation>Lesen der Ernennung %1</translation>
    </message>
    <message>
        <source>finding the section %1</source>
        <translation>Suchen des Ressorts %1</translation>
    </message>
    <message>
        <source>there is no section %1</source>
        <translation>es gibt kein Ressort %1</translation>
    </message>
    <message>
        <source>appointing %1</source>
        <translation>Ernennen von %1</translation>
    </message>
    <message>
        <source>reading appointments</source>
        <translation>Lesen der Ernennungen</translation>
    </message>
    <message>
        <source>making the server login of %1</source>
        <translation>Anlegen des Server-Logins von %1</translation>
    </message>
    <message>
        <source>closing the server login of %1</source>
        <translation>Schließen des Server-Logins von %1</translation>
    </message>
    <message>
        <source>finding the server login of %1</source>
        <translation>Suchen des Server-Logins von %1</translation>
    </message>
</context>
<context>
    <name>copydesk::db::RecoveryStore</name>
    <message>
        <source>keeping unsaved text</source>
        <translation>Aufbewahren von ungespeichertem Text</translation>
    </message>
    <message>
        <source>reading unsaved text</source>
        <translation>Lesen von ungespeichertem Text</translation>
    </message>
    <message>
        <source>clearing unsaved text</source>
        <translation>Löschen von ungespeichertem Text</translation>
    </message>
    <message>
        <source>reading the edit lock</source>
        <translation>Lesen der Bearbeitungssperre</translation>
    </message>
    <message>
        <source>being edited by %1 on %2 since %3</source>
        <translation>wird seit %3 von %1 auf %2 bearbeitet</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>taking the edit lock</source>
        <translation>Setzen der Bearbeitungssperre</translation>
    </message>
    <message>
        <source>releasing the edit lock</source>
        <translation>Aufheben der Bearbeitungssperre</translation>
    </message>
</context>
<context>
    <name>copydesk::db::ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address (postgresql://user@host/newsroom)</source>
        <translation>„%1“ ist keine Serveradresse (postgresql://user@host/newsroom)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address: %2</source>
        <translation>„%1“ ist keine gültige Serveradresse: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no database; write postgresql://user@host/newsroom</source>
        <translation>„%1“ nennt keine Datenbank; schreiben Sie postgresql://user@host/newsroom</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port</source>
        <translation>port „%1“ ist keine gültige Portnummer</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds</source>
        <translation>connect_timeout „%1“ ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option Copydesk knows in a server address (sslmode, host, port, user, connect_timeout)</source>
        <translation>„%1“ ist keine Option, die Copydesk in einer Serveradresse kennt (sslmode, host, port, user, connect_timeout)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port</source>
        <translation>„%1“ hat keinen gültigen Port</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>copydesk::db::SettingsStore</name>
    <message>
        <source>reading the setting %1</source>
        <translation>Lesen der Einstellung %1</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>Speichern der Einstellung %1</translation>
    </message>
    <message>
        <source>reading the permission table</source>
        <translation>Lesen der Berechtigungstabelle</translation>
    </message>
    <message>
        <source>writing the permission table</source>
        <translation>Schreiben der Berechtigungstabelle</translation>
    </message>
</context>
<context>
    <name>copydesk::db::StoreCopy</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>Zählen von %1</translation>
    </message>
    <message>
        <source>%1 has schema %2, not %3: migrate it first (copydesk db migrate)</source>
        <translation>%1 hat Schema %2, nicht %3: migrieren Sie zuerst (copydesk db migrate)</translation>
    </message>
    <message>
        <source>%1 already holds a newsroom; a copy goes only into an empty store (nothing was changed)</source>
        <translation>%1 enthält bereits eine Redaktion; eine Kopie kann nur in einen leeren Datenbestand geschrieben werden (es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>starting to read %1</source>
        <translation>Beginnen des Lesens von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <source>copying row %1 of %2</source>
        <translation>Kopieren der Zeile %1 von %2</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>Nummerieren von %1</translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 but %4 in the copy; nothing was written</source>
        <translation>%1: %2 Zeilen in %3, aber %4 in der Kopie; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>measuring the copied tables</source>
        <translation>Vermessen der kopierten Tabellen</translation>
    </message>
</context>
<context>
    <name>copydesk::db::StyleStore</name>
    <message>
        <source>reading the house style guide</source>
        <translation>Lesen des Hausstil-Leitfadens</translation>
    </message>
    <message>
        <source>reading the sections</source>
        <translation>Lesen der Ressorts</translation>
    </message>
    <message>
        <source>no section &apos;%1&apos;</source>
        <translation>kein Ressort „%1“</translation>
    </message>
    <message>
        <source>adding &apos;%1&apos; to the house style guide</source>
        <translation>Hinzufügen von „%1“ zum Hausstil-Leitfaden</translation>
    </message>
    <message>
        <source>removing rule %1 from the house style guide</source>
        <translation>Entfernen der Regel %1 aus dem Hausstil-Leitfaden</translation>
    </message>
    <message>
        <source>the house style guide has no rule %1</source>
        <translation>der Hausstil-Leitfaden enthält keine Regel %1</translation>
    </message>
</context>
<context>
    <name>copydesk::db::Transaction</name>
    <message>
        <source>rolling back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation>Beginnen eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>waiting for another writer</source>
        <translation>Warten auf einen anderen Schreibvorgang</translation>
    </message>
    <message>
        <source>the connection to the newsroom server (%1) was lost while committing; the change may or may not have been saved</source>
        <translation>die Verbindung zum Redaktionsserver (%1) ist beim Festschreiben abgebrochen; die Änderung wurde möglicherweise gespeichert, möglicherweise aber auch nicht</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Standfirst: the sentence under the headline</source>
        <translation>Vorspann: der Satz unter der Überschrift</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Ressort:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Autorenzeile:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>%1 · version %2 · updated %3</source>
        <translation>%1 · Version %2 · aktualisiert %3</translation>
    </message>
    <message>
        <source>New article, not saved yet</source>
        <translation>Neuer Artikel, noch nicht gespeichert</translation>
    </message>
    <message>
        <source> · read only: %1</source>
        <translation> · schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>(you, when saved)</source>
        <translation>(Sie, sobald gespeichert)</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add “%1” to My Dictionary</source>
        <translation>„%1“ zum persönlichen Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1” to House Dictionary</source>
        <translation>„%1“ zum Hauswörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1” in This Article</source>
        <translation>„%1“ in diesem Artikel ignorieren</translation>
    </message>
    <message>
        <source>Use “%1” (House Style)</source>
        <translation>„%1“ verwenden (Hausstil)</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Commissioned length</source>
        <translation>Bestellte Länge</translation>
    </message>
    <message>
        <source>The length asked for: the status bar and the list show the words against it, and submitting asks first when it is more than 10% over or under</source>
        <translation>Die bestellte Länge: Statusleiste und Liste zeigen die Wortzahl im Verhältnis dazu, und beim Einreichen wird zuerst nachgefragt, wenn sie um mehr als 10 % über- oder unterschritten wird</translation>
    </message>
    <message>
        <source>&amp;Commissioned:</source>
        <translation>Bes&amp;tellt:</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Länge der Überschrift</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1 / %2 characters: too long for the web</source>
        <translation>%1 / %2 Zeichen: zu lang für das Web</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ArticleListPanel</name>
    <message>
        <source>My Articles</source>
        <translation>Meine Artikel</translation>
    </message>
    <message>
        <source>Review Queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Search headlines, standfirsts and bodies</source>
        <translation>Überschriften, Vorspanne und Texte durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>Ressortfilter</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Ressorts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 new)</source>
        <translation>%1 (%2, %3 neu)</translation>
    </message>
    <message>
        <source>New since you last looked:
%1</source>
        <translation>Neu seit Ihrem letzten Blick:
%1</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::CheckSettingsDialog</name>
    <message>
        <source>Spelling and Style Settings</source>
        <translation>Einstellungen für Rechtschreibung und Stil</translation>
    </message>
    <message>
        <source>Checks for the whole newsroom:</source>
        <translation>Prüfungen für die gesamte Redaktion:</translation>
    </message>
    <message>
        <source>Skip words in capitals (NATO, BBC)</source>
        <translation>Wörter in Großbuchstaben überspringen (NATO, BBC)</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::CommentsPanel</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions</source>
        <translation>Alle &amp;Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Comments and suggestions</source>
        <translation>Kommentare und Änderungsvorschläge</translation>
    </message>
    <message>
        <source>Open a saved article to see its comments.</source>
        <translation>Öffnen Sie einen gespeicherten Artikel, um seine Kommentare zu sehen.</translation>
    </message>
    <message>
        <source>No comments yet. Select a passage and choose Review ▸ Insert Comment (Ctrl+Alt+M), or Suggest Edit to propose new wording.</source>
        <translation>Noch keine Kommentare. Markieren Sie eine Textstelle und wählen Sie Überprüfen ▸ Kommentar einfügen (Strg+Alt+M) oder Änderung vorschlagen, um eine neue Formulierung vorzuschlagen.</translation>
    </message>
    <message>
        <source>No comments on this article.</source>
        <translation>Keine Kommentare zu diesem Artikel.</translation>
    </message>
    <message>
        <source>%1 open · %2 resolved</source>
        <translation>%1 offen · %2 erledigt</translation>
    </message>
    <message>
        <source>Accept every open suggestion as one step</source>
        <translation>Alle offenen Änderungsvorschläge in einem Schritt annehmen</translation>
    </message>
    <message>
        <source>Every comment is resolved. Tick Show resolved to read them.</source>
        <translation>Alle Kommentare sind erledigt. Aktivieren Sie „Erledigte anzeigen“, um sie zu lesen.</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>erledigt von %1</translation>
    </message>
    <message>
        <source>Orphaned: the passage “%1” is no longer in the text.</source>
        <translation>Verwaist: Die Textstelle „%1“ steht nicht mehr im Text.</translation>
    </message>
    <message>
        <source>(delete)</source>
        <translation>(löschen)</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>The passage is no longer in the text</source>
        <translation>Die Textstelle steht nicht mehr im Text</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ConflictDialog</name>
    <message>
        <source>Someone saved this article first</source>
        <translation>Jemand hat diesen Artikel zuerst gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you were editing it (it is now at version %2; you started from version %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde von jemand anderem gespeichert, während Sie ihn bearbeitet haben (er ist jetzt bei Version %2; Sie sind von Version %3 ausgegangen).</translation>
    </message>
    <message>
        <source>Differences (saved → yours)</source>
        <translation>Unterschiede (gespeichert → Ihr Text)</translation>
    </message>
    <message>
        <source>Your text (not saved)</source>
        <translation>Ihr Text (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Saved version %1, %2</source>
        <translation>Gespeicherte Version %1, %2</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Keep &amp;Mine on Top</source>
        <translation>&amp;Meinen Text obenauf setzen</translation>
    </message>
    <message>
        <source>Save your text as a new version after the saved one; both stay in the history</source>
        <translation>Ihren Text als neue Version nach der gespeicherten speichern; beide bleiben im Verlauf erhalten</translation>
    </message>
    <message>
        <source>You may not save over this article now</source>
        <translation>Sie dürfen diesen Artikel derzeit nicht überschreiben</translation>
    </message>
    <message>
        <source>Save Mine as a &amp;Copy</source>
        <translation>Meinen Text als &amp;Kopie speichern</translation>
    </message>
    <message>
        <source>&amp;Take the Saved Version</source>
        <translation>Gespeicherte &amp;Version übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 Your text has not been saved and nothing was overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Ihr Text wurde nicht gespeichert, und es wurde nichts überschrieben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::DiffDialog</name>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>: deleted words struck through, inserted ones underlined</source>
        <translation>: gelöschte Wörter durchgestrichen, eingefügte unterstrichen</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::FindBar</name>
    <message>
        <source>Match c&amp;ase</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>Alle erset&amp;zen</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with (\1 or $1: a group of the expression)</source>
        <translation>Ersetzen durch (\1 oder $1: eine Gruppe des Ausdrucks)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Tell straight and typographic quotes and apostrophes apart (by default &apos; finds ’ and &quot; finds “ ”)</source>
        <translation>Gerade und typografische Anführungszeichen und Apostrophe unterscheiden (standardmäßig findet &apos; auch ’ und &quot; auch “ ”)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabetaste)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>888 of 888</source>
        <translation>888 von 888</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>from the top</source>
        <translation>von oben</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>vom Ende</translation>
    </message>
    <message>
        <source>Replaced 1</source>
        <translation>1 ersetzt</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <source>Exact &amp;quotes</source>
        <translation>Exa&amp;kte Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::HistoryPanel</name>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Restore &amp;Version</source>
        <translation>Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Compare a version with the current one, or two selected versions</source>
        <translation>Eine Version mit der aktuellen vergleichen oder zwei ausgewählte Versionen miteinander</translation>
    </message>
    <message>
        <source>Make the selected version the newest again (a new version; nothing is lost)</source>
        <translation>Die ausgewählte Version wieder zur neuesten machen (als neue Version; nichts geht verloren)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Write a note for the desk…</source>
        <translation>Eine Notiz für die Redaktion schreiben…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::HouseStyleDialog</name>
    <message>
        <source>Match &amp;case exactly</source>
        <translation>&amp;Groß-/Kleinschreibung genau beachten</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>House Style Guide</source>
        <translation>Hausstil-Leitfaden</translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation>Regel suchen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Groß/Klein</translation>
    </message>
    <message>
        <source>House style rules</source>
        <translation>Hausstil-Regeln</translation>
    </message>
    <message>
        <source>Kyiv</source>
        <translation>Kyiv</translation>
    </message>
    <message>
        <source>Kiev | Kiyv</source>
        <translation>Kiev | Kiyv</translation>
    </message>
    <message>
        <source>since 2022</source>
        <translation>seit 2022</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>English (every variety)</source>
        <translation>Englisch (alle Varianten)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Englisch (UK)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>Every section</source>
        <translation>Alle Ressorts</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>S&amp;chreiben:</translation>
    </message>
    <message>
        <source>&amp;Not (separate forms with |):</source>
        <translation>&amp;Nicht (Formen mit | trennen):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Ressort:</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>You can read the guide; %1.</source>
        <translation>Sie können den Leitfaden lesen; %1.</translation>
    </message>
    <message>
        <source>Import a Style Guide</source>
        <translation>Stil-Leitfaden importieren</translation>
    </message>
    <message>
        <source>Style guides (*.tsv *.txt)</source>
        <translation>Stil-Leitfäden (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Export the Style Guide</source>
        <translation>Stil-Leitfaden exportieren</translation>
    </message>
    <message>
        <source>Style guides (*.tsv)</source>
        <translation>Stil-Leitfäden (*.tsv)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 Regel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
    <message>
        <source>%1 of %2 rules</source>
        <translation>%1 von %2 Regeln</translation>
    </message>
    <message>
        <source>Added %1 of the file’s %2 rules; %3 were already in the guide.</source>
        <translation>%1 der %2 Regeln aus der Datei hinzugefügt; %3 waren bereits im Leitfaden.</translation>
    </message>
    <message>
        <source>Wrote %1 rules to %2.</source>
        <translation>%1 Regeln nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::IssuesPanel</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Spelling and style issues</source>
        <translation>Rechtschreib- und Stilprobleme</translation>
    </message>
    <message>
        <source>No spelling or style issues.</source>
        <translation>Keine Rechtschreib- oder Stilprobleme.</translation>
    </message>
    <message>
        <source>1 issue; double-click it to go to it.</source>
        <translation>1 Problem; doppelklicken Sie darauf, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>%1 issues; double-click one to go to it.</source>
        <translation>%1 Probleme; doppelklicken Sie auf eines, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply All &amp;House Style Fixes</source>
        <translation>A&amp;lle Hausstil-Anpassungen übernehmen</translation>
    </message>
    <message>
        <source>Write the house style’s form in place of the chosen issue’s words</source>
        <translation>Die Form des Hausstils anstelle der Wörter des ausgewählten Problems einsetzen</translation>
    </message>
    <message>
        <source>Every house style fix of the article, as one undo step</source>
        <translation>Alle Hausstil-Anpassungen des Artikels als ein einziger Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>Add to House &amp;Dictionary</source>
        <translation>Zum Hauswörterbuch hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Stop flagging the chosen word, for the whole newsroom</source>
        <translation>Das ausgewählte Wort nicht mehr markieren, für die ganze Redaktion</translation>
    </message>
    <message>
        <source>Unknown name</source>
        <translation>Unbekannter Name</translation>
    </message>
    <message>
        <source>%1 — %2 times</source>
        <translation>%1 — %2-mal</translation>
    </message>
    <message>
        <source>not in the dictionary: a name to add, or a slip</source>
        <translation>nicht im Wörterbuch: ein Name zum Hinzufügen oder ein Tippfehler</translation>
    </message>
    <message>
        <source>not in the dictionary, the same each time: a name to add, or a slip</source>
        <translation>nicht im Wörterbuch, jedes Mal gleich geschrieben: ein Name zum Hinzufügen oder ein Tippfehler</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::MainWindow</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No article open&lt;/p&gt;&lt;p&gt;Choose one from the list, or start a new one with %1.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Kein Artikel geöffnet&lt;/p&gt;&lt;p&gt;Wählen Sie einen aus der Liste oder beginnen Sie mit %1 einen neuen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History and Notes</source>
        <translation>Verlauf und Notizen</translation>
    </message>
    <message>
        <source>Spelling and Style</source>
        <translation>Rechtschreibung und Stil</translation>
    </message>
    <message>
        <source>Word not added</source>
        <translation>Wort nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Word not ignored</source>
        <translation>Wort nicht ignoriert</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation>%1 Min. Lesezeit</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Wiederherstellungskopie konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 — no current appointment</source>
        <translation>%1 — derzeit kein Amt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open a saved article to see its history</source>
        <translation>Öffnen Sie einen gespeicherten Artikel, um seinen Verlauf zu sehen</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Take the article over; they are told at their next save</source>
        <translation>Artikel übernehmen; wer ihn gerade bearbeitet, erfährt es beim nächsten Speichern</translation>
    </message>
    <message>
        <source>Cannot start an article</source>
        <translation>Artikel kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Could not open the article</source>
        <translation>Der Artikel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>

Your text is still in the editor.</source>
        <translation>

Ihr Text ist noch im Editor.</translation>
    </message>
    <message>
        <source>Saved “%1”, version %2</source>
        <translation>„%1“ gespeichert, Version %2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>“%1” is now %2</source>
        <translation>„%1“ ist jetzt %2</translation>
    </message>
    <message>
        <source>Cannot recover here</source>
        <translation>Wiederherstellung hier nicht möglich</translation>
    </message>
    <message>
        <source>Cannot take over</source>
        <translation>Übernahme nicht möglich</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2</source>
        <translation>Version %1 als Version %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel s&amp;chließen</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export Article…</source>
        <translation>Artikel &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy Body as &amp;HTML</source>
        <translation>Text als &amp;HTML kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Datenbestand öffnen…</translation>
    </message>
    <message>
        <source>New S&amp;tore…</source>
        <translation>Neuer Da&amp;tenbestand…</translation>
    </message>
    <message>
        <source>S&amp;witch Person…</source>
        <translation>&amp;Person wechseln…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation>&amp;Zwischenüberschrift</translation>
    </message>
    <message>
        <source>S&amp;mall Subheading</source>
        <translation>&amp;Kleine Zwischenüberschrift</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>K&amp;ursiv</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Zi&amp;tat</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>Aufzä&amp;hlungsliste</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>S&amp;ubmit for Review</source>
        <translation>Zur Prüfung &amp;einreichen</translation>
    </message>
    <message>
        <source>&amp;Return to Writer…</source>
        <translation>An den &amp;Autor zurückgeben…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Sp&amp;ike</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Ta&amp;ke Over Editing</source>
        <translation>&amp;Bearbeitung übernehmen</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Spelling and Style &amp;Settings…</source>
        <translation>&amp;Einstellungen für Rechtschreibung und Stil…</translation>
    </message>
    <message>
        <source>&amp;Newsroom Settings…</source>
        <translation>&amp;Redaktionseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>&amp;Über Copydesk</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>Über Copydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Ein Redaktionseditor für den Desktop.&lt;/p&gt;&lt;p&gt;Datenbestand: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Einen neuen Artikel beginnen</translation>
    </message>
    <message>
        <source>Save the article first</source>
        <translation>Speichern Sie den Artikel zuerst</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Öffnen Sie zuerst einen Artikel</translation>
    </message>
    <message>
        <source>%1: not available — %2</source>
        <translation>%1: nicht verfügbar — %2</translation>
    </message>
    <message>
        <source>Copydesk stores (*.sqlite);;All files (*)</source>
        <translation>Copydesk-Datenbestände (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Datenbestand</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenbestand öffnen</translation>
    </message>
    <message>
        <source>Could not open the store</source>
        <translation>Der Datenbestand konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>The body is on the clipboard as HTML</source>
        <translation>Der Text liegt als HTML in der Zwischenablage</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exporting the site…</source>
        <translation>Website wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export the Published Site To</source>
        <translation>Veröffentlichte Website exportieren nach</translation>
    </message>
    <message>
        <source>Site not exported</source>
        <translation>Website nicht exportiert</translation>
    </message>
    <message>
        <source>Site exported</source>
        <translation>Website exportiert</translation>
    </message>
    <message>
        <source>Could not create the account</source>
        <translation>Das Konto konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not add the demo newsroom</source>
        <translation>Die Demo-Redaktion konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Version %1 → version %2</source>
        <translation>Version %1 → Version %2</translation>
    </message>
    <message>
        <source>Newsroom server out of reach — your text is kept on this computer and saved when it is back</source>
        <translation>Redaktionsserver nicht erreichbar — Ihr Text bleibt auf diesem Computer und wird gespeichert, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Someone else saved this article (version %1) while you were editing; saving yours will show both versions side by side</source>
        <translation>Jemand anderes hat diesen Artikel gespeichert (Version %1), während Sie ihn bearbeitet haben; wenn Sie Ihre Fassung speichern, werden beide Versionen nebeneinander angezeigt</translation>
    </message>
    <message>
        <source>%1; your text stays here, and saving it will show the differences</source>
        <translation>%1; Ihr Text bleibt hier, und beim Speichern werden die Unterschiede angezeigt</translation>
    </message>
    <message>
        <source>Newsroom: %1</source>
        <translation>Redaktion: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
    <message>
        <source>The newsroom server is back</source>
        <translation>Der Redaktionsserver ist wieder erreichbar</translation>
    </message>
    <message>
        <source>The newsroom server is back: saved “%1”, version %2</source>
        <translation>Der Redaktionsserver ist wieder erreichbar: „%1“ gespeichert, Version %2</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your text is kept on this computer and will be saved when the server is back.</source>
        <translation>Noch nicht gespeichert: %1. Ihr Text bleibt auf diesem Computer und wird gespeichert, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>E&amp;xport Site…</source>
        <translation>Website e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Connect to Newsroom Se&amp;rver…</source>
        <translation>Mit &amp;Redaktionsserver verbinden…</translation>
    </message>
    <message>
        <source>U&amp;npublish…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Article exported</source>
        <translation>Artikel exportiert</translation>
    </message>
    <message>
        <source>“%1” was exported as a web page:
%2</source>
        <translation>„%1“ wurde als Webseite exportiert:
%2</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>Only the article: the list, panels and toolbars fold away</source>
        <translation>Nur der Artikel: Liste, Seitenleisten und Werkzeugleisten werden ausgeblendet</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles and WordPress exports (*.txt *.md *.markdown *.html *.htm *.xml);;All files (*)</source>
        <translation>Artikel und WordPress-Exporte (*.txt *.md *.markdown *.html *.htm *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Imported “%1” as a draft</source>
        <translation>„%1“ als Entwurf importiert</translation>
    </message>
    <message>
        <source>Imported %1 drafts</source>
        <translation>%1 Entwürfe importiert</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML files, or a WordPress export</source>
        <translation>Text-, Markdown- oder HTML-Dateien oder einen WordPress-Export importieren</translation>
    </message>
    <message>
        <source>%1 (the exports before it were imported)</source>
        <translation>%1 (die Exporte davor wurden importiert)</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: “%3”</source>
        <translation>Zurückgegeben von %1 am %2: „%3“</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New in your review queue: “%1”</source>
        <translation>Neu in Ihrer Prüfliste: „%1“</translation>
    </message>
    <message>
        <source>%1 new articles in your review queue: %2</source>
        <translation>%1 neue Artikel in Ihrer Prüfliste: %2</translation>
    </message>
    <message>
        <source>Copydesk: new in your review queue</source>
        <translation>Copydesk: neu in Ihrer Prüfliste</translation>
    </message>
    <message>
        <source>Review Queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;House Style Guide…</source>
        <translation>&amp;Hausstil-Leitfaden…</translation>
    </message>
    <message>
        <source>No house style fixes to make</source>
        <translation>Keine Hausstil-Anpassungen nötig</translation>
    </message>
    <message>
        <source>Made 1 house style fix</source>
        <translation>1 Hausstil-Anpassung vorgenommen</translation>
    </message>
    <message>
        <source>Made %1 house style fixes</source>
        <translation>%1 Hausstil-Anpassungen vorgenommen</translation>
    </message>
    <message>
        <source>&amp;Print Proof…</source>
        <translation>&amp;Korrekturabzug drucken…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find and Re&amp;place…</source>
        <translation>Suchen und &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Find &amp;Articles</source>
        <translation>&amp;Artikel suchen</translation>
    </message>
    <message>
        <source>Print Proof</source>
        <translation>Korrekturabzug drucken</translation>
    </message>
    <message>
        <source>Proof not printed</source>
        <translation>Korrekturabzug nicht gedruckt</translation>
    </message>
    <message>
        <source>Printed a proof of 1 page</source>
        <translation>Korrekturabzug mit 1 Seite gedruckt</translation>
    </message>
    <message>
        <source>Printed a proof of %1 pages</source>
        <translation>Korrekturabzug mit %1 Seiten gedruckt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>the article cannot be changed here now</source>
        <translation>der Artikel kann hier gerade nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <source>Insert &amp;Comment…</source>
        <translation>&amp;Kommentar einfügen…</translation>
    </message>
    <message>
        <source>&amp;Suggest Edit…</source>
        <translation>Änderung &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Accepted a suggestion: save to keep it</source>
        <translation>Änderungsvorschlag angenommen: speichern Sie, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Accepted %1 suggestions: save to keep them</source>
        <translation>%1 Änderungsvorschläge angenommen: speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>Ko&amp;mmentare anzeigen</translation>
    </message>
    <message>
        <source>Save the article first: comments point at the saved text</source>
        <translation>Speichern Sie den Artikel zuerst: Kommentare beziehen sich auf den gespeicherten Text</translation>
    </message>
    <message>
        <source>Comment on the selected passage; the comment shows beside it</source>
        <translation>Die markierte Textstelle kommentieren; der Kommentar erscheint daneben</translation>
    </message>
    <message>
        <source>Propose new wording for the selected passage, for the author to accept</source>
        <translation>Eine neue Formulierung für die markierte Textstelle vorschlagen, die der Autor annehmen kann</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>Kommentar nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Insert Comment</source>
        <translation>Kommentar einfügen</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Kommentar zu „%1“:</translation>
    </message>
    <message>
        <source>Suggestion not added</source>
        <translation>Änderungsvorschlag nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Suggest Edit</source>
        <translation>Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Instead of “%1”, write (empty to delete it):</source>
        <translation>Anstelle von „%1“ schreiben (leer lassen, um die Textstelle zu löschen):</translation>
    </message>
    <message>
        <source>Open or start an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Photo…</source>
        <translation>&amp;Foto…</translation>
    </message>
    <message>
        <source>A photo at the cursor, with its caption, credit and alt text (or paste or drop one)</source>
        <translation>Ein Foto an der Cursorposition, mit Bildunterschrift, Bildnachweis und Alternativtext (oder fügen Sie eines aus der Zwischenablage ein oder ziehen Sie es hierher)</translation>
    </message>
    <message>
        <source>&amp;Lead Photo…</source>
        <translation>&amp;Aufmacherfoto…</translation>
    </message>
    <message>
        <source>The photo above the headline</source>
        <translation>Das Foto über der Überschrift</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::NewsroomSettingsDialog</name>
    <message>
        <source>Newsroom Settings</source>
        <translation>Redaktionseinstellungen</translation>
    </message>
    <message>
        <source>One per line: About us | https://…</source>
        <translation>Ein Link pro Zeile: Über uns | https://…</translation>
    </message>
    <message>
        <source>https://news.example.org (for canonical links and the feed)</source>
        <translation>https://news.example.org (für kanonische Links und den Feed)</translation>
    </message>
    <message>
        <source>Publication &amp;name:</source>
        <translation>&amp;Name der Publikation:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Über uns:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Website-Adresse:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>&amp;Web headline limit:</source>
        <translation>&amp;Höchstlänge der Überschrift im Web:</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PhotoDesk</name>
    <message>
        <source>This photo&apos;s image is not in the store</source>
        <translation>Das Bild dieses Fotos ist nicht im Datenbestand</translation>
    </message>
    <message>
        <source>Lead Photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message>
        <source>Insert Photo</source>
        <translation>Foto einfügen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Lead photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message>
        <source>Add Lead Photo…</source>
        <translation>Aufmacherfoto hinzufügen…</translation>
    </message>
    <message>
        <source>The photo above the headline (or drop an image file here)</source>
        <translation>Das Foto über der Überschrift (oder ziehen Sie eine Bilddatei hierher)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Lead photo not added</source>
        <translation>Aufmacherfoto nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>Foto nicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the picture pasted</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>Photo not replaced</source>
        <translation>Foto nicht ersetzt</translation>
    </message>
    <message>
        <source>Photo not moved</source>
        <translation>Foto nicht verschoben</translation>
    </message>
    <message>
        <source>Photo not removed</source>
        <translation>Foto nicht entfernt</translation>
    </message>
    <message>
        <source>Edit Photo…</source>
        <translation>Foto bearbeiten…</translation>
    </message>
    <message>
        <source>Photo Details…</source>
        <translation>Fotodetails…</translation>
    </message>
    <message>
        <source>Move Photo Up</source>
        <translation>Foto nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Photo Down</source>
        <translation>Foto nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Lead photo not removed</source>
        <translation>Aufmacherfoto nicht entfernt</translation>
    </message>
    <message>
        <source>No lead photo: add one, or drop an image file here.</source>
        <translation>Kein Aufmacherfoto: Fügen Sie eines hinzu oder ziehen Sie eine Bilddatei hierher.</translation>
    </message>
    <message>
        <source>(not in the store)</source>
        <translation>(nicht im Datenbestand)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Bildunterschrift)</translation>
    </message>
    <message>
        <source>Lead photo not replaced</source>
        <translation>Aufmacherfoto nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PhotoDialog</name>
    <message>
        <source>Lead Photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>(the image is not in the store)</source>
        <translation>(das Bild ist nicht im Datenbestand)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>aufgenommen am %1</translation>
    </message>
    <message>
        <source>What is happening, who is in it</source>
        <translation>Was geschieht, wer ist zu sehen</translation>
    </message>
    <message>
        <source>Photo: Name / Agency</source>
        <translation>Foto: Name / Agentur</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Was das Foto zeigt, für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>A&amp;lternativtext:</translation>
    </message>
    <message>
        <source>R&amp;eplace Image…</source>
        <translation>Bild e&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Another picture in its place, with these words</source>
        <translation>Ein anderes Bild an seiner Stelle, mit diesen Texten</translation>
    </message>
    <message>
        <source>Re&amp;move Photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Vorschau — %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>The page exactly as readers will see it, in your web browser</source>
        <translation>Die Seite genau so, wie Leser sie sehen werden, in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>The preview could not be written to %1: %2</source>
        <translation>Die Vorschau konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No web browser opened %1.</source>
        <translation>Kein Webbrowser hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.
Save them before going on?</source>
        <translation>„%1“ enthält Änderungen, die nicht gespeichert sind.
Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>This article is published. Say what was corrected; the note is kept and shown with the article:</source>
        <translation>Dieser Artikel ist veröffentlicht. Geben Sie an, was korrigiert wurde; die Notiz wird aufbewahrt und mit dem Artikel angezeigt:</translation>
    </message>
    <message>
        <source>Note required</source>
        <translation>Notiz erforderlich</translation>
    </message>
    <message>
        <source>To %1 “%2”, write a note saying why. It is kept with the article and shown to its authors:</source>
        <translation>Um „%2“ %1 zu können, schreiben Sie eine Notiz mit der Begründung. Sie wird beim Artikel aufbewahrt und seinen Autoren angezeigt:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Unresolved spelling and style issues</source>
        <translation>Offene Rechtschreib- und Stilprobleme</translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation>&amp;Trotzdem einreichen</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…); empty to remove the link:</source>
        <translation>Adresse (https://…, mailto:…); leer lassen, um den Link zu entfernen:</translation>
    </message>
    <message>
        <source>A correction needs a note saying what was corrected.</source>
        <translation>Eine Korrektur braucht eine Notiz, die angibt, was korrigiert wurde.</translation>
    </message>
    <message>
        <source>Write the note to %1 the article.</source>
        <translation>Schreiben Sie die Notiz, um den Artikel %1 zu können.</translation>
    </message>
    <message>
        <source>This article has an unresolved spelling or style issue:

%2

Submit it for review anyway?</source>
        <translation>Dieser Artikel hat ein offenes Rechtschreib- oder Stilproblem:

%2

Trotzdem zur Prüfung einreichen?</translation>
    </message>
    <message>
        <source>This article has %1 unresolved spelling or style issues:

%2

Submit it for review anyway?</source>
        <translation>Dieser Artikel hat %1 offene Rechtschreib- oder Stilprobleme:

%2

Trotzdem zur Prüfung einreichen?</translation>
    </message>
    <message>
        <source>&amp;Silent fix of a typo: no public correction (at most %1 words; the audit log keeps it)</source>
        <translation>&amp;Stille Berichtigung eines Tippfehlers: keine öffentliche Korrektur (höchstens %1 Wörter; das Prüfprotokoll hält es fest)</translation>
    </message>
    <message>
        <source>• Open comment on “%1”: %2</source>
        <translation>• Offener Kommentar zu „%1“: %2</translation>
    </message>
    <message>
        <source>Open comments and issues</source>
        <translation>Offene Kommentare und Probleme</translation>
    </message>
    <message>
        <source>This article still has open comments on its text, or issues:

%1

Submit it for review anyway?</source>
        <translation>Dieser Artikel hat noch offene Kommentare zum Text oder offene Probleme:

%1

Trotzdem zur Prüfung einreichen?</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::RecoveryDialog</name>
    <message>
        <source>Unsaved changes to “%1” from %2 (saved version %3 → your text)</source>
        <translation>Ungespeicherte Änderungen an „%1“ vom %2 (gespeicherte Version %3 → Ihr Text)</translation>
    </message>
    <message>
        <source>A new article that was never saved, from %1</source>
        <translation>Ein neuer, nie gespeicherter Artikel vom %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ReviewDesk</name>
    <message>
        <source>Save the article to comment on it: comments point at the saved text.</source>
        <translation>Speichern Sie den Artikel, um ihn zu kommentieren: Kommentare beziehen sich auf den gespeicherten Text.</translation>
    </message>
    <message>
        <source>%1 suggests: %2</source>
        <translation>%1 schlägt vor: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the article first: comments point at the saved text.</source>
        <translation>Speichern Sie den Artikel zuerst: Kommentare beziehen sich auf den gespeicherten Text.</translation>
    </message>
    <message>
        <source>Select the passage the comment is about, then try again.</source>
        <translation>Markieren Sie die Textstelle, auf die sich der Kommentar bezieht, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Suggestion not added</source>
        <translation>Änderungsvorschlag nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>Kommentar nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Reply not added</source>
        <translation>Antwort nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Comment not resolved</source>
        <translation>Kommentar nicht als erledigt markiert</translation>
    </message>
    <message>
        <source>Comment not reopened</source>
        <translation>Kommentar nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>Comment not deleted</source>
        <translation>Kommentar nicht gelöscht</translation>
    </message>
    <message>
        <source>Suggestion not rejected</source>
        <translation>Änderungsvorschlag nicht abgelehnt</translation>
    </message>
    <message>
        <source>Suggestion not accepted</source>
        <translation>Änderungsvorschlag nicht angenommen</translation>
    </message>
    <message>
        <source>Suggestions not accepted</source>
        <translation>Änderungsvorschläge nicht angenommen</translation>
    </message>
    <message>
        <source>Save your changes first: comments point at the saved text, which everyone else reads.</source>
        <translation>Speichern Sie zuerst Ihre Änderungen: Kommentare beziehen sich auf den gespeicherten Text, den alle anderen lesen.</translation>
    </message>
    <message>
        <source>There is no such open suggestion here.</source>
        <translation>Hier gibt es keinen solchen offenen Änderungsvorschlag.</translation>
    </message>
    <message>
        <source>The passage has changed since the suggestion was made: it no longer reads as it did.</source>
        <translation>Die Textstelle hat sich seit dem Vorschlag geändert: Sie lautet nicht mehr wie damals.</translation>
    </message>
    <message>
        <source>Suggestion not recorded as accepted</source>
        <translation>Vorschlag nicht als angenommen vermerkt</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ServerDialog</name>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation>Mit Redaktionsserver verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;A newsroom shared by many machines lives on a PostgreSQL server. Your newsroom&apos;s administrator gives you these details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Redaktion, die von vielen Rechnern gemeinsam genutzt wird, liegt auf einem PostgreSQL-Server. Diese Angaben erhalten Sie vom Administrator Ihrer Redaktion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es unterstützt (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Immer verschlüsseln (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Verschlüsseln und das Zertifikat des Servers prüfen (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt, on a trusted network only (disable)</source>
        <translation>Nie verschlüsseln, nur in vertrauenswürdigen Netzen (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Newsroom database:</source>
        <translation>&amp;Redaktionsdatenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Geben Sie den Namen der Redaktionsdatenbank ein.</translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation>Geben Sie Ihren Anmeldenamen auf dem Server ein.</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SignInDialog</name>
    <message>
        <source>Sign In to Copydesk</source>
        <translation>Bei Copydesk anmelden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei &lt;b&gt;%1&lt;/b&gt; anmelden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SiteImportDialog</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Kept as changed here</source>
        <translation>Hier geändert und beibehalten</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>The WordPress export %1 holds %2.</source>
        <translation>Der WordPress-Export %1 enthält %2.</translation>
    </message>
    <message>
        <source>The WordPress export %1 brought %2.</source>
        <translation>Der WordPress-Export %1 brachte %2.</translation>
    </message>
    <message>
        <source>New: %1. Updated: %2. Unchanged: %3. Kept as changed here since the last import: %4.</source>
        <translation>Neu: %1. Aktualisiert: %2. Unverändert: %3. Seit dem letzten Import hier geändert und beibehalten: %4.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>New people, without a password until one is set: %1.</source>
        <translation>Neue Personen, ohne Passwort, bis eines gesetzt wird: %1.</translation>
    </message>
    <message>
        <source>Added people, without a password until one is set: %1.</source>
        <translation>Hinzugefügte Personen, ohne Passwort, bis eines gesetzt wird: %1.</translation>
    </message>
    <message>
        <source>New sections: %1.</source>
        <translation>Neue Ressorts: %1.</translation>
    </message>
    <message>
        <source>Slugs already taken (these get a number): %1.</source>
        <translation>Bereits vergebene Slugs (diese erhalten eine Nummer): %1.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Wurde zu</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>The first %1 posts of %2.</source>
        <translation>Die ersten %1 von %2 Beiträgen.</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>Slug taken: %1</source>
        <translation>Slug bereits vergeben: %1</translation>
    </message>
    <message>
        <source>What is skipped, and what changes on the way in:</source>
        <translation>Was übersprungen wird und was sich beim Import ändert:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Bylines of people already here: %1.</source>
        <translation>Autorenzeilen bereits vorhandener Personen: %1.</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::StaffDialog</name>
    <message>
        <source>Can sign in</source>
        <translation>Kann sich anmelden</translation>
    </message>
    <message>
        <source>&amp;Save Details</source>
        <translation>Details &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Appoint…</source>
        <translation>&amp;Ernennen…</translation>
    </message>
    <message>
        <source>&amp;End Appointment</source>
        <translation>Amt &amp;beenden</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Amtszeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>A sentence or two for the author box</source>
        <translation>Ein oder zwei Sätze für den Autorenkasten</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Name in bylines:</source>
        <translation>&amp;Name in Autorenzeilen:</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Kurzbiografie:</translation>
    </message>
    <message>
        <source>Appointments (ended ones stay for the author box):</source>
        <translation>Ämter (beendete bleiben für den Autorenkasten erhalten):</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <source>Appoint</source>
        <translation>Ernennen</translation>
    </message>
    <message>
        <source>e.g. Global Editor</source>
        <translation>z. B. Auslandsredakteur</translation>
    </message>
    <message>
        <source>e.g. 2019/20</source>
        <translation>z. B. 2019/20</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Ressort:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>Amts&amp;zeit:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Select an appointment to end</source>
        <translation>Wählen Sie das Amt aus, das beendet werden soll</translation>
    </message>
    <message>
        <source>Set Pass&amp;word…</source>
        <translation>Pass&amp;wort festlegen…</translation>
    </message>
    <message>
        <source>%1 (%2), no password yet</source>
        <translation>%1 (%2), noch kein Passwort</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation>Ein neues Passwort für %1.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::WelcomeDialog</name>
    <message>
        <source>An &amp;empty newsroom</source>
        <translation>Eine &amp;leere Redaktion</translation>
    </message>
    <message>
        <source>A &amp;demo newsroom: a student paper with staff and six articles</source>
        <translation>Eine &amp;Demo-Redaktion: eine Studentenzeitung mit Personal und sechs Artikeln</translation>
    </message>
    <message>
        <source>Welcome to Copydesk</source>
        <translation>Willkommen bei Copydesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Copydesk&lt;/h2&gt;&lt;p&gt;This store is new. Make the first account: it administers the newsroom and is its editor-in-chief. You can add staff later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Copydesk&lt;/h2&gt;&lt;p&gt;Dieser Datenbestand ist neu. Legen Sie das erste Konto an: Es verwaltet die Redaktion und ist ihr Chefredakteur. Weitere Personen können Sie später hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>one word, e.g. jdoe</source>
        <translation>ein Wort, z. B. jdoe</translation>
    </message>
    <message>
        <source>as it appears in bylines</source>
        <translation>wie in Autorenzeilen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>The username is one word, without spaces.</source>
        <translation>Der Benutzername muss ein einzelnes Wort ohne Leerzeichen sein.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
</TS>
