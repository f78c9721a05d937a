// Importing a WordPress site from its export: the WordPress importer's own test files, each
// with the counts a person would expect; re-imports that change nothing, update what WordPress
// changed and keep what the newsroom changed; damaged files and cancels that import nothing.

#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/export/siteexporter.h"
#include "app/import/wordpressimport.h"
#include "app/newsroom.h"
#include "tests/support/newsroomfixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace copydesk;
using namespace copydesk::app;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(COPYDESK_FIXTURES "/wordpress-importer/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString plainBody(const QString &markdown)
{
    QTextDocument document;
    MarkdownReader::read(markdown, &document);
    return document.toPlainText();
}

} // namespace

class TestWordPressImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validExportImportsItsOnePost();
    void reimportChangesNothing();
    void reimportUpdatesWhatWordPressChanged();
    void reimportKeepsWhatTheNewsroomChanged();
    void reimportKeepsWhatTheWorkflowChanged();
    void statusesSkipsAndOlderExports();
    void utf8TextSurvivesExactly();
    void backslashesAndQuotesSurvive();
    void refusedFilesImportNothing_data();
    void refusedFilesImportNothing();
    void themeUnitTestDataImportsEveryPost();
    void previewWritesNothing();
    void cancelLeavesTheStoreAsItWas();
    void onlyTheEditorInChiefImportsASite();
    void takenSlugIsReported();
    void exportedPagesOfImportedArticlesAreValid();

private:
    int articleCount() { return *m_fx->newsroom().archive().count({}); }
    int peopleCount() { return *m_fx->newsroom().staff().headcount(); }
    db::Article onlyArticleNamed(const QString &headline);
    QString copyWithChange(const QString &name, const QByteArray &from, const QByteArray &to);

    std::unique_ptr<test::NewsroomFixture> m_fx;
};

void TestWordPressImport::init()
{
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
}

void TestWordPressImport::cleanup()
{
    m_fx.reset();
}

db::Article TestWordPressImport::onlyArticleNamed(const QString &headline)
{
    db::ArticleQuery query;
    query.limit = 1000;
    const auto rows = m_fx->newsroom().archive().list(query);
    if (!rows)
        return {};
    for (const db::ArticleSummary &row : *rows)
        if (row.headline == headline)
            return *m_fx->newsroom().archive().article(row.id);
    return {};
}

QString TestWordPressImport::copyWithChange(const QString &name, const QByteArray &from,
                                            const QByteArray &to)
{
    QByteArray bytes = bytesOf(fixture(name));
    if (!bytes.contains(from))
        return {};
    bytes.replace(from, to);
    QFile file(m_fx->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestWordPressImport::validExportImportsItsOnePost()
{
    const auto site = m_fx->newsroom().wordpress().run(
        m_fx->chief(), fixture(QStringLiteral("valid-wxr-1.1.xml")));
    QVERIFY2(site, qPrintable(site.errorString()));
    QCOMPARE(site->version, QStringLiteral("1.1"));
    QCOMPARE(site->created, 1);
    QCOMPARE(site->skipped.value(QStringLiteral("pages")), 1);
    QCOMPARE(site->skippedCount(), 1);
    QCOMPARE(site->newPeople, QStringList { QStringLiteral("john (John Doe)") });
    QCOMPARE(site->newSections, QStringList { QStringLiteral("alpha") });
    QCOMPARE(articleCount(), 1);

    const db::Article article = onlyArticleNamed(QStringLiteral("Hello world!"));
    QCOMPARE(article.status, Status::Published);
    QCOMPARE(article.slug, QStringLiteral("hello-world"));
    QCOMPARE(article.section, QStringLiteral("alpha"));
    QCOMPARE(article.tags, QStringList { QStringLiteral("Clippable") });
    QCOMPARE(article.authorNames, QStringList { QStringLiteral("John Doe") });
    const QDateTime posted(QDate(2010, 10, 16), QTime(20, 53, 18), Qt::UTC);
    QCOMPARE(article.createdAt, posted);
    QCOMPARE(article.publishedAt, posted);
    // The post's comment is not part of it.
    QCOMPARE(article.body,
             QStringLiteral("Welcome to WordPress. This is your first post. Edit or "
                            "delete it, then start blogging!\n"));
    // John is on the staff, without a password until one is set.
    const auto john = m_fx->newsroom().staff().personNamed(QStringLiteral("john"));
    QVERIFY(john);
    QCOMPARE(john->displayName, QStringLiteral("John Doe"));
    QVERIFY(john->passwordHash.isEmpty());
    QVERIFY(!m_fx->newsroom().staff().signIn(QStringLiteral("john"), QString()));
}

void TestWordPressImport::reimportChangesNothing()
{
    auto &wordpress = m_fx->newsroom().wordpress();
    const QString file = fixture(QStringLiteral("theme-unit-test-data.xml"));
    QVERIFY(wordpress.run(m_fx->chief(), file));
    const int articles = articleCount();
    const int people = peopleCount();
    const db::Article before = onlyArticleNamed(QStringLiteral("Markup: HTML Tags and Formatting"));

    const auto again = wordpress.run(m_fx->chief(), file);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 58);
    QVERIFY(again->newPeople.isEmpty());
    QCOMPARE(articleCount(), articles);
    QCOMPARE(peopleCount(), people);
    const db::Article after = onlyArticleNamed(QStringLiteral("Markup: HTML Tags and Formatting"));
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.body, before.body);
}

