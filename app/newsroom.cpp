#include "app/newsroom.h"

#include "app/passwords.h"
#include "app/resourcepaths.h"
#include "app/textstats.h"
#include "db/transaction.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>

namespace copydesk::app {

using db::Error;
using db::failure;

namespace {

// The academic year a date falls in, as newsrooms label terms: 2026-11-28 is in "2026/27".
QString academicTerm(const QDate &date)
{
    const int first = date.month() >= 9 ? date.year() : date.year() - 1;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

db::Error notPermitted(const QString &reason)
{
    return { Error::Kind::NotPermitted, reason };
}

// Sign-in delays: free attempts, then 2, 4, 8 … seconds after the latest failure.
constexpr int FreeAttempts = 3;
constexpr int MaxDelaySeconds = 300;
constexpr int FailureWindowMinutes = 15;

} // namespace

Newsroom::Newsroom()
    : m_articles(m_database)
    , m_people(m_database)
    , m_journal(m_database)
    , m_dictionary(m_database)
    , m_settings(m_database)
    , m_recovery(m_database)
    , m_machine(QSysInfo::machineHostName().isEmpty() ? QStringLiteral("this computer")
                                                      : QSysInfo::machineHostName())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

db::Result<void> Newsroom::open(const QString &path, db::Database::OpenMode mode)
{
    if (auto r = m_database.open(path, mode); !r)
        return r;
    if (auto r = m_database.migrate(); !r) {
        m_database.close();
        return r.error();
    }
    if (auto r = seedHouseDictionary(); !r) {
        m_database.close();
        return r;
    }
    return {};
}

db::Result<void> Newsroom::seedHouseDictionary()
{
    const auto seeded = m_settings.value(QStringLiteral("house-dictionary.seeded"));
    if (!seeded)
        return seeded.error();
    if (!seeded->isEmpty())
        return {};
    QFile file(ResourcePaths::find(QStringLiteral("dictionary/house-words.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed,
                       QStringLiteral("the starter house dictionary is missing from this build"));
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r;
    const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (word.isEmpty() || word.startsWith(QLatin1Char('#')))
            continue;
        if (auto r = m_dictionary.add(word, QStringLiteral("en"), 0, 0); !r)
            return r;
    }
    if (auto r = m_settings.setValue(QStringLiteral("house-dictionary.seeded"),
                                     now().toString(Qt::ISODate));
        !r)
        return r;
    return transaction.commit();
}

void Newsroom::close()
{
    m_database.close();
}

bool Newsroom::isOpen() const
{
    return m_database.isOpen();
}

QString Newsroom::path() const
{
    return m_database.path();
}

QString Newsroom::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("copydesk.sqlite"));
}

void Newsroom::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime Newsroom::now() const
{
    return m_clock();
}

QDate Newsroom::today() const
{
    return m_clock().toLocalTime().date();
}

bool Newsroom::isEmpty()
{
    const auto people = m_people.count();
    const auto articles = m_articles.count({});
    return people && articles && *people == 0 && *articles == 0;
}

// ---- People -------------------------------------------------------------------------------

db::Result<db::Person> Newsroom::createFirstAccount(const QString &username,
                                                    const QString &displayName,
                                                    const QString &password)
{
    if (username.trimmed().isEmpty() || username.contains(QLatin1Char(' ')))
        return failure(Error::Kind::Invalid,
                       QStringLiteral("a username is one word, without spaces"));
    if (password.isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("the first account needs a password"));
    const QString hash = passwords::hash(password);
    if (hash.isEmpty())
        return failure(Error::Kind::Failed,
                       QStringLiteral("could not hash the password (out of memory)"));

    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto count = m_people.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return failure(
            Error::Kind::Invalid,
            QStringLiteral("the store already has accounts; add people with copydesk staff add"));
    db::Person person;
    person.username = username.trimmed();
    person.displayName = displayName.trimmed().isEmpty() ? person.username : displayName.trimmed();
    person.passwordHash = hash;
    const auto id = m_people.add(person);
    if (!id)
        return id.error();
    person.id = *id;
    for (const auto &[title, level] : { std::pair { "Administrator", "administrator" },
                                        std::pair { "Editor-in-Chief", "editor-in-chief" } }) {
        db::Appointment appointment;
        appointment.personId = person.id;
        appointment.title = QString::fromLatin1(title);
        appointment.level = QString::fromLatin1(level);
        appointment.term = academicTerm(today());
        appointment.startsOn = today();
        if (auto r = m_people.appoint(appointment); !r)
            return r.error();
    }
    db::AuditEntry entry;
    entry.personId = person.id;
    entry.at = now();
    entry.action = QStringLiteral("staff-add");
    entry.note
        = QStringLiteral("first account %1 (administrator, editor-in-chief)").arg(person.username);
    if (auto r = m_journal.log(entry); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return person;
}

db::Result<Actor> Newsroom::actor(qint64 personId)
{
    const auto person = m_people.byId(personId);
    if (!person)
        return person.error();
    const auto appointments = m_people.appointments(personId);
    if (!appointments)
        return appointments.error();
    Actor a;
    a.id = person->id;
    a.username = person->username;
    a.displayName = person->displayName;
    if (!person->active)
        return a; // a deactivated account keeps its history and has no powers
    const QDate day = today();
    for (const db::Appointment &appointment : *appointments) {
        if (!Permissions::isActive(appointment.startsOn, appointment.endsOn, day))
            continue;
        bool ok = false;
        Power power;
        power.level = Permissions::levelNamed(appointment.level, &ok);
        if (!ok)
            continue;
        power.section = appointment.section;
        power.title = appointment.title;
        a.powers.append(power);
        a.titles.append(appointment.term.isEmpty()
                            ? appointment.title
                            : QStringLiteral("%1 (%2)").arg(appointment.title, appointment.term));
    }
    return a;
}

db::Result<Actor> Newsroom::actorNamed(const QString &username)
{
    const auto person = m_people.byUsername(username);
    if (!person)
        return person.error();
    return actor(person->id);
}

db::Result<Actor> Newsroom::signIn(const QString &username, const QString &password)
{
    const QDateTime at = now();
    const auto failures = m_journal.failedSignIns(username, at.addSecs(-60 * FailureWindowMinutes));
    if (!failures)
        return failures.error();

    auto logFailure = [&](const QString &why) -> db::Result<Actor> {
        db::AuditEntry entry;
        entry.at = at;
        entry.action = QStringLiteral("failed-sign-in");
        entry.note = username;
        if (const auto person = m_people.byUsername(username))
            entry.personId = person->id;
        if (auto r = m_journal.log(entry); !r)
            return r.error();
        return notPermitted(why);
    };

    if (failures->size() >= FreeAttempts) {
        const int extra = int(failures->size()) - FreeAttempts;
        const qint64 delay = qMin<qint64>(MaxDelaySeconds, qint64(2) << qMin(extra, 16));
        const QDateTime allowedFrom = failures->last().addSecs(delay);
        if (at < allowedFrom) {
            const qint64 wait = qMax<qint64>(1, at.secsTo(allowedFrom));
            return logFailure(QStringLiteral("too many failed sign-ins for %1; try again in %2")
                                  .arg(username,
                                       wait == 1 ? QStringLiteral("1 second")
                                                 : QStringLiteral("%1 seconds").arg(wait)));
        }
    }

    const auto person = m_people.byUsername(username);
    if (!person || !person->active || !passwords::verify(person->passwordHash, password))
        return logFailure(QStringLiteral("wrong username or password for %1").arg(username));

    if (passwords::needsRehash(person->passwordHash)) {
        const QString renewed = passwords::hash(password);
        if (!renewed.isEmpty())
            (void)m_people.setPasswordHash(person->id, renewed);
    }
    db::AuditEntry entry;
    entry.personId = person->id;
    entry.at = at;
    entry.action = QStringLiteral("sign-in");
    if (auto r = m_journal.log(entry); !r)
        return r.error();
    return actor(person->id);
}

db::Result<void> Newsroom::logAction(const Actor &by, const QString &action, const QString &note,
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
    const auto r = m_journal.log(entry);
    if (!r)
        return r.error();
    return {};
}

db::Result<db::Person> Newsroom::addPerson(const Actor &by, db::Person person,
                                           const QString &password)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    person.username = person.username.trimmed();
    if (person.username.isEmpty() || person.username.contains(QLatin1Char(' ')))
        return failure(Error::Kind::Invalid,
                       QStringLiteral("a username is one word, without spaces"));
    if (person.displayName.trimmed().isEmpty())
        return failure(Error::Kind::Invalid,
                       QStringLiteral("%1 needs a display name").arg(person.username));
    if (password.isEmpty())
        return failure(Error::Kind::Invalid,
                       QStringLiteral("%1 needs a password").arg(person.username));
    person.passwordHash = passwords::hash(password);
    if (person.passwordHash.isEmpty())
        return failure(Error::Kind::Failed,
                       QStringLiteral("could not hash the password (out of memory)"));

    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto id = m_people.add(person);
    if (!id)
        return id.error();
    person.id = *id;
    if (auto r = logAction(by, QStringLiteral("staff-add"),
                           QStringLiteral("%1 (%2)").arg(person.username, person.displayName));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return person;
}

db::Result<qint64> Newsroom::appoint(const Actor &by, const db::Appointment &appointment)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    bool ok = false;
    const Level level = Permissions::levelNamed(appointment.level, &ok);
    if (!ok)
        return failure(Error::Kind::Invalid,
                       QStringLiteral("unknown level '%1' (one of: contributor, section-editor, "
                                      "deputy-editor, editor-in-chief, administrator)")
                           .arg(appointment.level));
    if (appointment.title.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("an appointment needs a title"));
    if (level == Level::SectionEditor && appointment.section.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("a section editor needs a section"));
    if (appointment.startsOn.isValid() && appointment.endsOn.isValid()
        && appointment.endsOn < appointment.startsOn)
        return failure(Error::Kind::Invalid,
                       QStringLiteral("the appointment ends before it starts"));

    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = m_articles.ensureSection(appointment.section); !r)
        return r.error();
    const auto id = m_people.appoint(appointment);
    if (!id)
        return id.error();
    const auto person = m_people.byId(appointment.personId);
    if (auto r
        = logAction(by, QStringLiteral("staff-appoint"),
                    QStringLiteral("%1: %2, %3%4")
                        .arg(person ? person->username : QString::number(appointment.personId),
                             appointment.title, appointment.level,
                             appointment.term.isEmpty() ? QString()
                                                        : QStringLiteral(", ") + appointment.term));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *id;
}

db::Result<void> Newsroom::endAppointment(const Actor &by, qint64 appointmentId,
                                          const QDate &lastDay)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto appointment = m_people.appointment(appointmentId);
    if (!appointment)
        return appointment.error();
    if (auto r = m_people.endAppointment(appointmentId, lastDay); !r)
        return r;
    if (auto r = logAction(by, QStringLiteral("staff-end"),
                           QStringLiteral("%1 ended on %2")
                               .arg(appointment->title, lastDay.toString(Qt::ISODate)));
        !r)
        return r;
    return transaction.commit();
}

