// The body round trip: Markdown -> editor document -> Markdown. Each row gives a Markdown input
// and the normalized Markdown the writer must produce; reading that normalized text again must
// give it back unchanged, and where normalization keeps the meaning, cmark-gfm must render the
// input and the output to the same HTML.

#include "app/body/bodyformat.h"
#include "app/body/commonmark.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <random>

using namespace copydesk::app;

class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void editorFormatsWriteAsMarkdown();
    void literalTextSurvives_data();
    void literalTextSurvives();
    void emphasisNextToPunctuationStaysEmphasis();
    void documentStructureFromMarkdown();
    void plainParagraphsWriteAsTheirDocumentDoes();
};

static QString normalized(const QString &markdown)
{
    QTextDocument document;
    MarkdownReader::read(markdown, &document);
    return MarkdownWriter::write(&document);
}

void TestMarkdown::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("sameHtml");

    auto row = [](const char *name, const char *input, const char *expected, bool sameHtml = true) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected) << sameHtml;
    };

    row("plain paragraph", "The council met on Tuesday.\n", "The council met on Tuesday.\n");
    row("two paragraphs", "First.\n\nSecond.\n", "First.\n\nSecond.\n");
    row("soft break becomes a space", "One line\nand the next\n", "One line and the next\n", false);
    row("hard break kept", "Line one\\\nline two\n", "Line one\\\nline two\n");
    row("two-space hard break normalized", "Line one  \nline two\n", "Line one\\\nline two\n");
    row("bold and italic", "A **bold** and *italic* claim.\n", "A **bold** and *italic* claim.\n");
    row("underscore emphasis normalized", "An _italic_ and __bold__ word.\n",
        "An *italic* and **bold** word.\n");
    row("bold italic together", "***Breaking*** news\n", "***Breaking*** news\n");
    row("nested emphasis", "**bold with *italic* inside**\n", "**bold with *italic* inside**\n");
    row("strikethrough", "The ~~old~~ new figure\n", "The ~~old~~ new figure\n");
    row("subheading level two", "## Reaction\n\nText.\n", "## Reaction\n\nText.\n");
    row("subheading level three", "### Detail\n", "### Detail\n");
    row("level one heading becomes a subheading", "# Big\n", "## Big\n", false);
    row("setext heading normalized", "Reaction\n--------\n", "## Reaction\n", false);
    row("bullet list", "- one\n- two\n- three\n", "- one\n- two\n- three\n");
    row("star bullets normalized", "* one\n* two\n", "- one\n- two\n");
    row("numbered list", "1. first\n2. second\n", "1. first\n2. second\n");
    row("numbered list starting at five", "5. fifth\n6. sixth\n", "5. fifth\n6. sixth\n");
    row("nested bullet list", "- outer\n  - inner\n  - inner two\n- outer two\n",
        "- outer\n  - inner\n  - inner two\n- outer two\n");
    row("three levels of nesting", "1. one\n   - a\n     - deep\n2. two\n",
        "1. one\n   - a\n     - deep\n2. two\n");
    row("list right after a block quote", "> A quote.\n\n- item\n- item two\n",
        "> A quote.\n\n- item\n- item two\n");
    row("block quote with two paragraphs", "> First.\n>\n> Second.\n", "> First.\n>\n> Second.\n");
    row("nested block quote", "> Outer\n>\n> > Inner\n", "> Outer\n>\n> > Inner\n");
    row("list inside a block quote", "> - a\n> - b\n", "> - a\n> - b\n");
    row("two lists side by side stay two", "- a\n- b\n\n* c\n", "- a\n- b\n\n* c\n");
    row("link with ampersand and parentheses",
        "See [the report](https://example.org/a_(b)?x=1&y=2).\n",
        "See [the report](https://example.org/a_\\(b\\)?x=1&y=2).\n");
    row("link with entity-like ampersand", "[x](https://e.org/?a=1&amp;b=2)\n",
        "[x](https://e.org/?a=1&b=2)\n");
    row("link with bold text", "[**Read** more](https://example.org)\n",
        "[**Read** more](https://example.org)\n");
    row("typographic quotes", "‘I will not resign,’ she said. “Never.”\n",
        "‘I will not resign,’ she said. “Never.”\n");
    row("apostrophes", "The minister’s aide didn't say; it's ’90s style.\n",
        "The minister’s aide didn't say; it's ’90s style.\n");
    row("emphasis around quotes", "He called it **“a disgrace”** today.\n",
        "He called it **“a disgrace”** today.\n");
    row("italic quote inside a word", "*‘No’*, she said\n", "*‘No’*, she said\n");
    row("korean", "서울시는 월요일에 발표했다.\n", "서울시는 월요일에 발표했다.\n");
    row("arabic", "قال الوزير إن **الاتفاق** نهائي.\n", "قال الوزير إن **الاتفاق** نهائي.\n");
    row("greek", "Η Βουλή ψήφισε *σήμερα*.\n", "Η Βουλή ψήφισε *σήμερα*.\n");
    row("number that looks like a list", "1\\. not a list\n", "1\\. not a list\n");
    row("year and full stop", "2019\\. A year to remember\n", "2019\\. A year to remember\n");
    row("literal stars", "5 \\* 3 = 15 and \\*\\*not bold\\*\\*\n",
        "5 \\* 3 = 15 and \\*\\*not bold\\*\\*\n");
    row("literal underscores", "snake\\_case\\_name\n", "snake\\_case\\_name\n");
    row("literal hash at start", "\\#1 in the charts\n", "\\#1 in the charts\n");
    row("hash inside a line", "We're #1 again\n", "We're #1 again\n");
    row("literal angle brackets", "a \\<b> c > d\n", "a \\<b> c > d\n");
    row("literal greater-than at start", "\\> not a quote\n", "\\> not a quote\n");
    row("literal dash at start", "\\- not a bullet\n", "\\- not a bullet\n");
    row("raw html kept as text", "Hello <b>world</b>\n", "Hello \\<b>world\\</b>\n", false);
    row("inline code", "Run `copydesk list` now\n", "Run `copydesk list` now\n");
    row("code with backtick", "``a ` b``\n", "``a ` b``\n");
    row("thematic break dropped", "One\n\n---\n\nTwo\n", "One\n\nTwo\n", false);
    row("entity decoded", "Caf&eacute; &amp; bar\n", "Café & bar\n");
    row("literal entity kept", "Write \\&amp; for an ampersand\n",
        "Write \\&amp; for an ampersand\n");
    row("backslash", "C:\\\\Users\\\\news\n", "C:\\\\Users\\\\news\n");
    row("heading in quote", "> ## Quoted head\n", "> ## Quoted head\n");
    row("multi paragraph list item joined", "- one\n\n  more\n- two\n", "- one\\\n  more\n- two\n",
        false);
    row("loose list made tight", "- a\n\n- b\n", "- a\n- b\n", false);
    row("empty document", "", "");
    // Found by tests/fuzz/fuzz_markdown: the outer item holds nothing but a list, so the inner
    // list ends next to a new one at the top, which was written without a blank line and read
    // back as two lists.
    row("list item holding only a list", "- - n\n- t\n", "- n\n\n* t\n", false);
    // And: a nested list numbered from 3 cannot start right after its item's text.
    row("nested list numbered from three", "- a\n\n  3. c\n  4. d\n", "- a\n\n  3. c\n  4. d\n");
    // And: a list that ends beside a new one forgets the lists nested in it.
    row("nested list after two lists side by side", "1. o\n   1. e\n\n- x\n\n  3. y\n",
        "1. o\n   1. e\n\n- x\n\n  3. y\n");
    // And: a vertical tab is no white space to CommonMark's emphasis rules, whatever QChar says.
    row("emphasis next to a vertical tab", "x*\v**\v*\n", "x*\v\\*\\**\n", false);

    // Photos (issue 14): the store's images by hash, caption and credit in the title.
