// HTML export: valid pages (the Nu Html Checker has the last word), safe pages (an XSS corpus in
// every field, checked by parsing what was written), a site whose links all resolve, and an
// export that rewrites only what changed and never leaves a half-written site.

#include "app/body/textstats.h"
#include "app/export/siteexporter.h"
#include "app/export/urlpolicy.h"
#include "app/newsroom.h"
#include "tests/support/newsroomfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace copydesk;

namespace {

QStringList xssPayloads()
{
    return {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<SCRIPT SRC=http://evil.example/x.js></SCRIPT>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("<svg onload=alert(1)>"),
        QStringLiteral("<body onload=alert(1)>"),
        QStringLiteral("<iframe src=\"javascript:alert(1)\"></iframe>"),
        QStringLiteral("\"><script>alert(1)</script>"),
        QStringLiteral("'><script>alert(1)</script>"),
        QStringLiteral("\" onmouseover=\"alert(1)"),
        QStringLiteral("' onfocus='alert(1)' autofocus='"),
        QStringLiteral("</script><script>alert(1)</script>"),
        QStringLiteral("</SCRIPT ><script>alert(1)</script>"),
        QStringLiteral("</title><script>alert(1)</script>"),
        QStringLiteral("</textarea><script>alert(1)</script>"),
        QStringLiteral("<a href=\"javascript:alert(1)\">x</a>"),
        QStringLiteral("<a href=javascript&colon;alert(1)>x</a>"),
        QStringLiteral("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
        QStringLiteral("<object data=\"javascript:alert(1)\"></object>"),
        QStringLiteral("<embed src=\"javascript:alert(1)\">"),
        QStringLiteral("<form action=\"javascript:alert(1)\"><button>x</button></form>"),
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
        QStringLiteral("<base href=\"javascript:alert(1)//\">"),
        QStringLiteral("<style>body{background:url(\"javascript:alert(1)\")}</style>"),
        QStringLiteral("<div style=\"background:url(javascript:alert(1))\">x</div>"),
        QStringLiteral("<!--<script>alert(1)</script>-->"),
        QStringLiteral("<![CDATA[<script>alert(1)</script>]]>"),
        QStringLiteral("{{body}}{{head}}<script>alert(1)</script>"),
        QStringLiteral("line\u2028separator\u2029paragraph<script>alert(1)</script>"),
        QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"),
        QStringLiteral("<<script>script>alert(1)<</script>/script>"),
        QStringLiteral("<scr<script>ipt>alert(1)</scr</script>ipt>"),
        QStringLiteral("<details open ontoggle=alert(1)>"),
        QStringLiteral("<video><source onerror=\"alert(1)\"></video>"),
        QStringLiteral("<input autofocus onfocus=alert(1)>"),
        QStringLiteral("<isindex type=image src=1 onerror=alert(1)>"),
        QStringLiteral("<marquee onstart=alert(1)>x</marquee>"),
        QStringLiteral("<xss id=x tabindex=1 onactivate=alert(1)></xss>"),
        QStringLiteral("<link rel=import href=\"data:text/html,<script>alert(1)</script>\">"),
        QStringLiteral("javascript:alert(1)"),
        QStringLiteral("\" style=\"x:expression(alert(1))"),
    };
}

// Link targets to try in Markdown bodies.
QStringList hostileUrls()
{
    return {
        QStringLiteral("javascript:alert(1)"),
        QStringLiteral("JAVASCRIPT:alert(1)"),
        QStringLiteral("JaVaScRiPt:alert(1)"),
        QStringLiteral("java&#115;cript:alert(1)"),
        QStringLiteral("&#106;avascript:alert(1)"),
        QStringLiteral("javascript&#58;alert(1)"),
        QStringLiteral("javascript&colon;alert(1)"),
        QStringLiteral("<java\tscript:alert(1)>"),
        QStringLiteral("<\x01javascript:alert(1)>"),
        QStringLiteral("vbscript:msgbox(1)"),
        QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        QStringLiteral("DATA:text/html,hello"),
        QStringLiteral("file:///etc/passwd"),
        QStringLiteral("\"onmouseover=\"alert(1)"),
    };
}

// Parses a page (our pages are well-formed XML as well as HTML5) and lists what could run.
QStringList dangersIn(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QStringList dangers;
    QXmlStreamReader xml(&file);
    QString scriptType;
    bool inScript = false;
    QString scriptText;
    static const QSet<QString> forbidden
        = { QStringLiteral("iframe"),  QStringLiteral("object"),  QStringLiteral("embed"),
            QStringLiteral("form"),    QStringLiteral("base"),    QStringLiteral("svg"),
            QStringLiteral("math"),    QStringLiteral("img"),     QStringLiteral("input"),
            QStringLiteral("button"),  QStringLiteral("video"),   QStringLiteral("source"),
            QStringLiteral("details"), QStringLiteral("marquee"), QStringLiteral("xss") };
    static const QSet<QString> urlAttributes
        = { QStringLiteral("href"),       QStringLiteral("src"),  QStringLiteral("action"),
            QStringLiteral("formaction"), QStringLiteral("data"), QStringLiteral("content") };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString().toLower();
            if (forbidden.contains(name))
                dangers << QStringLiteral("<%1> element").arg(name);
            if (name == QLatin1String("meta")
                && !xml.attributes().value(QStringLiteral("http-equiv")).isEmpty())
                dangers << QStringLiteral("meta http-equiv");
            if (name == QLatin1String("script")) {
                inScript = true;
                scriptText.clear();
                scriptType = xml.attributes().value(QStringLiteral("type")).toString();
                if (scriptType != QLatin1String("application/ld+json"))
                    dangers << QStringLiteral("executable <script>");
            }
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                const QString attr = attribute.name().toString().toLower();
                if (attr.startsWith(QLatin1String("on")))
                    dangers << QStringLiteral("event handler %1").arg(attr);
                if (attr == QLatin1String("style"))
                    dangers << QStringLiteral("inline style");
                if (urlAttributes.contains(attr) && attr != QLatin1String("content")
                    && !app::isSafeUrl(attribute.value().toString()))
                    dangers
                        << QStringLiteral("unsafe %1=%2").arg(attr, attribute.value().toString());
            }
        } else if (xml.isCharacters() && inScript) {
            scriptText += xml.text().toString();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("script")) {
            inScript = false;
            QJsonParseError parse;
            QJsonDocument::fromJson(scriptText.toUtf8(), &parse);
            if (parse.error != QJsonParseError::NoError)
                dangers << QStringLiteral("JSON-LD that is not JSON: ") + parse.errorString();
            if (scriptText.contains(QStringLiteral("</"), Qt::CaseInsensitive)
                || scriptText.contains(QLatin1Char('<')))
                dangers << QStringLiteral("'<' inside the JSON-LD block");
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 does not parse: %2 at line %3")
                     .arg(path, xml.errorString())
                     .arg(xml.lineNumber());
    return dangers;
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// The Nu Html Checker's errors about the pages; empty when they pass.
QString nuHtmlErrors(const QStringList &pages)
{
    const QString jar = QStringLiteral(COPYDESK_VNU_JAR);
    if (!QFile::exists(jar))
        return QStringLiteral("the Nu Html Checker is installed by packaging/install-deps.sh");
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (java.isEmpty())
        return QStringLiteral("Java is installed by packaging/install-deps.sh");
    QProcess vnu;
    vnu.start(java,
              QStringList { QStringLiteral("-jar"), jar, QStringLiteral("--errors-only"),
                            QStringLiteral("--format"), QStringLiteral("gnu") }
                  + pages);
    if (!vnu.waitForFinished(180000))
        return QStringLiteral("the Nu Html Checker did not finish");
    const QString output
        = QString::fromUtf8(vnu.readAllStandardOutput() + vnu.readAllStandardError());
    if (vnu.exitStatus() != QProcess::NormalExit || vnu.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("the Nu Html Checker failed") : output;
    return {};
}

// The links of a page that have the class, or whose parent element has it: href and text.
QList<std::pair<QString, QString>> linksIn(const QString &path, const QString &parentClass)
{
    QList<std::pair<QString, QString>> links;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return links;
    QXmlStreamReader xml(&file);
    QStringList classes; // of the open elements
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            classes << xml.attributes().value(QStringLiteral("class")).toString();
            if (xml.name() == QLatin1String("a")
                && classes.join(QLatin1Char(' ')).contains(parentClass)) {
                const QString href = xml.attributes().value(QStringLiteral("href")).toString();
                links.append({ href, xml.readElementText(QXmlStreamReader::IncludeChildElements) });
                classes.removeLast();
            }
        } else if (xml.isEndElement()) {
            classes.removeLast();
        }
    }
    return links;
}

// The text of a page's first <h1>.
QString headingOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("h1"))
            return xml.readElementText(QXmlStreamReader::IncludeChildElements);
    return {};
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void urlPolicy_data();
    void urlPolicy();
    void articlePageHasItsParts();
    void draftPreviewIsMarked();
    void pagesPassTheNuHtmlChecker();
    void feedAndSitemapAreWellFormed();
    void xssCorpusLeavesNothingExecutable();
    void everyRelativeLinkResolves();
    void reExportRewritesOnlyWhatChanged();
    void cancelledExportLeavesThePreviousSite();
    void refusesAFolderThatIsNotASite();
    void slugsAreStableAndReadable_data();
    void slugsAreStableAndReadable();
    void controlCharactersNeverReachPages();
    void namesWithTheSameSlugKeepTheirOwnPages();
    void everyNameGetsAReadableValidSlug_data();
    void everyNameGetsAReadableValidSlug();