db::Result<void> Newsroom::updatePerson(const Actor &by, const db::Person &person)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = m_people.update(person); !r)
        return r;
    if (auto r = logAction(by, QStringLiteral("staff-update"), person.username); !r)
        return r;
    return transaction.commit();
}

// ---- Articles -----------------------------------------------------------------------------

ArticleFacts Newsroom::factsOf(const db::Article &article)
{
    ArticleFacts facts;
    facts.id = article.id;
    facts.status = article.status;
    facts.section = article.section;
    facts.authorIds = article.authorIds;
    return facts;
}

Decision Newsroom::decide(const Actor &by, Action action, const db::Article &article) const
{
    return Permissions::decide(by, action, factsOf(article));
}

db::Result<db::Article> Newsroom::storeNewArticle(db::Article article, qint64 actorId)
{
    if (article.headline.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("an article needs a headline"));
    article.headline = article.headline.trimmed();
    if (article.slug.isEmpty())
        article.slug = textstats::slugify(article.headline);
    article.wordCount = textstats::bodyWordCount(article.body);
    if (article.authorIds.isEmpty() && actorId > 0)
        article.authorIds.append(actorId);
    return m_articles.create(article, actorId);
}

db::Result<db::Article> Newsroom::createArticle(db::Article article, const Actor &by)
{
    if (const Decision d = Permissions::decide(by, Action::Create); !d)
        return notPermitted(d.reason);
    article.status = QStringLiteral("draft");
    article.publishedAt = {};
    return storeNewArticle(article, by.id);
}

