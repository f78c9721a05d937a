// The command line end to end: the real copydesk binary, run through QProcess against a
// temporary store, checked on its output, its exit code and what it left in the store:
// help, usage, init, import, list, show and update.

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

class TestCommandLine : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void versionAndHelp();
    void wrongUsage_data();
    void wrongUsage();
    void initCreatesFirstAccount();
    void initWithoutPasswordFails();
    void initTwiceKeepsTheStore();
    void importPlainTextKeepsEveryCharacter();
    void importMarkdown();
    void importRecordsTheActingPerson();
    void badImportsChangeNothing_data();
    void badImportsChangeNothing();
    void listFiltersAndSearch();
    void showUnknownArticle();
    void updateSavesANewVersion();
    void staleUpdateIsAConflict();
    void updateBodyFromFile();
    void updateWithNoteCorrectsAPublishedArticle();
    void controlCharactersAndBinaryFilesOnImport();
    void oversizedTextIsRefusedOnEveryPath();
};

void TestCommandLine::versionAndHelp()
{
    Run r = run({ QStringLiteral("--version") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("copydesk " COPYDESK_VERSION));
    r = run({ QStringLiteral("--help") });
    QCOMPARE(r.code, 0);
    for (const char *command : { "init", "import", "list", "show", "update", "db check" })
        QVERIFY2(r.out.contains(QString::fromLatin1(command)), command);
}

void TestCommandLine::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("publish-everything") }
                                     << QStringLiteral("unknown command");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("list"), QStringLiteral("--colour") }
        << QStringLiteral("unknown option --colour");
    QTest::newRow("missing option value")
        << QStringList { QStringLiteral("list"), QStringLiteral("--status") }
        << QStringLiteral("--status needs a value");
    QTest::newRow("unknown status")
        << QStringList { QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("live") }
        << QStringLiteral("unknown status");
    QTest::newRow("id that is not a number")
        << QStringList { QStringLiteral("show"), QStringLiteral("abc") }
        << QStringLiteral("not an article id");
    QTest::newRow("update with nothing to change")
        << QStringList { QStringLiteral("update"), QStringLiteral("1") }
        << QStringLiteral("nothing to update");
    QTest::newRow("import with no file")
        << QStringList { QStringLiteral("import") } << QStringLiteral("at least one file");
    QTest::newRow("database without value") << QStringList { QStringLiteral("--database") }
                                            << QStringLiteral("--database needs a value");
}

void TestCommandLine::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("copydesk: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::initCreatesFirstAccount()
{
    initStore();
    QVERIFY(QFile::exists(m_store));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_store);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT password_hash, display_name FROM people WHERE username = 'jane'"))
                && q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Jane Doe"));
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(level, ',') FROM (SELECT level FROM "
                                      "appointments ORDER BY level)"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("administrator,editor-in-chief"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCommandLine::initWithoutPasswordFails()
{
    const Run r
        = anonymous({ QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("jane") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("COPYDESK_PASSWORD")), qPrintable(r.err));
}

void TestCommandLine::initTwiceKeepsTheStore()
{
    initStore();
    write(QStringLiteral("a.txt"), "A headline\n\nBody.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    Run r = anonymous({ QStringLiteral("init") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Store ready")));
    QCOMPARE(articleCount(), 1);
    QProcessEnvironment env;
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("x"));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("init"),
              QStringLiteral("--admin"), QStringLiteral("sam") },
            env);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("already has accounts")));
}

