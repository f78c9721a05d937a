#pragma once

#include "app/core/result.h"
#include "app/workflow/permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace copydesk::app {

class StoreContext;

// The newsroom's settings: publication name, about text, links, base URL. Changed by the
// editor-in-chief or an administrator, each change in the audit log.
class SettingsService final
{
    Q_DISABLE_COPY_MOVE(SettingsService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::SettingsService)

public:
    explicit SettingsService(StoreContext &context);

    Result<QString> value(const QString &key, const QString &fallback = {});
    // The house limit of a headline on the web, in characters (0: none; 70 unless set).
    int headlineLimit();
    Result<void> setSetting(const Actor &by, const QString &key, const QString &value);
    // Several settings as one write: all of them, or none when one is refused.
    Result<void> setSettings(const Actor &by, const QList<std::pair<QString, QString>> &values);

private:
    StoreContext &m_ctx;
};

} // namespace copydesk::app
