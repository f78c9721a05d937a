// The store: migrations, refusal of what is not ours, saves against a version, paging and search.
// Runs on SQLite, and as tst_store_postgresql on a PostgreSQL server (test::TestServer).

#include "db/articlestore.h"
#include "db/database.h"
#include "db/peoplestore.h"
#include "db/transaction.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace copydesk::db;
using copydesk::Error;
using copydesk::Result;
using copydesk::Status;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void freshStoreIsMigrated();
    void migratingTwiceChangesNothing();
    void newerSchemaIsRefused();
    void refusesWhatIsNotAStore_data();
    void refusesWhatIsNotAStore();
    void missingStoreIsNotCreatedWhenItMustExist();
    void serverDatabaseWithOtherTablesIsRefused();
    void twoMachinesMigratingAtOnceApplyEachMigrationOnce();
    void pragmasAreSet();
    void saveAgainstCurrentVersion();
    void staleSaveIsAConflictAndOverwritesNothing();
    void saveOfUnknownArticle();
    void failedWriteLeavesStoreAsItWas();
    void nestedTransactionsAreOneWrite();
    void listingIsPaged();
    void listingFilters();
    void searchFindsRanksAndHighlights();
    void searchFollowsEdits();
    void searchIgnoresAccents_data();
    void searchIgnoresAccents();
    void searchFindsWhatSQLiteFinds();
    void searchTakesAnyTypedText_data();
    void searchTakesAnyTypedText();
    void busyStoreFailsWithAClearMessage();
    void interruptStopsARunningQuery();
    void publishedWithoutBodiesHasEverythingButTheBody();
    void checkFindsNothingWrongInAGoodStore();

private:
    Article article(const QString &headline, const QString &body = {}, const QString &section = {});
    bool onServer() const { return m_db->isServer(); }
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = copydesk::test::TestServer::isEnabled()
        ? copydesk::test::TestServer::createDatabase()
        : m_dir->filePath(QStringLiteral("store.sqlite"));
    m_db = std::make_unique<Database>();
    auto opened = m_db->open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    auto migrated = m_db->migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.errorString()));
}

void TestStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
    if (copydesk::test::TestServer::isEnabled())
        copydesk::test::TestServer::dropDatabase(m_path);
}

Article TestStore::article(const QString &headline, const QString &body, const QString &section)
{
    Article a;
    a.headline = headline;
    a.slug = headline.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    a.body = body;
    a.section = section;
    return a;
}

void TestStore::freshStoreIsMigrated()
{
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QSqlQuery q(m_db->connection());
    // The search index is FTS5's table on SQLite, a GIN index over a tsvector on PostgreSQL.
    const QString search
        = onServer() ? QStringLiteral("articles_search") : QStringLiteral("articles_fts");
    for (const QString &table :
         { QStringLiteral("people"), QStringLiteral("appointments"), QStringLiteral("sections"),
           QStringLiteral("articles"), QStringLiteral("article_authors"), QStringLiteral("tags"),
           QStringLiteral("article_tags"), QStringLiteral("revisions"), QStringLiteral("notes"),
           QStringLiteral("audit_log"), QStringLiteral("dictionary_words"), QStringLiteral("locks"),
           QStringLiteral("autosaves"), QStringLiteral("settings"), search,
           QStringLiteral("schema_migrations") }) {
        // (On a server, a table and its view share a name: schema 6.)
        q.prepare(onServer()
                      ? QStringLiteral("SELECT least(count(*), 1) FROM pg_class WHERE relname = ?")
                      : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
        q.addBindValue(table);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(table));
    }
    if (onServer())
        return; // no file header to stamp
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::applicationId);
}

