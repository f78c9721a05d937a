#include "cli/commandline.h"

#include "app/spelling/checker.h"
#include "app/spelling/dictionaries.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/newsroom.h"
#include "app/export/siteexporter.h"
#include "app/import/textimport.h"
#include "app/body/worddiff.h"
#include "app/articles/articleservice.h"
#include "app/articles/demonewsroom.h"
#include "app/articles/editingservice.h"
#include "app/spelling/dictionaryservice.h"
#include "app/workflow/settingsservice.h"
#include "app/workflow/staffservice.h"
#include "app/workflow/workflowservice.h"
#include "app/export/settingsrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextDocument>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace copydesk::app {


namespace {

const QSet<QString> globalValueOptions = { QStringLiteral("--database"), QStringLiteral("--user") };
const QSet<QString> globalFlags = { QStringLiteral("--json"), QStringLiteral("--version"),
                                    QStringLiteral("--help"), QStringLiteral("-h") };

struct Global
{
    QString database;
    QString user;
    bool json = false;
    bool version = false;
    bool help = false;
    QStringList rest; // the command and its arguments
    QString error;
};

// Takes the global options out of the arguments, wherever they stand.
Global parseGlobal(const QStringList &arguments)
{
    Global g;
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        if (globalValueOptions.contains(arg)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    g.error = QStringLiteral("%1 needs a value").arg(arg);
                    return g;
                }
                value = arguments[++i];
            }
            (arg == QLatin1String("--database") ? g.database : g.user) = value;
        } else if (globalFlags.contains(arg) && !hasInlineValue) {
            if (arg == QLatin1String("--json"))
                g.json = true;
            else if (arg == QLatin1String("--version"))
                g.version = true;
            else
                g.help = true;
        } else {
            g.rest.append(arguments[i]);
        }
    }
    return g;
}

// The arguments of one command: its positional words and its options.
struct Args
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

