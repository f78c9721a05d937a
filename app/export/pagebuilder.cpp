#include "app/export/pagebuilder.h"

#include "app/core/resourcepaths.h"
#include "app/export/htmlrenderer.h"
#include "app/export/renditions.h"
#include "app/export/urlpolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace copydesk::app {

namespace {

QString resource(const QString &name)
{
    QFile file(ResourcePaths::find(QStringLiteral("templates/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Fills {{name}} placeholders with values that are already HTML, in one pass over the template:
// a value that itself contains "{{body}}" stays text and is never filled in turn.
QString fill(const QString &text, const QList<std::pair<QString, QString>> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        for (const auto &[key, value] : values)
            if (key == name)
                out += value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

PageBuilder::PageBuilder(Publication publication, QList<std::pair<QString, QString>> sections)
    : m_publication(std::move(publication))
    , m_sections(std::move(sections))
    , m_pageTemplate(resource(QStringLiteral("page.html")))
    , m_articleTemplate(resource(QStringLiteral("article.html")))
{ }

QByteArray PageBuilder::templateFingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The program's version stands for the code that fills the templates.
    hash.addData(QByteArrayView(COPYDESK_VERSION));
    for (const QString &text : { m_pageTemplate, m_articleTemplate, styleSheet() }) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

QString PageBuilder::escape(const QString &text)
{
    return text.toHtmlEscaped(); // & < > " ; attributes are always double-quoted
}

QString PageBuilder::urlPath(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, QByteArrayLiteral("/")));
}

QString PageBuilder::styleSheet()
{
    return resource(QStringLiteral("style.css"));
}

QString PageBuilder::jsonLd(const QJsonObject &object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('&'), QStringLiteral("\\u0026"))
        .replace(QLatin1Char('<'), QStringLiteral("\\u003c"))
        .replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    return json;
}

QString PageBuilder::htmlLanguage(const QString &language)
{
    QString lang = language.isEmpty() ? QStringLiteral("en-GB") : language;
    lang.replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return valid.match(lang).hasMatch() ? lang : QStringLiteral("en-GB");
}

QString PageBuilder::titlesOf(const AuthorView &author)
{
    QStringList titles;
    for (const db::Appointment &a : author.appointments) {
        if (a.level == QLatin1String("administrator"))
            continue;
        titles << (a.term.isEmpty() ? a.title : QStringLiteral("%1, %2").arg(a.title, a.term));
    }
    return titles.join(QStringLiteral(" · "));
}

QString PageBuilder::absolute(const QString &path) const
{
    if (m_publication.baseUrl.isEmpty())
        return {};
    QString base = m_publication.baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + urlPath(path);
}

QString PageBuilder::photoHtml(const ArticleView &view, const Photo &photo, const QString &root,
                               bool inText, bool lazy) const
{
    const auto it = view.images.constFind(photo.sha);
    if (it == view.images.constEnd() || it->width <= 0)
        return {};
    const db::StoredImage &image = *it;
    const QString media = escape(view.mediaRoot.value_or(root));
    QStringList sources;
    for (const int w : Renditions::widths(image.width))
        sources << QStringLiteral("%1%2 %3w")
                       .arg(media, urlPath(Renditions::path(image.sha, w)))
                       .arg(w);
    const int shown = Renditions::standardWidth(image.width);
    const QSize size = Renditions::size(image, shown);
    const QString img
        = QStringLiteral("<img src=\"%1%2\" srcset=\"%3\" sizes=\"(min-width: 44rem) 40rem, "
                         "calc(100vw - 2rem)\" width=\"%4\" height=\"%5\" alt=\"%6\"%7 />")
              .arg(media, urlPath(Renditions::path(image.sha, shown)),
                   sources.join(QStringLiteral(", ")))
              .arg(size.width())
              .arg(size.height())
              .arg(escape(photo.alt),
                   lazy ? QStringLiteral(" loading=\"lazy\" decoding=\"async\"") : QString());
    if (inText)
        return img;
    QString caption;
    if (!photo.caption.isEmpty())
        caption += escape(photo.caption);
    if (!photo.credit.isEmpty())
        caption += (caption.isEmpty() ? QString() : QStringLiteral(" "))
            + QStringLiteral("<span class=\"credit\">%1</span>").arg(escape(photo.credit));
    return QStringLiteral("<figure class=\"%1\">%2%3</figure>")
        .arg(photo.lead ? QStringLiteral("photo lead-photo") : QStringLiteral("photo"), img,
             caption.isEmpty() ? QString()
                               : QStringLiteral("<figcaption>%1</figcaption>").arg(caption));
}

QString PageBuilder::dateHtml(const QDateTime &time) const
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return QStringLiteral("<time datetime=\"%1\">%2</time>")
        .arg(iso(time),
             escape(english.toString(time.toLocalTime().date(), QStringLiteral("d MMMM yyyy"))));
}

QString PageBuilder::page(const QString &lang, const QString &title, const QString &head,
                          const QString &banner, const QString &content, const QString &root,
                          bool embedStyle) const
{
    QString style = embedStyle
        ? QStringLiteral("<style>\n") + styleSheet() + QStringLiteral("</style>")
        : QStringLiteral("<link rel=\"stylesheet\" href=\"%1style.css\" />").arg(escape(root));
    QString nav;
    if (!m_sections.isEmpty()) {
        nav = QStringLiteral("<nav aria-label=\"Sections\"><ul>");
        for (const auto &[name, slug] : m_sections)
            nav += QStringLiteral("<li><a href=\"%1sections/%2.html\">%3</a></li>")
                       .arg(escape(root), escape(urlPath(slug)), escape(name));
        nav += QStringLiteral("</ul></nav>");
    }
    QString footer;
    if (!m_publication.about.isEmpty())
        footer += QStringLiteral("<p>%1</p>\n").arg(escape(m_publication.about));
    QString links;
    for (const auto &[label, url] : m_publication.links)
        if (isSafeUrl(url) && !label.isEmpty())
            links
                += QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(escape(url), escape(label));
    if (!links.isEmpty())
        footer += QStringLiteral("<ul>%1</ul>\n").arg(links);
    footer += QStringLiteral("<p>© %1</p>").arg(escape(m_publication.name));
    return fill(m_pageTemplate,
                { { QStringLiteral("lang"), escape(lang) },
                  { QStringLiteral("title"), escape(title) },
                  { QStringLiteral("head"), head + style },
                  { QStringLiteral("banner"), banner },
                  { QStringLiteral("root"), escape(root) },
                  { QStringLiteral("publication"), escape(m_publication.name) },
                  { QStringLiteral("nav"), nav },
                  { QStringLiteral("content"), content },
                  { QStringLiteral("footer"), footer } });
}

QString PageBuilder::articlePage(const ArticleView &view, const QString &root,
                                 bool embedStyle) const
{
    const db::Article &a = view.article;
    const QString path = QStringLiteral("articles/%1.html").arg(a.slug);
    const QString url = absolute(path);
    const QDateTime published = a.publishedAt.isValid() ? a.publishedAt : a.updatedAt;

    QString head;
    head += QStringLiteral("<meta name=\"description\" content=\"%1\" />\n")
                .arg(escape(a.standfirst));
    if (view.preview)
        head += QStringLiteral("<meta name=\"robots\" content=\"noindex\" />\n");
    if (!url.isEmpty() && !view.preview)
        head += QStringLiteral("<link rel=\"canonical\" href=\"%1\" />\n").arg(escape(url));
    head += QStringLiteral("<meta property=\"og:type\" content=\"article\" />\n");
    head += QStringLiteral("<meta property=\"og:title\" content=\"%1\" />\n")
                .arg(escape(a.headline));
    head += QStringLiteral("<meta property=\"og:description\" content=\"%1\" />\n")
                .arg(escape(a.standfirst));
    head += QStringLiteral("<meta property=\"og:site_name\" content=\"%1\" />\n")
                .arg(escape(m_publication.name));
    if (!url.isEmpty())
        head += QStringLiteral("<meta property=\"og:url\" content=\"%1\" />\n").arg(escape(url));
    // The lead photo, else the body's first, as the page's image for links shared elsewhere.
    std::optional<Photo> shared;
    for (const Photo &photo : photos::inBody(a.body))
        if (view.images.value(photo.sha).width > 0) {
            shared = photo;
            break;
        }
    QString sharedUrl;
    if (shared && view.images.value(shared->sha).width <= 0)
        shared.reset();
    if (shared) {
        const db::StoredImage &image = view.images[shared->sha];
        const int widest = Renditions::widths(image.width).last();
        const QString file = Renditions::path(image.sha, widest);
        sharedUrl = !absolute(file).isEmpty() ? absolute(file)
                                              : view.mediaRoot.value_or(root) + urlPath(file);
        const QSize size = Renditions::size(image, widest);
        // Open Graph takes only an absolute address: known when the site's base URL is.
        if (!absolute(file).isEmpty())
            head += QStringLiteral("<meta property=\"og:image\" content=\"%1\" />\n"
                                   "<meta property=\"og:image:width\" content=\"%2\" />\n"
                                   "<meta property=\"og:image:height\" content=\"%3\" />\n")
                        .arg(escape(sharedUrl))
                        .arg(size.width())
                        .arg(size.height());
        if (!absolute(file).isEmpty() && !shared->alt.isEmpty())
            head += QStringLiteral("<meta property=\"og:image:alt\" content=\"%1\" />\n")
                        .arg(escape(shared->alt));
    }

    QJsonObject ld { { QStringLiteral("@context"), QStringLiteral("https://schema.org") },
                     { QStringLiteral("@type"), QStringLiteral("NewsArticle") },
                     { QStringLiteral("headline"), a.headline },
                     { QStringLiteral("description"), a.standfirst },
                     { QStringLiteral("inLanguage"), htmlLanguage(a.language) },
                     { QStringLiteral("datePublished"), iso(published) },
                     { QStringLiteral("dateModified"), iso(a.updatedAt) },
                     { QStringLiteral("publisher"),
                       QJsonObject { { QStringLiteral("@type"), QStringLiteral("Organization") },
                                     { QStringLiteral("name"), m_publication.name } } } };
    if (!a.section.isEmpty())
        ld.insert(QStringLiteral("articleSection"), a.section);
    if (!a.tags.isEmpty())
        ld.insert(QStringLiteral("keywords"), a.tags.join(QStringLiteral(", ")));
    if (!url.isEmpty())
        ld.insert(QStringLiteral("url"), url);
    if (!sharedUrl.isEmpty())
        ld.insert(QStringLiteral("image"), QJsonArray { sharedUrl });
    QJsonArray ldAuthors;
    for (const AuthorView &author : view.authors)
        ldAuthors.append(QJsonObject { { QStringLiteral("@type"), QStringLiteral("Person") },
                                       { QStringLiteral("name"), author.person.displayName } });
    ld.insert(QStringLiteral("author"), ldAuthors);
    head += QStringLiteral("<script type=\"application/ld+json\">%1</script>\n").arg(jsonLd(ld));

    const QString banner = view.preview
        ? QStringLiteral("<p class=\"draft-banner\" role=\"note\">Draft — not published</p>")
        : QString();
    const QString section = a.section.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"kicker\"><a href=\"%1sections/%2.html\">%3</a></p>")
              .arg(escape(root), escape(urlPath(view.sectionSlug)), escape(a.section));
    const QString standfirst = a.standfirst.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"standfirst\">%1</p>").arg(escape(a.standfirst));
    QStringList names;
    for (const AuthorView &author : view.authors)
        names << QStringLiteral("<a rel=\"author\" href=\"%1authors/%2.html\">%3</a>")
                     .arg(escape(root), escape(urlPath(author.slug)),
                          escape(author.person.displayName));
    QString byline;
    if (!names.isEmpty()) {
        const QString last = names.takeLast();
        byline = QStringLiteral("<p class=\"byline\">By %1</p>")
                     .arg(names.isEmpty()
                              ? last
                              : names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last);
    }
    QString dates = view.preview
        ? QStringLiteral("<p class=\"dates\">Not published · Last updated %1</p>")
              .arg(dateHtml(a.updatedAt))
        : QStringLiteral("<p class=\"dates\">Published %1").arg(dateHtml(published));
    if (!view.preview) {
        if (a.updatedAt.isValid() && a.updatedAt > published.addSecs(60))
            dates += QStringLiteral(" · Updated %1").arg(dateHtml(a.updatedAt));
        dates += QStringLiteral("</p>");
    }
    QString corrections;
    if (!view.corrections.isEmpty()) {
        corrections = QStringLiteral(
            "<section class=\"corrections\" aria-labelledby=\"corrections-heading\">\n"
            "<h2 id=\"corrections-heading\">Corrections</h2>\n<ul>\n");
        for (const db::Note &note : view.corrections)
            corrections += QStringLiteral("<li>%1: %2</li>\n")
                               .arg(dateHtml(note.createdAt), escape(note.text));
        corrections += QStringLiteral("</ul>\n</section>");
    }
    QString tags;
    if (!a.tags.isEmpty()) {
        tags = QStringLiteral("<nav class=\"tags\" aria-label=\"Tags\"><ul>");
        for (int i = 0; i < a.tags.size(); ++i)
            tags += QStringLiteral("<li><a href=\"%1tags/%2.html\">%3</a></li>")
                        .arg(escape(root), escape(urlPath(view.tagSlugs.value(i))),
                             escape(a.tags.at(i)));
        tags += QStringLiteral("</ul></nav>");
    }
    QString authors;
    for (const AuthorView &author : view.authors) {
        authors += QStringLiteral("<aside class=\"author-box\" aria-label=\"About %1\">\n<h2><a "
                                  "href=\"%2authors/%3.html\">%1</a></h2>\n")
                       .arg(escape(author.person.displayName), escape(root),
                            escape(urlPath(author.slug)));
        const QString titles = titlesOf(author);
        if (!titles.isEmpty())
            authors += QStringLiteral("<p class=\"titles\">%1</p>\n").arg(escape(titles));
        if (!author.person.bio.isEmpty())
            authors += QStringLiteral("<p class=\"bio\">%1</p>\n").arg(escape(author.person.bio));
        authors += QStringLiteral("</aside>\n");
    }
    QString lead;
    if (shared && shared->lead)
        lead = photoHtml(view, *shared, root, false, false);
    const QString content
        = fill(m_articleTemplate,
               { { QStringLiteral("section"), section },
                 { QStringLiteral("headline"), escape(a.headline) },
                 { QStringLiteral("standfirst"), standfirst },
                 { QStringLiteral("byline"), byline },
                 { QStringLiteral("dates"), dates },
                 { QStringLiteral("lead"), lead },
                 { QStringLiteral("body"),
                   HtmlRenderer::bodyHtml(a.body,
                                          [&](const Photo &photo, bool inText) {
                                              return photoHtml(view, photo, root, inText, true);
                                          }) },
                 { QStringLiteral("corrections"), corrections },
                 { QStringLiteral("tags"), tags },
                 { QStringLiteral("authors"), authors } });
    return page(htmlLanguage(a.language), a.headline + QStringLiteral(" — ") + m_publication.name,
                head, banner, content, root, embedStyle);
}

