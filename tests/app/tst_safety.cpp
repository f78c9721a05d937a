// Nobody loses work: SIGKILL in the middle of saves, two writers, backups while writing,
// damaged stores, a full disk, edit locks, autosaves and revisions.

#include "app/body/worddiff.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "tests/support/newsroomfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

class TestSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void killedInTheMiddleOfSavesLosesNothing();
    void twoProcessesSaveFromTheSameVersion();
    void backupWhileAnotherProcessWrites();
    void damagedStoresGiveAClearMessage_data();
    void damagedStoresGiveAClearMessage();
    void fullDiskKeepsTheStoreAsItWas();
    void networkFileSystemsAreRecognised_data();
    void networkFileSystemsAreRecognised();
    void storeOnANetworkFileSystemIsRefused();
    void editLocksShowWhoAndTakeOverNeedsTheLevel();
    void autosaveMakesNoRevisionAndNoFalseConflict();
    void restoreMakesANewRevisionWithTheExactText();
    void wordDiffMarksInsertionsAndDeletions();

private:
    db::Article createArticle(const QString &body = QStringLiteral("First text.\n"));
    app::Actor hire(const QString &username, const QString &level, const QString &section = {});

    std::unique_ptr<test::NewsroomFixture> m_fx;
    QString m_store;
    app::Newsroom *m_newsroom = nullptr;
    app::Actor m_chief;
    QDateTime m_now;
};

void TestSafety::init()
{
    test::NewsroomFixture::Options options;
    options.fileName = QStringLiteral("safe.sqlite");
    options.chiefUsername = QStringLiteral("jane");
    options.chiefName = QStringLiteral("Jane Doe");
    options.machine = QStringLiteral("LAPTOP-3");
    options.now = QDateTime(QDate(2026, 11, 28), QTime(14, 2), Qt::UTC);
    m_fx = std::make_unique<test::NewsroomFixture>(options);
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_store = m_fx->storePath();
    m_newsroom = &m_fx->newsroom();
    m_now = options.now;
    m_newsroom->setClock([this] { return m_now; });
    m_chief = m_fx->chief();
}

void TestSafety::cleanup()
{
    m_newsroom = nullptr;
    m_fx.reset();
}

db::Article TestSafety::createArticle(const QString &body)
{
    return m_fx->draft(m_chief, QStringLiteral("Council budget row"), body);
}

app::Actor TestSafety::hire(const QString &username, const QString &level, const QString &section)
{
    test::NewsroomFixture::Hire who;
    who.username = username;
    who.level = level;
    who.section = section;
    who.term.clear();
    return m_fx->hire(who);
}

