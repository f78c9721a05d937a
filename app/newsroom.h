#pragma once

#include "app/checker.h"
#include "app/permissions.h"
#include "db/articlestore.h"
#include "db/database.h"
#include "db/dictionarystore.h"
#include "db/journal.h"
#include "db/peoplestore.h"
#include "db/recoverystore.h"
#include "db/result.h"
#include "db/settingsstore.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace copydesk::app {

// One line of an article's history: a revision, a transition or a note.
struct HistoryEntry
{
    enum class Kind { Revision, Transition, Note };
    Kind kind = Kind::Note;
    QDateTime when;
    QString who;
    QString what; // "version 3", "submit: draft → in review", the note's text
    QString note;
    int version = 0;
};

// The newsroom a program works on: one open store and the operations every caller (window,
// command line, tests) goes through. The rules of DESIGN.md §4 are enforced here, for every
// caller; word counts, slugs and bylines are made one way.
class Newsroom final
{
    Q_DISABLE_COPY_MOVE(Newsroom)

public:
    Newsroom();

    // Opens the store and brings its schema up to date.
    db::Result<void> open(const QString &path, db::Database::OpenMode mode);
    void close();
    bool isOpen() const;
    QString path() const;

    // Where the store lives when no --database is given: copydesk.sqlite in the platform's
    // application-data folder.
    static QString defaultStorePath();

    db::Database &database() { return m_database; }
    db::ArticleStore &articles() { return m_articles; }
    db::PeopleStore &people() { return m_people; }
    db::Journal &journal() { return m_journal; }
    db::DictionaryStore &dictionary() { return m_dictionary; }
    db::SettingsStore &settings() { return m_settings; }
    db::RecoveryStore &recovery() { return m_recovery; }

    // This machine's name, as edit locks show it.
    QString machine() const { return m_machine; }
    void setMachine(const QString &machine) { m_machine = machine; }

    // The clock, replaceable in tests (appointment terms, sign-in delays).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    QDate today() const;

    // True for a store with no people and no articles: a newsroom not yet set up.
    bool isEmpty();

    // ---- People --------------------------------------------------------------------------

    // The first account: administrator and editor-in-chief, both open-ended. Only on a store
    // without accounts.
    db::Result<db::Person> createFirstAccount(const QString &username, const QString &displayName,
                                              const QString &password);

    // Checks a password. Failures are logged; after three within a quarter of an hour each
    // further attempt must wait (2, 4, 8 … seconds, at most 5 minutes) and is refused unchecked
    // before then. A hash made with weaker limits is renewed on success.
    db::Result<Actor> signIn(const QString &username, const QString &password);

    // A person with the powers of their appointments that are current today.
    db::Result<Actor> actor(qint64 personId);
    db::Result<Actor> actorNamed(const QString &username);

    // Staff management: editor-in-chief or administrator.
    db::Result<db::Person> addPerson(const Actor &by, db::Person person, const QString &password);
    db::Result<qint64> appoint(const Actor &by, const db::Appointment &appointment);
    db::Result<void> endAppointment(const Actor &by, qint64 appointmentId, const QDate &lastDay);
    db::Result<void> updatePerson(const Actor &by, const db::Person &person);

    // ---- Articles ------------------------------------------------------------------------

    // Stores a new draft: slug from the headline, word count from the body, and the acting
    // person as its first author when no byline is given.
    db::Result<db::Article> createArticle(db::Article article, const Actor &by);
    // Saves a change made from expectedVersion. An edit to an approved article sends it back to
    // review; a change to a published one is a correction and needs a note, kept with it.
    db::Result<int> saveArticle(db::Article article, int expectedVersion, const Actor &by,
                                const QString &note = {});
    // Moves an article through the workflow; the note is required for return and unpublish.
    db::Result<QString> transition(qint64 articleId, Action action, const Actor &by,
                                   const QString &note = {});
    db::Result<qint64> addNote(qint64 articleId, const Actor &by, const QString &text);

    // What the person may do with an article, and why not.
    Decision decide(const Actor &by, Action action, const db::Article &article) const;
    static ArticleFacts factsOf(const db::Article &article);

    // Revisions, transitions and notes of an article, oldest first.
    db::Result<QList<HistoryEntry>> history(qint64 articleId);

    // The review queue of a person: what they may approve or publish.
    db::ArticleQuery reviewQueue(const Actor &by) const;

    // ---- Spelling and style --------------------------------------------------------------

    // A word for the house dictionary (section editors and above) or the person's own.
    db::Result<void> addWord(const Actor &by, const QString &word, const QString &language,
                             bool house);
    db::Result<void> removeWord(const Actor &by, const QString &word, const QString &language,
                                bool house);
    // Stop flagging a word in one article.
    db::Result<void> ignoreWord(const Actor &by, qint64 articleId, const QString &word);
    // A checker for the article's language with the house, personal and ignored words, and the
    // style checks the newsroom has switched on.
    db::Result<std::shared_ptr<Checker>> checkerFor(const Actor &by, const QString &language,
                                                    qint64 articleId = 0);
    CheckOptions checkOptions();
    db::Result<void> setCheckEnabled(const Actor &by, const QString &kind, bool enabled);

    // Newsroom settings (publication name, about text, links, base URL): editor-in-chief or
    // administrator.
    db::Result<void> setSetting(const Actor &by, const QString &key, const QString &value);

    // ---- Nobody loses work ------------------------------------------------------------------

    static constexpr int LockSeconds = 120;

    // Takes (or renews) the soft edit lock of an article for this person on this machine. Held
    // by someone else: a Conflict saying who, where and since when; takeOver takes it from them
    // where the person may (a section editor of its section, a deputy, the editor-in-chief).
    db::Result<db::EditLock> lockForEditing(const Actor &by, qint64 articleId,
                                            bool takeOver = false);
    db::Result<void> releaseLock(const Actor &by, qint64 articleId);
    Decision mayTakeOver(const Actor &by, const db::Article &article) const;
    // The live lock of an article held by someone other than this person on this machine.
    std::optional<db::EditLock> lockedByOther(const Actor &by, qint64 articleId);

    // Unsaved text, kept without making a revision; cleared by a save.
    db::Result<qint64> autosave(const Actor &by, db::Autosave autosave);
    db::Result<QList<db::Autosave>> autosaves(const Actor &by);
    db::Result<void> discardAutosave(const Actor &by, qint64 articleId, const QString &draftKey);

    // Makes an old version the newest again, as a new revision: history is never rewritten.
    db::Result<int> restoreRevision(const Actor &by, qint64 articleId, int version,
                                    int expectedVersion);

    // Adds the demo newsroom's staff, sections and articles (resources/demo/newsroom.json).
    db::Result<int> addDemoNewsroom(qint64 actorId);

private:
    db::Result<void> seedHouseDictionary();
    bool isOtherLock(const db::EditLock &lock, const Actor &by) const;
    db::Result<void> checkDictionaryRights(const Actor &by, bool house) const;
    db::Result<db::Article> storeNewArticle(db::Article article, qint64 actorId);
    db::Result<void> logAction(const Actor &by, const QString &action, const QString &note,
                               qint64 articleId = 0, const QString &from = {},
                               const QString &to = {});

    db::Database m_database;
    db::ArticleStore m_articles;
    db::PeopleStore m_people;
    db::Journal m_journal;
    db::DictionaryStore m_dictionary;
    db::SettingsStore m_settings;
    db::RecoveryStore m_recovery;
    QString m_machine;
    std::function<QDateTime()> m_clock;
};

} // namespace copydesk::app
