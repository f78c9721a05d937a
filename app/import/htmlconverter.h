#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace copydesk::app {

// HTML reduced to a news body in CommonMark, and what was changed on the way that a person
// should know about (an image kept as a link, a shortcode kept as text).
struct ConvertedHtml
{
    QString headline; // only for a whole page: its <h1>, else its <title>
    QString body; // CommonMark, normalized as a save writes it
    QStringList notes; // one sentence each, in the order met
};

// Reads HTML as a browser does (the Gumbo HTML5 parser: entities decoded, broken nesting
// repaired) and keeps the newsroom's semantics only: paragraphs, subheadings (h1 and h2 become
// "##", the rest "###"), bold, italic, strikethrough, links, block quotes and lists. Scripts,
// styles, forms and comments are removed; an image, an iframe, a video or an audio file becomes
// a link to it, with a note. The body is built as the editor's document and written by
// MarkdownWriter, so reading it back gives the same body again.
class HtmlConverter final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::HtmlConverter)

public:
    // A fragment of HTML: a pasted selection, a WordPress post once prepared.
    static ConvertedHtml fromFragment(const QString &html);

    // The content of a WordPress post: block-editor comments removed, paragraphs made from
    // blank lines and line breaks from single newlines (WordPress's wpautop rule), a URL on a
    // line of its own (an embed) and [embed], [audio] and [video] shortcodes kept as links,
    // [caption] unwrapped, and every other shortcode kept as visible text; each one noted.
    static ConvertedHtml fromWordPress(const QString &content);

    // A whole article page: the headline from its first <h1> (else its <title>), the body from
    // its <article> (else <main>, else <body>), leaving out page furniture: navigation, headers
    // and footers outside the article, asides, forms and comment sections.
    static ConvertedHtml fromPage(const QString &html);

    // The text of an HTML fragment on one line, for a plain field (a standfirst from an excerpt).
    static QString plainText(const QString &html);

    // WordPress's wpautop: paragraphs from blank lines, <br> from single newlines, none inside
    // <pre> or between block elements. Exposed for tests.
    static QString autoParagraphs(const QString &content);
};

} // namespace copydesk::app
