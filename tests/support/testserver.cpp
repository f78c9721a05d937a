#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
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
        qFatal("the test server's address file %s cannot be read: %s", qPrintable(file.fileName()),
               qPrintable(file.errorString()));
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
    // Its staff role (schema 6) is the server's, not the database's: it goes too.
    (void)admin.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1_staff\"").arg(name));
}

PrivateServer::PrivateServer()
{
    static int serial = 0;
    m_state = QDir::temp().filePath(QStringLiteral("copydesk-private-pg-%1-%2")
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(++serial));
    if (!script(QStringLiteral("start")))
        return;
    QFile url(QDir(m_state).filePath(QStringLiteral("url")));
    if (url.open(QIODevice::ReadOnly))
        m_admin = QString::fromUtf8(url.readAll()).trimmed();
}

PrivateServer::~PrivateServer()
{
    (void)script(QStringLiteral("stop"));
    QDir(m_state).removeRecursively();
}

bool PrivateServer::script(const QString &command)
{
#ifdef COPYDESK_PGSERVER_SCRIPT
    QProcess process;
    process.start(QStringLiteral("sh"),
                  { QStringLiteral(COPYDESK_PGSERVER_SCRIPT), command, m_state });
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (m_error.isEmpty())
            m_error = QStringLiteral("pgserver.sh %1 failed").arg(command);
        return false;
    }
    return true;
#else
    m_error = QStringLiteral("this build has no PostgreSQL server programs");
    Q_UNUSED(command);
    return false;
#endif
}

QString PrivateServer::createDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("copydesk_private_%1").arg(++counter);
    ServerConnection admin(m_admin);
    if (const QString error = admin.exec(QStringLiteral("CREATE DATABASE ") + name);
        !error.isEmpty())
        qFatal("cannot create a database on the private server: %s", qPrintable(error));
    return withDatabase(m_admin, name);
}

bool PrivateServer::pause()
{
    return script(QStringLiteral("pause"));
}

bool PrivateServer::resume()
{
    return script(QStringLiteral("resume"));
}

QString TestServer::asLogin(const QString &address, const QString &login)
{
    QUrl url(address);
    url.setUserName(login);
    return url.toString();
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
