// Importing from the window (issue 13): a WordPress export previewed, imported and reported, or
// left alone when the preview is cancelled; files dropped on the window become drafts; and the
// people an import brought are given a password in the staff dialog.

#include "app/articles/articlelistmodel.h"
#include "app/import/wordpressimport.h"
#include "tests/ui/windowtest.h"
#include "ui/mainwindow.h"
#include "ui/siteimportdialog.h"
#include "ui/staffdialog.h"

#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace copydesk;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(COPYDESK_FIXTURES "/wordpress-importer/") + name;
}

} // namespace

class TestWindowImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void exportIsPreviewedImportedAndReported();
    void cancelledPreviewImportsNothing();
    void ownImportIsNotAnnouncedAsQueueNews();
    void droppedFilesBecomeDrafts();
    void importedAuthorGetsAPasswordInTheStaffDialog();

private:
    int articleCount() { return *m_window->newsroom().archive().count({}); }

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestWindowImport::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_window = m_test->openWindow(m_test->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY(m_window);
}

void TestWindowImport::cleanup()
{
    m_window.reset();
    m_test.reset();
}

void TestWindowImport::exportIsPreviewedImportedAndReported()
{
    bool previewed = false;
    bool reported = false;
    QString reportText;
    test::answerNextDialog<ui::SiteImportDialog>(
        m_window.get(),
        [&](ui::SiteImportDialog *preview) {
            // Before anything is written: what it would bring.
            QCOMPARE(articleCount(), 0);
            QVERIFY2(preview->summary().contains(QStringLiteral("New: 1.")),
                     qPrintable(preview->summary()));
            QVERIFY2(preview->summary().contains(QStringLiteral("Skipped: pages: 1.")),
                     qPrintable(preview->summary()));
            QVERIFY2(preview->summary().contains(QStringLiteral("john (John Doe)")),
                     qPrintable(preview->summary()));
            QCOMPARE(preview->posts()->topLevelItemCount(), 1);
            QCOMPARE(preview->posts()->topLevelItem(0)->text(0), QStringLiteral("Hello world!"));
            QCOMPARE(preview->posts()->topLevelItem(0)->text(2), QStringLiteral("John Doe"));
            test::answerNextDialog<ui::SiteImportDialog>(
                m_window.get(),
                [&](ui::SiteImportDialog *report) {
                    reportText = report->summary();
                    report->reject();
                },
                &reported);
            preview->accept();
        },
        &previewed);
    const auto imported = m_window->importFiles({ fixture(QStringLiteral("valid-wxr-1.1.xml")) });
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QVERIFY(previewed);
    QVERIFY(reported);
    QVERIFY2(reportText.contains(QStringLiteral("brought 1 article")), qPrintable(reportText));
    QCOMPARE(*imported, 1);
    QCOMPARE(articleCount(), 1);
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
}

void TestWindowImport::cancelledPreviewImportsNothing()
{
    bool previewed = false;
    test::answerNextDialog<ui::SiteImportDialog>(
        m_window.get(), [](ui::SiteImportDialog *preview) { preview->reject(); }, &previewed);
    const auto imported
        = m_window->importFiles({ fixture(QStringLiteral("theme-unit-test-data.xml")) });
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QVERIFY(previewed);
    QCOMPARE(*imported, 0);
    QCOMPARE(articleCount(), 0);
    QVERIFY(!m_window->newsroom().staff().personNamed(QStringLiteral("themedemos")));
}

void TestWindowImport::ownImportIsNotAnnouncedAsQueueNews()
{
    // The site's scheduled post comes in approved: in the importer's own review queue, to
    // publish, but not news to the person who imported it.
    auto queueTab = [this] {
        for (QTabBar *tabs : m_window->findChildren<QTabBar *>())
            if (tabs->count() == 3)
                return tabs->tabText(1);
        return QString();
    };
    QTRY_COMPARE(queueTab(), QStringLiteral("Review Queue (0)"));
    test::answerNextDialog<ui::SiteImportDialog>(m_window.get(), [this](ui::SiteImportDialog *p) {
        test::answerNextDialog<ui::SiteImportDialog>(
            m_window.get(), [](ui::SiteImportDialog *report) { report->reject(); });
        p->accept();
    });
    const auto imported
        = m_window->importFiles({ fixture(QStringLiteral("theme-unit-test-data.xml")) });
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QVERIFY(*imported > 0);
    QTRY_VERIFY2(queueTab() != QLatin1String("Review Queue (0)"), qPrintable(queueTab()));
    QVERIFY2(!queueTab().contains(QStringLiteral("new")), qPrintable(queueTab()));
    QCOMPARE(m_window->queueNotice(), QString());
}

void TestWindowImport::droppedFilesBecomeDrafts()
{
    const QString story = m_test->filePath(QStringLiteral("story.md"));
    QFile file(story);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Floods close the ring road\n\nWater rose overnight.\n");
    file.close();
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(story) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(articleCount(), 1);
    const auto rows = m_window->newsroom().archive().list({});
    QVERIFY(rows);
    QCOMPARE(rows->first().headline, QStringLiteral("Floods close the ring road"));
    QCOMPARE(rows->first().status, Status::Draft);

    // Something that is not an article is not taken.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(m_test->filePath(QStringLiteral("newsroom.sqlite"))) });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestWindowImport::importedAuthorGetsAPasswordInTheStaffDialog()
{
    QVERIFY(m_window->newsroom().wordpress().run(m_window->actor(),
                                                 fixture(QStringLiteral("valid-wxr-1.1.xml"))));
    ui::StaffDialog dialog(m_window->newsroom(), m_window->actor(), m_window.get());
    QListWidget *people = dialog.peopleList();
    QListWidgetItem *john = nullptr;
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->text().contains(QLatin1String("(john)")))
            john = people->item(i);
    QVERIFY(john);
    QCOMPARE(john->text(), QStringLiteral("John Doe (john), no password yet"));
    people->setCurrentItem(john);
    QVERIFY(!m_window->newsroom().staff().signIn(QStringLiteral("john"), QStringLiteral("pw")));
    QVERIFY(dialog.setPassword(QStringLiteral("johns secret")));
    QVERIFY(m_window->newsroom().staff().signIn(QStringLiteral("john"),
                                                QStringLiteral("johns secret")));
    QCOMPARE(people->currentItem()->text(), QStringLiteral("John Doe (john)"));
}

QTEST_MAIN(TestWindowImport)
#include "tst_windowimport.moc"