void TestCommandLine::importPlainTextKeepsEveryCharacter()
{
    initStore();
    const QByteArray text = "\n“We will not be silenced,” said Zelenskyy’s envoy\n\n"
                            "‘I don’t accept that,’ the minister said. 1. Not a list.\n"
                            "Still the first paragraph — with *stars*, _underscores_ & <tags>.\n\n"
                            "서울, القاهرة and Αθήνα reported at 5 * 3 = 15 o’clock.\n";
    const QString file = write(QStringLiteral("story.txt"), text);
    Run r = cd({ QStringLiteral("--json"), QStringLiteral("import"), file,
                 QStringLiteral("--section"), QStringLiteral("Global") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray imported = r.json().array();
    QCOMPARE(imported.size(), 1);
    const qint64 id = imported.first().toObject().value(QStringLiteral("id")).toInteger();

    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QString::number(id) });
    QCOMPARE(r.code, 0);
    const QJsonObject article = r.json().object();
    QCOMPARE(article.value(QStringLiteral("headline")).toString(),
             QStringLiteral("“We will not be silenced,” said Zelenskyy’s envoy"));
    QCOMPARE(article.value(QStringLiteral("section")).toString(), QStringLiteral("Global"));
    QCOMPARE(article.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(article.value(QStringLiteral("version")).toInt(), 1);
    const QString body = article.value(QStringLiteral("body")).toString();
    // The typographic quotes and apostrophes are stored byte for byte; only what would be read as
    // Markdown is escaped.
    QCOMPARE(
        body,
        QStringLiteral(
            "‘I don’t accept that,’ the minister said. 1. Not a list. Still the first paragraph — "
            "with \\*stars\\*, \\_underscores\\_ & \\<tags>.\n\n"
            "서울, القاهرة and Αθήνα reported at 5 \\* 3 = 15 o’clock.\n"));
}

void TestCommandLine::importMarkdown()
{
    initStore();
    const QString file
        = write(QStringLiteral("story.md"),
                "# Council *budget* row\n\nThe **mayor** said:\n\n> No.\n\n- one\n- two\n");
    Run r = cd({ QStringLiteral("--json"), QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(r.json().object().value(QStringLiteral("headline")).toString(),
             QStringLiteral("Council budget row"));
    QCOMPARE(r.json().object().value(QStringLiteral("body")).toString(),
             QStringLiteral("The **mayor** said:\n\n> No.\n\n- one\n- two\n"));
    QCOMPARE(r.json().object().value(QStringLiteral("words")).toInt(),
             6); // The mayor said No one two
}

void TestCommandLine::importRecordsTheActingPerson()
{
    initStore();
    const QString file = write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    Run r = cd({ QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(r.json().object().value(QStringLiteral("byline")).toArray().first().toString(),
             QStringLiteral("Jane Doe"));
    // Writes need a signed-in person: no user, an unknown user, a wrong password.
    r = anonymous({ QStringLiteral("import"), file });
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("sign in with --user NAME")), qPrintable(r.err));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("nobody"), QStringLiteral("import"), file });
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("wrong username or password for nobody")),
             qPrintable(r.err));
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("incorrect horse"));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("jane"), QStringLiteral("import"), file },
            wrong);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("wrong username or password for jane")),
             qPrintable(r.err));
    QCOMPARE(articleCount(), 1);
}

void TestCommandLine::badImportsChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QString() << QByteArray() << QStringLiteral("no such file");
    QTest::newRow("latin-1 file")
        << QStringLiteral("latin1.txt") << QByteArray("Headline\nCaf\xe9\n")
        << QStringLiteral("latin1.txt is not UTF-8 text: invalid byte 0xE9 at line 2, column 4");
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray("\n\n  \n")
                                << QStringLiteral("no headline");
    QTest::newRow("unsupported kind") << QStringLiteral("story.docx") << QByteArray("PK")
                                      << QStringLiteral("cannot import .docx");
}

void TestCommandLine::badImportsChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    initStore();
    const QString good = write(QStringLiteral("good.txt"), "Good headline\n\nGood text.\n");
    const QString bad
        = name.isEmpty() ? m_dir->filePath(QStringLiteral("nowhere.txt")) : write(name, content);
    const Run r = cd({ QStringLiteral("import"), good, bad });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("copydesk: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(articleCount(), 0); // not even the good file
}

