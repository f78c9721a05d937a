#include "app/workflow/staffservice.h"

#include "app/body/textlimits.h"
#include "app/storecontext.h"
#include "app/workflow/passwords.h"
#include "db/transaction.h"

namespace copydesk::app {

namespace {

// Sign-in delays: free attempts, then 2, 4, 8 … seconds after the latest checked failure.
constexpr int FreeAttempts = 3;
constexpr int MaxDelaySeconds = 300;
constexpr int FailureWindowMinutes = 15;

// A username is one word of printable characters, within the length of a name.
Result<QString> validUsername(const QString &given)
{
    const QString username = given.trimmed();
    bool printable = true;
    for (const QChar c : username)
        printable = printable && c.isPrint() && !c.isSpace();
    if (username.isEmpty() || !printable)
        return failure(Error::Kind::Invalid,
                       StaffService::tr("a username is one word, without spaces"));
    if (auto r = TextLimits::check(StaffService::tr("username"), username, TextLimits::NameChars);
        !r)
        return r.error();
    return username;
}

// A password as the store keeps it (Argon2id), or why it could not be made.
Result<QString> hashed(const QString &password)
{
    const QString hash = passwords::hash(password);
    if (hash.isEmpty())
        return failure(Error::Kind::Failed,
                       StaffService::tr("could not hash the password (out of memory)"));
    return hash;
}

} // namespace

QString StaffService::academicTerm(const QDate &date)
{
    const int first = date.month() >= 9 ? date.year() : date.year() - 1;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

StaffService::StaffService(StoreContext &context)
    : m_ctx(context)
{ }

Result<int> StaffService::headcount()
{
    return m_ctx.people.count();
}

Result<QList<db::Person>> StaffService::everyone()
{
    return m_ctx.people.all();
}

Result<db::Person> StaffService::person(qint64 id)
{
    return m_ctx.people.byId(id);
}

Result<db::Person> StaffService::personNamed(const QString &username)
{
    return m_ctx.people.byUsername(username);
}

Result<QList<db::Appointment>> StaffService::appointmentsOf(qint64 personId)
{
    return m_ctx.people.appointments(personId);
}

Result<db::Person> StaffService::createFirstAccount(const QString &username,
                                                    const QString &displayName,
                                                    const QString &password)
{
    const auto valid = validUsername(username);
    if (!valid)
        return valid.error();
    if (password.isEmpty())
        return failure(Error::Kind::Invalid, tr("the first account needs a password"));
    const auto hash = hashed(password);
    if (!hash)
        return hash.error();

    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto count = m_ctx.people.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return failure(Error::Kind::Invalid,
                       tr("the store already has accounts; add people with copydesk staff add"));
    db::Person person;
    person.username = *valid;
    const QString shown = TextLimits::cleanLine(displayName).trimmed();
    person.displayName = shown.isEmpty() ? person.username : shown;
    person.passwordHash = *hash;
    const auto id = m_ctx.people.add(person);
    if (!id)
        return id.error();
    person.id = *id;
    for (const auto &[title, level] : { std::pair { "Administrator", "administrator" },
                                        std::pair { "Editor-in-Chief", "editor-in-chief" } }) {
        db::Appointment appointment;
        appointment.personId = person.id;
        appointment.title = QString::fromLatin1(title);
        appointment.level = QString::fromLatin1(level);
        appointment.term = academicTerm(m_ctx.today());
        appointment.startsOn = m_ctx.today();
        if (auto r = m_ctx.people.appoint(appointment); !r)
            return r.error();
    }
    db::AuditEntry entry;
    entry.personId = person.id;
    entry.at = m_ctx.now();
    entry.action = QStringLiteral("staff-add");
    entry.note
        = QStringLiteral("first account %1 (administrator, editor-in-chief)").arg(person.username);
    if (auto r = m_ctx.journal.log(entry); !r)
        return r.error();
    // On a newsroom server, the person's own login (with the same password).
    if (auto r = m_ctx.people.grantLogin(person.username, password); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return person;
}

Result<Actor> StaffService::actor(qint64 personId)
{
    const auto person = m_ctx.people.byId(personId);
    if (!person)
        return person.error();
    const auto appointments = m_ctx.people.appointments(personId);
    if (!appointments)
        return appointments.error();
    Actor a;
    a.id = person->id;
    a.username = person->username;
    a.displayName = person->displayName;
    if (!person->active)
        return a; // a deactivated account keeps its history and has no powers
    const QDate day = m_ctx.today();
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

Result<Actor> StaffService::actorNamed(const QString &username)
{
    const auto person = m_ctx.people.byUsername(username);
    if (!person)
        return person.error();
    return actor(person->id);
}

Result<Actor> StaffService::signIn(const QString &username, const QString &password)
{
    const QDateTime at = m_ctx.now();
    const auto failures
        = m_ctx.journal.failedSignIns(username, at.addSecs(-60 * FailureWindowMinutes));
    if (!failures)
        return failures.error();

    // A checked failure counts towards the wait; an attempt refused unchecked during the wait
    // is kept for the record under another name and never extends it.
    auto logFailure = [&](const QString &action, const QString &why) -> Result<Actor> {
        db::AuditEntry entry;
        entry.at = at;
        entry.action = action;
        entry.note = username;
        if (const auto person = m_ctx.people.byUsername(username))
            entry.personId = person->id;
        if (auto r = m_ctx.journal.log(entry); !r)
            return r.error();
        return notPermitted(why);
    };

    if (failures->size() >= FreeAttempts) {
        const int extra = int(failures->size()) - FreeAttempts;
        const qint64 delay = qMin<qint64>(MaxDelaySeconds, qint64(2) << qMin(extra, 16));
        const QDateTime allowedFrom = failures->last().addSecs(delay);
        if (at < allowedFrom) {
            const qint64 wait = qMax<qint64>(1, (at.msecsTo(allowedFrom) + 999) / 1000);
            return logFailure(
                QStringLiteral("sign-in-refused"),
                tr("too many failed sign-ins for %1; try again in %2")
                    .arg(username, wait == 1 ? tr("1 second") : tr("%1 seconds").arg(wait)));
        }
    }

    const auto person = m_ctx.people.byUsername(username);
    // The same Argon2id work whether or not the person exists or may sign in, so that the time
    // a refusal takes does not tell which usernames are real.
    const bool known = person && person->active;
    const bool verified
        = passwords::verify(known ? person->passwordHash : passwords::dummyHash(), password);
    if (!known || !verified)
        return logFailure(QStringLiteral("failed-sign-in"),
                          tr("wrong username or password for %1").arg(username));

    if (passwords::needsRehash(person->passwordHash)) {
        const QString renewed = passwords::hash(password);
        if (!renewed.isEmpty())
            (void)m_ctx.people.setPasswordHash(person->id, renewed);
    }
    db::AuditEntry entry;
    entry.personId = person->id;
    entry.at = at;
    entry.action = QStringLiteral("sign-in");
    if (auto r = m_ctx.journal.log(entry); !r)
        return r.error();
    return actor(person->id);
}

Result<db::Person> StaffService::addPerson(const Actor &by, db::Person person,
                                           const QString &password)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    const auto username = validUsername(person.username);
    if (!username)
        return username.error();
    person.username = *username;
    person.displayName = TextLimits::cleanLine(person.displayName);
    person.bio = TextLimits::clean(person.bio);
    if (person.displayName.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, tr("%1 needs a display name").arg(person.username));
    if (password.isEmpty())
        return failure(Error::Kind::Invalid, tr("%1 needs a password").arg(person.username));
    const auto hash = hashed(password);
    if (!hash)
        return hash.error();
    person.passwordHash = *hash;

    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto id = m_ctx.people.add(person);
    if (!id)
        return id.error();
    person.id = *id;
    if (auto r = m_ctx.people.grantLogin(person.username, password); !r)
        return r.error();
    if (auto r = m_ctx.log(by, QStringLiteral("staff-add"),
                           QStringLiteral("%1 (%2)").arg(person.username, person.displayName));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return person;
}

Result<qint64> StaffService::appoint(const Actor &by, const db::Appointment &given)
{
    db::Appointment appointment = given;
    appointment.title = TextLimits::cleanLine(appointment.title).trimmed();
    appointment.section = TextLimits::cleanLine(appointment.section).trimmed();
    appointment.term = TextLimits::cleanLine(appointment.term).trimmed();
    if (auto r = TextLimits::check(tr("section name"), appointment.section, TextLimits::NameChars);
        !r)
        return r.error();
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    bool ok = false;
    const Level level = Permissions::levelNamed(appointment.level, &ok);
    if (!ok)
        return failure(Error::Kind::Invalid,
                       tr("unknown level '%1' (one of: %2)")
                           .arg(appointment.level, Permissions::levelNames()));
    if (appointment.title.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, tr("an appointment needs a title"));
    if (level == Level::SectionEditor && appointment.section.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, tr("a section editor needs a section"));
    if (appointment.startsOn.isValid() && appointment.endsOn.isValid()
        && appointment.endsOn < appointment.startsOn)
        return failure(Error::Kind::Invalid, tr("the appointment ends before it starts"));

    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = m_ctx.articles.ensureSection(appointment.section); !r)
        return r.error();
    const auto id = m_ctx.people.appoint(appointment);
    if (!id)
        return id.error();
    const auto person = m_ctx.people.byId(appointment.personId);
    // Appointed again after an ended term: the server login gets the newsroom back.
    if (person && person->active)
        if (auto r = m_ctx.people.grantLogin(person->username, {}); !r)
            return r.error();
    if (auto r
        = m_ctx.log(by, QStringLiteral("staff-appoint"),
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

Result<void> StaffService::endAppointment(const Actor &by, qint64 appointmentId,
                                          const QDate &lastDay)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto appointment = m_ctx.people.appointment(appointmentId);
    if (!appointment)
        return appointment.error();
    if (auto r = m_ctx.people.endAppointment(appointmentId, lastDay); !r)
        return r;
    if (auto r = closeLoginWithoutAppointments(appointment->personId); !r)
        return r;
    if (auto r = m_ctx.log(by, QStringLiteral("staff-end"),
                           QStringLiteral("%1 ended on %2")
                               .arg(appointment->title, lastDay.toString(Qt::ISODate)));
        !r)
        return r;
    return transaction.commit();
}

Result<void> StaffService::closeLoginWithoutAppointments(qint64 personId)
{
    // The server login keeps the newsroom while some appointment is current or still to come.
    const auto person = m_ctx.people.byId(personId);
    if (!person)
        return person.error();
    const auto appointments = m_ctx.people.appointments(personId);
    if (!appointments)
        return appointments.error();
    const QDate today = m_ctx.today();
    bool current = false;
    for (const db::Appointment &a : *appointments)
        current = current || !a.endsOn.isValid() || a.endsOn >= today;
    if (current && person->active)
        return m_ctx.people.grantLogin(person->username, {});
    return m_ctx.people.revokeLogin(person->username);
}

Result<void> StaffService::updatePerson(const Actor &by, const db::Person &given)
{
    db::Person person = given;
    person.displayName = TextLimits::cleanLine(person.displayName);
    person.bio = TextLimits::clean(person.bio);
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = m_ctx.people.update(person); !r)
        return r;
    if (!person.active) {
        if (auto r = m_ctx.people.revokeLogin(person.username); !r)
            return r;
    } else if (auto r = closeLoginWithoutAppointments(person.id); !r) {
        return r;
    }
    if (auto r = m_ctx.log(by, QStringLiteral("staff-update"), person.username); !r)
        return r;
    return transaction.commit();
}

Result<void> StaffService::setPassword(const Actor &by, const QString &username,
                                       const QString &password)
{
    if (const Decision d = Permissions::decide(by, Action::Staff); !d)
        return notPermitted(d.reason);
    const auto person = m_ctx.people.byUsername(username);
    if (!person)
        return person.error();
    if (password.isEmpty())
        return failure(Error::Kind::Invalid, tr("%1 needs a password").arg(person->username));
    // On a newsroom server a person signs in with their own server login: one made here takes
    // the password; an existing login's password is the server's administrators' to change.
    const auto hasLogin = m_ctx.people.hasLogin(person->username);
    if (!hasLogin)
        return hasLogin.error();
    if (*hasLogin)
        return failure(Error::Kind::Invalid,
                       tr("%1 already has a login on the newsroom server; its password is "
                          "changed on the server (ALTER ROLE … PASSWORD)")
                           .arg(person->username));
    const auto hash = hashed(password);
    if (!hash)
        return hash.error();
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = m_ctx.people.setPasswordHash(person->id, *hash); !r)
        return r;
    if (person->active) {
        if (auto r = m_ctx.people.grantLogin(person->username, password); !r)
            return r;
        // The login, but not the newsroom, for someone without a current appointment.
        if (auto r = closeLoginWithoutAppointments(person->id); !r)
            return r;
    }
    if (auto r = m_ctx.log(by, QStringLiteral("staff-password"), person->username); !r)
        return r;
    return transaction.commit();
}

} // namespace copydesk::app
