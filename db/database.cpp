#include "db/database.h"

#include "db/serveraddress.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

Q_LOGGING_CATEGORY(lcDb, "copydesk.db", QtWarningMsg) // shared with databaseserver.cpp

namespace copydesk::db {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct Migration
{
    int version = 0;
    QString fileName;
};

QList<Migration> availableMigrations()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const auto files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            migrations.append({ version, dir.filePath(file) });
    }
    return migrations;
}

// The lines of a migration for one engine. A migration is shared SQL; where the engines differ
// a block starts with "-- engine: sqlite" or "-- engine: postgresql" and ends at
// "-- engine: all" (or the next block).
QString scriptFor(const QString &script, Database::Engine engine)
{
    static const QRegularExpression marker(QStringLiteral(R"(^--\s*engine:\s*(\w+)\s*$)"));
    const QString mine = engine == Database::Engine::SQLite ? QStringLiteral("sqlite")
                                                            : QStringLiteral("postgresql");
    QString out;
    QString current = QStringLiteral("all");
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto match = marker.match(line.trimmed());
        if (match.hasMatch()) {
            current = match.captured(1).toLower();
            continue;
        }
        if (current == QLatin1String("all") || current == mine)
            out += line + QLatin1Char('\n');
    }
    return out;
}

// Splits a migration into statements. QSqlQuery::exec runs one statement per call. On SQLite,
// triggers hold semicolons of their own, so SQLite itself says where one ends; on PostgreSQL a
// statement ends with a semicolon at the end of a line outside a $$-quoted function body.
QStringList splitStatements(const QString &script, Database::Engine engine)
{
    QStringList statements;
    QString current;
    bool inDollarQuote = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty()
            && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        bool complete = false;
        if (engine == Database::Engine::SQLite) {
            complete = sqlite3_complete(current.toUtf8().constData());
        } else {
            if (line.count(QLatin1String("$$")) % 2 == 1)
                inDollarQuote = !inDollarQuote;
            complete = !inDollarQuote && line.trimmed().endsWith(QLatin1Char(';'));
        }
        if (complete) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// The key of the advisory lock that lets one machine at a time migrate a server's newsroom.
constexpr qint64 MigrationLockKey = 0x4350444b00000001LL;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("copydesk-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

QString Database::networkFileSystemType(quint64 type)
{
    switch (type) {
    case 0x6969ULL:
        return QStringLiteral("NFS");
    case 0x517BULL:
        return QStringLiteral("SMB");
    case 0xFF534D42ULL:
        return QStringLiteral("CIFS");
    case 0xFE534D42ULL:
        return QStringLiteral("SMB2");
    case 0x564CULL:
        return QStringLiteral("NCP");
    case 0x47504653ULL:
        return QStringLiteral("GPFS");
    default:
        return {};
    }
}

namespace {
std::atomic<Database::FileSystemProbe> fileSystemProbe { nullptr };
} // namespace

void Database::setFileSystemProbeForTests(FileSystemProbe probe)
{
    fileSystemProbe.store(probe);
}

QString Database::networkFileSystemName(const QString &directory)
{
#if defined(Q_OS_LINUX)
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(directory).constData(), &info) != 0)
        return {};
    return networkFileSystemType(quint64(static_cast<unsigned long>(info.f_type)));
#else
    Q_UNUSED(directory);
    return {};
#endif
}

Result<void> Database::open(const QString &location, OpenMode mode, const QString &password)
{
    close();
    auto opened = ServerAddress::isServerAddress(location) ? openServer(location, mode, password)
                                                           : openFile(location, mode);
    if (opened) {
        m_password = password;
        keepInterruptHandle();
    }
    return opened;
}

void Database::keepInterruptHandle()
{
    const QVariant handle = connection().driver()->handle();
    const QMutexLocker locker(&m_interruptMutex);
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqliteHandle = *static_cast<sqlite3 *const *>(handle.data());
    else
        keepServerCancel(handle);
}