void TestWordPressImport::reimportUpdatesWhatWordPressChanged()
{
    auto &wordpress = m_fx->newsroom().wordpress();
    QVERIFY(wordpress.run(m_fx->chief(), fixture(QStringLiteral("valid-wxr-1.1.xml"))));
    const QString changed = copyWithChange(QStringLiteral("valid-wxr-1.1.xml"),
                                           "Welcome to WordPress. This is your first post.",
                                           "Welcome back. This post was edited.");
    QVERIFY(!changed.isEmpty());
    const auto again = wordpress.run(m_fx->chief(), changed);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->updated, 1);
    QCOMPARE(again->created, 0);
    QCOMPARE(articleCount(), 1);
    const db::Article article = onlyArticleNamed(QStringLiteral("Hello world!"));
    QCOMPARE(article.version, 2);
    QVERIFY(article.body.startsWith(QLatin1String("Welcome back. This post was edited.")));
    QCOMPARE(article.status, Status::Published);
}

void TestWordPressImport::reimportKeepsWhatTheNewsroomChanged()
{
    auto &wordpress = m_fx->newsroom().wordpress();
    const QString file = fixture(QStringLiteral("valid-wxr-1.1.xml"));
    QVERIFY(wordpress.run(m_fx->chief(), file));
    db::Article article = onlyArticleNamed(QStringLiteral("Hello world!"));
    article.body = QStringLiteral("Corrected here.\n");
    QVERIFY(m_fx->newsroom().archive().saveArticle(article, article.version, m_fx->chief(),
                                                   QStringLiteral("fixed a fact")));
    const auto again = wordpress.run(m_fx->chief(), file);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->kept, 1);
    QCOMPARE(again->updated, 0);
    QCOMPARE(onlyArticleNamed(QStringLiteral("Hello world!")).body,
             QStringLiteral("Corrected here.\n"));
}

void TestWordPressImport::reimportKeepsWhatTheWorkflowChanged()
{
    auto &wordpress = m_fx->newsroom().wordpress();
    const QString file = fixture(QStringLiteral("valid-wxr-1.1.xml"));
    QVERIFY(wordpress.run(m_fx->chief(), file));
    const db::Article article = onlyArticleNamed(QStringLiteral("Hello world!"));
    // Unpublishing changes the status, not the version.
    QVERIFY(m_fx->newsroom().workflow().transition(article.id, Action::Unpublish, m_fx->chief(),
                                                   QStringLiteral("not ours to run")));
    const auto again = wordpress.run(m_fx->chief(), file);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->kept, 1);
    QCOMPARE(onlyArticleNamed(QStringLiteral("Hello world!")).status, Status::Draft);
}

