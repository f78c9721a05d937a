// A newsroom server that goes away, on a PostgreSQL server of this test's own (it is killed at
// once, as a crash or a pulled cable would, and started again): nothing typed is lost, nothing
// reported saved is lost, a command-line write fails cleanly, and the window says so plainly,
// keeps the text on this computer and saves it, with the version check, once the server is back.

#include "app/articles/editsession.h"
#include "app/articles/livenewsroom.h"
#include "app/articles/localrecovery.h"
#include "tests/support/newsroomfixture.h"
#include "tests/support/processrun.h"
#include "tests/support/testserver.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace copydesk;

class TestServerLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sessionKeepsTheTextHereAndSavesItWhenTheServerIsBack();
    void killedServerLosesNoSaveThatWasReported();
    void commandLineWriteFailsCleanlyWhileTheServerIsAway();
    void windowSaysSoKeepsTypingAndSavesWhenBack();

private:
    std::unique_ptr<test::PrivateServer> m_server;
    std::unique_ptr<test::NewsroomFixture> m_fx;
    app::Actor m_reporter;
};

void TestServerLoss::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<test::PrivateServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestServerLoss::init()
{
    (void)m_server->resume(); // a test that failed half-way may have left it stopped
    test::NewsroomFixture::Options options;
    options.location = m_server->createDatabase();
    m_fx = std::make_unique<test::NewsroomFixture>(options);
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_reporter = m_fx->hire(QStringLiteral("amira"), QStringLiteral("contributor"));
    QDir(app::LocalRecovery(m_fx->storePath()).folder()).removeRecursively();
}

void TestServerLoss::cleanup()
{
    m_fx.reset();
}

void TestServerLoss::sessionKeepsTheTextHereAndSavesItWhenTheServerIsBack()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"));
    app::EditSession session(m_fx->newsroom());
    session.setActor(m_reporter);
    db::Article typed;
    session.setTextSource([&typed] { return typed; });
    QVERIFY(session.open(a.id).ok());
    typed = session.article();
    typed.body = QStringLiteral("Words typed before the server went away.\n");
    session.setModified(true);
    QSignalSpy away(&session, &app::EditSession::storeUnreachable);
    QSignalSpy kept(&session, &app::EditSession::keptLocally);

    QVERIFY(m_server->pause());
    typed.body += QStringLiteral("And words typed while it was away.\n");
    // The autosave cannot reach the store: the text is kept on this computer instead.
    QVERIFY(session.autosaveNow());
    QCOMPARE(away.count(), 1);
    QCOMPARE(kept.count(), 1);
    const app::LocalRecovery local(m_fx->storePath());
    const auto slots = local.kept(m_reporter.id);
    QCOMPARE(slots.size(), 1);
    QCOMPARE(slots.first().body, typed.body);
    QCOMPARE(slots.first().baseVersion, 1);
    // A save fails plainly and changes nothing here.
    const auto refused = session.save();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Unreachable);
    QVERIFY2(refused.errorString().contains(QStringLiteral("newsroom server")),
             qPrintable(refused.errorString()));
    QVERIFY(session.isModified());
    QCOMPARE(session.editedArticle().body, typed.body);

    // The connection keeper notices, retries, and says when the server is back.
    app::LiveNewsroom live(m_fx->newsroom());
    live.start();
    QSignalSpy lost(&live, &app::LiveNewsroom::connectionLost);
    QSignalSpy restored(&live, &app::LiveNewsroom::connectionRestored);
    live.noticeUnreachable(refused.errorString());
    QCOMPARE(lost.count(), 1);
    QVERIFY(live.isOffline());
    QVERIFY(m_server->resume());
    QVERIFY(restored.wait(15000));
    QVERIFY(!live.isOffline());

    // The kept text goes into the store's slot, then the save goes through the version check.
    QCOMPARE(session.flushLocalRecovery().value(), 1);
    QVERIFY(local.kept(m_reporter.id).isEmpty());
    const auto saved = session.save();
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QCOMPARE(*saved, 2);
    QCOMPARE(m_fx->newsroom().archive().article(a.id)->body, typed.body);
}

