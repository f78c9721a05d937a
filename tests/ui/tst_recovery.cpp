// Nobody loses work, in the window: a killed editor's text comes back, two editors on one
// article see each other, a conflict shows the differences, old versions can be compared and
// restored.

#include "app/body/worddiff.h"
#include "app/storecontext.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/conflictdialog.h"
#include "ui/diffdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace copydesk;

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void killedEditorIsRecovered_data();
    void killedEditorIsRecovered();
    void secondEditorSeesTheLockAndMayTakeOver();
    void conflictViewShowsTheDifferencesAndKeepsBoth();
    void versionsCanBeComparedAndRestored();

private:
    std::unique_ptr<ui::MainWindow> window(const QString &username, const QString &machine);
    void hire(const QString &username, const QString &level);
    qint64 anArticle();
    // The screenshots stay in the build tree (ctest names the folder; run alone, its own).
    QString screenshotDir() const
    {
        const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR",
                                                 QStringLiteral(COPYDESK_SCREENSHOT_DEFAULT));
        QDir().mkpath(dir);
        return dir;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    m_store = m_dir->filePath(QStringLiteral("newsroom.sqlite"));
    app::Newsroom setup;
    QVERIFY(setup.open(m_store, app::Newsroom::OpenMode::CreateIfMissing));
    QVERIFY(setup.staff()
                .createFirstAccount(QStringLiteral("jane"), QStringLiteral("Jane Doe"),
                                    QStringLiteral("pw"))
                .ok());
}

void TestRecovery::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ui::MainWindow> TestRecovery::window(const QString &username,
                                                     const QString &machine)
{
    auto w = std::make_unique<ui::MainWindow>();
    w->newsroom().setMachine(machine);
    if (!w->openStore(m_store) || !w->signIn(username, QStringLiteral("pw")))
        return nullptr;
    w->resize(1300, 860);
    w->show();
    return w;
}

void TestRecovery::hire(const QString &username, const QString &level)
{
    app::Newsroom n;
    QVERIFY(n.open(m_store, app::Newsroom::OpenMode::MustExist));
    const app::Actor chief = n.staff().actorNamed(QStringLiteral("jane")).value();
    db::Person p;
    p.username = username;
    p.displayName = username.at(0).toUpper() + username.mid(1);
    const auto person = n.staff().addPerson(chief, p, QStringLiteral("pw"));
    QVERIFY(person.ok());
    db::Appointment a;
    a.personId = person->id;
    a.title = level;
    a.level = level;
    QVERIFY(n.staff().appoint(chief, a).ok());
}

qint64 TestRecovery::anArticle()
{
    app::Newsroom n;
    if (!n.open(m_store, app::Newsroom::OpenMode::MustExist))
        return 0;
    db::Article a;
    a.headline = QStringLiteral("Council budget row");
    a.body = QStringLiteral("The council met on Tuesday.\n");
    const auto created
        = n.archive().createArticle(a, n.staff().actorNamed(QStringLiteral("jane")).value());
    return created ? created->id : 0;
}

void TestRecovery::killedEditorIsRecovered_data()
{
    QTest::addColumn<bool>("newArticle");
    QTest::newRow("a new article never saved") << true;
    QTest::newRow("changes to a saved article") << false;
}