void TestSafety::killedInTheMiddleOfSavesLosesNothing()
{
    const db::Article article = createArticle();
    m_newsroom->close(); // the child is the only writer
    const int kills = qMax(100, qEnvironmentVariableIntValue("COPYDESK_CRASH_KILLS"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    // The delays before each kill come from a seed printed here: a failure is replayed with
    // COPYDESK_CRASH_SEED=that seed.
    const quint32 seed = qEnvironmentVariableIsSet("COPYDESK_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("COPYDESK_CRASH_SEED"))
        : QRandomGenerator::global()->bounded(1u << 30);
    qInfo("kill delays from seed %u (replay: COPYDESK_CRASH_SEED=%u)", seed, seed);
    QRandomGenerator delays(seed);
    int printedTotal = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(COPYDESK_SAVECHILD),
                    { m_store, QString::number(article.id), QStringLiteral("jane") });
        QVERIFY(child.waitForStarted());
        QTest::qWait(int(delays.bounded(5, 90)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QList<int> printed;
        const auto lines = QString::fromUtf8(child.readAllStandardOutput())
                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            if (line.startsWith(QStringLiteral("saved ")))
                printed << line.mid(6).toInt();
        printedTotal += int(printed.size());

        db::Database check;
        QVERIFY2(check.open(m_store, db::Database::OpenMode::MustExist).ok(),
                 "the store opens after a kill");
        const auto problems = check.check();
        QVERIFY2(problems.ok() && problems->isEmpty(),
                 qPrintable(problems ? problems->join(QLatin1Char(';')) : problems.errorString()));
        db::ArticleStore articles(check);
        const auto stored = articles.get(article.id);
        QVERIFY(stored.ok());
        QSet<int> versions;
        for (const db::Revision &r : articles.revisions(article.id).value())
            versions.insert(r.version);
        for (int v : std::as_const(printed)) {
            QVERIFY2(
                versions.contains(v),
                qPrintable(QStringLiteral("version %1 was reported saved and is missing").arg(v)));
            QVERIFY(stored->version >= v);
        }
        // The article's text is the text of its newest revision, never half of one.
        QVERIFY(stored->body.startsWith(
                    QStringLiteral("Paragraph written at version %1.").arg(stored->version))
                || stored->version == 1);
    }
    qInfo("%d kills, %d saves reported and found", kills, printedTotal);
    QVERIFY(printedTotal > 0);
}

void TestSafety::twoProcessesSaveFromTheSameVersion()
{
    const db::Article article = createArticle();
    m_newsroom->close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    QList<QProcess *> writers;
    for (int i = 0; i < 2; ++i) {
        const QString file = m_fx->filePath(QStringLiteral("mine-%1.md").arg(i));
        QFile body(file);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(QStringLiteral("Writer %1's text.\n").arg(i).toUtf8());
        body.close();
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(COPYDESK_BINARY),
                 { QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                   QStringLiteral("jane"), QStringLiteral("update"), QString::number(article.id),
                   QStringLiteral("--body-file"), file, QStringLiteral("--expect-version"),
                   QStringLiteral("1") });
        writers << p;
    }
    QList<int> codes;
    QString loserMessage;
    for (QProcess *p : std::as_const(writers)) {
        QVERIFY(p->waitForFinished(30000));
        codes << p->exitCode();
        if (p->exitCode() == 3)
            loserMessage = QString::fromUtf8(p->readAllStandardError());
        delete p;
    }
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, QList<int>({ 0, 3 }));
    QVERIFY2(loserMessage.contains(QStringLiteral("nothing was overwritten")),
             qPrintable(loserMessage));
    QVERIFY(m_newsroom->open(m_store, app::Newsroom::OpenMode::MustExist));
    const auto stored = m_newsroom->archive().article(article.id).value();
    QCOMPARE(stored.version, 2);
    QVERIFY(stored.body.contains(QStringLiteral("'s text.")));
}

void TestSafety::backupWhileAnotherProcessWrites()
{
    const db::Article article = createArticle();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(COPYDESK_SAVECHILD),
                { m_store, QString::number(article.id), QStringLiteral("jane") });
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY(child.bytesAvailable() > 0 || child.waitForReadyRead(100)); // it is writing
    for (int i = 0; i < 5; ++i) {
        const QString copy = m_fx->filePath(QStringLiteral("backup-%1.sqlite").arg(i));
        const auto r = m_newsroom->backupStore(m_newsroom->path(), copy);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        if (m_fx->isServer()) {
            // pg_dump's archive: its header, and pg_restore reads its table of contents.
            QFile dump(copy);
            QVERIFY(dump.open(QIODevice::ReadOnly));
            QVERIFY(dump.read(5) == "PGDMP");
            QProcess list;
            list.start(QStringLiteral("pg_restore"), { QStringLiteral("--list"), copy });
            QVERIFY(list.waitForFinished());
            QCOMPARE(list.exitCode(), 0);
            QVERIFY(list.readAllStandardOutput().contains("TABLE DATA newsroom articles"));
            continue;
        }
        db::Database backup;
        QVERIFY(backup.open(copy, db::Database::OpenMode::MustExist).ok());
        QVERIFY(backup.check()->isEmpty());
        QVERIFY(db::ArticleStore(backup).get(article.id).ok());
        QTest::qWait(30);
    }
    child.kill();
    child.waitForFinished();
    QVERIFY(QString::fromUtf8(child.readAllStandardOutput()).count(QStringLiteral("saved")) > 0);
    QCOMPARE(QDir(m_fx->folder())
                 .entryList({ QStringLiteral(".backup-*") }, QDir::Files | QDir::Hidden)
                 .size(),
             0);
}

