// HTML export and the names in it: readable, stable and unique slugs for articles, sections,
// tags and authors (each its own page, each URL once in the sitemap), and no control characters
// in any page.

#include "app/body/textstats.h"
#include "app/export/siteexporter.h"
#include "app/export/urlpolicy.h"
#include "app/newsroom.h"
#include "tests/app/exportsuite.h"

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
using namespace exporttest;

class TestExportNames : public QObject, protected ExportSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void slugsAreStableAndReadable_data();
    void slugsAreStableAndReadable();
    void controlCharactersNeverReachPages();
    void namesWithTheSameSlugKeepTheirOwnPages();
    void everyNameGetsAReadableValidSlug_data();
    void everyNameGetsAReadableValidSlug();
};

void TestExportNames::slugsAreStableAndReadable_data()
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

void TestExportNames::slugsAreStableAndReadable()
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

void TestExportNames::controlCharactersNeverReachPages()
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
    QVERIFY(m_newsroom->archive()
                .saveArticle(changed, published.version, m_chief, QStringLiteral("Fix"))
                .ok());
    QCOMPARE(m_newsroom->archive().article(published.id)->body,
             QStringLiteral("Corrected text.\n"));

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

void TestExportNames::namesWithTheSameSlugKeepTheirOwnPages()
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

void TestExportNames::everyNameGetsAReadableValidSlug_data()
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

void TestExportNames::everyNameGetsAReadableValidSlug()
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

QTEST_MAIN(TestExportNames)
#include "tst_export_names.moc"
