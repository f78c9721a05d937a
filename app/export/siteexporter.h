#pragma once

#include "app/core/result.h"
#include "app/export/pagebuilder.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace copydesk::app {

class ExportSource;

// What a site export did.
struct ExportReport
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::ExportReport)

public:
    // For a person, plurals written out: "Exported 1 published article to FOLDER: 3 pages
    // written, 0 unchanged, 0 removed". The command line and the window say the same.
    QString summary(const QString &folder) const;

    int articles = 0;
    QStringList written; // pages whose content changed (or are new)
    QStringList unchanged; // pages kept as they were
    QStringList removed; // pages of the previous export that are gone (unpublished articles)
};

// Exports articles as HTML pages, and the published site as a folder any web server (or a
// file:// URL) can serve: articles, a paginated front page, a page per section, author and
// tag, an Atom feed, sitemap.xml and the style sheet, all linked relatively.
//
// The site is built in a new folder beside the target and swapped in at the end, so a failure
// or a cancel midway leaves the previous site as it was. Pages whose content did not change
// are carried over untouched (a manifest of content hashes says which), so re-running after
// one article changed rewrites only the pages that show it.
class SiteExporter final
{
public:
    explicit SiteExporter(ExportSource &source);

    // progress(done, total) is called as pages are built; returning false cancels.
    Result<ExportReport> exportSite(const QString &directory, const QString &baseUrl = {},
                                    const std::function<bool(int, int)> &progress = {});

    // One article as a standalone page (style sheet included); an unpublished article is a
    // preview with a "Draft — not published" banner and noindex.
    Result<QString> articlePage(qint64 articleId);
    // The same for an article as it is being edited (the window's preview). Its photos are
    // written into mediaFolder/media/ and the page finds them beside it; without a folder it
    // finds them on the published site (the base URL), or not at all.
    Result<QString> articlePage(const db::Article &article, const QString &mediaFolder = {});
    // The page, with its photos in a folder media/ beside it.
    Result<void> exportArticle(qint64 articleId, const QString &file);

    Result<Publication> publication();

    static constexpr int PageSize = 20; // articles per front page

private:
    // Writes the renditions of the view's photos that are not there yet into folder/media/.
    Result<void> writeMedia(const ArticleView &view, const QString &folder);
    Result<ArticleView> viewOf(const db::Article &article, QHash<qint64, AuthorView> &authors);
    Result<AuthorView> authorView(qint64 personId, QHash<qint64, AuthorView> &authors);
    // The slugs of the sections, tags and authors of these articles (siteslugs); the authors'
    // views are read into authors.
    Result<void> assignSlugs(const QList<db::Article> &articles,
                             QHash<qint64, AuthorView> &authors);

    ExportSource &m_source;
    QHash<QString, QString> m_sectionSlugs; // section name -> slug
    QHash<QString, QString> m_tagSlugs; // tag (lower case) -> slug
    QHash<QString, QString> m_authorSlugs; // username -> slug
};

} // namespace copydesk::app
