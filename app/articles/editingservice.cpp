#include "app/articles/editingservice.h"

#include "app/body/textlimits.h"
#include "app/storecontext.h"
#include "db/transaction.h"

namespace copydesk::app {

EditingService::EditingService(StoreContext &context)
    : m_ctx(context)
{ }

Decision EditingService::mayTakeOver(const Actor &by, const db::Article &article)
{
    if (by.has(Level::DeputyEditor) || by.has(Level::EditorInChief)
        || by.editsSection(article.section))
        return { true, {} };
    return { false,
             tr("only %1 may take over an article someone else is editing")
                 .arg(article.section.isEmpty()
                          ? tr("a deputy editor or the editor-in-chief")
                          : tr("a section editor of %1, a deputy editor or the editor-in-chief")
                                .arg(article.section)) };
}

bool EditingService::isOtherLock(const db::EditLock &lock, const Actor &by) const
{
    return lock.expiresAt > m_ctx.now()
        && (lock.personId != by.id || lock.machine != m_ctx.machine);
}

std::optional<db::EditLock> EditingService::lockedByOther(const Actor &by, qint64 articleId)
{
    const auto lock = m_ctx.recovery.lock(articleId);
    if (lock && *lock && isOtherLock(**lock, by))
        return **lock;
    return std::nullopt;
}

Result<db::EditLock> EditingService::lockForEditing(const Actor &by, qint64 articleId,
                                                    bool takeOver)
{
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    if (takeOver) {
        if (const Decision d = mayTakeOver(by, *article); !d)
            return notPermitted(d.reason);
    }
    // The lock and the record of a take-over are one write.
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto previous = m_ctx.recovery.lock(articleId);
    // Your own lock from another machine (or from a copy of Copydesk that crashed) is yours to
    // take.
    const bool own = previous && *previous && (*previous)->personId == by.id;
    auto lock = m_ctx.recovery.acquireLock(articleId, by.id, m_ctx.machine, m_ctx.now(),
                                           LockSeconds, takeOver || own);
    if (!lock)
        return lock;
    if (takeOver && previous && *previous && (*previous)->personId != by.id
        && (*previous)->expiresAt > m_ctx.now()) {
        if (auto r = m_ctx.log(
                by, QStringLiteral("take-over"),
                QStringLiteral("from %1 on %2").arg((*previous)->personName, (*previous)->machine),
                articleId);
            !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return lock;
}

Result<void> EditingService::releaseLock(const Actor &by, qint64 articleId)
{
    return m_ctx.recovery.releaseLock(articleId, by.id, m_ctx.machine);
}

Result<qint64> EditingService::autosave(const Actor &by, db::Autosave autosave)
{
    if (by.id <= 0)
        return notPermitted(tr("sign in to keep unsaved text"));
    autosave.personId = by.id;
    autosave.savedAt = m_ctx.now();
    autosave.headline = TextLimits::cleanLine(autosave.headline);
    autosave.standfirst = TextLimits::clean(autosave.standfirst);
    autosave.body = TextLimits::clean(autosave.body);
    if (auto r = TextLimits::check(tr("body"), autosave.body, TextLimits::BodyChars); !r)
        return r.error();
    return m_ctx.recovery.putAutosave(autosave);
}

Result<QList<db::Autosave>> EditingService::autosaves(const Actor &by)
{
    return m_ctx.recovery.autosaves(by.id);
}

Result<void> EditingService::discardAutosave(const Actor &by, qint64 articleId,
                                             const QString &draftKey)
{
    return m_ctx.recovery.removeAutosave(by.id, articleId, draftKey);
}

} // namespace copydesk::app
