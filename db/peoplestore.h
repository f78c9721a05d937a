#pragma once

#include "db/records.h"
#include "db/result.h"

namespace copydesk::db {

class Database;

// People and their appointments.
class PeopleStore final
{
public:
    explicit PeopleStore(Database &database);

    Result<qint64> add(const Person &person);
    Result<Person> byUsername(const QString &username);
    Result<Person> byId(qint64 id);
    Result<QList<Person>> all();
    Result<int> count();

    Result<qint64> appoint(const Appointment &appointment);
    Result<QList<Appointment>> appointments(qint64 personId);

private:
    Database &m_database;
};

} // namespace copydesk::db
