#include "app/articles/listloader.h"

#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/articlestore.h"
#include "db/database.h"

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
        db::ArticleStore store(m_database);
        if (count) {
            const auto total = store.count(query);
            if (ticket != *m_newest)
                return std::nullopt;
            if (!total) {
                answer.error = total.errorString();
                return answer;
            }
            answer.total = *total;
        }
        if (rows && answer.total != 0) {
            const auto page = store.list(query);
            if (ticket != *m_newest)
                return std::nullopt;
            if (!page) {
                answer.error = page.errorString();
                return answer;
            }
            answer.rows = *page;
        }
        return answer;
    }

private:
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
    m_thread.quit();
    m_thread.wait();
}

quint64 ListLoader::load(const db::ArticleQuery &query, bool rows, bool count)
{
    const quint64 ticket = ++m_latest;
    const quint64 previous = m_newest->exchange(ticket);
    if (previous != m_delivered)
        m_worker->database().interrupt(); // the older request is still running: stop it
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
    m_worker->database().interrupt();
}

} // namespace copydesk::app
