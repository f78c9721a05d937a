// Spelling and house style on news copy: the tokenizer case by case, no false alarms on
// quotations, real mistakes caught with their corrections, the newsroom's own words, the style
// checks, dictionaries in other encodings, and Hunspell's own command line as the reference.

#include "app/newsroom.h"
#include "app/spelling/checker.h"
#include "app/spelling/dictionaries.h"
#include "app/spelling/speller.h"
#include "app/spelling/tokenizer.h"
#include "tests/support/newsroomfixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;
using app::Token;

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ignoringAWordNeedsTheRightToChangeTheArticle();

    void tokenizer_data();
    void tokenizer();
    void maskedTextIsNotChecked();
    void allCapsCanBeChecked();
    void quotationsRaiseNoFalseAlarms();
    void misspeltPlaceNameIsCaughtWithItsCorrection();
    void repeatedWordAcrossAQuotationMark();
    void compoundsAreCheckedByTheirParts();
    void otherScriptsAreNotFlagged();
    void styleChecks_data();
    void styleChecks();
    void eachKindCanBeSwitchedOff();
    void lookupsAreCachedPerWord();
    void houseAndPersonalWordsStopBeingFlagged();
    void starterHouseDictionaryIsLoaded();
    void latin1DictionaryIsRead();
    void unreadableEncodingIsRefused();
    void dictionariesAreFoundOnTheSearchPath();
    void hunspellIsTheReference();

private:
    std::shared_ptr<app::Speller> m_english;
};

void TestSpelling::initTestCase()
{
    const auto speller = app::Speller::forLanguage(QStringLiteral("en_GB"));
    QVERIFY2(speller.ok(), qPrintable(speller.errorString())); // the CI machine has it: never skip
    m_english = *speller;
}

void TestSpelling::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words"); // the tokens to spell-check
    QTest::addColumn<QStringList>("skipped"); // the tokens recognised and not spell-checked
    auto row = [](const char *name, const char *text, const QStringList &words,
                  const QStringList &skipped = {}) {
        QTest::newRow(name) << QString::fromUtf8(text) << words << skipped;
    };
    row("typographic apostrophe inside a word", "the minister’s aide",
        { "the", "minister’s", "aide" });
    row("straight apostrophe inside a word", "don't go", { "don't", "go" });
    row("contraction with typographic apostrophe", "don’t go", { "don’t", "go" });
    row("single quotes around a word", "‘resign’ now", { "resign", "now" });
    row("closing quote after a word", "was delayed’ again", { "was", "delayed", "again" });
    row("double quotes around words", "“We will” not", { "We", "will", "not" });
    row("straight quotes around a word", "'resign' and \"go\"", { "resign", "and", "go" });
    row("plural possessive", "the students’ union", { "the", "students", "union" });
    row("hyphenated compound stays whole", "a well-known face", { "a", "well-known", "face" });
    row("numbers", "12 bays cost 4.2m or 1,500", { "bays", "cost", "or" },
        { "12", "4", "2m", "1", "500" });
    row("number with letters", "COVID-19 at 6am", { "at" }, { "COVID-19", "6am" });
    row("ordinals", "the 1st and 22nd time", { "the", "and", "time" }, { "1st", "22nd" });
    row("initials", "J. K. Rowling and J.R.R. Tolkien", { "Rowling", "and", "Tolkien" },
        { "J", "K", "J", "R", "R" });
    row("url", "see https://example.org/a-b?c=d, then", { "see", "then" },
        { "https://example.org/a-b?c=d" });
    row("www address", "at www.example.co.uk.", { "at" }, { "www.example.co.uk" });
    row("email", "write to news@copydesk.example today", { "write", "to", "today" },
        { "news@copydesk.example" });
    row("handle", "follow @copydesk_news now", { "follow", "now" }, { "@copydesk_news" });
    row("all-caps abbreviation", "the NATO summit and BBC", { "the", "summit", "and" },
        { "NATO", "BBC" });
    row("accented words", "café naïve façade", { "café", "naïve", "façade" });
    row("identifier with an underscore", "the id wp_35pmrq here", { "the", "id", "here" },
        { "wp_35pmrq" });
    row("unix path", "in /home/editor/wp-includes today", { "in", "today" },
        { "/home/editor/wp-includes" });
    row("path with an ellipsis", "in /home/…/wp-includes.", { "in" }, { "/home/…/wp-includes" });
    row("relative path", "under wp-content/uploads/2019 now", { "under", "now" },
        { "wp-content/uploads/2019" });
    row("windows path", "open C:\\Users\\Ana\\notes.txt now", { "open", "now" },
        { "C:\\Users\\Ana\\notes.txt" });
    row("a slash between words", "either/or", {}, { "either/or" });
    row("a lone slash is punctuation", "this / that", { "this", "that" });
    row("underscores for emphasis are not an identifier", "_Kiev_ said", { "Kiev", "said" });
}

