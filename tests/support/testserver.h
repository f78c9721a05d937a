#pragma once

#include <QSqlDatabase>
#include <QString>

namespace copydesk::test {

// The PostgreSQL server the suites run against when ctest runs their "_postgresql" variants:
// its administrator's address is in COPYDESK_TEST_SERVER, or in the file named by
// COPYDESK_TEST_SERVER_FILE (written by tests/support/pgserver.sh). Each newsroom a suite makes
// is a new database there, dropped when the suite is done with it.
class TestServer final
{
public:
    // True when this run is on PostgreSQL. A run that asks for a server that cannot be found
    // stops with the reason: it never quietly falls back to SQLite.
    static bool isEnabled();
    // The administrator's address (postgresql://user@host:port/postgres).
    static QString adminAddress();
    // A new, empty database; returns its address.
    static QString createDatabase();
    // Drops a database made by createDatabase(), closing what is still connected to it.
    static void dropDatabase(const QString &address);
    // The same database as another login (a person's own; the test server trusts loopback).
    static QString asLogin(const QString &address, const QString &login);
};

// A PostgreSQL server of one test's own, for a test that stops it (a server that goes away) and
// starts it again: tests/support/pgserver.sh in a temporary folder. Stopped when it goes.
// Available where PostgreSQL's server programs are (COPYDESK_PGSERVER_SCRIPT names the script).
class PrivateServer final
{
public:
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    bool isRunning() const { return !m_admin.isEmpty(); }
    QString error() const { return m_error; }
    // A new, empty database there; returns its address.
    QString createDatabase();
    // Kills the server at once, as a crash or a pulled cable would; resume() starts it again on
    // the same port with the same data.
    bool pause();
    bool resume();

private:
    bool script(const QString &command);

    QString m_state;
    QString m_admin;
    QString m_error;
};

// A connection of its own to a database of the test server, as the administrator: another
// program holding a lock, or a person at psql. Closed when it goes.
class ServerConnection final
{
public:
    explicit ServerConnection(const QString &address);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase database() const;
    // Runs one statement; returns the server's error text, empty on success.
    QString exec(const QString &sql);
    // The first column of the first row of a query (invalid when it failed).
    QVariant value(const QString &sql);

private:
    QString m_name;
};

} // namespace copydesk::test
