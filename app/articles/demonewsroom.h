#pragma once

#include "app/core/result.h"

#include <QCoreApplication>

namespace copydesk::app {

class ArticleService;
class StoreContext;

// The demo newsroom (resources/demo/newsroom.json): a student paper with four staff, who sign in
// with the password "demo", and six articles in every status.
class DemoNewsroom final
{
    Q_DISABLE_COPY_MOVE(DemoNewsroom)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::DemoNewsroom)

public:
    DemoNewsroom(StoreContext &context, ArticleService &articles);

    // Adds the demo staff, sections and articles to a new newsroom (no articles, no staff but
    // the first account); returns how many articles were added.
    Result<int> addDemoNewsroom(qint64 actorId);

private:
    StoreContext &m_ctx;
    ArticleService &m_articles;
};

} // namespace copydesk::app
