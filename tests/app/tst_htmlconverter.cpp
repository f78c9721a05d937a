// HTML to a news body: WordPress posts, article pages and fragments reduced to the newsroom's
// semantics, what was changed on the way noted, and every body reading back as itself.

#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/import/htmlconverter.h"
#include "app/import/textimport.h"
#include "app/import/wxrreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace copydesk::app;

namespace {

QString rewritten(const QString &markdown)
{
    QTextDocument document;
    MarkdownReader::read(markdown, &document);
    return MarkdownWriter::write(&document);
}

QString fixture(const QString &name)
{
    return QStringLiteral(COPYDESK_FIXTURES "/wordpress-importer/") + name;
}

} // namespace

class TestHtmlConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fragments_data();
    void fragments();
    void wordpressPosts_data();
    void wordpressPosts();
    void pages_data();
    void pages();
    void htmlFileImportsAsAnArticle();
    void deepNestingKeepsItsText();
    void everyThemeTestPostReadsBackAsItself();
};

void TestHtmlConverter::fragments_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("notes");
    QTest::newRow("paragraphs, bold and italic")
        << QStringLiteral("<p>One <b>bold</b> and <em>italic</em> word.</p><p>Two</p>")
        << QStringLiteral("One **bold** and *italic* word.\n\nTwo\n") << QStringList();
    QTest::newRow("h1 and h2 are subheadings, the rest the lower level")
        << QStringLiteral("<h1>A</h1><h2>B</h2><h4>C</h4><p>text</p>")
        << QStringLiteral("## A\n\n## B\n\n### C\n\ntext\n") << QStringList();
    QTest::newRow("block quote of two paragraphs")
        << QStringLiteral("<blockquote><p>“We will,” she said.</p><p>Then left.</p></blockquote>")
        << QStringLiteral("> “We will,” she said.\n>\n> Then left.\n") << QStringList();
    QTest::newRow("nested list and a numbered one from 3")
        << QStringLiteral("<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>"
                          "<ol start=\"3\"><li>three</li><li>four</li></ol>")
        << QStringLiteral("- one\n  - inner\n- two\n\n3. three\n4. four\n") << QStringList();
    QTest::newRow("entities decoded")
        << QStringLiteral("<p>&ldquo;Caf&eacute;&rdquo; &amp; co&#8217;s &lt;b&gt;</p>")
        << QStringLiteral("“Café” & co’s \\<b>\n") << QStringList();
    QTest::newRow("script, style and form removed")
        << QStringLiteral("<p>Before</p><script>alert(1)</script><style>p{}</style>"
                          "<form><input value=x><button>Go</button></form><p>After</p>")
        << QStringLiteral("Before\n\nAfter\n") << QStringList();
    QTest::newRow("iframe kept as a link")
        << QStringLiteral("<p>Watch:</p><iframe src=\"https://video.example/v/1\"></iframe>")
        << QStringLiteral("Watch:\n\n[1](https://video.example/v/1)\n")
        << QStringList { QStringLiteral(
               "embedded frame kept as a link: https://video.example/v/1") };
    QTest::newRow("image kept as a link with its alt text")
        << QStringLiteral("<p><img src=\"https://example.org/a/fire.jpg\" alt=\"The fire\"></p>")
        << QStringLiteral("[The fire](https://example.org/a/fire.jpg)\n")
        << QStringList { QStringLiteral("image kept as a link: https://example.org/a/fire.jpg") };
    QTest::newRow("script link keeps its words only")
        << QStringLiteral("<p><a href=\"javascript:alert(1)\">click</a> "
                          "<a href=\"https://example.org/\">site</a></p>")
        << QStringLiteral("click [site](https://example.org/)\n") << QStringList();
    QTest::newRow("unclosed tags repaired as a browser would")
        << QStringLiteral("<p><b>bold <i>both</p><p>after")
        << QStringLiteral("**bold *both***\n\n***after***\n") << QStringList();
    QTest::newRow("line break and collapsed spaces")
        << QStringLiteral("<p>Jane Doe<br>Global   Editor\n  2019/20</p>")
        << QStringLiteral("Jane Doe\\\nGlobal Editor 2019/20\n") << QStringList();
    QTest::newRow("table cells side by side")
        << QStringLiteral("<table><tr><th>Name</th><th>Votes</th></tr>"
                          "<tr><td>Ann</td><td>12</td></tr></table>")
        << QStringLiteral("Name Votes\n\nAnn 12\n") << QStringList();
    QTest::newRow("italic going on after a link, from a space (found by fuzzing)")
        << QStringLiteral("<i><a href=\"https://example.org/\">site</a> and more</i>")
        << QStringLiteral("[*site*](https://example.org/) *and more*\n") << QStringList();
    QTest::newRow("text that looks like Markdown stays text")
        << QStringLiteral("<p># not a heading, *not* emphasis, 1. not a list</p>")
        << QStringLiteral("\\# not a heading, \\*not\\* emphasis, 1. not a list\n")
        << QStringList();
}