db::Result<int> Newsroom::saveArticle(db::Article article, int expectedVersion, const Actor &by,
                                      const QString &note)
{
    if (article.headline.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("an article needs a headline"));
    article.headline = article.headline.trimmed();
    article.wordCount = textstats::bodyWordCount(article.body);

    // The rules are checked against the article as stored, inside the write.
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto stored = m_articles.get(article.id);
    if (!stored)
        return stored.error();
    const bool correction = stored->status == QLatin1String("published");
    const Action action = correction ? Action::Correct : Action::Edit;
    if (const Decision d = decide(by, action, *stored); !d)
        return notPermitted(d.reason);
    // Someone else holding the edit lock (or having taken it over) comes first.
    const auto lock = m_recovery.lock(article.id);
    if (!lock)
        return lock.error();
    if (*lock && isOtherLock(**lock, by))
        return failure(
            Error::Kind::Conflict,
            QStringLiteral("%1 is editing article %2 on %3 (since %4); nothing was saved")
                .arg((*lock)->personName.isEmpty() ? QStringLiteral("someone else")
                                                   : (*lock)->personName)
                .arg(article.id)
                .arg((*lock)->machine,
                     (*lock)->acquiredAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    // Changing the byline is an edit of the article like any other; an empty one keeps it.
    if (article.authorIds.isEmpty())
        article.authorIds = stored->authorIds;
    if (correction && note.trimmed().isEmpty())
        return failure(
            Error::Kind::Invalid,
            QStringLiteral("a correction to a published article needs a note saying what was "
                           "corrected"));
    const auto version = m_articles.save(article, expectedVersion, by.id, note.trimmed());
    if (!version)
        return version.error();
    if (auto r = m_recovery.removeAutosave(by.id, article.id, QString()); !r)
        return r.error();

    if (correction) {
        db::Note n;
        n.articleId = article.id;
        n.personId = by.id;
        n.createdAt = now();
        n.text = note.trimmed();
        n.transition = QStringLiteral("correct");
        if (auto r = m_journal.addNote(n); !r)
            return r.error();
        if (auto r = logAction(by, QStringLiteral("correct"), note.trimmed(), article.id,
                               stored->status, stored->status);
            !r)
            return r.error();
    } else if (stored->status == QLatin1String("approved")) {
        // An edit after approval needs a fresh approval.
        if (auto r = m_articles.setStatus(article.id, stored->status, QStringLiteral("in_review"));
            !r)
            return r.error();
        if (auto r = logAction(by, QStringLiteral("edit"), QStringLiteral("edited after approval"),
                               article.id, stored->status, QStringLiteral("in_review"));
            !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *version;
}

db::Result<QString> Newsroom::transition(qint64 articleId, Action action, const Actor &by,
                                         const QString &note)
{
    const QString to = Permissions::targetStatus(action);
    if (to.isEmpty() || action == Action::Create)
        return failure(Error::Kind::Invalid,
                       QStringLiteral("%1 is not a workflow step").arg(Permissions::verb(action)));
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto stored = m_articles.get(articleId);
    if (!stored)
        return stored.error();
    if (const Decision d = decide(by, action, *stored); !d)
        return notPermitted(d.reason);
    if (Permissions::needsNote(action) && note.trimmed().isEmpty())
        return failure(Error::Kind::Invalid,
                       QStringLiteral("to %1 an article, a note is required (say why)")
                           .arg(Permissions::verb(action)));

    const QDateTime publishedAt = action == Action::Publish ? now() : QDateTime();
    if (auto r = m_articles.setStatus(articleId, stored->status, to, publishedAt); !r)
        return r.error();
    if (!note.trimmed().isEmpty()) {
        db::Note n;
        n.articleId = articleId;
        n.personId = by.id;
        n.createdAt = now();
        n.text = note.trimmed();
        n.transition = Permissions::verb(action);
        if (auto r = m_journal.addNote(n); !r)
            return r.error();
    }
    if (auto r
        = logAction(by, Permissions::verb(action), note.trimmed(), articleId, stored->status, to);
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return to;
}

db::Result<qint64> Newsroom::addNote(qint64 articleId, const Actor &by, const QString &text)
{
    if (!by.isEditorial())
        return notPermitted(
            QStringLiteral("only staff with a current editorial appointment may add notes"));
    if (text.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("a note needs some text"));
    const auto article = m_articles.get(articleId);
    if (!article)
        return article.error();
    db::Note n;
    n.articleId = articleId;
    n.personId = by.id;
    n.createdAt = now();
    n.text = text.trimmed();
    return m_journal.addNote(n);
}

db::Result<QList<HistoryEntry>> Newsroom::history(qint64 articleId)
{
    const auto article = m_articles.get(articleId);
    if (!article)
        return article.error();
    const auto revisions = m_articles.revisions(articleId);
    if (!revisions)
        return revisions.error();
    const auto audit = m_journal.forArticle(articleId);
    if (!audit)
        return audit.error();
    const auto notes = m_journal.notes(articleId);
    if (!notes)
        return notes.error();

    QList<HistoryEntry> entries;
    for (const db::Revision &r : *revisions) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Revision;
        e.when = r.createdAt;
        e.who = r.personName;
        e.version = r.version;
        e.what = QStringLiteral("version %1").arg(r.version);
        e.note = r.note;
        entries.append(e);
    }
    for (const db::AuditEntry &a : *audit) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Transition;
        e.when = a.at;
        e.who = a.personName;
        e.what = QStringLiteral("%1: %2 → %3")
                     .arg(a.action, Permissions::statusPhrase(a.fromStatus),
                          Permissions::statusPhrase(a.toStatus));
        entries.append(e);
    }
    for (const db::Note &n : *notes) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Note;
        e.when = n.createdAt;
        e.who = n.personName;
        e.what = n.transition.isEmpty() ? QStringLiteral("note")
                                        : QStringLiteral("note (%1)").arg(n.transition);
        e.note = n.text;
        entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.when < b.when; });
    return entries;
}

db::ArticleQuery Newsroom::reviewQueue(const Actor &by) const
{
    db::ArticleQuery q;
    q.reviewerId = by.id > 0 ? by.id : -1;
    if (by.has(Level::DeputyEditor) || by.has(Level::EditorInChief)) {
        q.allSections = true;
    } else {
        q.allSections = false;
        for (const Power &p : by.powers)
            if (p.level == Level::SectionEditor)
                q.reviewerSections.append(p.section);
    }
    return q;
}

// ---- Spelling and style ---------------------------------------------------------------------

namespace {

db::Result<QString> validWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QRegularExpression(QStringLiteral("\\s"))))
        return failure(Error::Kind::Invalid,
                       QStringLiteral("a dictionary word is one word, without spaces"));
    return trimmed;
}

} // namespace

