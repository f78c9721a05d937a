// The house style guide: style add|list|remove|import|export.

#include "app/spelling/housestyle.h"
#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class StyleCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::StyleCommands)

public:
    static QList<Command> table()
    {
        const QString format
            = tr("A guide file has one rule per line: preferred <tab> avoid|avoid <tab> note <tab> "
                 "language <tab> section <tab> case (the last four may be empty; \"#\" starts a "
                 "comment).");
        const Option language { QStringLiteral("--lang"), QStringLiteral("L"),
                                tr("only for articles in this language (en: every English)") };
        const Option section { QStringLiteral("--section"), QStringLiteral("S"),
                               tr("only for articles in this section") };
        return {
            { QStringLiteral("style add"),
              QStringLiteral("PREFERRED"),
              tr("add a rule to the house style guide (section editors and above)"),
              tr("Forms are matched as whole words or phrases, straight and typographic quotes "
                 "alike. Example: style add Kyiv --avoid \"Kiev|Kiyv\" --note \"since 2022\""),
              { { QStringLiteral("--avoid"), QStringLiteral("FORMS"),
                  tr("the forms to avoid, separated by |"), true },
                { QStringLiteral("--note"), QStringLiteral("T"), tr("why, in a few words") },
                { QStringLiteral("--case"), {}, tr("match capitals exactly") },
                language,
                section },
              add },
            { QStringLiteral("style list"),
              {},
              tr("the rules of the house style guide: id, preferred form, forms to avoid"),
              {},
              { { QStringLiteral("--lang"), QStringLiteral("L"),
                  tr("only the rules for this language") },
                { QStringLiteral("--section"), QStringLiteral("S"),
                  tr("only the rules for this section") } },
              list },
            { QStringLiteral("style remove"),
              QStringLiteral("ID"),
              tr("remove a rule from the house style guide (section editors and above)"),
              {},
              {},
              remove },
            { QStringLiteral("style import"),
              QStringLiteral("[FILE]"),
              tr("add the rules of a guide file, all or none; rules already there are skipped"),
              format,
              { { QStringLiteral("--starter"),
                  {},
                  tr("the starter guide written for Copydesk instead of a file") } },
              import },
            { QStringLiteral("style export"),
              {},
              tr("write the house style guide as a guide file"),
              format,
              { { QStringLiteral("--out"), QStringLiteral("FILE"),
                  tr("the file to write (default: standard output)") } },
              exportGuide },
        };
    }

    static QString shown(const db::StyleRule &rule)
    {
        QString text
            = rule.preferred + QStringLiteral(" ← ") + rule.avoid.join(QStringLiteral(", "));
        if (!rule.note.isEmpty())
            text += QStringLiteral(" (%1)").arg(rule.note);
        QStringList scope;
        if (!rule.language.isEmpty())
            scope << rule.language;
        if (!rule.section.isEmpty())
            scope << rule.section;
        if (rule.caseSensitive)
            scope << tr("match case");
        if (!scope.isEmpty())
            text += QStringLiteral("  [%1]").arg(scope.join(QStringLiteral(", ")));
        return text;
    }

    static QJsonObject jsonOf(const db::StyleRule &rule)
    {
        return { { QStringLiteral("id"), rule.id },
                 { QStringLiteral("preferred"), rule.preferred },
                 { QStringLiteral("avoid"), QJsonArray::fromStringList(rule.avoid) },
                 { QStringLiteral("note"), rule.note },
                 { QStringLiteral("case_sensitive"), rule.caseSensitive },
                 { QStringLiteral("language"), rule.language },
                 { QStringLiteral("section"), rule.section } };
    }

    static int add(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("style add takes the preferred form (quote a phrase)"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("change the house style guide"));
        if (!actor)
            return c.fail(actor.error());
        db::StyleRule rule;
        rule.preferred = args.positional.first();
        rule.avoid = { args.value(QStringLiteral("--avoid")) };
        rule.note = args.value(QStringLiteral("--note"));
        rule.caseSensitive = args.has(QStringLiteral("--case"));
        rule.language = args.value(QStringLiteral("--lang"));
        rule.section = args.value(QStringLiteral("--section"));
        const auto added = c.newsroom().styleGuide().add(*actor, rule);
        if (!added)
            return c.fail(added.error());
        if (c.json())
            c.printJson(jsonOf(*added));
        else
            c.out() << tr("Added rule %1: %2").arg(added->id).arg(shown(*added)) << Qt::endl;
        return Done;
    }

    static int list(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("style list takes no arguments"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto rules = c.newsroom().styleGuide().rules();
        if (!rules)
            return c.fail(rules.error());
        const QString language = args.value(QStringLiteral("--lang"));
        const QString section = args.value(QStringLiteral("--section"));
        QJsonArray array;
        int shownCount = 0;
        for (const db::StyleRule &rule : *rules) {
            if (!language.isEmpty() && !HouseStyle::appliesTo(rule, language, rule.section))
                continue;
            if (!section.isEmpty() && !HouseStyle::appliesTo(rule, rule.language, section))
                continue;
            ++shownCount;
            if (c.json())
                array.append(jsonOf(rule));
            else
                c.out() << rule.id << "  " << shown(rule) << Qt::endl;
        }
        if (c.json())
            c.printJson(array);
        else if (shownCount == 0)
            c.remark(tr("the house style guide has no rules here"));
        return Done;
    }

    static int remove(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("style remove takes a rule's id (see style list)"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("change the house style guide"));
        if (!actor)
            return c.fail(actor.error());
        if (auto r = c.newsroom().styleGuide().remove(*actor, *id); !r)
            return c.fail(r.error());
        c.out() << tr("Removed rule %1").arg(*id) << Qt::endl;
        return Done;
    }

    static int import(CommandContext &c, const Args &args)
    {
        const bool starter = args.has(QStringLiteral("--starter"));
        if (args.positional.size() != (starter ? 0 : 1))
            return c.usage(tr("style import takes one guide file, or --starter"));
        const auto rules = starter ? StyleGuideService::starterGuide()
                                   : StyleGuideService::readGuide(args.positional.first());
        if (!rules)
            return c.fail(rules.error());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("change the house style guide"));
        if (!actor)
            return c.fail(actor.error());
        const auto added = c.newsroom().styleGuide().import(*actor, *rules);
        if (!added)
            return c.fail(added.error());
        const int skipped = int(rules->size()) - *added;
        c.out() << (*added == 1 ? tr("Added 1 rule") : tr("Added %1 rules").arg(*added));
        if (skipped > 0)
            c.out() << (skipped == 1 ? tr(" (1 was already in the guide)")
                                     : tr(" (%1 were already in the guide)").arg(skipped));
        c.out() << Qt::endl;
        return Done;
    }

    static int exportGuide(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("style export takes no arguments (--out FILE)"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        if (!args.has(QStringLiteral("--out"))) {
            const auto rules = c.newsroom().styleGuide().rules();
            if (!rules)
                return c.fail(rules.error());
            c.out() << HouseStyle::format(*rules);
            return Done;
        }
        const QString path = args.value(QStringLiteral("--out"));
        const auto written = c.newsroom().styleGuide().writeGuide(path);
        if (!written)
            return c.fail(written.error());
        c.remark(
            *written == 1
                ? tr("wrote 1 rule to %1").arg(QDir::toNativeSeparators(path))
                : tr("wrote %1 rules to %2").arg(*written).arg(QDir::toNativeSeparators(path)));
        return Done;
    }
};

} // namespace

QList<Command> styleCommands()
{
    return StyleCommands::table();
}

} // namespace copydesk::cli
