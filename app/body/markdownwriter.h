#pragma once

#include <QString>
#include <QStringList>

class QTextDocument;

namespace copydesk::app {

struct Photo;

// Writes an editor document as CommonMark, the stored form of a body. This is our own code, not
// QTextDocument::toMarkdown(): Qt 6.4's writer puts "- > item" after a block quote, writes
// underline as _x_ and escapes too little for text full of '*', '#' and "1." to survive.
//
// The output is normalized: one blank line between blocks, "-" bullets (alternating with "*"
// only where two lists touch), "1." numbering, "**" and "*" for bold and italic, "~~" for
// strikethrough, ATX subheadings "##" and "###", "> " quotes, and only the escapes CommonMark
// needs. Writing what MarkdownReader read from this output gives the same text again.
class MarkdownWriter final
{
public:
    static QString write(const QTextDocument *document);
    // A body from paragraphs of plain text, escaped so that nothing in them reads as markup:
    // what write() gives for a document of those paragraphs, without building one.
    static QString fromParagraphs(const QStringList &paragraphs);
    // The image a photo is written as (see Photo): ![alt](media:SHA "caption&#10;credit").
    static QString photo(const Photo &photo);
};

} // namespace copydesk::app
