// The window in a live newsroom: another desk's new article, submission and save reach an open
// window — its list, its Review Queue count and the article it shows — without a reload by the
// person, and unsaved text is never replaced. Runs on SQLite and, as tst_livewindow_postgresql,
// with the other desk on another connection to a newsroom server.

#include "app/articles/articlelistmodel.h"
#include "app/articles/editsession.h"
#include "tests/support/newsroomfixture.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/mainwindow.h"

#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QUrl>

using namespace copydesk;

class TestLiveWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void anotherDesksWorkReachesTheWindow();

private:
    static bool listShows(ui::MainWindow &window, const QString &headline);
    static QString tabText(ui::MainWindow &window, int index);
};

bool TestLiveWindow::listShows(ui::MainWindow &window, const QString &headline)
{
    app::ArticleListModel *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, app::ArticleListModel::Headline).data(Qt::EditRole).toString()
                == headline
            || model->index(row, app::ArticleListModel::Headline)
                   .data()
                   .toString()
                   .startsWith(headline))
            return true;
    return false;
}

QString TestLiveWindow::tabText(ui::MainWindow &window, int index)
{
    // The list's views, not the docks' tabs.
    for (QTabBar *tabs : window.findChildren<QTabBar *>())
        if (tabs->count() == 3 && tabs->tabText(2) == QLatin1String("All"))
            return tabs->tabText(index);
    return {};
}

void TestLiveWindow::anotherDesksWorkReachesTheWindow()
{
    test::NewsroomFixture fx; // desk A, with its own connection
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor reporter = fx.hire(QStringLiteral("amira"), QStringLiteral("contributor"));
    fx.hire(QStringLiteral("siobhan"), QStringLiteral("section-editor"), QStringLiteral("News"));

    // Desk B: the section editor's window, on the Review Queue.
    ui::MainWindow window;
    window.newsroom().setClock([&fx] { return fx.now(); }); // one clock for both desks
    QVERIFY(window.openStore(fx.storePath()).ok());
    QVERIFY(window.signIn(QStringLiteral("siobhan"), QStringLiteral("pw")).ok());
    // On a newsroom server she works through her own login, which the server checks.
    if (fx.isServer())
        QCOMPARE(QUrl(window.newsroom().path()).userName(), QStringLiteral("siobhan"));
    window.setView(ui::MainWindow::View::All);
    QTRY_COMPARE(tabText(window, 1),
                 QStringLiteral("Review Queue (0)")); // counted in the background

    // The reporter files and submits at desk A.
    const db::Article a = fx.draft(reporter, QStringLiteral("Eastgate bus station to close"),
                                   QStringLiteral("The council met.\n"), QStringLiteral("News"));
    QTRY_VERIFY(listShows(window, QStringLiteral("Eastgate bus station to close")));
    QVERIFY(fx->workflow().transition(a.id, app::Action::Submit, reporter).ok());
    // Announced: the tab says it is new, with a badge and the headline in its tooltip, and the
    // window (or, in the background, the tray) says what came.
    QTRY_COMPARE(tabText(window, 1), QStringLiteral("Review Queue (1, 1 new)"));
    QCOMPARE(window.queueNotice(),
             QStringLiteral("New in your review queue: “Eastgate bus station to close”"));
    QTabBar *views = nullptr;
    for (QTabBar *tabs : window.findChildren<QTabBar *>())
        if (tabs->count() == 3)
            views = tabs;
    QVERIFY(views && !views->tabIcon(1).isNull());
    QVERIFY(views->tabToolTip(1).contains(QStringLiteral("Eastgate bus station to close")));
    // Looked at, it is no longer new.
    window.setView(ui::MainWindow::View::ReviewQueue);
    QCOMPARE(tabText(window, 1), QStringLiteral("Review Queue (1)"));
    QVERIFY(views->tabIcon(1).isNull());
    window.setView(ui::MainWindow::View::All);

    // The editor reads it; the reporter's next save (after the editor's lock lapses) replaces
    // what the window shows, since nothing was typed there.
    QVERIFY(window.openArticle(a.id));
    QCOMPARE(window.session()->baseVersion(), 1);
    fx.setNow(fx.now().addSecs(600));
    const app::Actor chief = fx.chief();
    db::Article changed = *fx->archive().article(a.id);
    changed.body = QStringLiteral("The council met and voted.\n");
    const auto first = fx->archive().saveArticle(changed, 1, chief);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QTRY_COMPARE(window.session()->baseVersion(), 2);
    QVERIFY(window.editor()->body()->toPlainText().contains(QStringLiteral("voted")));

    // Now the editor types; the next save at desk A keeps the typed text and says so.
    window.editor()->body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor()->body(), QStringLiteral(" Unsaved words."));
    QVERIFY(window.session()->isModified());
    fx.setNow(fx.now().addSecs(600));
    changed = *fx->archive().article(a.id);
    changed.body = QStringLiteral("The council met, voted and adjourned.\n");
    QVERIFY(fx->archive().saveArticle(changed, 2, chief).ok());
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("version 3")));
    QVERIFY(window.editor()->body()->toPlainText().contains(QStringLiteral("Unsaved words.")));
    QCOMPARE(window.session()->baseVersion(), 2);
    window.session()->setModified(false); // nothing to ask about when the window goes
}

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