void TestSafety::damagedStoresGiveAClearMessage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("bytes overwritten in the middle") << QStringLiteral("overwrite");
    QTest::newRow("cut in half") << QStringLiteral("truncate");
    QTest::newRow("header overwritten") << QStringLiteral("header");
}

void TestSafety::damagedStoresGiveAClearMessage()
{
    QFETCH(QString, damage);
    if (m_fx->isServer())
        QSKIP("a damaged store file is SQLite's case; the server keeps its own files");
    for (int i = 0; i < 30; ++i)
        createArticle(QStringLiteral("Words and more words. ").repeated(100));
    m_newsroom->close();
    const QString copy = m_fx->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_store, copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    if (damage == QLatin1String("overwrite")) {
        file.seek(size / 3);
        file.write(QByteArray(8192, '\x5a'));
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(file.resize(size / 2));
    } else {
        file.seek(0);
        file.write(QByteArray(100, '\x00'));
    }
    file.close();
    for (const QStringList &command :
         { QStringList { QStringLiteral("db"), QStringLiteral("check") },
           QStringList { QStringLiteral("list"), QStringLiteral("--search"),
                         QStringLiteral("words") },
           QStringList { QStringLiteral("show"), QStringLiteral("20") } }) {
        auto runOn = [&command](const QString &store, QString *err) {
            QProcess p;
            p.start(QStringLiteral(COPYDESK_BINARY),
                    QStringList { QStringLiteral("--database"), store } + command);
            if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
                return std::pair(-1, QString()); // a crash or a hang
            *err = QString::fromUtf8(p.readAllStandardError());
            return std::pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
        };
        QString err;
        const auto [code, out] = runOn(copy, &err);
        QVERIFY2(code == 0 || code == 2, qPrintable(err)); // never a crash
        if (code == 2) {
            QVERIFY2(err.startsWith(QStringLiteral("copydesk: ")), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("damaged"))
                         || err.contains(QStringLiteral("not a Copydesk store"))
                         || err.contains(QStringLiteral("problem")),
                     qPrintable(err));
            // Nothing half-read (db check's report of what it found aside).
            if (command.first() != QLatin1String("db"))
                QVERIFY2(out.isEmpty(),
                         qPrintable(command.join(u' ') + QStringLiteral(": ") + out));
        } else {
            // The damage missed what this command reads: it shows exactly what the undamaged
            // store shows, never something half-read.
            QString clean;
            const auto [originalCode, original] = runOn(m_store, &clean);
            QCOMPARE(originalCode, 0);
            QVERIFY(!original.isEmpty());
            QCOMPARE(out, original);
        }
        if (command.first() == QLatin1String("db"))
            QVERIFY2(code == 2, "db check reports the damage");
    }
}