private:
    db::Article publish(db::Article article,
                        const QStringList &steps
                        = { QStringLiteral("submit"), QStringLiteral("approve"),
                            QStringLiteral("publish") });
    void richNewsroom(int extraArticles = 0);

    std::unique_ptr<test::NewsroomFixture> m_fx;
    app::Newsroom *m_newsroom = nullptr;
    app::Actor m_chief;
    app::Actor m_deputy;
    app::Actor m_writer;
};

void TestExport::init()
{
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_newsroom = &m_fx->newsroom();
    // The export shows real dates: a live clock.
    m_newsroom->setClock([] { return QDateTime::currentDateTimeUtc(); });
    m_chief = m_fx->chief();
    auto hire = [&](const QString &username, const QString &name, const QString &bio,
                    const QList<std::tuple<QString, QString, QString, QDate, QDate>> &posts) {
        // The first appointment hires; later ones are added to the same person.
        const auto &[title, level, term, from, to] = posts.first();
        test::NewsroomFixture::Hire who;
        who.username = username;
        who.displayName = name;
        who.bio = bio;
        who.title = title;
        who.level = level;
        who.term = term;
        who.from = from;
        who.to = to;
        if (level == QLatin1String("section-editor"))
            who.section = QStringLiteral("Global");
        const app::Actor hired = m_fx->hire(who);
        for (const auto &[title, level, term, from, to] : posts.mid(1)) {
            db::Appointment a;
            a.personId = hired.id;
            a.title = title;
            a.level = level;
            a.term = term;
            a.startsOn = from;
            a.endsOn = to;
            if (level == QLatin1String("section-editor"))
                a.section = QStringLiteral("Global");
            (void)m_newsroom->staff().appoint(m_chief, a);
        }
        return m_newsroom->staff().actor(hired.id).value();
    };
    m_deputy = hire(QStringLiteral("amira"), QStringLiteral("Amira Haddad"),
                    QStringLiteral("Amira reads Politics."),
                    { { QStringLiteral("Global Editor"), QStringLiteral("section-editor"),
                        QStringLiteral("2019/20"), QDate(2019, 9, 1), QDate(2020, 8, 31) },
                      { QStringLiteral("Co-Deputy Editor"), QStringLiteral("deputy-editor"),
                        QStringLiteral("2020/21"), QDate(2020, 9, 1), QDate() } });
    m_writer = hire(QStringLiteral("jiwoo"), QStringLiteral("Ji-woo Park"),
                    QStringLiteral("Ji-woo writes about science."),
                    { { QStringLiteral("Contributor"), QStringLiteral("contributor"),
                        QStringLiteral("2026/27"), QDate(2026, 9, 1), QDate() } });
}