void TestHtmlConverter::fragments()
{
    QFETCH(QString, html);
    QFETCH(QString, body);
    QFETCH(QStringList, notes);
    const ConvertedHtml converted = HtmlConverter::fromFragment(html);
    QCOMPARE(converted.body, body);
    QCOMPARE(converted.notes, notes);
    QCOMPARE(rewritten(converted.body), converted.body);
}

void TestHtmlConverter::wordpressPosts_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("notes");
    QTest::newRow("blank lines make paragraphs, a newline a line break")
        << QStringLiteral("First line\nsecond line\n\nNext paragraph")
        << QStringLiteral("First line\\\nsecond line\n\nNext paragraph\n") << QStringList();
    QTest::newRow("block-editor comments removed")
        << QStringLiteral("<!-- wp:paragraph -->\n<p>Hello</p>\n<!-- /wp:paragraph -->\n\n"
                          "<!-- wp:heading {\"level\":3} -->\n<h3>Sub</h3>\n<!-- /wp:heading -->")
        << QStringLiteral("Hello\n\n### Sub\n") << QStringList();
    QTest::newRow("a list between paragraphs gets no stray breaks")
        << QStringLiteral("Intro\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\nOutro")
        << QStringLiteral("Intro\n\n- one\n- two\n\nOutro\n") << QStringList();
    QTest::newRow("gallery shortcode kept as text")
        << QStringLiteral("Photos:\n\n[gallery ids=\"1,2,3\"]")
        << QStringLiteral("Photos:\n\n\\[gallery ids=\"1,2,3\"\\]\n")
        << QStringList { QStringLiteral("[gallery] shortcode kept as text") };
    QTest::newRow("a square-bracketed word is not a shortcode")
        << QStringLiteral("He said [sic] it.") << QStringLiteral("He said \\[sic\\] it.\n")
        << QStringList();
    QTest::newRow("an address on its own line is an embed, kept as a link")
        << QStringLiteral("Watch this:\n\nhttps://www.youtube.com/watch?v=abc&amp;t=2\n\nThe end.")
        << QStringLiteral("Watch this:\n\n[https://www.youtube.com/watch?v=abc&t=2]"
                          "(https://www.youtube.com/watch?v=abc&t=2)\n\nThe end.\n")
        << QStringList { QStringLiteral(
               "embed kept as a link: https://www.youtube.com/watch?v=abc&t=2") };
    QTest::newRow("caption unwrapped: image link and caption")
        << QStringLiteral("[caption id=\"a1\" align=\"alignnone\" width=\"300\"]"
                          "<img src=\"https://example.org/p.jpg\" alt=\"Pier\" /> The pier at dusk"
                          "[/caption]")
        << QStringLiteral("[Pier](https://example.org/p.jpg) The pier at dusk\n")
        << QStringList { QStringLiteral("[caption] shortcode unwrapped: its caption kept as text"),
                         QStringLiteral("image kept as a link: https://example.org/p.jpg") };
    QTest::newRow("audio shortcode kept as a link")
        << QStringLiteral("[audio mp3=\"https://example.org/a.mp3\"][/audio]")
        << QStringLiteral("[https://example.org/a.mp3](https://example.org/a.mp3)\n")
        << QStringList { QStringLiteral(
               "[audio] shortcode kept as a link: https://example.org/a.mp3") };
    QTest::newRow("a bare gallery shortcode is named too")
        << QStringLiteral("[gallery]") << QStringLiteral("\\[gallery\\]\n")
        << QStringList { QStringLiteral("[gallery] shortcode kept as text") };
    QTest::newRow("a long run of spaces without a newline")
        << QStringLiteral("a") + QString(300000, QLatin1Char(' ')) + QStringLiteral("b")
        << QStringLiteral("a b\n") << QStringList();
    QTest::newRow("a line inside pre is not a paragraph")
        << QStringLiteral("Code:\n\n<pre>a = 1\n\nb = 2</pre>")
        << QStringLiteral("Code:\n\na = 1\\\nb = 2\n") << QStringList();
}

