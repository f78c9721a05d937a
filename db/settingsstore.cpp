#include "db/settingsstore.h"

#include "db/database.h"
#include "db/transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

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
    // On a newsroom server the write goes through the settings view, whose writer replaces an
    // existing key itself (a view takes no ON CONFLICT target).
    q.prepare(m_database.isServer()
                  ? QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)")
                  : QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q, tr("saving the setting %1").arg(key));
    return {};
}

Result<QList<PermissionRow>> SettingsStore::permissionRules()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT action, status, who FROM permission_rules ORDER BY action, status, who")))
        return m_database.errorFrom(q, tr("reading the permission table"));
    QList<PermissionRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return rows;
}

Result<void> SettingsStore::replacePermissionRules(const QList<PermissionRow> &rows)
{
    QList<PermissionRow> wanted = rows;
    std::sort(wanted.begin(), wanted.end(), [](const PermissionRow &a, const PermissionRow &b) {
        return std::tie(a.action, a.status, a.who) < std::tie(b.action, b.status, b.who);
    });
    const auto current = permissionRules();
    if (!current)
        return current.error();
    if (*current == wanted)
        return {};
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("DELETE FROM permission_rules")))
        return m_database.errorFrom(q, tr("writing the permission table"));
    q.prepare(
        QStringLiteral("INSERT INTO permission_rules (action, status, who) VALUES (?, ?, ?)"));
    for (const PermissionRow &row : std::as_const(wanted)) {
        q.addBindValue(row.action);
        q.addBindValue(row.status);
        q.addBindValue(row.who);
        if (!q.exec())
            return m_database.errorFrom(q, tr("writing the permission table"));
    }
    return transaction.commit();
}

} // namespace copydesk::db