void TestSpelling::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, skipped);
    QStringList gotWords;
    QStringList gotSkipped;
    for (const Token &t : app::Tokenizer::tokenize(text)) {
        QCOMPARE(text.mid(t.start, t.length), t.text);
        (t.kind == Token::Kind::Word ? gotWords : gotSkipped) << t.text;
    }
    QCOMPARE(gotWords, words);
    QCOMPARE(gotSkipped, skipped);
}

void TestSpelling::maskedTextIsNotChecked()
{
    // Text inside a link or code is not checked.
    const QString text = QStringLiteral("Read the reprot in `grepp -r` now");
    QList<bool> masked(text.size(), false);
    for (int i = 9; i < 15; ++i)
        masked[i] = true; // "reprot", a link's text
    app::Checker checker(m_english);
    const auto issues = checker.checkLine({ text, masked });
    QStringList words;
    for (const app::Issue &i : issues)
        words << i.word;
    QVERIFY2(!words.contains(QStringLiteral("reprot")), qPrintable(words.join(QLatin1Char(','))));
    // Body code arrives masked from the document.
    const auto lines = app::Checker::linesOf(
        QString(), QString(), QStringLiteral("See [the reprot](https://e.org) and `grepp`.\n"));
    QVERIFY(checker.check(lines).isEmpty());
}

void TestSpelling::allCapsCanBeChecked()
{
    app::CheckOptions options;
    options.skipAllCaps = false;
    app::Checker strict(m_english, {}, options);
    QCOMPARE(strict.checkLine({ QStringLiteral("The XYZQ summit"), {} }).size(), 1);
    app::Checker relaxed(m_english);
    QCOMPARE(relaxed.checkLine({ QStringLiteral("The XYZQ summit"), {} }).size(), 0);
}

void TestSpelling::quotationsRaiseNoFalseAlarms()
{
    const QString paragraph = QStringLiteral(
        "‘I will not resign,’ the minister told reporters on Tuesday. ‘The council’s decision was "
        "delayed,’ she added, ‘and I won’t apologise for asking questions.’ Her aide said: “We’re "
        "confident.” Critics called the plan ‘reckless’; others said it was “long overdue”. The "
        "students’ union, which represents 30,000 members, said it would ‘look closely’ at the "
        "proposals. It’s the third time since the 1990s that they’ve done so.");
    app::Checker checker(m_english);
    const auto issues = checker.check({ { paragraph, {} } });
    QStringList found;
    for (const app::Issue &i : issues)
        found << i.kind + QLatin1Char(':') + i.word;
    QVERIFY2(issues.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

void TestSpelling::misspeltPlaceNameIsCaughtWithItsCorrection()
{
    app::Checker checker(m_english);
    auto issues = checker.check(
        { { QStringLiteral("Protesters gathered in Edinbrugh on Saturday."), {} } });
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().word, QStringLiteral("Edinbrugh"));
    QCOMPARE(issues.first().kind, QStringLiteral("spelling"));
    QCOMPARE(issues.first().column, 24);
    checker.addSuggestions(issues);
    QVERIFY2(issues.first().suggestions.contains(QStringLiteral("Edinburgh")),
             qPrintable(issues.first().suggestions.join(QLatin1Char(','))));
    QVERIFY(issues.first().suggestions.size() <= 5);
}

void TestSpelling::repeatedWordAcrossAQuotationMark()
{
    app::Checker checker(m_english);
    const auto issues
        = checker.checkLine({ QStringLiteral("The leader said ‘said that it was over."), {} });
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().kind, QStringLiteral("repeated-word"));
    QCOMPARE(issues.first().column, 18);
    // Across a full stop it is a new sentence, not a slip.
    QVERIFY(
        checker.checkLine({ QStringLiteral("It was bad. Bad enough to resign."), {} }).isEmpty());
    QCOMPARE(checker.checkLine({ QStringLiteral("It was the the end, “over over”."), {} }).size(),
             2);
}

void TestSpelling::compoundsAreCheckedByTheirParts()
{
    app::Checker checker(m_english);
    QVERIFY(checker.checkLine({ QStringLiteral("a well-known, long-serving councillor"), {} })
                .isEmpty());
    const auto issues = checker.checkLine({ QStringLiteral("a well-knwon face"), {} });
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().word, QStringLiteral("knwon"));
    QCOMPARE(issues.first().column, 8);
}

