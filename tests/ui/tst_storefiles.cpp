// Nothing in the process but SQLite opens the store's files (DESIGN.md §6). A file dialog that
// sniffs the -wal and -shm files to learn their type closes them again, and on POSIX that close
// drops every lock the process holds on them: the next command to finish deletes the WAL under
// the window, whose saves then vanish. The test runs that story with a real window process.

#include "app/newsroom.h"
#include "tests/support/processrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

class TestStoreFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fileDialogDoesNotDropTheStoreLocks();

private:
    using Run = test::ProcessRun;
    Run copydesk(const QStringList &arguments);
    QProcessEnvironment environment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

QProcessEnvironment TestStoreFiles::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

TestStoreFiles::Run TestStoreFiles::copydesk(const QStringList &arguments)
{
    return test::runProgram(QStringLiteral(COPYDESK_BINARY),
                            QStringList { QStringLiteral("--database"), m_store,
                                          QStringLiteral("--user"), QStringLiteral("jane") }
                                + arguments,
                            environment());
}

void TestStoreFiles::fileDialogDoesNotDropTheStoreLocks()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("newsroom.sqlite"));
    qint64 id = 0;
    {
        app::Newsroom setup;
        QVERIFY(setup.open(m_store, app::Newsroom::OpenMode::CreateIfMissing));
        QVERIFY(setup.staff()
                    .createFirstAccount(QStringLiteral("jane"), QStringLiteral("Jane Doe"),
                                        QStringLiteral("pw"))
                    .ok());
        const auto jane = setup.staff().actorNamed(QStringLiteral("jane"));
        QVERIFY(jane.ok());
        db::Article article;
        article.headline = QStringLiteral("Before browsing");
        article.body = QStringLiteral("The council met.");
        article.section = QStringLiteral("News");
        const auto created = setup.archive().createArticle(article, *jane);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        id = created->id;
    }

    // The window: open on the store, browse its folder in the file dialog, cancel.
    QProcess window;
    window.setProcessEnvironment(environment());
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(COPYDESK_BROWSECHILD),
                 { m_store, QStringLiteral("jane"), QString::number(id) });
    QVERIFY(window.waitForStarted());
    QVERIFY2(window.waitForReadyRead(60000), "the window never browsed");
    QCOMPARE(window.readLine().trimmed(), QByteArray("browsed"));

    // Any command, which finishes while the window holds the store.
    const Run list = copydesk({ QStringLiteral("list") });
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(QStringLiteral("Before browsing")));

    // The window saves; the command line must see that save.
    window.write("save\n");
    QVERIFY2(window.waitForReadyRead(60000), "the window never saved");
    QCOMPARE(window.readLine().trimmed(), QByteArray("saved"));
    Run shown = copydesk({ QStringLiteral("--json"), QStringLiteral("show"), QString::number(id) });
    QCOMPARE(shown.code, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                 .object()
                 .value(QStringLiteral("headline"))
                 .toString(),
             QStringLiteral("Saved after browsing"));

    // A killed window loses nothing it reported saved.
    window.kill();
    window.waitForFinished();
    shown = copydesk({ QStringLiteral("--json"), QStringLiteral("show"), QString::number(id) });
    QCOMPARE(shown.code, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                 .object()
                 .value(QStringLiteral("headline"))
                 .toString(),
             QStringLiteral("Saved after browsing"));
    const Run check = copydesk({ QStringLiteral("db"), QStringLiteral("check") });
    QCOMPARE(check.code, 0);
}

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
