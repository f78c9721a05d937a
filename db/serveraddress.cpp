#include "db/serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace copydesk::db {

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QStringList ServerAddress::sslModes()
{
    return {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")
    };
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (!isServerAddress(trimmed))
        return failure(
            Error::Kind::Invalid,
            tr("'%1' is not a server address (postgresql://user@host/newsroom)").arg(trimmed));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return failure(
            Error::Kind::Invalid,
            tr("'%1' is not a valid server address: %2").arg(trimmed, url.errorString()));
    ServerAddress address;
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(5432);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return failure(
            Error::Kind::Invalid,
            tr("'%1' names no database; write postgresql://user@host/newsroom").arg(trimmed));
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return failure(Error::Kind::Invalid,
                               tr("sslmode '%1' is not one of %2")
                                   .arg(value, sslModes().join(QStringLiteral(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("host")) {
            address.host = value; // a socket folder, as libpq allows
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                return failure(Error::Kind::Invalid, tr("port '%1' is not a port").arg(value));
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            address.connectTimeout = value.toInt(&ok);
            if (!ok || address.connectTimeout < 1)
                return failure(Error::Kind::Invalid,
                               tr("connect_timeout '%1' is not a number of seconds").arg(value));
        } else {
            return failure(Error::Kind::Invalid,
                           tr("'%1' is not an option Copydesk knows in a server address "
                              "(sslmode, host, port, user, connect_timeout)")
                               .arg(key));
        }
    }
    if (address.port <= 0 || address.port > 65535)
        return failure(Error::Kind::Invalid, tr("'%1' has no valid port").arg(trimmed));
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::displayName() const
{
    const QString server = host.isEmpty() || host.startsWith(QLatin1Char('/'))
        ? tr("this machine")
        : (port == 5432 ? host : host + QLatin1Char(':') + QString::number(port));
    return tr("%1 on %2").arg(database, server);
}

} // namespace copydesk::db