void TestExport::cleanup()
{
    m_newsroom = nullptr;
    m_fx.reset();
}

db::Article TestExport::publish(db::Article article, const QStringList &steps)
{
    // Only the deputy may put other names on a byline; the chief, who approves, never writes.
    const bool own = article.authorIds.isEmpty() || article.authorIds == QList<qint64> { m_writer.id };
    const auto created = m_newsroom->archive().createArticle(article, own ? m_writer : m_deputy);
    if (!created)
        qFatal("%s", qPrintable(created.errorString()));
    for (const QString &step : steps) {
        bool ok = false;
        const app::Action action = app::Permissions::actionNamed(step, &ok);
        const app::Actor &who = step == QLatin1String("submit") ? m_writer : m_chief;
        if (auto r = m_newsroom->workflow().transition(created->id, action, who); !r)
            qFatal("%s", qPrintable(r.errorString()));
    }
    return m_newsroom->archive().article(created->id).value();
}

void TestExport::richNewsroom(int extraArticles)
{
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.name"),
                             QStringLiteral("The Eastgate Courier"))
                .ok());
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.about"),
                             QStringLiteral("The student newspaper of Eastgate since 1962."))
                .ok());
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.links"),
                             QStringLiteral("About us | https://courier.example/about\nContact | "
                                            "mailto:desk@courier.example\n"
                                            "Evil | javascript:alert(1)"))
                .ok());
    db::Article a;
    a.headline = QStringLiteral("Council approves £4.2m plan for Eastgate bus station");
    a.standfirst = QStringLiteral("Work begins in the spring, with temporary stops on Mill Lane.");
    a.section = QStringLiteral("News");
    a.tags = { QStringLiteral("council"), QStringLiteral("transport") };
    a.authorIds = { m_writer.id, m_deputy.id };
    a.body = QStringLiteral(
        "The council has **approved** a plan, *ending* two years of ~~argument~~ debate.\n\n"
        "## What changes\n\n- Twelve bays\n  - covered\n  - lit\n- A travel shop\n\n1. First\n2. "
        "Second\n\n"
        "> ‘It will be brighter,’ said Cllr Ellison.\n\n"
        "### The money\n\nSee the [report](https://example.org/r?a=1&b=(2)), `code`, a "
        "line\\\nbreak and <b>raw</b> HTML.\n\n"
        "# A stray top-level heading\n\n![a chart](https://example.org/chart.png)\n");
    const db::Article published = publish(a);
    // A correction, kept and shown with the article.
    db::Article corrected = published;
    corrected.standfirst = QStringLiteral(
        "Work begins in the spring, with temporary stops on Mill Lane and Bridge Street.");
    QVERIFY(m_newsroom->archive()
                .saveArticle(corrected, corrected.version, m_deputy,
                              QStringLiteral("Bridge Street stops added."))
                .ok());

    db::Article b;
    b.headline = QStringLiteral("Αθήνα students join flood project");
    b.section = QStringLiteral("Global");
    b.tags = { QStringLiteral("science") };
    b.body = QStringLiteral("Students in Αθήνα and 서울 share a map.\n");
    publish(b);
    for (int i = 0; i < extraArticles; ++i) {
        db::Article c;
        c.headline = QStringLiteral("Short report %1").arg(i);
        c.section = QStringLiteral("News");
        c.body = QStringLiteral("Text %1.\n").arg(i);
        publish(c);
    }
    db::Article draft;
    draft.headline = QStringLiteral("Unfinished draft");
    draft.body = QStringLiteral("Not ready.\n");
    (void)m_newsroom->archive().createArticle(draft, m_writer);
}

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
    QVERIFY(
        m_newsroom->publication().setSetting(m_chief, QStringLiteral("publication.name"), payloads.at(0)).ok());
    QVERIFY(
        m_newsroom->publication().setSetting(m_chief, QStringLiteral("publication.about"), payloads.at(6)).ok());
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.links"),
                             payloads.at(8) + QStringLiteral(" | javascript:alert(1)\nx | ")
                                 + payloads.at(7))
                .ok());
    db::Person writer = m_newsroom->staff().person(m_writer.id).value();
    writer.displayName = payloads.at(2);
    writer.bio = payloads.at(10);
    QVERIFY(m_newsroom->staff().updatePerson(m_chief, writer).ok());
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
        publish(a);
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
    QVERIFY(
        m_newsroom->workflow().transition(2, app::Action::Unpublish, m_deputy, QStringLiteral("Legal advice"))
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
        QDir(m_fx->folder()).entryList({ QStringLiteral("site.copydesk-*") }, QDir::Dirs).size(), 0);
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
        QDir(m_fx->folder()).entryList({ QStringLiteral("site.copydesk-*") }, QDir::Dirs).size(), 0);
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