db::Result<void> Newsroom::checkDictionaryRights(const Actor &by, bool house) const
{
    if (by.id <= 0)
        return notPermitted(QStringLiteral("sign in to change a dictionary"));
    if (house) {
        if (const Decision d = Permissions::decide(by, Action::HouseDictionary); !d)
            return notPermitted(d.reason);
    }
    return {};
}

db::Result<void> Newsroom::addWord(const Actor &by, const QString &word, const QString &language,
                                   bool house)
{
    const auto valid = validWord(word);
    if (!valid)
        return valid.error();
    if (auto r = checkDictionaryRights(by, house); !r)
        return r;
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_dictionary.add(*valid, language, house ? 0 : by.id, by.id); !r)
        return r;
    if (house) {
        if (auto r = logAction(by, QStringLiteral("house-dictionary-add"),
                               *valid + QStringLiteral(" (") + language + QLatin1Char(')'));
            !r)
            return r;
    }
    return transaction.commit();
}

db::Result<void> Newsroom::removeWord(const Actor &by, const QString &word, const QString &language,
                                      bool house)
{
    if (auto r = checkDictionaryRights(by, house); !r)
        return r;
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_dictionary.remove(word.trimmed(), language, house ? 0 : by.id); !r)
        return r;
    if (house) {
        if (auto r = logAction(by, QStringLiteral("house-dictionary-remove"), word.trimmed()); !r)
            return r;
    }
    return transaction.commit();
}

