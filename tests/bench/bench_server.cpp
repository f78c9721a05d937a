// Benchmarks on PostgreSQL: Copydesk's store (Qt's QPSQL driver under it, writing through the
// checked views of schema 6) against libpq running the same SQL on the tables themselves
// (schema "newsroom") on the same server in the same run, on a throwaway server of its own
// (tests/support/pgserver.sh). Figures are printed as ratios (ours / raw); nothing here asserts
// on time. Article count: COPYDESK_BENCH_ARTICLES (default 2000); or, with --archive FILE, a
// generated archive of bench_archive (BENCHMARKS.md) copied onto the server with db copy.

#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/transaction.h"
#include "tests/bench/archivegenerator.h"
#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <cstdio>
#include <libpq-fe.h>

using namespace copydesk;

namespace {

const int Searches = 200;
const int Pages = 100;
const int Saves = 200;

QString bodyFor(int i)
{
    return QStringLiteral(
               "The council’s **budget** for year %1 was debated.\n\n‘We will not cut the buses,’ "
               "said the leader of council %1.\n\n- first point\n- second point\n\n> A quotation "
               "from the minutes, item %1.\n")
        .arg(i);
}

void report(const char *what, qint64 oursNs, qint64 rawNs)
{
    std::printf("bench: %-28s copydesk %8.2f ms   libpq %8.2f ms   ratio %.2f\n", what,
                oursNs / 1e6, rawNs / 1e6, rawNs > 0 ? double(oursNs) / double(rawNs) : 0.0);
}

PGconn *connectRaw(const QString &address)
{
    const QUrl url(address);
    const QByteArray info = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                .arg(url.host())
                                .arg(url.port())
                                .arg(url.userName(), url.path().mid(1))
                                .toUtf8();
    return PQconnectdb(info.constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int articles = qEnvironmentVariableIntValue("COPYDESK_BENCH_ARTICLES") > 0
        ? qEnvironmentVariableIntValue("COPYDESK_BENCH_ARTICLES")
        : 2000;
    test::PrivateServer server;
    if (!server.isRunning()) {
        std::fprintf(stderr, "bench_server: no PostgreSQL server: %s\n",
                     qPrintable(server.error()));
        return 1;
    }
    const QString address = server.createDatabase();
    const int archiveAt = int(app.arguments().indexOf(QStringLiteral("--archive")));
    const QString archive = archiveAt > 0 ? app.arguments().value(archiveAt + 1) : QString();
    QElapsedTimer timer;
    timer.start();
    if (!archive.isEmpty()) {
        const auto copied = app::Newsroom::copyStore(archive, address);
        if (!copied) {
            std::fprintf(stderr, "bench_server: %s\n", qPrintable(copied.errorString()));
            return 1;
        }
        std::printf("bench: copied %s onto the server with db copy in %.0f s\n",
                    qPrintable(archive), timer.nsecsElapsed() / 1e9);
    }
    app::Newsroom newsroom;
    if (!newsroom.open(address, app::Newsroom::OpenMode::CreateIfMissing)) {
        std::fprintf(stderr, "bench_server: cannot open the newsroom\n");
        return 1;
    }
    const auto editor = archive.isEmpty()
        ? newsroom.staff().createFirstAccount(QStringLiteral("bench"), QStringLiteral("Bench"),
                                              QStringLiteral("bench-password"))
        : newsroom.staff().personNamed(QStringLiteral("deputy"));
    if (!editor) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(editor.errorString()));
        return 1;
    }
    const auto actor = newsroom.staff().actor(editor->id);

    timer.restart();
    if (archive.isEmpty()) {
        db::Transaction batch(app::contextOf(newsroom).database);
        (void)batch.begin();
        for (int i = 0; i < articles; ++i) {
            db::Article a;
            a.headline = QStringLiteral("Council budget debate %1").arg(i);
            a.body = bodyFor(i);
            (void)newsroom.archive().createArticle(a, *actor);
        }
        (void)batch.commit();
        std::printf("bench: stored %d articles through the archive service in %.0f ms\n", articles,
                    timer.nsecsElapsed() / 1e6);
    }
    // The searches: the archive's own words, or the generated items'.
    const bench::ArchiveFacts facts = bench::ArchiveGenerator({}).facts();
    auto searchWords = [&](int i) {
        if (archive.isEmpty())
            return QStringLiteral("minutes item %1").arg(i * 7 % articles);
        const QString words[]
            = { facts.rareWord + QLatin1Char(' '), facts.commonWord + QLatin1Char(' '),
                QLatin1Char('"') + facts.phrase + QStringLiteral("\" "), facts.prefix };
        return words[i % 4];
    };
    // The saves: drafts (a published article would need a correction note).
    QList<qint64> drafts;
    {
        db::ArticleQuery q;
        q.status = Status::Draft;
        q.limit = 100;
        for (const db::ArticleSummary &row : newsroom.archive().list(q).value())
            drafts << row.id;
    }

