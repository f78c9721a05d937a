#pragma once

#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk::app {

class StoreContext;

// Accounts and staff: the first account, sign-in, the people of the newsroom and their
// appointments. Changes need the staff right (editor-in-chief or administrator) and are written
// to the audit log.
class StaffService final
{
    Q_DISABLE_COPY_MOVE(StaffService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::StaffService)

public:
    explicit StaffService(StoreContext &context);

    // The academic year a date falls in, as newsrooms label terms: 2026-11-28 is in "2026/27".
    static QString academicTerm(const QDate &date);

    // The first account: administrator and editor-in-chief, both open-ended. Only on a store
    // without accounts.
    Result<db::Person> createFirstAccount(const QString &username, const QString &displayName,
                                          const QString &password);

    // Checks a password. Failures are logged; after three within a quarter of an hour the next
    // attempt must wait 2, 4, 8 … seconds (at most 5 minutes) after the latest failure, and is
    // refused unchecked before then: logged as sign-in-refused, which does not count and does
    // not extend the wait. An unknown username costs the same Argon2id work as a wrong
    // password. A hash made with weaker limits is renewed on success.
    Result<Actor> signIn(const QString &username, const QString &password);

    // A person with the powers of their appointments that are current today.
    Result<Actor> actor(qint64 personId);
    Result<Actor> actorNamed(const QString &username);

    // Read-only views of the staff.
    Result<int> headcount();
    Result<QList<db::Person>> everyone();
    Result<db::Person> person(qint64 id);
    Result<db::Person> personNamed(const QString &username);
    Result<QList<db::Appointment>> appointmentsOf(qint64 personId);

    // Staff management: editor-in-chief or administrator.
    Result<db::Person> addPerson(const Actor &by, db::Person person, const QString &password);
    Result<qint64> appoint(const Actor &by, const db::Appointment &appointment);
    Result<void> endAppointment(const Actor &by, qint64 appointmentId, const QDate &lastDay);
    Result<void> updatePerson(const Actor &by, const db::Person &person);
    // Sets a person's password: someone imported without one, or who forgot theirs. On a
    // newsroom server their login gets it too.
    Result<void> setPassword(const Actor &by, const QString &username, const QString &password);

private:
    // On a newsroom server: a person with no current or coming appointment (or deactivated)
    // loses the newsroom's login; one with an appointment has it.
    Result<void> closeLoginWithoutAppointments(qint64 personId);
    StoreContext &m_ctx;
};

} // namespace copydesk::app
