#pragma once

#include <QObject>
#include <QSet>

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
class LiveNewsroom final : public QObject
{
    Q_OBJECT

public:
    explicit LiveNewsroom(Newsroom &newsroom, QObject *parent = nullptr);
    ~LiveNewsroom() override;

    void start();
    void stop();
    bool isListening() const;

Q_SIGNALS:
    // The articles whose text, status or lock changed; everything = true when the store cannot
    // say which (a SQLite store), and the ids are empty.
    void articlesChanged(const QSet<qint64> &articleIds, bool everything);

private:
    std::unique_ptr<db::ChangeFeed> m_feed;
};

} // namespace copydesk::app
