// The command line for the newsroom's work: the workflow, staff and history, spelling and
// dictionaries, settings and export.

#include "tests/cli/commandlineharness.h"

#include <QDate>
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

class TestCommandLineNewsroom : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void workflowThroughTheCommandLine_data();
    void workflowThroughTheCommandLine();
    void staffAndHistory();
    void checkReportsIssues();
    void dictionaryCommands();
    void styleGuideCommands();
    void checkFixMakesEveryHouseStyleFix();
    void commissionedLengthIsShownAndNoted();
    void proofIsAPdfToMarkUp();
    void exportCommands();
    void settingsRefuseABaseUrlThatBreaksExport_data();
    void settingsRefuseABaseUrlThatBreaksExport();
};

void TestCommandLineNewsroom::workflowThroughTheCommandLine_data()
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

void TestCommandLineNewsroom::workflowThroughTheCommandLine()
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

void TestCommandLineNewsroom::staffAndHistory()
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
    // A term that ended before today, whatever today is (the program reads the real clock).
    const int y = QDate::currentDate().year() - 3;
    r = cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("amira"),
             QStringLiteral("--title"), QStringLiteral("Global Editor"), QStringLiteral("--level"),
             QStringLiteral("section-editor"), QStringLiteral("--section"),
             QStringLiteral("Global"), QStringLiteral("--term"),
             QStringLiteral("%1/%2").arg(y).arg((y + 1) % 100, 2, 10, QLatin1Char('0')),
             QStringLiteral("--from"), QStringLiteral("%1-09-01").arg(y), QStringLiteral("--to"),
             QStringLiteral("%1-08-31").arg(y + 1) });
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
    QCOMPARE(held.value(QStringLiteral("current")).toBool(), false); // the term is over
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

// The first three suggestions on the issue line that starts with `issue` ("2:3  spelling  secnod"
// for "2:3  spelling  secnod  -> second, sec nod").
static QStringList firstSuggestions(const QString &out, const QString &issue)
{
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(issue + QStringLiteral("  -> ")))
            return line.mid(issue.size() + 5).split(QStringLiteral(", ")).mid(0, 3);
    return {};
}

