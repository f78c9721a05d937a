// The window as a place to write (issue 18): the body in a readable serif column, focus mode
// and full screen, the text's zoom kept per person, and the panels' layout remembered.

#include "tests/ui/windowtest.h"
#include "ui/articleeditor.h"
#include "ui/articlelistpanel.h"
#include "ui/bodyedit.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace copydesk;

class TestWritingSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void bodyIsAReadableColumn();
    void focusModeFoldsEverythingAwayAndBack();
    void fullScreenComesAndGoes();
    void zoomIsKeptForEachPerson();
    void panelsKeepTheirLayoutButNotFocusMode();

private:
    std::unique_ptr<ui::MainWindow> openWindow() { return m_test->openWindow(m_store); }
    QList<QWidget *> panels(ui::MainWindow &w) const;

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_store;
};

void TestWritingSpace::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_store = m_test->filePath(QStringLiteral("newsroom.sqlite"));
    m_window = openWindow();
    QVERIFY(m_window);
}

void TestWritingSpace::cleanup()
{
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_test.reset();
}

QList<QWidget *> TestWritingSpace::panels(ui::MainWindow &w) const
{
    QList<QWidget *> found;
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        found << dock;
    for (QToolBar *bar : w.findChildren<QToolBar *>())
        found << bar;
    return found;
}

void TestWritingSpace::bodyIsAReadableColumn()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    ui::BodyEdit *body = w.editor()->body();
    QCOMPARE(body->font().styleHint(), QFont::Serif);
    QVERIFY(body->font().pointSizeF() >= 12);
    // However wide the editor, a line holds about 70 characters, the column in the middle.
    w.resize(1900, 900);
    w.setFocusMode(true); // the editor the whole width of the window
    QTRY_VERIFY(body->width() > 1500);
    const int perChar = QFontMetrics(body->font()).averageCharWidth();
    const int column = body->viewport()->width();
    QVERIFY2(column <= perChar * (ui::BodyEdit::MeasureChars + 6)
                 && column >= perChar * (ui::BodyEdit::MeasureChars - 6),
             qPrintable(QStringLiteral("%1 px for %2 px a character").arg(column).arg(perChar)));
    const int left = body->viewport()->geometry().left();
    const int right = body->width() - body->viewport()->geometry().right();
    QVERIFY2(qAbs(left - right) <= 4, qPrintable(QStringLiteral("%1 / %2").arg(left).arg(right)));

    // The headline and standfirst stand in the same column, not across the window.
    const QRect bodyColumn(body->viewport()->mapTo(w.editor(), QPoint(0, 0)),
                           body->viewport()->size());
    for (QWidget *field : { static_cast<QWidget *>(w.editor()->headline()),
                            static_cast<QWidget *>(w.editor()->standfirst()) }) {
        const QRect at(field->mapTo(w.editor(), QPoint(0, 0)), field->size());
        QVERIFY2(qAbs(at.left() - bodyColumn.left()) <= 4
                     && qAbs(at.right() - bodyColumn.right()) <= 4,
                 qPrintable(QStringLiteral("%1..%2 against the body's %3..%4")
                                .arg(at.left())
                                .arg(at.right())
                                .arg(bodyColumn.left())
                                .arg(bodyColumn.right())));
    }
}

void TestWritingSpace::focusModeFoldsEverythingAwayAndBack()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    // The Comments panel, shown when an article has comments, folds away too.
    w.findChild<QDockWidget *>(QStringLiteral("commentsDock"))->show();
    const QList<QWidget *> all = panels(w);
    QVERIFY(all.size() >= 4); // two docks, two toolbars
    for (QWidget *panel : all)
        QVERIFY2(panel->isVisible(), qPrintable(panel->objectName()));
    QVERIFY(w.articleView()->isVisible());

    QTest::keyClick(&w, Qt::Key_F8);
    QVERIFY(w.isFocusMode());
    for (QWidget *panel : all)
        QVERIFY2(!panel->isVisible(), qPrintable(panel->objectName()));
    QVERIFY(!w.articleView()->isVisible());
    QVERIFY(w.editor()->body()->isVisible());
    QVERIFY(w.editor()->headline()->isVisible());

    QTest::keyClick(&w, Qt::Key_F8);
    QVERIFY(!w.isFocusMode());
    for (QWidget *panel : all)
        QVERIFY2(panel->isVisible(), qPrintable(panel->objectName()));
    QVERIFY(w.articleView()->isVisible());
}

void TestWritingSpace::fullScreenComesAndGoes()
{
    ui::MainWindow &w = *m_window;
    QAction *fullScreen = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Full Screen"))
            fullScreen = a;
    QVERIFY(fullScreen);
    QVERIFY(fullScreen->shortcuts().contains(QKeySequence(Qt::Key_F11))
            || fullScreen->shortcuts().contains(
                QKeySequence::keyBindings(QKeySequence::FullScreen).value(0)));
    fullScreen->trigger();
    QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
    fullScreen->trigger();
    QTRY_VERIFY(!(w.windowState() & Qt::WindowFullScreen));
}

void TestWritingSpace::zoomIsKeptForEachPerson()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    ui::BodyEdit *body = w.editor()->body();
    const qreal usual = body->font().pointSizeF();
    QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(w.textZoom(), 2);
    QVERIFY(body->font().pointSizeF() > usual);

    // Another person at this computer has their own; Jane's comes back with her.
    db::Person p;
    p.username = QStringLiteral("sam");
    p.displayName = QStringLiteral("Sam");
    QVERIFY(w.newsroom().staff().addPerson(w.actor(), p, QStringLiteral("pw")).ok());
    QVERIFY(w.signIn(QStringLiteral("sam"), QStringLiteral("pw")).ok());
    QCOMPARE(w.textZoom(), 0);
    QCOMPARE(body->font().pointSizeF(), usual);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(w.textZoom(), -1);
    QVERIFY(w.signIn(QStringLiteral("jane"), QStringLiteral("correct horse")).ok());
    QCOMPARE(w.textZoom(), 2);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.textZoom(), 0);
    QCOMPARE(body->font().pointSizeF(), usual);
}

void TestWritingSpace::panelsKeepTheirLayoutButNotFocusMode()
{
    // A panel closed stays closed next time; focus mode at closing time is not kept.
    QDockWidget *issues = nullptr;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        if (dock->windowTitle().contains(QStringLiteral("Spelling")))
            issues = dock;
    QVERIFY(issues);
    issues->close();
    m_window->setFocusMode(true);
    QVERIFY(m_window->close());
    m_window.reset();
    m_window = openWindow();
    QVERIFY(m_window);
    QVERIFY(!m_window->isFocusMode());
    QVERIFY(m_window->articleView()->isVisible());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QCOMPARE(dock->isVisible(),
                 !dock->windowTitle().contains(QStringLiteral("Spelling"))
                     && dock->objectName() != QLatin1String("commentsDock")); // not shown yet
}

QTEST_MAIN(TestWritingSpace)
#include "tst_writingspace.moc"