QString PageBuilder::listItem(const ArticleView &view, const QString &root) const
{
    const db::Article &a = view.article;
    QStringList names;
    for (const AuthorView &author : view.authors)
        names << escape(author.person.displayName);
    QString item = QStringLiteral("<li><article>\n<h2><a href=\"%1articles/%2.html\">%3</a></h2>\n")
                       .arg(escape(root), escape(urlPath(a.slug)), escape(a.headline));
    // The lead photo as a thumbnail: its alt is empty, the headline beside it says what it is.
    if (const auto it = view.images.constFind(a.leadImage);
        !a.leadImage.isEmpty() && it != view.images.constEnd() && it->width > 0) {
        const int width = Renditions::thumbnailWidth(it->width);
        const QSize size = Renditions::size(*it, width);
        item += QStringLiteral("<img class=\"thumbnail\" src=\"%1%2\" width=\"%3\" height=\"%4\" "
                               "alt=\"\" loading=\"lazy\" decoding=\"async\" />\n")
                    .arg(escape(view.mediaRoot.value_or(root)),
                         urlPath(Renditions::path(a.leadImage, width)))
                    .arg(size.width())
                    .arg(size.height());
    }
    if (!a.standfirst.isEmpty())
        item += QStringLiteral("<p class=\"standfirst\">%1</p>\n").arg(escape(a.standfirst));
    item += QStringLiteral("<p class=\"meta\">%1%2</p>\n</article></li>\n")
                .arg(names.isEmpty() ? QString()
                                     : QStringLiteral("By ") + names.join(QStringLiteral(", "))
                             + QStringLiteral(" · "),
                     dateHtml(a.publishedAt.isValid() ? a.publishedAt : a.updatedAt));
    return item;
}