db::Result<void> Newsroom::ignoreWord(const Actor &by, qint64 articleId, const QString &word)
{
    const auto valid = validWord(word);
    if (!valid)
        return valid.error();
    if (!by.isEditorial())
        return notPermitted(
            QStringLiteral("only staff with a current appointment may change what is checked"));
    const auto article = m_articles.get(articleId);
    if (!article)
        return article.error();
    return m_dictionary.ignore(articleId, *valid, by.id);
}

CheckOptions Newsroom::checkOptions()
{
    CheckOptions options;
    for (const QString &kind : Checker::kinds()) {
        const auto value = m_settings.value(QStringLiteral("check.") + kind, QStringLiteral("on"));
        if (value && *value == QLatin1String("off"))
            options.disabled.insert(kind);
    }
    const auto caps = m_settings.value(QStringLiteral("check.skip-all-caps"), QStringLiteral("on"));
    options.skipAllCaps = !caps || *caps != QLatin1String("off");
    return options;
}

db::Result<void> Newsroom::setCheckEnabled(const Actor &by, const QString &kind, bool enabled)
{
    if (const Decision d = Permissions::decide(by, Action::Settings); !d)
        return notPermitted(d.reason);
    if (!Checker::kinds().contains(kind) && kind != QLatin1String("skip-all-caps"))
        return failure(Error::Kind::Invalid,
                       QStringLiteral("unknown check '%1' (one of: %2, skip-all-caps)")
                           .arg(kind, Checker::kinds().join(QStringLiteral(", "))));
    return m_settings.setValue(QStringLiteral("check.") + kind,
                               enabled ? QStringLiteral("on") : QStringLiteral("off"));
}

