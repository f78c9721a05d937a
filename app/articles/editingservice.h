#pragma once

#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace copydesk::app {

class StoreContext;

// Nobody loses work: soft edit locks (who has an article open, where, until when) and autosaves
// of unsaved text for recovery after a crash.
class EditingService final
{
    Q_DISABLE_COPY_MOVE(EditingService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::EditingService)

public:
    static constexpr int LockSeconds = 120;

    explicit EditingService(StoreContext &context);

    // Takes (or renews) the soft edit lock of an article for this person on this machine. Held
    // by someone else: a Conflict saying who, where and since when; takeOver takes it from them
    // where the person may (a section editor of its section, a deputy, the editor-in-chief).
    Result<db::EditLock> lockForEditing(const Actor &by, qint64 articleId, bool takeOver = false);
    Result<void> releaseLock(const Actor &by, qint64 articleId);
    static Decision mayTakeOver(const Actor &by, const db::Article &article);
    // The live lock of an article held by someone other than this person on this machine.
    std::optional<db::EditLock> lockedByOther(const Actor &by, qint64 articleId);
    // True when the lock is live and belongs to someone else or to another machine.
    bool isOtherLock(const db::EditLock &lock, const Actor &by) const;

    // Unsaved text, kept without making a revision; cleared by a save.
    Result<qint64> autosave(const Actor &by, db::Autosave autosave);
    Result<QList<db::Autosave>> autosaves(const Actor &by);
    // Removes one of the person's own autosaves (by article, or by draft key for a new one).
    Result<void> discardAutosave(const Actor &by, qint64 articleId, const QString &draftKey);

private:
    StoreContext &m_ctx;
};

} // namespace copydesk::app
