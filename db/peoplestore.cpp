#include "db/peoplestore.h"

#include "db/database.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

namespace {

const char personColumns[]
    = "SELECT id, username, display_name, bio, password_hash, active FROM people ";

Person personFrom(const QSqlQuery &query)
{
    Person p;
    p.id = query.value(0).toLongLong();
    p.username = query.value(1).toString();
    p.displayName = query.value(2).toString();
    p.bio = query.value(3).toString();
    p.passwordHash = query.value(4).toString();
    p.active = query.value(5).toBool();
    return p;
}

const char appointmentColumns[]
    = "SELECT a.id, a.person_id, a.title, a.level, s.name, a.term, a.starts_on, "
      "a.ends_on FROM appointments a LEFT JOIN sections s ON s.id = a.section_id ";

Appointment appointmentFrom(const QSqlQuery &query)
{
    Appointment a;
    a.id = query.value(0).toLongLong();
    a.personId = query.value(1).toLongLong();
    a.title = query.value(2).toString();
    a.level = query.value(3).toString();
    a.section = query.value(4).toString();
    a.term = query.value(5).toString();
    a.startsOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    a.endsOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    return a;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

PeopleStore::PeopleStore(Database &database)
    : m_database(database)
{ }

Result<qint64> PeopleStore::add(const Person &person)
{
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM people WHERE username = ?"));
    query.addBindValue(person.username);
    if (!query.exec())
        return m_database.errorFrom(query, tr("adding %1").arg(person.username));
    if (query.next())
        return failure(Error::Kind::Invalid,
                       tr("there is already someone with the username %1").arg(person.username));
    query.finish();
    query.prepare(
        QStringLiteral("INSERT INTO people (username, display_name, bio, password_hash, "
                       "active, created_at) VALUES (?, ?, coalesce(?, ''), ?, ?, ?) RETURNING id"));
    query.addBindValue(person.username);
    query.addBindValue(person.displayName);
    query.addBindValue(person.bio);
    query.addBindValue(person.passwordHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(person.passwordHash));
    query.addBindValue(person.active ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec() || !query.next())
        return m_database.errorFrom(query, tr("adding %1").arg(person.username));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<Person> PeopleStore::byUsername(const QString &username)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(personColumns) + QStringLiteral("WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return m_database.errorFrom(query, tr("finding %1").arg(username));
    if (!query.next())
        return failure(Error::Kind::NotFound,
                       tr("there is nobody with the username %1").arg(username));
    return personFrom(query);
}

Result<Person> PeopleStore::byId(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(personColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_database.errorFrom(query, tr("finding person %1").arg(id));
    if (!query.next())
        return failure(Error::Kind::NotFound, tr("there is no person %1").arg(id));
    return personFrom(query);
}

Result<QList<Person>> PeopleStore::all()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QLatin1String(personColumns)
                    + QStringLiteral("ORDER BY display_name COLLATE NOCASE")))
        return m_database.errorFrom(query, tr("listing people"));
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

Result<int> PeopleStore::count()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM people")) || !query.next())
        return m_database.errorFrom(query, tr("counting people"));
    return query.value(0).toInt();
}

Result<void> PeopleStore::update(const Person &person)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE people SET display_name = ?, bio = coalesce(?, ''), active = ? "
                       "WHERE id = ?"));
    query.addBindValue(person.displayName);
    query.addBindValue(person.bio);
    query.addBindValue(person.active ? 1 : 0);
    query.addBindValue(person.id);
    if (!query.exec())
        return m_database.errorFrom(query, tr("updating %1").arg(person.username));
    if (query.numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, tr("there is no person %1").arg(person.id));
    return {};
}

Result<void> PeopleStore::setPasswordHash(qint64 personId, const QString &hash)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE people SET password_hash = ? WHERE id = ?"));
    query.addBindValue(hash);
    query.addBindValue(personId);
    if (!query.exec())
        return m_database.errorFrom(query, tr("storing a password"));
    return {};
}