void TestStore::migratingTwiceChangesNothing()
{
    ArticleStore store(*m_db);
    QVERIFY(store.create(article(QStringLiteral("Kept")), 0).ok());
    auto again = m_db->migrate();
    QVERIFY(again.ok());
    QCOMPARE(*again, 0);
    m_db->close();
    QVERIFY(m_db->open(m_path, Database::OpenMode::MustExist).ok());
    QCOMPARE(m_db->migrate().value(), 0);
    QCOMPARE(ArticleStore(*m_db).count({}).value(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
}

void TestStore::newerSchemaIsRefused()
{
    QVERIFY(
        m_db->exec(QStringLiteral(
                       "INSERT INTO schema_migrations VALUES (999, '2030-01-01T00:00:00.000Z')"),
                   QStringLiteral("test"))
            .ok());
    m_db->close();
    const auto opened = m_db->open(m_path, Database::OpenMode::MustExist);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Invalid);
    QVERIFY2(opened.errorString().contains(QStringLiteral("newer Copydesk")),
             qPrintable(opened.errorString()));
    QVERIFY(!m_db->isOpen());
    // Left as it was: the newer version is still recorded.
    if (onServer()) {
        copydesk::test::ServerConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 999);
        return;
    }
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(m_path);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 999);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestStore::refusesWhatIsNotAStore_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a text file")
        << QByteArray("Dear editor,\nthis is a letter, not a store.\n").repeated(200)
        << QStringLiteral("not a Copydesk store");
    QByteArray header("SQLite format 3\0", 16);
    QTest::newRow("a truncated SQLite header")
        << header + QByteArray(40, '\x01') << QStringLiteral("not a Copydesk store");
}

void TestStore::refusesWhatIsNotAStore()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Database db;
    const auto opened = db.open(path, Database::OpenMode::MustExist);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorString().contains(expected), qPrintable(opened.errorString()));
    QVERIFY2(opened.errorString().contains(QStringLiteral("other.sqlite")),
             qPrintable(opened.errorString()));
    // Nothing was written into it.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestStore::missingStoreIsNotCreatedWhenItMustExist()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.sqlite"));
    Database db;
    const auto opened = db.open(path, Database::OpenMode::MustExist);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestStore::serverDatabaseWithOtherTablesIsRefused()
{
    if (!copydesk::test::TestServer::isEnabled())
        QSKIP("needs a PostgreSQL server: this runs in tst_store_postgresql");
    const QString other = copydesk::test::TestServer::createDatabase();
    {
        copydesk::test::ServerConnection raw(other);
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE invoices (id int, total numeric)")),
                 QString());
    }
    Database db;
    for (auto mode : { Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing }) {
        const auto opened = db.open(other, mode);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Invalid);
        QVERIFY2(opened.errorString().contains(QStringLiteral("not a Copydesk newsroom")),
                 qPrintable(opened.errorString()));
    }
    {
        // Nothing was added to it.
        copydesk::test::ServerConnection raw(other);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "'public'"))
                     .toInt(),
                 1);
    }
    copydesk::test::TestServer::dropDatabase(other);

    // A database that does not exist is named, and not created.
    const QString missing = QString(other).replace(QStringLiteral("copydesk_test_"),
                                                   QStringLiteral("copydesk_missing_"));
    const auto opened = db.open(missing, Database::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::NotFound);
    QVERIFY2(opened.errorString().contains(QStringLiteral("createdb")),
             qPrintable(opened.errorString()));
}

