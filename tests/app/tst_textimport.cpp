// Reading .txt and .md files: UTF-8 checked with the place of the first bad byte, paragraphs
// kept, every character surviving.

#include "app/body/markdownreader.h"
#include "app/body/textlimits.h"
#include "app/body/textstats.h"
#include "app/import/textimport.h"

#include <QTest>
#include <QTextDocument>

using namespace copydesk::app;
using copydesk::Error;

class TestTextImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidUtf8IsPlaced_data();
    void invalidUtf8IsPlaced();
    void byteOrderMarkIsDropped();
    void plainTextHeadlineAndParagraphs();
    void plainTextWithoutBlankLines();
    void plainTextCharactersSurvive();
    void markdownHeadline_data();
    void markdownHeadline();
    void wordCounts_data();
    void wordCounts();
    void controlCharactersAreCleaned_data();
    void controlCharactersAreCleaned();
    void slugs_data();
    void slugs();
};

void TestTextImport::invalidUtf8IsPlaced_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::newRow("latin-1 e-acute on line 2") << QByteArray("Headline\nCaf\xe9 society\n")
                                               << QStringLiteral("line 2, column 4 (byte 13)");
    QTest::newRow("truncated sequence at end")
        << QByteArray("Ends badly \xe2\x80") << QStringLiteral("line 1, column 12");
    QTest::newRow("overlong slash")
        << QByteArray("a\xc0\xaf") << QStringLiteral("line 1, column 2");
    QTest::newRow("surrogate half")
        << QByteArray("x\xed\xa0\x80") << QStringLiteral("line 1, column 2");
    QTest::newRow("windows-1252 quote")
        << QByteArray("\x93Quote\x94") << QStringLiteral("line 1, column 1 (byte 1)");
}

void TestTextImport::invalidUtf8IsPlaced()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const auto result = TextImport::decodeUtf8(bytes, QStringLiteral("story.txt"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().startsWith(QStringLiteral("story.txt is not UTF-8")),
             qPrintable(result.errorString()));
    QVERIFY2(result.errorString().contains(where), qPrintable(result.errorString()));
}

void TestTextImport::byteOrderMarkIsDropped()
{
    QCOMPARE(
        TextImport::decodeUtf8(QByteArray("\xef\xbb\xbfHi ‘there’"), QStringLiteral("x")).value(),
        QStringLiteral("Hi ‘there’"));
    // Found by tests/fuzz/fuzz_textimport: only the first mark is the byte order mark; a second
    // is a character of the text (U+FEFF) and survives like every other.
    QCOMPARE(TextImport::decodeUtf8(QByteArray("\xef\xbb\xbf\xef\xbb\xbfHi"), QStringLiteral("x"))
                 .value(),
             QString(QChar(0xfeff)) + QStringLiteral("Hi"));
}

void TestTextImport::plainTextHeadlineAndParagraphs()
{
    const ImportedText t = TextImport::fromPlainText(
        QStringLiteral("\n\n  Council budget row deepens  \n\nFirst paragraph\ncontinues "
                       "here.\n\nSecond paragraph.\n"));
    QCOMPARE(t.headline, QStringLiteral("Council budget row deepens"));
    QCOMPARE(t.body, QStringLiteral("First paragraph continues here.\n\nSecond paragraph.\n"));
}

void TestTextImport::plainTextWithoutBlankLines()
{
    const ImportedText t
        = TextImport::fromPlainText(QStringLiteral("Headline\r\nOne.\r\nTwo.\r\n"));
    QCOMPARE(t.headline, QStringLiteral("Headline"));
    QCOMPARE(t.body, QStringLiteral("One.\n\nTwo.\n"));
}