#define SHA "3f5a0c1e9b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468"
    row("photo with caption and credit",
        "Text.\n\n![Students on the steps](media:" SHA
        " \"They marched.&#10;Photo: Amira Khan\")\n\nMore.\n",
        "Text.\n\n![Students on the steps](media:" SHA
        " \"They marched.&#10;Photo: Amira Khan\")\n\nMore.\n");
    row("photo without a title", "![A crowd](media:" SHA ")\n", "![A crowd](media:" SHA ")\n");
    row("photo with a credit and no caption", "![x](media:" SHA " \"&#10;Photo: PA\")\n",
        "![x](media:" SHA " \"&#10;Photo: PA\")\n");
    row("lead photo first", "![Lead](media:" SHA "#lead \"The scene\")\n\nBody text.\n",
        "![Lead](media:" SHA "#lead \"The scene\")\n\nBody text.\n");
    row("lead photo alone", "![Lead](media:" SHA "#lead)\n", "![Lead](media:" SHA "#lead)\n");
    row("photo title with quotes and markup",
        "![*not* \\[bold\\]](media:" SHA " \"She said \\\"no\\\" \\& left&#10;- 1. Photo: # A\")\n",
        "![not \\[bold\\]](media:" SHA " \"She said \\\"no\\\" \\& left&#10;- 1. Photo: # A\")\n",
        false);
    row("photo inside a paragraph", "Before ![x](media:" SHA ") after\n",
        "Before ![x](media:" SHA ") after\n");
    row("photo in a list item", "- ![x](media:" SHA ")\n- two\n", "- ![x](media:" SHA ")\n- two\n");
    row("two photos in a row", "![a](media:" SHA ")\n\n![b](media:" SHA ")\n",
        "![a](media:" SHA ")\n\n![b](media:" SHA ")\n");
    row("image from elsewhere stays a link", "![chart](http://example.com/c.png)\n",
        "[chart](http://example.com/c.png)\n", false);
    row("media image with a bad hash stays a link", "![x](media:abc)\n", "[x](media:abc)\n", false);
