// HTML export: valid pages (the Nu Html Checker has the last word), safe pages (an XSS corpus in
// every field, checked by parsing what was written), a site whose links all resolve, and an
// export that rewrites only what changed and never leaves a half-written site.

#include "app/body/textstats.h"
#include "app/export/siteexporter.h"
#include "app/export/urlpolicy.h"
#include "app/newsroom.h"
#include "tests/app/exportsuite.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace copydesk;
using namespace exporttest;

class TestExport : public QObject, protected ExportSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void urlPolicy_data();
    void urlPolicy();
    void articlePageHasItsParts();
    void draftPreviewIsMarked();
    void pagesPassTheNuHtmlChecker();
    void frontPagesHoldTwentyArticlesEach();
    void feedAndSitemapAreWellFormed();
    void xssCorpusLeavesNothingExecutable();
    void everyRelativeLinkResolves();
    void reExportRewritesOnlyWhatChanged();
    void cancelledExportLeavesThePreviousSite();
    void deletedPageIsBuiltAgain();
    void siteOfAnOlderCopydeskIsBuiltAgain();
    void aBioChangeRewritesTheAuthorsPages();
    void refusesAFolderThatIsNotASite();
};

void TestExport::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << QStringLiteral("https://example.org/a?b=1&c=2") << true;
    QTest::newRow("http upper case") << QStringLiteral("HTTP://example.org") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:desk@example.org") << true;
    QTest::newRow("relative path") << QStringLiteral("../articles/x.html") << true;
    QTest::newRow("fragment") << QStringLiteral("#top") << true;
    QTest::newRow("path with colon after slash") << QStringLiteral("a/b:c") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("javascript mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
    QTest::newRow("javascript with tab") << QStringLiteral("java\tscript:alert(1)") << false;
    QTest::newRow("javascript with newline") << QStringLiteral("java\nscript:alert(1)") << false;
    QTest::newRow("javascript after spaces and controls")
        << QStringLiteral(" \x01\x02javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,x") << false;
    QTest::newRow("vbscript") << QStringLiteral("VBScript:msgbox(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
}

void TestExport::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(app::isSafeUrl(url), safe);
}

void TestExport::articlePageHasItsParts()
{
    richNewsroom();
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.base-url"),
                            QStringLiteral("https://courier.example"))
                .ok());
    app::SiteExporter exporter(m_newsroom->exportSource());
    const auto page = exporter.articlePage(1);
    QVERIFY2(page.ok(), qPrintable(page.errorString()));
    const QString html = *page;
    QCOMPARE(html.count(QStringLiteral("<h1")), 1);
    QVERIFY(html.contains(
        QStringLiteral("<h1>Council approves £4.2m plan for Eastgate bus station</h1>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en-GB\">")));
    QVERIFY(html.contains(QStringLiteral("<h2>A stray top-level heading</h2>")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"standfirst\">Work begins in the spring, with "
                                         "temporary stops on Mill Lane and Bridge Street.</p>")));
    QVERIFY(html.contains(QStringLiteral(
        "By <a rel=\"author\" href=\"https://courier.example/authors/jiwoo.html\">Ji-woo Park</a> "
        "and ")));
    QVERIFY(html.contains(QStringLiteral("<time datetime=\"")));
    QVERIFY(html.contains(QStringLiteral("Global Editor, 2019/20 · Co-Deputy Editor, 2020/21")));
    QVERIFY(html.contains(QStringLiteral("Amira reads Politics.")));
    QVERIFY(html.contains(QStringLiteral("Bridge Street stops added.")));
    QVERIFY(html.contains(
        QStringLiteral("<link rel=\"canonical\" href=\"https://courier.example/articles/")));
    QVERIFY(html.contains(QStringLiteral("<meta property=\"og:title\"")));
    QVERIFY(html.contains(QStringLiteral("\"@type\":\"NewsArticle\"")));
    QVERIFY(html.contains(QStringLiteral("About us")));
    QVERIFY(!html.contains(QStringLiteral("Evil"))); // a javascript: footer link is dropped
    QVERIFY(html.contains(QStringLiteral("<!-- raw HTML omitted -->")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org/chart.png\">a chart</a>")));
    QVERIFY(!html.contains(QStringLiteral("noindex")));
    QVERIFY(!html.contains(QStringLiteral(" style=\"")));
}

