// The house style guide: how a rule finds the forms to avoid (whole words and phrases, case,
// typographic quotes and possessives, links and code left alone), fixes as one undo step, the
// guide file, the starter guide, and the guide in the store: who changes it, the audit log,
// rules for one section or language, and an article fixed and saved (on both engines).

#include "app/newsroom.h"
#include "app/spelling/housestyle.h"
#include "app/spelling/styleguideservice.h"
#include "app/storecontext.h"
#include "tests/support/newsroomfixture.h"

#include <QTest>
#include <QTextDocument>

using namespace copydesk;

namespace {

db::StyleRule rule(const QString &preferred, const QStringList &avoid, bool caseSensitive = false,
                   const QString &language = {}, const QString &section = {})
{
    db::StyleRule r;
    r.preferred = preferred;
    r.avoid = avoid;
    r.caseSensitive = caseSensitive;
    r.language = language;
    r.section = section;
    return r;
}

// A small guide of the kinds of rule the starter guide has.
app::HouseStyle testGuide()
{
    return app::HouseStyle({
        rule(QStringLiteral("Kyiv"), { QStringLiteral("Kiev") }),
        rule(QStringLiteral("per cent"), { QStringLiteral("percent") }),
        rule(QStringLiteral("website"), { QStringLiteral("web site"), QStringLiteral("web-site") }),
        rule(QStringLiteral("email"), { QStringLiteral("e-mail") }),
        rule(QStringLiteral("Covid"), { QStringLiteral("COVID-19"), QStringLiteral("COVID") },
             true),
        rule(QStringLiteral("the students’ union"), { QStringLiteral("the Student Union") }, true),
        rule(QStringLiteral("Mr"), { QStringLiteral("Mr.") }, true),
        rule(QStringLiteral("while"), { QStringLiteral("whilst") }),
        rule(QStringLiteral("under way"), { QStringLiteral("underway") }),
        rule(QStringLiteral("wifi"), { QStringLiteral("Wi-Fi") }),
        rule(QStringLiteral("smiley"), { QStringLiteral("🙂 face") }),
    });
}

QString fixed(const app::HouseStyle &style, const QString &text)
{
    app::CheckLine line { text, {} };
    style.fixLine(line, 1);
    return line.text;
}

} // namespace

class TestHouseStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data();
    void matching();
    void theIssueNamesThePreferredForm();
    void linksAndCodeAreLeftAlone();
    void applyAllIsOneUndoStep();
    void plainTextKeepsAddressesAndCode();
    void rulesAreChecked_data();
    void rulesAreChecked();
    void languageAndSectionChooseTheRules_data();
    void languageAndSectionChooseTheRules();
    void guideFileRoundTrips();
    void guideFileErrorsNameTheLine();
    void starterGuideIsSoundAndSettles();
    void lengthIsAskedAboutBeyondTenPercent_data();
    void lengthIsAskedAboutBeyondTenPercent();

    // In the store.
    void aNewStoreHasTheStarterGuide();
    void sectionEditorsAndAboveChangeTheGuide();
    void importIsAllOrNothingAndSkipsWhatIsThere();
    void checkerUsesTheRulesOfTheArticlesSection();
    void houseStyleCheckCanBeSwitchedOff();
    void fixingAnArticleSavesANewVersion();
    void aPublishedArticleIsFixedOnlyWithANote();
};