void TestWordPressImport::statusesSkipsAndOlderExports()
{
    // A WXR 1.0 export (tags in the "tag" domain), by a site that later moved to https.
    auto item = [](int id, const char *status, const QByteArray &extra = {}) {
        return QByteArray("<item><title>Post ") + QByteArray::number(id)
            + "</title><guid>http://paper.example/?p=" + QByteArray::number(id)
            + "</guid><dc:creator>chief</dc:creator><content:encoded><![CDATA[Text "
            + QByteArray::number(id) + "]]></content:encoded><excerpt:encoded><![CDATA["
            + (id == 1 ? QByteArray(1500, 'x') : QByteArray()) + "]]></excerpt:encoded>"
            + "<wp:post_id>" + QByteArray::number(id) + "</wp:post_id><wp:status>" + status
            + "</wp:status><wp:post_type>post</wp:post_type>" + extra + "</item>\n";
    };
    auto exportAt = [&](const QByteArray &site) {
        return QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\" "
                          "xmlns:excerpt=\"http://wordpress.org/export/1.0/excerpt/\" "
                          "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                          "xmlns:wp=\"http://wordpress.org/export/1.0/\"><channel><title>Paper"
                          "</title><wp:wxr_version>1.0</wp:wxr_version><wp:base_site_url>")
            + site + "</wp:base_site_url>"
            + item(1, "publish", "<category domain=\"tag\"><![CDATA[Strike]]></category>")
            + item(2, "pending") + item(3, "private") + item(4, "trash") + item(5, "draft")
            + "</channel></rss>\n";
    };
    QFile file(m_fx->filePath(QStringLiteral("old.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exportAt("http://paper.example"));
    file.close();
    auto &wordpress = m_fx->newsroom().wordpress();
    const auto site = wordpress.run(m_fx->chief(), file.fileName());
    QVERIFY2(site, qPrintable(site.errorString()));
    QCOMPARE(site->created, 3);
    QCOMPARE(site->skipped.value(QStringLiteral("private posts")), 1);
    QCOMPARE(site->skipped.value(QStringLiteral("posts in the trash")), 1);
    // The author is someone the newsroom has already: the report says whose byline it is.
    QCOMPARE(site->matchedPeople,
             QStringList { QStringLiteral("chief is Chief Editor (chief) here") });
    QVERIFY(site->newPeople.isEmpty());
    QCOMPARE(onlyArticleNamed(QStringLiteral("Post 2")).status, Status::InReview);
    QCOMPARE(onlyArticleNamed(QStringLiteral("Post 5")).status, Status::Draft);
    const db::Article first = onlyArticleNamed(QStringLiteral("Post 1"));
    QCOMPARE(first.tags, QStringList { QStringLiteral("Strike") });
    QCOMPARE(first.standfirst.size(), 1000); // shortened to the limit, and said so
    QVERIFY(site->posts.first().notes.first().contains(QLatin1String("shortened")));

    // The same posts from the site's new address: the same posts.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exportAt("https://paper.example"));
    file.close();
    const auto again = wordpress.run(m_fx->chief(), file.fileName());
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->unchanged, 3);
}

void TestWordPressImport::utf8TextSurvivesExactly()
{
    const QString file = fixture(QStringLiteral("wxr-utf-8-challenges.xml"));
    const auto site = m_fx->newsroom().wordpress().run(m_fx->chief(), file);
    QVERIFY2(site, qPrintable(site.errorString()));
    QCOMPARE(site->created, 1);
    // The item's title as the file has it, character for character.
    const QString xml = QString::fromUtf8(bytesOf(file));
    const auto title
        = QRegularExpression(QStringLiteral("<item>\\s*<title><!\\[CDATA\\[(.*?)\\]\\]></title>"),
                             QRegularExpression::DotMatchesEverythingOption)
              .match(xml);
    QVERIFY(title.hasMatch());
    QVERIFY(title.captured(1).contains(QChar(0x202E))); // a right-to-left override
    const db::Article article = onlyArticleNamed(title.captured(1).simplified());
    QVERIFY2(article.id > 0, qPrintable(title.captured(1)));
    const auto excerpt
        = QRegularExpression(QStringLiteral("<excerpt:encoded><!\\[CDATA\\[(.*?)\\]\\]>"),
                             QRegularExpression::DotMatchesEverythingOption)
              .match(xml);
    QVERIFY(excerpt.hasMatch() && !excerpt.captured(1).isEmpty());
    QCOMPARE(article.standfirst, excerpt.captured(1).simplified());
    // The first line of the post: zalgo, zero-width joiners and direction overrides.
    const auto paragraph = QRegularExpression(QStringLiteral("<p>([^<]+)<br>")).match(xml);
    QVERIFY(paragraph.hasMatch());
    QVERIFY2(plainBody(article.body).contains(paragraph.captured(1).trimmed()),
             qPrintable(plainBody(article.body)));
}

void TestWordPressImport::backslashesAndQuotesSurvive()
{
    const auto site
        = m_fx->newsroom().wordpress().run(m_fx->chief(), fixture(QStringLiteral("slashes.xml")));
    QVERIFY2(site, qPrintable(site.errorString()));
    QCOMPARE(site->created, 1);
    const db::Article article = onlyArticleNamed(QStringLiteral("Hello world!"));
    QCOMPARE(plainBody(article.body), QStringLiteral("Slashes aren\\'t \\\"cool\\\""));
    QCOMPARE(article.section, QStringLiteral("a \\\"great\\\" category"));
}

void TestWordPressImport::refusedFilesImportNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed-simple.xml: tags left open")
        << bytesOf(fixture(QStringLiteral("malformed-simple.xml")))
        << QStringLiteral("line 14, column 0: Premature end of document");
    QTest::newRow("not XML") << QByteArray("Dear editor,\nplease run my story.\n")
                             << QStringLiteral("line 1, column 1:");
    QTest::newRow("an RSS feed, not a WordPress export")
        << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x"
                      "</title></item></channel></rss>")
        << QStringLiteral("declares no WordPress export namespace");
    QTest::newRow("a later WXR namespace")
        << QByteArray("<rss xmlns:wp=\"http://wordpress.org/export/9.9/\"><channel/></rss>")
        << QStringLiteral("declares no WordPress export namespace");
    QByteArray theme = bytesOf(fixture(QStringLiteral("theme-unit-test-data.xml")));
    QTest::newRow("theme test data cut off in the middle")
        << theme.left(theme.size() / 2) << QStringLiteral("Premature end of document");
}