void TestExport::draftPreviewIsMarked()
{
    richNewsroom();
    app::SiteExporter exporter(m_newsroom->exportSource());
    const qint64 draftId = m_newsroom->archive().list({}).value().first().id;
    const QString html = exporter.articlePage(draftId).value();
    QVERIFY(html.contains(QStringLiteral("Draft — not published")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"robots\" content=\"noindex\" />")));
}

void TestExport::pagesPassTheNuHtmlChecker()
{
    richNewsroom(25); // two front pages
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    const auto report = exporter.exportSite(site, QStringLiteral("https://courier.example"));
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QVERIFY(QFile::exists(site + QStringLiteral("/page-2.html")));
    const qint64 draftId = m_newsroom->archive().list({}).value().first().id;
    QVERIFY(exporter.exportArticle(draftId, m_fx->filePath(QStringLiteral("preview.html"))).ok());
    QVERIFY(exporter.exportArticle(1, m_fx->filePath(QStringLiteral("single.html"))).ok());

    QStringList pages = filesUnder(site, { QStringLiteral("*.html") });
    pages << m_fx->filePath(QStringLiteral("preview.html"))
          << m_fx->filePath(QStringLiteral("single.html"));
    QVERIFY(pages.size() > 30);
    const QString errors = nuHtmlErrors(pages);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

// Checked apart from the Nu Html Checker, so that a machine without it still checks them.
void TestExport::frontPagesHoldTwentyArticlesEach()
{
    richNewsroom(25);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    QVERIFY(exporter.exportSite(site).ok());
    db::ArticleQuery published;
    published.status = Status::Published;
    published.limit = 1000;
    const qsizetype total = m_newsroom->archive().list(published).value().size();
    QVERIFY(total > app::SiteExporter::PageSize && total <= 2 * app::SiteExporter::PageSize);

    auto read = [&site](const QString &name) {
        QFile file(QDir(site).filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    auto itemsOf = [](const QString &html) {
        const QString list = html.section(QStringLiteral("<ol class=\"article-list\">"), 1)
                                 .section(QStringLiteral("</ol>"), 0, 0);
        return list.count(QStringLiteral("<li"));
    };
    const QString first = read(QStringLiteral("index.html"));
    const QString second = read(QStringLiteral("page-2.html"));
    QCOMPARE(itemsOf(first), app::SiteExporter::PageSize);
    QCOMPARE(itemsOf(second), total - app::SiteExporter::PageSize);
    QVERIFY(!QFile::exists(QDir(site).filePath(QStringLiteral("page-3.html"))));
    QVERIFY(
        first.contains(QStringLiteral("<a rel=\"next\" href=\"page-2.html\">Older articles</a>")));
    QVERIFY(!first.contains(QStringLiteral("rel=\"prev\"")));
    QVERIFY(
        second.contains(QStringLiteral("<a rel=\"prev\" href=\"index.html\">Newer articles</a>")));
    QVERIFY(!second.contains(QStringLiteral("rel=\"next\"")));
    QVERIFY(second.contains(QStringLiteral("<h1>Older articles, page 2</h1>")));
}

void TestExport::feedAndSitemapAreWellFormed()
{
    richNewsroom(3);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    QVERIFY(exporter.exportSite(site).ok());
    for (const QString &name : { QStringLiteral("feed.xml"), QStringLiteral("sitemap.xml") }) {
        QFile file(site + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int entries = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()
                && (xml.name() == QLatin1String("entry") || xml.name() == QLatin1String("url")))
                ++entries;
        }
        QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
        QVERIFY2(entries >= 5, qPrintable(name));
    }
}

void TestExport::xssCorpusLeavesNothingExecutable()
{
    const QStringList payloads = xssPayloads();
    const QStringList urls = hostileUrls();
    QVERIFY(payloads.size() + urls.size() >= 40);
    // Payloads in the publication's own settings, a person's name and bio, and every article field.
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.name"), payloads.at(0))
                .ok());
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.about"), payloads.at(6))
                .ok());
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.links"),
                            payloads.at(8) + QStringLiteral(" | javascript:alert(1)\nx | ")
                                + payloads.at(7) + QStringLiteral("\n") + payloads.at(3)
                                + QStringLiteral(" | https://courier.example/about"))
                .ok());
    db::Person writer = m_newsroom->staff().person(m_writer.id).value();
    writer.displayName = payloads.at(2);
    writer.bio = payloads.at(10);
    QVERIFY(m_newsroom->staff().updatePerson(m_chief, writer).ok());
    db::Appointment post; // a title, shown in the author box and on the author's page
    post.personId = m_writer.id;
    post.title = payloads.at(11);
    post.level = QStringLiteral("contributor");
    post.term = QStringLiteral("2026/27");
    post.startsOn = QDate(2026, 9, 1);
    QVERIFY(m_newsroom->staff().appoint(m_chief, post).ok());
    for (int i = 0; i < payloads.size(); ++i) {
        db::Article a;
        a.headline = QStringLiteral("Story %1 ").arg(i) + payloads.at(i);
        a.standfirst = payloads.at((i + 1) % payloads.size());
        a.section = payloads.at((i + 2) % payloads.size());
        a.tags = { payloads.at((i + 3) % payloads.size()), QStringLiteral("plain") };
        a.body = QStringLiteral("Text ") + payloads.at(i) + QStringLiteral("\n\n[label ")
            + payloads.at((i + 4) % payloads.size()) + QStringLiteral("](")
            + urls.at(i % urls.size()) + QStringLiteral(")\n\n![img](")
            + urls.at((i + 1) % urls.size()) + QStringLiteral(")\n\n<script>alert(")
            + QString::number(i) + QStringLiteral(")</script>\n");
        db::Article published = publish(a);
        // A correction whose note (printed under the article) is the next payload.
        published.body += QStringLiteral("\nCorrected.\n");
        const auto corrected = m_newsroom->archive().saveArticle(
            published, published.version, m_deputy, payloads.at((i + 5) % payloads.size()));
        QVERIFY2(corrected.ok(), qPrintable(corrected.errorString()));
    }
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    const auto report = exporter.exportSite(site);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QVERIFY(exporter.exportArticle(3, m_fx->filePath(QStringLiteral("single.html"))).ok());
    QStringList pages = filesUnder(site, { QStringLiteral("*.html") });
    pages << m_fx->filePath(QStringLiteral("single.html"));
    QVERIFY(pages.size() > payloads.size());
    for (const QString &page : std::as_const(pages)) {
        QString error;
        const QStringList dangers = dangersIn(page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(dangers.isEmpty(),
                 qPrintable(page + QStringLiteral(": ") + dangers.join(QStringLiteral("; "))));
    }
    // The text itself survives as text.
    QFile first(site + QStringLiteral("/articles/story-0-script-alert-1-script.html"));
    QVERIFY2(first.open(QIODevice::ReadOnly),
             qPrintable(filesUnder(site, { QStringLiteral("story-0*") }).join(QLatin1Char(','))));
    QXmlStreamReader xml(&first);
    QString h1;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("h1"))
            h1 = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QCOMPARE(h1, QStringLiteral("Story 0 <script>alert(1)</script>"));
    first.seek(0);
    const QString html = QString::fromUtf8(first.readAll());
    QVERIFY2(html.contains(QStringLiteral("<h2 id=\"corrections-heading\">Corrections</h2>")),
             "the correction is on the page");
    QVERIFY2(html.contains(payloads.at(5).toHtmlEscaped()), qPrintable(payloads.at(5)));
}

