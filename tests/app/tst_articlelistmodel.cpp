// The article list's model: pages of the store as the view scrolls, filters, search with
// snippets, sorting; checked throughout by Qt's QAbstractItemModelTester.

#include "app/articles/articlelistmodel.h"
#include "app/newsroom.h"
#include "tests/support/newsroomfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace copydesk;
using app::ArticleListModel;

class TestArticleListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPageThenMoreAsTheViewScrolls();
    void statusFilterShowsOnlyThatStatus();
    void sectionFilterAndScopeCombine();
    void searchRanksAndMarksTheMatch();
    void sortingByHeadlineOrdersRows();
    void aNewerSearchReplacesAnOlderOne();
    void sortingBySectionReadsInTheBackground();
    void statusColumnShowsTheLabel();
    void rowOfFindsLoadedArticles();
    void closedStoreListsNothing();

private:
    std::unique_ptr<test::NewsroomFixture> m_fx;
    app::Actor m_writer;
    static constexpr int Articles = ArticleListModel::PageSize * 2 + 50;
};

void TestArticleListModel::initTestCase()
{
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_writer = m_fx->hire(QStringLiteral("amira"), QStringLiteral("contributor"));
    QList<app::IncomingArticle> incoming;
    for (int i = 0; i < Articles; ++i) {
        const QString body = i == 7 ? QStringLiteral("The mayor resigned over the tram contract.\n")
                                    : QStringLiteral("The council met on day %1.\n").arg(i);
        incoming.append({ QStringLiteral("row %1").arg(i),
                          QStringLiteral("Council report %1").arg(i, 3, 10, QLatin1Char('0')),
                          {},
                          body });
    }
    const auto news = m_fx->newsroom().archive().importArticles(m_writer, incoming.mid(0, 300),
                                                                QStringLiteral("News"));
    QVERIFY2(news.ok(), qPrintable(news.errorString()));
    const auto sport = m_fx->newsroom().archive().importArticles(m_fx->chief(), incoming.mid(300),
                                                                 QStringLiteral("Sport"));
    QVERIFY2(sport.ok(), qPrintable(sport.errorString()));
    // A few move on in the workflow.
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_fx->newsroom()
                    .workflow()
                    .transition((*news)[i].article.id, app::Action::Submit, m_writer)
                    .ok());
}

void TestArticleListModel::firstPageThenMoreAsTheViewScrolls()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.totalCount(), Articles);
    QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ArticleListModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Articles);
    QVERIFY(!model.canFetchMore({}));
    // Every article once, no page overlapping another.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ArticleListModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), Articles);
}

void TestArticleListModel::statusFilterShowsOnlyThatStatus()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(Status::InReview);
    QCOMPARE(model.totalCount(), 5);
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ArticleListModel::Status).data().toString(),
                 statusName(Status::InReview));
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.totalCount(), Articles);
}

void TestArticleListModel::sectionFilterAndScopeCombine()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSectionFilter(QStringLiteral("Sport"));
    QCOMPARE(model.totalCount(), Articles - 300);
    db::ArticleQuery mine;
    mine.author = QStringLiteral("amira");
    model.setScope(mine);
    QCOMPARE(model.totalCount(), 0); // amira wrote only News
    model.setSectionFilter(QString());
    QCOMPARE(model.totalCount(), 300);
}

void TestArticleListModel::searchRanksAndMarksTheMatch()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ArticleListModel::loaded);
    model.setSearch(QStringLiteral("tram"));
    // Read in the background: the answer comes with loaded().
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ArticleListModel::Headline).data().toString(),
             QStringLiteral("Council report 007"));
    const QString snippet = model.index(0, 0).data(ArticleListModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(db::ArticleSummary::snippetStart + QStringLiteral("tram")
                              + db::ArticleSummary::snippetEnd),
             qPrintable(snippet));
    model.setSearch(QString());
    QCOMPARE(model.totalCount(), Articles);
}

void TestArticleListModel::aNewerSearchReplacesAnOlderOne()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ArticleListModel::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Typed one after another: only the last search's answer reaches the list.
    model.setSearch(QStringLiteral("council"));
    model.setSearch(QStringLiteral("tra"));
    model.setSearch(QStringLiteral("tram"));
    QVERIFY(loaded.wait());
    QTest::qWait(200); // an older answer arriving late would show here
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ArticleListModel::Headline).data().toString(),
             QStringLiteral("Council report 007"));
    // Clearing the search while one runs: the plain list comes at once, and the search's
    // answer never replaces it.
    model.setSearch(QStringLiteral("council"));
    model.setSearch(QString());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.totalCount(), Articles);
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.totalCount(), Articles);
}

void TestArticleListModel::sortingBySectionReadsInTheBackground()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ArticleListModel::loaded);
    model.sort(ArticleListModel::Section, Qt::DescendingOrder);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QCOMPARE(model.totalCount(), Articles);
    QCOMPARE(model.index(0, ArticleListModel::Section).data().toString(), QStringLiteral("Sport"));
    // The next page comes the same way, as the view scrolls.
    const int first = model.rowCount();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(loaded.wait());
    QVERIFY(model.rowCount() > first);
    QCOMPARE(model.index(model.rowCount() - 1, ArticleListModel::Section).data().toString(),
             QStringLiteral("News"));
}

void TestArticleListModel::sortingByHeadlineOrdersRows()
{
    ArticleListModel model(m_fx->newsroom());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(ArticleListModel::Headline, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Council report 000"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Council report 001"));
    model.sort(ArticleListModel::Headline, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(),
             QStringLiteral("Council report %1").arg(Articles - 1, 3, 10, QLatin1Char('0')));
}

void TestArticleListModel::statusColumnShowsTheLabel()
{
    ArticleListModel model(m_fx->newsroom());
    model.setStatusFilter(Status::Draft);
    QCOMPARE(model.index(0, ArticleListModel::Status).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(model.headerData(ArticleListModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
}

void TestArticleListModel::rowOfFindsLoadedArticles()
{
    ArticleListModel model(m_fx->newsroom());
    model.reload();
    const qint64 id = model.index(3, 0).data(ArticleListModel::IdRole).toLongLong();
    QCOMPARE(model.rowOf(id), 3);
    QCOMPARE(model.rowOf(-5), -1);
}

void TestArticleListModel::closedStoreListsNothing()
{
    app::Newsroom closed;
    ArticleListModel model(closed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
