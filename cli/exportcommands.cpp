// Export: export (one article as a page), export-site (the published site), proof (a PDF to
// mark up).

#include "app/export/proof.h"
#include "app/export/siteexporter.h"
#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::ExportCommands)

public:
    static QList<Command> table()
    {
        return {
            { QStringLiteral("export"),
              QStringLiteral("ID"),
              tr("one article as an HTML page (a draft gets a preview banner)"),
              {},
              { { QStringLiteral("--out"), QStringLiteral("FILE"), tr("the page to write"),
                  true } },
              exportArticle },
            { QStringLiteral("export-site"),
              {},
              tr("the published site: articles, front, section, author and tag pages, Atom "
                 "feed, sitemap.xml"),
              tr("Only pages whose content changed are written again; pages of articles no "
                 "longer published are removed."),
              { { QStringLiteral("--out"), QStringLiteral("DIR"), tr("the folder of the site"),
                  true },
                { QStringLiteral("--base-url"), QStringLiteral("URL"),
                  tr("the site's web address, for canonical links and the feed (default: the "
                     "publication.base-url setting)") } },
              exportSite },
            { QStringLiteral("proof"),
              QStringLiteral("ID"),
              tr("a printed proof of an article as a PDF: numbered lines, wide margins, its open "
                 "issues at the end"),
              tr("Signed in, your own dictionary counts for the issues listed."),
              { { QStringLiteral("--out"), QStringLiteral("FILE.pdf"), tr("the PDF to write"),
                  true },
                { QStringLiteral("--paper"), QStringLiteral("SIZE"),
                  tr("A4 (the default), A5, Letter or Legal") } },
              proof },
        };
    }

    static int proof(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1 || !args.has(QStringLiteral("--out")))
            return c.usage(tr("proof takes one article id and --out FILE.pdf"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        const QPageSize paper = Proof::paperNamed(args.has(QStringLiteral("--paper"))
                                                      ? args.value(QStringLiteral("--paper"))
                                                      : QStringLiteral("A4"));
        if (!paper.isValid())
            return c.usage(tr("--paper takes A4, A5, Letter or Legal"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        Actor reader;
        if (!c.global().user.isEmpty()) {
            const auto actor = c.signedIn(tr("use your own dictionary"));
            if (!actor)
                return c.fail(actor.error());
            reader = *actor;
        }
        const auto content = c.newsroom().proofOf(reader, *id);
        if (!content)
            return c.fail(content.error());
        const QString out = args.value(QStringLiteral("--out"));
        const auto pages = Proof::writePdf(out, *content, paper);
        if (!pages)
            return c.fail(pages.error());
        c.remark(*pages == 1 ? tr("wrote a 1-page proof of article %1 to %2")
                                   .arg(*id)
                                   .arg(QDir::toNativeSeparators(out))
                             : tr("wrote a %1-page proof of article %2 to %3")
                                   .arg(*pages)
                                   .arg(*id)
                                   .arg(QDir::toNativeSeparators(out)));
        return Done;
    }

    static int exportArticle(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1 || !args.has(QStringLiteral("--out")))
            return c.usage(tr("export takes one article id and --out FILE"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        SiteExporter exporter(c.newsroom().exportSource());
        const QString out = args.value(QStringLiteral("--out"));
        if (auto r = exporter.exportArticle(*id, out); !r)
            return c.fail(r.error());
        if (c.json())
            c.printJson(
                QJsonObject { { QStringLiteral("file"),
                                QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) } });
        else
            c.out() << tr("Exported article %1 to %2")
                           .arg(QString::number(*id), QDir::toNativeSeparators(out))
                    << Qt::endl;
        return Done;
    }

    static int exportSite(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty() || !args.has(QStringLiteral("--out")))
            return c.usage(tr("export-site takes --out DIR [--base-url URL]"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        SiteExporter exporter(c.newsroom().exportSource());
        const QString out = args.value(QStringLiteral("--out"));
        const auto report = exporter.exportSite(out, args.value(QStringLiteral("--base-url")));
        if (!report)
            return c.fail(report.error());
        if (c.json()) {
            c.printJson(QJsonObject {
                { QStringLiteral("folder"),
                  QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) },
                { QStringLiteral("articles"), report->articles },
                { QStringLiteral("written"), QJsonArray::fromStringList(report->written) },
                { QStringLiteral("unchanged"), QJsonArray::fromStringList(report->unchanged) },
                { QStringLiteral("removed"), QJsonArray::fromStringList(report->removed) } });
            return Done;
        }
        c.out() << report->summary(out) << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> exportCommands()
{
    return ExportCommands::table();
}

} // namespace copydesk::cli