void TestStore::twoMachinesMigratingAtOnceApplyEachMigrationOnce()
{
    // Two programs open the same new store and migrate at the same moment, five times over.
    // Each migration is applied once and neither fails: the second waits for the first and
    // then finds the work done (PostgreSQL: an advisory lock; SQLite: BEGIN IMMEDIATE).
    for (int round = 0; round < 5; ++round) {
        const QString fresh = onServer()
            ? copydesk::test::TestServer::createDatabase()
            : m_dir->filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
        std::atomic<int> ready { 0 };
        Result<int> results[2] = { copydesk::failure(Error::Kind::Failed, QString()),
                                   copydesk::failure(Error::Kind::Failed, QString()) };
        auto machine = [&](int which) {
            Database db; // a connection of this thread's own
            const auto opened = db.open(fresh, Database::OpenMode::CreateIfMissing);
            ++ready;
            while (ready < 2)
                std::this_thread::yield();
            results[which] = opened ? db.migrate() : Result<int>(opened.error());
        };
        std::thread first(machine, 0);
        std::thread second(machine, 1);
        first.join();
        second.join();
        QVERIFY2(results[0].ok(), qPrintable(results[0].errorString()));
        QVERIFY2(results[1].ok(), qPrintable(results[1].errorString()));
        QCOMPARE(*results[0] + *results[1], Database::latestSchemaVersion());
        Database check;
        QVERIFY(check.open(fresh, Database::OpenMode::MustExist).ok());
        QCOMPARE(check.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(check.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
        q.finish();
        check.close();
        if (onServer())
            copydesk::test::TestServer::dropDatabase(fresh);
    }
}

void TestStore::pragmasAreSet()
{
    if (onServer()) {
        // The connection's settings: a five-second wait for a lock, UTC.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SHOW lock_timeout")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("5s"));
        QVERIFY(q.exec(QStringLiteral("SHOW TimeZone")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("UTC"));
        return;
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5000);
}

void TestStore::saveAgainstCurrentVersion()
{
    ArticleStore store(*m_db);
    auto created = store.create(article(QStringLiteral("Bus station plan"),
                                        QStringLiteral("First text."), QStringLiteral("News")),
                                0);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QCOMPARE(created->version, 1);
    QCOMPARE(created->section, QStringLiteral("News"));
    Article changed = *created;
    changed.body = QStringLiteral("Second text.");
    changed.tags = { QStringLiteral("transport"), QStringLiteral("council") };
    const auto version = store.save(changed, 1, 0);
    QVERIFY2(version.ok(), qPrintable(version.errorString()));
    QCOMPARE(*version, 2);
    const auto read = store.get(created->id);
    QCOMPARE(read->body, QStringLiteral("Second text."));
    QCOMPARE(read->version, 2);
    QCOMPARE(read->tags, QStringList({ QStringLiteral("council"), QStringLiteral("transport") }));
    QCOMPARE(store.revisions(created->id)->size(), 2);
}

void TestStore::staleSaveIsAConflictAndOverwritesNothing()
{
    ArticleStore store(*m_db);
    const auto created
        = store.create(article(QStringLiteral("Shared story"), QStringLiteral("Original.")), 0);
    Article first = *created;
    first.body = QStringLiteral("Jane's edit.");
    QCOMPARE(store.save(first, 1, 0).value(), 2);

    Article second = *created; // started from version 1 too
    second.body = QStringLiteral("Sam's edit.");
    const auto refused = store.save(second, 1, 0);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY(refused.errorString().contains(QStringLiteral("version 2")));
    QCOMPARE(store.get(created->id)->body, QStringLiteral("Jane's edit."));
    QCOMPARE(store.get(created->id)->version, 2);
    QCOMPARE(store.revisions(created->id)->size(), 2);
}

void TestStore::saveOfUnknownArticle()
{
    ArticleStore store(*m_db);
    Article ghost = article(QStringLiteral("Ghost"));
    ghost.id = 4242;
    const auto result = store.save(ghost, 1, 0);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::NotFound);
    QCOMPARE(store.get(4242).error().kind, Error::Kind::NotFound);
}

void TestStore::failedWriteLeavesStoreAsItWas()
{
    ArticleStore store(*m_db);
    Article a = article(QStringLiteral("Bad byline"), QStringLiteral("Text"),
                        QStringLiteral("Brand new section"));
    a.authorIds = { 999 }; // nobody: the foreign key fails after the article row was inserted
    const auto result = store.create(a, 0);
    QVERIFY(!result.ok());
    QCOMPARE(store.count({}).value(), 0);
    QVERIFY(store.sections()->isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM revisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStore::nestedTransactionsAreOneWrite()
{
    ArticleStore store(*m_db);
    {
        Transaction outer(*m_db);
        QVERIFY(outer.begin().ok());
        QVERIFY(store.create(article(QStringLiteral("One")), 0).ok());
        QVERIFY(store.create(article(QStringLiteral("Two")), 0).ok());
        // outer is not committed: both are rolled back
    }
    QCOMPARE(store.count({}).value(), 0);
}

void TestStore::listingIsPaged()
{
    ArticleStore store(*m_db);
    {
        Transaction batch(*m_db);
        QVERIFY(batch.begin().ok());
        for (int i = 0; i < 250; ++i)
            QVERIFY(store.create(article(QStringLiteral("Story %1").arg(i)), 0).ok());
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(store.count({}).value(), 250);
    QSet<qint64> seen;
    QList<int> sizes;
    for (int offset = 0; offset < 300; offset += 100) {
        ArticleQuery q;
        q.offset = offset;
        q.limit = 100;
        const auto page = store.list(q);
        QVERIFY(page.ok());
        sizes << int(page->size());
        for (const ArticleSummary &row : *page)
            seen.insert(row.id);
    }
    QCOMPARE(sizes, QList<int>({ 100, 100, 50 }));
    QCOMPARE(seen.size(), 250);
    // Newest first: the last created comes first.
    ArticleQuery first;
    first.limit = 1;
    QCOMPARE(store.list(first)->first().headline, QStringLiteral("Story 249"));
    first.sort = ArticleQuery::Sort::Headline;
    first.order = Qt::AscendingOrder;
    QCOMPARE(store.list(first)->first().headline, QStringLiteral("Story 0"));
}

void TestStore::listingFilters()
{
    ArticleStore store(*m_db);
    PeopleStore people(*m_db);
    Person jane;
    jane.username = QStringLiteral("jane");
    jane.displayName = QStringLiteral("Jane Doe");
    const qint64 janeId = people.add(jane).value();
    Article a = article(QStringLiteral("Global one"), {}, QStringLiteral("Global"));
    a.authorIds = { janeId };
    QVERIFY(store.create(a, janeId).ok());
    Article b = article(QStringLiteral("News one"), {}, QStringLiteral("News"));
    b.status = Status::Published;
    QVERIFY(store.create(b, 0).ok());

    ArticleQuery q;
    q.section = QStringLiteral("Global");
    QCOMPARE(store.list(q)->size(), 1);
    QCOMPARE(store.list(q)->first().byline, QStringLiteral("Jane Doe"));
    q = {};
    q.status = Status::Published;
    QCOMPARE(store.list(q)->first().headline, QStringLiteral("News one"));
    q = {};
    q.author = QStringLiteral("jane");
    QCOMPARE(store.list(q)->first().headline, QStringLiteral("Global one"));
    QCOMPARE(store.sections().value(),
             QStringList({ QStringLiteral("Global"), QStringLiteral("News") }));
}

void TestStore::searchFindsRanksAndHighlights()
{
    ArticleStore store(*m_db);
    QVERIFY(
        store
            .create(article(QStringLiteral("Rowing club wins title"),
                            QStringLiteral("The council budget was not discussed at the regatta.")),
                    0)
            .ok());
    QVERIFY(
        store
            .create(article(QStringLiteral("Council budget row deepens"),
                            QStringLiteral("Councillors argued about the budget for five hours.")),
                    0)
            .ok());
    QVERIFY(
        store
            .create(article(QStringLiteral("Library hours"), QStringLiteral("Open late in May.")),
                    0)
            .ok());

    ArticleQuery q;
    q.search = QStringLiteral("budget");
    q.sort = ArticleQuery::Sort::Relevance;
    const auto hits = store.list(q);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 2);
    // The headline match ranks first.
    QCOMPARE(hits->first().headline, QStringLiteral("Council budget row deepens"));
    const QString marked = QString(ArticleSummary::snippetStart) + QStringLiteral("budget")
        + QString(ArticleSummary::snippetEnd);
    QVERIFY2(hits->first().snippet.contains(marked, Qt::CaseInsensitive),
             qPrintable(hits->first().snippet));
    QCOMPARE(store.count(q).value(), 2);

    q.search = QStringLiteral("budg"); // while typing: a prefix
    QCOMPARE(store.list(q)->size(), 2);
    q.search = QStringLiteral("regatta council");
    QCOMPARE(store.list(q)->size(), 1);
    q.search = QStringLiteral("nothing-like-this");
    QCOMPARE(store.list(q)->size(), 0);
    // Quoted, the words must stand together, in that order.
    q.search = QStringLiteral("\"council budget\"");
    QCOMPARE(store.list(q)->size(), 2);
    q.search = QStringLiteral("\"budget council\"");
    QCOMPARE(store.list(q)->size(), 0);
    q.search = QStringLiteral("\"argued about\" budget");
    QCOMPARE(store.list(q)->size(), 1);
    QCOMPARE(store.count(q).value(), 1);
    q.search = QStringLiteral("\"about the budg"); // the quote not closed yet: words one by one
    QCOMPARE(store.list(q)->size(), 1);
}

void TestStore::searchFollowsEdits()
{
    ArticleStore store(*m_db);
    const auto created = store.create(
        article(QStringLiteral("Plan"), QStringLiteral("An old word: zeppelin.")), 0);
    Article changed = *created;
    changed.body = QStringLiteral("A new word: dirigible.");
    QVERIFY(store.save(changed, 1, 0).ok());
    ArticleQuery q;
    q.search = QStringLiteral("zeppelin ");
    QCOMPARE(store.list(q)->size(), 0);
    q.search = QStringLiteral("dirigible ");
    QCOMPARE(store.list(q)->size(), 1);
}

void TestStore::searchIgnoresAccents_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("cafe finds café") << QStringLiteral("cafe ");
    QTest::newRow("café finds café") << QStringLiteral("café ");
    QTest::newRow("wisniewski finds Wiśniewski") << QStringLiteral("wisniewski ");
    QTest::newRow("a prefix without its accent") << QStringLiteral("Wisniew");
}

void TestStore::searchIgnoresAccents()
{
    QFETCH(QString, typed);
    ArticleStore store(*m_db);
    QVERIFY(store
                .create(article(QStringLiteral("Night café to stay open"),
                                QStringLiteral("Tomasz Wiśniewski reports.")),
                        0)
                .ok());
    QVERIFY(store.create(article(QStringLiteral("Council budget")), 0).ok());
    ArticleQuery q;
    q.search = typed;
    const auto found = store.list(q);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().headline, QStringLiteral("Night café to stay open"));
}

void TestStore::searchFindsWhatSQLiteFinds()
{
    if (!onServer())
        QSKIP("compares the engines: this runs in tst_store_postgresql");
    // The same archive in a store file beside the server's newsroom.
    Database file;
    QVERIFY(file.open(m_dir->filePath(QStringLiteral("same.sqlite")),
                      Database::OpenMode::CreateIfMissing)
                .ok());
    QVERIFY(file.migrate().ok());
    ArticleStore there(file);
    ArticleStore here(*m_db);
    const QStringList words
        = { QStringLiteral("council"), QStringLiteral("budget"),  QStringLiteral("buses"),
            QStringLiteral("minutes"), QStringLiteral("library"), QStringLiteral("flood") };
    for (int i = 0; i < 60; ++i) {
        const QString headline = QStringLiteral("%1 story %2").arg(words.at(i % 6)).arg(i);
        const QString body = QStringLiteral("The %1 and the %2 were discussed at length; item %3.")
                                 .arg(words.at((i * 5) % 6), words.at((i * 7 + 1) % 6))
                                 .arg(i);
        QVERIFY(there.create(article(headline, body), 0).ok());
        QVERIFY(here.create(article(headline, body), 0).ok());
    }
    for (const QString &typed :
         { QStringLiteral("council "), QStringLiteral("budget buses "), QStringLiteral("item 7"),
           QStringLiteral("libr"), QStringLiteral("flood minutes "),
           QStringLiteral("nothing matches this ") }) {
        ArticleQuery q;
        q.search = typed;
        q.limit = 100;
        const auto a = there.list(q);
        const auto b = here.list(q);
        QVERIFY(a.ok() && b.ok());
        QSet<qint64> ids;
        QSet<qint64> same;
        for (const auto &row : *a)
            ids.insert(row.id);
        for (const auto &row : *b)
            same.insert(row.id);
        QVERIFY2(ids == same, qPrintable(typed)); // the same articles…
        if (!a->isEmpty()) // …and the same one first (a headline match outranks a body match)
            QVERIFY2(a->first().headline.section(QLatin1Char(' '), 0, 0)
                         == b->first().headline.section(QLatin1Char(' '), 0, 0),
                     qPrintable(typed));
        QCOMPARE(there.count(q).value(), here.count(q).value());
    }
}

void TestStore::searchTakesAnyTypedText_data()
{
    // Typed text is words, never the engine's syntax: "AND" and "headline:" are words the
    // article "Council budget" does not have. found: how many articles it finds.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("found");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"budget") << 1;
    QTest::newRow("fts operators") << QStringLiteral("budget AND OR NOT") << 0;
    QTest::newRow("column filter syntax") << QStringLiteral("headline:budget") << 0;
    QTest::newRow("stars and brackets") << QStringLiteral("*( budget )*") << 1;
    QTest::newRow("only punctuation") << QStringLiteral("-- ** ''") << 0;
    QTest::newRow("typographic quotes") << QStringLiteral("‘budget’") << 1;
    QTest::newRow("empty phrase") << QStringLiteral("\"\" budget \"  \"") << 1;
    QTest::newRow("phrase of punctuation") << QStringLiteral("\"-- !!\"") << 0;
    QTest::newRow("quote inside a word") << QStringLiteral("bud\"get\"") << 0;
    QTest::newRow("phrase then punctuation") << QStringLiteral("\"council budget\".") << 1;
    QTest::newRow("phrase then a question mark") << QStringLiteral("\"council budget\"?") << 1;
}

void TestStore::searchTakesAnyTypedText()
{
    QFETCH(QString, typed);
    QFETCH(int, found);
    ArticleStore store(*m_db);
    QVERIFY(
        store.create(article(QStringLiteral("Council budget"), QStringLiteral("Text.")), 0).ok());
    ArticleQuery q;
    q.search = typed;
    const auto hits = store.list(q);
    QVERIFY2(hits.ok(), qPrintable(hits.errorString()));
    QCOMPARE(int(hits->size()), found);
    QCOMPARE(int(store.count(q).value()), found);
}

void TestStore::interruptStopsARunningQuery()
{
    // A query that would run for minutes, stopped from another thread as a newer search stops
    // an older one.
    const QString endless = onServer()
        ? QStringLiteral("SELECT pg_sleep(120)")
        : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                         "WHERE x < 4000000000) SELECT count(*) FROM c");
    std::atomic<bool> stop { false };
    std::thread interrupter([&] {
        while (!stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            m_db->interrupt();
        }
    });
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_db->connection());
    const bool ran = query.exec(endless);
    stop = true;
    interrupter.join();
    QVERIFY(!ran);
    QVERIFY2(timer.elapsed() < 60000, "the query ran to its end");
    query.finish();
    // The connection goes on working.
    QVERIFY(query.exec(QStringLiteral("SELECT 1")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Nothing running: interrupting is harmless.
    m_db->interrupt();
    QVERIFY(query.exec(QStringLiteral("SELECT 2")) && query.next());
}

void TestStore::publishedWithoutBodiesHasEverythingButTheBody()
{
    ArticleStore store(*m_db);
    PeopleStore people(*m_db);
    Person jane;
    jane.username = QStringLiteral("jane");
    jane.displayName = QStringLiteral("Jane Doe");
    const qint64 janeId = people.add(jane).value();
    Article a;
    a.headline = QStringLiteral("Published one");
    a.slug = QStringLiteral("published-one");
    a.body = QStringLiteral("The body.");
    a.section = QStringLiteral("News");
    a.tags = { QStringLiteral("budget"), QStringLiteral("Council") };
    a.authorIds = { janeId };
    a.status = Status::Published;
    a.publishedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const qint64 published = store.create(a, 0)->id;
    a.headline = QStringLiteral("A draft");
    a.slug = QStringLiteral("a-draft");
    a.status = Status::Draft;
    a.publishedAt = {};
    const qint64 draft = store.create(a, 0)->id;
    const QString before = store.publishedFingerprint().value();

    const auto listed = store.publishedWithoutBodies();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    const Article &row = listed->first();
    QCOMPARE(row.id, published);
    QCOMPARE(row.headline, QStringLiteral("Published one"));
    QVERIFY(row.body.isEmpty());
    QCOMPARE(row.section, QStringLiteral("News"));
    QCOMPARE(row.tags, QStringList({ QStringLiteral("budget"), QStringLiteral("Council") }));
    QCOMPARE(row.authorNames, QStringList { QStringLiteral("Jane Doe") });
    QCOMPARE(row.publishedAt, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    const auto bodies = store.bodies({ published, draft });
    QCOMPARE(bodies->value(published), QStringLiteral("The body."));
    QCOMPARE(bodies->size(), 2);

    // Editing the draft leaves the fingerprint of the published articles alone; publishing it
    // changes it.
    Article edited = store.get(draft).value();
    edited.body = QStringLiteral("Changed.");
    QVERIFY(store.save(edited, edited.version, 0).ok());
    QCOMPARE(store.publishedFingerprint().value(), before);
    QVERIFY(
        store.setStatus(draft, Status::Draft, Status::Published, QDateTime::currentDateTimeUtc())
            .ok());
    QVERIFY(store.publishedFingerprint().value() != before);
}

void TestStore::busyStoreFailsWithAClearMessage()
{
    ArticleStore store(*m_db);
    const auto created = store.create(article(QStringLiteral("Locked out")), 0);
    if (onServer()) {
        // Another program holds the article's row beyond the 5 s lock_timeout.
        copydesk::test::ServerConnection other(m_path);
        QCOMPARE(other.exec(QStringLiteral("BEGIN")), QString());
        QCOMPARE(other.exec(QStringLiteral("SELECT * FROM newsroom.articles FOR UPDATE")),
                 QString());
        Article changed = *created;
        changed.body = QStringLiteral("Blocked.");
        const auto result = store.save(changed, 1, 0);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Busy);
        QVERIFY2(result.errorString().contains(QStringLiteral("locked by another program")),
                 qPrintable(result.errorString()));
        QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
        QCOMPARE(store.get(created->id)->version, 1);
        return;
    }
    // Another connection (as another program would) holds the write lock.
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Article changed = *created;
        changed.body = QStringLiteral("Blocked.");
        const auto result = store.save(changed, 1, 0);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Busy);
        QVERIFY2(result.errorString().contains(QStringLiteral("locked by another program")),
                 qPrintable(result.errorString()));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(store.get(created->id)->version, 1);
}

void TestStore::checkFindsNothingWrongInAGoodStore()
{
    ArticleStore store(*m_db);
    QVERIFY(store.create(article(QStringLiteral("Sound")), 0).ok());
    const auto problems = m_db->check();
    QVERIFY2(problems.ok(), qPrintable(problems.errorString()));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
