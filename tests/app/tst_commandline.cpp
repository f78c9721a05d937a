// The command line end to end: the real copydesk binary, run through QProcess against a
// temporary store, checked on its output, its exit code and what it left in the store.

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

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

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
    void storesThatAreNotStores_data();
    void storesThatAreNotStores();
    void damagedStoreSaysSo();
    void newerStoreIsRefused();
    void lockedStoreFailsCleanly();
    void dbCheckAndMigrate();
    void workflowThroughTheCommandLine_data();
    void workflowThroughTheCommandLine();
    void staffAndHistory();
    void checkReportsIssues();
    void dictionaryCommands();
    void exportCommands();
    void controlCharactersAndBinaryFilesOnImport();
    void oversizedTextIsRefusedOnEveryPath();
    void settingsRefuseABaseUrlThatBreaksExport_data();
    void settingsRefuseABaseUrlThatBreaksExport();
    void fifoImportAndBackupOverAnotherFileAreRefused();
    void dbCheckTellsBusyAndReadOnlyFromDamage();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {},
            bool password = true);
    // As jane, the editor-in-chief made by initStore().
    Run cd(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                                 QStringLiteral("jane") }
                   + arguments);
    }
    // As nobody in particular.
    Run anonymous(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_store } + arguments, {}, false);
    }
    QString write(const QString &name, const QByteArray &content);
    int articleCount();
    void initStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("newsroom.sqlite"));
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments,
                                          const QProcessEnvironment &extra, bool password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("COPYDESK_TEST_FAST_HASH"), QStringLiteral("1"));
    env.remove(QStringLiteral("COPYDESK_PASSWORD"));
    if (password)
        env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("correct horse"));
    const auto keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(COPYDESK_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString TestCommandLine::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCommandLine::initStore()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("correct horse"));
    const Run r = run({ QStringLiteral("--database"), m_store, QStringLiteral("init"),
                        QStringLiteral("--admin"), QStringLiteral("jane"),
                        QStringLiteral("--display"), QStringLiteral("Jane Doe") },
                      env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

int TestCommandLine::articleCount()
{
    const Run r = cd({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("1000") });
    return r.code == 0 ? int(r.json().array().size()) : -1;
}

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

    // A note alone is not a change.
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--note"),
             QStringLiteral("Nothing") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing to update")), qPrintable(r.err));
}

void TestCommandLine::storesThatAreNotStores_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << QByteArray("not a database\n").repeated(100)
                                 << QStringLiteral("is not a Copydesk store");
    QTest::newRow("no file at all") << QByteArray() << QStringLiteral("no store at");
}

void TestCommandLine::storesThatAreNotStores()
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

void TestCommandLine::damagedStoreSaysSo()
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
    Run r = cd({ QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("words") });
    Run c = cd({ QStringLiteral("db"), QStringLiteral("check") });
    QCOMPARE(c.code, 2);
    QVERIFY2(c.err.startsWith(QStringLiteral("copydesk: ")), qPrintable(c.err));
    QVERIFY2(r.code == 0 || r.code == 2, qPrintable(r.err)); // never a crash
    if (r.code == 2)
        QVERIFY2(r.err.contains(QStringLiteral("damaged"))
                     || r.err.contains(QStringLiteral("not a Copydesk store")),
                 qPrintable(r.err));
}

void TestCommandLine::newerStoreIsRefused()
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

void TestCommandLine::lockedStoreFailsCleanly()
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

void TestCommandLine::dbCheckAndMigrate()
{
    initStore();
    Run r = cd({ QStringLiteral("db"), QStringLiteral("check") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("ok: ")));
    r = cd({ QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("migrate") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("applied")).toInt(), 0);
}

