// The archive benchmark's figures measured in its own process: the list, search, spelling,
// typing, saving, exporting and importing, each against the raw engine doing the same work.

#include "app/articles/articlelistmodel.h"
#include "app/newsroom.h"
#include "app/spelling/checker.h"
#include "app/spelling/dictionaries.h"
#include "app/spelling/housestyle.h"
#include "app/spelling/speller.h"
#include "app/spelling/styleguideservice.h"
#include "app/spelling/tokenizer.h"
#include "db/articlestore.h"
#include "tests/bench/archivegenerator.h"
#include "tests/bench/benchtiming.h"
#include "ui/bodyedit.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmark-gfm.h>
#include <hunspell/hunspell.hxx>
#include <sqlite3.h>
#include <thread>

using namespace copydesk;
using namespace copydesk::bench;

namespace {

// The list's SQL as the store writes it for SQLite (db/articlestore.cpp), for the raw side.
const char *const ListColumns
    = "SELECT a.id, a.headline, s.name, a.status, (SELECT group_concat(display_name, ', ') FROM ("
      " SELECT p.display_name FROM article_authors aa JOIN people p ON p.id = aa.person_id"
      " WHERE aa.article_id = a.id ORDER BY aa.position)) AS byline, a.updated_at, a.version, "
      "a.word_count, '' FROM articles a LEFT JOIN sections s ON s.id = a.section_id";

struct Raw
{
    sqlite3 *db = nullptr;
    explicit Raw(const QString &path, bool write = false)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db,
                        write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(db, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", nullptr, nullptr,
                     nullptr);
    }
    ~Raw() { sqlite3_close(db); }

    // Runs sql with text values bound in order; returns the rows read.
    int run(const QByteArray &sql, const QList<QByteArray> &values = {})
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bench: raw SQL failed: %s\n", sqlite3_errmsg(db));
            return -1;
        }
        for (int i = 0; i < values.size(); ++i)
            sqlite3_bind_text(statement, i + 1, values[i].constData(), int(values[i].size()),
                              SQLITE_TRANSIENT);
        int rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                (void)sqlite3_column_text(statement, c); // read every value, as Qt's driver does
            ++rows;
        }
        sqlite3_finalize(statement);
        return rows;
    }
};

void benchList(app::Newsroom &newsroom, const QString &archive, const ArchiveFacts &facts,
               Table &table)
{
    Raw raw(archive);
    using Sort = db::ArticleQuery::Sort;
    struct Case
    {
        QString name;
        Sort sort;
        Qt::SortOrder order;
        std::optional<Status> status;
        QString section;
        QByteArray where;
        QByteArray orderBy;
    };
    const QByteArray section = facts.sections.value(0).toUtf8();
    const QList<Case> cases = {
        { QStringLiteral("first page, newest first"),
          Sort::Updated,
          Qt::DescendingOrder,
          {},
          {},
          {},
          "a.updated_at DESC, a.id DESC" },
        { QStringLiteral("sorted by headline"),
          Sort::Headline,
          Qt::AscendingOrder,
          {},
          {},
          {},
          "a.headline COLLATE NOCASE ASC, a.id" },
        { QStringLiteral("sorted by section"),
          Sort::Section,
          Qt::AscendingOrder,
          {},
          {},
          {},
          "s.name COLLATE NOCASE ASC, a.updated_at DESC, a.id DESC" },
        { QStringLiteral("sorted by status"),
          Sort::Status,
          Qt::AscendingOrder,
          {},
          {},
          {},
          "a.status ASC, a.updated_at DESC, a.id DESC" },
        { QStringLiteral("sorted by byline"),
          Sort::Byline,
          Qt::AscendingOrder,
          {},
          {},
          {},
          "byline COLLATE NOCASE ASC, a.updated_at DESC, a.id DESC" },
        { QStringLiteral("sorted by time, oldest first"),
          Sort::Updated,
          Qt::AscendingOrder,
          {},
          {},
          {},
          "a.updated_at ASC, a.id ASC" },
        { QStringLiteral("filtered: published"),
          Sort::Updated,
          Qt::DescendingOrder,
          Status::Published,
          {},
          " WHERE a.status = 'published'",
          "a.updated_at DESC, a.id DESC" },
        { QStringLiteral("filtered: one section"),
          Sort::Updated,
          Qt::DescendingOrder,
          {},
          facts.sections.value(0),
          " WHERE s.name = ?",
          "a.updated_at DESC, a.id DESC" },
    };
    for (const Case &c : cases) {
        db::ArticleQuery q;
        q.sort = c.sort;
        q.order = c.order;
        q.status = c.status;
        q.section = c.section;
        q.limit = app::ArticleListModel::PageSize;
        int ours = 0;
        const double oursMs = medianMs(5, [&] { ours = int(newsroom.archive().list(q)->size()); });
        const QByteArray sql = QByteArray(ListColumns) + c.where + " ORDER BY " + c.orderBy
            + " LIMIT " + QByteArray::number(q.limit) + " OFFSET 0";
        int rows = 0;
        const double rawMs = medianMs(5, [&] {
            rows = raw.run(sql, c.section.isEmpty() ? QList<QByteArray> {} : QList { section });
        });
        if (rows != ours)
            table.note(QStringLiteral("list %1: %2 rows, raw %3").arg(c.name).arg(ours).arg(rows));
        table.row(QStringLiteral("list: ") + c.name, oursMs, rawMs,
                  QStringLiteral("the same SELECT through sqlite3"), 1.3);
    }
}

