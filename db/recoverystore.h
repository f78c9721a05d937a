#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>

#include <optional>

namespace copydesk::db {

class Database;

// Autosave slots and soft edit locks: the store's part in nobody losing work.
class RecoveryStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::RecoveryStore)

public:
    explicit RecoveryStore(Database &database);

    // Replaces the person's slot for that article (or draft key).
    Result<qint64> putAutosave(const Autosave &autosave);
    Result<QList<Autosave>> autosaves(qint64 personId);
    Result<void> removeAutosave(qint64 personId, qint64 articleId, const QString &draftKey);
    Result<void> removeAutosave(qint64 autosaveId);

    Result<std::optional<EditLock>> lock(qint64 articleId);
    // Takes or renews the lock unless someone else holds a live one (then Conflict, with the
    // holder in the message); force takes it over.
    Result<EditLock> acquireLock(qint64 articleId, qint64 personId, const QString &machine,
                                 const QDateTime &now, int seconds, bool force);
    Result<void> releaseLock(qint64 articleId, qint64 personId, const QString &machine);

private:
    Database &m_database;
};

} // namespace copydesk::db
