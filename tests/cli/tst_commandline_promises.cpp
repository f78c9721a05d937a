// What the help and the README promise of the command line, each checked on what it leaves
// behind: diff, revert, db backup, init --demo, dictionary remove and other languages, staff end
// and its day, settings get, list --author, spike and restore with their notes, help; and the
// shipped program hashing passwords at full cost whatever its environment says.

#include "tests/cli/commandlineharness.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

class TestCommandLinePromises : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void shippedProgramHashesAtFullCost();
    void diffShowsTheWordsThatChanged();
    void revertBringsAnOldVersionBackAsANewOne();
    void backupIsACheckedCopyThatOpens();
    void initDemoMakesTheDemoNewsroom();
    void dictionaryRemoveTakesAWordBack();
    void dictionariesOfAnotherLanguage();
    void staffEndDefaultsToYesterdayOrTheDayGiven();
    void settingsGetPrintsTheValueInForce();
    void listByAuthor();
    void spikeAndRestoreKeepTheirNotes();
    void helpOfOneCommand();

private:
    void importArticle(const QByteArray &text);
    void hire(const QString &username, const QString &display, const QString &level,
              const QString &section = {});
    Run as(const QString &username, const QStringList &arguments);
    QString passwordHashOf(const QString &store, const QString &username);
    QStringList checkedWords(const Run &run);
};

void TestCommandLinePromises::importArticle(const QByteArray &text)
{
    const QString file
        = write(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".txt"), text);
    const Run r = cd({ QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLinePromises::hire(const QString &username, const QString &display,
                                   const QString &level, const QString &section)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    Run r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                  QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"), username,
                  QStringLiteral("--display"), display },
                env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList appoint { QStringLiteral("staff"),
                          QStringLiteral("appoint"),
                          username,
                          QStringLiteral("--title"),
                          display + QStringLiteral("'s post"),
                          QStringLiteral("--level"),
                          level };
    if (!section.isEmpty())
        appoint << QStringLiteral("--section") << section;
    const int year = QDate::currentDate().year();
    appoint << QStringLiteral("--term")
            << QStringLiteral("%1/%2").arg(year - 1).arg((year) % 100, 2, 10, QLatin1Char('0'))
            << QStringLiteral("--from") << QStringLiteral("%1-01-01").arg(year - 1);
    r = cd(appoint);
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

CommandLineHarness::Run TestCommandLinePromises::as(const QString &username,
                                                    const QStringList &arguments)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    return run(
        QStringList { QStringLiteral("--database"), m_store, QStringLiteral("--user"), username }
            + arguments,
        env);
}

QString TestCommandLinePromises::passwordHashOf(const QString &store, const QString &username)
{
    const QString name = QUuid::createUuid().toString();
    QString hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT password_hash FROM people WHERE username = ?"));
            q.addBindValue(username);
            if (q.exec() && q.next())
                hash = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash;
}

// The words a check flagged, one per issue line ("line:column  kind  word  -> …").
QStringList TestCommandLinePromises::checkedWords(const Run &run)
{
    QStringList words;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        words << line.section(QStringLiteral("  "), 2, 2);
    return words;
}