void benchSearch(app::Newsroom &newsroom, const QString &archive, const ArchiveFacts &facts,
                 Table &table)
{
    Raw raw(archive);
    const QList<std::pair<QString, QString>> searches = {
        { QStringLiteral("a rare word"), facts.rareWord + QLatin1Char(' ') },
        { QStringLiteral("a common word"), facts.commonWord + QLatin1Char(' ') },
        { QStringLiteral("a two-word phrase"),
          QLatin1Char('"') + facts.phrase + QStringLiteral("\" ") },
        { QStringLiteral("a prefix"), facts.prefix },
    };
    for (const auto &[name, words] : searches) {
        db::ArticleQuery q;
        q.search = words;
        q.sort = db::ArticleQuery::Sort::Relevance;
        q.limit = 50;
        int ours = 0;
        const double oursMs = medianMs(5, [&] { ours = int(newsroom.archive().list(q)->size()); });
        const QByteArray match = db::ArticleStore::ftsQuery(words).toUtf8();
        int rows = 0;
        const double rawMs = medianMs(5, [&] {
            rows = raw.run(
                "SELECT a.id, a.headline, snippet(articles_fts, -1, char(2), char(3), '…', 12) "
                "FROM articles a JOIN articles_fts ON articles_fts.rowid = a.id "
                "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0), a.id DESC "
                "LIMIT 50",
                { match });
        });
        table.row(QStringLiteral("search, first 50 ranked with snippets: %1 (“%2”, %3 shown)")
                      .arg(name, words.trimmed())
                      .arg(ours),
                  oursMs, rawMs, QStringLiteral("the FTS5 query with snippet() and bm25()"), 1.3);
        if (rows != ours)
            table.note(QStringLiteral("search %1: %2 rows, raw %3").arg(name).arg(ours).arg(rows));
    }
}

void benchSpelling(const ArchiveGenerator &generator, Table &table)
{
    const auto files = app::Dictionaries::find(QStringLiteral("en_GB"));
    if (!files) {
        table.note(QStringLiteral("spelling: no en_GB dictionary"));
        return;
    }
    QList<app::CheckLine> lines;
    for (const QString &paragraph : generator.body(10000, 11).split(QStringLiteral("\n\n")))
        lines.append({ paragraph, {} });
    std::vector<std::string> words;
    for (const app::CheckLine &line : std::as_const(lines))
        for (const app::Token &t : app::Tokenizer::tokenize(line.text))
            if (t.kind == app::Token::Kind::Word)
                words.push_back(t.text.toStdString());
    Hunspell hunspell(files->affPath.toLocal8Bit().constData(),
                      files->dicPath.toLocal8Bit().constData());
    const double rawMs = medianMs(3, [&] {
        for (const std::string &w : words)
            (void)hunspell.spell(w);
    });
    const auto speller = app::Speller::load(*files);
    const double oursMs = medianMs(3, [&] {
        app::Checker checker(*speller); // a fresh cache each time, as for a newly opened article
        for (int i = 0; i < lines.size(); ++i)
            (void)checker.checkLine(lines[i], i + 1);
    });
    table.row(QStringLiteral("spell-check a %1-word article").arg(words.size()), oursMs, rawMs,
              QStringLiteral("Hunspell spell() over the same words"), 1.3);
    // The same with the starter house style guide's British rules on (issue 15).
    const auto starter = app::StyleGuideService::starterGuide();
    if (!starter) {
        table.note(QStringLiteral("spelling: %1").arg(starter.errorString()));
        return;
    }
    QList<db::StyleRule> british;
    for (const db::StyleRule &rule : *starter)
        if (app::HouseStyle::appliesTo(rule, QStringLiteral("en_GB"), {}))
            british.append(rule);
    const auto style = std::make_shared<const app::HouseStyle>(british);
    const double styledMs = medianMs(3, [&] {
        app::Checker checker(*speller);
        checker.setHouseStyle(style);
        for (int i = 0; i < lines.size(); ++i)
            (void)checker.checkLine(lines[i], i + 1);
    });
    table.row(QStringLiteral("spell-check a %1-word article, house style guide on (%2 rules)")
                  .arg(words.size())
                  .arg(british.size()),
              styledMs, rawMs, QStringLiteral("Hunspell spell() over the same words"), 1.3);
}

} // namespace

