#pragma once

#include "app/core/result.h"

#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3_stmt;

namespace copydesk::db {

class Database;

// One read through the sqlite3 C API on a store's own connection, for the reads the window
// repeats most: a page of the list or of a search. Qt's driver turns every value into UTF-16
// and a QVariant, which for a page of 200 rows costs as much as the query itself; here text is
// read from the UTF-8 SQLite keeps. Statements are prepared once per connection and kept
// (Database finalizes them when it closes); each read resets its statement when done, so no
// read transaction stays open.
class SqliteRows final
{
    Q_DISABLE_COPY_MOVE(SqliteRows)

public:
    SqliteRows(Database &database, const QString &sql);
    ~SqliteRows();

    // Binds the values in order; rows follow with next().
    Result<void> exec(const QVariantList &values, const QString &doing);
    bool next(); // false at the end, and on a failure (then failure() says what)
    std::optional<Error> failure(const QString &doing) const;

    qint64 integer(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    Database &m_database;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = 0; // the last result code of SQLite
};

} // namespace copydesk::db
