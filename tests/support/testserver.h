#pragma once

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
    // Runs one statement as the administrator on the database at address (for a test that
    // plays a person connecting with psql). Returns the server's error text, empty on success.
    static QString execAsAdmin(const QString &address, const QString &sql);
};

} // namespace copydesk::test
