#include "app/body/markdownreader.h"

#include "app/body/bodyformat.h"
#include "app/body/commonmark.h"
#include "app/body/photos.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <cmark-gfm.h>
#include <cstring>

namespace copydesk::app {

namespace {

QString literalOf(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

class Builder
{
public:
    explicit Builder(QTextDocument *document)
        : m_document(document)
        , m_cursor(document)
    { }

    void block(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_DOCUMENT:
            children(node);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            ++m_quote;
            children(node);
            --m_quote;
            break;
        case CMARK_NODE_LIST: {
            List list;
            list.format.setStyle(cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                                     ? QTextListFormat::ListDecimal
                                     : QTextListFormat::ListDisc);
            list.format.setIndent(m_lists.size() + 1);
            const int start = cmark_node_get_list_start(node);
            if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST && start != 1)
                list.format.setProperty(bodyformat::ListStartProperty, start);
            m_lists.append(list);
            children(node);
            m_lists.removeLast();
            break;
        }
        case CMARK_NODE_ITEM:
            m_lists.last().itemBlock = -1;
            children(node);
            break;
        case CMARK_NODE_PARAGRAPH: {
            // The lead photo is kept beside the text (photos::setLead), not in it.
            cmark_node *only = cmark_node_first_child(node);
            if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_IMAGE
                && m_lists.isEmpty() && m_quote == 0 && !photos::lead(m_document)) {
                const auto photo = photos::fromImageNode(only);
                if (photo && photos::standsAsLead(only, *photo)) {
                    photos::setLead(m_document, photo);
                    break;
                }
            }
            leaf(node, 0);
            break;
        }
        case CMARK_NODE_HEADING:
            leaf(node, qMax(bodyformat::FirstSubheadingLevel, cmark_node_get_heading_level(node)));
            break;
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK: {
            // Not part of a news body: kept as plain text, one paragraph per line.
            const auto lines = literalOf(node).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                startBlock(0);
                m_cursor.insertText(line.trimmed(), m_charFormat);
            }
            break;
        }
        default:
            // Thematic breaks and anything unknown carry no newsroom meaning.
            break;
        }
    }

private:
    struct List
    {
        QTextListFormat format;
        QTextList *list = nullptr;
        int itemBlock = -1; // position of the current item's block, -1 before its first
    };

    void children(cmark_node *node)
    {
        for (cmark_node *child = cmark_node_first_child(node); child;
             child = cmark_node_next(child))
            block(child);
    }

    // Starts a new block for a paragraph or heading, or continues the current list item.
    void leaf(cmark_node *node, int heading)
    {
        const QTextCharFormat saved = m_charFormat;
        if (!m_lists.isEmpty() && m_lists.last().itemBlock >= 0) {
            const QTextBlock item = m_document->findBlock(m_lists.last().itemBlock);
            QTextCursor at(item);
            at.movePosition(QTextCursor::EndOfBlock);
            at.insertText(QString(QChar::LineSeparator), m_charFormat);
            const QTextCursor outer = m_cursor;
            m_cursor = at;
            inlines(node);
            m_cursor = outer;
            m_cursor.movePosition(QTextCursor::End);
            return;
        }
        startBlock(heading);
        if (heading > 0)
            m_charFormat.merge(bodyformat::headingCharFormat(heading));
        inlines(node);
        m_charFormat = saved;
    }

    void startBlock(int heading)
    {
        const QTextBlockFormat format = bodyformat::blockFormat(heading, m_quote);
        const QTextCharFormat charFormat
            = heading > 0 ? bodyformat::headingCharFormat(heading) : QTextCharFormat();
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
        if (!m_lists.isEmpty()) {
            List &list = m_lists.last();
            if (!list.list)
                list.list = m_cursor.createList(list.format);
            else
                list.list->add(m_cursor.block());
            list.itemBlock = m_cursor.block().position();
        }
    }

    void inlines(cmark_node *node)
    {
        for (cmark_node *child = cmark_node_first_child(node); child;
             child = cmark_node_next(child))
            inlineNode(child);
    }

    void withFormat(cmark_node *node, const QTextCharFormat &extra)
    {
        const QTextCharFormat saved = m_charFormat;
        m_charFormat.merge(extra);
        inlines(node);
        m_charFormat = saved;
    }

    void inlineNode(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE: // raw HTML is not trusted: it stays visible as text
            m_cursor.insertText(literalOf(node), m_charFormat);
            break;
        case CMARK_NODE_SOFTBREAK:
            m_cursor.insertText(QStringLiteral(" "), m_charFormat);
            break;
        case CMARK_NODE_LINEBREAK:
            m_cursor.insertText(QString(QChar::LineSeparator), m_charFormat);
            break;
        case CMARK_NODE_CODE: {
            QTextCharFormat format = m_charFormat;
            format.setFontFixedPitch(true);
            m_cursor.insertText(literalOf(node), format);
            break;
        }
        case CMARK_NODE_EMPH: {
            QTextCharFormat format;
            format.setFontItalic(true);
            withFormat(node, format);
            break;
        }
        case CMARK_NODE_STRONG: {
            QTextCharFormat format;
            format.setFontWeight(QFont::Bold);
            withFormat(node, format);
            break;
        }
        case CMARK_NODE_IMAGE:
            if (const auto photo = photos::fromImageNode(node)) {
                m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                                    photos::format(*photo));
                break;
            }
            Q_FALLTHROUGH();
        case CMARK_NODE_LINK: {
            const char *url = cmark_node_get_url(node);
            withFormat(node, bodyformat::linkCharFormat(QString::fromUtf8(url ? url : "")));
            break;
        }
        default:
            if (std::strcmp(cmark_node_get_type_string(node), "strikethrough") == 0) {
                QTextCharFormat format;
                format.setFontStrikeOut(true);
                withFormat(node, format);
            } else {
                inlines(node);
            }
            break;
        }
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    QTextCharFormat m_charFormat;
    QList<List> m_lists;
    int m_quote = 0;
    bool m_first = true;
};

} // namespace

void MarkdownReader::read(const QString &markdown, QTextDocument *document)
{
    document->clear();
    photos::setLead(document, std::nullopt);
    // Without a QGuiApplication (the command line) a document's default font has no size, and
    // Qt warns for every subheading it sizes relative to it.
    if (document->defaultFont().pointSizeF() <= 0 && document->defaultFont().pixelSize() <= 0) {
        QFont font = document->defaultFont();
        font.setPointSize(12);
        document->setDefaultFont(font);
    }
    const CommonMark parsed(markdown);
    Builder builder(document);
    builder.block(parsed.root());
}

} // namespace copydesk::app