void TestCommandLine::listFiltersAndSearch()
{
    initStore();
    write(QStringLiteral("a.txt"), "Council budget row deepens\n\nCouncillors argued for hours.\n");
    write(QStringLiteral("b.txt"), "Rowing club wins\n\nThe budget was not mentioned.\n");
    write(QStringLiteral("c.txt"), "Library hours\n\nOpen late.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")),
                  QStringLiteral("--section"), QStringLiteral("News") })
                 .code,
             0);
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("b.txt")),
                  m_dir->filePath(QStringLiteral("c.txt")), QStringLiteral("--section"),
                  QStringLiteral("Sport") })
                 .code,
             0);

    Run r = cd({ QStringLiteral("--json"), QStringLiteral("list") });
    QCOMPARE(r.json().array().size(), 3);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("headline")).toString(),
             QStringLiteral("Library hours"));
    r = cd({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--section"),
             QStringLiteral("News") });
    QCOMPARE(r.json().array().size(), 1);
    r = cd({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2") });
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    r = cd({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("budget") });
    const QJsonArray hits = r.json().array();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().toObject().value(QStringLiteral("headline")).toString(),
             QStringLiteral("Council budget row deepens"));
    QVERIFY(hits.first()
                .toObject()
                .value(QStringLiteral("snippet"))
                .toString()
                .contains(QStringLiteral("[budget]")));
    r = cd({ QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("budget") });
    QVERIFY2(r.out.contains(QStringLiteral("Council [budget] row deepens")), qPrintable(r.out));
    r = cd({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("published") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().array().size(), 0);
}

void TestCommandLine::showUnknownArticle()
{
    initStore();
    const Run r = cd({ QStringLiteral("show"), QStringLiteral("99") });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QStringLiteral("copydesk: there is no article 99\n"));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::updateSavesANewVersion()
{
    initStore();
    write(QStringLiteral("a.txt"), "Old headline\n\nText.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    Run r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
                 QStringLiteral("New ‘headline’"), QStringLiteral("--tags"),
                 QStringLiteral("council, budget"), QStringLiteral("--section"),
                 QStringLiteral("News") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("version 2")));
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    const QJsonObject a = r.json().object();
    QCOMPARE(a.value(QStringLiteral("headline")).toString(), QStringLiteral("New ‘headline’"));
    QCOMPARE(a.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(a.value(QStringLiteral("section")).toString(), QStringLiteral("News"));
    QCOMPARE(a.value(QStringLiteral("tags")).toArray().size(), 2);
    r = cd({ QStringLiteral("update"), QStringLiteral("77"), QStringLiteral("--headline"),
             QStringLiteral("x") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("there is no article 77")));
}

void TestCommandLine::staleUpdateIsAConflict()
{
    initStore();
    write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    QCOMPARE(
        cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
             QStringLiteral("Jane's"), QStringLiteral("--expect-version"), QStringLiteral("1") })
            .code,
        0);
    const Run r
        = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
               QStringLiteral("Sam's"), QStringLiteral("--expect-version"), QStringLiteral("1") });
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was overwritten")), qPrintable(r.err));
    const Run shown = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(shown.json().object().value(QStringLiteral("headline")).toString(),
             QStringLiteral("Jane's"));
    QCOMPARE(shown.json().object().value(QStringLiteral("version")).toInt(), 2);
}

void TestCommandLine::updateBodyFromFile()
{
    initStore();
    write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    const QString body
        = write(QStringLiteral("body.md"), "New *body* with ‘quotes’.\n\n* a\n* b\n");
    Run r = cd(
        { QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--body-file"), body });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(r.json().object().value(QStringLiteral("body")).toString(),
             QStringLiteral("New *body* with ‘quotes’.\n\n- a\n- b\n"));
    const QString bad = write(QStringLiteral("bad.md"), "ok\n\xff\n");
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--body-file"), bad });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("line 2, column 1")));
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(r.json().object().value(QStringLiteral("version")).toInt(), 2);
}

void TestCommandLine::updateWithNoteCorrectsAPublishedArticle()
{
    initStore();
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    Run r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                  QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"),
                  QStringLiteral("amira"), QStringLiteral("--display"),
                  QStringLiteral("Amira Haddad") },
                newPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("amira"),
             QStringLiteral("--title"), QStringLiteral("Reporter"), QStringLiteral("--level"),
             QStringLiteral("contributor"), QStringLiteral("--term"), QStringLiteral("2026/27") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Written and filed by Amira, so that Jane (editor-in-chief) may approve it.
    write(QStringLiteral("a.txt"), "Coucil approves budget\n\nText.\n");
    QProcessEnvironment amira;
    amira.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("amira"), QStringLiteral("import"),
              m_dir->filePath(QStringLiteral("a.txt")) },
            amira);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *step : { "submit", "approve", "publish" }) {
        r = cd({ QString::fromLatin1(step), QStringLiteral("1") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    auto shown = [this] {
        return cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") })
            .json()
            .object();
    };
    QCOMPARE(shown().value(QStringLiteral("status")).toString(), QStringLiteral("published"));

    // Without a note, a change to a published article is refused and nothing is saved.
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
             QStringLiteral("Council approves budget") });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err,
             QStringLiteral("copydesk: a correction to a published article needs a note saying "
                            "what was corrected\n"));
    QCOMPARE(shown().value(QStringLiteral("headline")).toString(),
             QStringLiteral("Coucil approves budget"));
    QCOMPARE(shown().value(QStringLiteral("version")).toInt(), 1);

    // With --note it is a correction: saved, still published, the note kept with the article.
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
             QStringLiteral("Council approves budget"), QStringLiteral("--note"),
             QStringLiteral("Spelling of Council in the headline") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("Saved article 1 as version 2\n"));
    const QJsonObject corrected = shown();
    QCOMPARE(corrected.value(QStringLiteral("headline")).toString(),
             QStringLiteral("Council approves budget"));
    QCOMPARE(corrected.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(corrected.value(QStringLiteral("version")).toInt(), 2);
    r = cd({ QStringLiteral("history"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("note (correct): Spelling of Council in the headline")),
             qPrintable(r.out));

    // A silent fix of a typo: no public note, the audit log keeps it; more than a typo is
    // refused and nothing is saved.
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
             QStringLiteral("Council approves its budget"), QStringLiteral("--typo") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("Saved article 1 as version 3\n"));
    r = cd({ QStringLiteral("history"), QStringLiteral("1") });
    QCOMPARE(r.out.count(QStringLiteral("note (correct)")), 1);
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--headline"),
             QStringLiteral("A wholly new headline for the council"), QStringLiteral("--typo") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("save it as a correction with a note")),
             qPrintable(r.err));
    QCOMPARE(shown().value(QStringLiteral("version")).toInt(), 3);

    // A note alone is not a change.
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--note"),
             QStringLiteral("Nothing") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing to update")), qPrintable(r.err));
}