void TestSpelling::otherScriptsAreNotFlagged()
{
    app::Checker checker(m_english);
    QVERIFY(checker.checkLine({ QStringLiteral("The map labels 서울 and القاهرة and Αθήνα."), {} })
                .isEmpty());
}

void TestSpelling::styleChecks_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("word");
    QTest::newRow("double space") << QStringList { QStringLiteral(
        "The council met.  Then it voted.") }
                                  << QStringLiteral("double-space") << QStringLiteral("  ");
    QString longSentence = QStringLiteral("The");
    for (int i = 0; i < 40; ++i)
        longSentence += QStringLiteral(" word");
    QTest::newRow("sentence over 40 words")
        << QStringList { longSentence + QStringLiteral(". Short one.") }
        << QStringLiteral("long-sentence") << QStringLiteral("The word word word…");
    QTest::newRow("name spelt two ways")
        << QStringList { QStringLiteral("Zelenskyy met the press."),
                         QStringLiteral("Later Zelenskyy and Zelensky spoke.") }
        << QStringLiteral("name-spelling") << QStringLiteral("Zelensky");
    QTest::newRow("straight quote among typographic ones")
        << QStringList { QStringLiteral("‘Yes,’ she said."), QStringLiteral("He said \"no\".") }
        << QStringLiteral("mixed-quotes") << QStringLiteral("\"");
}

void TestSpelling::styleChecks()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, kind);
    QFETCH(QString, word);
    QList<app::CheckLine> checkLines;
    for (const QString &line : lines)
        checkLines.append({ line, {} });
    app::Checker checker(m_english, { QStringLiteral("Zelenskyy") });
    const auto issues = checker.check(checkLines);
    QStringList found;
    bool seen = false;
    for (const app::Issue &i : issues) {
        found << i.kind + QLatin1Char(':') + i.word;
        seen = seen || (i.kind == kind && i.word == word);
    }
    QVERIFY2(seen, qPrintable(found.join(QStringLiteral(" | "))));
}

void TestSpelling::eachKindCanBeSwitchedOff()
{
    const QList<app::CheckLine> lines
        = { { QStringLiteral("The the Edinbrugh  council said \"yes\" and ‘no’."), {} } };
    app::Checker all(m_english);
    QSet<QString> kinds;
    for (const app::Issue &i : all.check(lines))
        kinds.insert(i.kind);
    QCOMPARE(kinds,
             QSet<QString>({ QStringLiteral("spelling"), QStringLiteral("repeated-word"),
                             QStringLiteral("double-space"), QStringLiteral("mixed-quotes") }));
    for (const QString &kind : std::as_const(kinds)) {
        app::CheckOptions options;
        options.disabled.insert(kind);
        app::Checker without(m_english, {}, options);
        for (const app::Issue &i : without.check(lines))
            QVERIFY2(i.kind != kind, qPrintable(kind));
    }
}

void TestSpelling::lookupsAreCachedPerWord()
{
    auto own = app::Speller::load(*app::Dictionaries::find(QStringLiteral("en_GB")));
    QVERIFY(own.ok());
    app::Checker checker(*own);
    checker.checkLine({ QStringLiteral("council council council budget"), {} });
    const int first = (*own)->engineLookups();
    QCOMPARE(first, 2);
    checker.checkLine({ QStringLiteral("budget council"), {} });
    QCOMPARE((*own)->engineLookups(), first);
}

void TestSpelling::ignoringAWordNeedsTheRightToChangeTheArticle()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor other = fx.hire(QStringLiteral("sam"), QStringLiteral("contributor"));
    const db::Article article
        = fx.draft(writer, QStringLiteral("Yonsei students"), QStringLiteral("Yonsei met.\n"));
    // Another contributor cannot hide the issues of someone else's article.
    const auto refused = fx->spelling().ignoreWord(other, article.id, QStringLiteral("Yonsei"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::NotPermitted);
    QVERIFY(fx->spelling().ignoreWord(writer, article.id, QStringLiteral("Yonsei")).ok());
    QVERIFY(fx->spelling().ignoreWord(fx.chief(), article.id, QStringLiteral("Okonjo")).ok());
}