sqlite3_stmt *Database::keptStatement(const QString &sql, int *code)
{
    if (sqlite3_stmt *kept = m_statements.value(sql))
        return kept;
    auto *handle = static_cast<sqlite3 *>(m_sqliteHandle);
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    *code = handle ? sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
                   : SQLITE_MISUSE;
    if (*code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

void Database::interrupt()
{
    const QMutexLocker locker(&m_interruptMutex);
    if (m_sqliteHandle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqliteHandle));
    else if (m_serverCancel)
        cancelOnServer();
}

QString Database::displayName() const
{
    return m_displayName;
}

Result<void> Database::openFile(const QString &path, OpenMode mode)
{
    m_engine = Engine::SQLite;
    const QFileInfo info(path);
    const QString shown = nativePath(info.absoluteFilePath());
    if (info.exists() && !info.isFile())
        return failure(Error::Kind::Invalid, tr("%1 is not a file").arg(shown));
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return failure(Error::Kind::NotFound,
                           tr("no store at %1 (create one with: copydesk init)").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return failure(Error::Kind::Failed,
                           tr("cannot create the folder %1").arg(nativePath(info.absolutePath())));
    }
    const FileSystemProbe fileSystemOf = fileSystemProbe.load();
    const QString fileSystem = fileSystemOf ? fileSystemOf(info.absolutePath())
                                            : networkFileSystemName(info.absolutePath());
    if (!fileSystem.isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("%1 is on a network file system (%2), where SQLite's locking "
                          "cannot keep a shared store safe; use a PostgreSQL store "
                          "for a newsroom that shares one")
                           .arg(shown, fileSystem));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const Error error = errorFrom(db.lastError(), tr("opening the store"));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return error;
        }
    }
    m_path = info.absoluteFilePath();
    m_displayName = info.fileName();

    auto fail = [this](Error error) -> Result<void> {
        close();
        return error;
    };

    // The first read of the file: a file that is not SQLite fails here.
    QSqlQuery probe(connection());
    bool readOnly = false;
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next()) {
        // A WAL store whose file and folder this user may not write cannot even be read the
        // usual way (SQLite cannot make its -shm file). Nobody here can change it, so it is
        // read as an immutable file: listed, shown, exported, checked, never written.
        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        if (code != SQLITE_READONLY || writable)
            return fail(errorFrom(probe, tr("reading the store")));
        probe = QSqlQuery();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            if (!db.open())
                return fail(errorFrom(db.lastError(), tr("opening the store")));
        }
        probe = QSqlQuery(connection());
        if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next())
            return fail(errorFrom(probe, tr("reading the store")));
        readOnly = true;
    }
    const int appId = probe.value(0).toInt();
    probe.finish();
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return fail(errorFrom(probe, tr("reading the store")));
    const int objects = probe.value(0).toInt();
    probe.finish();

    if (appId != applicationId) {
        if (objects > 0 || appId != 0)
            return fail(failure(Error::Kind::Invalid, tr("%1 is not a Copydesk store").arg(shown)));
        if (mode == OpenMode::MustExist)
            return fail(failure(Error::Kind::Invalid,
                                tr("%1 is not a Copydesk store (it is empty; create one "
                                   "with: copydesk init)")
                                    .arg(shown)));
    }

    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=5000" }) {
        if (readOnly)
            break;
        // Switching a new store to WAL needs it to itself, and SQLite answers "busy" at once
        // rather than through the busy handler when another program opens the same new store
        // at that moment: wait for it within the same 5 seconds.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QSqlQuery query(connection());
            if (query.exec(QString::fromLatin1(pragma)))
                break;
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited.elapsed() > 5000)
                return fail(errorFrom(query, tr("preparing the store")));
            QThread::msleep(20);
        }
    }

    if (auto r = refuseNewerSchema(shown); !r)
        return fail(r.error());
    qCDebug(lcDb) << "opened" << m_path << "schema" << schemaVersion();
    return {};
}

Result<void> Database::refuseNewerSchema(const QString &shown) const
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        return failure(Error::Kind::Invalid,
                       tr("%1 was written by a newer Copydesk (schema %2; this program knows "
                          "up to %3); it was left unchanged")
                           .arg(shown)
                           .arg(version)
                           .arg(latestSchemaVersion()));
    return {};
}

