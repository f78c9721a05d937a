// The archive benchmark (BENCHMARKS.md): Copydesk on a generated ten-year archive, each figure
// against the raw engine doing the same work in the same run. Nothing here asserts on time.
//
//   bench_archive [--articles N] [--seed S] [--cache DIR] [--keys K]
//
// The archive is generated once per (N, seed, schema) and kept in the cache folder; every run
// works on a copy of it, so that saves and exports never change the cached archive.

#include "app/body/commonmark.h"
#include "app/newsroom.h"
#include "app/spelling/checker.h"
#include "app/spelling/dictionaries.h"
#include "app/spelling/speller.h"
#include "app/spelling/tokenizer.h"
#include "app/storecontext.h"
#include "cli/commandline.h"
#include "db/database.h"
#include "tests/bench/archivegenerator.h"
#include "tests/bench/benchtiming.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmark-gfm.h>
#include <cstdio>
#include <hunspell/hunspell.hxx>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace copydesk;
using namespace copydesk::bench;

namespace {

// ---------------------------------------------------------------------------------------------
// Child processes: start-up of the window and of a bare Qt window, and the export command, each
// measured in a process of its own.

// Prints "painted MS RSS_KIB" once the first paint of view's viewport has been handled.
void reportFirstPaint(QAbstractItemView *view, const QElapsedTimer &sinceMain)
{
    struct Watcher : QObject
    {
        QElapsedTimer since;
        bool done = false;
        bool eventFilter(QObject *object, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !done) {
                done = true;
                QTimer::singleShot(0, qApp, [this] {
                    std::printf("painted %lld %lld\n", since.elapsed(), residentKib());
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
            return QObject::eventFilter(object, event);
        }
    };
    auto *watcher = new Watcher;
    watcher->since = sinceMain;
    watcher->setParent(view);
    view->viewport()->installEventFilter(watcher);
}

int startupCopydesk(int argc, char *argv[], const QString &archive, const QString &user,
                    const QString &password)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskBench"));
    const qint64 appMs = sinceMain.elapsed();
    ui::MainWindow window;
    const qint64 windowMs = sinceMain.elapsed();
    if (auto r = window.openStore(archive); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
        return 1;
    }
    const qint64 openMs = sinceMain.elapsed();
    const auto signedIn = window.signIn(user, password);
    std::fprintf(stderr,
                 "bench: start-up: application %lld ms, window %lld, store %lld, signed in %lld\n",
                 appMs, windowMs, openMs, sinceMain.elapsed());
    if (auto r = signedIn; !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
        return 1;
    }
    auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("articleList"));
    if (!list) {
        std::fprintf(stderr, "no article list\n");
        return 1;
    }
    reportFirstPaint(list, sinceMain);
    window.show();
    return app.exec();
}

int startupBare(int argc, char *argv[], const QString &archive)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    // The raw side of the same work: a window with a list of the newest 200 headlines, read
    // through the sqlite3 C API.
    QStringList headlines;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(archive.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *rows = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT headline FROM articles ORDER BY updated_at DESC, id DESC "
                           "LIMIT 200",
                           -1, &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW)
            headlines << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(rows, 0)));
        sqlite3_finalize(rows);
    }
    sqlite3_close(db);
    QMainWindow window;
    auto *view = new QListView;
    view->setModel(new QStringListModel(headlines, view));
    window.setCentralWidget(view);
    window.resize(1200, 800);
    reportFirstPaint(view, sinceMain);
    window.show();
    return app.exec();
}

// Runs the export-site command in this process and prints its peak resident memory.
int exportChild(int argc, char *argv[], const QStringList &commandArguments)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString said;
    QTextStream quiet(&said);
    QTextStream err(stderr);
    cli::CommandLine commandLine(quiet, err);
    const int code = commandLine.run(commandArguments);
    quiet.flush();
    // The last lines of what the command said (an import names every file), then the peak.
    rusage used {};
    getrusage(RUSAGE_SELF, &used);
    const double cpuMs = (used.ru_utime.tv_sec + used.ru_stime.tv_sec) * 1e3
        + (used.ru_utime.tv_usec + used.ru_stime.tv_usec) / 1e3;
    const double userMs = used.ru_utime.tv_sec * 1e3 + used.ru_utime.tv_usec / 1e3;
    out << said.right(2000) << Qt::endl
        << "peak " << peakResidentKib() << Qt::endl
        << "cpu " << cpuMs << " user " << userMs << Qt::endl;
    return code;
}

// ---------------------------------------------------------------------------------------------

struct ChildResult
{
    qint64 wallMs = 0;
    QString line; // the last line it printed
    bool ok = false;
};

ChildResult runChild(const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!env.isEmpty())
        child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    ChildResult r;
    if (!child.waitForFinished(30 * 60 * 1000)) {
        child.kill();
        child.waitForFinished();
        return r;
    }
    r.wallMs = timer.elapsed();
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    r.line = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last());
    r.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    return r;
}

// The median of several runs of a child that prints "painted MS RSS".
std::pair<double, double> startupOf(const QStringList &arguments, int runs)
{
    QList<double> times;
    double rss = 0;
    for (int i = 0; i < runs; ++i) {
        const ChildResult r = runChild(arguments);
        const QStringList parts = r.line.split(QLatin1Char(' '));
        if (!r.ok || parts.size() < 3 || parts[0] != QLatin1String("painted")) {
            std::fprintf(stderr, "bench: start-up child failed: %s\n", qPrintable(r.line));
            return { 0, 0 };
        }
        times << double(r.wallMs);
        rss = parts[2].toDouble() / 1024.0;
    }
    std::sort(times.begin(), times.end());
    return { times.at(times.size() / 2), rss };
}

