#include "app/body/bodyformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <functional>

namespace copydesk::app::bodyformat {

namespace {

constexpr qreal QuoteIndent = 28.0;
constexpr qreal ParagraphSpacing = 8.0;

// Calls fn for every block touched by the cursor (its selection, or the block it is in).
void forEachBlock(const QTextCursor &cursor, const std::function<void(QTextBlock)> &fn)
{
    QTextDocument *doc = cursor.document();
    QTextBlock block = doc->findBlock(cursor.selectionStart());
    const QTextBlock last = doc->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        fn(block);
        if (block == last)
            break;
        block = block.next();
    }
}

// Rewrites the character format of every piece of text in the selection (or of the block when
// nothing is selected) through fn; used where a property must be removed rather than merged.
void rewriteCharFormats(QTextCursor &cursor, const std::function<void(QTextCharFormat &)> &fn,
                        bool wholeBlocks)
{
    QTextDocument *doc = cursor.document();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    if (wholeBlocks || start == end) {
        start = doc->findBlock(start).position();
        const QTextBlock last = doc->findBlock(end);
        end = last.position() + last.length() - 1;
    }
    QList<std::pair<QTextCursor, QTextCharFormat>> edits;
    for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = qMax(start, fragment.position());
            const int to = qMin(end, fragment.position() + fragment.length());
            if (from >= to)
                continue;
            QTextCursor piece(doc);
            piece.setPosition(from);
            piece.setPosition(to, QTextCursor::KeepAnchor);
            QTextCharFormat format = fragment.charFormat();
            fn(format);
            edits.append({ piece, format });
        }
        if (wholeBlocks) {
            // The block's own character format is what new text typed into it takes.
            QTextCharFormat blockChar = block.charFormat();
            fn(blockChar);
            QTextCursor(block).setBlockCharFormat(blockChar);
        }
    }
    for (auto &[piece, format] : edits)
        piece.setCharFormat(format);
}

// Takes the blocks under the cursor out of any list, unindented.
void leaveLists(QTextCursor &cursor)
{
    forEachBlock(cursor, [](QTextBlock block) {
        if (QTextList *list = block.textList()) {
            list->remove(block);
            QTextCursor c(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            c.setBlockFormat(format);
        }
    });
}

} // namespace

int headingLevel(const QTextBlock &block)
{
    const int level = block.blockFormat().headingLevel();
    if (level <= 0)
        return 0;
    return qBound(FirstSubheadingLevel, level, LastSubheadingLevel);
}

int quoteLevel(const QTextBlock &block)
{
    return block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
}

QTextBlockFormat blockFormat(int heading, int quote)
{
    QTextBlockFormat format;
    format.setBottomMargin(ParagraphSpacing);
    if (heading > 0) {
        format.setHeadingLevel(qBound(FirstSubheadingLevel, heading, LastSubheadingLevel));
        format.setTopMargin(10);
        format.setBottomMargin(4);
    }
    if (quote > 0) {
        format.setProperty(QTextFormat::BlockQuoteLevel, quote);
        format.setLeftMargin(QuoteIndent * quote);
        format.setRightMargin(QuoteIndent);
    }
    return format;
}

QTextCharFormat headingCharFormat(int level)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setProperty(QTextFormat::FontSizeAdjustment, level <= FirstSubheadingLevel ? 2 : 1);
    return format;
}

QTextCharFormat linkCharFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setFontUnderline(true);
    format.setForeground(QColor(0x1a, 0x5f, 0xb4));
    return format;
}

void setHeading(QTextCursor &cursor, int level)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](QTextBlock block) {
        QTextCursor c(block);
        QTextBlockFormat format = block.blockFormat();
        if (level > 0) {
            format.setHeadingLevel(qBound(FirstSubheadingLevel, level, LastSubheadingLevel));
            format.setTopMargin(10);
            format.setBottomMargin(4);
        } else {
            format.clearProperty(QTextFormat::HeadingLevel);
            format.clearProperty(QTextFormat::BlockTopMargin);
            format.clearProperty(QTextFormat::BlockBottomMargin);
        }
        c.setBlockFormat(format);
    });
    rewriteCharFormats(
        cursor,
        [level](QTextCharFormat &format) {
            if (level > 0) {
                format.merge(headingCharFormat(level));
            } else {
                format.clearProperty(QTextFormat::FontWeight);
                format.clearProperty(QTextFormat::FontSizeAdjustment);
            }
        },
        true);
    cursor.endEditBlock();
}

void setQuoteLevel(QTextCursor &cursor, int level)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](QTextBlock block) {
        QTextCursor c(block);
        QTextBlockFormat format = block.blockFormat();
        if (level > 0) {
            format.setProperty(QTextFormat::BlockQuoteLevel, level);
            format.setLeftMargin(QuoteIndent * level);
            format.setRightMargin(QuoteIndent);
        } else {
            format.clearProperty(QTextFormat::BlockQuoteLevel);
            format.clearProperty(QTextFormat::BlockLeftMargin);
            format.clearProperty(QTextFormat::BlockRightMargin);
        }
        c.setBlockFormat(format);
    });
    cursor.endEditBlock();
}

void makeParagraph(QTextCursor &cursor)
{
    cursor.beginEditBlock();
    setHeading(cursor, 0);
    setQuoteLevel(cursor, 0);
    leaveLists(cursor);
    cursor.endEditBlock();
}

void toggleList(QTextCursor &cursor, QTextListFormat::Style style)
{
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        leaveLists(cursor);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(style);
        format.setIndent(1);
        cursor.createList(format);
    }
    cursor.endEditBlock();
}

void setBold(QTextCursor &cursor, bool on)
{
    QTextCharFormat format;
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    cursor.mergeCharFormat(format);
}

void setItalic(QTextCursor &cursor, bool on)
{
    QTextCharFormat format;
    format.setFontItalic(on);
    cursor.mergeCharFormat(format);
}

void setLink(QTextCursor &cursor, const QString &href)
{
    if (!href.isEmpty()) {
        cursor.mergeCharFormat(linkCharFormat(href));
        return;
    }
    rewriteCharFormats(
        cursor,
        [](QTextCharFormat &format) {
            format.clearProperty(QTextFormat::IsAnchor);
            format.clearProperty(QTextFormat::AnchorHref);
            format.clearProperty(QTextFormat::TextUnderlineStyle);
            format.clearProperty(QTextFormat::FontUnderline);
            format.clearProperty(QTextFormat::ForegroundBrush);
        },
        false);
}

} // namespace copydesk::app::bodyformat