QString PageBuilder::listPage(const QString &title, const QString &heading,
                              const QString &introHtml, const QList<ArticleView> &items,
                              const QString &root, const QString &path, const QString &newer,
                              const QString &older) const
{
    QString content = QStringLiteral("<h1>%1</h1>\n").arg(escape(heading)) + introHtml;
    if (items.isEmpty()) {
        content += QStringLiteral("<p>Nothing published here yet.</p>\n");
    } else {
        content += QStringLiteral("<ol class=\"article-list\">\n");
        for (const ArticleView &view : items)
            content += listItem(view, root);
        content += QStringLiteral("</ol>\n");
    }
    if (!newer.isEmpty() || !older.isEmpty()) {
        content += QStringLiteral("<nav class=\"pagination\" aria-label=\"Pages\">");
        content += newer.isEmpty()
            ? QStringLiteral("<span></span>")
            : QStringLiteral("<a rel=\"prev\" href=\"%1\">Newer articles</a>").arg(escape(newer));
        content += older.isEmpty()
            ? QStringLiteral("<span></span>")
            : QStringLiteral("<a rel=\"next\" href=\"%1\">Older articles</a>").arg(escape(older));
        content += QStringLiteral("</nav>\n");
    }
    QString head
        = QStringLiteral("<meta name=\"description\" content=\"%1\" />\n").arg(escape(title));
    if (!absolute(path).isEmpty())
        head += QStringLiteral("<link rel=\"canonical\" href=\"%1\" />\n")
                    .arg(escape(absolute(path)));
    head += QStringLiteral("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"%1\" "
                           "href=\"%2feed.xml\" />\n")
                .arg(escape(m_publication.name), escape(root));
    return page(QStringLiteral("en-GB"), title, head, QString(), content, root, false);
}

QString PageBuilder::authorPage(const AuthorView &author, const QList<ArticleView> &items,
                                const QString &root, const QString &path) const
{
    QString intro;
    const QString titles = titlesOf(author);
    if (!titles.isEmpty())
        intro += QStringLiteral("<p class=\"titles\">%1</p>\n").arg(escape(titles));
    if (!author.person.bio.isEmpty())
        intro += QStringLiteral("<p class=\"bio\">%1</p>\n").arg(escape(author.person.bio));
    return listPage(author.person.displayName + QStringLiteral(" — ") + m_publication.name,
                    author.person.displayName, intro, items, root, path);
}

} // namespace copydesk::app
