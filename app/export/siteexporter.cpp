#include "app/export/siteexporter.h"

#include "app/body/textstats.h"
#include "app/export/exportsource.h"
#include "app/export/settingsrules.h"
#include "app/export/siteslugs.h"
#include "app/export/urlpolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <filesystem>
#include <map>

namespace copydesk::app {

namespace {

const QString ManifestName = QStringLiteral(".copydesk-site.json");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray hashOf(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

Result<void> writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(Error::Kind::Failed,
                       QStringLiteral("cannot create the folder for %1").arg(shown(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return failure(Error::Kind::Failed,
                       QStringLiteral("cannot write %1: %2").arg(shown(path), file.errorString()));
    return {};
}

bool removeTree(const QString &path)
{
    return QDir(path).removeRecursively();
}

} // namespace

SiteExporter::SiteExporter(ExportSource &source)
    : m_source(source)
{ }

Result<Publication> SiteExporter::publication()
{
    Publication p;
    const auto name = m_source.setting(QStringLiteral("publication.name"), p.name);
    if (!name)
        return name.error();
    p.name = name->trimmed().isEmpty() ? p.name : *name;
    p.about = m_source.setting(QStringLiteral("publication.about")).value();
    p.baseUrl = m_source.setting(QStringLiteral("publication.base-url")).value();
    const QString links = m_source.setting(QStringLiteral("publication.links")).value();
    for (const QString &line : links.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "Label | https://…"
        const int bar = int(line.lastIndexOf(QLatin1Char('|')));
        if (bar > 0)
            p.links.append({ line.left(bar).trimmed(), line.mid(bar + 1).trimmed() });
    }
    return p;
}

Result<AuthorView> SiteExporter::authorView(qint64 personId, QHash<qint64, AuthorView> &authors)
{
    if (const auto it = authors.constFind(personId); it != authors.constEnd())
        return *it;
    const auto person = m_source.person(personId);
    if (!person)
        return person.error();
    const auto appointments = m_source.appointments(personId);
    if (!appointments)
        return appointments.error();
    AuthorView view;
    view.person = *person;
    view.appointments = *appointments;
    view.slug = m_authorSlugs.value(person->username);
    authors.insert(personId, view);
    return view;
}

Result<void> SiteExporter::assignSlugs(const QList<db::Article> &articles,
                                       QHash<qint64, AuthorView> &authors)
{
    QSet<QString> sections;
    QSet<QString> tags;
    for (const db::Article &article : articles) {
        if (!article.section.isEmpty())
            sections.insert(article.section);
        for (const QString &tag : article.tags)
            tags.insert(tag.toLower());
        for (qint64 id : article.authorIds)
            if (const auto author = authorView(id, authors); !author)
                return author.error();
    }
    QStringList usernames;
    for (const AuthorView &author : std::as_const(authors))
        usernames << author.person.username;
    m_sectionSlugs = siteslugs::assign(QStringList(sections.cbegin(), sections.cend()),
                                       QStringLiteral("section"));
    m_tagSlugs = siteslugs::assign(QStringList(tags.cbegin(), tags.cend()), QStringLiteral("tag"));
    m_authorSlugs = siteslugs::assign(usernames, QStringLiteral("author"));
    for (AuthorView &author : authors)
        author.slug = m_authorSlugs.value(author.person.username);
    return {};
}

Result<ArticleView> SiteExporter::viewOf(const db::Article &article,
                                         QHash<qint64, AuthorView> &authors)
{
    ArticleView view;
    view.article = article;
    view.preview = article.status != Status::Published;
    for (qint64 id : article.authorIds) {
        const auto author = authorView(id, authors);
        if (!author)
            return author.error();
        view.authors.append(*author);
    }
    const auto notes = m_source.notes(article.id);
    if (!notes)
        return notes.error();
    for (const db::Note &note : *notes)
        if (note.transition == QLatin1String("correct"))
            view.corrections.append(note);
    view.sectionSlug = m_sectionSlugs.value(article.section);
    for (const QString &tag : article.tags)
        view.tagSlugs.append(m_tagSlugs.value(tag.toLower()));
    return view;
}

Result<QString> SiteExporter::articlePage(qint64 articleId)
{
    const auto article = m_source.article(articleId);
    if (!article)
        return article.error();
    return articlePage(*article);
}

Result<QString> SiteExporter::articlePage(const db::Article &article)
{
    const auto pub = publication();
    if (!pub)
        return pub.error();
    // A page on its own knows only its own names: it links to the pages they have when no other
    // name shares their slug.
    QHash<qint64, AuthorView> authors;
    if (auto r = assignSlugs({ article }, authors); !r)
        return r.error();
    const auto view = viewOf(article, authors);
    if (!view)
        return view.error();
    // Standalone: links to author, section and tag pages go to the published site when its
    // address is known.
    QString root = pub->baseUrl;
    if (!root.isEmpty() && !root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    const PageBuilder builder(*pub, {});
    return builder.articlePage(*view, root, true);
}

Result<void> SiteExporter::exportArticle(qint64 articleId, const QString &file)
{
    const auto html = articlePage(articleId);
    if (!html)
        return html.error();
    return writeFile(file, html->toUtf8());
}

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

    const QFileInfo target(directory);
    const QString dir = target.absoluteFilePath();
    QHash<QString, QByteArray> oldManifest;
    if (target.exists()) {
        if (!target.isDir())
            return failure(Error::Kind::Invalid,
                           QStringLiteral("%1 is a file, not a folder").arg(shown(dir)));
        QFile manifest(QDir(dir).filePath(ManifestName));
        if (manifest.open(QIODevice::ReadOnly)) {
            const QJsonObject files = QJsonDocument::fromJson(manifest.readAll()).object();
            for (auto it = files.begin(); it != files.end(); ++it)
                oldManifest.insert(it.key(), it.value().toString().toLatin1());
        } else if (!QDir(dir).isEmpty()) {
            return failure(
                Error::Kind::Invalid,
                QStringLiteral(
                    "%1 is not empty and holds no Copydesk site; choose an empty or new folder")
                    .arg(shown(dir)));
        }
    }

    // Every published article, newest first, a page of the store at a time.
    QList<db::Article> articles;
    db::ArticleQuery query;
    query.status = Status::Published;
    query.limit = 500;
    for (;;) {
        const auto rows = m_source.list(query);
        if (!rows)
            return rows.error();
        for (const db::ArticleSummary &row : *rows) {
            const auto article = m_source.article(row.id);
            if (!article)
                return article.error();
            articles.append(*article);
        }
        if (rows->size() < query.limit)
            break;
        query.offset += query.limit;
    }
    std::stable_sort(
        articles.begin(), articles.end(), [](const db::Article &a, const db::Article &b) {
            return a.publishedAt != b.publishedAt ? a.publishedAt > b.publishedAt : a.id > b.id;
        });

    QHash<qint64, AuthorView> authors;
    if (auto r = assignSlugs(articles, authors); !r)
        return r.error();
    QList<ArticleView> views;
    std::map<QString, QList<ArticleView>> bySection; // by name
    std::map<QString, std::pair<QString, QList<ArticleView>>> byTag; // slug -> name, articles
    QHash<qint64, QList<ArticleView>> byAuthor;
    for (const db::Article &article : std::as_const(articles)) {
        const auto view = viewOf(article, authors);
        if (!view)
            return view.error();
        views.append(*view);
        if (!article.section.isEmpty())
            bySection[article.section].append(*view);
        for (int i = 0; i < article.tags.size(); ++i) {
            auto &entry = byTag[view->tagSlugs.at(i)];
            entry.first = article.tags.at(i);
            entry.second.append(*view);
        }
        for (qint64 id : article.authorIds)
            byAuthor[id].append(*view);
    }
    QList<std::pair<QString, QString>> sections;
    for (const auto &[name, list] : bySection)
        sections.append({ name, list.first().sectionSlug });
    const PageBuilder builder(pub, sections);

    // The pages, in memory first.
    QList<std::pair<QString, QByteArray>> pages;
    for (const ArticleView &view : std::as_const(views))
        pages.append({ QStringLiteral("articles/%1.html").arg(view.article.slug),
                       builder.articlePage(view, QStringLiteral("../")).toUtf8() });
    const int frontPages = qMax(1, int((views.size() + PageSize - 1) / PageSize));
    auto frontName = [](int page) {
        return page == 1 ? QStringLiteral("index.html") : QStringLiteral("page-%1.html").arg(page);
    };
    for (int p = 1; p <= frontPages; ++p) {
        const QString title
            = p == 1 ? pub.name : QStringLiteral("%1 — page %2").arg(pub.name).arg(p);
        pages.append(
            { frontName(p),
              builder
                  .listPage(title,
                            p == 1 ? pub.name : QStringLiteral("Older articles, page %1").arg(p),
                            QString(), views.mid((p - 1) * PageSize, PageSize), QString(),
                            frontName(p), p > 1 ? frontName(p - 1) : QString(),
                            p < frontPages ? frontName(p + 1) : QString())
                  .toUtf8() });
    }
    for (const auto &[name, list] : bySection) {
        const QString path = QStringLiteral("sections/%1.html").arg(list.first().sectionSlug);
        pages.append({ path,
                       builder
                           .listPage(name + QStringLiteral(" — ") + pub.name, name, QString(), list,
                                     QStringLiteral("../"), path)
                           .toUtf8() });
    }
    for (const auto &[slug, entry] : byTag) {
        const QString path = QStringLiteral("tags/%1.html").arg(slug);
        pages.append({ path,
                       builder
                           .listPage(QStringLiteral("%1 — %2").arg(entry.first, pub.name),
                                     QStringLiteral("Tagged “%1”").arg(entry.first), QString(),
                                     entry.second, QStringLiteral("../"), path)
                           .toUtf8() });
    }
    for (auto it = byAuthor.cbegin(); it != byAuthor.cend(); ++it) {
        const AuthorView &author = authors.value(it.key());
        const QString path = QStringLiteral("authors/%1.html").arg(author.slug);
        pages.append(
            { path, builder.authorPage(author, it.value(), QStringLiteral("../"), path).toUtf8() });
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
        QDateTime updated = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        for (const ArticleView &v : std::as_const(views))
            updated = qMax(updated, v.article.updatedAt);
        w.writeTextElement(QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODate));
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
        w.writeAttribute(QStringLiteral("href"), absolute(QStringLiteral("feed.xml")));
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), absolute(QStringLiteral("index.html")));
        for (const ArticleView &v : views.mid(0, 50)) {
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
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        pages.append({ QStringLiteral("feed.xml"), xml });
    }
    // Each page has a path of its own (the slugs see to it): one more with the same path would
    // silently replace a page and appear twice in the sitemap.
    {
        QSet<QString> paths;
        for (const auto &[path, content] : std::as_const(pages)) {
            if (paths.contains(path))
                return failure(Error::Kind::Failed,
                               QCoreApplication::translate("SiteExporter",
                                                           "two pages of the site would both be %1")
                                   .arg(path));
            paths.insert(path);
        }
    }
    // sitemap.xml: every page (relative locations when the site's address is not known), in
    // the order of their paths, so that the same newsroom always gives the same file.
    {
        QStringList paths;
        for (const auto &[path, content] : std::as_const(pages))
            if (path.endsWith(QLatin1String(".html")))
                paths.append(path);
        paths.sort();
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("urlset"));
        w.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
        for (const QString &path : std::as_const(paths)) {
            w.writeStartElement(QStringLiteral("url"));
            w.writeTextElement(QStringLiteral("loc"), absolute(path));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        pages.append({ QStringLiteral("sitemap.xml"), xml });
    }
    pages.append({ QStringLiteral("style.css"), PageBuilder::styleSheet().toUtf8() });

    // Build beside the target, then swap.
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QDir().mkpath(parent))
        return failure(Error::Kind::Failed,
                       QStringLiteral("cannot create the folder %1").arg(shown(parent)));
    const QString token = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString fresh = dir + QStringLiteral(".copydesk-new-") + token;
    auto abandon = [&](Error error) -> Result<ExportReport> {
        removeTree(fresh);
        return error;
    };
    ExportReport report;
    report.articles = int(views.size());
    QJsonObject manifest;
    int done = 0;
    for (const auto &[path, content] : std::as_const(pages)) {
        const QByteArray hash = hashOf(content);
        manifest.insert(path, QString::fromLatin1(hash));
        const QString oldFile = QDir(dir).filePath(path);
        const QString newFile = QDir(fresh).filePath(path);
        bool carried = false;
        if (oldManifest.value(path) == hash && QFileInfo::exists(oldFile)) {
            // Unchanged: the old file itself comes along (a hard link keeps it byte for byte
            // and keeps its time); a copy where links are not possible.
            QDir().mkpath(QFileInfo(newFile).absolutePath());
            std::error_code ec;
            std::filesystem::create_hard_link(QFile::encodeName(oldFile).toStdString(),
                                              QFile::encodeName(newFile).toStdString(), ec);
            carried = !ec || QFile::copy(oldFile, newFile);
        }
        if (carried) {
            report.unchanged << path;
        } else {
            if (auto r = writeFile(newFile, content); !r)
                return abandon(r.error());
            report.written << path;
        }
        ++done;
        if (progress && !progress(done, int(pages.size())))
            return abandon(
                { Error::Kind::Failed,
                  QStringLiteral("the export was cancelled; %1 is as it was").arg(shown(dir)) });
    }
    for (auto it = oldManifest.cbegin(); it != oldManifest.cend(); ++it)
        if (!manifest.contains(it.key()))
            report.removed << it.key();
    if (auto r = writeFile(QDir(fresh).filePath(ManifestName), QJsonDocument(manifest).toJson());
        !r)
        return abandon(r.error());

    const QString old = dir + QStringLiteral(".copydesk-old-") + token;
    const bool hadOld = QFileInfo::exists(dir);
    if (hadOld && !QDir().rename(dir, old))
        return abandon(
            { Error::Kind::Failed,
              QStringLiteral("cannot replace %1 (is a file in it open?)").arg(shown(dir)) });
    if (!QDir().rename(fresh, dir)) {
        if (hadOld)
            QDir().rename(old, dir);
        return abandon({ Error::Kind::Failed,
                         QStringLiteral("cannot move the new site into %1").arg(shown(dir)) });
    }
    if (hadOld)
        removeTree(old);
    report.written.sort();
    report.unchanged.sort();
    report.removed.sort();
    return report;
}

} // namespace copydesk::app
