#pragma once

#include "app/articles/articleservice.h"
#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace copydesk::app {

class Newsroom;

// A one-shot timer the session waits on. The session makes real ones (QTimer) unless it is
// given a factory; a test passes its own and fires them by hand, so nothing waits.
class SessionTimer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start(int milliseconds) = 0; // restarts a running timer
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void timeout();
};

// What a refused save leaves to decide: both texts, and whether the person may save theirs on
// top. Nothing has been written when it exists.
struct SaveConflict
{
    db::Article mine; // the text as edited, from the version it was started from
    db::Article saved; // the article as stored now
    bool keepMineAllowed = false; // saving mine as the next version is allowed
    bool takenOver = false; // someone else holds the edit lock (took the article over)
    QString reason; // who took it over, where; empty when someone simply saved first
    QString note; // the correction note given with the save, used again for "mine on top"
    ArticleService::Change change = ArticleService::Change::Ordinary; // and how it was made
};

// One article being edited by one person on this machine, the way ghostwriter's DocumentManager
// owns a document: opening it (with the soft edit lock, or saying who holds it and whether this
// person may take over), a new article under a draft key, saving (the version check, the
// conflict decision, edit or correction), autosaving unsaved text on a timer, renewing and
// releasing the lock, and recovering text kept before a crash. The rules stay in the services
// (ArticleService, EditingService, WorkflowService); the session only puts them in order.
//
// The window lays out the editor and forwards its changes (setModified, textEdited); the
// session reads the edited text through the text source when it saves or autosaves. Its clock
// is the newsroom's (Newsroom::setClock); its timers come from the factory.
class EditSession final : public QObject
{
    Q_OBJECT

public:
    enum class TimerRole {
        AutosavePause, // a few seconds after typing pauses
        AutosaveLongest, // at least this often while typing goes on
        LockRenewal, // the edit lock lasts two minutes and is renewed every minute
    };
    using TimerFactory = std::function<SessionTimer *(TimerRole role, QObject *parent)>;

    static constexpr int AutosavePauseMs = 3000;
    static constexpr int AutosaveLongestMs = 30000;
    static constexpr int LockRenewalMs = 60000;

    // How a conflict is settled. KeepEditing leaves everything as it is.
    enum class Resolution { KeepEditing, TakeSaved, SaveMineAsCopy, KeepMineOnTop };

    explicit EditSession(Newsroom &newsroom, QObject *parent = nullptr, TimerFactory timers = {});
    // Releases the edit lock. Destroy the session before its newsroom.
    ~EditSession() override;