db::Result<void> Newsroom::setSetting(const Actor &by, const QString &key, const QString &value)
{
    if (const Decision d = Permissions::decide(by, Action::Settings); !d)
        return notPermitted(d.reason);
    if (key == QLatin1String("publication.base-url") && !value.isEmpty()) {
        const QString lower = value.toLower();
        if (!lower.startsWith(QLatin1String("http://"))
            && !lower.startsWith(QLatin1String("https://")))
            return failure(Error::Kind::Invalid,
                           QStringLiteral("the base URL must start with http:// or https://"));
    }
    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_settings.setValue(key, value); !r)
        return r;
    if (auto r = logAction(by, QStringLiteral("settings"), key); !r)
        return r;
    return transaction.commit();
}

db::Result<std::shared_ptr<Checker>> Newsroom::checkerFor(const Actor &by, const QString &language,
                                                          qint64 articleId)
{
    const auto speller
        = Speller::forLanguage(language.isEmpty() ? Dictionaries::defaultLanguage() : language);
    if (!speller)
        return speller.error();
    QSet<QString> accepted;
    if (isOpen()) {
        const auto words = m_dictionary.accepted((*speller)->language(), by.id, articleId);
        if (!words)
            return words.error();
        accepted = *words;
    }
    return std::make_shared<Checker>(*speller, accepted,
                                     isOpen() ? checkOptions() : CheckOptions());
}

// ---- Nobody loses work ----------------------------------------------------------------------

Decision Newsroom::mayTakeOver(const Actor &by, const db::Article &article) const
{
    if (by.has(Level::DeputyEditor) || by.has(Level::EditorInChief)
        || by.editsSection(article.section))
        return { true, {} };
    return { false,
             QStringLiteral("only %1 may take over an article someone else is editing")
                 .arg(article.section.isEmpty()
                          ? QStringLiteral("a deputy editor or the editor-in-chief")
                          : QStringLiteral(
                                "a section editor of %1, a deputy editor or the editor-in-chief")
                                .arg(article.section)) };
}

bool Newsroom::isOtherLock(const db::EditLock &lock, const Actor &by) const
{
    return lock.expiresAt > now() && (lock.personId != by.id || lock.machine != m_machine);
}

std::optional<db::EditLock> Newsroom::lockedByOther(const Actor &by, qint64 articleId)
{
    const auto lock = m_recovery.lock(articleId);
    if (lock && *lock && isOtherLock(**lock, by))
        return **lock;
    return std::nullopt;
}

db::Result<db::EditLock> Newsroom::lockForEditing(const Actor &by, qint64 articleId, bool takeOver)
{
    const auto article = m_articles.get(articleId);
    if (!article)
        return article.error();
    if (takeOver) {
        if (const Decision d = mayTakeOver(by, *article); !d)
            return notPermitted(d.reason);
    }
    const auto previous = m_recovery.lock(articleId);
    // Your own lock from another machine (or from a copy of Copydesk that crashed) is yours to
    // take.
    const bool own = previous && *previous && (*previous)->personId == by.id;
    auto lock
        = m_recovery.acquireLock(articleId, by.id, m_machine, now(), LockSeconds, takeOver || own);
    if (lock && takeOver && previous && *previous && (*previous)->personId != by.id
        && (*previous)->expiresAt > now())
        (void)logAction(
            by, QStringLiteral("take-over"),
            QStringLiteral("from %1 on %2").arg((*previous)->personName, (*previous)->machine),
            articleId);
    return lock;
}

