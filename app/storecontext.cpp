#include "app/storecontext.h"

#include <QSysInfo>

namespace copydesk::app {

StoreContext::StoreContext()
    : machine(QSysInfo::machineHostName().isEmpty() ? tr("this computer")
                                                    : QSysInfo::machineHostName())
    , clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

Result<void> StoreContext::log(const Actor &by, const QString &action, const QString &note,
                               qint64 articleId, const QString &from, const QString &to)
{
    db::AuditEntry entry;
    entry.personId = by.id;
    entry.at = now();
    entry.action = action;
    entry.note = note;
    entry.articleId = articleId;
    entry.fromStatus = from;
    entry.toStatus = to;
    if (const auto r = journal.log(entry); !r)
        return r.error();
    return {};
}

} // namespace copydesk::app