void TestCommandLine::workflowThroughTheCommandLine_data()
{
    // A sample of the permission table, as the command line shows it: exit code and reason.
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("steps"); // run as the editor-in-chief first, to set the status
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("contributor cannot approve")
        << QStringLiteral("ji") << QStringList { QStringLiteral("submit") }
        << QStringList { QStringLiteral("approve") } << 4
        << QStringLiteral("only a section editor of Global, a deputy editor or the editor-in-chief "
                          "may approve");
    QTest::newRow("section editor approves an article in her section")
        << QStringLiteral("amira") << QStringList { QStringLiteral("submit") }
        << QStringList { QStringLiteral("approve") } << 0 << QStringLiteral("is now approved");
    QTest::newRow("section editor of another section cannot publish")
        << QStringLiteral("tomasz")
        << QStringList { QStringLiteral("submit"), QStringLiteral("approve") }
        << QStringList { QStringLiteral("publish") } << 4
        << QStringLiteral("only a section editor of Global, a deputy editor or the editor-in-chief "
                          "may publish");
    QTest::newRow("author cannot approve own article")
        << QStringLiteral("tomasz") << QStringList { QStringLiteral("submit") }
        << QStringList { QStringLiteral("approve") } << 4
        << QStringLiteral("authors cannot approve their own article");
    QTest::newRow("return needs a note")
        << QStringLiteral("amira") << QStringList { QStringLiteral("submit") }
        << QStringList { QStringLiteral("return") } << 1 << QStringLiteral("return needs --note");
    QTest::newRow("return with a note")
        << QStringLiteral("amira") << QStringList { QStringLiteral("submit") }
        << QStringList { QStringLiteral("return"), QStringLiteral("--note"),
                         QStringLiteral("Check the figures") }
        << 0 << QStringLiteral("is now a draft");
    QTest::newRow("a draft cannot be published")
        << QStringLiteral("amira") << QStringList() << QStringList { QStringLiteral("publish") }
        << 4 << QStringLiteral("cannot publish an article that is a draft");
    QTest::newRow("author spikes own draft")
        << QStringLiteral("tomasz") << QStringList() << QStringList { QStringLiteral("spike") } << 0
        << QStringLiteral("is now spiked");
    QTest::newRow("contributor cannot restore")
        << QStringLiteral("ji") << QStringList { QStringLiteral("spike") }
        << QStringList { QStringLiteral("restore") } << 4 << QStringLiteral("may restore");
    QTest::newRow("section editor cannot unpublish")
        << QStringLiteral("amira")
        << QStringList { QStringLiteral("submit"), QStringLiteral("approve"),
                         QStringLiteral("publish") }
        << QStringList { QStringLiteral("unpublish"), QStringLiteral("--note"),
                         QStringLiteral("Legal") }
        << 4 << QStringLiteral("only a deputy editor or the editor-in-chief may unpublish");
}