namespace {

void benchTyping(const ArchiveGenerator &generator, int keys, Table &table)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("typing.sqlite"));
    qint64 id = 0;
    {
        app::Newsroom newsroom;
        if (!newsroom.open(store, app::Newsroom::OpenMode::CreateIfMissing))
            return;
        const auto person = newsroom.staff().createFirstAccount(
            QStringLiteral("typist"), QStringLiteral("Tess Typist"), QStringLiteral("typist-pw"));
        db::Article a;
        a.headline = QStringLiteral("A very long article");
        a.body = generator.body(50000, 5);
        id = newsroom.archive().createArticle(a, *newsroom.staff().actor(person->id))->id;
    }
    ui::MainWindow window;
    window.resize(1280, 900);
    if (!window.openStore(store)
        || !window.signIn(QStringLiteral("typist"), QStringLiteral("typist-pw")))
        return;
    window.show();
    if (!window.openArticle(id))
        return;
    auto *body = window.findChild<ui::BodyEdit *>();
    body->setFocus();
    QTextCursor cursor(body->document());
    cursor.setPosition(body->document()->characterCount() / 2);
    cursor.movePosition(QTextCursor::EndOfWord);
    body->setTextCursor(cursor);
    QTest::qWait(1500); // the first check of the whole text

    QList<double> perKey;
    const QString text = QStringLiteral(" the councl's budgte was agreed"); // QTest types ASCII
    for (int i = 0; i < keys; ++i) {
        TimingApplication::busyNs = 0;
        QTest::keyClicks(body, QString(text.at(i % text.size())));
        QTest::qWait(60); // a fast typist; the idle-time checks wait for a pause
        perKey << TimingApplication::busyNs / 1e6;
    }
    TimingApplication::longestNs = 0;
    // The pause after typing: the check of the whole article, the word count and, after three
    // seconds, the autosave run.
    QTest::qWait(3600);
    const double pause = TimingApplication::longestNs / 1e6;
    table.value(QStringLiteral("one keystroke in a 50,000-word article, spelling on: median"),
                percentile(perKey, 0.5), QStringLiteral("ms"), 2,
                QStringLiteral("GUI-thread work per key, %1 keys").arg(keys));
    table.value(QStringLiteral("the same: 99th percentile"), percentile(perKey, 0.99),
                QStringLiteral("ms"), 16);
    table.value(QStringLiteral("the same: the longest GUI-thread step after typing stops"), pause,
                QStringLiteral("ms"), 0,
                QStringLiteral("the whole-article check, word count and autosave"));
}