void TestServerLoss::killedServerLosesNoSaveThatWasReported()
{
    const db::Article a = m_fx->draft(m_reporter);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(COPYDESK_SAVECHILD),
                { m_fx->storePath(), QString::number(a.id), QStringLiteral("amira") });
    QVERIFY(child.waitForStarted());
    QString reported;
    auto readReported = [&] {
        reported += QString::fromUtf8(child.readAllStandardOutput());
    };
    // Kill the server in the middle of the saves, three times over.
    for (int round = 0; round < 3; ++round) {
        const int before = int(reported.count(QStringLiteral("saved")));
        QTRY_VERIFY_WITH_TIMEOUT(
            (readReported(), reported.count(QStringLiteral("saved")) > before + 3), 30000);
        QVERIFY(m_server->pause());
        QTest::qWait(300);
        readReported();
        QVERIFY(m_server->resume());
    }
    const int before = int(reported.count(QStringLiteral("saved")));
    QTRY_VERIFY_WITH_TIMEOUT((readReported(), reported.count(QStringLiteral("saved")) > before + 3),
                             30000);
    child.kill();
    child.waitForFinished();
    readReported();

    // Every version reported saved is in the store, with the text it was saved with.
    QVERIFY(m_fx->newsroom().reconnect().ok() || m_fx->newsroom().isConnected());
    int last = 0;
    const auto lines = reported.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const int version = line.section(QLatin1Char(' '), 1).toInt();
        const auto revision = m_fx->newsroom().archive().revision(a.id, version);
        QVERIFY2(revision.ok(), qPrintable(line + QStringLiteral(": ") + revision.errorString()));
        QVERIFY(revision->body.startsWith(
            QStringLiteral("Paragraph written at version %1.").arg(version)));
        last = qMax(last, version);
    }
    QVERIFY(last > 10);
    QVERIFY(m_fx->newsroom().archive().article(a.id)->version >= last);
}

void TestServerLoss::commandLineWriteFailsCleanlyWhileTheServerIsAway()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Kept as it was"));
    QVERIFY(m_server->pause());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    const auto run = test::runProgram(
        QStringLiteral(COPYDESK_BINARY),
        { QStringLiteral("--database"), m_fx->storePath(), QStringLiteral("--user"),
          QStringLiteral("amira"), QStringLiteral("update"), QString::number(a.id),
          QStringLiteral("--headline"), QStringLiteral("Changed while away") },
        env);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("copydesk: cannot reach the newsroom server")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, no driver noise
    QVERIFY(m_server->resume());
    QVERIFY(m_fx->newsroom().reconnect().ok());
    QCOMPARE(m_fx->newsroom().archive().article(a.id)->headline, QStringLiteral("Kept as it was"));
}

void TestServerLoss::windowSaysSoKeepsTypingAndSavesWhenBack()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"));
    ui::MainWindow window;
    QVERIFY(window.openStore(m_fx->storePath()).ok());
    QVERIFY(window.signIn(QStringLiteral("amira"), QStringLiteral("pw")).ok());
    QVERIFY(window.openArticle(a.id));
    auto *offline = window.findChild<QLabel *>(QStringLiteral("offline"));
    QVERIFY(offline);
    QVERIFY(offline->isHidden());

    ui::BodyEdit *body = window.editor()->body();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("Typed before. "));
    QVERIFY(m_server->pause());
    QTest::keyClicks(body, QStringLiteral("Typed while the server was away."));
    // The autosave finds the server gone: the window says so, and the text is kept here.
    QVERIFY(window.autosaveNow());
    QVERIFY(!offline->isHidden());
    QVERIFY(offline->text().contains(QStringLiteral("kept on this computer")));
    QVERIFY(!app::LocalRecovery(m_fx->storePath()).kept(m_reporter.id).isEmpty());
    // Save: not yet, and no dialog in the way; the text stays in the editor.
    QVERIFY(!window.save());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Not saved yet")));
    QVERIFY(body->toPlainText().contains(QStringLiteral("Typed while the server was away.")));
    QTest::keyClicks(body, QStringLiteral(" And more."));

    // The server comes back: the window saves by itself, with the version check.
    QVERIFY(m_server->resume());
    QTRY_VERIFY_WITH_TIMEOUT(offline->isHidden(), 20000);
    QTRY_COMPARE(window.session()->baseVersion(), 2);
    QVERIFY(!window.session()->isModified());
    QVERIFY(m_fx->newsroom().reconnect().ok()); // the fixture's own connection died too
    const QString stored = m_fx->newsroom().archive().article(a.id)->body;
    QVERIFY2(stored.contains(QStringLiteral("Typed while the server was away. And more.")),
             qPrintable(stored));
    QVERIFY(app::LocalRecovery(m_fx->storePath()).kept(m_reporter.id).isEmpty());
}

QTEST_MAIN(TestServerLoss)
#include "tst_serverloss.moc"