void TestHouseStyle::matching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("a word", "The mayor of Kiev spoke.", "The mayor of Kyiv spoke.");
    row("possessive with a typographic apostrophe", "Kiev’s mayor", "Kyiv’s mayor");
    row("possessive with a straight apostrophe", "Kiev's mayor", "Kyiv's mayor");
    row("inside quotation marks", "“Kiev” was", "“Kyiv” was");
    row("before a hyphen", "a Kiev-based firm", "a Kyiv-based firm");
    row("part of a longer word is left", "Kievan Rus and Kievs", "Kievan Rus and Kievs");
    row("the end of a longer word is left", "NovoKiev and 5percent", "NovoKiev and 5percent");
    row("a phrase at the end of a longer word is left", "a cobweb site on the web",
        "a cobweb site on the web");
    row("whatever the case, when the rule ignores it", "KIEV and kiev", "Kyiv and Kyiv");
    row("a capital at the start of a sentence", "Percent of voters.", "Per cent of voters.");
    row("lower case inside a sentence", "40 percent of voters", "40 per cent of voters");
    row("a phrase", "on the web site today", "on the website today");
    row("a phrase across a no-break space", "on the web\u00A0site", "on the website");
    row("a phrase across two spaces", "on the web  site", "on the website");
    row("the longer form wins", "COVID-19 cases", "Covid cases");
    row("a case-sensitive rule leaves other capitals", "covid and Covid", "covid and Covid");
    row("a case-sensitive rule finds its form", "COVID rules", "Covid rules");
    row("a case-sensitive phrase", "the Student Union met", "the students’ union met");
    row("a case-sensitive phrase in other capitals is left", "the student union met",
        "the student union met");
    row("a form ending in a full stop", "Mr. Smith", "Mr Smith");
    row("several in one line", "Whilst the e-mail said 5 percent",
        "While the email said 5 per cent");
    row("already the preferred form", "Kyiv, per cent, website, Covid",
        "Kyiv, per cent, website, Covid");
    row("a hyphenated form", "the web-site", "the website");
    row("an empty line", "", "");
    row("a form written with a capital keeps none mid-sentence", "the Wi-Fi was down",
        "the wifi was down");
    row("a character outside the BMP", "a 🙂 face here", "a smiley here");
}

void TestHouseStyle::matching()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(fixed(testGuide(), text), expected);
    // Fixing again finds nothing more.
    QVERIFY(testGuide().find({ expected, {} }).isEmpty());
}

void TestHouseStyle::theIssueNamesThePreferredForm()
{
    app::HouseStyle style({ [] {
        db::StyleRule r = rule(QStringLiteral("Kyiv"), { QStringLiteral("Kiev") });
        r.note = QStringLiteral("since 2022");
        return r;
    }() });
    const auto matches = style.find({ QStringLiteral("In Kiev today"), {} });
    QCOMPARE(matches.size(), 1);
    const app::Issue issue = style.issueOf(matches.first(), 7);
    QCOMPARE(issue.kind, QStringLiteral("house-style"));
    QCOMPARE(issue.line, 7);
    QCOMPARE(issue.column, 4);
    QCOMPARE(issue.length, 4);
    QCOMPARE(issue.word, QStringLiteral("Kiev"));
    QCOMPARE(issue.suggestions, QStringList { QStringLiteral("Kyiv") });
    QVERIFY2(issue.message.contains(QStringLiteral("since 2022")), qPrintable(issue.message));

    // A rule stored without the guide's checks (by a server's administrator, say) whose form
    // differs only in capitals: the preferred form itself is never a slip.
    const app::HouseStyle loose({ rule(QStringLiteral("Covid"), { QStringLiteral("covid") }) });
    const auto found = loose.find({ QStringLiteral("Covid and covid"), {} });
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().start, 10);

    // Through the checker, with its other checks.
    app::Checker checker(nullptr);
    checker.setHouseStyle(std::make_shared<app::HouseStyle>(style));
    const auto issues = checker.check({ { QStringLiteral("Kiev"), {} } });
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().kind, QStringLiteral("house-style"));
}

void TestHouseStyle::linksAndCodeAreLeftAlone()
{
    QTextDocument document;
    document.setMarkdown(QStringLiteral(
        "Kiev said [the Kiev office](https://kiev.example/) and `Kiev` in code, then Kiev.\n"));
    const auto fixes = testGuide().fixDocument(&document);
    QCOMPARE(fixes.size(), 2);
    const QString text = document.toPlainText();
    QCOMPARE(text, QStringLiteral("Kyiv said the Kiev office and Kiev in code, then Kyiv."));
}

