#include "app/import/htmlconverter.h"

#include "app/body/bodyformat.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/textlimits.h"

#include <QFileInfo>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

#include <gumbo.h>
#include <memory>

namespace copydesk::app {

namespace {

// Deeper than this, elements keep only their text: no page nests meaningfully so deep, and the
// walk must not run out of stack on a hostile file.
constexpr int MaxDepth = 200;

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? utf8(a->value).trimmed() : QString();
}

// The address of a link as the newsroom keeps it: script addresses are not kept at all.
QString safeHref(const QString &href)
{
    const QString scheme = QUrl(href).scheme().toLower();
    if (scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript")
        || scheme == QLatin1String("data"))
        return {};
    return href;
}

// A page's comment section, by the names themes give it ("comments", "comment-list",
// "respond"); whole names only: an opinion piece's <article class="category-comment"> is not one.
bool isCommentSection(const GumboNode *node)
{
    static const QStringList names {
        QStringLiteral("comments"),        QStringLiteral("comments-area"),
        QStringLiteral("comment-list"),    QStringLiteral("commentlist"),
        QStringLiteral("comment-respond"), QStringLiteral("respond")
    };
    if (names.contains(attribute(node, "id").toLower()))
        return true;
    const QStringList classes
        = attribute(node, "class").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &c : classes)
        if (names.contains(c))
            return true;
    return false;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

// The text of an element on one line, a space where a block ends.
QString textOf(const GumboNode *node)
{
    QString text;
    QList<const GumboNode *> stack { node };
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE
            || n->type == GUMBO_NODE_CDATA) {
            text += utf8(n->v.text.text);
        } else if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag != GUMBO_TAG_SCRIPT
                   && n->v.element.tag != GUMBO_TAG_STYLE) {
            if (isBlock(n->v.element.tag))
                text += QLatin1Char(' ');
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return text.simplified();
}

// The first element of that tag under node (node included), searched breadth-first, or null.
const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
{
    QList<const GumboNode *> queue { node };
    for (qsizetype at = 0; at < queue.size(); ++at) {
        const GumboNode *n = queue.at(at);
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        if (n->v.element.tag == tag)
            return n;
        const GumboVector &children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            queue.append(static_cast<const GumboNode *>(children.data[i]));
    }
    return nullptr;
}

// How deep the tags of a text nest, roughly: opening tags less closing ones (void and
// self-closing tags aside), at the deepest.
int nestingOf(const QByteArray &bytes)
{
    int depth = 0;
    int deepest = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        if (bytes[i] != '<')
            continue;
        const char next = bytes[i + 1];
        if (next == '/') {
            depth = qMax(0, depth - 1);
        } else if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
            const qsizetype close = bytes.indexOf('>', i);
            if (close < 0)
                break;
            if (bytes[close - 1] != '/')
                deepest = qMax(deepest, ++depth);
            i = close;
        }
    }
    return deepest;
}

// Text nested deeper than any page keeps its words only: Gumbo frees its tree recursively, and
// a hostile post nesting hundreds of thousands of elements would overflow the stack.
constexpr int MaxNesting = 10000;

QByteArray parseable(const QString &html)
{
    QByteArray bytes = TextLimits::clean(html).toUtf8();
    if (nestingOf(bytes) <= MaxNesting)
        return bytes;
    QByteArray words;
    words.reserve(bytes.size());
    bool inTag = false;
    for (const char c : std::as_const(bytes)) {
        if (c == '<')
            inTag = true;
        else if (c == '>' && inTag)
            inTag = false, words += ' ';
        else if (!inTag)
            words += c;
    }
    return words;
}

struct Parsed
{
    explicit Parsed(const QString &html)
        : bytes(parseable(html))
        , output(gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(),
                                          size_t(bytes.size())))
    { }
    ~Parsed() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;

    const GumboNode *body() const { return findFirst(output->root, GUMBO_TAG_BODY); }

    QByteArray bytes;
    GumboOutput *output;
};

