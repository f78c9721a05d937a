#include "app/articles/livenewsroom.h"

#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/changefeed.h"

namespace copydesk::app {

LiveNewsroom::LiveNewsroom(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_feed(std::make_unique<db::ChangeFeed>(contextOf(newsroom).database))
{
    connect(m_feed.get(), &db::ChangeFeed::changed, this, &LiveNewsroom::articlesChanged);
}

LiveNewsroom::~LiveNewsroom() = default;

void LiveNewsroom::start()
{
    m_feed->start();
}

void LiveNewsroom::stop()
{
    m_feed->stop();
}

bool LiveNewsroom::isListening() const
{
    return m_feed->isListening();
}

} // namespace copydesk::app
