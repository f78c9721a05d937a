#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;
struct sqlite3_stmt;
class QSqlQuery;

namespace copydesk::db {

// One open store: a named SQLite connection with Copydesk's pragmas, or a connection to a
// newsroom on a PostgreSQL server; and its migrations, which run on both engines.
// A process keeps one writing connection per store (see DESIGN.md §8 on SQLite's WAL bug).
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::Database)

public:
    enum class OpenMode {
        CreateIfMissing, // a new file becomes an empty store (then call migrate())
        MustExist, // a missing file is an error; so is a file that is not a Copydesk store
    };

    enum class Engine { SQLite, PostgreSQL };

    Database();
    ~Database();

    // Opens a store file, or a newsroom on a server when location is a postgresql:// address
    // (see ServerAddress). password is for the server only; without one, libpq looks in
    // PGPASSWORD and ~/.pgpass. A server's database must exist: CreateIfMissing makes an empty
    // database a Copydesk store, never a new database.
    Result<void> open(const QString &location, OpenMode mode, const QString &password = {});
    void close();
    bool isOpen() const;

    // Applies every migration newer than the store, each in one transaction; returns how many
    // ran. A store newer than this program is refused and left as it was.
    Result<int> migrate();

    int schemaVersion() const; // 0 for an empty store
    static int latestSchemaVersion();

    // A consistent copy of the store while others keep working: VACUUM INTO a temporary file
    // beside the target, an integrity check of the copy, then a rename over the target.
    // Writes a checked copy of the store to target. An existing file there is replaced only if
    // it is a Copydesk store (an older backup) or force is given.
    Result<void> backup(const QString &target, bool force = false);
    // Whether the file at path starts as a Copydesk store does (SQLite header, our application
    // id). Reads 72 bytes; never call it on a store this process has open.
    static bool isCopydeskStoreFile(const QString &path);
    // True when SQLite opened the store read-only (no write permission): it can be read,
    // listed and exported, not changed.
    bool isReadOnly() const;

    // Integrity and foreign-key checks; an empty list means the store is sound.
    Result<QStringList> check();

    QSqlDatabase connection() const;
    // The store's file, or the server address (without a password) it was opened with.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // How a person would name the store: the file's name, or "copydesk on db.example.org".
    QString displayName() const;
    // False when a server connection has been lost (a query failed and the server is gone).
    bool isConnected() const;
    // Connects to the server again after the connection was lost, with the same address and
    // password; a store file needs nothing. An open transaction is gone with the old connection.
    Result<void> reconnect();
    // A round trip to the server (SELECT 1): Unreachable when it has gone away.
    Result<void> ping();
    // The password the store was opened with (a server's), for a second connection to it.
    QString password() const { return m_password; }

    // Stops the statement this connection is running, from any thread: it fails as interrupted
    // (sqlite3_interrupt, or a cancel request to the server). Harmless when nothing runs.
    void interrupt();

    // Turns a failed query into an Error that names what was being done and why it failed
    // (a busy store, a damaged file, a full disk).
    Error errorFrom(const QSqlError &error, const QString &doing) const;
    Error errorFrom(const QSqlQuery &query, const QString &doing) const;

    // A statement prepared once on this connection and kept until it closes, for statements a
    // write runs for each of many articles (an import's): Qt's driver prepares anew for every
    // query otherwise. Bind with bindValue(position, value); finish() it after reading.
    QSqlQuery &kept(const QString &sql);

    // Runs one statement with no bound values (pragmas, BEGIN, COMMIT).
    Result<void> exec(const QString &sql, const QString &doing);

    // The application_id stamped into every Copydesk store ("CPDK").
    static constexpr int applicationId = 0x4350444b;

    // A file system where SQLite's locking cannot be trusted (NFS, SMB/CIFS); empty when local.
    static QString networkFileSystemName(const QString &directory);
    // The same for a statfs f_type value.
    static QString networkFileSystemType(quint64 type);
    // Only test code calls this: which file system open() believes a folder is on (nullptr:
    // networkFileSystemName, the real one), so that a suite can put a store "on NFS".
    using FileSystemProbe = QString (*)(const QString &directory);
    static void setFileSystemProbeForTests(FileSystemProbe probe);

private:
    friend class Transaction;
    friend class SqliteRows;
    // SQLite: a statement prepared once on this connection and kept until it closes; null
    // (and code set) when it cannot be prepared.
    ::sqlite3_stmt *keptStatement(const QString &sql, int *code);
    void *sqliteHandle() const { return m_sqliteHandle; }
    Error sqliteErrorFrom(int code, const QString &detail, const QString &doing) const;
    Result<void> openFile(const QString &path, OpenMode mode);
    Result<void> openServer(const QString &address, OpenMode mode, const QString &password);
    // databaseserver.cpp: the PostgreSQL side.
    Result<void> prepareServerSession();
    Error serverErrorFrom(const QSqlError &error, const QString &doing) const;
    // A store written by a newer Copydesk, named as shown, is refused and left as it is.
    Result<void> refuseNewerSchema(const QString &shown) const;
    Result<void> backupServer(const QString &target, bool force);
    // Puts a finished backup (temporary) in place of target, shown as shown in messages.
    static Result<void> moveBackupInto(const QString &temporary, const QString &target,
                                       const QString &shown);
    Result<QStringList> checkServer();
    void keepInterruptHandle();
    void keepServerCancel(const QVariant &handle);
    void forgetServerCancel();
    void cancelOnServer();

    Engine m_engine = Engine::SQLite;
    QString m_displayName;
    int m_transactionDepth = 0; // open Transactions; inner ones are savepoints

    QString m_connectionName;
    QString m_path;
    QString m_password;
    QMutex m_interruptMutex; // guards the handles below: interrupt() comes from other threads
    void *m_sqliteHandle = nullptr; // sqlite3
    void *m_serverCancel = nullptr; // PGcancel
    QHash<QString, ::sqlite3_stmt *> m_statements; // kept by keptStatement()
    QHash<QString, QSqlQuery> m_kept; // kept by kept()
    std::optional<QSqlQuery> m_unkept; // what kept() gives when a statement cannot be prepared
};

} // namespace copydesk::db
