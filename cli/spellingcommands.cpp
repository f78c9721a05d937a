// Spelling and style: check, dictionary add|remove|list, and the newsroom's settings (the style
// checks it runs and the publication's name, about text, links and web address).

#include "app/body/markdownreader.h"
#include "app/export/settingsrules.h"
#include "app/import/textimport.h"
#include "app/spelling/checker.h"
#include "app/spelling/dictionaries.h"
#include "app/spelling/housestyle.h"
#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextStream>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

const QStringList publicationKeys = SettingsRules::publicationKeys();

class SpellingCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::SpellingCommands)

public:
    static QList<Command> table()
    {
        const Option house { QStringLiteral("--house"),
                             {},
                             tr("the house dictionary (changed by section editors and above) "
                                "instead of your own") };
        const Option language {
            QStringLiteral("--lang"), QStringLiteral("L"),
            tr("the dictionary's language (default: %1)").arg(Dictionaries::defaultLanguage())
        };
        const QString keys
            = tr("Keys: check.KIND on|off switches a style check for the newsroom (spelling, "
                 "repeated-word, name-spelling, mixed-quotes, double-space, long-sentence, "
                 "house-style, skip-all-caps); %1 (links: one \"Label | https://…\" per line).")
                  .arg(publicationKeys.join(QStringLiteral(", ")));
        return {
            { QStringLiteral("check"),
              QStringLiteral("ID|FILE"),
              tr("spelling and style issues: line, column, kind, word, suggestions"),
              tr("For an article, line 1 is the headline, 2 the standfirst, then one line per "
                 "paragraph. Signed in, your own dictionary counts too. With --fix, every house "
                 "style fix is made (a file is rewritten in place, an article saved as a new "
                 "version) and each change printed as LINE:COLUMN  FROM -> TO (for a file, its "
                 "own lines)."),
              { { QStringLiteral("--lang"), QStringLiteral("L"),
                  tr("the language to check in (default: the article's, else %1)")
                      .arg(Dictionaries::defaultLanguage()) },
                { QStringLiteral("--fix"), {}, tr("apply every house style fix") },
                { QStringLiteral("--note"), QStringLiteral("T"),
                  tr("with --fix on a published article: the correction's note") } },
              check },
            { QStringLiteral("dictionary add"),
              QStringLiteral("WORD"),
              tr("add a word to your own dictionary, or the house dictionary"),
              {},
              { house, language },
              add },
            { QStringLiteral("dictionary remove"),
              QStringLiteral("WORD"),
              tr("remove a word from your own dictionary, or the house dictionary"),
              {},
              { house, language },
              remove },
            { QStringLiteral("dictionary list"),
              {},
              tr("the words of your own dictionary, or the house dictionary"),
              {},
              { house, language },
              list },
            { QStringLiteral("settings get"),
              QStringLiteral("KEY"),
              tr("print one of the newsroom's settings"),
              keys,
              {},
              get },
            { QStringLiteral("settings set"),
              QStringLiteral("KEY VALUE"),
              tr("change one of the newsroom's settings (editor-in-chief, administrator)"),
              keys,
              {},
              set },
        };
    }

    // A file's text as it is (line ends and all), for checking and fixing.
    static Result<QString> fileText(const QString &target)
    {
        const QString shown = QDir::toNativeSeparators(target);
        QFile file(target);
        if (!QFileInfo(target).isFile())
            return failure(Error::Kind::NotFound, tr("%1: no such file or article").arg(shown));
        if (!file.open(QIODevice::ReadOnly))
            return failure(Error::Kind::Failed,
                           QStringLiteral("%1: %2").arg(shown, file.errorString()));
        return TextImport::decodeUtf8(file.readAll(), shown);
    }

    // The lines to check of a file: Markdown by its paragraphs, anything else line by line.
    static Result<QList<CheckLine>> linesOfFile(const QString &target)
    {
        const auto text = fileText(target);
        if (!text)
            return text.error();
        QList<CheckLine> lines;
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
            QTextDocument document;
            MarkdownReader::read(*text, &document);
            return Checker::linesOf(&document);
        }
        QString plain = *text;
        plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const auto split = plain.split(QLatin1Char('\n'));
        for (const QString &line : split)
            lines.append(Checker::plainLine(line));
        return lines;
    }

    static void printFixes(CommandContext &c, const QList<StyleFix> &fixes)
    {
        if (c.json()) {
            QJsonArray array;
            for (const StyleFix &f : fixes)
                array.append(QJsonObject { { QStringLiteral("line"), f.line },
                                           { QStringLiteral("column"), f.column },
                                           { QStringLiteral("from"), f.from },
                                           { QStringLiteral("to"), f.to } });
            c.printJson(array);
            return;
        }
        for (const StyleFix &f : fixes)
            c.out() << f.line << ":" << f.column << "  " << f.from << " -> " << f.to << Qt::endl;
    }

    // check --fix: every house style fix, in a file (rewritten in place) or an article (saved).
    static int fix(CommandContext &c, const Args &args, const QString &target, qint64 id)
    {
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        QList<StyleFix> fixes;
        if (id > 0) {
            const auto actor = c.signedIn(tr("fix an article"));
            if (!actor)
                return c.fail(actor.error());
            const auto fixed = c.newsroom().styleGuide().fixArticle(
                *actor, id, args.value(QStringLiteral("--note")));
            if (!fixed)
                return c.fail(fixed.error());
            printFixes(c, fixed->fixes);
            if (fixed->version > 0)
                c.remark(tr("saved article %1 as version %2").arg(id).arg(fixed->version));
            else
                c.remark(tr("no house style fixes to make"));
            return Done;
        }
        const QString shown = QDir::toNativeSeparators(target);
        const auto text = fileText(target);
        if (!text)
            return c.fail(text.error());
        const QString language = args.has(QStringLiteral("--lang"))
            ? args.value(QStringLiteral("--lang"))
            : Dictionaries::defaultLanguage();
        const auto style = c.newsroom().styleGuide().styleFor(language, {});
        if (!style)
            return c.fail(style.error());
        const QString fixedText = (*style)->fixText(*text, fixes);
        if (!fixes.isEmpty()) {
            // A byte order mark the file began with stays.
            QFile original(target);
            const bool bom = original.open(QIODevice::ReadOnly)
                && original.read(3) == QByteArrayLiteral("\xEF\xBB\xBF");
            original.close();
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly)
                || out.write((bom ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray())
                             + fixedText.toUtf8())
                    < 0
                || !out.commit())
                return c.fail({ Error::Kind::Failed,
                                QStringLiteral("%1: %2").arg(shown, out.errorString()) });
        }
        printFixes(c, fixes);
        c.remark(fixes.isEmpty() ? tr("no house style fixes to make")
                     : fixes.size() == 1
                     ? tr("made 1 house style fix in %1").arg(shown)
                     : tr("made %1 house style fixes in %2").arg(fixes.size()).arg(shown));
        return Done;
    }

    static int check(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("check takes one article id or file"));
        const QString target = args.positional.first();
        bool isId = false;
        const qint64 id = target.toLongLong(&isId);
        isId = isId && id > 0 && !QFileInfo::exists(target);
        if (args.has(QStringLiteral("--note")) && !args.has(QStringLiteral("--fix")))
            return c.usage(tr("--note goes with --fix"));
        if (args.has(QStringLiteral("--fix")))
            return fix(c, args, target, isId ? id : 0);

        QList<CheckLine> lines;
        QString photoBody;
        QString language = args.value(QStringLiteral("--lang"));
        // A file can be checked without a store; with one, the house dictionary counts.
        const bool haveStore = c.openStore(Newsroom::OpenMode::MustExist).ok();
        if (isId) {
            if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
                return c.fail(r.error());
            const auto article = c.newsroom().archive().article(id);
            if (!article)
                return c.fail(article.error());
            if (language.isEmpty())
                language = article->language;
            lines = Checker::linesOf(article->headline, article->standfirst, article->body);
            photoBody = article->body;
        } else {
            const auto read = linesOfFile(target);
            if (!read)
                return c.fail(read.error());
            lines = *read;
        }
        Actor reader;
        if (!c.global().user.isEmpty() && haveStore) {
            const auto signedInActor = c.signedIn(tr("use your own dictionary"));
            if (!signedInActor)
                return c.fail(signedInActor.error());
            reader = *signedInActor;
        }
        const auto checker = c.newsroom().spelling().checkerFor(
            reader, language.isEmpty() ? Dictionaries::defaultLanguage() : language, isId ? id : 0);
        if (!checker)
            return c.fail(checker.error());
        QList<Issue> issues = (*checker)->check(lines);
        // An article's photos: what they lack, and their captions' spelling.
        if (isId && photoBody.contains(QLatin1String("](media:"))) {
            QTextDocument body;
            MarkdownReader::read(photoBody, &body);
            const auto photoIssues = c.newsroom().photos().issuesIn(&body, checker->get());
            if (!photoIssues)
                return c.fail(photoIssues.error());
            issues += *photoIssues;
        }
        (*checker)->addSuggestions(issues);
        if (c.json()) {
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
            c.printJson(array);
            return Done;
        }
        for (const Issue &i : issues) {
            c.out() << i.line << ":" << i.column << "  " << i.kind << "  " << i.word;
            if (!i.suggestions.isEmpty())
                c.out() << "  -> " << i.suggestions.join(QStringLiteral(", "));
            else if (i.kind != QLatin1String("spelling"))
                c.out() << "  (" << i.message << ")";
            c.out() << Qt::endl;
        }
        if (issues.isEmpty())
            c.remark(tr("no issues found"));
        return Done;
    }

    static QString languageOf(const Args &args)
    {
        return args.has(QStringLiteral("--lang")) ? args.value(QStringLiteral("--lang"))
                                                  : Dictionaries::defaultLanguage();
    }

    static int list(CommandContext &c, const Args &args)
    {
        const bool house = args.has(QStringLiteral("--house"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        qint64 personId = 0;
        if (!house) {
            const auto actor = c.signedIn(tr("see your own dictionary"));
            if (!actor)
                return c.fail(actor.error());
            personId = actor->id;
        }
        const auto list = c.newsroom().spelling().words(languageOf(args), personId);
        if (!list)
            return c.fail(list.error());
        if (c.json())
            c.printJson(QJsonArray::fromStringList(*list));
        else
            for (const QString &w : *list)
                c.out() << w << Qt::endl;
        return Done;
    }

    static int add(CommandContext &c, const Args &args) { return change(c, args, true); }
    static int remove(CommandContext &c, const Args &args) { return change(c, args, false); }

    static int change(CommandContext &c, const Args &args, bool adding)
    {
        const QString sub = adding ? QStringLiteral("add") : QStringLiteral("remove");
        if (args.positional.size() != 1)
            return c.usage(tr("dictionary %1 takes one word").arg(sub));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("change a dictionary"));
        if (!actor)
            return c.fail(actor.error());
        const QString word = args.positional.first();
        const QString language = languageOf(args);
        const bool house = args.has(QStringLiteral("--house"));
        DictionaryService &spelling = c.newsroom().spelling();
        const auto done = adding ? spelling.addWord(*actor, word, language, house)
                                 : spelling.removeWord(*actor, word, language, house);
        if (!done)
            return c.fail(done.error());
        const QString message = adding
            ? (house ? tr("Added %1 (house dictionary, %2)") : tr("Added %1 (your dictionary, %2)"))
            : (house ? tr("Removed %1 (house dictionary, %2)")
                     : tr("Removed %1 (your dictionary, %2)"));
        c.out() << message.arg(word, language) << Qt::endl;
        return Done;
    }

    // Why KEY is not a setting, or nothing: check.KIND for a known check, or a publication key.
    static QString unknownSetting(const QString &key)
    {
        if (key.startsWith(QLatin1String("check."))) {
            const QString kind = key.mid(6);
            if (Checker::kinds().contains(kind) || kind == QLatin1String("skip-all-caps"))
                return {};
        } else if (publicationKeys.contains(key)) {
            return {};
        }
        return tr("unknown setting '%1' (check.KIND on|off, %2)")
            .arg(key, publicationKeys.join(QStringLiteral(", ")));
    }

    // The value in force: a check never switched is on; a publication text never set, empty.
    static int get(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("settings takes get KEY or set KEY VALUE"));
        const QString key = args.positional.first();
        if (const QString why = unknownSetting(key); !why.isEmpty())
            return c.usage(why);
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto value = c.newsroom().publication().value(key, SettingsRules::defaultValue(key));
        if (!value)
            return c.fail(value.error());
        c.out() << *value << Qt::endl;
        return Done;
    }

    static int set(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 2)
            return c.usage(tr("settings takes get KEY or set KEY VALUE"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const QString key = args.positional.first();
        const QString value = args.positional.at(1);
        const auto actor = c.signedIn(tr("change settings"));
        if (!actor)
            return c.fail(actor.error());
        if (const QString why = unknownSetting(key); !why.isEmpty())
            return c.usage(why);
        if (key.startsWith(QLatin1String("check."))) {
            if (value != QLatin1String("on") && value != QLatin1String("off"))
                return c.usage(tr("%1 takes on or off").arg(key));
            if (auto r = c.newsroom().spelling().setCheckEnabled(*actor, key.mid(6),
                                                                 value == QLatin1String("on"));
                !r)
                return c.fail(r.error());
        } else if (auto r = c.newsroom().publication().setSetting(*actor, key, value); !r) {
            return c.fail(r.error());
        }
        c.out() << key << " = " << value << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> spellingCommands()
{
    return SpellingCommands::table();
}

} // namespace copydesk::cli
