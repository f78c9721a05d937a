#include "app/body/markdownwriter.h"

#include "app/body/bodyformat.h"
#include "app/body/photos.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace copydesk::app {

namespace {

// ---- Inline content -------------------------------------------------------------------------

struct Attributes
{
    bool bold = false;
    bool italic = false;
    bool strike = false;
    bool code = false;
    QString href;
    QString photo; // a photo object: the Markdown written for it

    bool operator==(const Attributes &o) const
    {
        return bold == o.bold && italic == o.italic && strike == o.strike && code == o.code
            && href == o.href && photo == o.photo;
    }
};

struct Char
{
    QChar c;
    Attributes a;
};

bool isBreak(QChar c)
{
    return c == QChar::LineSeparator;
}

// CommonMark's punctuation: ASCII punctuation and Unicode P* categories.
bool isPunct(QChar c)
{
    if (c.unicode() < 128)
        return c.isPrint() && !c.isLetterOrNumber() && !c.isSpace();
    return c.isPunct();
}

// White space as CommonMark's flanking rules see it: not U+000B or U+0085, which QChar calls space.
bool isFlankingSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r'
        || c.category() == QChar::Separator_Space || isBreak(c);
}

// Emphasis in CommonMark needs its '*' runs to be left- and right-flanking. Where a bold or
// italic range begins or ends with white space or with punctuation next to a letter, the edge
// characters are moved outside the range, so that what is written is read back as emphasis.
void fitEmphasis(QList<Char> &chars, bool Attributes::*flag)
{
    const int n = chars.size();
    int i = 0;
    while (i < n) {
        if (!(chars[i].a.*flag)) {
            ++i;
            continue;
        }
        // A link's edge ends a run too: the writer closes emphasis opened inside a link
        // before "](" and opens it again after, where it must be able to open.
        int end = i;
        while (end < n && chars[end].a.*flag && chars[end].a.href == chars[i].a.href)
            ++end;
        int s = i, e = end;
        auto before = [&](int k) {
            return k > 0 ? chars[k - 1].c : QChar(u' ');
        };
        auto after = [&](int k) {
            return k < n ? chars[k].c : QChar(u' ');
        };
        while (s < e) {
            const QChar first = chars[s].c;
            const bool opens = !isFlankingSpace(first)
                && (!isPunct(first) || isFlankingSpace(before(s)) || isPunct(before(s)));
            if (opens)
                break;
            chars[s++].a.*flag = false;
        }
        while (e > s) {
            const QChar last = chars[e - 1].c;
            const bool closes = !isFlankingSpace(last)
                && (!isPunct(last) || isFlankingSpace(after(e)) || isPunct(after(e)));
            if (closes)
                break;
            chars[--e].a.*flag = false;
        }
        i = end;
    }
}

bool startsEntity(const QString &text, int at)
{
    static const QRegularExpression entity(
        QStringLiteral("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    return entity.match(QStringView(text).mid(at)).hasMatch();
}

// Escapes text so CommonMark reads it back literally. lineStart says the text begins a line,
// where '#', '>', '-', '+', '=' and "1." would start a block.
QString escapeText(const QString &text, bool lineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '<':
        case '~':
            out += QLatin1Char('\\');
            break;
        case '&':
            if (startsEntity(text, i))
                out += QLatin1Char('\\');
            break;
        default:
            break;
        }
        out += c;
    }
    if (lineStart && !out.isEmpty()) {
        const QChar first = out.at(0);
        const QChar second = out.size() > 1 ? out.at(1) : QChar(u' ');
        if (first == u'#' || first == u'>') {
            out.prepend(QLatin1Char('\\'));
        } else if ((first == u'-' || first == u'+' || first == u'=')
                   && (second.isSpace() || out.size() == 1
                       || QRegularExpression(QStringLiteral("^[-=+ ]+$")).match(out).hasMatch())) {
            out.prepend(QLatin1Char('\\'));
        } else {
            static const QRegularExpression ordered(QStringLiteral("^([0-9]{1,9})([.)])"));
            const auto m = ordered.match(out);
            if (m.hasMatch())
                out.insert(m.capturedLength(1), QLatin1Char('\\'));
        }
    }
    return out;
}

QString escapeUrl(const QString &url)
{
    QString out;
    for (int i = 0; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u'\\' || c == u'(' || c == u')' || c == u'<' || c == u'>')
            out += QLatin1Char('\\');
        // cmark-gfm reads an entity in a destination before a backslash could keep it literal:
        // "&mp;" is written as "&amp;mp;".
        if (c == u'&' && startsEntity(url, i))
            out += QStringLiteral("&amp;");
        else if (c.isSpace())
            out += QStringLiteral("%20");
        else
            out += c;
    }
    return out;
}

