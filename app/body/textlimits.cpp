#include "app/body/textlimits.h"

namespace copydesk::app {

namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

} // namespace

QString TextLimits::clean(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && !isControl(text.at(i).unicode()))
        ++i;
    if (i == text.size())
        return text; // the common case: nothing to do, no copy
    QString out;
    out.reserve(text.size());
    out.append(QStringView(text).left(i));
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (!isControl(c)) {
            out.append(QChar(c));
        }
    }
    return out;
}

QString TextLimits::cleanLine(const QString &text)
{
    QString line = clean(text);
    for (QChar &c : line)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return line;
}

Result<void> TextLimits::prepareArticle(db::Article &article)
{
    article.headline = cleanLine(article.headline).trimmed();
    article.standfirst = clean(article.standfirst);
    article.body = clean(article.body);
    article.section = cleanLine(article.section).trimmed();
    for (QString &tag : article.tags)
        tag = cleanLine(tag).trimmed();
    return {};
}

qint64 TextLimits::binaryOffset(const QByteArray &bytes)
{
    return bytes.indexOf('\0');
}

} // namespace copydesk::app
