#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace copydesk::db {

class Database;

// Tells an open window what other people changed in the store: articles saved, moved through
// the workflow, locked or unlocked. On PostgreSQL the server announces each change (LISTEN on
// "copydesk_changes", sent by triggers of schema 4) with the article's id; on SQLite, where
// the other writers are programs on this machine, a cheap PRAGMA data_version check twice a
// second says that something changed, not what. Changes made through this connection are not
// announced: the window already shows them.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database &database, QObject *parent = nullptr);

    // Starts (or restarts, after the store was opened again) listening.
    void start();
    void stop();
    bool isListening() const { return m_listening; }
    // How often SQLite's data_version is read, in milliseconds.
    static constexpr int PollInterval = 500;

Q_SIGNALS:
    // articleIds: the articles whose row or lock changed; empty with everything = true when the
    // engine cannot say which (SQLite).
    void changed(const QSet<qint64> &articleIds, bool everything);

private:
    void poll();

    Database &m_database;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    QMetaObject::Connection m_notification;
};

} // namespace copydesk::db
