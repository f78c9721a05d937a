// Import: text, Markdown and HTML files as drafts; WordPress exports as a whole site.

#include "app/import/textimport.h"
#include "app/import/wordpressimport.h"
#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::ImportCommands)

public:
    static QList<Command> table()
    {
        return {
            { QStringLiteral("import"),
              QStringLiteral("FILE..."),
              tr("import .txt, .md or .html files as drafts, or a WordPress export (.xml)"),
              tr("A .txt file's first non-empty line is its headline; a .md file's # heading at "
                 "the top is; an .html page's <h1> or <title> is, and its body is its <article> "
                 "or <main>. Every file is checked before any is stored.\n"
                 "A WordPress export brings the whole site: posts at their status with their "
                 "dates, authors as people without a password (set one with staff password), "
                 "categories as sections and tags; pages, attachments and menu items are "
                 "counted and skipped. It is one transaction: a damaged file imports nothing. "
                 "Importing it again updates what changed in WordPress and leaves what changed "
                 "here. Only the editor-in-chief may import a site."),
              { { QStringLiteral("--section"), QStringLiteral("S"),
                  tr("the articles' section (not for a WordPress export)") },
                { QStringLiteral("--author"), QStringLiteral("NAME"),
                  tr("the byline (default: you; not for a WordPress export)") },
                { QStringLiteral("--preview"),
                  {},
                  tr("say what a WordPress export would bring, and write nothing") } },
              importFiles },
        };
    }

    static int importFiles(CommandContext &c, const Args &args)
    {
        if (args.positional.isEmpty())
            return c.usage(tr("import needs at least one file"));
        QStringList exports;
        QStringList files;
        for (const QString &file : args.positional)
            (WordPressImport::isExport(file) ? exports : files).append(file);
        if (!exports.isEmpty()
            && (args.has(QStringLiteral("--section")) || args.has(QStringLiteral("--author"))))
            return c.usage(tr("a WordPress export keeps its own sections and authors: --section "
                              "and --author are for text files"));
        if (args.has(QStringLiteral("--preview")) && !files.isEmpty())
            return c.usage(tr("--preview is for WordPress exports"));

        // Every text file is read and checked before anything is stored.
        QList<ImportedText> texts;
        for (const QString &file : std::as_const(files)) {
            const auto text = TextImport::readFile(file);
            if (!text)
                return c.fail(text.error());
            texts.append(*text);
        }
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("import articles"));
        if (!actor)
            return c.fail(actor.error());

        // Every export is read through (and the right to import it checked) before any is
        // stored: a damaged second file leaves the first unimported too.
        auto &wordpress = c.newsroom().wordpress();
        QList<SiteImport> previews;
        for (const QString &file : std::as_const(exports)) {
            const auto preview = wordpress.preview(*actor, file);
            if (!preview)
                return c.fail(preview.error());
            previews.append(*preview);
        }
        QJsonArray json;
        for (qsizetype i = 0; i < exports.size(); ++i) {
            const auto site = args.has(QStringLiteral("--preview"))
                ? Result<SiteImport>(previews.at(i))
                : wordpress.run(*actor, exports.at(i));
            if (!site)
                return c.fail(i == 0 ? site.error()
                                     : Error { site.error().kind,
                                               tr("%1 (the exports before it were imported)")
                                                   .arg(site.error().message) });
            if (c.json())
                json.append(siteJson(*site, args.has(QStringLiteral("--preview"))));
            else
                printSite(c, *site, args.has(QStringLiteral("--preview")));
        }
        if (texts.isEmpty()) {
            if (c.json())
                c.printJson(json);
            return Done;
        }

        QList<IncomingArticle> incoming;
        for (int i = 0; i < texts.size(); ++i)
            incoming.append({ files[i], texts[i].headline, {}, texts[i].body });
        const auto stored = c.newsroom().archive().importArticles(
            *actor, incoming, args.value(QStringLiteral("--section")),
            args.value(QStringLiteral("--author")));
        if (!stored)
            return c.fail(stored.error());
        for (int i = 0; i < stored->size(); ++i) {
            const ImportedArticle &row = stored->at(i);
            if (c.json()) {
                json.append(QJsonObject {
                    { QStringLiteral("id"), row.article.id },
                    { QStringLiteral("file"), row.source },
                    { QStringLiteral("headline"), row.article.headline },
                    { QStringLiteral("words"), row.article.wordCount },
                    { QStringLiteral("notes"), QJsonArray::fromStringList(texts[i].notes) } });
                continue;
            }
            c.out() << tr("Imported %1: %2 (%3 words)")
                           .arg(QString::number(row.article.id), row.article.headline,
                                QString::number(row.article.wordCount))
                    << Qt::endl;
            for (const QString &note : std::as_const(texts[i].notes))
                c.out() << QStringLiteral("  ") << note << Qt::endl;
        }
        if (c.json())
            c.printJson(json);
        return Done;
    }

