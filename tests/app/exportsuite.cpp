#include "tests/app/exportsuite.h"

#include "app/body/textstats.h"
#include "app/export/siteexporter.h"
#include "app/export/urlpolicy.h"
#include "app/newsroom.h"

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

namespace exporttest {

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

} // namespace exporttest

using namespace exporttest;

void ExportSuite::setUp()
{
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_newsroom = &m_fx->newsroom();
    // The fixture's clock (28 November 2026, noon), whatever the machine's: the appointments
    // below are current on that day and the pages' dates are known.
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

void ExportSuite::tearDown()
{
    m_newsroom = nullptr;
    m_fx.reset();
}

db::Article ExportSuite::publish(db::Article article, const QStringList &steps)
{
    // Only the deputy may put other names on a byline; the chief, who approves, never writes.
    const bool own
        = article.authorIds.isEmpty() || article.authorIds == QList<qint64> { m_writer.id };
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

void ExportSuite::richNewsroom(int extraArticles)
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