void TestExport::everyRelativeLinkResolves()
{
    richNewsroom(25);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    QVERIFY(exporter.exportSite(site).ok());
    int links = 0;
    for (const QString &page : filesUnder(site, { QStringLiteral("*.html") })) {
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() != QLatin1String("a") && xml.name() != QLatin1String("link"))
                continue;
            const QString href = xml.attributes().value(QStringLiteral("href")).toString();
            if (href.isEmpty() || href.contains(QLatin1Char(':'))
                || href.startsWith(QLatin1Char('#')))
                continue;
            ++links;
            const QString target = QDir::cleanPath(QFileInfo(page).absolutePath() + QLatin1Char('/')
                                                   + href.section(QLatin1Char('#'), 0, 0));
            QVERIFY2(QFileInfo::exists(target),
                     qPrintable(page + QStringLiteral(" links to missing ") + href));
        }
        QVERIFY(!xml.hasError());
    }
    QVERIFY(links > 200);
}

void TestExport::reExportRewritesOnlyWhatChanged()
{
    richNewsroom(4);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    const auto first = exporter.exportSite(site);
    QVERIFY(first.ok());
    QVERIFY(first->unchanged.isEmpty());
    const auto again = exporter.exportSite(site);
    QVERIFY(again->written.isEmpty()); // nothing changed, nothing rewritten
    QCOMPARE(again->unchanged.size(), first->written.size());

    // One Global article changes: its page, the pages listing it and the feed are rewritten.
    const db::Article global = m_newsroom->archive().article(2).value();
    db::Article changed = global;
    changed.standfirst = QStringLiteral("A new standfirst.");
    QVERIFY(m_newsroom->archive()
                .saveArticle(changed, changed.version, m_deputy,
                             QStringLiteral("Standfirst corrected."))
                .ok());
    const auto third = exporter.exportSite(site);
    QVERIFY(third.ok());
    QCOMPARE(third->written,
             QStringList({ QStringLiteral("articles/") + global.slug + QStringLiteral(".html"),
                           QStringLiteral("authors/jiwoo.html"), QStringLiteral("feed.xml"),
                           QStringLiteral("index.html"), QStringLiteral("sections/global.html"),
                           QStringLiteral("tags/science.html") }));
    QVERIFY(third->unchanged.contains(QStringLiteral("articles/short-report-0.html")));
    QVERIFY(third->unchanged.contains(QStringLiteral("style.css")));

    // Unpublished: its page goes.
    QVERIFY(m_newsroom->workflow()
                .transition(2, app::Action::Unpublish, m_deputy, QStringLiteral("Legal advice"))
                .ok());
    const auto fourth = exporter.exportSite(site);
    QVERIFY(fourth->removed.contains(QStringLiteral("articles/") + global.slug
                                     + QStringLiteral(".html")));
    QVERIFY(fourth->removed.contains(QStringLiteral("sections/global.html")));
    QVERIFY(!QFile::exists(site + QStringLiteral("/articles/") + global.slug
                           + QStringLiteral(".html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/articles/short-report-0.html")));
    // No building folders are left beside it.
    QCOMPARE(
        QDir(m_fx->folder()).entryList({ QStringLiteral("site.copydesk-*") }, QDir::Dirs).size(),
        0);
}

