#pragma once

#include "app/newsroom.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace copydesk::test {

// The shared starting point of the suites: a new store in a temporary folder (or a new database
// on the test server, in a suite's PostgreSQL run; see TestServer), its first account
// (administrator and editor-in-chief) signed in, and a way to hire more staff. The clock is
// fixed at 2026-11-28 12:00 UTC unless a suite moves it.
class NewsroomFixture final
{
public:
    struct Options
    {
        QString fileName = QStringLiteral("newsroom.sqlite");
        // Where the store is instead of a file in the temporary folder (a database on a
        // test's own PrivateServer); kept as it is when the fixture goes.
        QString location;
        QString chiefUsername = QStringLiteral("chief");
        QString chiefName = QStringLiteral("Chief Editor");
        QString chiefPassword = QStringLiteral("pw");
        QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QString machine = QStringLiteral("LAPTOP-1");
    };

    NewsroomFixture();
    explicit NewsroomFixture(const Options &options);
    ~NewsroomFixture();

    // False (with the reason in error()) when the store could not be set up.
    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    app::Newsroom &newsroom() { return *m_newsroom; }
    app::Newsroom *operator->() { return m_newsroom.get(); }
    // The store file, or the database's address when the suite runs on PostgreSQL.
    QString storePath() const { return m_store; }
    bool isServer() const { return m_newsroom->isServer(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString folder() const { return m_dir.path(); }
    const app::Actor &chief() const { return m_chief; }

    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }

    // A new person with one appointment (title defaults to the level), as an Actor with today's
    // powers. Stops the test run with the reason if the store refuses.
    struct Hire
    {
        QString username;
        QString level = QStringLiteral("contributor");
        QString section;
        QString displayName; // default: the username, capitalised
        QString title; // default: the level
        QString term = QStringLiteral("2026/27");
        QDate from;
        QDate to;
        QString bio;
        QString password = QStringLiteral("pw");
    };
    app::Actor hire(const Hire &who);
    app::Actor hire(const QString &username, const QString &level, const QString &section = {});

    // A draft written by the person.
    db::Article draft(const app::Actor &by,
                      const QString &headline = QStringLiteral("Council budget row"),
                      const QString &body = QStringLiteral("The council met.\n"),
                      const QString &section = {});

private:
    QTemporaryDir m_dir;
    QString m_store;
    bool m_ownDatabase = false; // made on the test server, dropped when the fixture goes
    QDateTime m_now;
    std::unique_ptr<app::Newsroom> m_newsroom;
    app::Actor m_chief;
    QString m_error;
};

} // namespace copydesk::test