void TestHouseStyle::applyAllIsOneUndoStep()
{
    QTextDocument document;
    document.setPlainText(
        QStringLiteral("Whilst in Kiev\nan e-mail said 5 percent\nno slips here"));
    const QString before = document.toPlainText();
    const auto fixes = testGuide().fixDocument(&document, 3);
    QCOMPARE(fixes.size(), 4);
    QCOMPARE(fixes.first().line, 3);
    QCOMPARE(fixes.first().from, QStringLiteral("Whilst"));
    QCOMPARE(fixes.last().line, 4);
    QCOMPARE(fixes.last().column, 18);
    QCOMPARE(document.toPlainText(),
             QStringLiteral("While in Kyiv\nan email said 5 per cent\nno slips here"));
    // One undo takes every fix back, and there is nothing before it.
    document.undo();
    QCOMPARE(document.toPlainText(), before);
    QVERIFY(!document.isUndoAvailable());
    // Nothing to fix: no undo step at all.
    QTextDocument clean;
    clean.setPlainText(QStringLiteral("Nothing to see"));
    QVERIFY(testGuide().fixDocument(&clean).isEmpty());
    QVERIFY(!clean.isUndoAvailable());
}

void TestHouseStyle::plainTextKeepsAddressesAndCode()
{
    QList<app::StyleFix> fixes;
    const QString text
        = QStringLiteral("Kiev: see https://example.com/kiev, mail kiev@example.com,\r\n"
                         "[Kiev](https://kiev.example) `Kiev` <https://kiev.example>\n");
    const QString out = testGuide().fixText(text, fixes);
    QCOMPARE(out,
             QStringLiteral("Kyiv: see https://example.com/kiev, mail kiev@example.com,\r\n"
                            "[Kyiv](https://kiev.example) `Kiev` <https://kiev.example>\n"));
    QCOMPARE(fixes.size(), 2);
    QCOMPARE(fixes[1].line, 2);
    QCOMPARE(fixes[1].column, 2);
}

void TestHouseStyle::rulesAreChecked_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("avoid");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("a good rule") << "Kyiv"
                                 << "Kiev|Kiyv" << false << "en"
                                 << "";
    QTest::newRow("no preferred form") << " "
                                       << "Kiev" << false << ""
                                       << "preferred form";
    QTest::newRow("nothing to avoid") << "Kyiv"
                                      << " | " << false << ""
                                      << "at least one form";
    QTest::newRow("the preferred form avoided") << "Kyiv"
                                                << "Kyiv" << true << ""
                                                << "preferred form itself";
    QTest::newRow("only capitals differ, ignoring case") << "Covid"
                                                         << "COVID" << false << ""
                                                         << "only in capitals";
    QTest::newRow("only capitals differ, matching case") << "Covid"
                                                         << "COVID" << true << ""
                                                         << "";
    QTest::newRow("only the quotes differ") << "students’ union"
                                            << "students' union" << true << ""
                                            << "preferred form itself";
    QTest::newRow("not a language") << "Kyiv"
                                    << "Kiev" << false << "English"
                                    << "not a language";
    QTest::newRow("a bar in the preferred form") << "a|b"
                                                 << "c" << false << ""
                                                 << "“|”";
    QTest::newRow("a form too long") << "Kyiv" << QString(200, u'x') << false << ""
                                     << "characters";
}

void TestHouseStyle::rulesAreChecked()
{
    QFETCH(QString, preferred);
    QFETCH(QString, avoid);
    QFETCH(bool, caseSensitive);
    QFETCH(QString, language);
    QFETCH(QString, refusal);
    const auto valid
        = app::HouseStyle::validated(rule(preferred, { avoid }, caseSensitive, language));
    if (refusal.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.errorString()));
        QVERIFY(!valid->avoid.contains(QString()));
    } else {
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().kind, Error::Kind::Invalid);
        QVERIFY2(valid.errorString().contains(refusal), qPrintable(valid.errorString()));
    }
}