void TestExport::deletedPageIsBuiltAgain()
{
    richNewsroom(3);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    QVERIFY(exporter.exportSite(site).ok());
    QFile index(site + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray before = index.readAll();
    index.close();
    // Someone removed a page by hand: nothing changed in the newsroom, but the page comes back.
    QVERIFY(QFile::remove(site + QStringLiteral("/index.html")));
    const auto again = exporter.exportSite(site);
    QVERIFY(again.ok());
    QCOMPARE(again->written, QStringList { QStringLiteral("index.html") });
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), before);
}

void TestExport::siteOfAnOlderCopydeskIsBuiltAgain()
{
    richNewsroom(2);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    const auto first = exporter.exportSite(site);
    QVERIFY(first.ok());
    // As an older Copydesk left it: its manifest held content hashes, under another name.
    QJsonObject hashes;
    for (const QString &path : first->written)
        hashes.insert(path, QStringLiteral("0123"));
    QVERIFY(QFile::remove(site + QStringLiteral("/.copydesk-site")));
    QFile older(site + QStringLiteral("/.copydesk-site.json"));
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write(QJsonDocument(hashes).toJson());
    older.close();
    const auto again = exporter.exportSite(site);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again->written, first->written); // every page built again, none removed
    QVERIFY(again->removed.isEmpty());
    QVERIFY(!QFile::exists(site + QStringLiteral("/.copydesk-site.json")));
    QVERIFY(QFile::exists(site + QStringLiteral("/.copydesk-site")));
    // And from then on, the new manifest decides.
    QVERIFY(exporter.exportSite(site)->written.isEmpty());
}

