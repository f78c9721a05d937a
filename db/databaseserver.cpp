// The PostgreSQL side of Database: connecting to a newsroom server, staying connected, its
// errors, backups with pg_dump and its checks. The store-file side is database.cpp.

#include "db/database.h"
#include "db/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>
#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace copydesk::db {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool Database::isConnected() const
{
    if (!isOpen())
        return false;
    if (m_engine == Engine::SQLite)
        return true;
    const QVariant handle = connection().driver()->handle();
    // Qt names the type as libpq declares it: "pg_conn*" (PGconn is a typedef).
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    auto *conn = *static_cast<PGconn *const *>(handle.data());
    return conn && PQstatus(conn) == CONNECTION_OK;
}

void Database::keepServerCancel(const QVariant &handle)
{
    forgetServerCancel();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return;
    if (auto *conn = *static_cast<PGconn *const *>(handle.data()))
        m_serverCancel = PQgetCancel(conn);
}

void Database::forgetServerCancel()
{
    if (m_serverCancel)
        PQfreeCancel(static_cast<PGcancel *>(m_serverCancel));
    m_serverCancel = nullptr;
}

void Database::cancelOnServer()
{
    char reason[256];
    PQcancel(static_cast<PGcancel *>(m_serverCancel), reason, int(sizeof reason));
}

Result<void> Database::ping()
{
    if (m_engine != Engine::PostgreSQL)
        return {};
    return exec(QStringLiteral("SELECT 1"), tr("checking the connection"));
}

Result<void> Database::prepareServerSession()
{
    // Quiet notices, UTC, and a five-second wait for a lock, as the SQLite busy timeout.
    for (const char *setting : { "SET client_min_messages = warning", "SET TIME ZONE 'UTC'",
                                 "SET lock_timeout = '5s'" }) {
        if (auto r = exec(QString::fromLatin1(setting), tr("preparing the connection")); !r)
            return r;
    }
    return {};
}

Result<void> Database::reconnect()
{
    if (m_engine != Engine::PostgreSQL || !QSqlDatabase::contains(m_connectionName))
        return {};
    m_kept.clear(); // prepared on the connection that was lost
    m_unkept.reset();
    QSqlDatabase db = connection();
    db.close();
    m_transactionDepth = 0;
    if (!db.open())
        return failure(
            Error::Kind::Unreachable,
            tr("the newsroom server (%1) is still out of reach: %2")
                .arg(m_displayName,
                     db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed()));
    if (auto r = prepareServerSession(); !r)
        return r;
    keepInterruptHandle();
    qCInfo(lcDb) << "reconnected to" << m_path;
    return {};
}

Result<void> Database::openServer(const QString &location, OpenMode mode, const QString &password)
{
    auto parsed = ServerAddress::parse(location);
    if (!parsed)
        return parsed.error();
    const ServerAddress address = parsed.value();
    const QString shown = address.displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failure(Error::Kind::Failed,
                       tr("this Copydesk cannot reach a PostgreSQL server: Qt's PostgreSQL "
                          "driver is not installed (Debian: libqt6sql6-psql)"));
    m_engine = Engine::PostgreSQL;
    m_displayName = shown;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(!password.isEmpty() ? password : address.password);
        // TCP keepalives and a user timeout notice a pulled cable in seconds, not minutes.
        QStringList options { QStringLiteral("connect_timeout=%1").arg(address.connectTimeout),
                              QStringLiteral("application_name=copydesk"),
                              QStringLiteral("keepalives=1"),
                              QStringLiteral("keepalives_idle=10"),
                              QStringLiteral("keepalives_interval=5"),
                              QStringLiteral("keepalives_count=3"),
                              QStringLiteral("tcp_user_timeout=20000") };
        if (!address.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + address.sslMode;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            const QString detail
                = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
            const QString text = detail.trimmed();
            if (text.contains(QLatin1String("password authentication failed"))
                || text.contains(QLatin1String("no password supplied")))
                return failure(
                    Error::Kind::NotPermitted,
                    tr("the server refused %1's password for %2")
                        .arg(address.user.isEmpty() ? tr("this login") : address.user, shown));
            if (text.contains(QLatin1String("does not exist")))
                return failure(
                    Error::Kind::NotFound,
                    tr("cannot open %1: %2 (the server's administrator creates the "
                       "database: createdb %3)")
                        .arg(shown, text.section(QLatin1Char('\n'), 0, 0), address.database));
            return failure(Error::Kind::Unreachable,
                           tr("cannot reach the newsroom server for %1: %2")
                               .arg(shown, text.section(QLatin1Char('\n'), 0, 0)));
        }
    }
    m_path = address.toString();

    auto fail = [this](Error error) -> Result<void> {
        close();
        return error;
    };
    if (auto r = prepareServerSession(); !r)
        return fail(r.error());
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral(
            "SELECT to_regclass('schema_migrations') IS NOT NULL, (SELECT count(*) FROM "
            "pg_catalog.pg_tables WHERE schemaname = current_schema())"))
        || !probe.next())
        return fail(errorFrom(probe, tr("reading the newsroom")));
    const bool ours = probe.value(0).toBool();
    const int tables = probe.value(1).toInt();
    probe.finish();
    if (!ours && tables > 0)
        return fail(failure(
            Error::Kind::Invalid,
            tr("%1 is not a Copydesk newsroom (its database holds other tables)").arg(shown)));
    if (!ours && mode == OpenMode::MustExist)
        return fail(failure(Error::Kind::Invalid,
                            tr("%1 is not a Copydesk newsroom (it is empty; set it up with: "
                               "copydesk init --database %2)")
                                .arg(shown, m_path)));
    if (auto r = refuseNewerSchema(shown); !r)
        return fail(r.error());
    qCDebug(lcDb) << "opened" << m_path << "schema" << schemaVersion();
    return {};
}

