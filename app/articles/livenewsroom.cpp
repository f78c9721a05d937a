#include "app/articles/livenewsroom.h"

#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/changefeed.h"

#include <utility>

namespace copydesk::app {

LiveNewsroom::LiveNewsroom(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
    , m_feed(std::make_unique<db::ChangeFeed>(contextOf(newsroom).database))
{
    connect(m_feed.get(), &db::ChangeFeed::changed, this, &LiveNewsroom::gather);
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherInterval);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QSet<qint64> ids = std::exchange(m_gathered, {});
        const bool everything = std::exchange(m_gatheredEverything, false);
        Q_EMIT articlesChanged(everything ? QSet<qint64>() : ids, everything);
    });
    m_retry.setInterval(RetryInterval);
    connect(&m_retry, &QTimer::timeout, this, &LiveNewsroom::retry);
    m_keepAlive.setInterval(KeepAliveInterval);
    connect(&m_keepAlive, &QTimer::timeout, this, &LiveNewsroom::keepAlive);
}

LiveNewsroom::~LiveNewsroom() = default;

void LiveNewsroom::start()
{
    m_offline = false;
    m_retry.stop();
    m_feed->start();
    if (m_newsroom.isServer())
        m_keepAlive.start();
}

void LiveNewsroom::stop()
{
    m_feed->stop();
    m_retry.stop();
    m_keepAlive.stop();
    m_offline = false;
}

void LiveNewsroom::gather(const QSet<qint64> &articleIds, bool everything)
{
    m_gathered.unite(articleIds);
    m_gatheredEverything = m_gatheredEverything || everything;
    if (!m_gather.isActive())
        m_gather.start();
}

void LiveNewsroom::noticeUnreachable(const QString &message)
{
    if (m_offline || !m_newsroom.isServer())
        return;
    m_offline = true;
    m_feed->stop();
    m_keepAlive.stop();
    m_retry.start();
    Q_EMIT connectionLost(message);
}

void LiveNewsroom::keepAlive()
{
    if (m_offline)
        return;
    if (const auto r = m_newsroom.ping(); !r && r.error().kind == Error::Kind::Unreachable)
        noticeUnreachable(r.errorString());
}

void LiveNewsroom::retry()
{
    if (!m_offline)
        return;
    if (!m_newsroom.reconnect())
        return; // still away: the timer tries again
    start();
    Q_EMIT connectionRestored();
    // What others did meanwhile was not heard: everything may have changed.
    gather({}, true);
}

bool LiveNewsroom::isListening() const
{
    return m_feed->isListening();
}

} // namespace copydesk::app
