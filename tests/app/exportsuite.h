#pragma once

// What the export suites share: a newsroom with staff whose appointments span terms, articles
// published through the workflow, and ways to read what an export wrote.

#include "app/newsroom.h"
#include "tests/support/newsroomfixture.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace exporttest {

// Markup and script in every form a hostile newsroom member might try.
QStringList xssPayloads();
// Links that must never survive into a page.
QStringList hostileUrls();
// What in a written page could run: script elements, event attributes, bad URLs.
QStringList dangersIn(const QString &path, QString *error);
// Files under a folder matching the patterns.
QStringList filesUnder(const QString &dir, const QStringList &patterns);
// The Nu Html Checker's errors for the pages; empty when they are valid.
QString nuHtmlErrors(const QStringList &pages);
// The links (text, href) inside elements of a class in a page.
QList<std::pair<QString, QString>> linksIn(const QString &path, const QString &parentClass);
// The first heading of a page.
QString headingOf(const QString &path);

} // namespace exporttest

class ExportSuite
{
protected:
    void setUp();
    void tearDown();

    copydesk::db::Article publish(copydesk::db::Article article,
                                  const QStringList &steps
                                  = { QStringLiteral("submit"), QStringLiteral("approve"),
                                      QStringLiteral("publish") });
    void richNewsroom(int extraArticles = 0);

    std::unique_ptr<copydesk::test::NewsroomFixture> m_fx;
    copydesk::app::Newsroom *m_newsroom = nullptr;
    copydesk::app::Actor m_chief;
    copydesk::app::Actor m_deputy;
    copydesk::app::Actor m_writer;
};
