#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk::db {

class Database;

// The newsroom's settings: publication name, about text, style checks switched off, …
class SettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::SettingsStore)

public:
    explicit SettingsStore(Database &database);

    Result<QString> value(const QString &key, const QString &fallback = {});
    Result<void> setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace copydesk::db