#undef SHA
}

void TestMarkdown::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, sameHtml);

    const QString once = normalized(input);
    QCOMPARE(once, expected);
    QCOMPARE(normalized(once), once);
    if (sameHtml)
        QCOMPARE(CommonMark::toHtml(once), CommonMark::toHtml(input));
}

void TestMarkdown::editorFormatsWriteAsMarkdown()
{
    // What the toolbar produces is what the writer writes.
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Reaction"));
    bodyformat::setHeading(cursor, 2);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    bodyformat::setHeading(cursor, 0);
    cursor.insertText(QStringLiteral("The mayor said "));
    bodyformat::setBold(cursor, true);
    cursor.insertText(QStringLiteral("no"));
    bodyformat::setBold(cursor, false);
    cursor.insertText(QStringLiteral(". "));
    const int linkStart = cursor.position();
    cursor.insertText(QStringLiteral("Minutes"));
    cursor.setPosition(linkStart, QTextCursor::KeepAnchor);
    bodyformat::setLink(cursor, QStringLiteral("https://example.org/minutes"));
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(QStringLiteral("A quoted line"));
    bodyformat::setQuoteLevel(cursor, 1);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    bodyformat::setQuoteLevel(cursor, 0);
    cursor.insertText(QStringLiteral("first point"));
    bodyformat::toggleList(cursor, QTextListFormat::ListDisc);
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("second point"));
    cursor.insertBlock();
    bodyformat::toggleList(cursor, QTextListFormat::ListDisc); // leaves the list
    cursor.insertText(QStringLiteral("Underlined text is not news semantics."));
    QTextCharFormat underline;
    underline.setFontUnderline(true);
    cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(underline);

    QCOMPARE(MarkdownWriter::write(&document),
             QStringLiteral(
                 "## Reaction\n\nThe mayor said **no**. [Minutes](https://example.org/minutes)\n\n"
                 "> A quoted line\n\n- first point\n- second point\n\n"
                 "Underlined text is not news semantics.\n"));
}

void TestMarkdown::literalTextSurvives_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("stars and underscores") << QStringLiteral("5 * 3 and _private_ and **x**");
    QTest::newRow("list-like number") << QStringLiteral("1. not a list");
    QTest::newRow("hash at start") << QStringLiteral("# not a heading");
    QTest::newRow("quote mark at start") << QStringLiteral("> not a quote");
    QTest::newRow("html-like") << QStringLiteral("<script>alert(1)</script> & <b>");
    QTest::newRow("brackets") << QStringLiteral("[not](a link) and ![no](image)");
    QTest::newRow("backticks and tildes")
        << QStringLiteral("`code` and ~~strike~~ and \\ backslash");
    QTest::newRow("entities") << QStringLiteral("&amp; &#169; &copy; AT&T");
    QTest::newRow("dash and plus") << QStringLiteral("- dash");
    QTest::newRow("plus at start") << QStringLiteral("+ plus");
    QTest::newRow("equals underline") << QStringLiteral("===");
    QTest::newRow("typographic") << QStringLiteral("‘Yes,’ said O’Brien — “really”.");
}