QString cacheFolder(const QString &chosen)
{
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/copydesk-bench");
}

} // namespace

int runArchiveBenchmarks(const QString &archive, ArchiveFacts facts, int keys, Table &table);

int main(int argc, char *argv[])
{
    // Children first: they must not build an application of the wrong kind.
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        const QString what = QString::fromLocal8Bit(argv[2]);
        QStringList rest;
        for (int i = 3; i < argc; ++i)
            rest << QString::fromLocal8Bit(argv[i]);
        int childArgc = 1;
        if (what == QLatin1String("startup-copydesk") && rest.size() == 3)
            return startupCopydesk(childArgc, argv, rest[0], rest[1], rest[2]);
        if (what == QLatin1String("startup-bare") && rest.size() == 1)
            return startupBare(childArgc, argv, rest[0]);
        if (what == QLatin1String("cli"))
            return exportChild(childArgc, argv, QStringList { QStringLiteral("copydesk") } + rest);
        std::fprintf(stderr, "bench_archive: unknown child %s\n", argv[2]);
        return 2;
    }

    TimingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskBench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Copydesk on a generated archive, against the raw engines"));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("articles in the archive"),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("the seed"),
                                        QStringLiteral("S"), QStringLiteral("20261129"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("where generated archives are kept"),
                                         QStringLiteral("DIR"));
    const QCommandLineOption keysOption(QStringLiteral("keys"),
                                        QStringLiteral("keystrokes in the typing benchmark"),
                                        QStringLiteral("K"), QStringLiteral("120"));
    parser.addOptions({ articlesOption, seedOption, cacheOption, keysOption });
    parser.process(app);

    ArchiveOptions options;
    options.articles = qMax(10, parser.value(articlesOption).toInt());
    options.seed = parser.value(seedOption).toULongLong();
    ArchiveGenerator generator(options);
    ArchiveFacts facts = generator.facts();

    // The cached archive, generated when missing.
    const QString cache = cacheFolder(parser.value(cacheOption));
    QDir().mkpath(cache);
    const QString cached = QDir(cache).filePath(QStringLiteral("archive-%1-%2-schema%3-g%4.sqlite")
                                                    .arg(options.articles)
                                                    .arg(options.seed)
                                                    .arg(db::Database::latestSchemaVersion())
                                                    .arg(ArchiveGenerator::Version));
    Table table;
    if (!QFile::exists(cached)) {
        const QString partial = cached + QStringLiteral(".partial");
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        QElapsedTimer timer;
        timer.start();
        {
            app::Newsroom newsroom;
            if (auto r = newsroom.open(partial, app::Newsroom::OpenMode::CreateIfMissing); !r) {
                std::fprintf(stderr, "bench: %s\n", qPrintable(r.errorString()));
                return 1;
            }
            const auto made = generator.generate(newsroom);
            if (!made) {
                std::fprintf(stderr, "bench: generating: %s\n", qPrintable(made.errorString()));
                return 1;
            }
            facts = *made;
        }
        const qint64 ms = timer.elapsed();
        if (!QFile::rename(partial, cached)) {
            std::fprintf(stderr, "bench: cannot keep the archive in %s\n", qPrintable(cache));
            return 1;
        }
        table.note(QStringLiteral("generated %1 articles in %2 s (%3 per 10,000)")
                       .arg(options.articles)
                       .arg(ms / 1000.0, 0, 'f', 1)
                       .arg(ms / 1000.0 * 10000.0 / options.articles, 0, 'f', 1));
    } else {
        table.note(QStringLiteral("archive from the cache: %1").arg(cached));
    }

    // Every run works on a copy.
    QTemporaryDir work;
    const QString archive = work.filePath(QStringLiteral("archive.sqlite"));
    if (!QFile::copy(cached, archive)) {
        std::fprintf(stderr, "bench: cannot copy the archive\n");
        return 1;
    }
    QFile(archive).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Start-up and memory: the window against a bare Qt window, each in processes of its own.
    {
        const int runs = options.articles >= 10000 ? 5 : 1;
        const auto bare = startupOf(
            { QStringLiteral("--child"), QStringLiteral("startup-bare"), archive }, runs);
        const auto ours = startupOf({ QStringLiteral("--child"), QStringLiteral("startup-copydesk"),
                                      archive, facts.editorUsername, facts.editorPassword },
                                    runs);
        table.row(QStringLiteral("start-up to the first painted window, signed in"), ours.first,
                  bare.first, QStringLiteral("a bare Qt window with a list view"), 1.5);
        // Signing in checks the password with Argon2id at libsodium's interactive limits: slow
        // by design, so that a stolen store's passwords are slow to guess.
        app::Newsroom newsroom;
        double check = 0;
        if (newsroom.open(archive, app::Newsroom::OpenMode::MustExist))
            check = medianMs(3, [&] {
                (void)newsroom.staff().signIn(facts.editorUsername, facts.editorPassword);
            });
        table.row(QStringLiteral("the same, less checking the password (Argon2id, %1 ms)")
                      .arg(check, 0, 'f', 0),
                  ours.first - check, bare.first,
                  QStringLiteral("a bare Qt window with a list view"), 1.5);
        table.value(QStringLiteral("resident memory, archive open and the list shown"), ours.second,
                    QStringLiteral("MiB"), 150,
                    QStringLiteral("bare window: %1 MiB").arg(bare.second, 0, 'f', 0));
    }

    const int failed
        = runArchiveBenchmarks(archive, facts, qMax(5, parser.value(keysOption).toInt()), table);
    table.print();
    return failed;
}