QSqlQuery &Database::kept(const QString &sql)
{
    auto it = m_kept.find(sql);
    if (it == m_kept.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql)) {
            // Not kept (a busy store, an aborted transaction): prepared again next time. The
            // caller's exec() fails with this query's error.
            m_unkept = query;
            return *m_unkept;
        }
        it = m_kept.insert(sql, query);
    }
    return *it;
}

void Database::close()
{
    // The kept statements go first: a connection with statements left cannot close.
    m_kept.clear();
    m_unkept.reset();
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    {
        const QMutexLocker locker(&m_interruptMutex);
        m_sqliteHandle = nullptr;
        forgetServerCancel();
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_displayName.clear();
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    const QString exists = m_engine == Engine::SQLite
        ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                         "'schema_migrations'")
        : QStringLiteral("SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL");
    if (!query.exec(exists) || !query.next())
        return 0;
    query.finish();
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<int> Database::migrate()
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return failure(Error::Kind::Invalid,
                       tr("%1 was written by a newer Copydesk (schema %2); it was left "
                          "unchanged")
                           .arg(nativePath(m_path))
                           .arg(current));
    int applied = 0;
    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.fileName);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Error::Kind::Failed,
                           tr("cannot read migration %1").arg(migration.fileName));
        const QString script = scriptFor(QString::fromUtf8(file.readAll()), m_engine);

        Transaction transaction(*this);
        if (auto r = transaction.begin(); !r)
            return r.error();
        QSqlQuery query(connection());
        // Two machines migrating one server at once: the second waits here for the first,
        // then finds the migration applied. (On SQLite, BEGIN IMMEDIATE already serialises.)
        if (m_engine == Engine::PostgreSQL
            && !query.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey)))
            return errorFrom(query, tr("waiting for another machine's migration"));
        query.finish();
        if (schemaVersion() >= migration.version)
            continue; // applied by someone else meanwhile; the transaction rolls back
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
            return errorFrom(query, tr("recording migrations"));
        int number = 0;
        for (const QString &statement : splitStatements(script, m_engine)) {
            ++number;
            if (!query.exec(statement))
                return errorFrom(query,
                                 tr("applying migration %1 (statement %2)")
                                     .arg(QFileInfo(migration.fileName).fileName())
                                     .arg(number));
            query.finish();
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(nowUtc());
        if (!query.exec())
            return errorFrom(query, tr("recording migration %1").arg(migration.version));
        if (m_engine == Engine::SQLite
            && !query.exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId)))
            return errorFrom(query, tr("stamping the store"));
        query.finish();
        if (auto r = transaction.commit(); !r)
            return r.error();
        ++applied;
        qCInfo(lcDb) << "applied migration" << migration.version << "to" << m_path;
    }
    return applied;
}

bool Database::isCopydeskStoreFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    if (header.size() < 72 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto byte = [&header](int i) {
        return quint32(uchar(header.at(i)));
    };
    const quint32 id = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return id == quint32(applicationId);
}

Result<void> Database::backup(const QString &target, bool force)
{
    if (m_engine == Engine::PostgreSQL)
        return backupServer(target, force);
    const QFileInfo info(target);
    const QString shown = nativePath(info.absoluteFilePath());
    if (info.absoluteFilePath() == m_path)
        return failure(Error::Kind::Invalid, tr("a backup cannot replace the store itself"));
    if (info.exists() && !info.isFile())
        return failure(Error::Kind::Invalid,
                       tr("%1 exists and is not a file; nothing was written").arg(shown));
    if (info.exists() && !force && !isCopydeskStoreFile(info.absoluteFilePath()))
        return failure(Error::Kind::Invalid,
                       tr("%1 exists and is not a Copydesk store; nothing was written "
                          "(give --force to replace it)")
                           .arg(shown));
    if (!QDir().mkpath(info.absolutePath()))
        return failure(Error::Kind::Failed, tr("cannot create the folder for %1").arg(shown));
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return errorFrom(query, tr("copying the store to %1").arg(shown));
    }
    query.finish();
    // The copy must open and pass the integrity check before it replaces anything.
    {
        Database copy;
        if (auto r = copy.open(temporary, OpenMode::MustExist); !r) {
            QFile::remove(temporary);
            return failure(Error::Kind::Failed,
                           tr("the backup did not open: %1").arg(r.errorString()));
        }
        const auto problems = copy.check();
        copy.close();
        if (!problems || !problems->isEmpty()) {
            QFile::remove(temporary);
            return failure(
                Error::Kind::Failed,
                tr("the backup failed its integrity check (%1); nothing was written to %2")
                    .arg(problems ? problems->join(QStringLiteral("; ")) : problems.errorString(),
                         shown));
        }
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    return moveBackupInto(temporary, info.absoluteFilePath(), shown);
}