Result<void> PeopleStore::grantLogin(const QString &username, const QString &password)
{
    if (!m_database.isServer())
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT newsroom.grant_login(?, ?)"));
    query.addBindValue(username);
    query.addBindValue(password.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(password));
    if (!query.exec())
        return m_database.errorFrom(query, tr("making the server login of %1").arg(username));
    return {};
}

Result<bool> PeopleStore::hasLogin(const QString &username)
{
    if (!m_database.isServer())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return m_database.errorFrom(query, tr("finding the server login of %1").arg(username));
    return query.next();
}

Result<void> PeopleStore::revokeLogin(const QString &username)
{
    if (!m_database.isServer())
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT newsroom.revoke_login(?)"));
    query.addBindValue(username);
    if (!query.exec())
        return m_database.errorFrom(query, tr("closing the server login of %1").arg(username));
    return {};
}

Result<void> PeopleStore::endAppointment(qint64 appointmentId, const QDate &endsOn)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE appointments SET ends_on = ? WHERE id = ?"));
    query.addBindValue(endsOn.toString(Qt::ISODate));
    query.addBindValue(appointmentId);
    if (!query.exec())
        return m_database.errorFrom(query, tr("ending appointment %1").arg(appointmentId));
    if (query.numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, tr("there is no appointment %1").arg(appointmentId));
    return {};
}

Result<Appointment> PeopleStore::appointment(qint64 appointmentId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(appointmentColumns) + QStringLiteral("WHERE a.id = ?"));
    query.addBindValue(appointmentId);
    if (!query.exec())
        return m_database.errorFrom(query, tr("reading appointment %1").arg(appointmentId));
    if (!query.next())
        return failure(Error::Kind::NotFound, tr("there is no appointment %1").arg(appointmentId));
    return appointmentFrom(query);
}

Result<qint64> PeopleStore::appoint(const Appointment &a)
{
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery query(m_database.connection());
    QVariant sectionId { QMetaType(QMetaType::LongLong) }; // NULL unless a section is named
    if (!a.section.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM sections WHERE name = ?"));
        query.addBindValue(a.section);
        if (!query.exec())
            return m_database.errorFrom(query, tr("finding the section %1").arg(a.section));
        if (!query.next())
            return failure(Error::Kind::NotFound, tr("there is no section %1").arg(a.section));
        sectionId = query.value(0);
        query.finish();
    }
    query.prepare(QStringLiteral(
        "INSERT INTO appointments (person_id, title, level, section_id, term, "
        "starts_on, ends_on) VALUES (?, ?, ?, ?, coalesce(?, ''), ?, ?) RETURNING id"));
    query.addBindValue(a.personId);
    query.addBindValue(a.title);
    query.addBindValue(a.level);
    query.addBindValue(sectionId);
    query.addBindValue(a.term);
    query.addBindValue(dateOrNull(a.startsOn));
    query.addBindValue(dateOrNull(a.endsOn));
    if (!query.exec() || !query.next())
        return m_database.errorFrom(query, tr("appointing %1").arg(a.title));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<QList<Appointment>> PeopleStore::appointments(qint64 personId)
{
    return appointmentsWhere(QStringLiteral("WHERE a.person_id = ? ORDER BY a.starts_on, a.id"),
                             { personId });
}

Result<QList<Appointment>> PeopleStore::allAppointments()
{
    return appointmentsWhere(QStringLiteral("ORDER BY a.person_id, a.starts_on, a.id"), {});
}

Result<QList<Appointment>> PeopleStore::appointmentsWhere(const QString &rest,
                                                          const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(appointmentColumns) + rest);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.errorFrom(query, tr("reading appointments"));
    QList<Appointment> list;
    while (query.next())
        list.append(appointmentFrom(query));
    return list;
}

} // namespace copydesk::db
