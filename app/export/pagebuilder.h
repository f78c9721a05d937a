#pragma once

#include "app/body/photos.h"
#include "db/records.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace copydesk::app {

// The publication around every page: from the store's settings.
struct Publication
{
    QString name = QStringLiteral("The Newsroom");
    QString about;
    QString baseUrl; // "https://news.example.org" or empty
    QList<std::pair<QString, QString>> links; // label, URL
};

struct AuthorView
{
    db::Person person;
    QList<db::Appointment> appointments;
    QString slug;
};

// An article with what its page shows besides its own fields.
struct ArticleView
{
    db::Article article;
    QList<AuthorView> authors;
    QList<db::Note> corrections;
    QString sectionSlug;
    QStringList tagSlugs;
    bool preview = false; // not published: a banner and noindex
    // The images of its photos (the lead's, for a list, is enough), by hash; a photo whose image
    // is not here is left out of the page.
    QHash<QString, db::StoredImage> images;
    // Where the page finds media/ (Renditions::path), when not at the site's top (root): a page
    // exported on its own has its photos beside it.
    std::optional<QString> mediaRoot;
};

// Builds the HTML5 pages from our templates (resources/templates). Every value is escaped for
// its context here; the body comes from HtmlRenderer. No page carries inline styles.
class PageBuilder final
{
public:
    PageBuilder(Publication publication, QList<std::pair<QString, QString>> sections);

    // root: the path from the page to the site's top ("../" for articles/x.html); embedStyle
    // puts the style sheet in the page (a single exported page stands alone).
    QString articlePage(const ArticleView &view, const QString &root,
                        bool embedStyle = false) const;
    // A list of articles under a heading: the front page, a section, a tag.
    QString listPage(const QString &title, const QString &heading, const QString &introHtml,
                     const QList<ArticleView> &items, const QString &root, const QString &path,
                     const QString &newer = {}, const QString &older = {}) const;
    QString authorPage(const AuthorView &author, const QList<ArticleView> &items,
                       const QString &root, const QString &path) const;

    static QString styleSheet();
    // Changes whenever the pages would come out differently for the same data: the templates,
    // the style sheet and the program's version.
    QByteArray templateFingerprint() const;
    static QString escape(const QString &text);
    // A path of the site as it goes into a URL: "sections/中文.html" percent-encoded as UTF-8
    // ("sections/%E4%B8%AD%E6%96%87.html"), which every server, file:// and the sitemap accept.
    static QString urlPath(const QString &path);
    // JSON for a <script type="application/ld+json"> block: '<', '>' and '&' as \u escapes, so
    // text holding "</script>" cannot end the block.
    static QString jsonLd(const QJsonObject &object);
    static QString titlesOf(const AuthorView &author); // "Global Editor, 2019/20 · …"
    static QString htmlLanguage(const QString &language); // en_GB -> en-GB

private:
    QString page(const QString &lang, const QString &title, const QString &head,
                 const QString &banner, const QString &content, const QString &root,
                 bool embedStyle) const;
    QString absolute(const QString &path) const;
    QString dateHtml(const QDateTime &time) const;
    QString listItem(const ArticleView &view, const QString &root) const;
    // A photo of the article as a <figure> (or, inText, an <img> inside a paragraph); lazy: it
    // is not at the top of the page, so it loads as it is scrolled to.
    QString photoHtml(const ArticleView &view, const Photo &photo, const QString &root, bool inText,
                      bool lazy) const;

    Publication m_publication;
    QList<std::pair<QString, QString>> m_sections; // name, slug
    QString m_pageTemplate;
    QString m_articleTemplate;
};

} // namespace copydesk::app