void TestExport::slugsAreStableAndReadable_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("slug");
    QTest::newRow("greek transliterated")
        << QStringLiteral("Αθήνα students") << QStringLiteral("athina-students");
    QTest::newRow("cyrillic transliterated")
        << QStringLiteral("Київ і Харків") << QStringLiteral("kiyiv-i-kharkiv");
    QTest::newRow("accents dropped")
        << QStringLiteral("Café in Zürich") << QStringLiteral("cafe-in-zurich");
}

void TestExport::slugsAreStableAndReadable()
{
    QFETCH(QString, headline);
    QFETCH(QString, slug);
    QCOMPARE(app::textstats::slugify(headline), slug);
    db::Article a;
    a.headline = headline;
    const auto first = m_newsroom->archive().createArticle(a, m_writer).value();
    const auto second = m_newsroom->archive().createArticle(a, m_writer).value();
    QCOMPARE(first.slug, slug);
    QCOMPARE(second.slug, slug + QStringLiteral("-2")); // unique
    db::Article renamed = first;
    renamed.headline = QStringLiteral("Something else entirely");
    QVERIFY(m_newsroom->archive().saveArticle(renamed, renamed.version, m_writer).ok());
    QCOMPARE(m_newsroom->archive().article(first.id)->slug, slug); // stable
}