void TestCommandLine::workflowThroughTheCommandLine()
{
    QFETCH(QString, who);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, command);
    QFETCH(int, code);
    QFETCH(QString, message);
    initStore();
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("their password"));
    const QList<QStringList> staff = {
        { QStringLiteral("ji"), QStringLiteral("Ji-woo Park"), QStringLiteral("Contributor"),
          QStringLiteral("contributor"), QString() },
        { QStringLiteral("amira"), QStringLiteral("Amira Haddad"), QStringLiteral("Global Editor"),
          QStringLiteral("section-editor"), QStringLiteral("Global") },
        { QStringLiteral("tomasz"), QStringLiteral("Tomasz W"), QStringLiteral("Sport Editor"),
          QStringLiteral("section-editor"), QStringLiteral("Sport") },
        { QStringLiteral("dana"), QStringLiteral("Dana Obi"), QStringLiteral("Deputy Editor"),
          QStringLiteral("deputy-editor"), QString() },
    };
    for (const QStringList &p : staff) {
        Run r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                      QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"), p[0],
                      QStringLiteral("--display"), p[1] },
                    newPassword);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList appoint = { QStringLiteral("staff"),
                                QStringLiteral("appoint"),
                                p[0],
                                QStringLiteral("--title"),
                                p[2],
                                QStringLiteral("--level"),
                                p[3],
                                QStringLiteral("--term"),
                                QStringLiteral("2026/27") };
        if (!p[4].isEmpty())
            appoint << QStringLiteral("--section") << p[4];
        r = cd(appoint);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QProcessEnvironment theirs;
    theirs.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("their password"));
    auto as = [&](const QString &username, const QStringList &arguments) {
        return run(QStringList { QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                                 username }
                       + arguments,
                   theirs);
    };
    write(QStringLiteral("a.txt"), "Council budget row\n\nText.\n");
    // Written by Tomasz (Sport Editor) for Global, imported by Dana (a deputy may name anyone;
    // a contributor only herself, and whoever imports it may not approve it).
    Run r = as(QStringLiteral("dana"),
               { QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")),
                 QStringLiteral("--section"), QStringLiteral("Global"), QStringLiteral("--author"),
                 QStringLiteral("tomasz") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QString &step : steps) {
        r = cd({ step, QStringLiteral("1") });
        QVERIFY2(r.code == 0, qPrintable(step + QStringLiteral(": ") + r.err));
    }
    r = as(who, QStringList { command.first(), QStringLiteral("1") } + command.mid(1));
    QCOMPARE(r.code, code);
    QVERIFY2((code == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
    if (code != 0)
        QVERIFY(r.err.startsWith(QStringLiteral("copydesk: ")));
}

void TestCommandLine::staffAndHistory()
{
    initStore();
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    Run r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                  QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"),
                  QStringLiteral("amira"), QStringLiteral("--display"),
                  QStringLiteral("Amira Haddad"), QStringLiteral("--bio"),
                  QStringLiteral("Reads politics.") },
                newPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("amira"),
             QStringLiteral("--title"), QStringLiteral("Global Editor"), QStringLiteral("--level"),
             QStringLiteral("section-editor"), QStringLiteral("--section"),
             QStringLiteral("Global"), QStringLiteral("--term"), QStringLiteral("2019/20"),
             QStringLiteral("--from"), QStringLiteral("2019-09-01"), QStringLiteral("--to"),
             QStringLiteral("2020-08-31") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("amira"),
             QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--level"),
             QStringLiteral("emperor"), QStringLiteral("--term"), QStringLiteral("2026/27") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown level 'emperor'")));
    r = cd({ QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list") });
    QCOMPARE(r.code, 0);
    const QJsonArray people = r.json().array();
    QCOMPARE(people.size(), 2);
    QJsonObject amira;
    for (const QJsonValue &v : people)
        if (v.toObject().value(QStringLiteral("username")).toString() == QStringLiteral("amira"))
            amira = v.toObject();
    const QJsonObject held
        = amira.value(QStringLiteral("appointments")).toArray().first().toObject();
    QCOMPARE(held.value(QStringLiteral("title")).toString(), QStringLiteral("Global Editor"));
    QCOMPARE(held.value(QStringLiteral("current")).toBool(), false); // 2019/20 is over
    QCOMPARE(amira.value(QStringLiteral("bio")).toString(), QStringLiteral("Reads politics."));
    // Her ended term gives no powers: she cannot manage staff or approve.
    QProcessEnvironment hers;
    hers.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("amira"), QStringLiteral("staff"), QStringLiteral("end"),
              QString::number(held.value(QStringLiteral("id")).toInteger()) },
            hers);
    QCOMPARE(r.code, 4);

    write(QStringLiteral("a.txt"), "Headline\n\nText.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    QCOMPARE(cd({ QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("Needs"),
                  QStringLiteral("a photo.") })
                 .code,
             0);
    QCOMPARE(cd({ QStringLiteral("submit"), QStringLiteral("1") }).code, 0);
    r = cd({ QStringLiteral("history"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Jane Doe  version 1: created")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("note: Needs a photo.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("submit: a draft → in review")), qPrintable(r.out));
    r = cd({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("1") });
    QCOMPARE(r.json().array().size(), 3);
}