void benchWindowSearch(const QString &archive, const ArchiveFacts &facts, Table &table)
{
    ui::MainWindow window;
    window.resize(1280, 900);
    if (!window.openStore(archive) || !window.signIn(facts.editorUsername, facts.editorPassword))
        return;
    window.show();
    QTest::qWait(300);
    // Typed at a steady pace: each key starts a search of the whole archive after the search
    // box's pause, and the next key arrives while it runs (and cancels it).
    const QString text = QStringLiteral("the council ") + facts.commonWord;
    QList<double> keys;
    double longest = 0;
    int searchesAnswered = 0;
    QObject::connect(window.articleModel(), &app::ArticleListModel::loaded,
                     [&searchesAnswered] { ++searchesAnswered; });
    for (const QChar c : text) {
        TimingApplication::longestNs = 0;
        QElapsedTimer key;
        key.start();
        QTest::keyClick(window.searchBox(), c.toLatin1());
        keys << key.nsecsElapsed() / 1e6;
        QTest::qWait(260);
        longest = std::max(longest, TimingApplication::longestNs / 1e6);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.articleModel()->isLoading(), 30000);
    longest = std::max(longest, TimingApplication::longestNs / 1e6);
    table.value(QStringLiteral("search box: the longest key press while searches of the whole "
                               "archive run"),
                percentile(keys, 1.0), QStringLiteral("ms"), 50,
                QStringLiteral("%1 keys, %2 searches answered, the rest cancelled")
                    .arg(keys.size())
                    .arg(searchesAnswered));
    table.value(QStringLiteral("search box: the longest GUI-thread step meanwhile (showing an "
                               "answer included)"),
                longest, QStringLiteral("ms"), 50);
}

void benchSave(app::Newsroom &newsroom, const QString &archive, const ArchiveFacts &facts,
               Table &table)
{
    const auto actor = newsroom.staff().signIn(facts.editorUsername, facts.editorPassword);
    if (!actor)
        return;
    db::ArticleQuery q;
    q.status = Status::Draft;
    q.limit = 40;
    const auto drafts = newsroom.archive().list(q);
    QList<db::Article> articles;
    for (const db::ArticleSummary &row : *drafts)
        articles << *newsroom.archive().article(row.id);
    const int half = int(articles.size() / 2);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < half; ++i) {
        db::Article a = articles[i];
        a.body += QStringLiteral("\n\nOne more paragraph, written in the benchmark.\n");
        (void)newsroom.archive().saveArticle(a, a.version, *actor);
    }
    const double oursMs = timer.nsecsElapsed() / 1e6 / qMax(1, half);
    Raw raw(archive, true);
    timer.restart();
    for (int i = half; i < articles.size(); ++i) {
        db::Article a = articles[i];
        const QByteArray body
            = (a.body + QStringLiteral("\n\nOne more paragraph, written in the benchmark.\n"))
                  .toUtf8();
        raw.run("BEGIN IMMEDIATE");
        raw.run("UPDATE articles SET headline = ?, standfirst = ?, body = ?, updated_at = "
                "'2026-11-29T10:00:00.000Z', version = version + 1 WHERE id = ? AND version = ? "
                "RETURNING version",
                { a.headline.toUtf8(), a.standfirst.toUtf8(), body, QByteArray::number(a.id),
                  QByteArray::number(a.version) });
        raw.run("INSERT INTO revisions (article_id, version, person_id, created_at, headline, "
                "standfirst, body, note) VALUES (?, ?, ?, '2026-11-29T10:00:00.000Z', ?, ?, ?, '')",
                { QByteArray::number(a.id), QByteArray::number(a.version + 1),
                  QByteArray::number(actor->id), a.headline.toUtf8(), a.standfirst.toUtf8(),
                  body });
        raw.run("COMMIT");
    }
    const double rawMs = timer.nsecsElapsed() / 1e6 / qMax(1, int(articles.size()) - half);
    table.row(QStringLiteral("a save with its revision (each)"), oursMs, rawMs,
              QStringLiteral("UPDATE + revision INSERT in a transaction through sqlite3"), 1.5);
}

struct ExportRun
{
    double ms = 0;
    double peakMiB = 0;
    double userMs = 0; // the program's own work, on all its threads
    double systemMs = 0; // the kernel's on its behalf: mostly creating files
    int written = -1;
};