void TestHouseStyle::languageAndSectionChooseTheRules_data()
{
    QTest::addColumn<QString>("ruleLanguage");
    QTest::addColumn<QString>("ruleSection");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("applies");
    QTest::newRow("every language") << ""
                                    << ""
                                    << "de_DE"
                                    << "News" << true;
    QTest::newRow("every English, British article") << "en"
                                                    << ""
                                                    << "en_GB"
                                                    << "" << true;
    QTest::newRow("every English, American article") << "en"
                                                     << ""
                                                     << "en_US"
                                                     << "" << true;
    QTest::newRow("every English, German article") << "en"
                                                   << ""
                                                   << "de_DE"
                                                   << "" << false;
    QTest::newRow("British rule, British article") << "en_GB"
                                                   << ""
                                                   << "en_GB"
                                                   << "" << true;
    QTest::newRow("British rule, American article") << "en_GB"
                                                    << ""
                                                    << "en_US"
                                                    << "" << false;
    QTest::newRow("a section's rule, its article") << ""
                                                   << "Sport"
                                                   << "en_GB"
                                                   << "sport" << true;
    QTest::newRow("a section's rule, another section") << ""
                                                       << "Sport"
                                                       << "en_GB"
                                                       << "News" << false;
    QTest::newRow("a section's rule, no section") << ""
                                                  << "Sport"
                                                  << "en_GB"
                                                  << "" << false;
}

void TestHouseStyle::languageAndSectionChooseTheRules()
{
    QFETCH(QString, ruleLanguage);
    QFETCH(QString, ruleSection);
    QFETCH(QString, language);
    QFETCH(QString, section);
    QFETCH(bool, applies);
    const db::StyleRule r
        = rule(QStringLiteral("a"), { QStringLiteral("b") }, false, ruleLanguage, ruleSection);
    QCOMPARE(app::HouseStyle::appliesTo(r, language, section), applies);
}

void TestHouseStyle::guideFileRoundTrips()
{
    db::StyleRule kyiv
        = rule(QStringLiteral("Kyiv"), { QStringLiteral("Kiev"), QStringLiteral("Kiyv") }, false,
               QStringLiteral("en"));
    kyiv.note = QStringLiteral("since 2022");
    const QList<db::StyleRule> rules = { kyiv,
                                         rule(QStringLiteral("Covid"), { QStringLiteral("COVID") },
                                              true, {}, QStringLiteral("Health")) };
    const QString text = app::HouseStyle::format(rules);
    const auto read = app::HouseStyle::parse(text, QStringLiteral("guide.tsv"));
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0).avoid, kyiv.avoid);
    QCOMPARE(read->at(0).note, kyiv.note);
    QCOMPARE(read->at(0).language, QStringLiteral("en"));
    QVERIFY(!read->at(0).caseSensitive);
    QVERIFY(read->at(1).caseSensitive);
    QCOMPARE(read->at(1).section, QStringLiteral("Health"));
    QCOMPARE(app::HouseStyle::format(*read), text);
    // Windows line ends and the short form (two columns) read too.
    const auto short_ = app::HouseStyle::parse(QStringLiteral("# c\r\nemail\te-mail\r\n\r\n"),
                                               QStringLiteral("g"));
    QVERIFY2(short_.ok(), qPrintable(short_.errorString()));
    QCOMPARE(short_->size(), 1);
}