void TestCommandLine::checkReportsIssues()
{
    initStore();
    write(QStringLiteral("a.txt"),
          "Councill budget row\n\n‘I will not resign,’ said the the leader in Edinbrugh.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    Run r = cd({ QStringLiteral("check"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1:1  spelling  Councill  -> ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3:31  repeated-word  the")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3:45  spelling  Edinbrugh  -> Edinburgh")),
             qPrintable(r.out));
    r = cd({ QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("1") });
    const QJsonArray issues = r.json().array();
    QCOMPARE(issues.size(), 3);
    const QJsonObject first = issues.first().toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("spelling"));
    QVERIFY(first.value(QStringLiteral("suggestions")).toArray().size() <= 5);
    QVERIFY(
        first.value(QStringLiteral("suggestions")).toArray().contains(QStringLiteral("Council")));
    // A file: line and column are the file's own.
    const QString file
        = write(QStringLiteral("copy.txt"), "Fine line.\nA secnod line with  two spaces.\n");
    r = anonymous({ QStringLiteral("check"), file });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2:3  spelling  secnod  -> second")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2:19  double-space")), qPrintable(r.out));
    // Nothing wrong: exit 0 all the same.
    const QString clean = write(QStringLiteral("clean.txt"), "All is well.\n");
    r = anonymous({ QStringLiteral("check"), clean });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    // Failures: exit 2.
    r = cd({ QStringLiteral("check"), QStringLiteral("42") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("there is no article 42")));
    r = anonymous(
        { QStringLiteral("check"), clean, QStringLiteral("--lang"), QStringLiteral("xx_NOWHERE") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no xx_NOWHERE dictionary is installed")));
    const QString latin1 = write(QStringLiteral("latin1.txt"), "caf\xe9\n");
    r = anonymous({ QStringLiteral("check"), latin1 });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("not UTF-8")));
    // Submitting says what is left.
    r = cd({ QStringLiteral("submit"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("3 spelling or style issue(s) remain")),
             qPrintable(r.err));
}

void TestCommandLine::dictionaryCommands()
{
    initStore();
    const QString file = write(QStringLiteral("copy.txt"), "Okonjo met Yonsei students.\n");
    QCOMPARE(anonymous({ QStringLiteral("check"), file }).out.count(QLatin1Char('\n')), 2);
    Run r = cd({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Yonsei"),
                 QStringLiteral("--house") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(anonymous({ QStringLiteral("check"), file }).out.count(QLatin1Char('\n')), 1);
    r = cd({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Okonjo") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cd({ QStringLiteral("check"), file }).out.count(QLatin1Char('\n')),
             0); // jane's own word
    QCOMPARE(anonymous({ QStringLiteral("check"), file }).out.count(QLatin1Char('\n')), 1);
    r = cd({ QStringLiteral("--json"), QStringLiteral("dictionary"), QStringLiteral("list"),
             QStringLiteral("--house") });
    QVERIFY(r.json().array().contains(QStringLiteral("Yonsei")));
    QVERIFY(r.json().array().contains(QStringLiteral("deplatform")));
    r = anonymous({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("x") });
    QCOMPARE(r.code, 4);
    r = cd({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("two words") });
    QCOMPARE(r.code, 2);
    r = cd({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("check.spelling"),
             QStringLiteral("off") });
    QCOMPARE(r.code, 0);
    const QString bad = write(QStringLiteral("bad.txt"), "Teh end.\n");
    QVERIFY(anonymous({ QStringLiteral("check"), bad }).out.isEmpty());
}

void TestCommandLine::controlCharactersAndBinaryFilesOnImport()
{
    // Issue 17, defect 8: binary files are refused, naming the file and the byte; control
    // characters never reach the store.
    initStore();
    const QString elf = write(QStringLiteral("program.md"), QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00rest", 13));
    Run r = cd({ QStringLiteral("import"), elf });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("program.md")) && r.err.contains(QStringLiteral("byte 7")),
             qPrintable(r.err));
    QCOMPARE(articleCount(), 0);

    const QString text = write(QStringLiteral("bell.md"), "# Bell\x07 rings\n\nText\x01\x02 here\x1b.\r\n");
    r = cd({ QStringLiteral("import"), text });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--standfirst"),
             QString::fromLatin1("Stand\x01\x02\x1b" "first") });
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

void TestCommandLine::settingsRefuseABaseUrlThatBreaksExport_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("markup after the host") << QStringLiteral("https://ex.com/\"><script>") << false;
    QTest::newRow("angle brackets") << QStringLiteral("https://ex.com/<b>") << false;
    QTest::newRow("space") << QStringLiteral("https://ex.com/a b") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://ex.com/") << false;
    QTest::newRow("relative") << QStringLiteral("/news") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("https with a path") << QStringLiteral("https://courier.example/news") << true;
    QTest::newRow("http with a port") << QStringLiteral("http://localhost:8080") << true;
}

