// Find and replace in an article's body (issue 15): quotes alike unless asked, whole words,
// case, regular expressions with their groups in the replacement, and replace all as one undo
// step.

#include "app/body/findreplace.h"

#include <QTest>
#include <QTextDocument>

using namespace copydesk;

class TestFindReplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAndReplaceAll_data();
    void findAndReplaceAll();
    void brokenExpressionsAreRefused_data();
    void brokenExpressionsAreRefused();
    void replaceAllIsOneUndoStepAndKeepsFormats();
};

void TestFindReplace::findAndReplaceAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>(
        "options"); // c: match case, w: whole words, r: regex, q: exact quotes
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("replaced");
    auto row = [](const char *name, const char *text, const char *find, const char *options,
                  const QStringList &found, const char *with, const char *replaced) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(find)
                            << QString::fromLatin1(options) << found << QString::fromUtf8(with)
                            << QString::fromUtf8(replaced);
    };
    row("any case", "The Council and the council", "council", "", { "Council", "council" }, "board",
        "The board and the board");
    row("match case", "The Council and the council", "council", "c", { "council" }, "board",
        "The Council and the board");
    row("whole words", "cat concatenate cat.", "cat", "w", { "cat", "cat" }, "dog",
        "dog concatenate dog.");
    row("part of words without whole words", "cat concatenate", "cat", "", { "cat", "cat" }, "x",
        "x conxenate");
    row("a straight apostrophe finds a typographic one", "don’t and don't", "don't", "",
        { "don’t", "don't" }, "do not", "do not and do not");
    row("exact quotes tell them apart", "don’t and don't", "don't", "q", { "don't" }, "do not",
        "don’t and do not");
    row("double quotes alike", "“Yes” she said", "\"Yes\"", "", { "“Yes”" }, "yes", "yes she said");
    row("whole words beside a possessive", "Kiev’s mayor in Kiev", "Kiev", "w", { "Kiev", "Kiev" },
        "Kyiv", "Kyiv’s mayor in Kyiv");
    row("a phrase across a no-break space", "40 per\u00A0cent", "per cent", "", { "per\u00A0cent" },
        "percent", "40 percent");
    row("regex groups with backslashes", "Smith, John and Doe, Jane", "(\\w+), (\\w+)", "r",
        { "Smith, John", "Doe, Jane" }, "\\2 \\1", "John Smith and Jane Doe");
    row("regex groups with dollars", "Smith, John", "(\\w+), (\\w+)", "r", { "Smith, John" },
        "$2 $1", "John Smith");
    row("a literal dollar and backslash", "costs 5", "(\\d+)", "r", { "5" }, "$$\\1\\\\",
        "costs $5\\");
    row("the whole match as group 0", "tory", "tor(y)", "r", { "tory" }, "[\\0]", "[tory]");
    row("a replacement is literal without regex", "a.b", ".", "", { "." }, "$1", "a$1b");
    row("a regex dot is any character", "a.b", ".", "r", { "a", ".", "b" }, "-", "---");
    row("an empty match is never a match", "abc", "x*", "r", {}, "y", "abc");
    row("nothing across paragraphs", "one\ntwo", "one two", "", {}, "x", "one\ntwo");
    row("regex case", "Ab ab", "ab", "rc", { "ab" }, "X", "Ab X");
}

void TestFindReplace::findAndReplaceAll()
{
    QFETCH(QString, text);
    QFETCH(QString, find);
    QFETCH(QString, options);
    QFETCH(QStringList, found);
    QFETCH(QString, with);
    QFETCH(QString, replaced);
    app::FindOptions o;
    o.matchCase = options.contains(u'c');
    o.wholeWords = options.contains(u'w');
    o.regularExpression = options.contains(u'r');
    o.exactQuotes = options.contains(u'q');
    const auto pattern = app::FindReplace::pattern(find, o);
    QVERIFY2(pattern.ok(), qPrintable(pattern.errorString()));
    QTextDocument document;
    document.setPlainText(text);
    QStringList got;
    for (const app::FindMatch &m : app::FindReplace::findAll(&document, *pattern))
        got << text.mid(m.position, m.length);
    QCOMPARE(got, found);
    QCOMPARE(app::FindReplace::replaceAll(&document, *pattern, with, o.regularExpression),
             int(found.size()));
    QCOMPARE(document.toPlainText(), replaced);
}

void TestFindReplace::brokenExpressionsAreRefused_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("why");
    QTest::newRow("an open group") << "(council" << true << "at character";
    QTest::newRow("nothing to find") << "" << false << "nothing to find";
    QTest::newRow("a bracket is literal without regex") << "(council" << false << "";
}

void TestFindReplace::brokenExpressionsAreRefused()
{
    QFETCH(QString, find);
    QFETCH(bool, regex);
    QFETCH(QString, why);
    app::FindOptions o;
    o.regularExpression = regex;
    const auto pattern = app::FindReplace::pattern(find, o);
    if (why.isEmpty()) {
        QVERIFY(pattern.ok());
        return;
    }
    QVERIFY(!pattern.ok());
    QCOMPARE(pattern.error().kind, Error::Kind::Invalid);
    QVERIFY2(pattern.errorString().contains(why), qPrintable(pattern.errorString()));
}

void TestFindReplace::replaceAllIsOneUndoStepAndKeepsFormats()
{
    QTextDocument document;
    document.setMarkdown(QStringLiteral("The **council** met.\n\nThe council voted.\n"));
    document.clearUndoRedoStacks();
    const QString before = document.toPlainText();
    const auto pattern = app::FindReplace::pattern(QStringLiteral("council"), {});
    QCOMPARE(app::FindReplace::replaceAll(&document, *pattern, QStringLiteral("board"), false), 2);
    QVERIFY2(document.toMarkdown().contains(QStringLiteral("**board**")),
             qPrintable(document.toMarkdown()));
    document.undo();
    QCOMPARE(document.toPlainText(), before);
    QVERIFY(!document.isUndoAvailable());
}

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
