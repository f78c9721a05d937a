#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk::db {

class Database;

// The newsroom's settings: publication name, about text, style checks switched off, …; and the
// copy of the permission table the server's own checks read.
class SettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::SettingsStore)

public:
    explicit SettingsStore(Database &database);

    Result<QString> value(const QString &key, const QString &fallback = {});
    Result<void> setValue(const QString &key, const QString &value);

    // The store's copy of the permission table, in order; replace() writes it in one transaction
    // when it differs from rows (and does nothing when it is the same).
    Result<QList<PermissionRow>> permissionRules();
    Result<void> replacePermissionRules(const QList<PermissionRow> &rows);

private:
    Database &m_database;
};

} // namespace copydesk::db