void TestCommandLine::controlCharactersAndBinaryFilesOnImport()
{
    // Issue 17, defect 8: binary files are refused, naming the file and the byte; control
    // characters never reach the store.
    initStore();
    const QString elf = write(QStringLiteral("program.md"),
                              QByteArray("\x7f"
                                         "ELF\x02\x01\x01\x00\x00rest",
                                         13));
    Run r = cd({ QStringLiteral("import"), elf });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("program.md"))
                 && r.err.contains(QStringLiteral("byte 7")),
             qPrintable(r.err));
    QCOMPARE(articleCount(), 0);

    const QString text
        = write(QStringLiteral("bell.md"), "# Bell\x07 rings\n\nText\x01\x02 here\x1b.\r\n");
    r = cd({ QStringLiteral("import"), text });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--standfirst"),
             QString::fromLatin1("Stand\x01\x02\x1b"
                                 "first") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    const QJsonObject a = r.json().object();
    QCOMPARE(a.value(QStringLiteral("headline")).toString(), QStringLiteral("Bell rings"));
    QCOMPARE(a.value(QStringLiteral("standfirst")).toString(), QStringLiteral("Standfirst"));
    QCOMPARE(a.value(QStringLiteral("body")).toString().trimmed(), QStringLiteral("Text here."));
}

void TestCommandLine::oversizedTextIsRefusedOnEveryPath()
{
    // Issue 17, defect 4: one 50 MB article stalled search for minutes. Limits: headline 300
    // characters, section and tag names 80, standfirst 1,000, body 2 MiB of characters.
    initStore();
    QByteArray huge = "Council budget row\n\n";
    const QByteArray paragraph = "The council met again and again to discuss the budget.\n\n";
    while (huge.size() < 3 * 1024 * 1024)
        huge += paragraph;
    Run r = cd({ QStringLiteral("import"), write(QStringLiteral("huge.txt"), huge) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("body")) && r.err.contains(QStringLiteral("limit")),
             qPrintable(r.err));
    r = cd({ QStringLiteral("import"), write(QStringLiteral("long.txt"), QByteArray(301, 'h')) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("headline is 301 characters long; the limit is 300")),
             qPrintable(r.err));
    r = cd({ QStringLiteral("import"), write(QStringLiteral("ok.txt"), "Fine\n\nText.\n"),
             QStringLiteral("--section"), QString(81, QLatin1Char('s')) });
    QCOMPARE(r.code, 2);
    QCOMPARE(articleCount(), 0);

    r = cd({ QStringLiteral("import"), write(QStringLiteral("ok.txt"), "Fine\n\nText.\n") });
    QCOMPARE(r.code, 0);
    const QList<QStringList> updates = {
        { QStringLiteral("--headline"), QString(301, QLatin1Char('h')) },
        { QStringLiteral("--standfirst"), QString(1001, QLatin1Char('s')) },
        { QStringLiteral("--tags"), QString(81, QLatin1Char('t')) },
        { QStringLiteral("--body-file"), write(QStringLiteral("huge.md"), huge) },
    };
    for (const QStringList &update : updates) {
        r = cd(QStringList { QStringLiteral("update"), QStringLiteral("1") } + update);
        QVERIFY2(r.code == 2, qPrintable(update.first() + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the limit is")), qPrintable(r.err));
    }
    r = cd({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    QCOMPARE(r.json().object().value(QStringLiteral("version")).toInt(), 1);
    // Search still answers, with a snippet, within the result page.
    r = cd({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("text"), QStringLiteral("--limit"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().array().size(), 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