ExportRun exportOnce(const QString &archive, const QString &out)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--child"), QStringLiteral("cli"), QStringLiteral("--database"),
                  archive, QStringLiteral("export-site"), QStringLiteral("--out"), out });
    child.waitForFinished(60 * 60 * 1000);
    ExportRun run;
    run.ms = double(timer.elapsed());
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    static const QRegularExpression written(QStringLiteral("(\\d+) page\\(s\\) written"));
    static const QRegularExpression peak(QStringLiteral("peak (\\d+)"));
    if (const auto m = written.match(output); m.hasMatch())
        run.written = m.captured(1).toInt();
    if (const auto m = peak.match(output); m.hasMatch())
        run.peakMiB = m.captured(1).toDouble() / 1024.0;
    static const QRegularExpression cpu(QStringLiteral("cpu ([0-9.]+) user ([0-9.]+)"));
    if (const auto m = cpu.match(output); m.hasMatch()) {
        run.userMs = m.captured(2).toDouble();
        run.systemMs = m.captured(1).toDouble() - run.userMs;
    }
    if (child.exitCode() != 0)
        std::fprintf(stderr, "bench: export failed:\n%s\n", qPrintable(output));
    return run;
}

void benchExport(app::Newsroom &newsroom, const QString &archive, const ArchiveFacts &facts,
                 Table &table)
{
    // The raw side: cmark-gfm rendering the bodies of every published article, read first.
    QList<QByteArray> bodies;
    {
        Raw raw(archive);
        sqlite3_stmt *rows = nullptr;
        sqlite3_prepare_v2(raw.db, "SELECT body FROM articles WHERE status = 'published'", -1,
                           &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW)
            bodies << QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(rows, 0)),
                                 sqlite3_column_bytes(rows, 0));
        sqlite3_finalize(rows);
    }
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : std::as_const(bodies))
        std::free(cmark_markdown_to_html(body.constData(), size_t(body.size()), CMARK_OPT_DEFAULT));
    const double rawMs = timer.nsecsElapsed() / 1e6;
    bodies.clear();

    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    const ExportRun full = exportOnce(archive, site);
    table.row(QStringLiteral("export-site, %1 published articles").arg(facts.published), full.ms,
              rawMs, QStringLiteral("cmark-gfm rendering the same bodies"), 5);
    // The floor under any export: creating as many files of the same sizes, on two threads.
    {
        QList<qint64> sizes;
        for (QDirIterator it(site, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
             it.hasNext();) {
            it.next();
            sizes << it.fileInfo().size();
        }
        QTemporaryDir floor;
        QElapsedTimer written;
        written.start();
        auto writeHalf = [&](int half) {
            const QByteArray filler(256 * 1024, 'x');
            for (int i = half; i < sizes.size(); i += 2) {
                QFile file(floor.filePath(QStringLiteral("f%1.html").arg(i)));
                if (file.open(QIODevice::WriteOnly))
                    file.write(filler.constData(), qMin<qint64>(sizes[i], filler.size()));
            }
        };
        std::thread other(writeHalf, 1);
        writeHalf(0);
        other.join();
        table.row(
            QStringLiteral("export-site, against only creating its %1 files").arg(sizes.size()),
            full.ms, written.nsecsElapsed() / 1e6,
            QStringLiteral("writing as many files of the same sizes, two threads"), 0);
    }
    table.row(QStringLiteral("export-site: the program's own work (user CPU time, all threads)"),
              full.userMs, rawMs, QStringLiteral("cmark-gfm rendering the same bodies"), 0);
    table.value(QStringLiteral("export-site: the kernel's work for it (system CPU time)"),
                full.systemMs, QStringLiteral("ms"), 0,
                QStringLiteral("creating %1 files, mostly").arg(full.written));
    table.value(QStringLiteral("export-site: peak resident memory"), full.peakMiB,
                QStringLiteral("MiB"), 200);
    const ExportRun again = exportOnce(archive, site);
    table.value(QStringLiteral("export-site again, nothing changed: share of the full run"),
                full.ms > 0 ? 100.0 * again.ms / full.ms : 0, QStringLiteral("%"), 5,
                QStringLiteral("%1 ms, %2 pages written").arg(again.ms).arg(again.written));

    // One published article corrected: only the pages that show it are written again.
    const auto person = newsroom.staff().signIn(facts.editorUsername, facts.editorPassword);
    db::ArticleQuery q;
    q.status = Status::Published;
    q.limit = 1;
    q.offset = facts.published / 2;
    const auto rows = newsroom.archive().list(q);
    if (person && rows && !rows->isEmpty()) {
        db::Article a = *newsroom.archive().article(rows->first().id);
        a.headline += QStringLiteral(" (corrected)");
        (void)newsroom.archive().saveArticle(a, a.version, *person,
                                             QStringLiteral("A name was misspelt."));
        const ExportRun one = exportOnce(archive, site);
        const int shown = 1 /*article*/ + 1 /*front page*/ + 1 /*section*/ + int(a.tags.size())
            + int(a.authorIds.size());
        table.value(QStringLiteral("export-site after one article changed: pages written"),
                    one.written, QStringLiteral("pages"), 0,
                    QStringLiteral("%1 ms; pages that show it: about %2").arg(one.ms).arg(shown));
    }
}

