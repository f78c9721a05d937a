#include "db/transaction.h"

#include "db/database.h"

namespace copydesk::db {

Transaction::Transaction(Database &database) : m_database(database) { }

Transaction::~Transaction()
{
    if (m_active)
        (void)m_database.exec(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
}

Result<void> Transaction::begin()
{
    auto result = m_database.exec(QStringLiteral("BEGIN IMMEDIATE"),
                                  QStringLiteral("starting a write"));
    m_active = result.ok();
    return result;
}

Result<void> Transaction::commit()
{
    auto result = m_database.exec(QStringLiteral("COMMIT"), QStringLiteral("committing"));
    if (result.ok())
        m_active = false;
    return result;
}

} // namespace copydesk::db