Result<Args> parseArgs(const QStringList &words, const QSet<QString> &valueOptions,
                           const QSet<QString> &flagOptions = {})
{
    Args args;
    for (int i = 0; i < words.size(); ++i) {
        QString word = words[i];
        if (word == QLatin1String("--")) {
            args.positional += words.mid(i + 1);
            break;
        }
        if (!word.startsWith(QLatin1String("--"))) {
            args.positional.append(word);
            continue;
        }
        QString value;
        bool inlineValue = false;
        if (word.contains(QLatin1Char('='))) {
            value = word.section(QLatin1Char('='), 1);
            word = word.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        if (valueOptions.contains(word)) {
            if (!inlineValue) {
                if (i + 1 >= words.size())
                    return failure(Error::Kind::Invalid,
                                       QStringLiteral("%1 needs a value").arg(word));
                value = words[++i];
            }
            args.values.insert(word, value);
        } else if (flagOptions.contains(word) && !inlineValue) {
            args.flags.insert(word);
        } else {
            return failure(Error::Kind::Invalid, QStringLiteral("unknown option %1").arg(word));
        }
    }
    return args;
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A password from COPYDESK_PASSWORD (or another variable), else asked on the terminal without
// echo. Empty when neither is possible.
QString readPassword(const char *variable, const QString &prompt, QTextStream &err)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
#if defined(Q_OS_UNIX)
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    return QString::fromStdString(line);
#elif defined(Q_OS_WIN)
    if (!_isatty(_fileno(stdin)))
        return {};
    err << prompt << Qt::flush;
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
    std::string line;
    std::getline(std::cin, line);
    SetConsoleMode(input, mode);
    err << Qt::endl;
    return QString::fromStdString(line);
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return {};
#endif
}

class Runner
{
public:
    Runner(const Global &global, QTextStream &out, QTextStream &err)
        : m_global(global)
        , m_out(out)
        , m_err(err)
    { }

    int run()
    {
        const QString command = m_global.rest.value(0);
        const QStringList words = m_global.rest.mid(1);
        if (command == QLatin1String("init"))
            return init(words);
        if (command == QLatin1String("import"))
            return importFiles(words);
        if (command == QLatin1String("list"))
            return list(words);
        if (command == QLatin1String("show"))
            return show(words);
        if (command == QLatin1String("update"))
            return update(words);
        if (command == QLatin1String("db"))
            return database(words);
        if (command == QLatin1String("history"))
            return history(words);
        if (command == QLatin1String("note"))
            return note(words);
        if (command == QLatin1String("staff"))
            return staff(words);
        if (command == QLatin1String("check"))
            return check(words);
        if (command == QLatin1String("dictionary"))
            return dictionary(words);
        if (command == QLatin1String("settings"))
            return settings(words);
        if (command == QLatin1String("export"))
            return exportArticle(words);
        if (command == QLatin1String("export-site"))
            return exportSite(words);
        if (command == QLatin1String("diff"))
            return diff(words);
        if (command == QLatin1String("revert"))
            return revert(words);
        bool isAction = false;
        const Action action = Permissions::actionNamed(command, &isAction);
        if (isAction && Permissions::targetStatus(action).has_value() && action != Action::Create)
            return transition(action, words);
        return usage(QStringLiteral("unknown command '%1' (see copydesk --help)").arg(command));
    }

private:
    int usage(const QString &message)
    {
        m_err << "copydesk: " << message << Qt::endl;
        return CommandLine::Usage;
    }

    int fail(const Error &error)
    {
        m_err << "copydesk: " << error.message << Qt::endl;
        switch (error.kind) {
        case Error::Kind::Conflict:
            return CommandLine::Conflict;
        case Error::Kind::NotPermitted:
            return CommandLine::NotPermitted;
        default:
            return CommandLine::Failed;
        }
    }

    void printJson(const QJsonValue &value)
    {
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        m_out.flush();
    }

    QString storePath() const
    {
        return m_global.database.isEmpty() ? Newsroom::defaultStorePath() : m_global.database;
    }

    Result<void> checkPostgres() const
    {
        if (m_global.database.startsWith(QLatin1String("postgresql:")))
            return failure(
                Error::Kind::Invalid,
                QStringLiteral("PostgreSQL stores are not supported by this version yet"));
        return {};
    }

    Result<void> openStore(Newsroom::OpenMode mode)
    {
        if (auto r = checkPostgres(); !r)
            return r;
        return m_newsroom.open(storePath(), mode);
    }

    // The person named by --user, or 0 when none was named.
    // The person named by --user, signed in with the password from COPYDESK_PASSWORD or the
    // terminal. Every command that changes the store needs one; doing names the command.
    Result<Actor> signedIn(const QString &doing)
    {
        if (m_global.user.isEmpty())
            return failure(Error::Kind::NotPermitted,
                               QStringLiteral("sign in with --user NAME to %1").arg(doing));
        const QString password = readPassword(
            "COPYDESK_PASSWORD", QStringLiteral("Password for %1: ").arg(m_global.user), m_err);
        if (password.isEmpty())
            return failure(
                Error::Kind::NotPermitted,
                QStringLiteral("no password for %1: set COPYDESK_PASSWORD or run in a terminal")
                    .arg(m_global.user));
        return m_newsroom.staff().signIn(m_global.user, password);
    }

    Result<qint64> parseId(const QString &word)
    {
        bool ok = false;
        const qint64 id = word.toLongLong(&ok);
        if (!ok || id <= 0)
            return failure(Error::Kind::Invalid,
                               QStringLiteral("'%1' is not an article id").arg(word));
        return id;
    }

    int init(const QStringList &words)
    {
        const auto args
            = parseArgs(words, { QStringLiteral("--admin"), QStringLiteral("--display") },
                        { QStringLiteral("--demo") });
        if (!args)
            return usage(args.errorString());
        if (!args->positional.isEmpty())
            return usage(QStringLiteral("init takes no file names (use --database PATH)"));
        const int before = QFileInfo::exists(storePath()) ? 1 : 0;
        if (auto r = openStore(Newsroom::OpenMode::CreateIfMissing); !r)
            return fail(r.error());

        qint64 actorId = 0;
        QJsonObject result;
        result.insert(QStringLiteral("database"), QDir::toNativeSeparators(m_newsroom.path()));
        result.insert(QStringLiteral("schema"), m_newsroom.schemaVersion());
        if (args->has(QStringLiteral("--admin"))) {
            const QString username = args->value(QStringLiteral("--admin"));
            const auto count = m_newsroom.staff().headcount();
            if (!count)
                return fail(count.error());
            if (*count > 0)
                return fail({ Error::Kind::Invalid,
                              QStringLiteral("the store already has accounts; add people with "
                                             "copydesk staff add") });
            const QString password = readPassword(
                "COPYDESK_PASSWORD", QStringLiteral("Password for %1: ").arg(username), m_err);
            if (password.isEmpty())
                return fail(
                    { Error::Kind::Invalid,
                      QStringLiteral("no password for %1: set COPYDESK_PASSWORD or run in a "
                                     "terminal")
                          .arg(username) });
            const auto person = m_newsroom.staff().createFirstAccount(
                username, args->value(QStringLiteral("--display")), password);
            if (!person)
                return fail(person.error());
            actorId = person->id;
            result.insert(QStringLiteral("admin"), person->username);
        } else if (!m_global.user.isEmpty()) {
            const auto a = signedIn(QStringLiteral("set up the store"));
            if (!a)
                return fail(a.error());
            actorId = a->id;
        }
        if (args->has(QStringLiteral("--demo"))) {
            const auto added = m_newsroom.demo().addDemoNewsroom(actorId);
            if (!added)
                return fail(added.error());
            result.insert(QStringLiteral("demo_articles"), *added);
        }
        if (m_global.json) {
            printJson(result);
        } else {
            m_out << (before ? "Store ready: " : "Created store: ")
                  << QDir::toNativeSeparators(m_newsroom.path()) << " (schema "
                  << m_newsroom.schemaVersion() << ")" << Qt::endl;
            if (result.contains(QStringLiteral("admin")))
                m_out << "First account: " << result.value(QStringLiteral("admin")).toString()
                      << " (administrator, editor-in-chief)" << Qt::endl;
            if (result.contains(QStringLiteral("demo_articles")))
                m_out << "Demo newsroom: " << result.value(QStringLiteral("demo_articles")).toInt()
                      << " articles" << Qt::endl;
        }
        return CommandLine::Done;
    }

    int importFiles(const QStringList &words)
    {
        const auto args
            = parseArgs(words, { QStringLiteral("--section"), QStringLiteral("--author") });
        if (!args)
            return usage(args.errorString());
        if (args->positional.isEmpty())
            return usage(QStringLiteral("import needs at least one file"));
        // Every file is read and checked before anything is stored.
        QList<ImportedText> texts;
        for (const QString &file : args->positional) {
            const auto text = TextImport::readFile(file);
            if (!text)
                return fail(text.error());
            texts.append(*text);
        }
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto actor = signedIn(QStringLiteral("import articles"));
        if (!actor)
            return fail(actor.error());
        QList<IncomingArticle> incoming;
        for (int i = 0; i < texts.size(); ++i)
            incoming.append({ args->positional[i], texts[i].headline, {}, texts[i].body });
        const auto stored
            = m_newsroom.archive().importArticles(*actor, incoming,
                                                  args->value(QStringLiteral("--section")),
                                                  args->value(QStringLiteral("--author")));
        if (!stored)
            return fail(stored.error());
        QJsonArray imported;
        for (const ImportedArticle &row : *stored)
            imported.append(QJsonObject { { QStringLiteral("id"), row.article.id },
                                          { QStringLiteral("file"), row.source },
                                          { QStringLiteral("headline"), row.article.headline },
                                          { QStringLiteral("words"), row.article.wordCount } });
        if (m_global.json) {
            printJson(imported);
        } else {
            for (const QJsonValue &v : imported) {
                const QJsonObject o = v.toObject();
                m_out << "Imported " << o.value(QStringLiteral("id")).toInteger() << ": "
                      << o.value(QStringLiteral("headline")).toString() << " ("
                      << o.value(QStringLiteral("words")).toInt() << " words)" << Qt::endl;
            }
        }
        return CommandLine::Done;
    }

    int list(const QStringList &words)
    {
        const auto args = parseArgs(words,
                                    { QStringLiteral("--status"), QStringLiteral("--section"),
                                      QStringLiteral("--author"), QStringLiteral("--search"),
                                      QStringLiteral("--limit") });
        if (!args)
            return usage(args.errorString());
        if (!args->positional.isEmpty())
            return usage(QStringLiteral("list takes no arguments besides its options"));
        db::ArticleQuery query;
        if (args->has(QStringLiteral("--status"))) {
            const QString token = args->value(QStringLiteral("--status"));
            query.status = statusFromToken(token);
            if (!query.status) {
                QStringList statuses;
                for (const Status s : allStatuses())
                    statuses << statusName(s, StatusForm::Token);
                return usage(QStringLiteral("unknown status '%1' (one of: %2)")
                                 .arg(token, statuses.join(QStringLiteral(", "))));
            }
        }
        query.section = args->value(QStringLiteral("--section"));
        query.author = args->value(QStringLiteral("--author"));
        query.search = args->value(QStringLiteral("--search"));
        if (!query.search.isEmpty())
            query.sort = db::ArticleQuery::Sort::Relevance;
        query.limit = 50;
        if (args->has(QStringLiteral("--limit"))) {
            bool ok = false;
            query.limit = args->value(QStringLiteral("--limit")).toInt(&ok);
            if (!ok || query.limit <= 0)
                return usage(QStringLiteral("--limit takes a whole number above 0"));
        }
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto rows = m_newsroom.archive().list(query);
        if (!rows)
            return fail(rows.error());

        if (m_global.json) {
            QJsonArray array;
            for (const db::ArticleSummary &row : *rows) {
                QJsonObject o { { QStringLiteral("id"), row.id },
                                { QStringLiteral("headline"), row.headline },
                                { QStringLiteral("section"), row.section },
                                { QStringLiteral("status"), statusName(row.status, StatusForm::Token) },
                                { QStringLiteral("byline"), row.byline },
                                { QStringLiteral("updated"), isoTime(row.updatedAt) },
                                { QStringLiteral("version"), row.version },
                                { QStringLiteral("words"), row.wordCount } };
                if (!query.search.isEmpty()) {
                    QString snippet = row.snippet;
                    snippet.replace(db::ArticleSummary::snippetStart, QLatin1Char('['))
                        .replace(db::ArticleSummary::snippetEnd, QLatin1Char(']'));
                    o.insert(QStringLiteral("snippet"), snippet);
                }
                array.append(o);
            }
            printJson(array);
            return CommandLine::Done;
        }
        for (const db::ArticleSummary &row : *rows) {
            m_out << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(row.id, 5)
                         .arg(statusName(row.status, StatusForm::Token), -9)
                         .arg(row.section.isEmpty() ? QStringLiteral("-") : row.section, -10)
                         .arg(shownTime(row.updatedAt), -16)
                         .arg(row.headline)
                  << Qt::endl;
            if (!query.search.isEmpty()) {
                QString snippet = row.snippet.simplified();
                snippet.replace(db::ArticleSummary::snippetStart, QLatin1Char('['))
                    .replace(db::ArticleSummary::snippetEnd, QLatin1Char(']'));
                m_out << "       " << snippet << Qt::endl;
            }
        }
        if (rows->isEmpty())
            m_err << "copydesk: no articles match" << Qt::endl;
        return CommandLine::Done;
    }

    int show(const QStringList &words)
    {
        const auto args = parseArgs(words, {});
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() != 1)
            return usage(QStringLiteral("show takes one article id"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto article = m_newsroom.archive().article(*id);
        if (!article)
            return fail(article.error());
        const db::Article &a = *article;
        if (m_global.json) {
            printJson(QJsonObject {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("slug"), a.slug },
                { QStringLiteral("headline"), a.headline },
                { QStringLiteral("standfirst"), a.standfirst },
                { QStringLiteral("section"), a.section },
                { QStringLiteral("language"), a.language },
                { QStringLiteral("status"), statusName(a.status, StatusForm::Token) },
                { QStringLiteral("byline"), QJsonArray::fromStringList(a.authorNames) },
                { QStringLiteral("tags"), QJsonArray::fromStringList(a.tags) },
                { QStringLiteral("version"), a.version },
                { QStringLiteral("words"), a.wordCount },
                { QStringLiteral("created"), isoTime(a.createdAt) },
                { QStringLiteral("updated"), isoTime(a.updatedAt) },
                { QStringLiteral("published"), isoTime(a.publishedAt) },
                { QStringLiteral("body"), a.body } });
            return CommandLine::Done;
        }
        m_out << "Headline:   " << a.headline << Qt::endl;
        if (!a.standfirst.isEmpty())
            m_out << "Standfirst: " << a.standfirst << Qt::endl;
        m_out << "Section:    " << (a.section.isEmpty() ? QStringLiteral("-") : a.section)
              << Qt::endl;
        m_out << "Status:     " << statusName(a.status, StatusForm::Token) << Qt::endl;
        m_out << "Byline:     " << a.authorNames.join(QStringLiteral(", ")) << Qt::endl;
        if (!a.tags.isEmpty())
            m_out << "Tags:       " << a.tags.join(QStringLiteral(", ")) << Qt::endl;
        m_out << "Version:    " << a.version << " (updated " << shownTime(a.updatedAt) << ")"
              << Qt::endl;
        m_out << "Words:      " << a.wordCount << Qt::endl;
        m_out << Qt::endl << a.body;
        if (!a.body.endsWith(QLatin1Char('\n')))
            m_out << Qt::endl;
        m_out.flush();
        return CommandLine::Done;
    }

    int update(const QStringList &words)
    {
        const auto args
            = parseArgs(words,
                        { QStringLiteral("--headline"), QStringLiteral("--standfirst"),
                          QStringLiteral("--body-file"), QStringLiteral("--section"),
                          QStringLiteral("--tags"), QStringLiteral("--expect-version") });
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() != 1)
            return usage(QStringLiteral("update takes one article id"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        if (args->values.isEmpty())
            return usage(
                QStringLiteral("nothing to update (give --headline, --standfirst, --body-file, "
                               "--section or --tags)"));
        int expected = -1;
        if (args->has(QStringLiteral("--expect-version"))) {
            bool ok = false;
            expected = args->value(QStringLiteral("--expect-version")).toInt(&ok);
            if (!ok || expected <= 0)
                return usage(QStringLiteral("--expect-version takes a version number"));
        }
        QString body;
        const bool hasBody = args->has(QStringLiteral("--body-file"));
        if (hasBody) {
            const auto text = TextImport::readTextFile(args->value(QStringLiteral("--body-file")));
            if (!text)
                return fail(text.error());
            QTextDocument document;
            MarkdownReader::read(*text, &document);
            body = MarkdownWriter::write(&document);
        }
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto actor = signedIn(QStringLiteral("update articles"));
        if (!actor)
            return fail(actor.error());
        auto article = m_newsroom.archive().article(*id);
        if (!article)
            return fail(article.error());
        db::Article changed = *article;
        if (args->has(QStringLiteral("--headline")))
            changed.headline = args->value(QStringLiteral("--headline"));
        if (args->has(QStringLiteral("--standfirst")))
            changed.standfirst = args->value(QStringLiteral("--standfirst"));
        if (args->has(QStringLiteral("--section")))
            changed.section = args->value(QStringLiteral("--section"));
        if (args->has(QStringLiteral("--tags"))) {
            changed.tags.clear();
            const auto tags
                = args->value(QStringLiteral("--tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &tag : tags)
                if (!tag.trimmed().isEmpty())
                    changed.tags.append(tag.trimmed());
        }
        if (hasBody)
            changed.body = body;
        const auto version
            = m_newsroom.archive().saveArticle(changed, expected > 0 ? expected : article->version, *actor,
                                     args->value(QStringLiteral("--note")));
        if (!version)
            return fail(version.error());
        if (m_global.json)
            printJson(QJsonObject { { QStringLiteral("id"), *id },
                                    { QStringLiteral("version"), *version } });
        else
            m_out << "Saved article " << *id << " as version " << *version << Qt::endl;
        return CommandLine::Done;
    }

    int database(const QStringList &words)
    {
        const QString sub = words.value(0);
        const auto args = parseArgs(words.mid(1), { QStringLiteral("--out") });
        if (!args)
            return usage(args.errorString());
        if (sub != QLatin1String("backup")
            && (!args->positional.isEmpty() || !args->values.isEmpty()))
            return usage(QStringLiteral("db %1 takes no arguments").arg(sub));
        if (sub == QLatin1String("check")) {
            if (auto r = checkPostgres(); !r)
                return fail(r.error());
            const auto problems = m_newsroom.checkStore(storePath());
            if (!problems)
                return fail(problems.error());
            if (m_global.json) {
                printJson(QJsonObject {
                    { QStringLiteral("ok"), problems->isEmpty() },
                    { QStringLiteral("problems"), QJsonArray::fromStringList(*problems) } });
            } else if (problems->isEmpty()) {
                m_out << "ok: " << QDir::toNativeSeparators(m_newsroom.path()) << " (schema "
                      << m_newsroom.schemaVersion() << ")" << Qt::endl;
            } else {
                for (const QString &problem : *problems)
                    m_out << problem << Qt::endl;
            }
            if (!problems->isEmpty()) {
                m_err << "copydesk: " << QDir::toNativeSeparators(m_newsroom.path()) << " has "
                      << problems->size() << " problem(s)" << Qt::endl;
                return CommandLine::Failed;
            }
            return CommandLine::Done;
        }
        if (sub == QLatin1String("migrate")) {
            if (auto r = checkPostgres(); !r)
                return fail(r.error());
            const auto applied = m_newsroom.migrateStore(storePath());
            if (!applied)
                return fail(applied.error());
            if (m_global.json)
                printJson(QJsonObject {
                    { QStringLiteral("applied"), *applied },
                    { QStringLiteral("schema"), m_newsroom.schemaVersion() } });
            else
                m_out << "Applied " << *applied << " migration(s); schema "
                      << m_newsroom.schemaVersion() << Qt::endl;
            return CommandLine::Done;
        }
        if (sub == QLatin1String("backup")) {
            const auto backupArgs = parseArgs(words.mid(1), { QStringLiteral("--out") });
            if (!backupArgs)
                return usage(backupArgs.errorString());
            if (!backupArgs->has(QStringLiteral("--out")) || !backupArgs->positional.isEmpty())
                return usage(QStringLiteral("db backup takes --out FILE"));
            if (auto r = checkPostgres(); !r)
                return fail(r.error());
            const QString out = backupArgs->value(QStringLiteral("--out"));
            if (auto r = m_newsroom.backupStore(storePath(), out); !r)
                return fail(r.error());
            if (m_global.json)
                printJson(QJsonObject {
                    { QStringLiteral("backup"),
                      QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) } });
            else
                m_out << "Backed up " << QDir::toNativeSeparators(m_newsroom.path()) << " to "
                      << QDir::toNativeSeparators(out) << " (integrity checked)" << Qt::endl;
            return CommandLine::Done;
        }
        return usage(QStringLiteral("db takes check, migrate or backup"));
    }

    int transition(Action action, const QStringList &words)
    {
        const auto args = parseArgs(words, { QStringLiteral("--note") });
        if (!args)
            return usage(args.errorString());
        const QString verb = Permissions::verb(action);
        if (args->positional.size() != 1)
            return usage(QStringLiteral("%1 takes one article id").arg(verb));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        const QString note = args->value(QStringLiteral("--note"));
        if (Permissions::needsNote(action) && note.trimmed().isEmpty())
            return usage(QStringLiteral("%1 needs --note saying why").arg(verb));
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto actor = signedIn(verb + QStringLiteral(" articles"));
        if (!actor)
            return fail(actor.error());
        // The desk sees what is left before submitting; with nobody to ask, the command line
        // says so and goes on (the window asks first).
        const auto issues = action == Action::Submit
            ? m_newsroom.spelling().openIssues(*actor, *id)
            : Result<QList<Issue>>(QList<Issue>());
        const auto status = m_newsroom.workflow().transition(*id, action, *actor, note);
        if (!status)
            return fail(status.error());
        if (issues && !issues->isEmpty())
            m_err << "copydesk: note: " << issues->size()
                  << " spelling or style issue(s) remain (see: copydesk check " << *id << ")"
                  << Qt::endl;
        if (m_global.json)
            printJson(QJsonObject { { QStringLiteral("id"), *id },
                                    { QStringLiteral("status"), statusName(*status, StatusForm::Token) } });
        else
            m_out << "Article " << *id << " is now " << statusName(*status, StatusForm::Phrase)
                  << Qt::endl;
        return CommandLine::Done;
    }

    int history(const QStringList &words)
    {
        const auto args = parseArgs(words, {});
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() != 1)
            return usage(QStringLiteral("history takes one article id"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto entries = m_newsroom.workflow().history(*id);
        if (!entries)
            return fail(entries.error());
        if (m_global.json) {
            QJsonArray array;
            for (const HistoryEntry &e : *entries) {
                static const char *kinds[] = { "revision", "transition", "note" };
                QJsonObject o { { QStringLiteral("kind"), QString::fromLatin1(kinds[int(e.kind)]) },
                                { QStringLiteral("when"), isoTime(e.when) },
                                { QStringLiteral("who"), e.who },
                                { QStringLiteral("what"), e.what },
                                { QStringLiteral("note"), e.note } };
                if (e.kind == HistoryEntry::Kind::Revision)
                    o.insert(QStringLiteral("version"), e.version);
                array.append(o);
            }
            printJson(array);
            return CommandLine::Done;
        }
        for (const HistoryEntry &e : *entries) {
            m_out << shownTime(e.when) << "  " << (e.who.isEmpty() ? QStringLiteral("-") : e.who)
                  << "  " << e.what;
            if (!e.note.isEmpty())
                m_out << ": " << e.note;
            m_out << Qt::endl;
        }
        return CommandLine::Done;
    }

    int note(const QStringList &words)
    {
        const auto args = parseArgs(words, {});
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() < 2)
            return usage(QStringLiteral("note takes an article id and the text of the note"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto actor = signedIn(QStringLiteral("add notes"));
        if (!actor)
            return fail(actor.error());
        const auto noteId
            = m_newsroom.workflow().addNote(*id, *actor, args->positional.mid(1).join(QLatin1Char(' ')));
        if (!noteId)
            return fail(noteId.error());
        if (m_global.json)
            printJson(QJsonObject { { QStringLiteral("id"), *noteId } });
        else
            m_out << "Noted on article " << *id << Qt::endl;
        return CommandLine::Done;
    }

    static Result<QDate> parseDate(const QString &text, const QString &option)
    {
        if (text.isEmpty())
            return QDate();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return failure(
                Error::Kind::Invalid,
                QStringLiteral("%1 takes a date as YYYY-MM-DD, not '%2'").arg(option, text));
        return date;
    }

    int staff(const QStringList &words)
    {
        const QString sub = words.value(0);
        if (sub == QLatin1String("list")) {
            const auto args = parseArgs(words.mid(1), {});
            if (!args)
                return usage(args.errorString());
            if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
                return fail(r.error());
            const auto people = m_newsroom.staff().everyone();
            if (!people)
                return fail(people.error());
            QJsonArray array;
            for (const db::Person &p : *people) {
                const auto appointments = m_newsroom.staff().appointmentsOf(p.id);
                if (!appointments)
                    return fail(appointments.error());
                QJsonArray held;
                QStringList current;
                for (const db::Appointment &a : *appointments) {
                    const bool active
                        = Permissions::isActive(a.startsOn, a.endsOn, m_newsroom.today());
                    held.append(
                        QJsonObject { { QStringLiteral("id"), a.id },
                                      { QStringLiteral("title"), a.title },
                                      { QStringLiteral("level"), a.level },
                                      { QStringLiteral("section"), a.section },
                                      { QStringLiteral("term"), a.term },
                                      { QStringLiteral("from"), a.startsOn.toString(Qt::ISODate) },
                                      { QStringLiteral("to"), a.endsOn.toString(Qt::ISODate) },
                                      { QStringLiteral("current"), active } });
                    if (active)
                        current << (a.term.isEmpty()
                                        ? a.title
                                        : QStringLiteral("%1 (%2)").arg(a.title, a.term));
                }
                array.append(QJsonObject { { QStringLiteral("username"), p.username },
                                           { QStringLiteral("display"), p.displayName },
                                           { QStringLiteral("bio"), p.bio },
                                           { QStringLiteral("active"), p.active },
                                           { QStringLiteral("appointments"), held } });
                if (!m_global.json)
                    m_out << QStringLiteral("%1  %2  %3")
                                 .arg(p.username, -12)
                                 .arg(p.displayName, -24)
                                 .arg(current.isEmpty() ? QStringLiteral("(no current appointment)")
                                                        : current.join(QStringLiteral("; ")))
                          << Qt::endl;
            }
            if (m_global.json)
                printJson(array);
            return CommandLine::Done;
        }
        if (sub == QLatin1String("add")) {
            const auto args
                = parseArgs(words.mid(1), { QStringLiteral("--display"), QStringLiteral("--bio") });
            if (!args)
                return usage(args.errorString());
            if (args->positional.size() != 1)
                return usage(QStringLiteral("staff add takes one username"));
            if (!args->has(QStringLiteral("--display")))
                return usage(QStringLiteral("staff add needs --display \"Full Name\""));
            if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
                return fail(r.error());
            const auto actor = signedIn(QStringLiteral("manage staff"));
            if (!actor)
                return fail(actor.error());
            if (const Decision d = Permissions::decide(*actor, Action::Staff); !d)
                return fail({ Error::Kind::NotPermitted, d.reason });
            const QString username = args->positional.first();
            const QString password = readPassword(
                "COPYDESK_NEW_PASSWORD", QStringLiteral("Password for %1: ").arg(username), m_err);
            db::Person person;
            person.username = username;
            person.displayName = args->value(QStringLiteral("--display"));
            person.bio = args->value(QStringLiteral("--bio"));
            const auto added = m_newsroom.staff().addPerson(*actor, person, password);
            if (!added)
                return fail(added.error());
            if (m_global.json)
                printJson(QJsonObject { { QStringLiteral("username"), added->username },
                                        { QStringLiteral("id"), added->id } });
            else
                m_out << "Added " << added->username << " (" << added->displayName << ")"
                      << Qt::endl;
            return CommandLine::Done;
        }
        if (sub == QLatin1String("appoint")) {
            const auto args = parseArgs(words.mid(1),
                                        { QStringLiteral("--title"), QStringLiteral("--level"),
                                          QStringLiteral("--section"), QStringLiteral("--term"),
                                          QStringLiteral("--from"), QStringLiteral("--to") });
            if (!args)
                return usage(args.errorString());
            if (args->positional.size() != 1)
                return usage(QStringLiteral("staff appoint takes one username"));
            for (const char *required : { "--title", "--level", "--term" })
                if (!args->has(QString::fromLatin1(required)))
                    return usage(QStringLiteral("staff appoint needs %1")
                                     .arg(QString::fromLatin1(required)));
            const auto from
                = parseDate(args->value(QStringLiteral("--from")), QStringLiteral("--from"));
            const auto to = parseDate(args->value(QStringLiteral("--to")), QStringLiteral("--to"));
            if (!from)
                return usage(from.errorString());
            if (!to)
                return usage(to.errorString());
            if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
                return fail(r.error());
            const auto actor = signedIn(QStringLiteral("manage staff"));
            if (!actor)
                return fail(actor.error());
            const auto person = m_newsroom.staff().personNamed(args->positional.first());
            if (!person)
                return fail(person.error());
            db::Appointment appointment;
            appointment.personId = person->id;
            appointment.title = args->value(QStringLiteral("--title"));
            appointment.level = args->value(QStringLiteral("--level"));
            appointment.section = args->value(QStringLiteral("--section"));
            appointment.term = args->value(QStringLiteral("--term"));
            appointment.startsOn = *from;
            appointment.endsOn = *to;
            const auto id = m_newsroom.staff().appoint(*actor, appointment);
            if (!id)
                return fail(id.error());
            if (m_global.json)
                printJson(QJsonObject { { QStringLiteral("appointment"), *id } });
            else
                m_out << "Appointed " << person->username << " " << appointment.title << " ("
                      << appointment.term << "), appointment " << *id << Qt::endl;
            return CommandLine::Done;
        }
        if (sub == QLatin1String("end")) {
            const auto args = parseArgs(words.mid(1), { QStringLiteral("--on") });
            if (!args)
                return usage(args.errorString());
            bool ok = false;
            const qint64 id = args->positional.value(0).toLongLong(&ok);
            if (args->positional.size() != 1 || !ok)
                return usage(
                    QStringLiteral("staff end takes one appointment id (see staff list --json)"));
            const auto on = parseDate(args->value(QStringLiteral("--on")), QStringLiteral("--on"));
            if (!on)
                return usage(on.errorString());
            if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
                return fail(r.error());
            const auto actor = signedIn(QStringLiteral("manage staff"));
            if (!actor)
                return fail(actor.error());
            const QDate lastDay = on->isValid() ? *on : m_newsroom.today().addDays(-1);
            if (auto r = m_newsroom.staff().endAppointment(*actor, id, lastDay); !r)
                return fail(r.error());
            m_out << "Appointment " << id << " ended on " << lastDay.toString(Qt::ISODate)
                  << Qt::endl;
            return CommandLine::Done;
        }
        return usage(QStringLiteral("staff takes add, appoint, end or list"));
    }

    int check(const QStringList &words)
    {
        const auto args = parseArgs(words, { QStringLiteral("--lang") });
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() != 1)
            return usage(QStringLiteral("check takes one article id or file"));
        const QString target = args->positional.first();
        bool isId = false;
        const qint64 id = target.toLongLong(&isId);
        isId = isId && id > 0 && !QFileInfo::exists(target);

        QList<CheckLine> lines;
        QString language = args->value(QStringLiteral("--lang"));
        const bool haveStore = openStore(Newsroom::OpenMode::MustExist).ok();
        if (isId) {
            if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
                return fail(r.error());
            const auto article = m_newsroom.archive().article(id);
            if (!article)
                return fail(article.error());
            if (language.isEmpty())
                language = article->language;
            lines = Checker::linesOf(article->headline, article->standfirst, article->body);
        } else {
            QFile file(target);
            if (!QFileInfo::exists(target))
                return fail({ Error::Kind::NotFound,
                              QStringLiteral("%1: no such file or article")
                                  .arg(QDir::toNativeSeparators(target)) });
            if (!file.open(QIODevice::ReadOnly))
                return fail({ Error::Kind::Failed,
                              QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(target),
                                                           file.errorString()) });
            const auto text
                = TextImport::decodeUtf8(file.readAll(), QDir::toNativeSeparators(target));
            if (!text)
                return fail(text.error());
            const QString suffix = QFileInfo(target).suffix().toLower();
            if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
                QTextDocument document;
                MarkdownReader::read(*text, &document);
                lines = Checker::linesOf(&document);
            } else {
                QString plain = *text;
                plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                const auto split = plain.split(QLatin1Char('\n'));
                for (const QString &line : split)
                    lines.append({ line, {} });
            }
        }
        Actor reader;
        if (!m_global.user.isEmpty() && haveStore) {
            const auto signedInActor = signedIn(QStringLiteral("use your own dictionary"));
            if (!signedInActor)
                return fail(signedInActor.error());
            reader = *signedInActor;
        }
        const auto checker = m_newsroom.spelling().checkerFor(
            reader, language.isEmpty() ? Dictionaries::defaultLanguage() : language, isId ? id : 0);
        if (!checker)
            return fail(checker.error());
        QList<Issue> issues = (*checker)->check(lines);
        (*checker)->addSuggestions(issues);
        if (m_global.json) {
            QJsonArray array;
            for (const Issue &i : issues)
                array.append(QJsonObject {
                    { QStringLiteral("line"), i.line },
                    { QStringLiteral("column"), i.column },
                    { QStringLiteral("length"), i.length },
                    { QStringLiteral("word"), i.word },
                    { QStringLiteral("kind"), i.kind },
                    { QStringLiteral("message"), i.message },
                    { QStringLiteral("suggestions"), QJsonArray::fromStringList(i.suggestions) } });
            printJson(array);
            return CommandLine::Done;
        }
        for (const Issue &i : issues) {
            m_out << i.line << ":" << i.column << "  " << i.kind << "  " << i.word;
            if (!i.suggestions.isEmpty())
                m_out << "  -> " << i.suggestions.join(QStringLiteral(", "));
            else if (i.kind != QLatin1String("spelling"))
                m_out << "  (" << i.message << ")";
            m_out << Qt::endl;
        }
        if (issues.isEmpty())
            m_err << "copydesk: no issues found" << Qt::endl;
        return CommandLine::Done;
    }

    int dictionary(const QStringList &words)
    {
        const QString sub = words.value(0);
        const auto args
            = parseArgs(words.mid(1), { QStringLiteral("--lang") }, { QStringLiteral("--house") });
        if (!args)
            return usage(args.errorString());
        const QString language = args->has(QStringLiteral("--lang"))
            ? args->value(QStringLiteral("--lang"))
            : Dictionaries::defaultLanguage();
        const bool house = args->has(QStringLiteral("--house"));
        if (sub == QLatin1String("list")) {
            if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
                return fail(r.error());
            qint64 personId = 0;
            if (!house) {
                const auto actor = signedIn(QStringLiteral("see your own dictionary"));
                if (!actor)
                    return fail(actor.error());
                personId = actor->id;
            }
            const auto list = m_newsroom.spelling().words(language, personId);
            if (!list)
                return fail(list.error());
            if (m_global.json)
                printJson(QJsonArray::fromStringList(*list));
            else
                for (const QString &w : *list)
                    m_out << w << Qt::endl;
            return CommandLine::Done;
        }
        if (sub != QLatin1String("add") && sub != QLatin1String("remove"))
            return usage(QStringLiteral("dictionary takes add, remove or list"));
        if (args->positional.size() != 1)
            return usage(QStringLiteral("dictionary %1 takes one word").arg(sub));
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto actor = signedIn(QStringLiteral("change a dictionary"));
        if (!actor)
            return fail(actor.error());
        const QString word = args->positional.first();
        const auto done = sub == QLatin1String("add")
            ? m_newsroom.spelling().addWord(*actor, word, language, house)
            : m_newsroom.spelling().removeWord(*actor, word, language, house);
        if (!done)
            return fail(done.error());
        m_out << (sub == QLatin1String("add") ? "Added " : "Removed ") << word
              << (house ? " (house dictionary, " : " (your dictionary, ") << language << ")"
              << Qt::endl;
        return CommandLine::Done;
    }

    int settings(const QStringList &words)
    {
        const QString sub = words.value(0);
        const auto args = parseArgs(words.mid(1), {});
        if (!args)
            return usage(args.errorString());
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        if (sub == QLatin1String("get") && args->positional.size() == 1) {
            const auto value = m_newsroom.publication().value(args->positional.first());
            if (!value)
                return fail(value.error());
            m_out << *value << Qt::endl;
            return CommandLine::Done;
        }
        if (sub == QLatin1String("set") && args->positional.size() == 2) {
            const QString key = args->positional.first();
            const QString value = args->positional.at(1);
            const auto actor = signedIn(QStringLiteral("change settings"));
            if (!actor)
                return fail(actor.error());
            if (key.startsWith(QLatin1String("check."))) {
                if (value != QLatin1String("on") && value != QLatin1String("off"))
                    return usage(QStringLiteral("%1 takes on or off").arg(key));
                if (auto r
                    = m_newsroom.spelling().setCheckEnabled(*actor, key.mid(6), value == QLatin1String("on"));
                    !r)
                    return fail(r.error());
            } else if (key.startsWith(QLatin1String("publication."))) {
                const QStringList known = SettingsRules::publicationKeys();
                if (!known.contains(key))
                    return usage(QStringLiteral("unknown setting '%1' (one of: %2)")
                                     .arg(key, known.join(QStringLiteral(", "))));
                if (auto r = m_newsroom.publication().setSetting(*actor, key, value); !r)
                    return fail(r.error());
            } else {
                return usage(
                    QStringLiteral("unknown setting '%1' (check.KIND on|off, publication.name, "
                                   "publication.about, publication.links, publication.base-url)")
                        .arg(key));
            }
            m_out << key << " = " << value << Qt::endl;
            return CommandLine::Done;
        }
        return usage(QStringLiteral("settings takes get KEY or set KEY VALUE"));
    }

    int exportArticle(const QStringList &words)
    {
        const auto args = parseArgs(words, { QStringLiteral("--out") });
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() != 1 || !args->has(QStringLiteral("--out")))
            return usage(QStringLiteral("export takes one article id and --out FILE"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        SiteExporter exporter(m_newsroom.exportSource());
        const QString out = args->value(QStringLiteral("--out"));
        if (auto r = exporter.exportArticle(*id, out); !r)
            return fail(r.error());
        if (m_global.json)
            printJson(
                QJsonObject { { QStringLiteral("file"),
                                QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) } });
        else
            m_out << "Exported article " << *id << " to " << QDir::toNativeSeparators(out)
                  << Qt::endl;
        return CommandLine::Done;
    }

    int exportSite(const QStringList &words)
    {
        const auto args
            = parseArgs(words, { QStringLiteral("--out"), QStringLiteral("--base-url") });
        if (!args)
            return usage(args.errorString());
        if (!args->positional.isEmpty() || !args->has(QStringLiteral("--out")))
            return usage(QStringLiteral("export-site takes --out DIR [--base-url URL]"));
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        SiteExporter exporter(m_newsroom.exportSource());
        const QString out = args->value(QStringLiteral("--out"));
        const auto report = exporter.exportSite(out, args->value(QStringLiteral("--base-url")));
        if (!report)
            return fail(report.error());
        if (m_global.json) {
            printJson(QJsonObject {
                { QStringLiteral("folder"),
                  QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) },
                { QStringLiteral("articles"), report->articles },
                { QStringLiteral("written"), QJsonArray::fromStringList(report->written) },
                { QStringLiteral("unchanged"), QJsonArray::fromStringList(report->unchanged) },
                { QStringLiteral("removed"), QJsonArray::fromStringList(report->removed) } });
        } else {
            m_out << "Exported " << report->articles << " published article(s) to "
                  << QDir::toNativeSeparators(out) << ": " << report->written.size()
                  << " page(s) written, " << report->unchanged.size() << " unchanged, "
                  << report->removed.size() << " removed" << Qt::endl;
        }
        return CommandLine::Done;
    }

    int diff(const QStringList &words)
    {
        const auto args = parseArgs(words, {});
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() < 2 || args->positional.size() > 3)
            return usage(QStringLiteral("diff takes an article id and one or two versions"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        bool ok1 = false;
        bool ok2 = true;
        const int from = args->positional.at(1).toInt(&ok1);
        int to = args->positional.size() == 3 ? args->positional.at(2).toInt(&ok2) : 0;
        if (!ok1 || !ok2)
            return usage(QStringLiteral("versions are whole numbers"));
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        if (to == 0) {
            const auto article = m_newsroom.archive().article(*id);
            if (!article)
                return fail(article.error());
            to = article->version;
        }
        const auto a = m_newsroom.archive().revision(*id, from);
        if (!a)
            return fail(a.error());
        const auto b = m_newsroom.archive().revision(*id, to);
        if (!b)
            return fail(b.error());
        auto text = [](const db::Revision &r) {
            return r.headline + QStringLiteral("\n\n") + r.standfirst + QStringLiteral("\n\n")
                + r.body;
        };
        const auto segments = WordDiff::compare(text(*a), text(*b));
        if (m_global.json) {
            QJsonArray array;
            for (const WordDiff::Segment &segment : segments) {
                static const char *kinds[] = { "same", "inserted", "deleted" };
                array.append(QJsonObject {
                    { QStringLiteral("kind"), QString::fromLatin1(kinds[int(segment.kind)]) },
                    { QStringLiteral("text"), segment.text } });
            }
            printJson(QJsonObject { { QStringLiteral("from"), from },
                                    { QStringLiteral("to"), to },
                                    { QStringLiteral("changes"), WordDiff::changes(segments) },
                                    { QStringLiteral("segments"), array } });
            return CommandLine::Done;
        }
        m_out << "Version " << from << " -> " << to << " (" << WordDiff::changes(segments)
              << " change(s))" << Qt::endl
              << WordDiff::toText(segments);
        if (!segments.isEmpty() && !segments.last().text.endsWith(QLatin1Char('\n')))
            m_out << Qt::endl;
        m_out.flush();
        return CommandLine::Done;
    }

    int revert(const QStringList &words)
    {
        const auto args
            = parseArgs(words, { QStringLiteral("--to"), QStringLiteral("--expect-version") });
        if (!args)
            return usage(args.errorString());
        if (args->positional.size() != 1 || !args->has(QStringLiteral("--to")))
            return usage(QStringLiteral("revert takes an article id and --to VERSION"));
        const auto id = parseId(args->positional.first());
        if (!id)
            return usage(id.errorString());
        bool ok = false;
        const int version = args->value(QStringLiteral("--to")).toInt(&ok);
        if (!ok || version <= 0)
            return usage(QStringLiteral("--to takes a version number"));
        if (auto r = openStore(Newsroom::OpenMode::MustExist); !r)
            return fail(r.error());
        const auto actor = signedIn(QStringLiteral("restore an old version"));
        if (!actor)
            return fail(actor.error());
        const auto article = m_newsroom.archive().article(*id);
        if (!article)
            return fail(article.error());
        int expected = article->version;
        if (args->has(QStringLiteral("--expect-version")))
            expected = args->value(QStringLiteral("--expect-version")).toInt();
        const auto saved = m_newsroom.archive().restoreRevision(*actor, *id, version, expected);
        if (!saved)
            return fail(saved.error());
        if (m_global.json)
            printJson(QJsonObject { { QStringLiteral("id"), *id },
                                    { QStringLiteral("version"), *saved } });
        else
            m_out << "Restored version " << version << " of article " << *id << " as version "
                  << *saved << Qt::endl;
        return CommandLine::Done;
    }

    const Global &m_global;
    QTextStream &m_out;
    QTextStream &m_err;
    Newsroom m_newsroom;
};

} // namespace

CommandLine::Launch CommandLine::launchFor(const QStringList &arguments)
{
    const Global g = parseGlobal(arguments);
    Launch launch;
    launch.headless = !g.rest.isEmpty() || g.version || g.help || !g.error.isEmpty() || g.json;
    launch.databasePath = g.database;
    return launch;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString CommandLine::helpText()
{
    return QStringLiteral(
               "Usage: copydesk [global options] COMMAND [arguments]\n"
               "Without a command, copydesk opens its window.\n"
               "\n"
               "Global options:\n"
               "  --database PATH    the store (default: %1)\n"
               "  --user NAME        sign in as this person (password from COPYDESK_PASSWORD, "
               "else\n"
               "                     asked); every command that changes the store needs it\n"
               "  --json             machine-readable output\n"
               "  --version          print the version\n"
               "  --help             print this help\n"
               "\n"
               "Commands:\n"
               "  init [--admin NAME [--display \"Full Name\"]] [--demo]\n"
               "                     create or migrate the store; the first account (password "
               "from\n"
               "                     COPYDESK_PASSWORD or asked); --demo adds a demo newsroom\n"
               "  import FILE... [--section S] [--author NAME]\n"
               "                     import .txt or .md files as draft articles\n"
               "  list [--status S] [--section S] [--author NAME] [--search WORDS] [--limit N]\n"
               "                     articles, newest first (with --search: best match first)\n"
               "  show ID            one article with its fields and body\n"
               "  update ID [--headline T] [--standfirst T] [--body-file F] [--section S]\n"
               "            [--tags a,b] [--expect-version V] [--note T]\n"
               "                     save a change; prints the new version (a published article\n"
               "                     takes a correction: --note says what was corrected)\n"
               "  submit ID, approve ID, publish ID, spike ID, restore ID\n"
               "  return ID --note T, unpublish ID --note T\n"
               "                     move an article through the workflow\n"
               "  note ID TEXT       add an editorial note to an article\n"
               "  history ID         revisions, transitions and notes of an article\n"
               "  staff list\n"
               "  staff add NAME --display \"Full Name\" [--bio T]   (password: "
               "COPYDESK_NEW_PASSWORD)\n"
               "  staff appoint NAME --title T --level L [--section S] --term 2019/20 [--from D] "
               "[--to D]\n"
               "  staff end APPOINTMENT [--on D]\n"
               "                     people and their appointments (levels: contributor, "
               "section-editor,\n"
               "                     deputy-editor, editor-in-chief, administrator)\n"
               "  check ID|FILE [--lang L]\n"
               "                     spelling and style issues: line, column, kind, word, "
               "suggestions\n"
               "                     (for an article, line 1 is the headline, 2 the standfirst, "
               "then\n"
               "                     one line per paragraph)\n"
               "  dictionary add|remove WORD [--house] [--lang L], dictionary list [--house]\n"
               "                     your own dictionary, or the house dictionary (section editors "
               "up)\n"
               "  export ID --out FILE\n"
               "                     one article as an HTML page (a draft gets a preview banner)\n"
               "  export-site --out DIR [--base-url URL]\n"
               "                     the published site: articles, front, section, author and tag\n"
               "                     pages, Atom feed, sitemap.xml\n"
               "  settings set publication.name|publication.about|publication.base-url VALUE\n"
               "  settings set publication.links \"Label | https://…\" (one per line)\n"
               "  settings set check.KIND on|off\n"
               "                     switch a style check (spelling, repeated-word, "
               "name-spelling,\n"
               "                     mixed-quotes, double-space, long-sentence, skip-all-caps)\n"
               "  diff ID V1 [V2]    word-level changes between two versions "
               "([-deleted-]{+inserted+})\n"
               "  revert ID --to V [--expect-version V]\n"
               "                     make version V the newest again (a new revision)\n"
               "  db check           integrity and reference checks of the store\n"
               "  db backup --out FILE\n"
               "                     a consistent, integrity-checked copy while others keep "
               "working\n"
               "  db migrate         bring the store's schema up to date\n"
               "\n"
               "Exit codes: 0 done, 1 wrong usage, 2 failed, 3 conflict (someone saved first;\n"
               "nothing was overwritten), 4 not permitted.\n")
        .arg(QDir::toNativeSeparators(Newsroom::defaultStorePath()));
}

int CommandLine::run(const QStringList &arguments)
{
    const Global global = parseGlobal(arguments);
    if (!global.error.isEmpty()) {
        m_err << "copydesk: " << global.error << Qt::endl;
        return Usage;
    }
    if (global.version) {
        m_out << "copydesk " << COPYDESK_VERSION << Qt::endl;
        return Done;
    }
    if (global.help) {
        m_out << helpText() << Qt::flush;
        return Done;
    }
    if (global.rest.isEmpty()) {
        m_err << "copydesk: no command given (see copydesk --help)" << Qt::endl;
        return Usage;
    }
    Runner runner(global, m_out, m_err);
    return runner.run();
}

} // namespace copydesk::app
