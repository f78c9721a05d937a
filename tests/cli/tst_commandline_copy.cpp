// db copy: a whole newsroom moved between stores and back, exporting the same site byte for
// byte; a target that already holds a newsroom is refused and left alone. In the suite's
// PostgreSQL run the middle store is a database on the test server (SQLite → PostgreSQL →
// SQLite); on SQLite it is a second file.

#include "tests/cli/commandlineharness.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using copydesk::test::TestServer;

class TestCommandLineCopy : public QObject, private CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void newsroomMovesThereAndBackAndExportsTheSameSite();
    void targetThatHoldsANewsroomIsRefused();
    void missingSourceIsNamed();

private:
    static QMap<QString, QByteArray> filesUnder(const QString &folder);
    Run as(const QString &store, const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), store, QStringLiteral("--user"),
                                 QStringLiteral("jane") }
                   + arguments);
    }
};

QMap<QString, QByteArray> TestCommandLineCopy::filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return files;
}

void TestCommandLineCopy::newsroomMovesThereAndBackAndExportsTheSameSite()
{
    // A demo newsroom in a file, with a note, a returned article and an autosave-free history,
    // so that notes, the audit log and revisions all have rows.
    const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
    Run r = run({ QStringLiteral("--database"), source, QStringLiteral("init"),
                  QStringLiteral("--admin"), QStringLiteral("jane"), QStringLiteral("--demo") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(source,
           { QStringLiteral("note"), QStringLiteral("2"),
             QStringLiteral("Check the flood map's source, “Leeds” side") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(source,
           { QStringLiteral("return"), QStringLiteral("2"), QStringLiteral("--note"),
             QStringLiteral("Needs a second source") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(source,
           { QStringLiteral("update"), QStringLiteral("3"), QStringLiteral("--headline"),
             QStringLiteral("Why the library must stay open all night"), QStringLiteral("--note"),
             QStringLiteral("Headline sharpened") });
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QString middle = m_store; // a new database on the server, or a new file
    const QString back = m_dir->filePath(QStringLiteral("back.sqlite"));
    r = run({ QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("copy"),
              QStringLiteral("--from"), source, QStringLiteral("--to"), middle });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject there = r.json().object().value(QStringLiteral("tables")).toObject();
    QCOMPARE(there.value(QStringLiteral("articles")).toInt(), 6);
    QVERIFY(there.value(QStringLiteral("notes")).toInt() >= 2);
    QVERIFY(there.value(QStringLiteral("audit_log")).toInt() >= 3);
    QVERIFY(there.value(QStringLiteral("revisions")).toInt() >= 7);
    r = run({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), middle,
              QStringLiteral("--to"), back });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("every table's count matches")), qPrintable(r.out));

    // The same newsroom: the same published site, byte for byte, from the copy's copy — and
    // from the middle store itself.
    QMap<QString, QByteArray> sites[3];
    const QString stores[3] = { source, middle, back };
    for (int i = 0; i < 3; ++i) {
        const QString out = m_dir->filePath(QStringLiteral("site-%1").arg(i));
        r = run({ QStringLiteral("--database"), stores[i], QStringLiteral("export-site"),
                  QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        sites[i] = filesUnder(out);
    }
    QVERIFY(sites[0].size() >= 5);
    QCOMPARE(sites[2].keys(), sites[0].keys());
    for (auto it = sites[0].cbegin(); it != sites[0].cend(); ++it) {
        QVERIFY2(sites[2].value(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY2(sites[1].value(it.key()) == it.value(), qPrintable(it.key()));
    }

    // The history came along: the note, the return and the correction, with their people.
    r = run({ QStringLiteral("--database"), back, QStringLiteral("history"), QStringLiteral("2") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Check the flood map's source, “Leeds” side")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Needs a second source")), qPrintable(r.out));
    // And the returned draft says so, in the list and where it is shown, on every store.
    for (const QString &store : { middle, back }) {
        r = run(
            { QStringLiteral("--database"), store, QStringLiteral("show"), QStringLiteral("2") });
        QVERIFY2(r.out.contains(QStringLiteral(": Needs a second source)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Status:     draft (returned by ")),
                 qPrintable(r.out));
        r = run({ QStringLiteral("--database"), store, QStringLiteral("--json"),
                  QStringLiteral("list") });
        int returned = 0;
        for (const QJsonValue row : r.json().array())
            if (row[QStringLiteral("returned")].toBool()) {
                QCOMPARE(row[QStringLiteral("id")].toInt(), 2);
                ++returned;
            }
        QCOMPARE(returned, 1);
    }

    // The copy works as a newsroom: jane signs in there and new rows follow the copied ids.
    r = as(middle,
           { QStringLiteral("--json"), QStringLiteral("import"),
             write(QStringLiteral("late.txt"), "Late copy\n\nFiled after the move.\n") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(middle,
           { QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("Filed after the move") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("id")).toInt(), 7);
}

void TestCommandLineCopy::targetThatHoldsANewsroomIsRefused()
{
    initStore(); // m_store holds jane's newsroom
    const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
    Run r = run({ QStringLiteral("--database"), source, QStringLiteral("init"),
                  QStringLiteral("--admin"), QStringLiteral("jane"), QStringLiteral("--demo") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), source,
              QStringLiteral("--to"), m_store });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("already holds a newsroom")), qPrintable(r.err));
    QCOMPARE(articleCount(), 0); // nothing was added
}

void TestCommandLineCopy::missingSourceIsNamed()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    const QString target = m_dir->filePath(QStringLiteral("target.sqlite"));
    const Run r = run({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                        missing, QStringLiteral("--to"), target });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("missing.sqlite")), qPrintable(r.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCommandLineCopy)
#include "tst_commandline_copy.moc"
