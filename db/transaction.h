#pragma once

#include "app/core/result.h"

#include <QCoreApplication>

namespace copydesk::db {

class Database;

// One logical write: BEGIN IMMEDIATE (so the write lock is taken up front and waits within the
// busy timeout, rather than failing half-way on SQLite's deferred upgrade; on PostgreSQL, BEGIN
// and a transaction-scoped advisory lock, to the same effect), COMMIT, and a
// rollback if the scope is left without commit(). A Transaction begun inside another is a
// savepoint, so a batch (an import of many files, the demo newsroom) is still one write.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();

    Result<void> begin();
    // The advisory lock that serialises writes on a newsroom server (see begin()).
    static constexpr qint64 WriteLockKey = 0x4350444b00000002LL;
    Result<void> commit();

private:
    Database &m_database;
    bool m_active = false;
    int m_depth = 0;
};

} // namespace copydesk::db