class Builder
{
public:
    enum class Mode { Fragment, Page };

    Builder(QTextDocument *document, QStringList &notes, Mode mode)
        : m_cursor(document)
        , m_notes(notes)
        , m_mode(mode)
    { }

    // An element left out of the body (the page's headline, its standfirst).
    void skip(const GumboNode *node) { m_skipped.append(node); }

    void node(const GumboNode *node, int depth)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            text(utf8(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            if (depth > MaxDepth)
                text(textOf(node));
            else
                element(node, depth);
            return;
        default: // documents are walked through their body; comments carry nothing
            return;
        }
    }

private:
    struct List
    {
        QTextListFormat format;
        QTextList *list = nullptr;
        int itemBlock = -1; // position of the current item's block, -1 before its first
    };

    void children(const GumboNode *node, int depth)
    {
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            this->node(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    }

    void note(const QString &text)
    {
        if (!m_notes.contains(text))
            m_notes.append(text);
    }

    // Something that cannot be part of a news body, kept as a link to it.
    void keepAsLink(const QString &href, const QString &label, const QString &what)
    {
        const QString safe = safeHref(href);
        if (safe.isEmpty()) {
            note(HtmlConverter::tr("%1 without an address removed").arg(what));
            return;
        }
        QString shown = label.simplified();
        if (shown.isEmpty())
            shown = QFileInfo(QUrl(safe).path()).fileName();
        if (shown.isEmpty())
            shown = safe;
        const QTextCharFormat saved = m_charFormat;
        m_charFormat.merge(bodyformat::linkCharFormat(safe));
        text(shown);
        m_charFormat = saved;
        note(HtmlConverter::tr("%1 kept as a link: %2").arg(what, safe));
    }

    void element(const GumboNode *node, int depth)
    {
        if (m_skipped.contains(node))
            return;
        const GumboTag tag = node->v.element.tag;
        switch (tag) {
        // Never part of a body.
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_INPUT:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_MAP:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_ASIDE:
            return;
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
            if (m_mode == Mode::Page)
                return; // page furniture: the headline is read before the walk
            block(node, depth);
            return;
        case GUMBO_TAG_IMG:
            keepAsLink(attribute(node, "src"), attribute(node, "alt"), HtmlConverter::tr("image"));
            return;
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_EMBED:
            keepAsLink(attribute(node, "src"), QString(), HtmlConverter::tr("embedded frame"));
            return;
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_AUDIO: {
            QString src = attribute(node, "src");
            if (src.isEmpty())
                if (const GumboNode *source = findFirst(node, GUMBO_TAG_SOURCE))
                    src = attribute(source, "src");
            keepAsLink(src, QString(),
                       tag == GUMBO_TAG_VIDEO ? HtmlConverter::tr("video")
                                              : HtmlConverter::tr("audio"));
            return;
        }
        case GUMBO_TAG_BR:
            if (m_inBlock)
                m_pendingBreak = true;
            m_pendingSpace = false;
            return;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: {
            const bool plain = !m_lists.isEmpty() || m_quote > 0 || m_heading > 0;
            const int level = tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2
                ? bodyformat::FirstSubheadingLevel
                : bodyformat::LastSubheadingLevel;
            breakBlock();
            if (!plain)
                m_heading = level;
            children(node, depth);
            breakBlock();
            if (!plain)
                m_heading = 0;
            return;
        }
        case GUMBO_TAG_BLOCKQUOTE:
            breakBlock();
            ++m_quote;
            children(node, depth);
            --m_quote;
            breakBlock();
            return;
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_MENU: {
            breakBlock();
            List list;
            list.format.setStyle(tag == GUMBO_TAG_OL ? QTextListFormat::ListDecimal
                                                     : QTextListFormat::ListDisc);
            list.format.setIndent(int(m_lists.size()) + 1);
            bool ok = false;
            const int start = attribute(node, "start").toInt(&ok);
            if (tag == GUMBO_TAG_OL && ok && start != 1 && start >= 0 && start < 1000000000)
                list.format.setProperty(bodyformat::ListStartProperty, start);
            m_lists.append(list);
            children(node, depth);
            m_lists.removeLast();
            breakBlock();
            return;
        }
        case GUMBO_TAG_LI:
            breakBlock();
            if (!m_lists.isEmpty())
                m_lists.last().itemBlock = -1;
            children(node, depth);
            breakBlock();
            return;
        case GUMBO_TAG_PRE:
            breakBlock();
            ++m_pre;
            children(node, depth);
            --m_pre;
            breakBlock();
            return;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            m_pendingSpace = m_inBlock;
            children(node, depth);
            m_pendingSpace = m_inBlock;
            return;
        case GUMBO_TAG_B:
        case GUMBO_TAG_STRONG: {
            QTextCharFormat format;
            format.setFontWeight(QFont::Bold);
            withFormat(node, depth, format);
            return;
        }
        case GUMBO_TAG_I:
        case GUMBO_TAG_EM:
        case GUMBO_TAG_CITE:
        case GUMBO_TAG_DFN:
        case GUMBO_TAG_VAR: {
            QTextCharFormat format;
            format.setFontItalic(true);
            withFormat(node, depth, format);
            return;
        }
        case GUMBO_TAG_S:
        case GUMBO_TAG_STRIKE:
        case GUMBO_TAG_DEL: {
            QTextCharFormat format;
            format.setFontStrikeOut(true);
            withFormat(node, depth, format);
            return;
        }
        case GUMBO_TAG_A: {
            const QString href = safeHref(attribute(node, "href"));
            if (href.isEmpty() || href.startsWith(QLatin1Char('#')))
                children(node, depth);
            else
                withFormat(node, depth, bodyformat::linkCharFormat(href));
            return;
        }
        default:
            if (m_mode == Mode::Page && isCommentSection(node))
                return;
            if (isBlock(tag))
                block(node, depth);
            else
                children(node, depth); // span, font, u, code, sup and the like: their text
            return;
        }
    }

    void block(const GumboNode *node, int depth)
    {
        breakBlock();
        children(node, depth);
        breakBlock();
    }

    void withFormat(const GumboNode *node, int depth, const QTextCharFormat &extra)
    {
        const QTextCharFormat saved = m_charFormat;
        m_charFormat.merge(extra);
        children(node, depth);
        m_charFormat = saved;
    }

    void breakBlock()
    {
        m_inBlock = false;
        m_pendingSpace = false;
        m_pendingBreak = false;
    }

    // The block text goes into: the current one, the current list item's (a later paragraph of
    // an item joins it with a line break), or a new one.
    void ensureBlock()
    {
        if (m_inBlock)
            return;
        m_inBlock = true;
        if (!m_lists.isEmpty() && m_lists.last().itemBlock >= 0
            && m_lists.last().itemBlock == m_cursor.block().position()) {
            m_cursor.insertText(QString(QChar::LineSeparator), m_charFormat);
            return;
        }
        const QTextBlockFormat format = bodyformat::blockFormat(m_heading, m_quote);
        const QTextCharFormat charFormat
            = m_heading > 0 ? bodyformat::headingCharFormat(m_heading) : QTextCharFormat();
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

    QTextCharFormat effectiveFormat() const
    {
        QTextCharFormat format = m_charFormat;
        if (m_heading > 0)
            format.merge(bodyformat::headingCharFormat(m_heading));
        return format;
    }

    void insert(const QString &run)
    {
        if (!run.isEmpty())
            m_cursor.insertText(run, effectiveFormat());
    }

    void text(const QString &text)
    {
        QString run;
        for (const QChar c : text) {
            const bool newline = c == u'\n';
            const bool space = newline || c == u' ' || c == u'\t' || c == u'\f';
            if (m_pre > 0 && newline) {
                if (m_inBlock)
                    m_pendingBreak = true;
                continue;
            }
            if (space && m_pre == 0) {
                if (!m_pendingSpace)
                    m_spaceFormat = effectiveFormat();
                m_pendingSpace = m_inBlock || !run.isEmpty();
                continue;
            }
            if (!m_inBlock) {
                insert(run);
                run.clear();
                ensureBlock();
                m_pendingSpace = false;
                m_pendingBreak = false;
            }
            if (m_pendingBreak) {
                run += QChar(QChar::LineSeparator);
                m_pendingBreak = false;
                m_pendingSpace = false;
            } else if (m_pendingSpace) {
                // A space between two elements keeps the format of where it was written:
                // "word <a>link</a>" does not become "word[ link]".
                if (run.isEmpty() && m_spaceFormat != effectiveFormat())
                    m_cursor.insertText(QStringLiteral(" "), m_spaceFormat);
                else
                    run += QLatin1Char(' ');
                m_pendingSpace = false;
            }
            run += c;
        }
        insert(run);
    }

    QTextCursor m_cursor;
    QStringList &m_notes;
    Mode m_mode;
    QList<const GumboNode *> m_skipped;
    QTextCharFormat m_charFormat;
    QTextCharFormat m_spaceFormat; // where the pending space was written
    QList<List> m_lists;
    int m_quote = 0;
    int m_heading = 0;
    int m_pre = 0;
    bool m_first = true;
    bool m_inBlock = false;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
};

QString bodyOf(const GumboNode *root, QStringList &notes, Builder::Mode mode,
               const QList<const GumboNode *> &skipped = {})
{
    QTextDocument document;
    QFont font = document.defaultFont(); // sized, or the command line warns for each subheading
    if (font.pointSizeF() <= 0 && font.pixelSize() <= 0) {
        font.setPointSize(12);
        document.setDefaultFont(font);
    }
    if (root) {
        Builder builder(&document, notes, mode);
        for (const GumboNode *node : skipped)
            builder.skip(node);
        builder.node(root, 0);
    }
    // A page can nest emphasis in ways no Markdown reads back the same (bold ending inside
    // italic at a space). The body is what a save would keep: written, read as the editor reads
    // it and written again, until it reads back as itself.
    QString body = MarkdownWriter::write(&document);
    for (int round = 0; round < 4; ++round) {
        QTextDocument again;
        MarkdownReader::read(body, &again);
        const QString rewritten = MarkdownWriter::write(&again);
        if (rewritten == body)
            break;
        body = rewritten;
    }
    return body;
}

} // namespace

ConvertedHtml HtmlConverter::fromFragment(const QString &html)
{
    const Parsed parsed(html);
    ConvertedHtml result;
    result.body = bodyOf(parsed.body(), result.notes, Builder::Mode::Fragment);
    return result;
}

QString HtmlConverter::plainText(const QString &html)
{
    const Parsed parsed(html);
    const GumboNode *body = parsed.body();
    return body ? TextLimits::cleanLine(textOf(body)).simplified() : QString();
}

ConvertedHtml HtmlConverter::fromPage(const QString &html)
{
    const Parsed parsed(html);
    ConvertedHtml result;
    const GumboNode *body = parsed.body();
    const GumboNode *content = body ? findFirst(body, GUMBO_TAG_ARTICLE) : nullptr;
    if (!content && body)
        content = findFirst(body, GUMBO_TAG_MAIN);
    if (!content)
        content = body;

    QList<const GumboNode *> skipped;
    const GumboNode *h1 = content ? findFirst(content, GUMBO_TAG_H1) : nullptr;
    if (!h1 && body)
        h1 = findFirst(body, GUMBO_TAG_H1);
    if (h1) {
        result.headline = textOf(h1);
        skipped.append(h1);
    }
    if (result.headline.isEmpty())
        if (const GumboNode *title = findFirst(parsed.output->root, GUMBO_TAG_TITLE))
            result.headline = textOf(title);
    result.headline = TextLimits::cleanLine(result.headline).simplified();
    result.body = bodyOf(content, result.notes, Builder::Mode::Page, skipped);
    return result;
}

} // namespace copydesk::app
