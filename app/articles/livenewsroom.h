#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace copydesk::db {
class ChangeFeed;
}

namespace copydesk::app {

class Newsroom;

// What other people change while a window is open — saves, workflow steps, edit locks — as it
// happens: within a second on SQLite (other programs on this machine), at once on a newsroom
// server (every machine). Changes made through this newsroom's own connection are not
// announced. Start it after the newsroom opens, again after it reopens.
//
// It also keeps the connection to a newsroom server: a round trip every ten seconds notices a
// server that went away even when nobody types; from then on (or from noticeUnreachable(), when
// a save found out first) it tries to connect again every two seconds, and says when it is back.
class LiveNewsroom final : public QObject
{
    Q_OBJECT

public:
    explicit LiveNewsroom(Newsroom &newsroom, QObject *parent = nullptr);
    ~LiveNewsroom() override;

    void start();
    void stop();
    bool isListening() const;

    // A save, autosave or lock found the server out of reach: start trying to reconnect.
    void noticeUnreachable(const QString &message);
    bool isOffline() const { return m_offline; }
    static constexpr int RetryInterval = 2000;
    static constexpr int KeepAliveInterval = 10000;
    // Announcements arriving this close together (a save changes several rows) are passed on
    // as one.
    static constexpr int GatherInterval = 100;

Q_SIGNALS:
    void connectionLost(const QString &message);
    // Connected again: the feed listens again; what was kept locally can be saved.
    void connectionRestored();
    // The articles whose text, status or lock changed; everything = true when the store cannot
    // say which (a SQLite store), and the ids are empty.
    void articlesChanged(const QSet<qint64> &articleIds, bool everything);

private:
    void gather(const QSet<qint64> &articleIds, bool everything);
    void retry();
    void keepAlive();

    Newsroom &m_newsroom;
    std::unique_ptr<db::ChangeFeed> m_feed;
    QTimer m_retry;
    QTimer m_keepAlive;
    QTimer m_gather;
    QSet<qint64> m_gathered;
    bool m_gatheredEverything = false;
    bool m_offline = false;
};

} // namespace copydesk::app