void TestExport::aBioChangeRewritesTheAuthorsPages()
{
    richNewsroom(3);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    const auto first = exporter.exportSite(site);
    QVERIFY(first.ok());
    // No article changes, only what the author box says about its writer.
    db::Person jiwoo = m_newsroom->staff().person(m_writer.id).value();
    jiwoo.bio = QStringLiteral("Covers science and the city council.");
    QVERIFY(m_newsroom->staff().updatePerson(m_chief, jiwoo).ok());
    const auto again = exporter.exportSite(site);
    QVERIFY(again.ok());
    QVERIFY(again->written.contains(QStringLiteral("authors/jiwoo.html")));
    int articlePages = 0;
    for (const QString &path : again->written) {
        QVERIFY2(path.startsWith(QLatin1String("articles/"))
                     || path == QLatin1String("authors/jiwoo.html"),
                 qPrintable(path));
        articlePages += path.startsWith(QLatin1String("articles/")) ? 1 : 0;
        QFile page(site + QLatin1Char('/') + path);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("Covers science and the city council."));
    }
    QVERIFY(articlePages > 0);
    QVERIFY(again->unchanged.contains(QStringLiteral("index.html")));
}

void TestExport::cancelledExportLeavesThePreviousSite()
{
    richNewsroom(3);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    QVERIFY(exporter.exportSite(site).ok());
    QFile index(site + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray before = index.readAll();
    index.close();
    const QStringList filesBefore = filesUnder(site, { QStringLiteral("*") });

    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.name"), QStringLiteral("Renamed"))
                .ok());
    int calls = 0;
    const auto cancelled = exporter.exportSite(site, {}, [&](int done, int total) {
        ++calls;
        return done < total / 2; // give up half way
    });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.errorString().contains(QStringLiteral("cancelled")));
    QVERIFY(calls > 1);
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), before);
    QCOMPARE(filesUnder(site, { QStringLiteral("*") }), filesBefore);
    QCOMPARE(
        QDir(m_fx->folder()).entryList({ QStringLiteral("site.copydesk-*") }, QDir::Dirs).size(),
        0);
}

void TestExport::refusesAFolderThatIsNotASite()
{
    richNewsroom();
    const QString folder = m_fx->filePath(QStringLiteral("documents"));
    QDir().mkpath(folder);
    QFile keep(folder + QStringLiteral("/thesis.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("My thesis.");
    keep.close();
    app::SiteExporter exporter(m_newsroom->exportSource());
    const auto refused = exporter.exportSite(folder);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QStringLiteral("holds no Copydesk site")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/thesis.txt")));
    QVERIFY(!exporter.exportSite(folder, QStringLiteral("javascript:alert(1)")).ok());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