Result<void> Database::moveBackupInto(const QString &temporary, const QString &target,
                                      const QString &shown)
{
    // One rename: the target is the old backup or the new one, never half of one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(temporary);
        return failure(Error::Kind::Failed, tr("cannot write %1").arg(shown));
    }
    return {};
}

Result<QStringList> Database::check()
{
    if (m_engine == Engine::PostgreSQL)
        return checkServer();
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return errorFrom(query, tr("checking the store"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return errorFrom(query, tr("checking references"));
    while (query.next())
        problems.append(tr("%1 row %2 refers to a missing row of %3")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString()));
    query.finish();
    // FTS5's check is written as an INSERT: a read-only store cannot run it, and a writer
    // holding the store makes it wait. Neither is damage, and neither is reported as such.
    if (!isReadOnly()
        && !query.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES "
                                      "('integrity-check', 1)"))) {
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_READONLY)
            return errorFrom(query, tr("checking the search index"));
        problems.append(tr("the search index does not match the articles (%1)")
                            .arg(query.lastError().databaseText()));
    }
    const int version = schemaVersion();
    if (version < latestSchemaVersion())
        problems.append(tr("schema %1 is older than %2 (run: copydesk db migrate)")
                            .arg(version)
                            .arg(latestSchemaVersion()));
    return problems;
}

bool Database::isReadOnly() const
{
    if (!isOpen())
        return false;
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *db = *static_cast<sqlite3 *const *>(handle.data());
    return db && sqlite3_db_readonly(db, "main") == 1;
}

Result<void> Database::exec(const QString &sql, const QString &doing)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query, doing);
    return {};
}

Error Database::errorFrom(const QSqlQuery &query, const QString &doing) const
{
    return errorFrom(query.lastError(), doing);
}

Error Database::errorFrom(const QSqlError &error, const QString &doing) const
{
    if (m_engine == Engine::PostgreSQL)
        return serverErrorFrom(error, doing);
    return sqliteErrorFrom(error.nativeErrorCode().toInt(),
                           error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                           doing);
}

Error Database::sqliteErrorFrom(int extendedCode, const QString &detail, const QString &doing) const
{
    const QString shown = nativePath(m_path.isEmpty() ? connection().databaseName() : m_path);
    const int code = extendedCode & 0xff;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { Error::Kind::Busy,
                 tr("the store %1 is locked by another program and stayed locked "
                    "beyond the 5 second wait while %2; nothing was changed, try again")
                     .arg(shown, doing) };
    case SQLITE_NOTADB:
        return { Error::Kind::Invalid, tr("%1 is not a Copydesk store (%2)").arg(shown, detail) };
    case SQLITE_CORRUPT:
        return { Error::Kind::Invalid,
                 tr("the store %1 is damaged (%2) while %3; open a backup or run "
                    "copydesk db check")
                     .arg(shown, detail, doing) };
    case SQLITE_FULL:
        return {
            Error::Kind::Failed,
            tr("the disk holding %1 is full while %2; nothing was changed").arg(shown, doing)
        };
    case SQLITE_READONLY:
        return { Error::Kind::Failed, tr("the store %1 is read-only while %2").arg(shown, doing) };
    case SQLITE_CANTOPEN:
        return { Error::Kind::Failed, tr("cannot open the store %1 (%2)").arg(shown, detail) };
    default:
        return { Error::Kind::Failed, tr("%1 failed on %2: %3").arg(doing, shown, detail) };
    }
}

} // namespace copydesk::db
