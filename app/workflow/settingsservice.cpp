#include "app/workflow/settingsservice.h"

#include "app/export/settingsrules.h"
#include "app/storecontext.h"
#include "db/transaction.h"

namespace copydesk::app {

SettingsService::SettingsService(StoreContext &context)
    : m_ctx(context)
{ }

Result<void> SettingsService::setSettings(const Actor &by,
                                          const QList<std::pair<QString, QString>> &values)
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    for (const auto &[key, value] : values)
        if (auto r = setSetting(by, key, value); !r)
            return r;
    return transaction.commit();
}

Result<QString> SettingsService::value(const QString &key, const QString &fallback)
{
    return m_ctx.settings.value(key, fallback);
}

int SettingsService::headlineLimit()
{
    const auto limit = value(SettingsRules::HeadlineCharsKey, SettingsRules::HeadlineCharsDefault);
    return limit ? limit->toInt() : SettingsRules::HeadlineCharsDefault.toInt();
}

Result<void> SettingsService::setSetting(const Actor &by, const QString &key,
                                         const QString &rawValue)
{
    if (const Decision d = Permissions::decide(by, Action::Settings); !d)
        return notPermitted(d.reason);
    const auto value = SettingsRules::validate(key, rawValue);
    if (!value)
        return value.error();
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_ctx.settings.setValue(key, *value); !r)
        return r;
    if (auto r = m_ctx.log(by, QStringLiteral("settings"), key); !r)
        return r;
    return transaction.commit();
}

} // namespace copydesk::app