void TestHouseStyle::guideFileErrorsNameTheLine()
{
    const auto bad = app::HouseStyle::parse(
        QStringLiteral("# guide\nemail\te-mail\nonly one column\n"), QStringLiteral("g.tsv"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorString().startsWith(QStringLiteral("g.tsv, line 3")),
             qPrintable(bad.errorString()));
    const auto badCase = app::HouseStyle::parse(QStringLiteral("email\te-mail\t\t\t\tyes\n"),
                                                QStringLiteral("g.tsv"));
    QVERIFY(!badCase.ok());
    QVERIFY2(badCase.errorString().contains(QStringLiteral("line 1")),
             qPrintable(badCase.errorString()));
    const auto badRule
        = app::HouseStyle::parse(QStringLiteral("Kyiv\tkyiv\n"), QStringLiteral("g.tsv"));
    QVERIFY(!badRule.ok());
    QVERIFY2(badRule.errorString().contains(QStringLiteral("only in capitals")),
             qPrintable(badRule.errorString()));
}

void TestHouseStyle::starterGuideIsSoundAndSettles()
{
    const auto starter = app::StyleGuideService::starterGuide();
    QVERIFY2(starter.ok(), qPrintable(starter.errorString()));
    QVERIFY2(starter->size() >= 95, qPrintable(QString::number(starter->size())));
    for (const QString &language : { QStringLiteral("en_GB"), QStringLiteral("en_US") }) {
        QList<db::StyleRule> chosen;
        for (const db::StyleRule &r : *starter)
            if (app::HouseStyle::appliesTo(r, language, {}))
                chosen.append(r);
        QVERIFY(chosen.size() > 60);
        QVERIFY(chosen.size() < starter->size()); // some rules are for the other English
        const app::HouseStyle style(chosen);
        // Every form to avoid, in one text: all fixed, and fixing again changes nothing (no
        // rule undoes another's fix).
        QStringList forms;
        for (const db::StyleRule &r : std::as_const(chosen))
            forms += r.avoid;
        QList<app::StyleFix> fixes;
        const QString once = style.fixText(forms.join(QStringLiteral(" ; ")), fixes);
        QCOMPARE(fixes.size(), forms.size());
        QList<app::StyleFix> again;
        QCOMPARE(style.fixText(once, again), once);
        QVERIFY2(again.isEmpty(), qPrintable(again.isEmpty() ? QString() : again.first().from));
    }
}

void TestHouseStyle::lengthIsAskedAboutBeyondTenPercent_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("commissioned");
    QTest::addColumn<QString>("message"); // empty: not asked
    QTest::newRow("on the length") << 600 << 600 << "";
    QTest::newRow("exactly 10% over") << 660 << 600 << "";
    QTest::newRow("just over 10% over")
        << 661 << 600 << "661 words against 600 commissioned (10% over)";
    QTest::newRow("exactly 10% under") << 540 << 600 << "";
    QTest::newRow("just over 10% under")
        << 539 << 600 << "539 words against 600 commissioned (10% under)";
    QTest::newRow("far under") << 8 << 600 << "8 words against 600 commissioned (99% under)";
    QTest::newRow("no length commissioned") << 5000 << 0 << "";
}

void TestHouseStyle::lengthIsAskedAboutBeyondTenPercent()
{
    QFETCH(int, words);
    QFETCH(int, commissioned);
    QFETCH(QString, message);
    const auto issue = app::Checker::lengthIssue(words, commissioned);
    QCOMPARE(issue.has_value(), !message.isEmpty());
    if (issue) {
        QCOMPARE(issue->kind, QStringLiteral("length"));
        QCOMPARE(issue->message, message);
    }
}

void TestHouseStyle::aNewStoreHasTheStarterGuide()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const auto rules = fx->styleGuide().rules();
    QVERIFY2(rules.ok(), qPrintable(rules.errorString()));
    QCOMPARE(rules->size(), app::StyleGuideService::starterGuide()->size());
    // Once: a store whose editors removed a rule does not get it back when opened again.
    const qint64 first = rules->first().id;
    QVERIFY(fx->styleGuide().remove(fx.chief(), first).ok());
    QVERIFY(fx->styleGuide().seedStarterGuide().ok());
    QCOMPARE(fx->styleGuide().rules()->size(), rules->size() - 1);

    // A store that held articles before it had a guide (one from before this version) is not
    // given the starter guide unasked.
    app::StoreContext &store = app::contextOf(fx.newsroom());
    const QList<db::StyleRule> left = *fx->styleGuide().rules();
    for (const db::StyleRule &rule : left)
        QVERIFY(store.style.remove(rule.id).ok());
    QVERIFY(store.settings.setValue(QStringLiteral("house-style.seeded"), QStringLiteral("")).ok());
    fx.draft(fx.chief());
    QVERIFY(fx->styleGuide().seedStarterGuide().ok());
    QCOMPARE(fx->styleGuide().rules()->size(), 0);
}

