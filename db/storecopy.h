#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk::db {

class Database;

// Moves a whole newsroom from one store to another, SQLite or PostgreSQL either way: every
// table, row for row with the same ids, in one transaction on the target, which must be empty.
// The counts of every table are compared before the target commits.
class StoreCopy final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::StoreCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // Both stores open; the target migrated to the latest schema (and so is the source: an older
    // one must be migrated first).
    static Result<QList<TableCount>> copy(Database &source, Database &target);

    // The tables of a newsroom in the order their references need.
    static QStringList tables();

    // True when the store has no rows in any newsroom table.
    static Result<bool> isEmpty(Database &database);
    // Refuses (Invalid, naming the store) one that already holds a newsroom.
    static Result<void> requireEmpty(Database &target);
};

} // namespace copydesk::db
