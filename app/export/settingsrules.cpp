#include "app/export/settingsrules.h"

#include "app/body/textlimits.h"
#include "app/export/urlpolicy.h"

#include <QUrl>

namespace copydesk::app {

QStringList SettingsRules::publicationKeys()
{
    return { QStringLiteral("publication.name"),
             QStringLiteral("publication.about"),
             QStringLiteral("publication.links"),
             QStringLiteral("publication.base-url"),
             HeadlineCharsKey,
             PhotoMinWidthKey,
             PhotoMaxMegabytesKey };
}

QString SettingsRules::defaultValue(const QString &key)
{
    if (key.startsWith(QLatin1String("check.")))
        return QStringLiteral("on");
    if (key == HeadlineCharsKey)
        return HeadlineCharsDefault;
    if (key == PhotoMinWidthKey)
        return PhotoMinWidthDefault;
    if (key == PhotoMaxMegabytesKey)
        return PhotoMaxMegabytesDefault;
    return {};
}

Result<void> SettingsRules::checkBaseUrl(const QString &url)
{
    auto refuse = [&url](const QString &why) -> Result<void> {
        return failure(Error::Kind::Invalid,
                       tr("the base URL must be an absolute http:// or https:// "
                          "address (%1), not '%2'")
                           .arg(why, url));
    };
    for (const QChar c : url)
        if (c.isSpace() || c.category() == QChar::Other_Control
            || QStringLiteral("\"'<>`\\{}|^").contains(c))
            return refuse(tr("no spaces, quotes or angle brackets"));
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return refuse(tr("http or https"));
    if (parsed.host().isEmpty())
        return refuse(tr("with a host name"));
    if (!parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment())
        return refuse(tr("without a user name, query or fragment"));
    if (!isSafeUrl(url))
        return refuse(tr("a safe link"));
    return {};
}

Result<QString> SettingsRules::validate(const QString &key, const QString &raw)
{
    if (!publicationKeys().contains(key))
        return failure(Error::Kind::Invalid,
                       tr("unknown setting '%1' (one of: %2)")
                           .arg(key, publicationKeys().join(QStringLiteral(", "))));
    const QString value
        = key == QLatin1String("publication.about") || key == QLatin1String("publication.links")
        ? TextLimits::clean(raw)
        : TextLimits::cleanLine(raw).trimmed();
    if (key == HeadlineCharsKey) {
        bool ok = false;
        const int chars = value.toInt(&ok);
        if (!ok || chars < 0 || chars > TextLimits::HeadlineChars)
            return failure(Error::Kind::Invalid,
                           tr("%1 is a number of characters from 0 (no limit) to %2")
                               .arg(key)
                               .arg(TextLimits::HeadlineChars));
        return QString::number(chars);
    }
    if (key == PhotoMinWidthKey || key == PhotoMaxMegabytesKey) {
        const bool width = key == PhotoMinWidthKey;
        const int lowest = width ? 0 : 1;
        const int highest = width ? 20000 : 200;
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < lowest || number > highest)
            return failure(Error::Kind::Invalid,
                           (width ? tr("%1 is a width in pixels from %2 (any) to %3")
                                  : tr("%1 is a number of megabytes from %2 to %3"))
                               .arg(key)
                               .arg(lowest)
                               .arg(highest));
        return QString::number(number);
    }
    if (key == QLatin1String("publication.base-url")) {
        if (!value.isEmpty())
            if (auto r = checkBaseUrl(value); !r)
                return r.error();
    } else if (auto r = TextLimits::check(tr("value of %1").arg(key), value,
                                          key == QLatin1String("publication.name")
                                              ? TextLimits::HeadlineChars
                                              : TextLimits::NoteChars);
               !r) {
        return r.error();
    }
    return value;
}

} // namespace copydesk::app
