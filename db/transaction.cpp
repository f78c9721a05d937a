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
    auto result = m_depth == 0
        ? m_database.exec(m_database.isServer() ? QStringLiteral("BEGIN")
                                                : QStringLiteral("BEGIN IMMEDIATE"),
                          tr("starting a write"))
        : m_database.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth), tr("starting a write"));
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
    if (result.ok()) {
        m_active = false;
        --m_database.m_transactionDepth;
    }
    return result;
}

} // namespace copydesk::db