void TestWordPressImport::refusedFilesImportNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFile file(m_fx->filePath(QStringLiteral("site.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const int people = peopleCount();
    const auto site = m_fx->newsroom().wordpress().run(m_fx->chief(), file.fileName());
    QVERIFY(!site);
    QCOMPARE(site.error().kind, Error::Kind::Invalid);
    QVERIFY2(site.errorString().contains(message), qPrintable(site.errorString()));
    QVERIFY2(site.errorString().endsWith(QLatin1String("nothing was imported")),
             qPrintable(site.errorString()));
    QCOMPARE(articleCount(), 0);
    QCOMPARE(peopleCount(), people);
}

void TestWordPressImport::themeUnitTestDataImportsEveryPost()
{
    const auto site = m_fx->newsroom().wordpress().run(
        m_fx->chief(), fixture(QStringLiteral("theme-unit-test-data.xml")));
    QVERIFY2(site, qPrintable(site.errorString()));
    QCOMPARE(site->created, 58);
    QCOMPARE(site->skipped.value(QStringLiteral("attachments")), 37);
    QCOMPARE(site->skipped.value(QStringLiteral("pages")), 21);
    QCOMPARE(site->skipped.value(QStringLiteral("menu items")), 70);
    QCOMPARE(site->skippedCount(), 128);
    QCOMPARE(articleCount(), 58);

    db::ArticleQuery published;
    published.status = Status::Published;
    QCOMPARE(*m_fx->newsroom().archive().count(published), 56);
    QCOMPARE(onlyArticleNamed(QStringLiteral("Draft")).status, Status::Draft);
    QCOMPARE(onlyArticleNamed(QStringLiteral("Scheduled")).status, Status::Approved);

    // What could not come in as it was is named for its post, never dropped silently.
    QHash<QString, QStringList> notes;
    for (const SiteImport::Post &p : site->posts)
        notes.insert(p.headline, p.notes);
    QVERIFY(notes.value(QStringLiteral("Post Format: Gallery"))
                .contains(QStringLiteral("[gallery] shortcode kept as text")));
    QVERIFY(notes.value(QStringLiteral("Post Format: Video (YouTube)"))
                .contains(QStringLiteral("embed kept as a link: "
                                         "https://www.youtube.com/watch?v=SQEQr7c0-dw")));
    QVERIFY(onlyArticleNamed(QStringLiteral("Post Format: Video (YouTube)"))
                .body.contains(QLatin1String("(https://www.youtube.com/watch?v=SQEQr7c0-dw)")));
    const QStringList featured = notes.value(QStringLiteral("Template: Featured Image (Vertical)"));
    QVERIFY2(featured.size() == 1
                 && featured.first().contains(QLatin1String("featured-image-vertical.jpg")),
             qPrintable(featured.join(u'|')));

    // Every body reads back as itself.
    db::ArticleQuery all;
    all.limit = 100;
    const auto rows = m_fx->newsroom().archive().list(all);
    QVERIFY(rows);
    for (const db::ArticleSummary &row : *rows) {
        const db::Article article = *m_fx->newsroom().archive().article(row.id);
        QTextDocument document;
        MarkdownReader::read(article.body, &document);
        QVERIFY2(MarkdownWriter::write(&document) == article.body, qPrintable(article.headline));
    }
}

void TestWordPressImport::previewWritesNothing()
{
    const int people = peopleCount();
    const auto preview = m_fx->newsroom().wordpress().preview(
        m_fx->chief(), fixture(QStringLiteral("theme-unit-test-data.xml")));
    QVERIFY2(preview, qPrintable(preview.errorString()));
    QCOMPARE(preview->created, 58);
    QCOMPARE(preview->newPeople.size(), 3);
    QCOMPARE(articleCount(), 0);
    QCOMPARE(peopleCount(), people);
    QVERIFY(*m_fx->newsroom().archive().sections() == QStringList());
}

void TestWordPressImport::cancelLeavesTheStoreAsItWas()
{
    const int people = peopleCount();
    int calls = 0;
    const auto site = m_fx->newsroom().wordpress().run(
        m_fx->chief(), fixture(QStringLiteral("theme-unit-test-data.xml")),
        [&calls](qint64, qint64) { return ++calls < 150; });
    QVERIFY(!site);
    QVERIFY2(site.errorString().contains(QLatin1String("cancelled")),
             qPrintable(site.errorString()));
    QCOMPARE(calls, 150);
    QCOMPARE(articleCount(), 0);
    QCOMPARE(peopleCount(), people);
}

void TestWordPressImport::onlyTheEditorInChiefImportsASite()
{
    for (const QString &level : { QStringLiteral("contributor"), QStringLiteral("deputy-editor"),
                                  QStringLiteral("administrator") }) {
        const Actor who = m_fx->hire(QStringLiteral("someone-") + level, level);
        const auto site
            = m_fx->newsroom().wordpress().run(who, fixture(QStringLiteral("valid-wxr-1.1.xml")));
        QVERIFY2(!site, qPrintable(level));
        QCOMPARE(site.error().kind, Error::Kind::NotPermitted);
        QVERIFY(!m_fx->newsroom().wordpress().preview(
            who, fixture(QStringLiteral("valid-wxr-1.1.xml"))));
    }
    QCOMPARE(articleCount(), 0);
}

void TestWordPressImport::takenSlugIsReported()
{
    m_fx->draft(m_fx->chief(), QStringLiteral("Hello world!"));
    const auto site = m_fx->newsroom().wordpress().run(
        m_fx->chief(), fixture(QStringLiteral("valid-wxr-1.1.xml")));
    QVERIFY2(site, qPrintable(site.errorString()));
    QCOMPARE(site->slugConflicts.size(), 1);
    QVERIFY2(site->slugConflicts.first().contains(QLatin1String("hello-world")),
             qPrintable(site->slugConflicts.first()));
    QCOMPARE(m_fx->newsroom().archive().article(site->posts.first().articleId)->slug,
             QStringLiteral("hello-world-2"));
}

void TestWordPressImport::exportedPagesOfImportedArticlesAreValid()
{
    QVERIFY(m_fx->newsroom().wordpress().run(m_fx->chief(),
                                             fixture(QStringLiteral("theme-unit-test-data.xml"))));
    SiteExporter exporter(m_fx->newsroom().exportSource());
    const QString out = m_fx->filePath(QStringLiteral("site"));
    const auto report = exporter.exportSite(out);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->articles, 56);
    const QString jar = QStringLiteral(COPYDESK_VNU_JAR);
    QVERIFY2(QFile::exists(jar), "the Nu Html Checker is missing: run packaging/install-deps.sh");
    QProcess vnu;
    vnu.start(QStringLiteral("java"),
              { QStringLiteral("-jar"), jar, QStringLiteral("--errors-only"),
                QStringLiteral("--skip-non-html"), out });
    QVERIFY(vnu.waitForFinished(180000));
    QVERIFY2(vnu.exitCode() == 0, vnu.readAllStandardError().left(4000).constData());
}

QTEST_MAIN(TestWordPressImport)
#include "tst_wordpressimport.moc"
