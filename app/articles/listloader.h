#pragma once

#include "db/records.h"

#include <QFuture>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace copydesk::app {

class Newsroom;

// Reads pages of the article list on a thread of its own, over a connection of its own to the
// newsroom's store, so that a search of a whole archive never holds up the window. A newer
// request cancels an older one still running (sqlite3_interrupt, or a cancel request to the
// server); only the newest request's answer is delivered.
class ListLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ListLoader(Newsroom &newsroom, QObject *parent = nullptr);
    ~ListLoader() override;

    // Starts reading one page (rows) and, when asked, how many match in all; returns the
    // ticket that loaded() will carry.
    quint64 load(const db::ArticleQuery &query, bool rows = true, bool count = true);
    // Forgets the running request, interrupting it.
    void cancel();

Q_SIGNALS:
    // total is -1 when it was not asked for; error is empty on success.
    void loaded(quint64 ticket, const QList<copydesk::db::ArticleSummary> &rows, int total,
                const QString &error);

private:
    class Worker;
    void interruptWorker();

    Newsroom &m_newsroom;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_newest; // shared with the worker
    quint64 m_latest = 0;
    quint64 m_delivered = 0;
    QFuture<void> m_interrupting; // a cancel request on its way to a server
};

} // namespace copydesk::app