void TestSpelling::houseAndPersonalWordsStopBeingFlagged()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    app::Newsroom &newsroom = fx.newsroom();
    const app::Actor editor = fx.chief();
    test::NewsroomFixture::Hire who;
    who.username = QStringLiteral("ji");
    who.title = QStringLiteral("Contributor");
    who.term.clear();
    const app::Actor contributor = fx.hire(who);

    const QList<app::CheckLine> text
        = { { QStringLiteral("Yonsei students met Cllr Okonjo."), {} } };
    auto count = [&](const app::Actor &who) {
        const auto checker = newsroom.spelling().checkerFor(who, QStringLiteral("en_GB"));
        return checker ? int((*checker)->check(text).size()) : -1;
    };
    QCOMPARE(count(contributor), 2); // Yonsei, Okonjo (Cllr is in the starter house dictionary)
    // A contributor may not change the house dictionary, only their own.
    const auto refused = newsroom.spelling().addWord(contributor, QStringLiteral("Yonsei"),
                                                     QStringLiteral("en_GB"), true);
    QCOMPARE(refused.error().kind, Error::Kind::NotPermitted);
    QVERIFY(newsroom.spelling()
                .addWord(contributor, QStringLiteral("Okonjo"), QStringLiteral("en_GB"), false)
                .ok());
    QCOMPARE(count(contributor), 1);
    QCOMPARE(count(editor), 2); // personal words are personal
    QVERIFY(newsroom.spelling()
                .addWord(editor, QStringLiteral("Yonsei"), QStringLiteral("en_GB"), true)
                .ok());
    QCOMPARE(count(contributor), 0);
    QCOMPARE(count(editor), 1);
    // Ignored in one article only.
    db::Article article;
    article.headline = QStringLiteral("Okonjo");
    const auto created = newsroom.archive().createArticle(article, editor);
    QVERIFY(newsroom.spelling().ignoreWord(editor, created->id, QStringLiteral("Okonjo")).ok());
    QCOMPARE(int(newsroom.spelling()
                     .checkerFor(editor, QStringLiteral("en_GB"), created->id)
                     .value()
                     ->check(text)
                     .size()),
             0);
    QVERIFY(newsroom.spelling()
                .removeWord(editor, QStringLiteral("Yonsei"), QStringLiteral("en_GB"), true)
                .ok());
    QCOMPARE(count(contributor), 1);
}

void TestSpelling::starterHouseDictionaryIsLoaded()
{
    QTemporaryDir dir;
    app::Newsroom newsroom;
    QVERIFY(newsroom.open(dir.filePath(QStringLiteral("s.sqlite")),
                          app::Newsroom::OpenMode::CreateIfMissing));
    const auto house = newsroom.spelling().words(QStringLiteral("en_GB"), 0).value();
    QVERIFY(house.contains(QStringLiteral("deplatform")));
    QVERIFY(house.contains(QStringLiteral("standfirst")));
    QVERIFY(!m_english->isCorrect(QStringLiteral("deplatform"))); // Hunspell lacks it
    const auto checker = newsroom.spelling().checkerFor({}, QStringLiteral("en_GB")).value();
    QVERIFY(checker->check({ { QStringLiteral("Platforms moved to deplatform the account."), {} } })
                .isEmpty());
    // Seeded once: a word the newsroom removed does not come back.
    newsroom.close();
    QVERIFY(newsroom.open(dir.filePath(QStringLiteral("s.sqlite")),
                          app::Newsroom::OpenMode::MustExist));
    QCOMPARE(newsroom.spelling().words(QStringLiteral("en_GB"), 0)->size(), house.size());
}

void TestSpelling::latin1DictionaryIsRead()
{
    QTemporaryDir dir;
    QFile aff(dir.filePath(QStringLiteral("xx_LA.aff")));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.write("SET ISO8859-1\nTRY esianrtolcdugmphbyfvkwz\n");
    aff.close();
    QFile dic(dir.filePath(QStringLiteral("xx_LA.dic")));
    QVERIFY(dic.open(QIODevice::WriteOnly));
    dic.write("3\ncaf\xe9\nna\xefve\nsoir\xe9\x65\n"); // café, naïve, soirée in Latin-1
    dic.close();
    auto speller = app::Speller::load({ QStringLiteral("xx_LA"), aff.fileName(), dic.fileName() });
    QVERIFY2(speller.ok(), qPrintable(speller.errorString()));
    QCOMPARE((*speller)->encoding(), QStringLiteral("ISO8859-1"));
    QVERIFY((*speller)->isCorrect(QStringLiteral("café")));
    QVERIFY((*speller)->isCorrect(QStringLiteral("naïve")));
    QVERIFY(!(*speller)->isCorrect(QStringLiteral("cafe")));
    QVERIFY(
        !(*speller)->isCorrect(QStringLiteral("Ωmega"))); // not representable: simply not a word
    QVERIFY((*speller)->suggest(QStringLiteral("cafz")).contains(QStringLiteral("café")));
}