QString codeSpan(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'))
        || (text.startsWith(QLatin1Char(' ')) && text.endsWith(QLatin1Char(' '))
            && !text.trimmed().isEmpty());
    return fence + (pad ? QStringLiteral(" ") : QString()) + text
        + (pad ? QStringLiteral(" ") : QString()) + fence;
}

enum class Marker { Link, Bold, Italic, Strike };

QString openText(Marker m)
{
    switch (m) {
    case Marker::Link:
        return QStringLiteral("[");
    case Marker::Bold:
        return QStringLiteral("**");
    case Marker::Italic:
        return QStringLiteral("*");
    case Marker::Strike:
        return QStringLiteral("~~");
    }
    return {};
}

bool has(const Attributes &a, Marker m, const QString &openHref)
{
    switch (m) {
    case Marker::Link:
        return !a.href.isEmpty() && a.href == openHref;
    case Marker::Bold:
        return a.bold;
    case Marker::Italic:
        return a.italic;
    case Marker::Strike:
        return a.strike;
    }
    return false;
}

// The characters of a run of text with the same attributes, as the writer reads them: breaks
// of any kind are hard line breaks (spaces in a heading), tabs are spaces.
void appendChars(QList<Char> &chars, const QString &text, const Attributes &a, bool inHeading)
{
    for (const QChar c : text) {
        if (c == QChar::ObjectReplacementCharacter) {
            if (!a.photo.isEmpty())
                chars.append({ c, a });
            continue;
        }
        QChar ch = c;
        if (c == QChar::ParagraphSeparator || c == u'\n' || c == u'\r' || c == QChar::LineSeparator)
            ch = inHeading ? QChar(u' ') : QChar(QChar::LineSeparator);
        else if (c == u'\t')
            ch = u' ';
        chars.append({ ch, a });
    }
}

QString writeChars(QList<Char> chars, const QString &continuation);

// Writes one block's text with its emphasis and links. continuation is what starts each line
// after a hard line break (the quote and list indentation).
QString writeInlines(const QTextBlock &block, bool inHeading, const QString &continuation)
{
    QList<Char> chars;
    chars.reserve(block.length());
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat f = fragment.charFormat();
        Attributes a;
        if (const auto photo = photos::of(f)) {
            a.photo = MarkdownWriter::photo(*photo);
            appendChars(chars, fragment.text(), a, inHeading);
            continue;
        }
        a.bold = !inHeading && f.fontWeight() >= QFont::DemiBold;
        a.italic = f.fontItalic();
        a.strike = f.fontStrikeOut();
        a.code = f.fontFixedPitch();
        if (f.isAnchor())
            a.href = f.anchorHref().trimmed();
        appendChars(chars, fragment.text(), a, inHeading);
    }
    return writeChars(std::move(chars), continuation);
}

// Writes characters with their attributes as CommonMark inlines.
QString writeChars(QList<Char> chars, const QString &continuation)
{
    // Trim white space at both ends and around hard breaks, where CommonMark would drop it or
    // read trailing spaces as a break of its own.
    auto trimmed = [](const QList<Char> &in) {
        QList<Char> out;
        out.reserve(in.size());
        for (int i = 0; i < in.size(); ++i) {
            if (in[i].c == u' ' || in[i].c.isSpace()) {
                if (isBreak(in[i].c)) {
                    while (!out.isEmpty() && out.last().c.isSpace() && !isBreak(out.last().c))
                        out.removeLast();
                    out.append(in[i]);
                    continue;
                }
                if (out.isEmpty() || isBreak(out.last().c))
                    continue;
            }
            out.append(in[i]);
        }
        while (!out.isEmpty() && (out.last().c.isSpace()))
            out.removeLast();
        return out;
    };
    chars = trimmed(chars);

    // Code has no emphasis of its own inside; links keep their text.
    for (Char &ch : chars) {
        if (ch.a.code && isBreak(ch.c))
            ch.c = u' ';
    }
    fitEmphasis(chars, &Attributes::bold);
    fitEmphasis(chars, &Attributes::italic);
    fitEmphasis(chars, &Attributes::strike);

    QString out;
    QList<std::pair<Marker, QString>> open; // marker and, for a link, its href
    bool atLineStart = true;
    QString pending; // plain text not yet escaped

    auto flush = [&]() {
        if (pending.isEmpty())
            return;
        out += escapeText(pending, atLineStart);
        atLineStart = false;
        pending.clear();
    };
    auto closeFrom = [&](int index) {
        flush();
        while (open.size() > index) {
            const auto [marker, href] = open.takeLast();
            if (marker == Marker::Link)
                out += QStringLiteral("](") + escapeUrl(href) + QLatin1Char(')');
            else
                out += openText(marker);
        }
    };

    int i = 0;
    while (i < chars.size()) {
        const Attributes &a = chars[i].a;
        // Close what this character no longer has (and everything opened inside it).
        int keep = 0;
        while (keep < open.size() && has(a, open[keep].first, open[keep].second))
            ++keep;
        if (keep < open.size())
            closeFrom(keep);
        // Open what it has and is not open yet: the link outermost.
        auto isOpen = [&](Marker m) {
            for (const auto &o : open)
                if (o.first == m)
                    return true;
            return false;
        };
        const std::pair<Marker, bool> wanted[] = { { Marker::Link, !a.href.isEmpty() },
                                                   { Marker::Bold, a.bold },
                                                   { Marker::Italic, a.italic },
                                                   { Marker::Strike, a.strike } };
        for (const auto &[marker, on] : wanted) {
            if (on && !isOpen(marker)) {
                flush();
                out += openText(marker);
                atLineStart = false;
                open.append({ marker, marker == Marker::Link ? a.href : QString() });
            }
        }
        if (!a.photo.isEmpty()) {
            flush();
            out += a.photo;
            atLineStart = false;
            ++i;
            continue;
        }
        if (a.code) {
            flush();
            QString code;
            const Attributes start = a;
            while (i < chars.size() && chars[i].a.code && chars[i].a.href == start.href
                   && chars[i].a.bold == start.bold && chars[i].a.italic == start.italic
                   && chars[i].a.strike == start.strike)
                code += chars[i++].c;
            out += codeSpan(code);
            atLineStart = false;
            continue;
        }
        if (isBreak(chars[i].c)) {
            flush();
            out += QStringLiteral("\\\n") + continuation;
            atLineStart = true;
            ++i;
            continue;
        }
        pending += chars[i].c;
        ++i;
    }
    closeFrom(0);
    return out;
}