void TestSafety::fullDiskKeepsTheStoreAsItWas()
{
    if (m_fx->isServer())
        QSKIP("a full disk is played here by SQLite's max_page_count; the server's own disk "
              "is the administrator's");
    const db::Article article = createArticle();
    QSqlQuery q(app::contextOf(*m_newsroom).database.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    db::Article big = article;
    big.body = QStringLiteral("A long paragraph that will not fit. ").repeated(4000);
    const auto saved = m_newsroom->archive().saveArticle(big, article.version, m_chief);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.errorString().contains(QStringLiteral("full")), qPrintable(saved.errorString()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    const auto stored = m_newsroom->archive().article(article.id).value();
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.body, article.body);
    QVERIFY(m_newsroom->checkStore(m_newsroom->path())->isEmpty());
    QVERIFY(
        m_newsroom->archive().saveArticle(big, article.version, m_chief).ok()); // and then it fits
}

void TestSafety::networkFileSystemsAreRecognised_data()
{
    QTest::addColumn<quint64>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("NFS") << quint64(0x6969) << QStringLiteral("NFS");
    QTest::newRow("SMB") << quint64(0x517B) << QStringLiteral("SMB");
    QTest::newRow("CIFS") << quint64(0xFF534D42) << QStringLiteral("CIFS");
    QTest::newRow("SMB2") << quint64(0xFE534D42) << QStringLiteral("SMB2");
    QTest::newRow("ext4 is local") << quint64(0xEF53) << QString();
    QTest::newRow("tmpfs is local") << quint64(0x01021994) << QString();
}

void TestSafety::networkFileSystemsAreRecognised()
{
    QFETCH(quint64, type);
    QFETCH(QString, name);
    QCOMPARE(db::Database::networkFileSystemType(type), name);
    QCOMPARE(db::Database::networkFileSystemName(m_fx->folder()),
             QString()); // the test folder is local
}

void TestSafety::storeOnANetworkFileSystemIsRefused()
{
    if (m_fx->isServer())
        QSKIP("a store file's own file system is SQLite's case");
    // Every folder "is on NFS" for this test, and only until it ends.
    db::Database::setFileSystemProbeForTests([](const QString &) { return QStringLiteral("NFS"); });
    const auto local = qScopeGuard([] { db::Database::setFileSystemProbeForTests(nullptr); });
    const QString fresh = m_fx->filePath(QStringLiteral("shared/newsroom.sqlite"));
    for (const QString &path : { fresh, m_store }) {
        app::Newsroom newsroom;
        const auto opened = newsroom.open(path, app::Newsroom::OpenMode::CreateIfMissing);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.errorString(),
                 QStringLiteral("%1 is on a network file system (NFS), where SQLite's locking "
                                "cannot keep a shared store safe; use a PostgreSQL store for a "
                                "newsroom that shares one")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    QVERIFY(!QFile::exists(fresh)); // nothing was made there
}

void TestSafety::editLocksShowWhoAndTakeOverNeedsTheLevel()
{
    const db::Article article = createArticle();
    const app::Actor sam = hire(QStringLiteral("sam"), QStringLiteral("contributor"));
    const app::Actor amira = hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    QVERIFY(m_newsroom->editing().lockForEditing(m_chief, article.id).ok());

    // Another machine, another connection: as a second copy of Copydesk would be.
    app::Newsroom other;
    other.setClock([this] { return m_now; });
    other.setMachine(QStringLiteral("DESK-1"));
    QVERIFY(other.open(m_store, app::Newsroom::OpenMode::MustExist));
    const auto busy = other.editing().lockForEditing(sam, article.id);
    QCOMPARE(busy.error().kind, Error::Kind::Conflict);
    QCOMPARE(busy.errorString(),
             QStringLiteral("being edited by Jane Doe on LAPTOP-3 since %1")
                 .arg(m_now.toLocalTime().toString(QStringLiteral("HH:mm"))));
    QCOMPARE(other.editing().lockForEditing(sam, article.id, true).error().kind,
             Error::Kind::NotPermitted);
    m_now = m_now.addSecs(30);
    QVERIFY(other.editing().lockForEditing(amira, article.id, true).ok()); // a deputy takes over
    // Jane is told at her next save, and nothing is written.
    db::Article janes = article;
    janes.body = QStringLiteral("Jane's text.\n");
    const auto refused = m_newsroom->archive().saveArticle(janes, article.version, m_chief);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.errorString().startsWith(QStringLiteral("Amira is editing article")),
             qPrintable(refused.errorString()));
    QCOMPARE(m_newsroom->archive().article(article.id)->version, 1);
    // A lock not renewed for two minutes lapses: nobody is shown as editing it, and a save
    // that takes no lock (the command line's) goes through.
    m_now = m_now.addSecs(app::EditingService::LockSeconds + 1);
    QVERIFY(!m_newsroom->editing().lockedByOther(m_chief, article.id).has_value());
    QVERIFY(!other.editing().lockedByOther(sam, article.id).has_value());
    db::Article sams = article;
    sams.body = QStringLiteral("Sam's text, saved after Amira's lock ran out.\n");
    const auto lapsed = m_newsroom->archive().saveArticle(sams, article.version, m_chief);
    QVERIFY2(lapsed.ok(), qPrintable(lapsed.errorString()));
    QVERIFY(m_newsroom->editing().lockForEditing(m_chief, article.id).ok());
    QVERIFY(m_newsroom->archive().saveArticle(janes, article.version + 1, m_chief).ok());
    QVERIFY(m_newsroom->editing().releaseLock(m_chief, article.id).ok());
    QVERIFY(!app::contextOf(*m_newsroom).recovery.lock(article.id).value().has_value());
}

void TestSafety::autosaveMakesNoRevisionAndNoFalseConflict()
{
    const db::Article article = createArticle();
    db::Autosave slot;
    slot.articleId = article.id;
    slot.headline = article.headline;
    slot.body = QStringLiteral("Unsaved words.\n");
    slot.baseVersion = article.version;
    QVERIFY(m_newsroom->editing().autosave(m_chief, slot).ok());
    slot.body = QStringLiteral("More unsaved words.\n");
    QVERIFY(m_newsroom->editing().autosave(m_chief, slot).ok()); // the same slot, replaced
    db::Autosave draft;
    draft.draftKey = QStringLiteral("new-1");
    draft.headline = QStringLiteral("Never saved");
    draft.body = QStringLiteral("A new article.\n");
    QVERIFY(m_newsroom->editing().autosave(m_chief, draft).ok());
    const auto slots = m_newsroom->editing().autosaves(m_chief).value();
    QCOMPARE(slots.size(), 2);
    QCOMPARE(m_newsroom->archive().article(article.id)->version, 1);
    QCOMPARE(m_newsroom->archive().revisions(article.id)->size(), 1);
    // Her own autosave is not someone else's save: saving from version 1 goes through.
    db::Article saved = article;
    saved.body = QStringLiteral("More unsaved words.\n");
    QCOMPARE(m_newsroom->archive().saveArticle(saved, 1, m_chief).value(), 2);
    const auto left = m_newsroom->editing().autosaves(m_chief).value();
    QCOMPARE(left.size(), 1); // the save cleared its slot
    QCOMPARE(left.first().draftKey, QStringLiteral("new-1"));
}

void TestSafety::restoreMakesANewRevisionWithTheExactText()
{
    const QString original = QStringLiteral(
        "‘Exact’ text — with *emphasis*, 서울 and a [link](https://e.org/?a=1&b=2).\n");
    const db::Article article = createArticle(original);
    for (int i = 2; i <= 4; ++i) {
        db::Article changed = m_newsroom->archive().article(article.id).value();
        changed.body = QStringLiteral("Version %1.\n").arg(i);
        QVERIFY(m_newsroom->archive().saveArticle(changed, changed.version, m_chief).ok());
    }
    QCOMPARE(m_newsroom->archive().restoreRevision(m_chief, article.id, 1, 4).value(), 5);
    const auto stored = m_newsroom->archive().article(article.id).value();
    QCOMPARE(stored.body, original);
    const auto revisions = m_newsroom->archive().revisions(article.id).value();
    QCOMPARE(revisions.size(), 5); // nothing rewritten
    QCOMPARE(revisions.first().note, QStringLiteral("restored version 1"));
    QCOMPARE(m_newsroom->archive().restoreRevision(m_chief, article.id, 2, 4).error().kind,
             Error::Kind::Conflict); // stale
    QCOMPARE(m_newsroom->archive().restoreRevision(m_chief, article.id, 99, 5).error().kind,
             Error::Kind::NotFound);
}

void TestSafety::wordDiffMarksInsertionsAndDeletions()
{
    const auto segments
        = app::WordDiff::compare(QStringLiteral("The council met on Tuesday."),
                                 QStringLiteral("The city council met on Wednesday."));
    QCOMPARE(app::WordDiff::toText(segments),
             QStringLiteral("The {+city +}council met on [-Tuesday-]{+Wednesday+}."));
    QCOMPARE(app::WordDiff::changes(segments), 3);
    QVERIFY(app::WordDiff::toHtml(segments).contains(QStringLiteral(">Wednesday</ins>")));
    const QString escaped = app::WordDiff::toHtml(
        app::WordDiff::compare(QStringLiteral("<b>"), QStringLiteral("<i>")));
    QVERIFY(escaped.startsWith(QStringLiteral("&lt;")));
    QVERIFY(!escaped.contains(QStringLiteral("<b>")) && !escaped.contains(QStringLiteral("<i>")));
    QCOMPARE(app::WordDiff::changes(
                 app::WordDiff::compare(QStringLiteral("same"), QStringLiteral("same"))),
             0);
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
