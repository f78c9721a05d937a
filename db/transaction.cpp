#include "db/transaction.h"

#include "db/database.h"

namespace copydesk::db {

Transaction::Transaction(Database &database)
    : m_database(database)
{ }

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        (void)m_database.exec(QStringLiteral("ROLLBACK"), tr("rolling back"));
    } else {
        const QString name = QStringLiteral("sp%1").arg(m_depth);
        (void)m_database.exec(QStringLiteral("ROLLBACK TO ") + name, tr("rolling back"));
        (void)m_database.exec(QStringLiteral("RELEASE ") + name, tr("rolling back"));
    }
    --m_database.m_transactionDepth;
}

Result<void> Transaction::begin()
{
    m_depth = m_database.m_transactionDepth;
    Result<void> result;
    if (m_depth > 0) {
        result = m_database.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth),
                                 tr("starting a write"));
    } else if (!m_database.isServer()) {
        result = m_database.exec(QStringLiteral("BEGIN IMMEDIATE"), tr("starting a write"));
    } else {
        // As BEGIN IMMEDIATE on SQLite: one write at a time per newsroom, so that what a write
        // checks (a status, a lock, a version, whether a store is empty) still holds when it
        // writes. The lock ends with the transaction; waiting for it is bounded by the
        // connection's 5-second lock_timeout.
        result = m_database.exec(QStringLiteral("BEGIN"), tr("starting a write"));
        if (result) {
            result = m_database.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey),
                tr("waiting for another writer"));
            if (!result)
                (void)m_database.exec(QStringLiteral("ROLLBACK"), tr("rolling back"));
        }
    }
    m_active = result.ok();
    if (m_active)
        ++m_database.m_transactionDepth;
    return result;
}

Result<void> Transaction::commit()
{
    auto result = m_depth == 0
        ? m_database.exec(QStringLiteral("COMMIT"), tr("committing"))
        : m_database.exec(QStringLiteral("RELEASE sp%1").arg(m_depth), tr("committing"));
    if (!result && result.error().kind == Error::Kind::Unreachable && m_depth == 0)
        // The server may have committed before the connection went: say so, not "nothing was
        // changed".
        return Error { Error::Kind::Unreachable,
                       tr("the connection to the newsroom server (%1) was lost while committing; "
                          "the change may or may not have been saved")
                           .arg(m_database.displayName()) };
    if (result.ok()) {
        m_active = false;
        --m_database.m_transactionDepth;
    }
    return result;
}

} // namespace copydesk::db
