#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>

namespace copydesk::db {

class Database;

// People and their appointments.
class PeopleStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::PeopleStore)

public:
    explicit PeopleStore(Database &database);

    Result<qint64> add(const Person &person);
    Result<Person> byUsername(const QString &username);
    Result<Person> byId(qint64 id);
    Result<QList<Person>> all();
    Result<int> count();

    Result<void> update(const Person &person); // display name, bio, active
    Result<void> setPasswordHash(qint64 personId, const QString &hash);
    // On a newsroom server, a person's own database login: made (with this password; none keeps
    // an existing login's) and given this newsroom, or the newsroom taken from it. A store file
    // has no logins: both do nothing there.
    Result<void> grantLogin(const QString &username, const QString &password);
    Result<void> revokeLogin(const QString &username);
    // Whether the server has a login of that name (never, for a store file).
    Result<bool> hasLogin(const QString &username);

    Result<qint64> appoint(const Appointment &appointment);
    // Ends an appointment on a day; it stays as history (for the author box).
    Result<void> endAppointment(qint64 appointmentId, const QDate &endsOn);
    Result<Appointment> appointment(qint64 appointmentId);
    Result<QList<Appointment>> appointments(qint64 personId);
    Result<QList<Appointment>> allAppointments(); // everyone's, by person

private:
    // The appointments the rest of the query picks ("WHERE … ORDER BY …"), values bound in order.
    Result<QList<Appointment>> appointmentsWhere(const QString &rest, const QVariantList &values);

    Database &m_database;
};

} // namespace copydesk::db
