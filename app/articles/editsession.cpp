#include "app/articles/editsession.h"

#include "app/articles/localrecovery.h"
#include "app/body/textstats.h"
#include "app/export/siteexporter.h"
#include "app/newsroom.h"

#include <QTimer>
#include <QUuid>

namespace copydesk::app {

namespace {

// The real timer: a single-shot QTimer.
class QtSessionTimer final : public SessionTimer
{
public:
    explicit QtSessionTimer(QObject *parent)
        : SessionTimer(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &SessionTimer::timeout);
    }

    void start(int milliseconds) override { m_timer.start(milliseconds); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace

EditSession::EditSession(Newsroom &newsroom, QObject *parent, TimerFactory timers)
    : QObject(parent)
    , m_newsroom(newsroom)
    , m_timerFactory(std::move(timers))
{
    m_autosavePause = makeTimer(TimerRole::AutosavePause);
    m_autosaveLongest = makeTimer(TimerRole::AutosaveLongest);
    m_lockRenewal = makeTimer(TimerRole::LockRenewal);
    connect(m_autosavePause, &SessionTimer::timeout, this, [this] { autosaveNow(); });
    connect(m_autosaveLongest, &SessionTimer::timeout, this, [this] { autosaveNow(); });
    connect(m_lockRenewal, &SessionTimer::timeout, this, &EditSession::renewLock);
}

EditSession::~EditSession()
{
    releaseLock();
}

SessionTimer *EditSession::makeTimer(TimerRole role)
{
    if (m_timerFactory) {
        if (SessionTimer *timer = m_timerFactory(role, this))
            return timer;
    }
    return new QtSessionTimer(this);
}

void EditSession::setActor(const Actor &actor)
{
    if (actor.id != m_actor.id)
        releaseLock();
    m_actor = actor;
}

void EditSession::setTextSource(std::function<db::Article()> source)
{
    m_text = std::move(source);
}

db::Article EditSession::editedArticle() const
{
    db::Article edited = m_text ? m_text() : m_article;
    edited.id = m_article.id;
    return edited;
}

bool EditSession::needsCorrectionNote()
{
    if (!m_open || isNew())
        return false;
    const auto stored = m_newsroom.archive().article(m_article.id);
    return stored && ArticleService::needsCorrectionNote(*stored);
}

Result<db::Article> EditSession::open(qint64 id)
{
    const auto article = m_newsroom.archive().article(id);
    if (!article)
        return article.error();
    if (m_lockedArticle != id)
        releaseLock();
    stopAutosave();
    m_conflict.reset();
    m_open = true;
    m_article = *article;
    m_draftKey.clear();
    m_modified = false;
    m_takeOver = {};
    m_lockedOut = false;

    // Who may change it decides first; then the soft lock: others see who is editing and can
    // read meanwhile.
    Decision edit
        = WorkflowService::decide(m_actor, ArticleService::changeActionFor(*article), *article);
    if (edit) {
        const auto lock = m_newsroom.editing().lockForEditing(m_actor, id);
        if (lock) {
            m_lockedArticle = id;
            m_lockRenewal->start(LockRenewalMs);
        } else {
            m_lockedArticle = 0;
            m_lockRenewal->stop();
            edit = { false, lock.errorString() };
            m_lockedOut = true;
            m_takeOver = EditingService::mayTakeOver(m_actor, *article);
        }
    }
    m_edit = edit;
    Q_EMIT loaded();
    return *article;
}

Result<void> EditSession::startNew(const QString &draftKey)
{
    if (const Decision d = Permissions::decide(m_actor, Action::Create); !d)
        return failure(Error::Kind::NotPermitted, d.reason);
    releaseLock();
    stopAutosave();
    m_conflict.reset();
    m_open = true;
    m_article = {};
    m_draftKey = draftKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : draftKey;
    m_modified = false;
    m_edit = { true, {} };
    m_takeOver = {};
    m_lockedOut = false;
    Q_EMIT loaded();
    return {};
}

void EditSession::close()
{
    releaseLock();
    stopAutosave();
    m_conflict.reset();
    m_open = false;
    m_article = {};
    m_draftKey.clear();
    m_modified = false;
    m_edit = {};
    m_takeOver = {};
    m_lockedOut = false;
    Q_EMIT loaded();
}

Result<void> EditSession::takeOver()
{
    if (!m_open || isNew())
        return failure(Error::Kind::Invalid, tr("Open a saved article first."));
    const qint64 id = m_article.id;
    if (const auto lock = m_newsroom.editing().lockForEditing(m_actor, id, true); !lock)
        return lock.error();
    if (const auto opened = open(id); !opened)
        return opened.error();
    Q_EMIT takenOver();
    return {};
}

Result<int> EditSession::reopenAfterSave(qint64 id, int version)
{
    stopAutosave();
    if (const auto opened = open(id); !opened)
        return opened.error();
    Q_EMIT saved(id, version);
    return version;
}

Result<void> EditSession::readyToSave() const
{
    return ArticleService::checkStorable(editedArticle());
}

bool EditSession::mayFixTypo() const
{
    return m_open && !isNew()
        && WorkflowService::decide(m_actor, Action::FixTypo, m_article).allowed;
}

Result<int> EditSession::save(const QString &note, ArticleService::Change change)
{
    if (!m_open)
        return failure(Error::Kind::Invalid, tr("Open an article first."));
    if (!canEdit())
        return failure(Error::Kind::NotPermitted, m_edit.reason);
    if (const auto ready = readyToSave(); !ready)
        return ready.error();
    const db::Article edited = editedArticle();
    m_conflict.reset();

    if (isNew()) {
        const auto created = m_newsroom.archive().createArticle(edited, m_actor);
        if (!created) {
            if (created.error().kind == Error::Kind::Unreachable)
                keepLocally(created.errorString());
            return created.error();
        }
        // The draft's slot has done its work; the new article is saved.
        (void)m_newsroom.editing().discardAutosave(m_actor, 0, m_draftKey);
        LocalRecovery(m_newsroom.path()).discard(m_actor.id, 0, m_draftKey);
        return reopenAfterSave(created->id, created->version);
    }

    // The service checks the version, the lock and edit-or-correct inside one write.
    const auto version
        = m_newsroom.archive().saveArticle(edited, m_article.version, m_actor, note, change);
    if (version) {
        LocalRecovery(m_newsroom.path()).discard(m_actor.id, edited.id, {});
        return reopenAfterSave(edited.id, *version);
    }
    if (version.error().kind == Error::Kind::Unreachable)
        keepLocally(version.errorString());
    if (version.error().kind != Error::Kind::Conflict)
        return version.error();

    // Someone saved first, or took the article over: either way nothing was written.
    const auto stored = m_newsroom.archive().article(edited.id);
    if (!stored)
        return stored.error();
    SaveConflict conflict;
    conflict.mine = edited;
    conflict.saved = *stored;
    conflict.takenOver = m_newsroom.editing().lockedByOther(m_actor, edited.id).has_value();
    conflict.keepMineAllowed = !conflict.takenOver
        && WorkflowService::decide(m_actor, ArticleService::changeActionFor(*stored), *stored)
               .allowed;
    conflict.reason = conflict.takenOver ? version.errorString() : QString();
    conflict.note = note;
    conflict.change = change;
    m_conflict = conflict;
    Q_EMIT conflictFound();
    return version.error();
}

Result<int> EditSession::resolveConflict(Resolution resolution)
{
    if (!m_conflict)
        return failure(Error::Kind::Invalid, tr("There is no conflict to settle."));
    const SaveConflict conflict = *m_conflict;
    m_conflict.reset();
    switch (resolution) {
    case Resolution::KeepEditing:
        return 0;
    case Resolution::TakeSaved: {
        const auto opened = open(conflict.saved.id);
        if (!opened)
            return opened.error();
        return opened->version;
    }
    case Resolution::KeepMineOnTop: {
        // The service refuses it where keepMineAllowed said no (a lock held by someone else,
        // an article this person may no longer change).
        const auto version = m_newsroom.archive().saveArticle(
            conflict.mine, conflict.saved.version, m_actor, conflict.note, conflict.change);
        if (!version)
            return version.error();
        return reopenAfterSave(conflict.mine.id, *version);
    }
    case Resolution::SaveMineAsCopy: {
        db::Article copy = conflict.mine;
        copy.id = 0;
        copy.slug.clear();
        copy.headline = tr("%1 (copy)").arg(conflict.mine.headline);
        const auto created = m_newsroom.archive().createArticle(copy, m_actor);
        if (!created)
            return created.error();
        return reopenAfterSave(created->id, created->version);
    }
    }
    return 0;
}

void EditSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    if (modified)
        scheduleAutosave();
    else
        stopAutosave();
}

void EditSession::textEdited()
{
    scheduleAutosave();
}

void EditSession::scheduleAutosave()
{
    if (!canEdit() || !m_modified)
        return;
    m_autosavePause->start(AutosavePauseMs);
    if (!m_autosaveLongest->isActive())
        m_autosaveLongest->start(AutosaveLongestMs);
}

void EditSession::stopAutosave()
{
    m_autosavePause->stop();
    m_autosaveLongest->stop();
}

bool EditSession::autosaveNow()
{
    stopAutosave();
    if (!canEdit() || !m_modified || m_actor.id <= 0)
        return false;
    const db::Autosave slot = currentSlot();
    if (const auto r = m_newsroom.editing().autosave(m_actor, slot); !r) {
        if (r.error().kind == Error::Kind::Unreachable) {
            keepLocally(r.errorString());
            ++m_autosaveCount;
            return true;
        }
        Q_EMIT autosaveFailed(r.errorString());
        return false;
    }
    // In the store now: a copy kept here while the server was away has done its work.
    LocalRecovery(m_newsroom.path()).discard(m_actor.id, slot.articleId, slot.draftKey);
    ++m_autosaveCount;
    Q_EMIT autosaved();
    return true;
}

db::Autosave EditSession::currentSlot() const
{
    const db::Article edited = editedArticle();
    db::Autosave slot;
    slot.articleId = edited.id;
    slot.draftKey = edited.id > 0 ? QString() : m_draftKey;
    slot.personId = m_actor.id;
    slot.headline = edited.headline;
    slot.standfirst = edited.standfirst;
    slot.body = edited.body;
    slot.section = edited.section;
    slot.tags = edited.tags;
    slot.baseVersion = m_article.version;
    slot.savedAt = m_newsroom.now();
    return slot;
}

void EditSession::keepLocally(const QString &message)
{
    Q_EMIT storeUnreachable(message);
    if (m_actor.id <= 0 || !m_open)
        return;
    if (const auto kept = LocalRecovery(m_newsroom.path()).keep(currentSlot()); !kept) {
        Q_EMIT autosaveFailed(kept.errorString());
        return;
    }
    Q_EMIT keptLocally();
}

Result<int> EditSession::flushLocalRecovery()
{
    if (m_actor.id <= 0 || !m_newsroom.isOpen())
        return 0;
    LocalRecovery local(m_newsroom.path());
    const auto stored = m_newsroom.editing().autosaves(m_actor);
    if (!stored)
        return stored.error();
    int moved = 0;
    std::optional<Error> failed;
    for (const db::Autosave &slot : local.kept(m_actor.id)) {
        // A newer text in the store's slot (kept from another machine after this one) wins; the
        // older copy here is not pushed over it.
        bool newer = false;
        for (const db::Autosave &other : *stored)
            newer = newer
                || (other.articleId == slot.articleId && other.draftKey == slot.draftKey
                    && other.savedAt > slot.savedAt);
        if (!newer) {
            if (const auto r = m_newsroom.editing().autosave(m_actor, slot); !r) {
                failed = failed.value_or(r.error()); // the others are still tried
                continue;
            }
            ++moved;
        }
        local.discard(m_actor.id, slot.articleId, slot.draftKey);
    }
    if (failed)
        return *failed;
    return moved;
}

void EditSession::discardAutosave()
{
    stopAutosave();
    if (m_actor.id <= 0 || !m_open || !m_newsroom.isOpen())
        return;
    (void)m_newsroom.editing().discardAutosave(m_actor, m_article.id,
                                               isNew() ? m_draftKey : QString());
    LocalRecovery(m_newsroom.path())
        .discard(m_actor.id, m_article.id, isNew() ? m_draftKey : QString());
}

void EditSession::renewLock()
{
    if (!holdsLock() || !m_newsroom.isOpen())
        return;
    const auto lock = m_newsroom.editing().lockForEditing(m_actor, m_article.id);
    if (!lock && lock.error().kind == Error::Kind::Unreachable) {
        // The server went away: the lock is renewed once it is back (or has lapsed, and the
        // save meets the usual checks).
        Q_EMIT storeUnreachable(lock.errorString());
        m_lockRenewal->start(LockRenewalMs);
        return;
    }
    if (!lock) {
        // Taken over (or the store failed): the person learns it at their next save, which the
        // service refuses while someone else holds the lock.
        m_lockedArticle = 0;
        Q_EMIT lockLost(lock.errorString());
        return;
    }
    m_lockRenewal->start(LockRenewalMs);
}

void EditSession::noticeStoreChange()
{
    if (!m_open || isNew() || !m_newsroom.isOpen())
        return;
    const auto stored = m_newsroom.archive().article(m_article.id);
    if (!stored)
        return; // gone or unreadable: the next save says so
    const bool moved = stored->version != m_article.version || stored->status != m_article.status;
    const auto lock = m_newsroom.editing().lockedByOther(m_actor, m_article.id);
    const bool lockedOut = lock.has_value();
    if (!m_modified) {
        // Nothing of this person's is at stake: show the article as it is now.
        if (moved || lockedOut != m_lockedOut)
            (void)open(m_article.id);
        return;
    }
    if (holdsLock() && lockedOut) {
        m_lockedArticle = 0;
        m_lockRenewal->stop();
        Q_EMIT lockLost(tr("%1 took the article over on %2").arg(lock->personName, lock->machine));
    }
    if (stored->version != m_article.version && stored->version != m_reportedVersion) {
        m_reportedVersion = stored->version;
        Q_EMIT newerVersionSaved(stored->version);
    }
}

void EditSession::releaseLock()
{
    m_lockRenewal->stop();
    if (m_lockedArticle > 0 && m_newsroom.isOpen())
        (void)m_newsroom.editing().releaseLock(m_actor, m_lockedArticle);
    m_lockedArticle = 0;
}

QList<db::Autosave> EditSession::recoverable()
{
    if (!m_newsroom.isOpen())
        return {};
    // Texts kept on this machine while the server was away join the store's slots first.
    (void)flushLocalRecovery();
    const auto slots = m_newsroom.editing().autosaves(m_actor);
    return slots ? *slots : QList<db::Autosave>();
}

Result<db::Autosave> EditSession::recover(qint64 autosaveId)
{
    std::optional<db::Autosave> found;
    for (const db::Autosave &slot : recoverable())
        if (slot.id == autosaveId)
            found = slot;
    if (!found)
        return failure(Error::Kind::NotFound, tr("There is no kept text %1.").arg(autosaveId));
    if (found->articleId > 0) {
        if (const auto opened = open(found->articleId); !opened)
            return opened.error();
        if (!canEdit())
            return failure(Error::Kind::NotPermitted,
                           tr("“%1” cannot be edited now; the recovered text is kept for later.")
                               .arg(found->headline));
    } else if (const auto started = startNew(found->draftKey); !started) {
        return started.error();
    }
    // The same slot goes on: later autosaves replace it.
    setModified(true); // the recovered text is unsaved by definition
    return *found;
}

Result<void> EditSession::discardRecovered(const db::Autosave &slot)
{
    return m_newsroom.editing().discardAutosave(m_actor, slot.articleId, slot.draftKey);
}

Result<QString> EditSession::previewHtml(const QString &mediaFolder)
{
    if (!m_open)
        return failure(Error::Kind::Invalid, tr("Open an article first."));
    // As it will look once saved: the byline defaults to the writer, the slug to the headline's.
    db::Article article = editedArticle();
    ArticleService::applyNewArticleDefaults(article, m_actor.id);
    if (!article.updatedAt.isValid())
        article.updatedAt = m_newsroom.now();
    SiteExporter exporter(m_newsroom.exportSource());
    return exporter.articlePage(article, mediaFolder);
}

} // namespace copydesk::app
