#include "app/body/textstats.h"

#include "app/body/commonmark.h"
#include "app/body/photos.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmark-gfm.h>
#include <cstdlib>

namespace copydesk::app::textstats {

int wordCount(const QString &plainText)
{
    static const QRegularExpression word(QStringLiteral(
        "[\\p{L}\\p{N}\\p{M}]+(?:(?:['’\\-]|(?<=\\p{N})[.,](?=\\p{N}))[\\p{L}\\p{N}\\p{M}]+)*"));
    int count = 0;
    auto it = word.globalMatch(plainText);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

int bodyWordCount(const QString &markdown)
{
    const CommonMark parsed(markdown);
    // A photo's alt text, caption and credit are not the article's words (the editor does not
    // count them either).
    if (markdown.contains(QLatin1String("](media:"))) {
        QList<cmark_node *> photoNodes;
        cmark_iter *iter = cmark_iter_new(parsed.root());
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE
                && photos::fromImageNode(node) && !photos::insideImage(node))
                photoNodes.append(node);
        }
        cmark_iter_free(iter);
        for (cmark_node *node : std::as_const(photoNodes)) {
            cmark_node_unlink(node);
            cmark_node_free(node);
        }
    }
    char *text = cmark_render_plaintext(parsed.root(), CMARK_OPT_DEFAULT, 0);
    const int count = wordCount(QString::fromUtf8(text));
    std::free(text);
    return count;
}

int readingMinutes(int words)
{
    if (words <= 0)
        return 0;
    return qMax(1, (words + 229) / 230);
}

namespace {

// Greek and Cyrillic letters in Latin, for readable slugs (ELOT 743 and a common Russian scheme).
QString transliterate(const QString &text)
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const char16_t *greek = u"αβγδεζηθικλμνξοπρσςτυφχψω";
        const char *greekLatin[]
            = { "a", "v", "g", "d", "e", "z", "i", "th", "i", "k",  "l",  "m", "n",
                "x", "o", "p", "r", "s", "s", "t", "y",  "f", "ch", "ps", "o" };
        for (int i = 0; greek[i]; ++i)
            t.insert(QChar(greek[i]), QString::fromLatin1(greekLatin[i]));
        const char16_t *cyrillic = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ";
        const char *cyrillicLatin[]
            = { "a",    "b", "v", "g", "d", "e",  "yo", "zh", "z",  "i",  "y",  "k",  "l",
                "m",    "n", "o", "p", "r", "s",  "t",  "u",  "f",  "kh", "ts", "ch", "sh",
                "shch", "",  "y", "",  "e", "yu", "ya", "i",  "ye", "yi", "g" };
        for (int i = 0; cyrillic[i]; ++i)
            t.insert(QChar(cyrillic[i]), QString::fromLatin1(cyrillicLatin[i]));
        return t;
    }();
    QString out;
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        const auto it = table.constFind(lower);
        out += it != table.constEnd() ? *it : QString(c);
    }
    return out;
}

// Latin letters that have no decomposition to a plain letter.
QString latinLetter(char32_t c)
{
    switch (c) {
    case U'ø':
        return QStringLiteral("o");
    case U'đ':
    case U'ð':
        return QStringLiteral("d");
    case U'ł':
        return QStringLiteral("l");
    case U'ħ':
        return QStringLiteral("h");
    case U'ı':
        return QStringLiteral("i");
    case U'æ':
        return QStringLiteral("ae");
    case U'œ':
        return QStringLiteral("oe");
    case U'þ':
        return QStringLiteral("th");
    case U'ß':
        return QStringLiteral("ss");
    default:
        return {};
    }
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

} // namespace

int lengthOffPercent(int words, int commissioned)
{
    if (commissioned <= 0)
        return 0;
    return int(qRound64(100.0 * (words - commissioned) / commissioned));
}

QString wordsAgainst(int words, int commissioned)
{
    const QLocale locale;
    return commissioned > 0
        ? QStringLiteral("%1 / %2").arg(locale.toString(words), locale.toString(commissioned))
        : locale.toString(words);
}

QString slugify(const QString &text)
{
    // Letters whose marks matter (ї, й) first, then the marks go (ά -> α), then the rest.
    QString stripped;
    for (const QChar c : transliterate(text).normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            stripped += c;
    const QString decomposed = transliterate(stripped).normalized(QString::NormalizationForm_KD);
    QString slug;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toLower();
        if (lower.unicode() < 128 && lower.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += lower;
            dash = false;
        } else if (c == u'ß') {
            slug += QStringLiteral("ss");
        } else if (c == u'’' || c == u'\'') {
            continue; // "minister's" -> "ministers"
        } else {
            dash = true;
        }
        if (slug.size() >= 80)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("article") : slug;
}

QString readableSlug(const QString &text)
{
    constexpr int MaxCharacters = 80;
    constexpr int MaxBytes = 200;
    QString slug;
    int characters = 0;
    int bytes = 0;
    bool dash = false; // a separator since the last letter
    bool full = false;
    // Adds a letter (a word's first after a separator gets its '-'); false once the slug is full.
    auto add = [&](const QString &letter, bool mark = false) {
        const QString piece = dash && !mark && !slug.isEmpty() ? QLatin1Char('-') + letter : letter;
        const int pieceCharacters = int(piece.toUcs4().size());
        const int pieceBytes = int(piece.toUtf8().size());
        if (characters + pieceCharacters > MaxCharacters || bytes + pieceBytes > MaxBytes) {
            full = true;
            return false;
        }
        slug += piece;
        characters += pieceCharacters;
        bytes += pieceBytes;
        dash = dash && mark;
        return true;
    };
    bool keptAsItIs = false; // the last letter was kept in its own script: its marks stay too
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    for (const uint u : codePoints) {
        const char32_t c = char32_t(u);
        if (c == U'’' || c == U'\'')
            continue; // "minister's" -> "ministers"
        if (isMark(c)) {
            if (keptAsItIs && !add(QString::fromUcs4(&c, 1), true))
                break;
            continue;
        }
        // In Latin: a letter with its marks dropped (é -> e, ά -> α -> a), ligatures and
        // compatibility forms spelt out (ﬁ -> fi, Ⅻ -> xii), Greek and Cyrillic transliterated.
        const char32_t lower = QChar::toLower(c);
        QString latin = latinLetter(lower);
        if (latin.isEmpty()) {
            QString stripped;
            const QString decomposed = transliterate(QString::fromUcs4(&lower, 1))
                                           .normalized(QString::NormalizationForm_KD);
            for (const QChar part : decomposed)
                if (part.category() != QChar::Mark_NonSpacing)
                    stripped += part;
            latin = transliterate(stripped).toLower();
        }
        const bool ascii = !latin.isEmpty()
            && std::all_of(latin.cbegin(), latin.cend(),
                           [](QChar part) { return part.unicode() < 128; });
        keptAsItIs = false;
        if (ascii) {
            // Its letters and digits; the rest of a compatibility form ("1⁄2") separates.
            for (const QChar part : std::as_const(latin)) {
                if (!part.isLetterOrNumber())
                    dash = true;
                else if (!add(part))
                    break;
            }
        } else if (QChar::isLetterOrNumber(c)) {
            keptAsItIs = add(QString::fromUcs4(&lower, 1));
        } else {
            dash = true;
        }
        if (full)
            break;
    }
    return slug.normalized(QString::NormalizationForm_C);
}

} // namespace copydesk::app::textstats