    // The person editing. A lock held for someone else is released; the same person again (with
    // their appointments as they are now) keeps it.
    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }
    // Where the edited text comes from (the editor); without one, the article as opened.
    void setTextSource(std::function<db::Article()> source);
    db::Article editedArticle() const;

    // What is open.
    bool isOpen() const { return m_open; }
    bool isNew() const { return m_open && m_article.id == 0; } // never saved yet
    qint64 articleId() const { return m_article.id; }
    // The article as stored when it was opened or last saved; empty for a new one.
    const db::Article &article() const { return m_article; }
    int baseVersion() const { return m_article.version; }
    QString draftKey() const { return m_draftKey; } // the autosave slot of a new article
    // Whether this person may change the open article here, and why not.
    bool canEdit() const { return m_open && m_edit.allowed; }
    QString readOnlyReason() const { return m_edit.reason; }
    bool holdsLock() const { return m_lockedArticle > 0 && m_lockedArticle == m_article.id; }
    // Someone else holds the lock (the article is read-only here for that reason alone), and
    // whether this person may take the article over from them.
    bool isLockedByOther() const { return m_lockedOut; }
    Decision takeOverDecision() const { return m_takeOver; }
    // A change to a published article is a correction and needs a note.
    bool needsCorrectionNote();

    Result<db::Article> open(qint64 id);
    // A new article under a fresh draft key (or the given one, to go on with a recovered slot).
    Result<void> startNew(const QString &draftKey = {});
    // Forgets the open article and releases its lock; unsaved text is not saved.
    void close();
    // Takes the edit lock from whoever holds it, where the rules allow.
    Result<void> takeOver();

    // Whether the edited text can be saved at all (it has a headline); save() checks it too.
    Result<void> readyToSave() const;
    // Saves the edited text: a new article is created, an existing one saved from the version it
    // was opened at. A stale save is refused (Error::Kind::Conflict) and leaves conflict() to
    // decide; nothing is overwritten. Returns the version stored.
    Result<int> save(const QString &note = {},
                     ArticleService::Change change = ArticleService::Change::Ordinary);
    // Whether this person may save a change to the open (published) article as a silent typo fix.
    bool mayFixTypo() const;
    const std::optional<SaveConflict> &conflict() const { return m_conflict; }
    // Settles the conflict left by save(): returns the version now open (0 for KeepEditing).
    Result<int> resolveConflict(Resolution resolution);

    // Unsaved changes, as the editor reports them; being modified starts the autosave timers.
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void textEdited(); // typing goes on: the autosave waits for the next pause
    // Keeps the unsaved text in the store's autosave slot (no revision); false when there was
    // nothing to keep or it failed (autosaveFailed says why).
    bool autosaveNow();
    int autosaveCount() const { return m_autosaveCount; }
    // Drops the open article's autosave slot (its changes were discarded).
    void discardAutosave();
    // Renews the edit lock now (the timer does it every minute).
    void renewLock();
    // Moves the texts this person's sessions kept on this machine while the store could not be
    // reached into the store's autosave slots (and deletes the local copies); returns how many.
    Result<int> flushLocalRecovery();
    // Someone else changed the open article — saved it, moved it on, locked or unlocked it
    // (LiveNewsroom says so). Unmodified here, the article is opened again as it now is
    // (loaded()); with unsaved changes nothing is replaced: newerVersionSaved() or lockLost()
    // tell the person, and their save meets the usual version check.
    void noticeStoreChange();

    // Recovery after a crash: the person's kept texts; recover opens the article (or a new one
    // under the slot's draft key) and hands back the text to put into the editor.
    QList<db::Autosave> recoverable();
    Result<db::Autosave> recover(qint64 autosaveId);
    Result<void> discardRecovered(const db::Autosave &slot);

    // The open article as it will be published, from the edited text.
    // The photos are written into mediaFolder/media/, where the page finds them beside it.
    Result<QString> previewHtml(const QString &mediaFolder = {});

Q_SIGNALS:
    // Another article, another version or nothing is open now: show it.
    void loaded();
    void saved(qint64 articleId, int version);
    void conflictFound();
    void autosaved();
    void autosaveFailed(const QString &message);
    // Renewing the lock failed: someone took the article over (or the store failed).
    void lockLost(const QString &reason);
    // This person took the article over.
    void takenOver();
    // Someone else saved the open article (now at this version) while it has unsaved changes
    // here.
    void newerVersionSaved(int version);
    // The newsroom server could not be reached for a save, an autosave or the lock; the text
    // stays in the editor and a copy is kept on this machine (keptLocally).
    void storeUnreachable(const QString &message);
    void keptLocally();

private:
    SessionTimer *makeTimer(TimerRole role);
    void scheduleAutosave();
    void stopAutosave();
    void releaseLock();
    Result<int> reopenAfterSave(qint64 id, int version);
    db::Autosave currentSlot() const;
    // The server is out of reach: keep the text here and say so.
    void keepLocally(const QString &message);

    Newsroom &m_newsroom;
    TimerFactory m_timerFactory;
    Actor m_actor;
    std::function<db::Article()> m_text;
    bool m_open = false;
    int m_reportedVersion = 0; // the newer version last announced by newerVersionSaved()
    db::Article m_article;
    QString m_draftKey;
    Decision m_edit;
    Decision m_takeOver;
    bool m_lockedOut = false;
    qint64 m_lockedArticle = 0;
    bool m_modified = false;
    int m_autosaveCount = 0;
    std::optional<SaveConflict> m_conflict;
    SessionTimer *m_autosavePause = nullptr;
    SessionTimer *m_autosaveLongest = nullptr;
    SessionTimer *m_lockRenewal = nullptr;
};

} // namespace copydesk::app