Result<void> Database::backupServer(const QString &target, bool force)
{
    const QFileInfo info(target);
    const QString shown = nativePath(info.absoluteFilePath());
    if (info.exists() && !info.isFile())
        return failure(Error::Kind::Invalid,
                       tr("%1 exists and is not a file; nothing was written").arg(shown));
    if (info.exists() && !force) {
        QFile existing(info.absoluteFilePath());
        if (!existing.open(QIODevice::ReadOnly) || !existing.read(5).startsWith("PGDMP"))
            return failure(Error::Kind::Invalid,
                           tr("%1 exists and is not a newsroom backup; nothing was written "
                              "(give --force to replace it)")
                               .arg(shown));
    }
    QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return failure(Error::Kind::Failed,
                       tr("backing up a newsroom on a server needs PostgreSQL's pg_dump, which "
                          "is not installed here (Debian: postgresql-client); nothing was "
                          "written"));
    if (!QDir().mkpath(info.absolutePath()))
        return failure(Error::Kind::Failed, tr("cannot create the folder for %1").arg(shown));
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QSqlDatabase db = connection();
    const auto address = ServerAddress::parse(m_path);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGHOST"), db.hostName());
    environment.insert(QStringLiteral("PGPORT"), QString::number(db.port()));
    environment.insert(QStringLiteral("PGDATABASE"), db.databaseName());
    if (!db.userName().isEmpty())
        environment.insert(QStringLiteral("PGUSER"), db.userName());
    if (!db.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), db.password());
    if (address && !address->sslMode.isEmpty())
        environment.insert(QStringLiteral("PGSSLMODE"), address->sslMode);
    QProcess dump;
    dump.setProcessEnvironment(environment);
    dump.start(pgDump,
               { QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                 QStringLiteral("--file"), temporary });
    const bool finished = dump.waitForFinished(-1);
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(temporary);
        const QString why = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
        return failure(Error::Kind::Failed,
                       tr("pg_dump could not back up %1 (%2); nothing was written to %3")
                           .arg(m_displayName, why.isEmpty() ? dump.errorString() : why, shown));
    }
    return moveBackupInto(temporary, info.absoluteFilePath(), shown);
}

Result<QStringList> Database::checkServer()
{
    QStringList problems;
    QSqlQuery query(connection());
    // The server keeps references and indexes sound itself; what can go wrong is a newsroom
    // missing a part of its schema, or one older than this program.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE search IS NULL"))
        || !query.next())
        problems.append(tr("the search index cannot be read (%1)")
                            .arg(query.lastError().databaseText().trimmed()));
    query.finish();
    const int version = schemaVersion();
    if (version < latestSchemaVersion())
        problems.append(tr("schema %1 is older than %2 (run: copydesk db migrate)")
                            .arg(version)
                            .arg(latestSchemaVersion()));
    return problems;
}

Error Database::serverErrorFrom(const QSqlError &error, const QString &doing) const
{
    const QString state = error.nativeErrorCode();
    qCDebug(lcDb) << "server error" << state << error.text() << "while" << doing;
    const QString detail
        = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText())
              .section(QLatin1Char('\n'), 0, 0)
              .trimmed();
    if (!isConnected() || state.startsWith(QLatin1String("08"))
        || state.startsWith(QLatin1String("57P")))
        return { Error::Kind::Unreachable,
                 tr("the connection to the newsroom server (%1) was lost while %2; "
                    "nothing was changed")
                     .arg(m_displayName, doing) };
    if (state == QLatin1String("55P03") || state == QLatin1String("40001")
        || state == QLatin1String("40P01"))
        return { Error::Kind::Busy,
                 tr("the newsroom %1 is locked by another program and stayed locked "
                    "beyond the 5 second wait while %2; nothing was changed, try again")
                     .arg(m_displayName, doing) };
    if (state == QLatin1String("42501"))
        return { Error::Kind::NotPermitted,
                 tr("the newsroom server refused this while %1: %2").arg(doing, detail) };
    if (state == QLatin1String("53100"))
        return {
            Error::Kind::Failed,
            tr("the newsroom server's disk is full while %1; nothing was changed").arg(doing)
        };
    return { Error::Kind::Failed, tr("%1 failed on %2: %3").arg(doing, m_displayName, detail) };
}

} // namespace copydesk::db