void TestExport::controlCharactersNeverReachPages()
{
    // Issue 17, defect 8: a standfirst with \x01\x02\x1b left raw control bytes in pages.
    db::Article a;
    a.headline = QStringLiteral("Bell\x07 rings\ttwice");
    a.standfirst = QString::fromLatin1("Before\x01\x02\x1b[31m after\x7f\r\nand on");
    a.body = QString::fromLatin1("First \x0b paragraph\x0c.\r\n\r\nSecond\x1f one.\n");
    a.section = QStringLiteral("News\x01");
    a.tags = { QStringLiteral("tag\x02") };
    const db::Article published = publish(a);
    QCOMPARE(published.standfirst, QStringLiteral("Before[31m after\nand on"));
    QCOMPARE(published.headline, QStringLiteral("Bell rings twice"));
    // A save carries the same cleaning.
    db::Article changed = published;
    changed.body = QString::fromLatin1("Corrected\x01 text\x1b.\n");
    QVERIFY(m_newsroom->archive().saveArticle(changed, published.version, m_chief, QStringLiteral("Fix"))
                .ok());
    QCOMPARE(m_newsroom->archive().article(published.id)->body, QStringLiteral("Corrected text.\n"));

    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    QVERIFY(exporter.exportSite(site, QStringLiteral("https://courier.example")).ok());
    QVERIFY(exporter.exportArticle(published.id, m_fx->filePath(QStringLiteral("one.html"))).ok());
    QStringList files = filesUnder(site, { QStringLiteral("*") });
    files << m_fx->filePath(QStringLiteral("one.html"));
    QVERIFY(files.size() > 3);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar c = uchar(bytes.at(i));
            QVERIFY2(!((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f),
                     qPrintable(QStringLiteral("%1: control byte 0x%2 at offset %3")
                                    .arg(path)
                                    .arg(c, 2, 16, QLatin1Char('0'))
                                    .arg(i)));
        }
    }
}

