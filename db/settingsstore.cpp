#include "db/settingsstore.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

SettingsStore::SettingsStore(Database &database)
    : m_database(database)
{ }

Result<QString> SettingsStore::value(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading the setting %1").arg(key));
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q, tr("saving the setting %1").arg(key));
    return {};
}

} // namespace copydesk::db