void TestHouseStyle::sectionEditorsAndAboveChangeTheGuide()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("siobhan"), QStringLiteral("section-editor"),
                                      QStringLiteral("News"));
    const int before = int(fx->styleGuide().rules()->size());
    const db::StyleRule union_ = rule(QStringLiteral("the students’ union"),
                                      { QStringLiteral("the Student Union") }, true);
    const auto refused = fx->styleGuide().add(writer, union_);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::NotPermitted);
    QCOMPARE(int(fx->styleGuide().rules()->size()), before);

    const auto added = fx->styleGuide().add(editor, union_);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QVERIFY(added->id > 0);
    QCOMPARE(int(fx->styleGuide().rules()->size()), before + 1);
    QVERIFY(!fx->styleGuide().remove(writer, added->id).ok());
    QVERIFY(fx->styleGuide().remove(editor, added->id).ok());
    const auto gone = fx->styleGuide().remove(editor, added->id);
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);

    const auto audit = fx->workflow().recentAudit(10);
    QVERIFY(audit.ok());
    QStringList lines;
    for (const db::AuditEntry &e : *audit)
        if (e.action.startsWith(QLatin1String("house-style")))
            lines << e.action + QLatin1Char(' ') + e.personName + QLatin1Char(' ') + e.note;
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.contains(QStringLiteral("house-style-add Siobhan the students’ union ← the "
                                           "Student Union")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("house-style-remove Siobhan the students’ union ← the "
                                           "Student Union")),
             qPrintable(lines.join(u'\n')));
}

void TestHouseStyle::importIsAllOrNothingAndSkipsWhatIsThere()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const int before = int(fx->styleGuide().rules()->size());
    const QList<db::StyleRule> broken
        = { rule(QStringLiteral("Gdańsk"), { QStringLiteral("Danzig") }),
            rule(QStringLiteral("Covid"), { QStringLiteral("COVID") }) }; // needs "case"
    QVERIFY(!fx->styleGuide().import(fx.chief(), broken).ok());
    QCOMPARE(int(fx->styleGuide().rules()->size()), before);
    const auto starterAgain
        = fx->styleGuide().import(fx.chief(), *app::StyleGuideService::starterGuide());
    QVERIFY2(starterAgain.ok(), qPrintable(starterAgain.errorString()));
    QCOMPARE(*starterAgain, 0);
    const auto one = fx->styleGuide().import(fx.chief(), { broken.first() });
    QCOMPARE(*one, 1);
    QCOMPARE(int(fx->styleGuide().rules()->size()), before + 1);
    // A rule for a section that does not exist is refused, and nothing is stored.
    const auto nowhere = fx->styleGuide().add(
        fx.chief(),
        rule(QStringLiteral("a"), { QStringLiteral("b") }, false, {}, QStringLiteral("Nowhere")));
    QCOMPARE(nowhere.error().kind, Error::Kind::NotFound);
    QCOMPARE(int(fx->styleGuide().rules()->size()), before + 1);
}

