// Benchmarks: Copydesk's layers against the raw engines doing the same work in the same run.
// Figures are printed as ratios (ours / raw); nothing here asserts on time.

#include "app/body/commonmark.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/transaction.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>
#include <sqlite3.h>

using namespace copydesk;

namespace {

const int Articles = 2000;
const int Searches = 300;
const int Pages = 100;

QString bodyFor(int i)
{
    return QStringLiteral(
               "The council’s **budget** for year %1 was debated.\n\n‘We will not cut the buses,’ "
               "said "
               "the leader of council %1.\n\n- first point\n- second point\n\n> A quotation from "
               "the minutes, item %1.\n")
        .arg(i);
}

void report(const char *what, qint64 oursNs, qint64 rawNs, const char *raw)
{
    std::printf("bench: %-28s copydesk %8.2f ms   %-18s %8.2f ms   ratio %.2f\n", what,
                oursNs / 1e6, raw, rawNs / 1e6, rawNs > 0 ? double(oursNs) / double(rawNs) : 0.0);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString oursPath = dir.filePath(QStringLiteral("ours.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));

    app::Newsroom newsroom;
    if (!newsroom.open(oursPath, app::Newsroom::OpenMode::CreateIfMissing)) {
        std::fprintf(stderr, "cannot open store\n");
        return 1;
    }
    {
        app::Newsroom rawSchema; // the same schema for the raw engine
        if (!rawSchema.open(rawPath, app::Newsroom::OpenMode::CreateIfMissing))
            return 1;
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(rawPath.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return 1;
    exec(raw, "PRAGMA journal_mode=WAL");
    exec(raw, "PRAGMA synchronous=FULL");
    exec(raw, "PRAGMA foreign_keys=ON");

    // A benchmark that did not do its work measured nothing: it fails (exit 1) and says what.
    int failures = 0;
    auto check = [&failures](bool ok, const char *what) {
        if (!ok) {
            std::fprintf(stderr, "bench_store: %s\n", what);
            ++failures;
        }
    };
    const auto editor = newsroom.staff().createFirstAccount(
        QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
    if (!editor) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(editor.errorString()));
        return 1;
    }
    const auto actor = newsroom.staff().actor(editor->id);

    // 1. Store articles in one transaction (slug, word count, revision, FTS) vs raw inserts.
    QElapsedTimer timer;
    timer.start();
    {
        db::Transaction batch(app::contextOf(newsroom).database);
        check(batch.begin().ok(), "the batch did not begin");
        int stored = 0;
        for (int i = 0; i < Articles; ++i) {
            db::Article a;
            a.headline = QStringLiteral("Council budget debate %1").arg(i);
            a.body = bodyFor(i);
            stored += newsroom.archive().createArticle(a, *actor).ok() ? 1 : 0;
        }
        check(batch.commit().ok(), "the batch did not commit");
        check(stored == Articles, "not every article was stored");
    }
    const qint64 oursInsert = timer.nsecsElapsed();
    timer.restart();
    {
        exec(raw, "BEGIN IMMEDIATE");
        sqlite3_stmt *article = nullptr;
        sqlite3_stmt *revision = nullptr;
        sqlite3_prepare_v2(raw,
                           "INSERT INTO articles (slug, headline, standfirst, body, created_at, "
                           "updated_at, word_count) "
                           "VALUES (?, ?, '', ?, '2026-01-01T00:00:00.000Z', "
                           "'2026-01-01T00:00:00.000Z', 30) RETURNING id",
                           -1, &article, nullptr);
        sqlite3_prepare_v2(
            raw,
            "INSERT INTO revisions (article_id, version, created_at, headline, standfirst, body) "
            "VALUES (?, 1, '2026-01-01T00:00:00.000Z', ?, '', ?)",
            -1, &revision, nullptr);
        for (int i = 0; i < Articles; ++i) {
            const QByteArray slug = QStringLiteral("council-budget-debate-%1").arg(i).toUtf8();
            const QByteArray headline = QStringLiteral("Council budget debate %1").arg(i).toUtf8();
            const QByteArray body = bodyFor(i).toUtf8();
            sqlite3_bind_text(article, 1, slug.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(article, 2, headline.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(article, 3, body.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(article);
            const sqlite3_int64 id = sqlite3_column_int64(article, 0);
            sqlite3_reset(article);
            sqlite3_bind_int64(revision, 1, id);
            sqlite3_bind_text(revision, 2, headline.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(revision, 3, body.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(revision);
            sqlite3_reset(revision);
        }
        sqlite3_finalize(article);
        sqlite3_finalize(revision);
        exec(raw, "COMMIT");
    }
    report("insert 2000 articles", oursInsert, timer.nsecsElapsed(), "raw SQLite");

    // 2. Full-text search with ranking and snippet.
    timer.restart();
    int oursHits = 0;
    for (int i = 0; i < Searches; ++i) {
        db::ArticleQuery q;
        q.search = QStringLiteral("minutes item %1").arg(i * 7 % Articles);
        q.sort = db::ArticleQuery::Sort::Relevance;
        q.limit = 50;
        const auto hits = newsroom.archive().list(q);
        check(hits.ok(), "a search failed");
        oursHits += hits ? int(hits->size()) : 0;
    }
    const qint64 oursSearch = timer.nsecsElapsed();
    timer.restart();
    int rawHits = 0;
    {
        sqlite3_stmt *search = nullptr;
        sqlite3_prepare_v2(
            raw,
            "SELECT a.id, a.headline, snippet(articles_fts, -1, char(2), char(3), '…', 12) "
            "FROM articles a JOIN articles_fts ON articles_fts.rowid = a.id WHERE articles_fts "
            "MATCH ? "
            "ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0) LIMIT 50",
            -1, &search, nullptr);
        for (int i = 0; i < Searches; ++i) {
            const QByteArray query
                = QStringLiteral("\"minutes\" \"item\" \"%1\"*").arg(i * 7 % Articles).toUtf8();
            sqlite3_bind_text(search, 1, query.constData(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(search) == SQLITE_ROW)
                ++rawHits;
            sqlite3_reset(search);
        }
        sqlite3_finalize(search);
    }
    report("300 ranked searches", oursSearch, timer.nsecsElapsed(), "raw SQLite FTS5");
    std::printf("bench: (search hits: copydesk %d, raw %d)\n", oursHits, rawHits);
    check(oursHits > 0 && oursHits == rawHits, "the searches did not find what FTS5 finds");

    // 3. Paging through the list, 100 pages of 20.
    timer.restart();
    for (int p = 0; p < Pages; ++p) {
        db::ArticleQuery q;
        q.offset = p * 20;
        q.limit = 20;
        const auto page = newsroom.archive().list(q);
        check(page.ok() && page->size() == 20, "a list page was not 20 articles");
    }
    const qint64 oursPages = timer.nsecsElapsed();
    timer.restart();
    {
        sqlite3_stmt *page = nullptr;
        sqlite3_prepare_v2(
            raw,
            "SELECT a.id, a.headline, s.name, a.status, (SELECT group_concat(display_name, ', ') "
            "FROM (SELECT p.display_name FROM article_authors aa JOIN people p ON p.id = "
            "aa.person_id "
            "WHERE aa.article_id = a.id ORDER BY aa.position)) AS byline, a.updated_at, a.version, "
            "a.word_count, '' FROM articles a LEFT JOIN sections s ON s.id = a.section_id "
            "ORDER BY a.updated_at DESC, a.id DESC LIMIT 20 OFFSET ?",
            -1, &page, nullptr);
        for (int p = 0; p < Pages; ++p) {
            sqlite3_bind_int(page, 1, p * 20);
            while (sqlite3_step(page) == SQLITE_ROW) { }
            sqlite3_reset(page);
        }
        sqlite3_finalize(page);
    }
    report("100 list pages of 20", oursPages, timer.nsecsElapsed(), "raw SQLite");
    sqlite3_close(raw);

    // 4. A body into the editor and back to Markdown, against cmark-gfm parsing and rendering it.
    const QString body = bodyFor(1).repeated(20);
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        QTextDocument document;
        app::MarkdownReader::read(body, &document);
        const QString written = app::MarkdownWriter::write(&document);
        if (i == 0) { // what was written reads back and writes the same
            QTextDocument again;
            app::MarkdownReader::read(written, &again);
            check(!written.isEmpty() && app::MarkdownWriter::write(&again) == written,
                  "the body did not round-trip");
        }
    }
    const qint64 oursMarkdown = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < 200; ++i)
        (void)app::CommonMark::toHtml(body);
    report("200 body round trips", oursMarkdown, timer.nsecsElapsed(), "cmark-gfm to HTML");
    return failures == 0 ? 0 : 1;
}