void TestSpelling::unreadableEncodingIsRefused()
{
    QTemporaryDir dir;
    QFile aff(dir.filePath(QStringLiteral("ru_XX.aff")));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.write("SET KOI8-R\n");
    aff.close();
    QFile dic(dir.filePath(QStringLiteral("ru_XX.dic")));
    QVERIFY(dic.open(QIODevice::WriteOnly));
    dic.write("1\n\xd3\xcc\xcf\xd7\xcf\n");
    dic.close();
    const auto speller
        = app::Speller::load({ QStringLiteral("ru_XX"), aff.fileName(), dic.fileName() });
    QVERIFY(!speller.ok());
    QVERIFY2(speller.errorString().contains(
                 QStringLiteral("KOI8-R encoding, which Copydesk cannot read")),
             qPrintable(speller.errorString()));
}

void TestSpelling::dictionariesAreFoundOnTheSearchPath()
{
    QTemporaryDir dir;
    for (const char *name : { "zz_ZZ.aff", "zz_ZZ.dic" }) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(name).endsWith("dic") ? "1\nzzword\n" : "SET UTF-8\n");
    }
    // Set for this test only, and unset however it ends (a failed check returns at once).
    qputenv("COPYDESK_DICTIONARY_PATH", dir.path().toLocal8Bit());
    auto unset = qScopeGuard([] { qunsetenv("COPYDESK_DICTIONARY_PATH"); });
    QCOMPARE(app::Dictionaries::searchPaths().first(), dir.path());
    const auto found = app::Dictionaries::find(QStringLiteral("zz_ZZ"));
    unset.dismiss();
    qunsetenv("COPYDESK_DICTIONARY_PATH");
    QVERIFY(found.has_value());
    QCOMPARE(found->dicPath, dir.filePath(QStringLiteral("zz_ZZ.dic")));
    QStringList languages;
    for (const app::DictionaryFiles &f : app::Dictionaries::available())
        languages << f.language;
    QVERIFY(languages.contains(QStringLiteral("en_GB")));
    QVERIFY(languages.contains(QStringLiteral("en_US")));
#if defined(Q_OS_LINUX)
    QVERIFY(app::Dictionaries::searchPaths().contains(QStringLiteral("/usr/share/hunspell")));
#endif
}

void TestSpelling::hunspellIsTheReference()
{
    const QString hunspell = QStandardPaths::findExecutable(QStringLiteral("hunspell"));
    QVERIFY2(!hunspell.isEmpty(), "the hunspell command is installed by packaging/install-deps.sh");
    const QString text = QStringLiteral(
        "‘The councill will not be bullied,’ said Cllr Margaret Ellison, who chairs the transport "
        "committee. “We have recieved more than two hundred letters, and every one of them will be "
        "answered.” Opposition councillors said the cost had risen by a third. The comittee’s "
        "report, which was delayed’ again, blamed steel prices and a redesigned roof for the "
        "overspend. Residents in Eastgate and Thesaloniki Road said they were ‘relieved’ but "
        "wanted answers. The plan was deplatformed by nobody; it was simply definately late.");
    // The reference: Hunspell's own command line on the text without its quote punctuation.
    QString plain = text;
    for (const QChar q : { QChar(u'‘'), QChar(u'“'), QChar(u'”') })
        plain.remove(q);
    plain.replace(QRegularExpression(QStringLiteral("’(?!\\p{L})")),
                  QString()); // closing ’, not apostrophes
    QProcess process;
    process.start(hunspell,
                  { QStringLiteral("-l"), QStringLiteral("-d"), QStringLiteral("en_GB") });
    QVERIFY(process.waitForStarted());
    process.write(plain.toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QSet<QString> reference;
    const auto lines = QString::fromUtf8(process.readAllStandardOutput())
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        reference.insert(line.trimmed());

    QTemporaryDir dir;
    app::Newsroom newsroom;
    QVERIFY(newsroom.open(dir.filePath(QStringLiteral("s.sqlite")),
                          app::Newsroom::OpenMode::CreateIfMissing));
    const auto houseWords = newsroom.spelling().words(QStringLiteral("en_GB"), 0).value();
    for (const QString &word : houseWords)
        reference.remove(word);

    const auto checker = newsroom.spelling().checkerFor({}, QStringLiteral("en_GB")).value();
    QSet<QString> ours;
    for (const app::Issue &i : checker->check({ { text, {} } }))
        if (i.kind == QLatin1String("spelling"))
            ours.insert(i.word);
    QVERIFY(ours.contains(QStringLiteral("councill")));
    QVERIFY(ours.contains(QStringLiteral("definately")));
    QCOMPARE(ours, reference);
}

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
