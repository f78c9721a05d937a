// The command line and the store itself: files that are not stores, damaged, newer, locked,
// busy and read-only stores, db check, migrate and backup.

#include "tests/cli/commandlineharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

class TestCommandLineStore : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void storesThatAreNotStores_data();
    void storesThatAreNotStores();
    void damagedStoreSaysSo();
    void newerStoreIsRefused();
    void lockedStoreFailsCleanly();
    void dbCheckAndMigrate();
    void fifoImportAndBackupOverAnotherFileAreRefused();
    void dbCheckTellsBusyAndReadOnlyFromDamage();
};

void TestCommandLineStore::storesThatAreNotStores_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << QByteArray("not a database\n").repeated(100)
                                 << QStringLiteral("is not a Copydesk store");
    QTest::newRow("no file at all") << QByteArray() << QStringLiteral("no store at");
}

void TestCommandLineStore::storesThatAreNotStores()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = content.isEmpty() ? m_dir->filePath(QStringLiteral("missing.sqlite"))
                                           : write(QStringLiteral("notes.sqlite"), content);
    const Run r = run({ QStringLiteral("--database"), path, QStringLiteral("list") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    if (content.isEmpty())
        QVERIFY(!QFile::exists(path));
}

void TestCommandLineStore::damagedStoreSaysSo()
{
    initStore();
    for (int i = 0; i < 40; ++i)
        write(QStringLiteral("s%1.txt").arg(i),
              QStringLiteral("Story %1\n\n%2\n")
                  .arg(i)
                  .arg(QStringLiteral("Words and more words. ").repeated(200))
                  .toUtf8());
    QStringList files;
    for (int i = 0; i < 40; ++i)
        files << m_dir->filePath(QStringLiteral("s%1.txt").arg(i));
    QCOMPARE(cd(QStringList { QStringLiteral("import") } + files).code, 0);
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("check") }).code, 0);
    // Cut the file in half, as a failed copy would.
    QFile file(m_store);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192);
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    QFile::remove(m_store + QStringLiteral("-wal"));
    QFile::remove(m_store + QStringLiteral("-shm"));
    const QByteArray damaged = [this] {
        QFile f(m_store);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // Every command that reads the store says it is damaged, names the way out, and writes
    // nothing to it.
    for (const QStringList &command :
         { QStringList { QStringLiteral("list"), QStringLiteral("--search"),
                         QStringLiteral("words") },
           QStringList { QStringLiteral("list") },
           QStringList { QStringLiteral("show"), QStringLiteral("1") } }) {
        const Run r = cd(command);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("copydesk: the store ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral(" is damaged ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("open a backup or run copydesk db check")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    Run c = cd({ QStringLiteral("db"), QStringLiteral("check") });
    QCOMPARE(c.code, 2);
    QVERIFY2(c.err.startsWith(QStringLiteral("copydesk: ")), qPrintable(c.err));
    QFile after(m_store);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == damaged);
}

void TestCommandLineStore::newerStoreIsRefused()
{
    initStore();
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO schema_migrations VALUES (99, '2031-01-01T00:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    for (const QStringList &args :
         { QStringList { QStringLiteral("list") },
           QStringList { QStringLiteral("db"), QStringLiteral("migrate") },
           QStringList { QStringLiteral("init") } }) {
        const Run r = cd(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer Copydesk")), qPrintable(r.err));
    }
}

void TestCommandLineStore::lockedStoreFailsCleanly()
{
    initStore();
    write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = cd({ QStringLiteral("update"), QStringLiteral("1"),
                           QStringLiteral("--headline"), QStringLiteral("Blocked") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("locked by another program")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    const Run shown = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(shown.json().object().value(QStringLiteral("version")).toInt(), 1);
}

void TestCommandLineStore::dbCheckAndMigrate()
{
    initStore();
    Run r = cd({ QStringLiteral("db"), QStringLiteral("check") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("ok: ")));
    r = cd({ QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("migrate") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("applied")).toInt(), 0);
}

void TestCommandLineStore::fifoImportAndBackupOverAnotherFileAreRefused()
{
    // Issue 17, defect 9: importing a FIFO hung; db backup --out overwrote any file.
    initStore();
#ifdef Q_OS_UNIX
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Run r = cd({ QStringLiteral("import"), fifo });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--body-file"), fifo });
    QVERIFY(r.code != 0 && r.code != -1);
#endif
    const QString notes = write(QStringLiteral("existing.txt"), "my notes\n");
    Run b = cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), notes });
    QCOMPARE(b.code, 2);
    QVERIFY2(b.err.contains(QStringLiteral("--force")), qPrintable(b.err));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes\n"));
    file.close();
    // A new file, and an older backup, are written; --force replaces anything.
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), backup })
                 .code,
             0);
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), backup })
                 .code,
             0);
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), notes,
                  QStringLiteral("--force") })
                 .code,
             0);
}

void TestCommandLineStore::dbCheckTellsBusyAndReadOnlyFromDamage()
{
    // Issue 17, defect 6: db check called a locked or read-only store damaged.
    initStore();
    write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = anonymous({ QStringLiteral("db"), QStringLiteral("check") });
        QVERIFY2(r.code == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("locked by another program")), qPrintable(r.err));
        QVERIFY2(!(r.out + r.err).contains(QStringLiteral("does not match")),
                 qPrintable(r.out + r.err));
        QVERIFY2(!(r.out + r.err).contains(QStringLiteral("problem")), qPrintable(r.out + r.err));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));

    // Read-only: checked, listed, shown and exported. (Root writes whatever the permissions
    // say, so this half needs an ordinary user.)
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        qInfo("running as root: the read-only half of this test cannot make a read-only store");
        return;
    }
#endif
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    Run r = anonymous({ QStringLiteral("db"), QStringLiteral("check") });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("read-only")), qPrintable(r.out));
    r = anonymous({ QStringLiteral("list") });
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Headline")), qPrintable(r.err));
    r = anonymous({ QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous({ QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                    m_dir->filePath(QStringLiteral("one.html")) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

QTEST_GUILESS_MAIN(TestCommandLineStore)
#include "tst_commandline_store.moc"