void TestCommandLine::settingsRefuseABaseUrlThatBreaksExport()
{
    // Issue 17, defect 7: a base URL the settings accepted broke every later export-site.
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    initStore();
    Run r = cd({ QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("publication.base-url"), url });
    QVERIFY2((r.code == 0) == accepted, qPrintable(r.err));
    if (!accepted)
        QVERIFY2(r.err.contains(QStringLiteral("base URL")), qPrintable(r.err));
    r = anonymous({ QStringLiteral("export-site"), QStringLiteral("--out"),
                    m_dir->filePath(QStringLiteral("site")) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLine::fifoImportAndBackupOverAnotherFileAreRefused()
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
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), backup }).code, 0);
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), backup }).code, 0);
    QCOMPARE(cd({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), notes,
                  QStringLiteral("--force") })
                 .code,
             0);
}

void TestCommandLine::dbCheckTellsBusyAndReadOnlyFromDamage()
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

void TestCommandLine::exportCommands()
{
    initStore();
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    QCOMPARE(
        run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"),
              QStringLiteral("sam"), QStringLiteral("--display"), QStringLiteral("Sam Reporter") },
            newPassword)
            .code,
        0);
    write(QStringLiteral("a.txt"), "Council budget row\n\nThe *council* met.\n");
    // Sam writes it; the editor-in-chief, who did not, approves it below.
    QCOMPARE(cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("sam"),
                  QStringLiteral("--title"), QStringLiteral("Reporter"), QStringLiteral("--level"),
                  QStringLiteral("contributor"), QStringLiteral("--term"),
                  QStringLiteral("2026/27") })
                 .code,
             0);
    QProcessEnvironment sams;
    sams.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    QCOMPARE(run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                   QStringLiteral("sam"), QStringLiteral("import"),
                   m_dir->filePath(QStringLiteral("a.txt")) },
                 sams)
                 .code,
             0);
    const QString page = m_dir->filePath(QStringLiteral("out/draft.html"));
    Run r = anonymous(
        { QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), page });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("<h1>Council budget row</h1>")));
    QVERIFY(html.contains(QStringLiteral("Draft — not published")));
    // An unknown article writes nothing.
    const QString missing = m_dir->filePath(QStringLiteral("none.html"));
    r = anonymous(
        { QStringLiteral("export"), QStringLiteral("9"), QStringLiteral("--out"), missing });
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(anonymous({ QStringLiteral("export"), QStringLiteral("1") }).code, 1);

    for (const char *step : { "submit", "approve", "publish" })
        QCOMPARE(cd({ QString::fromLatin1(step), QStringLiteral("1") }).code, 0);
    const QString site = m_dir->filePath(QStringLiteral("site"));
    r = anonymous({ QStringLiteral("--json"), QStringLiteral("export-site"),
                    QStringLiteral("--out"), site, QStringLiteral("--base-url"),
                    QStringLiteral("https://courier.example") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("articles")).toInt(), 1);
    QVERIFY(QFile::exists(site + QStringLiteral("/articles/council-budget-row.html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/feed.xml")));
    r = anonymous({ QStringLiteral("export-site"), QStringLiteral("--out"), site });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 removed")), qPrintable(r.out));
    // A file where the folder should be, and a hostile base URL: refused, nothing written.
    r = anonymous({ QStringLiteral("export-site"), QStringLiteral("--out"), page });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("is a file, not a folder")));
    r = anonymous({ QStringLiteral("export-site"), QStringLiteral("--out"),
                    m_dir->filePath(QStringLiteral("site2")), QStringLiteral("--base-url"),
                    QStringLiteral("javascript:alert(1)") });
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("site2"))));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