void TestHouseStyle::checkerUsesTheRulesOfTheArticlesSection()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const db::Article sport
        = fx.draft(fx.chief(), QStringLiteral("Footy"), QStringLiteral("The footy match.\n"),
                   QStringLiteral("Sport"));
    const db::Article news = fx.draft(fx.chief(), QStringLiteral("Footy"),
                                      QStringLiteral("The footy match.\n"), QStringLiteral("News"));
    QVERIFY(fx->styleGuide()
                .add(fx.chief(),
                     rule(QStringLiteral("football"), { QStringLiteral("footy") }, false, {},
                          QStringLiteral("Sport")))
                .ok());
    auto houseIssues = [&fx](qint64 id) {
        QStringList found;
        const auto issues = fx->spelling().openIssues(fx.chief(), id);
        for (const app::Issue &i : *issues)
            if (i.kind == QLatin1String("house-style"))
                found << QStringLiteral("%1:%2 %3").arg(i.line).arg(i.column).arg(i.word);
        return found;
    };
    QCOMPARE(houseIssues(sport.id), (QStringList { "1:1 Footy", "3:5 footy" }));
    QCOMPARE(houseIssues(news.id), QStringList());
    // The starter guide's British rules for a British article.
    const db::Article british
        = fx.draft(fx.chief(), QStringLiteral("Rents"), QStringLiteral("Rents rose 9 percent.\n"));
    QCOMPARE(houseIssues(british.id), QStringList { "3:14 percent" });
}

void TestHouseStyle::houseStyleCheckCanBeSwitchedOff()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const db::Article a = fx.draft(fx.chief(), QStringLiteral("Kiev"), QStringLiteral("Kiev.\n"));
    QCOMPARE(fx->spelling().openIssues(fx.chief(), a.id)->size(), 2);
    QVERIFY(fx->spelling().setCheckEnabled(fx.chief(), QStringLiteral("house-style"), false).ok());
    QCOMPARE(fx->spelling().openIssues(fx.chief(), a.id)->size(), 0);
}

void TestHouseStyle::fixingAnArticleSavesANewVersion()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor other = fx.hire(QStringLiteral("sam"), QStringLiteral("contributor"));
    const db::Article a
        = fx.draft(writer, QStringLiteral("Kiev rents up 5 percent"),
                   QStringLiteral("Whilst **Kiev** grew, see [Kiev](https://kiev.example/).\n\n"
                                  "- an e-mail\n"));
    QVERIFY(!fx->styleGuide().fixArticle(other, a.id, {}).ok()); // not hers to change
    QCOMPARE(fx->archive().article(a.id)->version, 1);
    const auto fixed = fx->styleGuide().fixArticle(writer, a.id, {});
    QVERIFY2(fixed.ok(), qPrintable(fixed.errorString()));
    QCOMPARE(fixed->version, 2);
    QCOMPARE(fixed->fixes.size(), 5);
    const db::Article stored = *fx->archive().article(a.id);
    QCOMPARE(stored.headline, QStringLiteral("Kyiv rents up 5 per cent"));
    QCOMPARE(stored.body,
             QStringLiteral("While **Kyiv** grew, see [Kiev](https://kiev.example/).\n\n"
                            "- an email\n"));
    // Nothing left: nothing saved.
    const auto again = fx->styleGuide().fixArticle(writer, a.id, {});
    QVERIFY(again.ok());
    QCOMPARE(again->version, 0);
    QCOMPARE(fx->archive().article(a.id)->version, 2);
}

void TestHouseStyle::aPublishedArticleIsFixedOnlyWithANote()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Kiev"), QStringLiteral("Text.\n"));
    for (app::Action step : { app::Action::Submit, app::Action::Approve, app::Action::Publish })
        QVERIFY(fx->workflow()
                    .transition(a.id, step, step == app::Action::Submit ? writer : fx.chief())
                    .ok());
    const auto refused = fx->styleGuide().fixArticle(fx.chief(), a.id, {});
    QVERIFY(!refused.ok());
    QCOMPARE(fx->archive().article(a.id)->headline, QStringLiteral("Kiev"));
    const auto fixed
        = fx->styleGuide().fixArticle(fx.chief(), a.id, QStringLiteral("House style: Kyiv."));
    QVERIFY2(fixed.ok(), qPrintable(fixed.errorString()));
    QCOMPARE(fx->archive().article(a.id)->headline, QStringLiteral("Kyiv"));
}

QTEST_GUILESS_MAIN(TestHouseStyle)
#include "tst_housestyle.moc"
