// What pages show of the newsroom (the publication, authors, slugs, an article's view with its
// photos) and one article exported on its own, with its photos beside it. The whole site is
// built in siteexporter.cpp.
#include "app/body/photos.h"
#include "app/export/exportsource.h"
#include "app/export/renditions.h"
#include "app/export/siteexporter.h"
#include "app/export/sitemanifest.h"
#include "app/export/siteslugs.h"

#include <QDir>
#include <QFileInfo>

namespace copydesk::app {

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
    QStringList shas = photos::shasOf(photos::inBody(article.body));
    shas.removeDuplicates();
    const auto images = m_source.images(shas);
    if (!images)
        return images.error();
    view.images = *images;
    return view;
}

Result<void> SiteExporter::writeMedia(const ArticleView &view, const QString &folder)
{
    const QDir media(QDir(folder).filePath(QStringLiteral("media")));
    if (!view.images.isEmpty() && !QDir().mkpath(media.absolutePath()))
        return failure(
            Error::Kind::Failed,
            QStringLiteral("cannot create the folder %1").arg(shownPath(media.absolutePath())));
    for (const db::StoredImage &image : view.images) {
        // Named by its hash and width: what is there already is right.
        QList<int> missing;
        for (const int width : Renditions::widths(image.width))
            if (!QFileInfo::exists(QDir(folder).filePath(Renditions::path(image.sha, width))))
                missing << width;
        if (missing.isEmpty())
            continue;
        const auto data = m_source.imageData(image.sha);
        if (!data)
            return data.error();
        const auto made = Renditions::make(*data, missing);
        if (!made)
            return made.error();
        for (int i = 0; i < missing.size(); ++i)
            if (auto r = writeSiteFile(
                    QDir(folder).filePath(Renditions::path(image.sha, missing.at(i))), made->at(i));
                !r)
                return r.error();
    }
    return {};
}

Result<QString> SiteExporter::articlePage(qint64 articleId)
{
    const auto article = m_source.article(articleId);
    if (!article)
        return article.error();
    return articlePage(*article);
}

Result<QString> SiteExporter::articlePage(const db::Article &article, const QString &mediaFolder)
{
    const auto pub = publication();
    if (!pub)
        return pub.error();
    // A page on its own knows only its own names: it links to the pages they have when no other
    // name shares their slug.
    QHash<qint64, AuthorView> authors;
    if (auto r = assignSlugs({ article }, authors); !r)
        return r.error();
    const auto viewed = viewOf(article, authors);
    if (!viewed)
        return viewed.error();
    ArticleView view = *viewed;
    if (!mediaFolder.isEmpty()) {
        view.mediaRoot = QString();
        if (auto r = writeMedia(view, mediaFolder); !r)
            return r.error();
    }
    // Standalone: links to author, section and tag pages go to the published site when its
    // address is known.
    QString root = pub->baseUrl;
    if (!root.isEmpty() && !root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    const PageBuilder builder(*pub, {});
    return builder.articlePage(view, root, true);
}

Result<void> SiteExporter::exportArticle(qint64 articleId, const QString &file)
{
    const auto article = m_source.article(articleId);
    if (!article)
        return article.error();
    const auto html = articlePage(*article, QFileInfo(file).absolutePath());
    if (!html)
        return html.error();
    return writeSiteFile(file, html->toUtf8());
}

} // namespace copydesk::app