void TestHtmlConverter::wordpressPosts()
{
    QFETCH(QString, content);
    QFETCH(QString, body);
    QFETCH(QStringList, notes);
    const ConvertedHtml converted = HtmlConverter::fromWordPress(content);
    QCOMPARE(converted.body, body);
    QCOMPARE(converted.notes, notes);
    QCOMPARE(rewritten(converted.body), converted.body);
}

void TestHtmlConverter::pages_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("body");
    const QString furniture = QStringLiteral(
        "<!doctype html><html><head><title>Site | Council votes</title>"
        "<script>track()</script></head><body>"
        "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>%1"
        "<aside>Most read</aside><footer>© The Paper</footer></body></html>");
    QTest::newRow("article element with its h1")
        << furniture.arg(QStringLiteral(
               "<article><header><h1>Council votes</h1><p class=\"byline\">By Jane</p></header>"
               "<p>The council voted.</p><div id=\"comments\"><p>First!</p></div></article>"))
        << QStringLiteral("Council votes") << QStringLiteral("The council voted.\n");
    QTest::newRow("main element when there is no article")
        << furniture.arg(QStringLiteral("<main><h1>Budget</h1><p>Cuts ahead.</p></main>"))
        << QStringLiteral("Budget") << QStringLiteral("Cuts ahead.\n");
    QTest::newRow("title when there is no h1")
        << furniture.arg(QStringLiteral("<main><p>Only text.</p></main>"))
        << QStringLiteral("Site | Council votes") << QStringLiteral("Only text.\n");
    QTest::newRow("an opinion piece in the Comment section keeps its body")
        << furniture.arg(QStringLiteral(
               "<article class=\"post category-comment\"><h1>Why we strike</h1>"
               "<p>Because we must.</p><section id=\"comments\" class=\"comments-area\">"
               "<p>Reader: no.</p></section></article>"))
        << QStringLiteral("Why we strike") << QStringLiteral("Because we must.\n");
    QTest::newRow("a bare fragment is all body")
        << QStringLiteral("<h1>Alone</h1><p>Text</p>") << QStringLiteral("Alone")
        << QStringLiteral("Text\n");
}

void TestHtmlConverter::pages()
{
    QFETCH(QString, html);
    QFETCH(QString, headline);
    QFETCH(QString, body);
    const ConvertedHtml page = HtmlConverter::fromPage(html);
    QCOMPARE(page.headline, headline);
    QCOMPARE(page.body, body);
}

void TestHtmlConverter::htmlFileImportsAsAnArticle()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("story.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>T</title></head><body><nav>Menu</nav><article>"
               "<h1>Fire at the mill</h1><p>Crews were called at 2am.</p></article></body></html>");
    file.close();
    const auto text = TextImport::readFile(file.fileName());
    QVERIFY2(text, qPrintable(text.errorString()));
    QCOMPARE(text->headline, QStringLiteral("Fire at the mill"));
    QCOMPARE(text->body, QStringLiteral("Crews were called at 2am.\n"));
}

void TestHtmlConverter::deepNestingKeepsItsText()
{
    // Far deeper than any page: the walk stops descending but keeps the words.
    QString html;
    for (int i = 0; i < 5000; ++i)
        html += QStringLiteral("<div><span>");
    html += QStringLiteral("deep words");
    const ConvertedHtml converted = HtmlConverter::fromFragment(html);
    QCOMPARE(converted.body, QStringLiteral("deep words\n"));
    // Deeper than the parser should ever build: the words, without the tags.
    QString hostile = QStringLiteral("<p>before</p>");
    for (int i = 0; i < 200000; ++i)
        hostile += QStringLiteral("<span>");
    hostile += QStringLiteral("after &amp; all");
    QCOMPARE(HtmlConverter::fromWordPress(hostile).body, QStringLiteral("before after & all\n"));
}

void TestHtmlConverter::everyThemeTestPostReadsBackAsItself()
{
    QFile file(fixture(QStringLiteral("theme-unit-test-data.xml")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    WxrReader reader(&file);
    WxrItem item;
    int posts = 0;
    while (reader.readNextItem(item)) {
        if (item.postType != QLatin1String("post") && item.postType != QLatin1String("page"))
            continue;
        ++posts;
        const ConvertedHtml converted = HtmlConverter::fromWordPress(item.content);
        QVERIFY2(rewritten(converted.body) == converted.body, qPrintable(item.title));
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(posts, 58 + 21);
}

QTEST_MAIN(TestHtmlConverter)
#include "tst_htmlconverter.moc"