void TestCommandLineNewsroom::checkReportsIssues()
{
    initStore();
    write(QStringLiteral("a.txt"),
          "Councill budget row\n\n‘I will not resign,’ said the the leader in Edinbrugh.\n");
    QCOMPARE(cd({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt")) }).code, 0);
    Run r = cd({ QStringLiteral("check"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1:1  spelling  Councill  -> ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3:31  repeated-word  the")), qPrintable(r.out));
    // The right word among the first three suggestions: the dictionary's exact list is its own.
    QVERIFY2(firstSuggestions(r.out, QStringLiteral("3:45  spelling  Edinbrugh"))
                 .contains(QStringLiteral("Edinburgh")),
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
    QVERIFY2(firstSuggestions(r.out, QStringLiteral("2:3  spelling  secnod"))
                 .contains(QStringLiteral("second")),
             qPrintable(r.out));
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
    QVERIFY2(r.err.contains(QStringLiteral("3 spelling or style issues remain")),
             qPrintable(r.err));
}

void TestCommandLineNewsroom::dictionaryCommands()
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

void TestCommandLineNewsroom::styleGuideCommands()
{
    initStore();
    // The starter guide is there from the start.
    Run r
        = anonymous({ QStringLiteral("--json"), QStringLiteral("style"), QStringLiteral("list") });
    QCOMPARE(r.code, 0);
    const int starter = int(r.json().array().size());
    QVERIFY(starter >= 95);
    r = cd({ QStringLiteral("style"), QStringLiteral("add"), QStringLiteral("the students’ union"),
             QStringLiteral("--avoid"), QStringLiteral("the Student Union|the Students' Union"),
             QStringLiteral("--note"), QStringLiteral("lower case"), QStringLiteral("--case"),
             QStringLiteral("--lang"), QStringLiteral("en_GB") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Added rule ")), qPrintable(r.out));
    const QString id = r.out.section(QLatin1Char(' '), 2, 2).chopped(1);
    const QString file = write(QStringLiteral("su.txt"), "Then the Student Union met.\n");
    r = anonymous({ QStringLiteral("check"), file });
    QCOMPARE(r.out,
             QStringLiteral("1:6  house-style  the Student Union  -> the students’ union\n"));
    // Refused: signed out, a contributor (the exit code of a refusal), a bad rule.
    r = anonymous({ QStringLiteral("style"), QStringLiteral("remove"), id });
    QCOMPARE(r.code, 4);
    r = cd({ QStringLiteral("style"), QStringLiteral("add"), QStringLiteral("Covid"),
             QStringLiteral("--avoid"), QStringLiteral("COVID") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("only in capitals")), qPrintable(r.err));
    r = cd({ QStringLiteral("style"), QStringLiteral("add"), QStringLiteral("Kyiv") });
    QVERIFY(r.code != 0);
    // Listed by language: the British rule, not for American copy.
    r = anonymous({ QStringLiteral("style"), QStringLiteral("list"), QStringLiteral("--lang"),
                    QStringLiteral("en_GB") });
    QVERIFY(r.out.contains(QStringLiteral("the students’ union ← the Student Union")));
    r = anonymous({ QStringLiteral("style"), QStringLiteral("list"), QStringLiteral("--lang"),
                    QStringLiteral("en_US") });
    QVERIFY(!r.out.contains(QStringLiteral("the students’ union")));
    // Exported, removed, imported again: the same guide.
    const QString guide = m_dir->filePath(QStringLiteral("guide.tsv"));
    r = cd({ QStringLiteral("style"), QStringLiteral("export"), QStringLiteral("--out"), guide });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run printed = anonymous({ QStringLiteral("style"), QStringLiteral("export") });
    QFile exported(guide);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(exported.readAll()), printed.out);
    r = cd({ QStringLiteral("style"), QStringLiteral("remove"), id });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(anonymous({ QStringLiteral("check"), file }).out.isEmpty());
    r = cd({ QStringLiteral("style"), QStringLiteral("import"), guide });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Added 1 rule (%1 were already in the guide)\n").arg(starter));
    r = cd({ QStringLiteral("style"), QStringLiteral("import"), QStringLiteral("--starter") });
    QCOMPARE(r.out, QStringLiteral("Added 0 rules (%1 were already in the guide)\n").arg(starter));
    // A broken guide file: refused with its line, nothing added.
    const QString broken = write(QStringLiteral("broken.tsv"), "Gdańsk\tDanzig\nno tab here\n");
    r = cd({ QStringLiteral("style"), QStringLiteral("import"), broken });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line 2")), qPrintable(r.err));
    r = anonymous({ QStringLiteral("--json"), QStringLiteral("style"), QStringLiteral("list") });
    QCOMPARE(int(r.json().array().size()), starter + 1);
}

void TestCommandLineNewsroom::checkFixMakesEveryHouseStyleFix()
{
    initStore();
    const QString file = write(
        QStringLiteral("slips.md"),
        "Whilst in Kiev, an e-mail said 40 percent.\n\n"
        "Percent of Kiev’s voters use a web site; see [Kiev](https://kiev.example/) and `Kiev`.\n");
    Run r = cd({ QStringLiteral("check"), file, QStringLiteral("--fix"), QStringLiteral("--lang"),
                 QStringLiteral("en_GB") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out,
             QStringLiteral("1:1  Whilst -> While\n1:11  Kiev -> Kyiv\n"
                            "1:20  e-mail -> email\n1:35  percent -> per cent\n"
                            "3:1  Percent -> Per cent\n3:12  Kiev -> Kyiv\n"
                            "3:32  web site -> website\n3:47  Kiev -> Kyiv\n"));
    QFile fixed(file);
    QVERIFY(fixed.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(fixed.readAll()),
             QStringLiteral("While in Kyiv, an email said 40 per cent.\n\n"
                            "Per cent of Kyiv’s voters use a website; see [Kyiv](https://kiev."
                            "example/) and `Kiev`.\n"));
    // An article: saved as a new version; --note only with --fix.
    const QString body = write(QStringLiteral("a.txt"), "Kiev rents\n\nRents in Kiev rose.\n");
    r = cd({ QStringLiteral("import"), body });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--note"),
             QStringLiteral("x") });
    QCOMPARE(r.code, 1);
    r = cd({ QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("1"),
             QStringLiteral("--fix") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().array().size(), 2);
    QVERIFY2(r.err.contains(QStringLiteral("saved article 1 as version 2")), qPrintable(r.err));
    r = cd({ QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY(r.out.contains(QStringLiteral("Headline:   Kyiv rents")));
    QVERIFY(r.out.contains(QStringLiteral("Rents in Kyiv rose.")));
}

void TestCommandLineNewsroom::commissionedLengthIsShownAndNoted()
{
    initStore();
    const QString text = write(QStringLiteral("a.txt"),
                               "Budget row\n\nThe council met and argued about the budget.\n");
    Run r = cd(
        { QStringLiteral("import"), text, QStringLiteral("--section"), QStringLiteral("News") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--commissioned"),
             QStringLiteral("-5") });
    QCOMPARE(r.code, 1);
    r = cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--commissioned"),
             QStringLiteral("600") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("Words:      8 (600 commissioned)")), qPrintable(r.out));
    r = cd({ QStringLiteral("--json"), QStringLiteral("list") });
    QCOMPARE(
        r.json().array().first().toObject().value(QStringLiteral("commissioned_words")).toInt(),
        600);
    // Far under the length: submitting says so (and goes on: nobody is there to ask).
    r = cd({ QStringLiteral("submit"), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("8 words against 600 commissioned (99% under)")),
             qPrintable(r.err));
    // The web headline's house limit is a setting.
    r = anonymous({ QStringLiteral("settings"), QStringLiteral("get"),
                    QStringLiteral("publication.headline-chars") });
    QCOMPARE(r.out, QStringLiteral("70\n"));
    r = cd({ QStringLiteral("settings"), QStringLiteral("set"),
             QStringLiteral("publication.headline-chars"), QStringLiteral("many") });
    QCOMPARE(r.code, 2);
    r = cd({ QStringLiteral("settings"), QStringLiteral("set"),
             QStringLiteral("publication.headline-chars"), QStringLiteral("60") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A rule for one section: listed for it, and used only for its articles.
    r = cd({ QStringLiteral("style"), QStringLiteral("add"), QStringLiteral("councillors"),
             QStringLiteral("--avoid"), QStringLiteral("council members"),
             QStringLiteral("--section"), QStringLiteral("News") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous({ QStringLiteral("style"), QStringLiteral("list"), QStringLiteral("--section"),
                    QStringLiteral("News") });
    QVERIFY(r.out.contains(QStringLiteral("councillors ← council members  [News]")));
    r = anonymous({ QStringLiteral("style"), QStringLiteral("list"), QStringLiteral("--section"),
                    QStringLiteral("Sport") });
    QVERIFY(!r.out.contains(QStringLiteral("councillors")));
    r = cd({ QStringLiteral("style"), QStringLiteral("add"), QStringLiteral("x"),
             QStringLiteral("--avoid"), QStringLiteral("y"), QStringLiteral("--section"),
             QStringLiteral("Nowhere") });
    QCOMPARE(r.code, 2);
}

void TestCommandLineNewsroom::proofIsAPdfToMarkUp()
{
    initStore();
    const QString text
        = write(QStringLiteral("a.txt"), "Budget row\n\nThe councill met in Kiev.\n\nIt argued.\n");
    Run r = cd({ QStringLiteral("import"), text });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString pdf = m_dir->filePath(QStringLiteral("proof.pdf"));
    r = anonymous({ QStringLiteral("proof"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--paper"), QStringLiteral("Letter") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("wrote a 1-page proof of article 1")),
             qPrintable(r.err));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("612 x 792")));
    QProcess text2;
    text2.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text2.waitForFinished(30000));
    const QString read = QString::fromUtf8(text2.readAllStandardOutput()).simplified();
    QVERIFY2(read.contains(QStringLiteral("Budget row")), qPrintable(read));
    QVERIFY2(read.contains(QStringLiteral("Line 1 — Spelling: ‘councill’")), qPrintable(read));
    QVERIFY2(read.contains(QStringLiteral("Line 1 — House style: ‘Kiev’")), qPrintable(read));
    // Refused: an unknown paper, no --out, no such article.
    r = anonymous({ QStringLiteral("proof"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--paper"), QStringLiteral("B7") });
    QCOMPARE(r.code, 1);
    r = anonymous({ QStringLiteral("proof"), QStringLiteral("1") });
    QCOMPARE(r.code, 1);
    r = anonymous({ QStringLiteral("proof"), QStringLiteral("9"), QStringLiteral("--out"), pdf });
    QCOMPARE(r.code, 2);
}

void TestCommandLineNewsroom::exportCommands()
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
    QCOMPARE(
        cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("sam"),
             QStringLiteral("--title"), QStringLiteral("Reporter"), QStringLiteral("--level"),
             QStringLiteral("contributor"), QStringLiteral("--term"), QStringLiteral("2026/27") })
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
    // Plurals written out: one article, and its pages.
    QVERIFY2(r.out.startsWith(QStringLiteral("Exported 1 published article to ")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("(s)")), qPrintable(r.out));
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

void TestCommandLineNewsroom::settingsRefuseABaseUrlThatBreaksExport_data()
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

void TestCommandLineNewsroom::settingsRefuseABaseUrlThatBreaksExport()
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

QTEST_GUILESS_MAIN(TestCommandLineNewsroom)
#include "tst_commandline_newsroom.moc"
