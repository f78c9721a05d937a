#include "tests/support/testserver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace copydesk::test {

namespace {

QString configuredAddress()
{
    if (qEnvironmentVariableIsSet("COPYDESK_TEST_SERVER"))
        return qEnvironmentVariable("COPYDESK_TEST_SERVER").trimmed();
    if (!qEnvironmentVariableIsSet("COPYDESK_TEST_SERVER_FILE"))
        return {};
    QFile file(qEnvironmentVariable("COPYDESK_TEST_SERVER_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the test server's address file %s cannot be read: %s",
               qPrintable(file.fileName()), qPrintable(file.errorString()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString withDatabase(const QString &address, const QString &database)
{
    QUrl url(address);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace

bool TestServer::isEnabled()
{
    return !configuredAddress().isEmpty();
}

QString TestServer::adminAddress()
{
    const QString address = configuredAddress();
    if (address.isEmpty())
        qFatal("no test server: set COPYDESK_TEST_SERVER or COPYDESK_TEST_SERVER_FILE");
    return address;
}

QString TestServer::createDatabase()
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("copydesk_test_%1_%2")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12))
                             .arg(++counter);
    ServerConnection admin(adminAddress());
    if (const QString error = admin.exec(QStringLiteral("CREATE DATABASE ") + name);
        !error.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(error));
    return withDatabase(adminAddress(), name);
}

void TestServer::dropDatabase(const QString &address)
{
    const QString name = QUrl(address).path().mid(1);
    if (!name.startsWith(QLatin1String("copydesk_test_")))
        return;
    ServerConnection admin(adminAddress());
    (void)admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

ServerConnection::ServerConnection(const QString &address)
    : m_name(QStringLiteral("testserver-") + QUuid::createUuid().toString(QUuid::Id128))
{
    const QUrl url(address);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open())
        qFatal("cannot reach the test server at %s: %s", qPrintable(address),
               qPrintable(db.lastError().text()));
}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString ServerConnection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return {};
    return query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                      : query.lastError().databaseText();
}

QVariant ServerConnection::value(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace copydesk::test
