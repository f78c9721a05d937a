#pragma once

#include <QString>

class QTextDocument;

namespace copydesk::app {

// Reads a CommonMark body into a QTextDocument for the editor, through cmark-gfm's parser.
// Only the newsroom's semantics arrive: paragraphs, two levels of subheading, bold, italic,
// strikethrough, code, links, block quotes and lists (nested). The rest is reduced: raw HTML and
// code blocks become plain text, an image becomes a link to it, a thematic break is dropped,
// the later paragraphs of a list item join its first with a line break.
class MarkdownReader final
{
public:
    static void read(const QString &markdown, QTextDocument *document);
};

} // namespace copydesk::app