private:
    static QString outcomeName(SiteImport::Post::Outcome outcome)
    {
        switch (outcome) {
        case SiteImport::Post::Outcome::Create:
            return QStringLiteral("new");
        case SiteImport::Post::Outcome::Update:
            return QStringLiteral("updated");
        case SiteImport::Post::Outcome::Unchanged:
            return QStringLiteral("unchanged");
        case SiteImport::Post::Outcome::Kept:
            return QStringLiteral("kept");
        }
        return {};
    }

    static QJsonObject siteJson(const SiteImport &site, bool preview)
    {
        QJsonArray posts;
        for (const SiteImport::Post &p : site.posts)
            posts.append(
                QJsonObject { { QStringLiteral("id"), p.articleId },
                              { QStringLiteral("line"), p.line },
                              { QStringLiteral("headline"), p.headline },
                              { QStringLiteral("status"), statusName(p.status, StatusForm::Token) },
                              { QStringLiteral("author"), p.author },
                              { QStringLiteral("posted"), p.postedAt.toString(Qt::ISODate) },
                              { QStringLiteral("outcome"), outcomeName(p.outcome) },
                              { QStringLiteral("notes"), QJsonArray::fromStringList(p.notes) } });
        QJsonObject skipped;
        for (auto it = site.skipped.cbegin(); it != site.skipped.cend(); ++it)
            skipped.insert(it.key(), it.value());
        return {
            { QStringLiteral("file"), site.file },
            { QStringLiteral("site"), site.siteTitle },
            { QStringLiteral("wxr"), site.version },
            { QStringLiteral("preview"), preview },
            { QStringLiteral("new"), site.created },
            { QStringLiteral("updated"), site.updated },
            { QStringLiteral("unchanged"), site.unchanged },
            { QStringLiteral("kept"), site.kept },
            { QStringLiteral("skipped"), skipped },
            { QStringLiteral("skippedItems"), QJsonArray::fromStringList(site.skippedItems) },
            { QStringLiteral("newPeople"), QJsonArray::fromStringList(site.newPeople) },
            { QStringLiteral("matchedPeople"), QJsonArray::fromStringList(site.matchedPeople) },
            { QStringLiteral("newSections"), QJsonArray::fromStringList(site.newSections) },
            { QStringLiteral("slugConflicts"), QJsonArray::fromStringList(site.slugConflicts) },
            { QStringLiteral("posts"), posts }
        };
    }

    static void printSite(CommandContext &c, const SiteImport &site, bool preview)
    {
        QTextStream &out = c.out();
        out << tr("%1: WordPress export %2 of “%3”").arg(site.file, site.version, site.siteTitle)
            << Qt::endl;
        out << (preview ? tr("Would import: %1 new, %2 updated, %3 unchanged, %4 kept as "
                             "changed here since the last import")
                        : tr("Imported: %1 new, %2 updated, %3 unchanged, %4 kept as changed "
                             "here since the last import"))
                   .arg(site.created)
                   .arg(site.updated)
                   .arg(site.unchanged)
                   .arg(site.kept)
            << Qt::endl;
        QStringList kinds;
        for (auto it = site.skipped.cbegin(); it != site.skipped.cend(); ++it)
            kinds << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        out << tr("Skipped: %1").arg(kinds.isEmpty() ? tr("nothing") : kinds.join(u", "))
            << Qt::endl;
        for (const QString &line : site.skippedItems)
            out << QStringLiteral("  ") << line << Qt::endl;
        if (!site.newPeople.isEmpty())
            out << (preview ? tr("New people: %1") : tr("Added people: %1"))
                       .arg(site.newPeople.join(u", "))
                << Qt::endl
                << tr("  They have no password: set one with copydesk staff password NAME.")
                << Qt::endl;
        for (const QString &match : site.matchedPeople)
            out << tr("Byline of an existing person: %1").arg(match) << Qt::endl;
        if (!site.newSections.isEmpty())
            out << tr("New sections: %1").arg(site.newSections.join(u", ")) << Qt::endl;
        for (const QString &conflict : site.slugConflicts)
            out << tr("Slug taken: %1").arg(conflict) << Qt::endl;
        for (const SiteImport::Post &p : site.posts) {
            if (p.notes.isEmpty())
                continue;
            out << tr("“%1” (line %2):").arg(p.headline).arg(p.line) << Qt::endl;
            for (const QString &note : p.notes)
                out << QStringLiteral("  ") << note << Qt::endl;
        }
    }
};

} // namespace

QList<Command> importCommands()
{
    return ImportCommands::table();
}

} // namespace copydesk::cli