void TestMarkdown::literalTextSurvives()
{
    // Plain text typed into the editor comes back as the same plain text.
    QFETCH(QString, text);
    QTextDocument typed;
    QTextCursor(&typed).insertText(text);
    const QString markdown = MarkdownWriter::write(&typed);
    QTextDocument read;
    MarkdownReader::read(markdown, &read);
    QCOMPARE(read.toPlainText(), text);
    QCOMPARE(read.blockCount(), 1);
    QVERIFY2(!read.begin().textList(), qPrintable(markdown));
    QCOMPARE(read.begin().blockFormat().headingLevel(), 0);
}

void TestMarkdown::emphasisNextToPunctuationStaysEmphasis()
{
    // Bold that ends on a quote mark before a letter cannot close in CommonMark; the writer moves
    // the quote mark outside rather than losing the bold.
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("said"));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(QStringLiteral("“no”"), bold);
    cursor.insertText(QStringLiteral("again"), QTextCharFormat());
    const QString markdown = MarkdownWriter::write(&document);
    QVERIFY2(CommonMark::toHtml(markdown).contains(QStringLiteral("<strong>")),
             qPrintable(markdown));
    QTextDocument read;
    MarkdownReader::read(markdown, &read);
    QCOMPARE(read.toPlainText(), QStringLiteral("said“no”again"));
}

void TestMarkdown::documentStructureFromMarkdown()
{
    QTextDocument document;
    MarkdownReader::read(QStringLiteral("## Head\n\n> quote\n\n- a\n  - b\n"), &document);
    QTextBlock block = document.begin();
    QCOMPARE(bodyformat::headingLevel(block), 2);
    block = block.next();
    QCOMPARE(bodyformat::quoteLevel(block), 1);
    block = block.next();
    QVERIFY(block.textList());
    QCOMPARE(block.textList()->format().indent(), 1);
    block = block.next();
    QVERIFY(block.textList());
    QCOMPARE(block.textList()->format().indent(), 2);
}

QTEST_MAIN(TestMarkdown)
void TestMarkdown::plainParagraphsWriteAsTheirDocumentDoes()
{
    // fromParagraphs writes plain paragraphs directly (an import does not build a document per
    // file); it must give what write() gives for the same paragraphs in a document, whatever
    // the text: markup characters, line and paragraph breaks, tabs, spaces at the ends,
    // entities, other scripts.
    const QString alphabet = QStringLiteral(
        "ab xy 12 *_`#>-+=.!?[](){}<>&;:\\'\"~|^%$@  \t\n\r\u2028\u2029\ufdd0\ufffc"
        "é中’—…\u00a0");
    std::mt19937 random(20261129);
    auto pick = [&](int n) {
        return int(random() % unsigned(n));
    };
    for (int round = 0; round < 3000; ++round) {
        QStringList paragraphs;
        for (int p = pick(4) + 1; p > 0; --p) {
            QString text;
            for (int c = pick(24); c > 0; --c)
                text += alphabet.at(pick(int(alphabet.size())));
            paragraphs << text;
        }
        QTextDocument document;
        QTextCursor cursor(&document);
        for (int i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cursor.insertText(paragraphs[i]);
        }
        const QString expected = MarkdownWriter::write(&document);
        const QString direct = MarkdownWriter::fromParagraphs(paragraphs);
        if (direct != expected)
            QFAIL(
                qPrintable(QStringLiteral("paragraphs %1\nwrite():          %2\nfromParagraphs: %3")
                               .arg(paragraphs.join(QStringLiteral(" | ")).toHtmlEscaped(),
                                    expected.toHtmlEscaped(), direct.toHtmlEscaped())));
    }
}

#include "tst_markdown.moc"
