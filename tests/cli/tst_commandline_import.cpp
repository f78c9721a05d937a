// copydesk import end to end with the real binary: a WordPress export imported, previewed and
// imported again; a damaged one refused with nothing written; an HTML page as a draft; and the
// people an import brings given a password with copydesk staff password.

#include "tests/cli/commandlineharness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(COPYDESK_FIXTURES "/wordpress-importer/") + name;
}

} // namespace

class TestCommandLineImport : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setUp();
        initStore();
    }
    void cleanup() { tearDown(); }

    void wordpressExportImportsAndReportsOnce();
    void previewWritesNothing();
    void damagedExportImportsNothing();
    void exportOptionsForTextFilesAreRefused_data();
    void exportOptionsForTextFilesAreRefused();
    void htmlPageBecomesADraft();
    void importedAuthorGetsAPasswordAndSignsIn();
};

void TestCommandLineImport::wordpressExportImportsAndReportsOnce()
{
    const QString file = fixture(QStringLiteral("valid-wxr-1.1.xml"));
    Run r = cd({ QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("WordPress export 1.1 of “Export Datasets”")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Imported: 1 new, 0 updated, 0 unchanged")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Skipped: pages: 1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("“About” (line 85): a page, not a post")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Added people: john (John Doe)")), qPrintable(r.out));
    QCOMPARE(articleCount(), 1);

    r = cd({ QStringLiteral("list") });
    QVERIFY2(r.out.contains(QStringLiteral("published  alpha")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Hello world!")), qPrintable(r.out));

    // Again: nothing new, nothing duplicated.
    r = cd({ QStringLiteral("--json"), QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject site = r.json().array().first().toObject();
    QCOMPARE(site.value(QStringLiteral("new")).toInt(), 0);
    QCOMPARE(site.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(site.value(QStringLiteral("posts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("unchanged"));
    QCOMPARE(articleCount(), 1);
}

void TestCommandLineImport::previewWritesNothing()
{
    const Run r
        = cd({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--preview"),
               fixture(QStringLiteral("theme-unit-test-data.xml")) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject site = r.json().array().first().toObject();
    QCOMPARE(site.value(QStringLiteral("preview")).toBool(), true);
    QCOMPARE(site.value(QStringLiteral("new")).toInt(), 58);
    QCOMPARE(site.value(QStringLiteral("skipped"))
                 .toObject()
                 .value(QStringLiteral("attachments"))
                 .toInt(),
             37);
    QCOMPARE(site.value(QStringLiteral("posts")).toArray().size(), 58);
    QCOMPARE(articleCount(), 0);
    const Run staff = cd({ QStringLiteral("staff"), QStringLiteral("list") });
    QVERIFY2(!staff.out.contains(QStringLiteral("themedemos")), qPrintable(staff.out));
}

void TestCommandLineImport::damagedExportImportsNothing()
{
    const Run r = cd({ QStringLiteral("import"), fixture(QStringLiteral("malformed-simple.xml")) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.startsWith(QStringLiteral("copydesk: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(
                 "malformed-simple.xml: line 14, column 0: Premature end of document; nothing "
                 "was imported")),
             qPrintable(r.err));
    QCOMPARE(articleCount(), 0);
}

void TestCommandLineImport::exportOptionsForTextFilesAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("isExport");
    QTest::addColumn<QString>("message");
    QTest::newRow("a section for an export")
        << QStringList { QStringLiteral("--section"), QStringLiteral("News") } << true
        << QStringLiteral("keeps its own sections and authors");
    QTest::newRow("an author for an export")
        << QStringList { QStringLiteral("--author"), QStringLiteral("jane") } << true
        << QStringLiteral("keeps its own sections and authors");
    QTest::newRow("a preview of a text file")
        << QStringList { QStringLiteral("--preview") } << false
        << QStringLiteral("--preview is for WordPress exports");
}

void TestCommandLineImport::exportOptionsForTextFilesAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(bool, isExport);
    QFETCH(QString, message);
    const QString file = isExport ? fixture(QStringLiteral("valid-wxr-1.1.xml"))
                                  : write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    const Run r = cd(QStringList { QStringLiteral("import") } + options + QStringList { file });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(articleCount(), 0);
}

void TestCommandLineImport::htmlPageBecomesADraft()
{
    const QString page = write(
        QStringLiteral("fire.html"),
        "<!doctype html><html><head><title>The Paper</title></head><body><nav>Home | News</nav>"
        "<article><h1>Fire at the mill</h1><p>Crews were called at 2am.</p>"
        "<p><img src=\"https://example.org/mill.jpg\" alt=\"The mill\"></p></article>"
        "<footer>© The Paper</footer></body></html>");
    Run r = cd({ QStringLiteral("import"), page });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral(": Fire at the mill (")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("image kept as a link: https://example.org/mill.jpg")),
             qPrintable(r.out));
    r = cd({ QStringLiteral("--json"), QStringLiteral("list") });
    const qint64 id = r.json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    r = cd({ QStringLiteral("show"), QString::number(id) });
    QVERIFY2(r.out.contains(QStringLiteral("Status:     draft")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Crews were called at 2am.")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Home | News")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("© The Paper")), qPrintable(r.out));
}

void TestCommandLineImport::importedAuthorGetsAPasswordAndSignsIn()
{
    QCOMPARE(cd({ QStringLiteral("import"), fixture(QStringLiteral("valid-wxr-1.1.xml")) }).code,
             0);
    QProcessEnvironment john;
    john.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("johns secret"));
    const QStringList asJohn { QStringLiteral("--database"), m_store,
                               QStringLiteral("--user"),     QStringLiteral("john"),
                               QStringLiteral("dictionary"), QStringLiteral("list") };
    Run r = run(asJohn, john);
    QCOMPARE(r.code, 4); // no password yet: no way in
    QVERIFY2(r.err.contains(QStringLiteral("john")), qPrintable(r.err));

    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("johns secret"));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("password"),
              QStringLiteral("john") },
            newPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("Password set for john"));
    r = run(asJohn, john);
    QVERIFY2(r.code == 0, qPrintable(r.err));

    r = cd({ QStringLiteral("staff"), QStringLiteral("password"), QStringLiteral("nobody") });
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
}

QTEST_MAIN(TestCommandLineImport)
#include "tst_commandline_import.moc"