void benchImport(const ArchiveGenerator &generator, const ArchiveFacts &facts, int files,
                 Table &table)
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path
            = dir.filePath(QStringLiteral("story-%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QStringLiteral("Imported story number %1\n\n").arg(i).toUtf8()
                   + generator.body(300 + (i * 37) % 400, 1000 + quint64(i)).toUtf8());
        paths << path;
    }
    auto emptyStore = [&](const QString &name) {
        const QString path = dir.filePath(name);
        app::Newsroom newsroom;
        (void)newsroom.open(path, app::Newsroom::OpenMode::CreateIfMissing);
        (void)newsroom.staff().createFirstAccount(facts.editorUsername, QStringLiteral("Dana"),
                                                  facts.editorPassword);
        return path;
    };
    const QString ours = emptyStore(QStringLiteral("import.sqlite"));
    const QString rawPath = emptyStore(QStringLiteral("raw-import.sqlite"));

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), facts.editorPassword);
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(),
                QStringList { QStringLiteral("--child"), QStringLiteral("cli"),
                              QStringLiteral("--database"), ours, QStringLiteral("--user"),
                              facts.editorUsername, QStringLiteral("import") }
                    + paths);
    child.waitForFinished(60 * 60 * 1000);
    const double oursMs = double(timer.elapsed());
    if (child.exitCode() != 0)
        table.note(QStringLiteral("import failed: %1")
                       .arg(QString::fromUtf8(child.readAllStandardOutput().right(400))));

    Raw raw(rawPath, true);
    timer.restart();
    raw.run("BEGIN IMMEDIATE");
    for (int i = 0; i < paths.size(); ++i) {
        QFile file(paths[i]);
        file.open(QIODevice::ReadOnly);
        const QByteArray text = file.readAll();
        const qsizetype cut = text.indexOf("\n\n");
        const QByteArray headline = text.left(cut);
        const QByteArray body = text.mid(cut + 2);
        const QByteArray slug = "imported-story-number-" + QByteArray::number(i);
        raw.run("INSERT INTO articles (slug, headline, standfirst, body, created_at, updated_at, "
                "word_count) VALUES (?, ?, '', ?, '2026-11-29T10:00:00.000Z', "
                "'2026-11-29T10:00:00.000Z', 500)",
                { slug, headline, body });
        raw.run("INSERT INTO revisions (article_id, version, created_at, headline, standfirst, "
                "body) VALUES (last_insert_rowid(), 1, '2026-11-29T10:00:00.000Z', ?, '', ?)",
                { headline, body });
    }
    raw.run("COMMIT");
    const double rawMs = timer.nsecsElapsed() / 1e6;
    table.row(QStringLiteral("import %1 text files").arg(files), oursMs, rawMs,
              QStringLiteral("reading them and the same inserts through sqlite3"), 2);
}

} // namespace

int runArchiveBenchmarks(const QString &archive, ArchiveFacts facts, int keys, Table &table)
{
    ArchiveOptions options;
    options.articles = facts.articles;
    const ArchiveGenerator generator(options);
    app::Newsroom newsroom;
    if (auto r = newsroom.open(archive, app::Newsroom::OpenMode::MustExist); !r) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(r.errorString()));
        return 1;
    }
    db::ArticleQuery published;
    published.status = Status::Published;
    if (const auto count = newsroom.archive().count(published))
        facts.published = *count;
    benchList(newsroom, archive, facts, table);
    benchSearch(newsroom, archive, facts, table);
    benchSpelling(generator, table);
    benchTyping(generator, keys, table);
    benchWindowSearch(archive, facts, table);
    benchSave(newsroom, archive, facts, table);
    benchExport(newsroom, archive, facts, table);
    benchImport(generator, facts, qMin(10000, qMax(50, facts.articles / 10)), table);
    return 0;
}