void TestCommandLinePromises::shippedProgramHashesAtFullCost()
{
    // The suites run their own build of the program, which hashes at libsodium's minimum cost;
    // the shipped program has no way to do so, not even the switch an earlier version read.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("correct horse"));
    env.insert(QStringLiteral("COPYDESK_TEST_FAST_HASH"), QStringLiteral("1"));
    const QString shipped = m_dir->filePath(QStringLiteral("shipped.sqlite"));
    const Run r = copydesk::test::runProgram(QStringLiteral(COPYDESK_SHIPPED_BINARY),
                                             { QStringLiteral("--database"), shipped,
                                               QStringLiteral("init"), QStringLiteral("--admin"),
                                               QStringLiteral("jane") },
                                             env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString full = passwordHashOf(shipped, QStringLiteral("jane"));
    QVERIFY2(full.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,")), qPrintable(full));

    const QString tests = m_dir->filePath(QStringLiteral("tests.sqlite"));
    const Run t = run({ QStringLiteral("--database"), tests, QStringLiteral("init"),
                        QStringLiteral("--admin"), QStringLiteral("jane") });
    QVERIFY2(t.code == 0, qPrintable(t.err));
    const QString minimum = passwordHashOf(tests, QStringLiteral("jane"));
    QVERIFY2(minimum.startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,")), qPrintable(minimum));
}

void TestCommandLinePromises::diffShowsTheWordsThatChanged()
{
    initStore();
    importArticle("Council budget\n\nThe council met on Tuesday.\n");
    const QString body
        = write(QStringLiteral("body.md"), "The council met on Wednesday and voted.\n");
    QCOMPARE(
        cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--body-file"), body })
            .code,
        0);
    Run r = cd(
        { QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Version 1 -> 2 (2 changes)\n")), qPrintable(r.out));
    // No standfirst: no empty paragraph for it between the headline and the body.
    QVERIFY2(!r.out.contains(QStringLiteral("\n\n\n")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("The council met on [-Tuesday-]{+Wednesday and voted+}.")),
        qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("[-Council")), qPrintable(r.out)); // headline kept
    // Without V2: against the newest version.
    const Run newest = cd({ QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("1") });
    QCOMPARE(newest.code, 0);
    QCOMPARE(newest.out, r.out);
    // Versions the other way round show the change undone.
    r = cd(
        { QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("[-Wednesday and voted-]{+Tuesday+}")),
             qPrintable(r.out));
    r = cd(
        { QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("9") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("article 1 has no version 9")), qPrintable(r.err));
    r = cd({ QStringLiteral("diff"), QStringLiteral("1") });
    QCOMPARE(r.code, 1);
}

void TestCommandLinePromises::revertBringsAnOldVersionBackAsANewOne()
{
    initStore();
    importArticle("Council budget\n\nThe council met on Tuesday.\n");
    const QString body = write(QStringLiteral("body.md"), "The council met on Wednesday.\n");
    QCOMPARE(
        cd({ QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--body-file"), body })
            .code,
        0);
    // Decided on version 1, but the article has moved on: nothing is overwritten.
    Run r = cd({ QStringLiteral("revert"), QStringLiteral("1"), QStringLiteral("--to"),
                 QStringLiteral("1"), QStringLiteral("--expect-version"), QStringLiteral("1") });
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was overwritten")), qPrintable(r.err));
    QVERIFY(cd({ QStringLiteral("show"), QStringLiteral("1") })
                .out.contains(QStringLiteral("Wednesday")));

    r = cd({ QStringLiteral("revert"), QStringLiteral("1"), QStringLiteral("--to"),
             QStringLiteral("1"), QStringLiteral("--expect-version"), QStringLiteral("2") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("Restored version 1 of article 1 as version 3"));
    const Run shown = cd({ QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY2(shown.out.contains(QStringLiteral("Version:    3")), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("The council met on Tuesday.")),
             qPrintable(shown.out));
    // Version 2 is still there to go back to.
    r = cd(
        { QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") });
    QVERIFY2(r.out.contains(QStringLiteral("[-Wednesday-]{+Tuesday+}")), qPrintable(r.out));

    r = cd({ QStringLiteral("revert"), QStringLiteral("1") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--to")), qPrintable(r.err));
    r = cd({ QStringLiteral("revert"), QStringLiteral("1"), QStringLiteral("--to"),
             QStringLiteral("7") });
    QCOMPARE(r.code, 2);
}

void TestCommandLinePromises::backupIsACheckedCopyThatOpens()
{
    initStore();
    importArticle("Council budget\n\nThe council met.\n");
    importArticle("Library hours\n\nThe library opens late.\n");
    const QString copy = m_dir->filePath(QStringLiteral("backup.sqlite"));
    Run r = anonymous(
        { QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), copy });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("integrity checked")), qPrintable(r.out));
    const QString original = m_store;
    const QByteArray listed = cd({ QStringLiteral("--json"), QStringLiteral("list") }).out.toUtf8();
    m_store = copy;
    QCOMPARE(anonymous({ QStringLiteral("db"), QStringLiteral("check") }).code, 0);
    QCOMPARE(cd({ QStringLiteral("--json"), QStringLiteral("list") }).out.toUtf8(), listed);
    QCOMPARE(QJsonDocument::fromJson(listed).array().size(), 2);
    m_store = original;

    // A file that is not a store is not replaced unless asked.
    const QString notes = write(QStringLiteral("notes.txt"), "my notes\n");
    r = anonymous(
        { QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), notes });
    QCOMPARE(r.code, 2);
    QFile kept(notes);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("my notes\n"));
    kept.close();
    r = anonymous({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), notes,
                    QStringLiteral("--force") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_store = notes;
    QCOMPARE(cd({ QStringLiteral("--json"), QStringLiteral("list") }).out.toUtf8(), listed);
}

void TestCommandLinePromises::initDemoMakesTheDemoNewsroom()
{
    const Run r
        = run({ QStringLiteral("--database"), m_store, QStringLiteral("init"),
                QStringLiteral("--admin"), QStringLiteral("jane"), QStringLiteral("--display"),
                QStringLiteral("Jane Doe"), QStringLiteral("--demo") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // "four staff, six articles", at every stage of the workflow.
    const QJsonArray articles
        = cd({ QStringLiteral("--json"), QStringLiteral("list") }).json().array();
    QCOMPARE(articles.size(), 6);
    QSet<QString> statuses;
    QSet<QString> bylines;
    for (const QJsonValue &a : articles) {
        statuses.insert(a.toObject().value(QStringLiteral("status")).toString());
        bylines.insert(a.toObject().value(QStringLiteral("byline")).toString());
    }
    QVERIFY2(statuses.size() >= 4, qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY(statuses.contains(QStringLiteral("published")));
    QVERIFY(!bylines.contains(QStringLiteral("Jane Doe"))); // written by the demo's staff
    // And their history says so: each was created by its first author, not the first account.
    for (const QJsonValue &a : articles) {
        const QString id = QString::number(a.toObject().value(QStringLiteral("id")).toInteger());
        const QString byline = a.toObject().value(QStringLiteral("byline")).toString();
        const QString history = cd({ QStringLiteral("history"), id }).out;
        const QString created = history.split(QLatin1Char('\n'))
                                    .filter(QStringLiteral("version 1: created"))
                                    .value(0);
        QVERIFY2(!created.isEmpty()
                     && byline.startsWith(created.section(QStringLiteral("  "), 1, 1)),
                 qPrintable(byline + QStringLiteral(" / ") + history));
    }
    const QJsonArray people
        = cd({ QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list") })
              .json()
              .array();
    QCOMPARE(people.size(), 5);
    // Its published articles export as a site.
    const Run site = cd({ QStringLiteral("export-site"), QStringLiteral("--out"),
                          m_dir->filePath(QStringLiteral("site")) });
    QVERIFY2(site.code == 0, qPrintable(site.err));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("site/index.html"))));
}

void TestCommandLinePromises::dictionaryRemoveTakesAWordBack()
{
    initStore();
    hire(QStringLiteral("sam"), QStringLiteral("Sam Reporter"), QStringLiteral("contributor"));
    const QString file = write(QStringLiteral("copy.txt"), "Okonjo met Yonsei students.\n");
    const QStringList check { QStringLiteral("check"), file };
    QCOMPARE(checkedWords(cd(check)),
             (QStringList { QStringLiteral("Okonjo"), QStringLiteral("Yonsei") }));

    // One's own dictionary.
    QCOMPARE(
        cd({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Okonjo") }).code,
        0);
    QCOMPARE(checkedWords(cd(check)), QStringList { QStringLiteral("Yonsei") });
    Run r
        = cd({ QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("Okonjo") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(checkedWords(cd(check)),
             (QStringList { QStringLiteral("Okonjo"), QStringLiteral("Yonsei") }));
    QVERIFY(!cd({ QStringLiteral("--json"), QStringLiteral("dictionary"), QStringLiteral("list") })
                 .json()
                 .array()
                 .contains(QStringLiteral("Okonjo")));

    // The house dictionary: only section editors and above take a word out.
    QCOMPARE(cd({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Yonsei"),
                  QStringLiteral("--house") })
                 .code,
             0);
    QCOMPARE(checkedWords(as(QStringLiteral("sam"), check)),
             QStringList { QStringLiteral("Okonjo") });
    r = as(QStringLiteral("sam"),
           { QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("Yonsei"),
             QStringLiteral("--house") });
    QCOMPARE(r.code, 4);
    QCOMPARE(checkedWords(as(QStringLiteral("sam"), check)),
             QStringList { QStringLiteral("Okonjo") });
    r = cd({ QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("Yonsei"),
             QStringLiteral("--house") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(checkedWords(as(QStringLiteral("sam"), check)),
             (QStringList { QStringLiteral("Okonjo"), QStringLiteral("Yonsei") }));
}

void TestCommandLinePromises::dictionariesOfAnotherLanguage()
{
    // Names no dictionary has, so that what is flagged is the program's doing, not the
    // dictionary version's.
    initStore();
    const QString file = write(QStringLiteral("us.txt"), "Okonjo met Zhytomyrsky.\n");
    const QStringList checkUs { QStringLiteral("check"), file, QStringLiteral("--lang"),
                                QStringLiteral("en_US") };
    const QStringList both { QStringLiteral("Okonjo"), QStringLiteral("Zhytomyrsky") };
    QCOMPARE(checkedWords(cd(checkUs)), both);
    Run r = cd({ QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Okonjo"),
                 QStringLiteral("--lang"), QStringLiteral("en_US") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(checkedWords(cd(checkUs)), QStringList { QStringLiteral("Zhytomyrsky") });
    // A word of the en_US list is not a word of the en_GB one.
    QVERIFY(cd({ QStringLiteral("--json"), QStringLiteral("dictionary"), QStringLiteral("list"),
                 QStringLiteral("--lang"), QStringLiteral("en_US") })
                .json()
                .array()
                .contains(QStringLiteral("Okonjo")));
    QVERIFY(!cd({ QStringLiteral("--json"), QStringLiteral("dictionary"), QStringLiteral("list") })
                 .json()
                 .array()
                 .contains(QStringLiteral("Okonjo")));
    QCOMPARE(checkedWords(cd({ QStringLiteral("check"), file })), both);
    r = cd({ QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("Okonjo"),
             QStringLiteral("--lang"), QStringLiteral("en_US") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(checkedWords(cd(checkUs)), both);
}

void TestCommandLinePromises::staffEndDefaultsToYesterdayOrTheDayGiven()
{
    initStore();
    hire(QStringLiteral("amira"), QStringLiteral("Amira Haddad"), QStringLiteral("section-editor"),
         QStringLiteral("Global"));
    hire(QStringLiteral("ji"), QStringLiteral("Ji Park"), QStringLiteral("section-editor"),
         QStringLiteral("Sport"));
    auto appointmentOf = [this](const QString &username) {
        const QJsonArray people
            = cd({ QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list") })
                  .json()
                  .array();
        for (const QJsonValue &p : people)
            if (p.toObject().value(QStringLiteral("username")).toString() == username)
                return p.toObject()
                    .value(QStringLiteral("appointments"))
                    .toArray()
                    .first()
                    .toObject();
        return QJsonObject();
    };
    const QJsonObject amiras = appointmentOf(QStringLiteral("amira"));
    QVERIFY(amiras.value(QStringLiteral("current")).toBool());
    QVERIFY(as(QStringLiteral("amira"),
               { QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Okonjo"),
                 QStringLiteral("--house") })
                .code
            == 0);

    // Without --on, her last day was yesterday: she holds no powers from today.
    const QDate before = QDate::currentDate();
    Run r = cd({ QStringLiteral("staff"), QStringLiteral("end"),
                 QString::number(amiras.value(QStringLiteral("id")).toInteger()) });
    const QDate after = QDate::currentDate();
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject ended = appointmentOf(QStringLiteral("amira"));
    const QDate to = QDate::fromString(ended.value(QStringLiteral("to")).toString(), Qt::ISODate);
    QVERIFY2(to == before.addDays(-1) || to == after.addDays(-1), qPrintable(to.toString()));
    QVERIFY(!ended.value(QStringLiteral("current")).toBool());
    QCOMPARE(as(QStringLiteral("amira"),
                { QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Yonsei"),
                  QStringLiteral("--house") })
                 .code,
             4);

    // With --on a day ahead, the appointment holds until then.
    const QDate last = QDate::currentDate().addDays(30);
    const QJsonObject jis = appointmentOf(QStringLiteral("ji"));
    r = cd({ QStringLiteral("staff"), QStringLiteral("end"),
             QString::number(jis.value(QStringLiteral("id")).toInteger()), QStringLiteral("--on"),
             last.toString(Qt::ISODate) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject ending = appointmentOf(QStringLiteral("ji"));
    QCOMPARE(ending.value(QStringLiteral("to")).toString(), last.toString(Qt::ISODate));
    QVERIFY(ending.value(QStringLiteral("current")).toBool());
    QCOMPARE(as(QStringLiteral("ji"),
                { QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("Yonsei"),
                  QStringLiteral("--house") })
                 .code,
             0);

    r = cd({ QStringLiteral("staff"), QStringLiteral("end"),
             QString::number(jis.value(QStringLiteral("id")).toInteger()), QStringLiteral("--on"),
             QStringLiteral("next tuesday") });
    QCOMPARE(r.code, 1);
    r = cd({ QStringLiteral("staff"), QStringLiteral("end"), QStringLiteral("999") });
    QCOMPARE(r.code, 2);
}

void TestCommandLinePromises::settingsGetPrintsTheValueInForce()
{
    initStore();
    const QStringList spelling { QStringLiteral("settings"), QStringLiteral("get"),
                                 QStringLiteral("check.spelling") };
    QCOMPARE(anonymous(spelling).out, QStringLiteral("on\n")); // never switched: on
    QCOMPARE(cd({ QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("check.spelling"), QStringLiteral("off") })
                 .code,
             0);
    QCOMPARE(anonymous(spelling).out, QStringLiteral("off\n"));
    QCOMPARE(cd({ QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("publication.name"), QStringLiteral("The Tab") })
                 .code,
             0);
    QCOMPARE(anonymous({ QStringLiteral("settings"), QStringLiteral("get"),
                         QStringLiteral("publication.name") })
                 .out,
             QStringLiteral("The Tab\n"));
    const Run r = anonymous(
        { QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("check.nonsense") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("unknown setting 'check.nonsense'")), qPrintable(r.err));
}

void TestCommandLinePromises::listByAuthor()
{
    initStore();
    hire(QStringLiteral("sam"), QStringLiteral("Sam Reporter"), QStringLiteral("contributor"));
    importArticle("Jane's story\n\nText.\n");
    const QString file = write(QStringLiteral("sam.txt"), "Sam's story\n\nText.\n");
    QCOMPARE(as(QStringLiteral("sam"), { QStringLiteral("import"), file }).code, 0);
    const QJsonArray sams = cd({ QStringLiteral("--json"), QStringLiteral("list"),
                                 QStringLiteral("--author"), QStringLiteral("sam") })
                                .json()
                                .array();
    QCOMPARE(sams.size(), 1);
    QCOMPARE(sams.first().toObject().value(QStringLiteral("headline")).toString(),
             QStringLiteral("Sam's story"));
    const Run nobody
        = cd({ QStringLiteral("list"), QStringLiteral("--author"), QStringLiteral("nobody") });
    // A name nobody has is a mistake to point out, not an empty list.
    QCOMPARE(nobody.code, 2);
    QVERIFY(nobody.out.isEmpty());
    QVERIFY2(nobody.err.startsWith(QStringLiteral("copydesk: "))
                 && nobody.err.contains(QStringLiteral("nobody")),
             qPrintable(nobody.err));
    // Someone on the staff with no articles gets the empty list as before.
    const Run none
        = cd({ QStringLiteral("list"), QStringLiteral("--author"), QStringLiteral("jane"),
               QStringLiteral("--status"), QStringLiteral("spiked") });
    QCOMPARE(none.code, 0);
    QCOMPARE(none.err, QStringLiteral("copydesk: no articles match\n"));
}

void TestCommandLinePromises::spikeAndRestoreKeepTheirNotes()
{
    initStore();
    importArticle("Council budget\n\nText.\n");
    Run r = cd({ QStringLiteral("spike"), QStringLiteral("1"), QStringLiteral("--note"),
                 QStringLiteral("Duplicate of 4") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("restore"), QStringLiteral("1"), QStringLiteral("--note"),
             QStringLiteral("Not a duplicate after all") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(cd({ QStringLiteral("show"), QStringLiteral("1") })
                 .out.contains(QStringLiteral("Status:     draft")),
             "restored as a draft");
    const QString history = cd({ QStringLiteral("history"), QStringLiteral("1") }).out;
    QVERIFY2(history.contains(QStringLiteral("Duplicate of 4")), qPrintable(history));
    QVERIFY2(history.contains(QStringLiteral("Not a duplicate after all")), qPrintable(history));
}

void TestCommandLinePromises::helpOfOneCommand()
{
    Run r = run({ QStringLiteral("help"), QStringLiteral("revert") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral(
                 "Usage: copydesk [global options] revert ID --to V [--expect-version V]")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--to V ")));
    // The same as --help after the command.
    QCOMPARE(run({ QStringLiteral("revert"), QStringLiteral("--help") }).out, r.out);
    r = run({ QStringLiteral("help"), QStringLiteral("db"), QStringLiteral("backup") });
    QVERIFY2(r.out.contains(QStringLiteral("--force")), qPrintable(r.out));
    r = run({ QStringLiteral("help"), QStringLiteral("publish-everything") });
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestCommandLinePromises)
#include "tst_commandline_promises.moc"
