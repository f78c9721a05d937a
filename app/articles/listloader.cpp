#include "app/articles/listloader.h"

#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/articlestore.h"
#include "db/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::app {

// Lives on the loader's thread: its own connection to the store, opened on first use there
// (a connection belongs to the thread that opened it).
class ListLoader::Worker final : public QObject
{
public:
    explicit Worker(std::shared_ptr<std::atomic<quint64>> newest)
        : m_newest(std::move(newest))
    { }

    db::Database &database() { return m_database; }

    struct Answer
    {
        QList<db::ArticleSummary> rows;
        int total = -1;
        QString error;
    };

    // Empty when a newer request came meanwhile: nobody wants this answer.
    std::optional<Answer> run(quint64 ticket, const QString &location, const QString &password,
                              const db::ArticleQuery &query, bool rows, bool count)
    {
        if (ticket != *m_newest)
            return std::nullopt;
        Answer answer;
        if (!m_database.isOpen() || m_database.path() != location) {
            if (auto r = m_database.open(location, db::Database::OpenMode::MustExist, password);
                !r) {
                answer.error = r.errorString();
                return answer;
            }
        }
        if (ticket != *m_newest)
            return std::nullopt; // a newer request came while the store was being opened
        // A server that went away and came back: this connection is made again once, as the
        // window's own is by LiveNewsroom.
        for (int attempt = 0;; ++attempt) {
            answer = read(query, rows, count);
            if (ticket != *m_newest)
                return std::nullopt;
            if (answer.error.isEmpty() || attempt > 0 || !m_database.isServer()
                || m_database.isConnected() || !m_database.reconnect())
                return answer;
        }
    }

private:
    Answer read(const db::ArticleQuery &query, bool rows, bool count)
    {
        Answer answer;
        db::ArticleStore store(m_database);
        if (count) {
            const auto total = store.count(query);
            if (!total) {
                answer.error = total.errorString();
                return answer;
            }
            answer.total = *total;
        }
        if (rows && answer.total != 0) {
            const auto page = store.list(query);
            if (!page) {
                answer.error = page.errorString();
                return answer;
            }
            answer.rows = *page;
        }
        return answer;
    }

    std::shared_ptr<std::atomic<quint64>> m_newest;
    db::Database m_database;
};

ListLoader::ListLoader(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
    , m_newest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new Worker(m_newest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("copydesk-list-loader"));
    m_thread.start();
}

ListLoader::~ListLoader()
{
    cancel();
    m_interrupting.waitForFinished(); // it uses the worker's connection
    m_thread.quit();
    m_thread.wait();
}

quint64 ListLoader::load(const db::ArticleQuery &query, bool rows, bool count)
{
    const quint64 ticket = ++m_latest;
    const quint64 previous = m_newest->exchange(ticket);
    if (previous != m_delivered)
        interruptWorker(); // the older request is still running: stop it
    StoreContext &ctx = contextOf(m_newsroom);
    const QString location = ctx.database.path();
    const QString password = ctx.database.password();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, ticket, location, password, query, rows, count] {
            auto answer = worker->run(ticket, location, password, query, rows, count);
            if (!answer)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, ticket, answer = std::move(*answer)] {
                    if (ticket != m_latest)
                        return; // a newer request is on its way
                    m_delivered = ticket;
                    Q_EMIT loaded(ticket, answer.rows, answer.total, answer.error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

void ListLoader::cancel()
{
    if (m_delivered == m_latest)
        return;
    m_newest->store(++m_latest);
    m_delivered = m_latest;
    interruptWorker();
}

void ListLoader::interruptWorker()
{
    db::Database &database = m_worker->database();
    if (!contextOf(m_newsroom).database.isServer()) {
        database.interrupt(); // sqlite3_interrupt: sets a flag, returns at once
        return;
    }
    // A cancel request to a server is a connection of its own, which may take as long as the
    // network does: never on the window's thread. One at a time; a newer request finds the
    // older one already cancelled.
    if (m_interrupting.isRunning())
        return;
    m_interrupting = QtConcurrent::run([&database] { database.interrupt(); });
}

} // namespace copydesk::app
