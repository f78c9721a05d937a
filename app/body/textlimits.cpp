#include "app/body/textlimits.h"

#include <QLocale>

namespace copydesk::app {

namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

QString number(qint64 n)
{
    QLocale english(QLocale::English);
    english.setNumberOptions(QLocale::DefaultNumberOptions);
    return english.toString(n);
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

Result<void> TextLimits::check(const QString &field, const QString &text, int limit)
{
    if (text.size() <= limit)
        return {};
    return failure(Error::Kind::Invalid,
                   tr("the %1 is %2 characters long; the limit is %3")
                       .arg(field, number(text.size()), number(limit)));
}

Result<void> TextLimits::prepareArticle(db::Article &article)
{
    article.headline = cleanLine(article.headline).trimmed();
    article.standfirst = clean(article.standfirst);
    article.body = clean(article.body);
    article.section = cleanLine(article.section).trimmed();
    for (QString &tag : article.tags)
        tag = cleanLine(tag).trimmed();
    if (auto r = check(tr("headline"), article.headline, HeadlineChars); !r)
        return r;
    if (auto r = check(tr("standfirst"), article.standfirst, StandfirstChars); !r)
        return r;
    if (auto r = check(tr("body"), article.body, BodyChars); !r)
        return r;
    if (auto r = check(tr("section name"), article.section, NameChars); !r)
        return r;
    for (const QString &tag : std::as_const(article.tags))
        if (auto r = check(tr("tag '%1…'").arg(tag.left(20)), tag, NameChars); !r)
            return r;
    return {};
}

Result<void> TextLimits::checkPaste(qint64 current, qint64 pasted)
{
    if (current + pasted <= BodyChars)
        return {};
    return failure(Error::Kind::Invalid,
                   tr("not pasted: %1 characters would make the body %2 characters "
                      "long; the limit is %3")
                       .arg(number(pasted), number(current + pasted), number(BodyChars)));
}

qint64 TextLimits::binaryOffset(const QByteArray &bytes)
{
    return bytes.indexOf('\0');
}

} // namespace copydesk::app