void TestExport::namesWithTheSameSlugKeepTheirOwnPages()
{
    // Issue 17, defect 5: "Sport" and "Sport!" shared sections/sport.html (listing only one) and
    // the sitemap listed it twice; "..", "/" and "中文" all became sections/article.html.
    const QStringList sections
        = { QStringLiteral("Sport"),   QStringLiteral("Sport!"), QStringLiteral("(Sport)"),
            QStringLiteral(".."),      QStringLiteral("/"),      QStringLiteral("中文"),
            QStringLiteral("Article"), QStringLiteral("Café"),   QStringLiteral("Cafe") };
    const QStringList tags = { QStringLiteral("C++"), QStringLiteral("C#"), QStringLiteral(".."),
                               QStringLiteral("中文"), QStringLiteral("東京") };
    QList<qint64> people;
    for (const QString &username : { QStringLiteral("a.b"), QStringLiteral("a-b"),
                                     QStringLiteral(".."), QStringLiteral("中文") })
        people << m_fx->hire(username, QStringLiteral("contributor")).id;
    auto publishIn = [&](int i, const QString &section) {
        db::Article a;
        a.headline = QStringLiteral("Story %1").arg(i);
        a.section = section;
        a.tags = { tags.at(i % tags.size()) };
        a.authorIds = { m_writer.id, people.at(i % people.size()) };
        a.body = QStringLiteral("Text.\n");
        publish(a);
    };
    for (int i = 0; i < sections.size(); ++i)
        publishIn(i, sections.at(i));

    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    auto exportAndCheck = [&](QHash<QString, QString> *pageOf) {
        const auto report = exporter.exportSite(site, QStringLiteral("https://courier.example"));
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        // Every section, tag and author link of every article leads to a page of its own that
        // is headed with the name and lists the article.
        QHash<QString, QString> nameOf; // page -> name
        QSet<QString> sectionNames;
        const QStringList articles
            = filesUnder(site + QStringLiteral("/articles"), { QStringLiteral("*.html") });
        QVERIFY(articles.size() >= sections.size());
        for (const QString &article : articles) {
            const QString self = QStringLiteral("articles/") + QFileInfo(article).fileName();
            QList<std::pair<QString, QString>> links = linksIn(article, QStringLiteral("kicker"));
            QCOMPARE(links.size(), 1);
            sectionNames.insert(links.first().second);
            links += linksIn(article, QStringLiteral("tags"));
            links += linksIn(article, QStringLiteral("byline"));
            QCOMPARE(links.size(), 4);
            for (const auto &[href, name] : std::as_const(links)) {
                const QString file
                    = QDir::cleanPath(QFileInfo(article).absolutePath() + QLatin1Char('/')
                                      + QUrl::fromPercentEncoding(href.toUtf8()));
                const QString page = QDir(site).relativeFilePath(file);
                QVERIFY2(QFileInfo(file).isFile(), qPrintable(href));
                QVERIFY2(!QFileInfo(file).completeBaseName().isEmpty(), qPrintable(href));
                QVERIFY2(QFileInfo(file).completeBaseName() != QLatin1String("article"),
                         qPrintable(href));
                QVERIFY2(!page.startsWith(QLatin1String("..")), qPrintable(href));
                QCOMPARE(page.count(QLatin1Char('/')), 1);
                QVERIFY2(
                    !nameOf.contains(page) || nameOf.value(page) == name,
                    qPrintable(
                        QStringLiteral("%1 and %2 share %3").arg(nameOf.value(page), name, page)));
                nameOf.insert(page, name);
                pageOf->insert(page.section(QLatin1Char('/'), 0, 0) + QLatin1Char(':') + name,
                               page);
                QFile target(file);
                QVERIFY(target.open(QIODevice::ReadOnly));
                QVERIFY2(QString::fromUtf8(target.readAll())
                             .contains(QStringLiteral("href=\"../%1\"").arg(self)),
                         qPrintable(page + QStringLiteral(" does not list ") + self));
                const QString heading = headingOf(file);
                QVERIFY2(heading == name || heading == QStringLiteral("Tagged “%1”").arg(name),
                         qPrintable(page + QStringLiteral(" is headed ") + heading));
            }
        }
        QCOMPARE(filesUnder(site + QStringLiteral("/sections"), { QStringLiteral("*") }).size(),
                 sectionNames.size());
        // The sitemap lists every page once.
        QFile sitemap(site + QStringLiteral("/sitemap.xml"));
        QVERIFY(sitemap.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&sitemap);
        QStringList locations;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("loc"))
                locations << xml.readElementText();
        QVERIFY(!xml.hasError());
        const QStringList pages = filesUnder(site, { QStringLiteral("*.html") });
        QCOMPARE(QSet<QString>(locations.cbegin(), locations.cend()).size(), locations.size());
        QCOMPARE(locations.size(), pages.size());
        for (const QString &location : std::as_const(locations)) {
            QVERIFY2(QUrl(location, QUrl::StrictMode).isValid(), qPrintable(location));
            QVERIFY2(!location.contains(QRegularExpression(QStringLiteral("[^\\x21-\\x7e]"))),
                     qPrintable(location + QStringLiteral(" is not URL-escaped")));
            const QString page = QUrl::fromPercentEncoding(
                location.mid(QStringLiteral("https://courier.example/").size()).toUtf8());
            QVERIFY2(pages.contains(site + QLatin1Char('/') + page), qPrintable(location));
        }
        const QString errors = nuHtmlErrors(pages);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    };
    QHash<QString, QString> before;
    exportAndCheck(&before);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(before.value(QStringLiteral("sections:Sport")), QStringLiteral("sections/sport.html"));
    for (const QString &other : { QStringLiteral("Sport!"), QStringLiteral("(Sport)") })
        QVERIFY(QRegularExpression(QStringLiteral("^sections/sport-[0-9a-f]{6}\\.html$"))
                    .match(before.value(QStringLiteral("sections:") + other))
                    .hasMatch());
    QCOMPARE(before.value(QStringLiteral("sections:中文")), QStringLiteral("sections/中文.html"));
    QCOMPARE(before.value(QStringLiteral("sections:Cafe")), QStringLiteral("sections/cafe.html"));

    // Stable: more names that make the same slugs take nothing from the names already there.
    publishIn(int(sections.size()), QStringLiteral("Sport?"));
    publishIn(int(sections.size()) + 1, QStringLiteral("./"));
    QHash<QString, QString> after;
    exportAndCheck(&after);
    if (QTest::currentTestFailed())
        return;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
}