// ---- Blocks ---------------------------------------------------------------------------------

struct ListLevel
{
    QTextList *list = nullptr;
    int indent = 0;
    QChar delimiter; // '-' or '*' for bullets, '.' or ')' for numbers
    bool ordered = false;
    int width = 0; // width of the current item's marker and its space
};

QChar alternate(QChar delimiter)
{
    if (delimiter == u'-')
        return u'*';
    if (delimiter == u'*')
        return u'-';
    if (delimiter == u'.')
        return u')';
    return u'.';
}

bool isOrdered(const QTextList *list)
{
    const auto style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}

// The number an ordered list writes for the block.
int itemNumber(const QTextList *list, const QTextBlock &block)
{
    const int start = list->format().hasProperty(bodyformat::ListStartProperty)
        ? list->format().intProperty(bodyformat::ListStartProperty)
        : 1;
    return start + list->itemNumber(block);
}

QString quotePrefix(int level)
{
    QString prefix;
    for (int i = 0; i < level; ++i)
        prefix += QStringLiteral("> ");
    return prefix;
}

bool isEmptyBlock(const QTextBlock &block)
{
    for (const QChar c : block.text()) {
        if (!c.isSpace() && c != QChar::ObjectReplacementCharacter)
            return false;
    }
    if (block.text().contains(QChar::ObjectReplacementCharacter)) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (photos::of(it.fragment().charFormat()))
                return false;
        }
    }
    return true;
}

// A photo's title in CommonMark: quotes and backslashes escaped, the line between the caption
// and the credit as a character reference, so no line of it can start a block.
QString escapeTitle(const QString &title)
{
    QString out;
    out.reserve(title.size() + 8);
    for (const QChar c : title) {
        if (c == u'\\' || c == u'"' || c == u'&')
            out += QLatin1Char('\\');
        if (c == u'\n')
            out += QStringLiteral("&#10;");
        else
            out += c;
    }
    return out;
}

} // namespace

QString MarkdownWriter::photo(const Photo &photo)
{
    const QString title = photos::title(photo);
    return QStringLiteral("![") + escapeText(photos::cleanField(photo.alt), false)
        + QStringLiteral("](") + escapeUrl(photos::url(photo))
        + (title.isEmpty() ? QString()
                           : QStringLiteral(" \"") + escapeTitle(title) + QLatin1Char('"'))
        + QLatin1Char(')');
}