void TestTextImport::plainTextCharactersSurvive()
{
    const QStringList paragraphs = {
        QStringLiteral("‘I will not resign,’ said the minister’s aide. “Never.”"),
        QStringLiteral("1. This is not a list; # nor a heading; > nor a quote."),
        QStringLiteral(
            "Prices: 5 * 3 = 15, a_b_c, <b>bold?</b> & AT&T &amp; [x](y) `code` ~~no~~ \\ done"),
        QStringLiteral("서울 · القاهرة · Αθήνα · Zelenskyy · Ørsted"),
        QStringLiteral("- not a bullet"),
    };
    const ImportedText t = TextImport::fromPlainText(QStringLiteral("Headline\n\n")
                                                     + paragraphs.join(QStringLiteral("\n\n")));
    QTextDocument read;
    MarkdownReader::read(t.body, &read);
    QCOMPARE(read.toPlainText(), paragraphs.join(QLatin1Char('\n')));
    QCOMPARE(read.blockCount(), paragraphs.size());
    // Text that needs no escape is stored exactly as written.
    QVERIFY(t.body.startsWith(paragraphs.first() + QStringLiteral("\n\n")));
}

void TestTextImport::markdownHeadline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("body");
    QTest::newRow("atx heading") << QStringLiteral("# Council *budget* row\n\nText.\n")
                                 << QStringLiteral("Council budget row")
                                 << QStringLiteral("Text.\n");
    QTest::newRow("setext heading") << QStringLiteral("Council row\n===\n\nText.\n")
                                    << QStringLiteral("Council row") << QStringLiteral("Text.\n");
    QTest::newRow("first line") << QStringLiteral("Just a line\n\n- a\n- b\n")
                                << QStringLiteral("Just a line") << QStringLiteral("- a\n- b\n");
    QTest::newRow("closing hashes") << QStringLiteral("## Title ##\nBody\n")
                                    << QStringLiteral("Title") << QStringLiteral("Body\n");
}

void TestTextImport::markdownHeadline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, headline);
    QFETCH(QString, body);
    const ImportedText t = TextImport::fromMarkdown(markdown);
    QCOMPARE(t.headline, headline);
    QCOMPARE(t.body, body);
}

void TestTextImport::wordCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::newRow("apostrophes keep words whole")
        << QStringLiteral("The minister’s aide didn't go") << 5;
    QTest::newRow("hyphenated compound") << QStringLiteral("a well-known fact") << 3;
    QTest::newRow("quotes are not words") << QStringLiteral("‘Yes,’ she said — “no”.") << 4;
    QTest::newRow("decimal numbers are one word")
        << QStringLiteral("£4.2m for 12 bays, 1,500 seats") << 6;
    QTest::newRow("empty") << QString() << 0;
}

void TestTextImport::wordCounts()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(textstats::wordCount(text), words);
}

void TestTextImport::slugs_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << QStringLiteral("Council budget row deepens")
                           << QStringLiteral("council-budget-row-deepens");
    QTest::newRow("accents dropped") << QStringLiteral("Café Zürich: Ørsted’s plan")
                                     << QStringLiteral("cafe-zurich-rsteds-plan");
    QTest::newRow("punctuation collapses")
        << QStringLiteral("‘No!’ — says £4.2m man") << QStringLiteral("no-says-4-2m-man");
    QTest::newRow("nothing latin") << QStringLiteral("서울") << QStringLiteral("article");
}

void TestTextImport::slugs()
{
    QFETCH(QString, headline);
    QFETCH(QString, slug);
    QCOMPARE(textstats::slugify(headline), slug);
}

void TestTextImport::controlCharactersAreCleaned_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cleaned");
    QTest::newRow("tab and newline stay") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("C0 controls go") << QString::fromLatin1("a\x01\x02\x1b"
                                                           "b")
            + QChar(0)
            + QStringLiteral("c") << QStringLiteral("abc");
    QTest::newRow("DEL and C1 go")
        << QStringLiteral("x\u007fy\u0085z\u009f") << QStringLiteral("xyz");
    QTest::newRow("CR LF and CR become LF")
        << QStringLiteral("a\r\nb\rc") << QStringLiteral("a\nb\nc");
    QTest::newRow("quotes and names survive") << QStringLiteral("‘Ça va’, said Łukasz — 中文")
                                              << QStringLiteral("‘Ça va’, said Łukasz — 中文");
}

void TestTextImport::controlCharactersAreCleaned()
{
    QFETCH(QString, text);
    QFETCH(QString, cleaned);
    QCOMPARE(TextLimits::clean(text), cleaned);
}

QTEST_MAIN(TestTextImport)
#include "tst_textimport.moc"