void TestExport::everyNameGetsAReadableValidSlug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("page"); // a pattern; KIND is "section" or "tag"
    QTest::newRow("plain") << QStringLiteral("World News") << QStringLiteral("world-news");
    QTest::newRow("accents dropped")
        << QStringLiteral("Café Zürich") << QStringLiteral("cafe-zurich");
    QTest::newRow("latin letters without a decomposition")
        << QStringLiteral("Łódź & Ørsted") << QStringLiteral("lodz-orsted");
    QTest::newRow("greek transliterated") << QStringLiteral("Αθήνα") << QStringLiteral("athina");
    QTest::newRow("chinese kept") << QStringLiteral("中文") << QStringLiteral("中文");
    QTest::newRow("korean kept") << QStringLiteral("서울 소식") << QStringLiteral("서울-소식");
    QTest::newRow("hindi keeps its vowel signs")
        << QStringLiteral("हिन्दी") << QStringLiteral("हिन्दी");
    QTest::newRow("arabic kept") << QStringLiteral("أخبار") << QStringLiteral("أخبار");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("KIND-[0-9a-f]{6}");
    QTest::newRow("slash") << QStringLiteral("/") << QStringLiteral("KIND-[0-9a-f]{6}");
    QTest::newRow("only an emoji") << QStringLiteral("🙂") << QStringLiteral("KIND-[0-9a-f]{6}");
    QTest::newRow("the fallback word")
        << QStringLiteral("Article") << QStringLiteral("article-[0-9a-f]{6}");
    QTest::newRow("a Windows device name")
        << QStringLiteral("CON") << QStringLiteral("con-[0-9a-f]{6}");
}

void TestExport::everyNameGetsAReadableValidSlug()
{
    // Issue 17, defect 5: names with nothing Latin in them all became "article".
    QFETCH(QString, name);
    QFETCH(QString, page);
    db::Article a;
    a.headline = QStringLiteral("A story");
    a.section = name;
    a.tags = { name };
    publish(a);
    app::SiteExporter exporter(m_newsroom->exportSource());
    const QString site = m_fx->filePath(QStringLiteral("site"));
    const auto report = exporter.exportSite(site);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QStringList pages;
    for (const QString &kind : { QStringLiteral("section"), QStringLiteral("tag") }) {
        const QRegularExpression expected(
            QStringLiteral("^%1s/%2\\.html$")
                .arg(kind, QString(page).replace(QStringLiteral("KIND"), kind)));
        for (const QString &written : report->written)
            if (expected.match(written).hasMatch())
                pages << written;
    }
    QVERIFY2(pages.size() == 2, qPrintable(report->written.join(QLatin1Char(' '))));
    // The same name gets the same pages every time.
    QVERIFY(QDir(site).removeRecursively());
    const auto again = exporter.exportSite(site);
    QVERIFY(again.ok());
    for (const QString &p : std::as_const(pages))
        QVERIFY2(again->written.contains(p), qPrintable(p));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