void TestRecovery::killedEditorIsRecovered()
{
    QFETCH(bool, newArticle);
    const qint64 id = newArticle ? 0 : anArticle();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("child-config")));
    child.setProcessEnvironment(env);
    QStringList args = { m_store, QStringLiteral("jane") };
    if (!newArticle)
        args << QString::number(id);
    child.start(QStringLiteral(COPYDESK_AUTOSAVECHILD), args);
    QVERIFY(child.waitForStarted());
    QByteArray output;
    auto autosaved = [&] {
        output += child.readAllStandardOutput();
        return output.contains("autosaved") || child.state() != QProcess::Running;
    };
    QTRY_VERIFY_WITH_TIMEOUT(autosaved(), 20000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL: no chance to save or clean up
    QVERIFY(child.waitForFinished());

    auto w = window(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(w);
    const auto slots = w->recoverable();
    QCOMPARE(slots.size(), 1);
    QVERIFY(w->recover(slots.first().id));
    if (newArticle) {
        QCOMPARE(w->editor()->headline()->text(), QStringLiteral("Flood map goes live"));
        QCOMPARE(w->editor()->article().body, QStringLiteral("Typed and never saved.\n"));
        QCOMPARE(w->editor()->articleId(), 0);
    } else {
        QCOMPARE(w->editor()->articleId(), id);
        QCOMPARE(w->editor()->article().body,
                 QStringLiteral(
                     "The council met on Tuesday. Added after the last save, never saved.\n"));
        QCOMPARE(w->newsroom().archive().article(id)->version, 1); // autosave made no revision
    }
    QVERIFY(w->editor()->isModified());
    // Saving it clears the slot.
    QVERIFY(w->save());
    QVERIFY(w->recoverable().isEmpty());
}

void TestRecovery::secondEditorSeesTheLockAndMayTakeOver()
{
    hire(QStringLiteral("sam"), QStringLiteral("contributor"));
    hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const qint64 id = anArticle();
    auto jane = window(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->openArticle(id));
    QVERIFY(!jane->editor()->isReadOnly());

    auto amira = window(QStringLiteral("amira"), QStringLiteral("DESK-1"));
    QVERIFY(amira && amira->openArticle(id));
    QVERIFY(amira->editor()->isReadOnly());
    QAction *takeOver = nullptr;
    for (QAction *a : amira->findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')).contains(QStringLiteral("Take Over")))
            takeOver = a;
    QVERIFY(takeOver && takeOver->isEnabled());
    // She reads who holds it, on which machine and since when, as the README shows it.
    const auto lock = app::contextOf(amira->newsroom()).recovery.lock(id).value();
    QVERIFY(lock);
    const QString holder
        = QStringLiteral("read only: being edited by Jane Doe on LAPTOP-3 since %1")
              .arg(lock->acquiredAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    QStringList shown;
    for (const QLabel *label : amira->editor()->findChildren<QLabel *>())
        if (label->isVisibleTo(amira.get()) && label->text().contains(QStringLiteral("read only")))
            shown << label->text();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().endsWith(holder), qPrintable(shown.first()));
    QVERIFY(amira->grab().save(
        QDir(screenshotDir()).filePath(QStringLiteral("copydesk-being-edited.png"))));

    QTest::keyClicks(jane->editor()->body(), QStringLiteral("Jane types "));
    QVERIFY(amira->takeOver());
    QVERIFY(!amira->editor()->isReadOnly());

    // Jane is told at her next save; her text stays with her.
    QString told;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        told = dialog->findChildren<QLabel *>().first()->text();
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Mine on Top")))
                QVERIFY(!b->isEnabled());
            if (b->text().contains(QStringLiteral("Keep Editing")))
                b->click();
        }
    });
    QVERIFY(!jane->save());
    QVERIFY2(told.contains(QStringLiteral("Amira is editing article")), qPrintable(told));
    QVERIFY(jane->editor()->article().body.contains(QStringLiteral("Jane types")));
    QCOMPARE(jane->newsroom().archive().article(id)->version, 1);
}

void TestRecovery::conflictViewShowsTheDifferencesAndKeepsBoth()
{
    const qint64 id = anArticle();
    auto first = window(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(first && first->openArticle(id));
    // The same person saves from another copy of the text first (a second window's save).
    db::Article theirs = first->newsroom().archive().article(id).value();
    theirs.body = QStringLiteral("The council met on Wednesday.\n");
    QCOMPARE(first->newsroom().archive().saveArticle(theirs, 1, first->actor()).value(), 2);

    first->editor()->body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(first->editor()->body(), QStringLiteral(" It voted."));
    QString differences;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        differences = dialog->differences()->toHtml();
        dialog->grab().save(
            QDir(screenshotDir()).filePath(QStringLiteral("copydesk-conflict.png")));
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Mine on Top")))
                b->click();
    });
    QVERIFY(first->save());
    QVERIFY(differences.contains(QStringLiteral("Wednesday")));
    QVERIFY(differences.contains(QStringLiteral("Tuesday")));
    const auto stored = first->newsroom().archive().article(id).value();
    QCOMPARE(stored.version, 3);
    QCOMPARE(stored.body, QStringLiteral("The council met on Tuesday. It voted.\n"));
    const auto revisions = first->newsroom().archive().revisions(id).value();
    QCOMPARE(revisions.at(1).body,
             QStringLiteral("The council met on Wednesday.\n")); // theirs is kept
}

void TestRecovery::versionsCanBeComparedAndRestored()
{
    const qint64 id = anArticle();
    auto w = window(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(w && w->openArticle(id));
    w->editor()->body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(w->editor()->body(), QStringLiteral(" Councillors argued."));
    QVERIFY(w->save());
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::DiffDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shown = dialog->view()->toPlainText();
        dialog->grab().save(
            QDir(screenshotDir()).filePath(QStringLiteral("copydesk-revision-diff.png")));
        dialog->reject();
    });
    w->compareVersions(1, 2);
    QVERIFY2(shown.contains(QStringLiteral("Councillors argued.")), qPrintable(shown));
    QVERIFY(w->restoreVersion(1));
    const auto stored = w->newsroom().archive().article(id).value();
    QCOMPARE(stored.version, 3);
    QCOMPARE(stored.body, QStringLiteral("The council met on Tuesday.\n"));
    QCOMPARE(w->editor()->article().body, stored.body);
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