    PGconn *raw = connectRaw(address);
    if (PQstatus(raw) != CONNECTION_OK) {
        std::fprintf(stderr, "bench_server: libpq: %s\n", PQerrorMessage(raw));
        return 1;
    }

    // 1. Paging through the list, newest first, 100 pages of 20.
    timer.restart();
    for (int p = 0; p < Pages; ++p) {
        db::ArticleQuery q;
        q.offset = p * 20;
        q.limit = 20;
        (void)newsroom.archive().list(q);
    }
    const qint64 oursPages = timer.nsecsElapsed();
    timer.restart();
    for (int p = 0; p < Pages; ++p) {
        const QByteArray offset = QByteArray::number(p * 20);
        const char *values[] = { offset.constData() };
        PGresult *r = PQexecParams(
            raw,
            "SELECT a.id, a.headline, s.name, a.status, (SELECT string_agg(p.display_name, ', ' "
            "ORDER BY aa.position) FROM newsroom.article_authors aa JOIN newsroom.people p ON p.id "
            "= aa.person_id "
            "WHERE aa.article_id = a.id) AS byline, a.updated_at, a.version, a.word_count, '' "
            "FROM newsroom.articles a LEFT JOIN newsroom.sections s ON s.id = a.section_id "
            "ORDER BY a.updated_at DESC, a.id DESC LIMIT 20 OFFSET $1",
            1, nullptr, values, nullptr, nullptr, 0);
        PQclear(r);
    }
    report("100 list pages of 20", oursPages, timer.nsecsElapsed());

    // 2. Ranked search with a highlighted snippet for each of the first 50 hits.
    timer.restart();
    int oursHits = 0;
    for (int i = 0; i < Searches; ++i) {
        db::ArticleQuery q;
        q.search = searchWords(i);
        q.sort = db::ArticleQuery::Sort::Relevance;
        q.limit = 50;
        oursHits += int(newsroom.archive().list(q)->size());
    }
    const qint64 oursSearch = timer.nsecsElapsed();
    timer.restart();
    int rawHits = 0;
    for (int i = 0; i < Searches; ++i) {
        const QByteArray query
            = app::contextOf(newsroom).articles.searchQuery(searchWords(i)).toUtf8();
        const char *values[] = { query.constData() };
        PGresult *r = PQexecParams(
            raw,
            "SELECT a.id, a.headline, ts_headline('simple', a.body, to_tsquery('simple', "
            "copydesk_fold($1)), "
            "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=14, MinWords=6, "
            "ShortWord=0, MaxFragments=1') FROM newsroom.articles a WHERE a.search @@ "
            "to_tsquery('simple', copydesk_fold($1)) ORDER BY ts_rank('{0.1, 0.1, 0.4, 1.0}', "
            "a.search, "
            "to_tsquery('simple', copydesk_fold($1))) DESC, a.id DESC LIMIT 50",
            1, nullptr, values, nullptr, nullptr, 0);
        rawHits += PQntuples(r);
        PQclear(r);
    }
    report("200 ranked searches", oursSearch, timer.nsecsElapsed());
    std::printf("bench: (search hits: copydesk %d, libpq %d)\n", oursHits, rawHits);

    // 3. Saving an edit: the version check, a revision and the word count, one transaction each.
    timer.restart();
    for (int i = 0; i < Saves; ++i) {
        auto article = newsroom.archive().article(drafts.value(i % 50, 1 + i % 50));
        db::Article changed = *article;
        changed.body = bodyFor(i + 100000);
        (void)newsroom.archive().saveArticle(changed, article->version, *actor);
    }
    const qint64 oursSaves = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < Saves; ++i) {
        const QByteArray id = QByteArray::number(drafts.value(50 + i % 50, 51 + i % 50));
        const QByteArray body = bodyFor(i + 200000).toUtf8();
        const char *values[] = { body.constData(), id.constData() };
        PQclear(PQexec(raw, "BEGIN"));
        PGresult *r = PQexecParams(raw,
                                   "UPDATE newsroom.articles SET body = $1, version = version + 1, "
                                   "updated_at = '2026-01-01T00:00:00.000Z', word_count = 30 "
                                   "WHERE id = $2 RETURNING version, headline",
                                   2, nullptr, values, nullptr, nullptr, 0);
        const QByteArray version = PQgetvalue(r, 0, 0);
        const QByteArray headline = PQgetvalue(r, 0, 1);
        PQclear(r);
        const char *revision[]
            = { id.constData(), version.constData(), headline.constData(), body.constData() };
        PQclear(PQexecParams(
            raw,
            "INSERT INTO newsroom.revisions (article_id, version, created_at, headline, "
            "standfirst, body) VALUES ($1, $2, '2026-01-01T00:00:00.000Z', $3, "
            "'', $4)",
            4, nullptr, revision, nullptr, nullptr, 0));
        PQclear(PQexec(raw, "COMMIT"));
    }
    report("200 saves of an edit", oursSaves, timer.nsecsElapsed());
    PQfinish(raw);
    return 0;
}
