#include "app/export/siteexporter.h"

#include "app/body/photos.h"
#include "app/body/textstats.h"
#include "app/export/exportsource.h"
#include "app/export/renditions.h"
#include "app/export/settingsrules.h"
#include "app/export/sitemanifest.h"
#include "app/export/siteslugs.h"
#include "app/export/urlpolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentMap>

#include <filesystem>
#include <map>

namespace copydesk::app {

QString ExportReport::summary(const QString &folder) const
{
    const QString published
        = articles == 1 ? tr("1 published article") : tr("%1 published articles").arg(articles);
    const QString pages
        = written.size() == 1 ? tr("1 page written") : tr("%1 pages written").arg(written.size());
    return tr("Exported %1 to %2: %3, %4 unchanged, %5 removed")
        .arg(published, QDir::toNativeSeparators(folder), pages, QString::number(unchanged.size()),
             QString::number(removed.size()));
}

namespace {

QByteArray hashOf(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

bool removeTree(const QString &path)
{
    return QDir(path).removeRecursively();
}

} // namespace

SiteExporter::SiteExporter(ExportSource &source)
    : m_source(source)
{ }

namespace {

// A page of the site other than an article's own: built on this thread when needed.
struct PlannedPage
{
    QString path;
    QByteArray stamp;
    std::function<QByteArray()> build;
    int article = -1; // an article's page: the index of its view, built with its body
    QString image = {}; // a photo's rendition: the image's hash (and width), from its bytes
    int width = 0;
};

// A photo's renditions being made on a worker thread: one image, decoded once.
struct MediaJob
{
    QList<int> pages; // in the plan, each a width of the image
    QByteArray original;
    QString error;
};

// An article page being built on a worker thread.
struct ArticleJob
{
    int page = 0; // in the plan
    QString body;
    QString error;
};

} // namespace

Result<ExportReport> SiteExporter::exportSite(const QString &directory,
                                              const QString &baseUrlOverride,
                                              const std::function<bool(int, int)> &progress)
{
    const auto stored = publication();
    if (!stored)
        return stored.error();
    Publication pub = stored.value();
    if (!baseUrlOverride.isEmpty())
        pub.baseUrl = baseUrlOverride;
    if (!pub.baseUrl.isEmpty())
        if (auto r = SettingsRules::checkBaseUrl(pub.baseUrl); !r)
            return r.error();

    // The previous export's stamps. A site of an older Copydesk (.copydesk-site.json, content
    // hashes) is a site too: its pages are all built again.
    const QFileInfo target(directory);
    const QString dir = target.absoluteFilePath();
    SiteManifest old;
    if (target.exists()) {
        if (!target.isDir())
            return failure(Error::Kind::Invalid,
                           QStringLiteral("%1 is a file, not a folder").arg(shownPath(dir)));
        old = SiteManifest::read(dir);
        if (!old.found && !QDir(dir).isEmpty())
            return failure(
                Error::Kind::Invalid,
                QStringLiteral(
                    "%1 is not empty and holds no Copydesk site; choose an empty or new folder")
                    .arg(shownPath(dir)));
    }
    const QHash<QString, QByteArray> &oldStamps = old.stamps;
    const bool oldSite = old.found;
    const bool olderFormat = old.olderFormat;

    // Nothing a page shows has changed since the last export, and its pages are all there:
    // decided from the store's fingerprint and the manifest, without reading any article.
    // What every page shows around its content besides the sections: the templates and the
    // publication's settings.
    QByteArray publication;
    {
        SiteStamp s;
        s << PageBuilder(pub, {}).templateFingerprint() << pub.name << pub.about << pub.baseUrl;
        for (const auto &[label, url] : std::as_const(pub.links))
            s << label << url;
        publication = s.result();
    }
    QByteArray fingerprint;
    {
        const auto store = m_source.siteFingerprint();
        if (!store)
            return store.error();
        SiteStamp s;
        s << *store << publication;
        fingerprint = s.result().toHex();
    }
    if (oldSite && !olderFormat && fingerprint == old.fingerprint) {
        const QSet<QString> existing = filesOfSite(dir);
        bool whole = true;
        for (auto it = oldStamps.cbegin(); whole && it != oldStamps.cend(); ++it)
            whole = existing.contains(it.key());
        if (whole) {
            ExportReport report;
            report.articles = old.articles;
            report.unchanged = oldStamps.keys();
            report.unchanged.sort();
            return report;
        }
    }

    // Every published article without its body, newest first: the bodies are read a few at a
    // time as their pages are built, so the site is never held in memory.
    QList<db::Article> articles;
    if (auto published = m_source.publishedWithoutBodies(); published)
        articles = *published;
    else
        return published.error();
    std::stable_sort(
        articles.begin(), articles.end(), [](const db::Article &a, const db::Article &b) {
            return a.publishedAt != b.publishedAt ? a.publishedAt > b.publishedAt : a.id > b.id;
        });
    const auto allCorrections = m_source.corrections();
    if (!allCorrections)
        return allCorrections.error();
    QHash<qint64, QList<db::Note>> corrections;
    for (const db::Note &note : *allCorrections)
        corrections[note.articleId].append(note);

    // The photos the published articles show, known from their rows without their bodies.
    QHash<QString, db::StoredImage> images;
    {
        QStringList shas;
        QSet<QString> seen;
        for (const db::Article &article : std::as_const(articles)) {
            QStringList all = article.bodyImages;
            if (!article.leadImage.isEmpty())
                all.prepend(article.leadImage);
            for (const QString &sha : std::as_const(all))
                if (!seen.contains(sha)) {
                    seen.insert(sha);
                    shas << sha;
                }
        }
        constexpr int Chunk = 500;
        for (qsizetype from = 0; from < shas.size(); from += Chunk) {
            const auto found = m_source.images(shas.mid(from, Chunk));
            if (!found)
                return found.error();
            images.insert(*found);
        }
    }

    QHash<qint64, AuthorView> authors;
    if (auto r = assignSlugs(articles, authors); !r)
        return r.error();
    QList<ArticleView> views;
    views.reserve(articles.size());
    // The lists of the site, as indexes into views: the views themselves are held once.
    std::map<QString, QList<int>> bySection; // by name
    std::map<QString, std::pair<QString, QList<int>>> byTag; // slug -> name, articles
    QHash<qint64, QList<int>> byAuthor;
    for (const db::Article &article : std::as_const(articles)) {
        const int index = int(views.size());
        ArticleView view;
        view.article = article;
        for (qint64 id : article.authorIds)
            view.authors.append(authors.value(id));
        view.corrections = corrections.value(article.id);
        view.sectionSlug = m_sectionSlugs.value(article.section);
        for (const QString &tag : article.tags)
            view.tagSlugs.append(m_tagSlugs.value(tag.toLower()));
        for (const QString &sha : article.bodyImages + QStringList { article.leadImage })
            if (const auto it = images.constFind(sha); it != images.constEnd())
                view.images.insert(sha, *it);
        if (!article.section.isEmpty())
            bySection[article.section].append(index);
        for (int i = 0; i < article.tags.size(); ++i) {
            auto &entry = byTag[view.tagSlugs.at(i)];
            entry.first = article.tags.at(i);
            entry.second.append(index);
        }
        for (qint64 id : article.authorIds)
            byAuthor[id].append(index);
        views.append(std::move(view));
    }
    articles.clear();
    auto viewsAt = [&views](const QList<int> &indexes) {
        QList<ArticleView> list;
        list.reserve(indexes.size());
        for (int i : indexes)
            list.append(views.at(i));
        return list;
    };
    QList<std::pair<QString, QString>> sections;
    for (const auto &[name, list] : bySection)
        sections.append({ name, views.at(list.first()).sectionSlug });
    const PageBuilder builder(pub, sections);

    // What every page shows around its content: the publication and the sections.
    QByteArray site;
    {
        SiteStamp s;
        s << publication;
        for (const auto &[name, slug] : std::as_const(sections))
            s << name << slug;
        site = s.result();
    }
    QHash<qint64, QByteArray> authorStamps;
    for (const AuthorView &author : std::as_const(authors)) {
        SiteStamp s;
        s << author.person.username << author.person.displayName << author.person.bio << author.slug
          << PageBuilder::titlesOf(author);
        authorStamps.insert(author.person.id, s.result());
    }
    // What an article's entry in a list shows.
    QHash<qint64, QByteArray> itemStamps;
    for (const ArticleView &view : std::as_const(views)) {
        const db::Article &a = view.article;
        SiteStamp s;
        s << a.id << a.slug << a.headline << a.standfirst << a.publishedAt << a.updatedAt
          << a.leadImage;
        for (const AuthorView &author : view.authors)
            s << author.person.displayName;
        itemStamps.insert(a.id, s.result());
    }
    auto listStamp
        = [&](const QString &kind, const QList<QString> &words, const QList<int> &items) {
              SiteStamp s;
              s << site << kind;
              for (const QString &word : words)
                  s << word;
              for (int i : items)
                  s << QByteArrayView(itemStamps.value(views.at(i).article.id));
              return s.result();
          };

    QList<PlannedPage> pages;
    for (int i = 0; i < views.size(); ++i) {
        const ArticleView &view = views.at(i);
        const db::Article &a = view.article;
        SiteStamp s;
        // The body is the article's version's: every change to it makes a new version.
        s << site << a.id << qint64(a.version) << a.slug << a.headline << a.standfirst << a.section
          << view.sectionSlug << a.language << a.createdAt << a.updatedAt << a.publishedAt;
        for (int t = 0; t < a.tags.size(); ++t)
            s << a.tags.at(t) << view.tagSlugs.value(t);
        for (const AuthorView &author : view.authors)
            s << QByteArrayView(authorStamps.value(author.person.id));
        for (const db::Note &note : view.corrections)
            s << note.id << note.createdAt << note.text;
        pages.append({ QStringLiteral("articles/%1.html").arg(a.slug), s.result(), {}, i });
    }
    // The photos' renditions: named by hash and width, so a file that is there is right.
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        for (const int width : Renditions::widths(it->width)) {
            SiteStamp s;
            s << QStringLiteral("rendition") << it.key() << qint64(width);
            PlannedPage page { Renditions::path(it.key(), width), s.result(), {} };
            page.image = it.key();
            page.width = width;
            pages.append(page);
        }
    const int frontPages = qMax(1, int((views.size() + PageSize - 1) / PageSize));
    auto frontName = [](int page) {
        return page == 1 ? QStringLiteral("index.html") : QStringLiteral("page-%1.html").arg(page);
    };
    for (int p = 1; p <= frontPages; ++p) {
        const QString title
            = p == 1 ? pub.name : QStringLiteral("%1 — page %2").arg(pub.name).arg(p);
        const QString heading
            = p == 1 ? pub.name : QStringLiteral("Older articles, page %1").arg(p);
        const QString newer = p > 1 ? frontName(p - 1) : QString();
        const QString older = p < frontPages ? frontName(p + 1) : QString();
        QList<int> items;
        for (int i = (p - 1) * PageSize; i < qMin(int(views.size()), p * PageSize); ++i)
            items << i;
        pages.append({ frontName(p),
                       listStamp(QStringLiteral("front"), { title, heading, newer, older }, items),
                       [=, &builder, &viewsAt] {
                           return builder
                               .listPage(title, heading, QString(), viewsAt(items), QString(),
                                         frontName(p), newer, older)
                               .toUtf8();
                       } });
    }
    for (const auto &[name, list] : bySection) {
        const QString path
            = QStringLiteral("sections/%1.html").arg(views.at(list.first()).sectionSlug);
        const QString title = name + QStringLiteral(" — ") + pub.name;
        pages.append({ path, listStamp(QStringLiteral("section"), { title, name }, list),
                       [&builder, &viewsAt, path, title, name = name, &list = list] {
                           return builder
                               .listPage(title, name, QString(), viewsAt(list),
                                         QStringLiteral("../"), path)
                               .toUtf8();
                       } });
    }
    for (const auto &[slug, entry] : byTag) {
        const QString path = QStringLiteral("tags/%1.html").arg(slug);
        const QString title = QStringLiteral("%1 — %2").arg(entry.first, pub.name);
        const QString heading = QStringLiteral("Tagged “%1”").arg(entry.first);
        pages.append({ path, listStamp(QStringLiteral("tag"), { title, heading }, entry.second),
                       [&builder, &viewsAt, path, title, heading, &list = entry.second] {
                           return builder
                               .listPage(title, heading, QString(), viewsAt(list),
                                         QStringLiteral("../"), path)
                               .toUtf8();
                       } });
    }
    for (auto it = byAuthor.cbegin(); it != byAuthor.cend(); ++it) {
        const AuthorView &author = authors[it.key()];
        const QString path = QStringLiteral("authors/%1.html").arg(author.slug);
        const QList<int> &list = it.value();
        pages.append(
            { path,
              listStamp(QStringLiteral("author"),
                        { QString::fromLatin1(authorStamps.value(author.person.id).toHex()) },
                        list),
              [&builder, &viewsAt, &author, &list, path] {
                  return builder.authorPage(author, viewsAt(list), QStringLiteral("../"), path)
                      .toUtf8();
              } });
    }

    auto absolute = [&](const QString &path) {
        if (pub.baseUrl.isEmpty())
            return PageBuilder::urlPath(path);
        return (pub.baseUrl.endsWith(QLatin1Char('/')) ? pub.baseUrl
                                                       : pub.baseUrl + QLatin1Char('/'))
            + PageBuilder::urlPath(path);
    };
    // The Atom feed: the newest fifty.
    {
        QDateTime updated = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        for (const ArticleView &v : std::as_const(views))
            updated = qMax(updated, v.article.updatedAt);
        const QList<ArticleView> newest = views.mid(0, 50);
        QList<int> newestIndexes;
        for (int i = 0; i < newest.size(); ++i)
            newestIndexes << i;
        pages.append(
            { QStringLiteral("feed.xml"),
              listStamp(QStringLiteral("feed"), { updated.toString(Qt::ISODateWithMs) },
                        newestIndexes),
              [&, updated, newest] {
                  QByteArray xml;
                  QXmlStreamWriter w(&xml);
                  w.setAutoFormatting(true);
                  w.writeStartDocument();
                  w.writeStartElement(QStringLiteral("feed"));
                  w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
                  w.writeTextElement(QStringLiteral("title"), pub.name);
                  w.writeTextElement(
                      QStringLiteral("id"),
                      pub.baseUrl.isEmpty()
                          ? QStringLiteral("urn:copydesk:site:%1").arg(textstats::slugify(pub.name))
                          : absolute(QString()));
                  w.writeTextElement(QStringLiteral("updated"),
                                     updated.toUTC().toString(Qt::ISODate));
                  w.writeEmptyElement(QStringLiteral("link"));
                  w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
                  w.writeAttribute(QStringLiteral("href"), absolute(QStringLiteral("feed.xml")));
                  w.writeEmptyElement(QStringLiteral("link"));
                  w.writeAttribute(QStringLiteral("href"), absolute(QStringLiteral("index.html")));
                  for (const ArticleView &v : newest) {
                      const db::Article &a = v.article;
                      w.writeStartElement(QStringLiteral("entry"));
                      w.writeTextElement(QStringLiteral("title"), a.headline);
                      const QString path = QStringLiteral("articles/%1.html").arg(a.slug);
                      w.writeTextElement(QStringLiteral("id"),
                                         pub.baseUrl.isEmpty()
                                             ? QStringLiteral("urn:copydesk:article:%1").arg(a.slug)
                                             : absolute(path));
                      w.writeEmptyElement(QStringLiteral("link"));
                      w.writeAttribute(QStringLiteral("href"), absolute(path));
                      w.writeTextElement(QStringLiteral("published"),
                                         a.publishedAt.toUTC().toString(Qt::ISODate));
                      w.writeTextElement(QStringLiteral("updated"),
                                         a.updatedAt.toUTC().toString(Qt::ISODate));
                      for (const AuthorView &author : v.authors) {
                          w.writeStartElement(QStringLiteral("author"));
                          w.writeTextElement(QStringLiteral("name"), author.person.displayName);
                          w.writeEndElement();
                      }
                      if (!a.standfirst.isEmpty())
                          w.writeTextElement(QStringLiteral("summary"), a.standfirst);
                      // The lead photo, as a link a feed reader shows beside the entry.
                      if (const auto image = v.images.constFind(a.leadImage);
                          !a.leadImage.isEmpty() && image != v.images.constEnd()) {
                          w.writeEmptyElement(QStringLiteral("link"));
                          w.writeAttribute(QStringLiteral("rel"), QStringLiteral("enclosure"));
                          w.writeAttribute(QStringLiteral("type"), QStringLiteral("image/jpeg"));
                          w.writeAttribute(
                              QStringLiteral("href"),
                              absolute(Renditions::path(a.leadImage,
                                                        Renditions::standardWidth(image->width))));
                      }
                      w.writeEndElement();
                  }
                  w.writeEndElement();
                  w.writeEndDocument();
                  return xml;
              } });
    }
    // Each page has a path of its own (the slugs see to it): one more with the same path would
    // silently replace a page and appear twice in the sitemap.
    QStringList htmlPaths;
    {
        QSet<QString> paths;
        paths.reserve(pages.size());
        for (const PlannedPage &page : std::as_const(pages)) {
            if (paths.contains(page.path))
                return failure(Error::Kind::Failed,
                               QCoreApplication::translate("SiteExporter",
                                                           "two pages of the site would both be %1")
                                   .arg(page.path));
            paths.insert(page.path);
            if (page.path.endsWith(QLatin1String(".html")))
                htmlPaths.append(page.path);
        }
    }
    // sitemap.xml: every page (relative locations when the site's address is not known), in
    // the order of their paths, so that the same newsroom always gives the same file.
    htmlPaths.sort();
    {
        SiteStamp s;
        s << QStringLiteral("sitemap") << pub.baseUrl;
        for (const QString &path : std::as_const(htmlPaths))
            s << path;
        pages.append({ QStringLiteral("sitemap.xml"), s.result(), [&] {
                          QByteArray xml;
                          QXmlStreamWriter w(&xml);
                          w.setAutoFormatting(true);
                          w.writeStartDocument();
                          w.writeStartElement(QStringLiteral("urlset"));
                          w.writeDefaultNamespace(
                              QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
                          for (const QString &path : std::as_const(htmlPaths)) {
                              w.writeStartElement(QStringLiteral("url"));
                              w.writeTextElement(QStringLiteral("loc"), absolute(path));
                              w.writeEndElement();
                          }
                          w.writeEndElement();
                          w.writeEndDocument();
                          return xml;
                      } });
    }
    {
        const QByteArray css = PageBuilder::styleSheet().toUtf8();
        pages.append({ QStringLiteral("style.css"), hashOf(css), [css] {
                          return css;
                      } });
    }

    auto stampsOf = [&pages] {
        QList<std::pair<QString, QByteArray>> stamps;
        stamps.reserve(pages.size());
        for (const PlannedPage &page : std::as_const(pages))
            stamps.append({ page.path, page.stamp });
        return stamps;
    };
    // Which pages to build: those whose stamp changed or whose file is gone.
    ExportReport report;
    report.articles = int(views.size());
    QList<int> needed;
    QSet<QString> current;
    current.reserve(pages.size());
    const QSet<QString> existing = oldSite ? filesOfSite(dir) : QSet<QString>();
    for (int i = 0; i < pages.size(); ++i) {
        const PlannedPage &page = pages.at(i);
        current.insert(page.path);
        const auto old = oldStamps.constFind(page.path);
        if (old != oldStamps.constEnd() && *old == page.stamp && existing.contains(page.path))
            report.unchanged << page.path;
        else
            needed << i;
    }
    for (auto it = oldStamps.cbegin(); it != oldStamps.cend(); ++it)
        if (!current.contains(it.key()))
            report.removed << it.key();
    report.unchanged.sort();
    report.removed.sort();
    if (needed.isEmpty() && report.removed.isEmpty() && !olderFormat) {
        // Nothing to build; the manifest learns the fingerprint for next time.
        if (auto r = writeSiteFile(QDir(dir).filePath(SiteManifest::FileName),
                                   SiteManifest::text(fingerprint, report.articles, stampsOf()));
            !r)
            return r.error();
        return report;
    }
    // A new site, or one where most pages change, is built whole beside the old one and swapped
    // in (moving thousands of pages one by one would take longer than building them).
    const bool wholeSite = !oldSite || needed.size() * 2 > pages.size();
    QList<int> toBuild = needed;
    if (wholeSite) {
        toBuild.clear();
        for (int i = 0; i < pages.size(); ++i)
            toBuild << i;
    }

    // A new site is built beside the target and moved there at the end; changed pages of an
    // existing one are built in a folder beside it and moved in at the end. Either way a
    // failure or a cancel before the end leaves the previous site as it was.
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QDir().mkpath(parent))
        return failure(Error::Kind::Failed,
                       QStringLiteral("cannot create the folder %1").arg(shownPath(parent)));
    const QString token = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString fresh = dir + QStringLiteral(".copydesk-new-") + token;
    auto abandon = [&](Error error) -> Result<ExportReport> {
        removeTree(fresh);
        return error;
    };
    for (const char *folder : SiteFolders)
        if (!QDir().mkpath(fresh + QLatin1Char('/') + QLatin1String(folder)))
            return abandon({ Error::Kind::Failed,
                             QStringLiteral("cannot create the folder %1").arg(shownPath(fresh)) });
    auto put = [&](const QString &path, const QByteArray &content) -> QString {
        QFile file(fresh + QLatin1Char('/') + path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size())
            return QStringLiteral("cannot write %1: %2")
                .arg(shownPath(QDir(dir).filePath(path)), file.errorString());
        return {};
    };
    auto cancelled = [&] {
        return abandon(
            { Error::Kind::Failed,
              QStringLiteral("the export was cancelled; %1 is as it was").arg(shownPath(dir)) });
    };

    // Article pages on every core, a batch at a time: the next batch's bodies are read on this
    // thread (the store's connection belongs to it) while the workers build the current one.
    QList<int> articlePages;
    QList<int> mediaPages;
    QList<int> otherPages;
    for (int i : std::as_const(toBuild))
        (pages.at(i).article >= 0 ? articlePages
                                  : (!pages.at(i).image.isEmpty() ? mediaPages : otherPages))
            << i;
    const int total = int(toBuild.size());
    int done = 0;
    constexpr int Batch = 128;
    auto bodiesOf = [&](qsizetype from) -> Result<QList<ArticleJob>> {
        QList<qint64> ids;
        QList<ArticleJob> jobs;
        for (int i : articlePages.mid(from, Batch)) {
            ids << views.at(pages.at(i).article).article.id;
            jobs.append({ i, {}, {} });
        }
        const auto bodies = m_source.bodies(ids);
        if (!bodies)
            return bodies.error();
        for (ArticleJob &job : jobs)
            job.body = bodies->value(views.at(pages.at(job.page).article).article.id);
        return jobs;
    };
    // Each worker writes the pages it builds: creating files is most of an export's time on
    // many file systems, and two threads creating them are faster than one.
    auto build = [&](ArticleJob &job) {
        ArticleView view = views.at(pages.at(job.page).article);
        view.article.body = std::move(job.body);
        job.error = put(pages.at(job.page).path,
                        builder.articlePage(view, QStringLiteral("../")).toUtf8());
    };
    auto next = bodiesOf(0);
    for (qsizetype from = 0; from < articlePages.size(); from += Batch) {
        if (!next)
            return abandon(next.error());
        QList<ArticleJob> jobs = std::move(*next);
        QFuture<void> building = QtConcurrent::map(jobs, build);
        if (from + Batch < articlePages.size())
            next = bodiesOf(from + Batch);
        building.waitForFinished();
        for (const ArticleJob &job : std::as_const(jobs))
            if (!job.error.isEmpty())
                return abandon({ Error::Kind::Failed, job.error });
        done += int(jobs.size());
        if (progress && !progress(done, total))
            return cancelled();
    }
    // The photos' renditions on every core, a few images at a time: their originals are read
    // here (the store's connection belongs to this thread); each image is decoded once for all
    // its widths (the plan holds an image's widths side by side).
    {
        constexpr int ImagesAtOnce = 8;
        qsizetype from = 0;
        while (from < mediaPages.size()) {
            QList<MediaJob> jobs;
            while (from < mediaPages.size() && jobs.size() < ImagesAtOnce) {
                const QString &sha = pages.at(mediaPages.at(from)).image;
                MediaJob job;
                while (from < mediaPages.size() && pages.at(mediaPages.at(from)).image == sha)
                    job.pages << mediaPages.at(from++);
                const auto data = m_source.imageData(sha);
                if (!data)
                    return abandon(data.error());
                job.original = *data;
                jobs.append(std::move(job));
            }
            QtConcurrent::blockingMap(jobs, [&](MediaJob &job) {
                QList<int> widths;
                for (const int page : std::as_const(job.pages))
                    widths << pages.at(page).width;
                const auto made = Renditions::make(job.original, widths);
                if (!made) {
                    job.error = QStringLiteral("%1: %2").arg(pages.at(job.pages.first()).path,
                                                             made.errorString());
                    return;
                }
                for (int i = 0; i < job.pages.size() && job.error.isEmpty(); ++i)
                    job.error = put(pages.at(job.pages.at(i)).path, made->at(i));
                job.original.clear();
            });
            for (const MediaJob &job : std::as_const(jobs)) {
                if (!job.error.isEmpty())
                    return abandon({ Error::Kind::Failed, job.error });
                done += int(job.pages.size());
            }
            if (progress && !progress(done, total))
                return cancelled();
        }
    }
    // The lists, the feed and the sitemap: on every core too (a section's page lists thousands
    // of articles), a batch at a time so that a cancel is heard.
    for (qsizetype from = 0; from < otherPages.size(); from += Batch) {
        QList<std::pair<int, QString>> jobs; // page, error
        for (int i : otherPages.mid(from, Batch))
            jobs.append({ i, QString() });
        QtConcurrent::blockingMap(jobs, [&](std::pair<int, QString> &job) {
            job.second = put(pages.at(job.first).path, pages.at(job.first).build());
        });
        for (const auto &[page, error] : std::as_const(jobs))
            if (!error.isEmpty())
                return abandon({ Error::Kind::Failed, error });
        done += int(jobs.size());
        if (progress && !progress(done, total))
            return cancelled();
    }
    for (int i : std::as_const(needed))
        report.written << pages.at(i).path;
    report.written.sort();

    const QByteArray stamps = SiteManifest::text(fingerprint, report.articles, stampsOf());

    if (wholeSite) {
        // The new site, complete beside the old one, takes its place.
        if (auto r = writeSiteFile(QDir(fresh).filePath(SiteManifest::FileName), stamps); !r)
            return abandon(r.error());
        const QString old = dir + QStringLiteral(".copydesk-old-") + token;
        const bool hadOld = QFileInfo::exists(dir);
        if (hadOld && !QDir().rename(dir, old))
            return abandon({ Error::Kind::Failed,
                             QStringLiteral("cannot replace %1 (is a file in it open?)")
                                 .arg(shownPath(dir)) });
        if (!QDir().rename(fresh, dir)) {
            if (hadOld)
                QDir().rename(old, dir);
            return abandon(
                { Error::Kind::Failed,
                  QStringLiteral("cannot move the new site into %1").arg(shownPath(dir)) });
        }
        if (hadOld)
            removeTree(old);
        return report;
    }
    // A few pages into the existing site: each by a rename (a reader sees the old page or the
    // new, never half of one), the pages of unpublished articles removed, the stamps last.
    for (const char *folder : SiteFolders)
        QDir(dir).mkpath(QLatin1String(folder));
    for (const QString &path : std::as_const(report.written)) {
        const QString into = QDir(dir).filePath(path);
        std::error_code ec;
        std::filesystem::rename(QFile::encodeName(fresh + QLatin1Char('/') + path).toStdString(),
                                QFile::encodeName(into).toStdString(), ec);
        if (ec)
            return abandon(
                { Error::Kind::Failed,
                  QStringLiteral("cannot replace %1: %2")
                      .arg(shownPath(into), QString::fromLocal8Bit(ec.message().c_str())) });
    }
    // A page that cannot be removed (a file held open elsewhere) fails the export before the
    // new manifest is written: the next export tries again, rather than forget the page.
    for (const QString &path : std::as_const(report.removed)) {
        QFile page(QDir(dir).filePath(path));
        if (page.exists() && !page.remove())
            return abandon({ Error::Kind::Failed,
                             QStringLiteral("cannot remove %1, the page of an article no longer "
                                            "published: %2")
                                 .arg(shownPath(page.fileName()), page.errorString()) });
    }
    for (const char *folder : SiteFolders)
        QDir(dir).rmdir(QLatin1String(folder)); // only when it is empty now
    removeTree(fresh);
    if (auto r = writeSiteFile(QDir(dir).filePath(SiteManifest::FileName), stamps); !r)
        return r.error();
    if (olderFormat)
        QFile::remove(QDir(dir).filePath(SiteManifest::OlderFileName));
    return report;
}

} // namespace copydesk::app
