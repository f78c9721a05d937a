#include "app/textstats.h"

#include "app/commonmark.h"

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

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
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
