#include "app/body/textstats.h"

#include "app/body/commonmark.h"

#include <QHash>
#include <QRegularExpression>

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

} // namespace

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

} // namespace copydesk::app::textstats