QString MarkdownWriter::write(const QTextDocument *document)
{
    QString out;
    QList<ListLevel> lists;
    bool previousWasItem = false;
    int previousQuote = 0;
    bool first = true;
    if (auto lead = photos::lead(document)) {
        lead->lead = true;
        out += photo(*lead);
        first = false;
    }
    // The delimiter of the list that just ended at each depth, so a list that follows it
    // directly takes the other one and is not merged into it.
    QHash<int, QChar> lastDelimiter;

    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (isEmptyBlock(block))
            continue;
        const int quote = bodyformat::quoteLevel(block);
        const int heading = bodyformat::headingLevel(block);
        QTextList *list = block.textList();

        bool tight = list && previousWasItem && quote == previousQuote;
        if (list) {
            const int indent = list->format().indent();
            if (!tight) {
                lists.clear();
                lastDelimiter.clear();
            }
            const bool wasNested = !lists.isEmpty();
            while (!lists.isEmpty() && lists.last().indent > indent) {
                lastDelimiter[lists.size() - 1] = lists.last().delimiter;
                lists.removeLast();
                // Deeper lists that ended are no longer next to anything.
                for (auto it = lastDelimiter.begin(); it != lastDelimiter.end();)
                    it = it.key() > lists.size() ? lastDelimiter.erase(it) : std::next(it);
            }
            // A list that ends with no outer item written around it ("- - n" holds no text of
            // its own) is followed by a new list at the top: a blank line, as below.
            if (wasNested && lists.isEmpty())
                tight = false;
            if (!lists.isEmpty() && lists.last().indent == indent && lists.last().list != list) {
                lastDelimiter[lists.size() - 1] = lists.last().delimiter;
                lists.removeLast();
                for (auto it = lastDelimiter.begin(); it != lastDelimiter.end();)
                    it = it.key() > lists.size() ? lastDelimiter.erase(it) : std::next(it);
                // A new list after another: a blank line between them, unless it is nested in
                // an item of an outer list, where a blank line would loosen that list.
                if (lists.isEmpty())
                    tight = false;
            }
            if (lists.isEmpty() || lists.last().indent < indent) {
                ListLevel level;
                level.list = list;
                level.indent = indent;
                level.ordered = isOrdered(list);
                const QChar standard = level.ordered ? QChar(u'.') : QChar(u'-');
                const int depth = lists.size();
                const QChar previous = lastDelimiter.value(depth);
                const bool sameKind = !previous.isNull()
                    && ((previous == u'.' || previous == u')') == level.ordered);
                level.delimiter = sameKind ? alternate(previous) : standard;
                lastDelimiter.remove(depth);
                lists.append(level);
                // Inside an item, right after its text, only a list numbered from 1 may start
                // (CommonMark: "3." would go on the paragraph); others need a blank line.
                if (depth > 0 && level.ordered && itemNumber(list, block) != 1)
                    tight = false;
            }
        } else {
            lists.clear();
            lastDelimiter.clear();
        }

        if (!first) {
            if (tight) {
                out += QLatin1Char('\n');
            } else {
                out += QLatin1Char('\n') + quotePrefix(qMin(quote, previousQuote)).trimmed()
                    + QLatin1Char('\n');
            }
        }
        first = false;

        QString prefix = quotePrefix(quote);
        QString continuation = prefix;
        if (list) {
            for (int d = 0; d + 1 < lists.size(); ++d)
                prefix += QString(lists[d].width, QLatin1Char(' '));
            ListLevel &level = lists.last();
            QString marker;
            if (level.ordered) {
                marker = QString::number(itemNumber(list, block)) + level.delimiter;
            } else {
                marker = level.delimiter;
            }
            level.width = marker.size() + 1;
            continuation = prefix + QString(level.width, QLatin1Char(' '));
            prefix += marker + QLatin1Char(' ');
        }
        if (heading > 0)
            prefix += QString(heading, QLatin1Char('#')) + QLatin1Char(' ');

        out += prefix + writeInlines(block, heading > 0, continuation);
        previousWasItem = list != nullptr;
        previousQuote = quote;
    }
    if (!out.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

QString MarkdownWriter::fromParagraphs(const QStringList &paragraphs)
{
    // What write() gives for a document of these paragraphs as plain blocks, written directly:
    // an import of ten thousand files need not build a document for each. The characters that
    // QTextCursor::insertText turns into a new block start one here too.
    static const QRegularExpression blockBreak(
        QStringLiteral("[\\n\\r\\x{2029}\\x{fdd0}\\x{fdd1}]"));
    QString out;
    bool first = true;
    for (const QString &paragraph : paragraphs) {
        for (const QString &block : paragraph.split(blockBreak)) {
            const bool empty = std::all_of(block.cbegin(), block.cend(), [](QChar c) {
                return c.isSpace() || c == QChar::ObjectReplacementCharacter;
            });
            if (empty)
                continue;
            if (!first)
                out += QStringLiteral("\n\n");
            first = false;
            QList<Char> chars;
            chars.reserve(block.size());
            appendChars(chars, block, Attributes(), false);
            out += writeChars(std::move(chars), QString());
        }
    }
    if (!out.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

} // namespace copydesk::app
