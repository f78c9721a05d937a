#pragma once

#include <QTextFormat>
#include <QTextListFormat>

class QTextBlock;
class QTextCursor;

namespace copydesk::app {

// The newsroom semantics of an article body inside a QTextDocument, in one place: what makes a
// block a subheading or a quotation, and how a format change is applied. The Markdown reader,
// the paste filter and the editor's toolbar all go through here, so the editor can only produce
// what the Markdown writer can write.
namespace bodyformat {

// The first number of an ordered list (Qt 6.4's QTextListFormat has no start property).
constexpr int ListStartProperty = QTextFormat::UserProperty + 1;

// Subheadings are levels 2 and 3: level 1 is the headline, which is not part of the body.
constexpr int FirstSubheadingLevel = 2;
constexpr int LastSubheadingLevel = 3;

int headingLevel(const QTextBlock &block); // 0 for a paragraph
int quoteLevel(const QTextBlock &block);

// Makes the blocks under the cursor subheadings of the given level, or paragraphs with 0.
void setHeading(QTextCursor &cursor, int level);
// Makes the blocks under the cursor plain paragraphs: no subheading, out of any quote and list.
void makeParagraph(QTextCursor &cursor);
// Puts the blocks under the cursor inside a block quote (level 1) or takes them out (level 0).
void setQuoteLevel(QTextCursor &cursor, int level);
// Puts the blocks under the cursor into a list of that style, or out of it if already there.
void toggleList(QTextCursor &cursor, QTextListFormat::Style style);

void setBold(QTextCursor &cursor, bool on);
void setItalic(QTextCursor &cursor, bool on);
// Makes the selection a link to href; an empty href removes the link.
void setLink(QTextCursor &cursor, const QString &href);

// The block and character formats the reader uses, so typed and read text look the same.
QTextBlockFormat blockFormat(int headingLevel, int quoteLevel);
QTextCharFormat headingCharFormat(int level);
QTextCharFormat linkCharFormat(const QString &href);

} // namespace bodyformat
} // namespace copydesk::app
