// The store: init, db check, db migrate, db backup.

#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk::cli {

namespace {

using app::Newsroom;

class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::StoreCommands)

public:
    static QList<Command> table()
    {
        return {
            { QStringLiteral("init"),
              {},
              tr("create or migrate the store; the first account (password from "
                 "COPYDESK_PASSWORD or asked); --demo adds a demo newsroom"),
              tr("The first account holds two open-ended appointments, administrator and "
                 "editor-in-chief, so a new newsroom can work at once."),
              { { QStringLiteral("--admin"), QStringLiteral("NAME"),
                  tr("make the first account, with this username") },
                { QStringLiteral("--display"), QStringLiteral("\"Full Name\""),
                  tr("the first account's full name") },
                { QStringLiteral("--demo"),
                  {},
                  tr("add a demo newsroom: four staff, six articles") } },
              init },
            { QStringLiteral("db check"),
              {},
              tr("integrity and reference checks of the store"),
              {},
              {},
              check },
            { QStringLiteral("db migrate"),
              {},
              tr("bring the store's schema up to date"),
              {},
              {},
              migrate },
            { QStringLiteral("db backup"),
              {},
              tr("a consistent, integrity-checked copy while others keep working"),
              tr("A store file is copied with VACUUM INTO and checked; a newsroom on a "
                 "PostgreSQL server is written by pg_dump (its custom format, for pg_restore)."),
              { { QStringLiteral("--out"), QStringLiteral("FILE"), tr("where the copy goes"),
                  true },
                { QStringLiteral("--force"),
                  {},
                  tr("replace an existing file that is not a Copydesk store") } },
              backup },
            { QStringLiteral("db copy"),
              {},
              tr("move a whole newsroom between stores: SQLite or PostgreSQL, either way"),
              tr("Every table is copied with the same ids in one transaction on the target, "
                 "which must be empty (a new file, or an empty database on a server); the "
                 "counts are compared before it commits. SOURCE and TARGET are store files or "
                 "postgresql://user@host/newsroom addresses (password from COPYDESK_PASSWORD, "
                 "PGPASSWORD or ~/.pgpass)."),
              { { QStringLiteral("--from"), QStringLiteral("SOURCE"), tr("the newsroom to copy"),
                  true },
                { QStringLiteral("--to"), QStringLiteral("TARGET"),
                  tr("an empty store to copy it into"), true } },
              copy },
        };
    }

    static int init(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("init takes no file names (use --database PATH)"));
        Newsroom &newsroom = c.newsroom();
        const bool before
            = Newsroom::isServerAddress(c.storePath()) || QFileInfo::exists(c.storePath());
        if (auto r = c.openStore(Newsroom::OpenMode::CreateIfMissing); !r)
            return c.fail(r.error());

        qint64 actorId = 0;
        QJsonObject result;
        result.insert(QStringLiteral("database"), c.shownStore());
        result.insert(QStringLiteral("schema"), newsroom.schemaVersion());
        if (args.has(QStringLiteral("--admin"))) {
            const QString username = args.value(QStringLiteral("--admin"));
            const auto count = newsroom.staff().headcount();
            if (!count)
                return c.fail(count.error());
            if (*count > 0)
                return c.fail({ Error::Kind::Invalid,
                                tr("the store already has accounts; add people with copydesk "
                                   "staff add") });
            const QString password = c.readPassword("COPYDESK_PASSWORD", username);
            if (password.isEmpty())
                return c.fail({ Error::Kind::Invalid,
                                tr("no password for %1: set COPYDESK_PASSWORD or run in a terminal")
                                    .arg(username) });
            const auto person = newsroom.staff().createFirstAccount(
                username, args.value(QStringLiteral("--display")), password);
            if (!person)
                return c.fail(person.error());
            actorId = person->id;
            result.insert(QStringLiteral("admin"), person->username);
        } else if (!c.global().user.isEmpty()) {
            const auto a = c.signedIn(tr("set up the store"));
            if (!a)
                return c.fail(a.error());
            actorId = a->id;
        }
        if (args.has(QStringLiteral("--demo"))) {
            const auto added = newsroom.demo().addDemoNewsroom(actorId);
            if (!added)
                return c.fail(added.error());
            result.insert(QStringLiteral("demo_articles"), *added);
        }
        if (c.json()) {
            c.printJson(result);
            return Done;
        }
        QTextStream &out = c.out();
        out << (before ? tr("Store ready: %1 (schema %2)") : tr("Created store: %1 (schema %2)"))
                   .arg(c.shownStore(), QString::number(newsroom.schemaVersion()))
            << Qt::endl;
        if (result.contains(QStringLiteral("admin")))
            out << tr("First account: %1 (administrator, editor-in-chief)")
                       .arg(result.value(QStringLiteral("admin")).toString())
                << Qt::endl;
        if (result.contains(QStringLiteral("demo_articles")))
            out << tr("Demo newsroom: %1 articles")
                       .arg(result.value(QStringLiteral("demo_articles")).toInt())
                << Qt::endl;
        return Done;
    }

    static int check(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("db check takes no arguments"));
        c.prepareServer();
        Newsroom &newsroom = c.newsroom();
        const auto problems = newsroom.checkStore(c.storePath());
        if (!problems)
            return c.fail(problems.error());
        if (c.json()) {
            c.printJson(QJsonObject {
                { QStringLiteral("ok"), problems->isEmpty() },
                { QStringLiteral("problems"), QJsonArray::fromStringList(*problems) } });
        } else if (problems->isEmpty()) {
            c.out() << (newsroom.isReadOnly()
                            ? tr("ok: %1 (schema %2; read-only, so the search index was not "
                                 "checked)")
                            : tr("ok: %1 (schema %2)"))
                           .arg(c.shownStore(), QString::number(newsroom.schemaVersion()))
                    << Qt::endl;
        } else {
            for (const QString &problem : *problems)
                c.out() << problem << Qt::endl;
        }
        if (!problems->isEmpty()) {
            c.remark(problems->size() == 1
                         ? tr("%1 has 1 problem").arg(c.shownStore())
                         : tr("%1 has %2 problems")
                               .arg(c.shownStore(), QString::number(problems->size())));
            return Failed;
        }
        return Done;
    }

    static int migrate(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("db migrate takes no arguments"));
        c.prepareServer();
        Newsroom &newsroom = c.newsroom();
        const auto applied = newsroom.migrateStore(c.storePath());
        if (!applied)
            return c.fail(applied.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("applied"), *applied },
                                      { QStringLiteral("schema"), newsroom.schemaVersion() } });
        else
            c.out() << (*applied == 1
                            ? tr("Applied 1 migration; schema %1").arg(newsroom.schemaVersion())
                            : tr("Applied %1 migrations; schema %2")
                                  .arg(QString::number(*applied),
                                       QString::number(newsroom.schemaVersion())))
                    << Qt::endl;
        return Done;
    }

    static int copy(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("db copy takes --from SOURCE --to TARGET"));
        const QString from = args.value(QStringLiteral("--from"));
        const QString to = args.value(QStringLiteral("--to"));
        const auto copied = Newsroom::copyStore(from, to, CommandContext::serverPassword());
        if (!copied)
            return c.fail(copied.error());
        qint64 total = 0;
        QJsonObject tables;
        for (const auto &count : *copied) {
            tables.insert(count.table, count.rows);
            total += count.rows;
        }
        if (c.json()) {
            c.printJson(QJsonObject { { QStringLiteral("from"), Newsroom::shownLocation(from) },
                                      { QStringLiteral("to"), Newsroom::shownLocation(to) },
                                      { QStringLiteral("tables"), tables } });
            return Done;
        }
        for (const auto &count : *copied)
            c.out() << QStringLiteral("%1  %2").arg(count.rows, 8).arg(count.table) << Qt::endl;
        c.out() << tr("Copied %1 rows from %2 to %3; every table's count matches")
                       .arg(QString::number(total), Newsroom::shownLocation(from),
                            Newsroom::shownLocation(to))
                << Qt::endl;
        return Done;
    }

    static int backup(CommandContext &c, const Args &args)
    {
        if (!args.has(QStringLiteral("--out")) || !args.positional.isEmpty())
            return c.usage(tr("db backup takes --out FILE"));
        c.prepareServer();
        const QString out = args.value(QStringLiteral("--out"));
        if (auto r
            = c.newsroom().backupStore(c.storePath(), out, args.has(QStringLiteral("--force")));
            !r)
            return c.fail(r.error());
        if (c.json())
            c.printJson(
                QJsonObject { { QStringLiteral("backup"),
                                QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) } });
        else
            c.out() << (c.newsroom().isServer() ? tr("Backed up %1 to %2 (with pg_dump)")
                                                : tr("Backed up %1 to %2 (integrity checked)"))
                           .arg(c.shownStore(), QDir::toNativeSeparators(out))
                    << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> storeCommands()
{
    return StoreCommands::table();
}

} // namespace copydesk::cli