db::Result<void> Newsroom::releaseLock(const Actor &by, qint64 articleId)
{
    return m_recovery.releaseLock(articleId, by.id, m_machine);
}

db::Result<qint64> Newsroom::autosave(const Actor &by, db::Autosave autosave)
{
    if (by.id <= 0)
        return notPermitted(QStringLiteral("sign in to keep unsaved text"));
    autosave.personId = by.id;
    autosave.savedAt = now();
    return m_recovery.putAutosave(autosave);
}

db::Result<QList<db::Autosave>> Newsroom::autosaves(const Actor &by)
{
    return m_recovery.autosaves(by.id);
}

db::Result<void> Newsroom::discardAutosave(const Actor &by, qint64 articleId,
                                           const QString &draftKey)
{
    return m_recovery.removeAutosave(by.id, articleId, draftKey);
}

db::Result<int> Newsroom::restoreRevision(const Actor &by, qint64 articleId, int version,
                                          int expectedVersion)
{
    const auto revision = m_articles.revision(articleId, version);
    if (!revision)
        return revision.error();
    auto article = m_articles.get(articleId);
    if (!article)
        return article.error();
    db::Article restored = *article;
    restored.headline = revision->headline;
    restored.standfirst = revision->standfirst;
    restored.body = revision->body;
    const QString note = QStringLiteral("restored version %1").arg(version);
    return saveArticle(restored, expectedVersion, by, note);
}

db::Result<int> Newsroom::addDemoNewsroom(qint64 actorId)
{
    QFile file(QStringLiteral(":/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed,
                       QStringLiteral("the demo newsroom is missing from this build"));
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();

    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();

    // Demo staff sign in with the password "demo" (at the program's usual hashing cost).
    const QString demoHash = passwords::hash(QStringLiteral("demo"));
    QHash<QString, qint64> ids;
    const QJsonArray people = demo.value(QStringLiteral("people")).toArray();
    const QJsonArray articles = demo.value(QStringLiteral("articles")).toArray();
    for (const QJsonValue &value : people) {
        const QJsonObject p = value.toObject();
        db::Person person;
        person.username = p.value(QStringLiteral("username")).toString();
        person.displayName = p.value(QStringLiteral("display")).toString();
        person.bio = p.value(QStringLiteral("bio")).toString();
        person.passwordHash = demoHash;
        auto existing = m_people.byUsername(person.username);
        if (existing) {
            ids.insert(person.username, existing->id);
            continue;
        }
        const auto id = m_people.add(person);
        if (!id)
            return id.error();
        ids.insert(person.username, *id);
    }

    int added = 0;
    for (const QJsonValue &value : articles) {
        const QJsonObject a = value.toObject();
        db::Article article;
        article.headline = a.value(QStringLiteral("headline")).toString();
        article.standfirst = a.value(QStringLiteral("standfirst")).toString();
        article.body = a.value(QStringLiteral("body")).toString();
        article.section = a.value(QStringLiteral("section")).toString();
        article.status = a.value(QStringLiteral("status")).toString();
        if (article.status == QLatin1String("published"))
            article.publishedAt = now();
        for (const QJsonValue &tag : a.value(QStringLiteral("tags")).toArray())
            article.tags.append(tag.toString());
        for (const QJsonValue &author : a.value(QStringLiteral("authors")).toArray())
            article.authorIds.append(ids.value(author.toString()));
        if (auto r = storeNewArticle(article, actorId); !r)
            return r.error();
        ++added;
    }

    // Appointments last, now that every section exists.
    for (const QJsonValue &value : people) {
        const QJsonObject p = value.toObject();
        const qint64 personId = ids.value(p.value(QStringLiteral("username")).toString());
        for (const QJsonValue &appointmentValue :
             p.value(QStringLiteral("appointments")).toArray()) {
            const QJsonObject o = appointmentValue.toObject();
            db::Appointment appointment;
            appointment.personId = personId;
            appointment.title = o.value(QStringLiteral("title")).toString();
            appointment.level = o.value(QStringLiteral("level")).toString();
            appointment.section = o.value(QStringLiteral("section")).toString();
            appointment.term = o.value(QStringLiteral("term")).toString();
            appointment.startsOn
                = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
            appointment.endsOn
                = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
            if (appointment.term == QLatin1String("current"))
                appointment.term = academicTerm(today());
            if (auto r = m_people.appoint(appointment); !r)
                return r.error();
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return added;
}

} // namespace copydesk::app
