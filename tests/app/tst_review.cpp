// Review on the text: anchors that survive editing (found again exactly, moved, nearly, or
// orphaned), and comments, replies and suggested edits in the store: who may do what, a
// suggestion accepted as a new version, anchors moved by later saves, the audit log and the
// history, and nothing of it in the body or its revisions (on both engines).
#include "app/articles/reviewservice.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/textanchor.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "tests/support/newsroomfixture.h"

#include <QTest>
#include <QTextDocument>

using namespace copydesk;
using Match = app::TextAnchors::Match;

namespace {

// An anchor on the first occurrence of passage in text (or the nth).
db::TextAnchor anchorOn(const QString &text, const QString &passage, int nth = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < nth; ++i)
        at = text.indexOf(passage, at + 1);
    Q_ASSERT(at >= 0);
    return app::TextAnchors::make(text, int(at), int(at + passage.size()), 1);
}

const QString Story = QStringLiteral("The council met on Monday to discuss the budget.\n"
                                     "“We cannot afford it,” said the treasurer, Ann Lee.\n"
                                     "The vote was close. The vote was close again on Tuesday.\n"
                                     "Residents will be asked for their views in March.");

// The story as a stored body (one paragraph a line of Story), as the editor writes it.
QString storyBody()
{
    return QString(Story).replace(QLatin1Char('\n'), QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchoring_data();
    void anchoring();
    void aQuoteIsFoundAsAPersonTypesIt();
    void aLongPassageChangedInTheMiddleIsFound();
    void aLookAlikeFarAwayIsNotTakenForIt();
    // In the store.
    void anyoneOnTheStaffComments();
    void whoResolvesAndDeletes();
    void anAuthorAcceptsASuggestionAsANewVersion();
    void acceptingAllIsOneVersion();
    void aRejectedSuggestionLeavesTheBody();
    void savesMoveTheAnchorsAndOrphanWhatIsGone();
    void commentsStayOutOfTheBodyAndRevisions();
    void theHistoryAndTheListShowTheReview();
    void aReturnPointsAtTheOpenComments();
    void windowAppliesSuggestionsAsOneUndoStep();
    void aSuggestionStandsOnlyWhereItsWordsStillDo();
    void deletedWordsTakeASpaceWithThem_data();
    void deletedWordsTakeASpaceWithThem();
    void acceptingKeepsTheFormattingOfTheWordsKept();
    void aPublishedArticleIsCorrectedOnlyWithANote();
};

void TestReview::anchoring_data()
{
    QTest::addColumn<QString>("passage");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("found"); // the text at the located place; empty: orphaned
    QTest::addColumn<int>("match");
    QTest::addColumn<int>("foundNth"); // which occurrence of found in the edited text

    auto edit = [](const QString &from, const QString &to) {
        QString s = Story;
        Q_ASSERT(s.contains(from));
        return s.replace(from, to);
    };
    QTest::newRow("unchanged") << QStringLiteral("said the treasurer") << 1 << Story
                               << QStringLiteral("said the treasurer") << int(Match::Exact) << 1;
    QTest::newRow("words added before it")
        << QStringLiteral("said the treasurer") << 1 << QStringLiteral("Late news. ") + Story
        << QStringLiteral("said the treasurer") << int(Match::Moved) << 1;
    QTest::newRow("words added after it")
        << QStringLiteral("said the treasurer") << 1 << Story + QStringLiteral(" More later.")
        << QStringLiteral("said the treasurer") << int(Match::Exact) << 1;
    QTest::newRow("a word changed inside it")
        << QStringLiteral("met on Monday to discuss") << 1
        << edit(QStringLiteral("met on Monday"), QStringLiteral("met on Tuesday"))
        << QStringLiteral("met on Tuesday to discuss") << int(Match::Fuzzy) << 1;
    QTest::newRow("a letter changed inside it")
        << QStringLiteral("Residents will be asked for their views") << 1
        << edit(QStringLiteral("Residents will be asked"),
                QStringLiteral("Residents would be asked"))
        << QStringLiteral("Residents would be asked for their views") << int(Match::Fuzzy) << 1;
    // At the end of the text there is no context after it to go by: only the passage itself.
    QTest::newRow("a letter taken out of the last words")
        << QStringLiteral("asked for their views in March") << 1
        << edit(QStringLiteral("their views in"), QStringLiteral("their view in"))
        << QStringLiteral("asked for their view in March") << int(Match::Fuzzy) << 1;
    QTest::newRow("the passage deleted")
        << QStringLiteral("said the treasurer, Ann Lee") << 1
        << edit(QStringLiteral("“We cannot afford it,” said the treasurer, Ann Lee.\n"), {})
        << QString() << int(Match::Orphaned) << 1;
    QTest::newRow("a repeated passage keeps the second")
        << QStringLiteral("The vote was close") << 2 << Story
        << QStringLiteral("The vote was close") << int(Match::Exact) << 2;
    QTest::newRow("a repeated passage after words added before both")
        << QStringLiteral("The vote was close") << 2
        << edit(QStringLiteral("The council met"),
                QStringLiteral("On a cold night, the council met"))
        << QStringLiteral("The vote was close") << int(Match::Moved) << 2;
    // The first one now stands where the second stood: its context tells them apart.
    QTest::newRow("a repeated passage found by its context, not its old place")
        << QStringLiteral("The vote was close") << 2
        << QStringLiteral("Twenty chars here!! ") + Story << QStringLiteral("The vote was close")
        << int(Match::Moved) << 2;
    QTest::newRow("a repeated passage whose first occurrence went")
        << QStringLiteral("The vote was close") << 2
        << edit(QStringLiteral("The vote was close. "), {}) << QStringLiteral("The vote was close")
        << int(Match::Moved) << 1;
    QTest::newRow("typographic quotes in the passage")
        << QStringLiteral("“We cannot afford it,”") << 1
        << QStringLiteral("New first line.\n") + Story << QStringLiteral("“We cannot afford it,”")
        << int(Match::Moved) << 1;
    QTest::newRow("a whole paragraph moved")
        << QStringLiteral("Residents will be asked for their views in March.") << 1
        << QStringLiteral("Residents will be asked for their views in March.\n")
            + Story.left(Story.lastIndexOf(QLatin1Char('\n')))
        << QStringLiteral("Residents will be asked for their views in March.") << int(Match::Moved)
        << 1;
    QTest::newRow("rewritten inside, its context standing")
        << QStringLiteral("We cannot afford it") << 1
        << edit(QStringLiteral("We cannot afford it"),
                QStringLiteral("There is simply no money for this scheme"))
        << QStringLiteral("There is simply no money for this scheme") << int(Match::Fuzzy) << 1;
    QTest::newRow("a short word changed is orphaned")
        << QStringLiteral("March") << 1 << edit(QStringLiteral("March"), QStringLiteral("April"))
        << QString() << int(Match::Orphaned) << 1;
}

void TestReview::anchoring()
{
    QFETCH(QString, passage);
    QFETCH(int, nth);
    QFETCH(QString, edited);
    QFETCH(QString, found);
    QFETCH(int, match);
    QFETCH(int, foundNth);
    const db::TextAnchor anchor = anchorOn(Story, passage, nth);
    const auto at = app::TextAnchors::locate(edited, anchor);
    QCOMPARE(int(at.match), match);
    if (found.isEmpty()) {
        QVERIFY(!at.found());
        return;
    }
    QCOMPARE(edited.mid(at.start, at.end - at.start), found);
    qsizetype expected = -1;
    for (int i = 0; i < foundNth; ++i)
        expected = edited.indexOf(found, expected + 1);
    QCOMPARE(at.start, int(expected));
    // The anchor moved there is found exactly next time.
    const db::TextAnchor moved = app::TextAnchors::moved(edited, anchor, at, 2);
    QCOMPARE(int(app::TextAnchors::locate(edited, moved).match), int(Match::Exact));
}

void TestReview::aQuoteIsFoundAsAPersonTypesIt()
{
    const QString text = QStringLiteral("“We can’t afford it,” said\u00A0the treasurer.");
    const auto places
        = app::TextAnchors::find(text, QStringLiteral("\"We can't afford it,\" said the"));
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.first().first, 0);
    QCOMPARE(text.mid(places.first().first, places.first().second - places.first().first),
             QStringLiteral("“We can’t afford it,” said\u00A0the"));
    QVERIFY(app::TextAnchors::find(text, QStringLiteral("budget")).isEmpty());
    QVERIFY(app::TextAnchors::find(text, QStringLiteral("  ")).isEmpty());
    // The plain text of a body is the editor's: one line a paragraph, no Markdown.
    QCOMPARE(app::TextAnchors::plainTextOf(QStringLiteral("One **bold** word.\n\n- a list\n")),
             QStringLiteral("One bold word.\na list"));
}

void TestReview::aLongPassageChangedInTheMiddleIsFound()
{
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += QStringLiteral("Sentence number %1 of a long paragraph. ").arg(i);
    const QString text = QStringLiteral("Before.\n") + paragraph + QStringLiteral("\nAfter.");
    const db::TextAnchor anchor = anchorOn(text, paragraph.trimmed());
    QString edited = text;
    edited.replace(QStringLiteral("number 6 of"), QStringLiteral("six, the middle one, of"));
    const auto at = app::TextAnchors::locate(edited, anchor);
    QCOMPARE(int(at.match), int(Match::Fuzzy));
    QCOMPARE(at.start, 8);
    QVERIFY(edited.mid(at.start, at.end - at.start)
                .endsWith(QStringLiteral("number 11 of a long paragraph.")));
}

void TestReview::aLookAlikeFarAwayIsNotTakenForIt()
{
    QString filler;
    while (filler.size() < app::TextAnchors::FuzzyReach + 2000)
        filler += QStringLiteral("Other news of the week, told at length. ");
    const QString passage = QStringLiteral("the treasurer said the budget was short");
    const QString text = QStringLiteral("At the meeting ") + passage + QStringLiteral(" again.\n")
        + filler + QStringLiteral("\nLater, the treasurer said the budget was shot.");
    const db::TextAnchor anchor = anchorOn(text, passage);
    // Near it, a letter changed is the same passage…
    QString edited = text;
    edited.replace(QStringLiteral("said the budget was short"),
                   QStringLiteral("said the budgets were short"));
    QCOMPARE(int(app::TextAnchors::locate(edited, anchor).match), int(Match::Fuzzy));
    QCOMPARE(app::TextAnchors::locate(edited, anchor).start, anchor.start);
    // …but with it and its context gone, the look-alike pages away is another passage.
    edited = text;
    edited.remove(0, text.indexOf(QLatin1Char('\n')) + 1);
    QVERIFY(!app::TextAnchors::locate(edited, anchor).found());
}

void TestReview::anyoneOnTheStaffComments()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor elsewhere = fx.hire(
        QStringLiteral("siobhan"), QStringLiteral("section-editor"), QStringLiteral("Comment"));
    const app::Actor admin = fx.hire(QStringLiteral("it"), QStringLiteral("administrator"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    const auto anchor = review.anchorFor(a.id, QStringLiteral("said the treasurer"));
    QVERIFY2(anchor.ok(), qPrintable(anchor.errorString()));
    QCOMPARE(anchor->quote, QStringLiteral("said the treasurer"));
    QCOMPARE(anchor->version, a.version);

    // An editor of another section, and the writer too.
    const auto c1 = review.add(elsewhere, a.id, db::Comment::Kind::Comment, *anchor,
                               QStringLiteral("Source?"));
    QVERIFY2(c1.ok(), qPrintable(c1.errorString()));
    QVERIFY(
        review.add(writer, a.id, db::Comment::Kind::Comment, *anchor, QStringLiteral("Note")).ok());
    // An administrator has no editorial powers; an empty comment says nothing.
    const auto byAdmin
        = review.add(admin, a.id, db::Comment::Kind::Comment, *anchor, QStringLiteral("Hm"));
    QCOMPARE(byAdmin.error().kind, Error::Kind::NotPermitted);
    QCOMPARE(review.add(writer, a.id, db::Comment::Kind::Comment, *anchor, QStringLiteral("  "))
                 .error()
                 .kind,
             Error::Kind::Invalid);
    // Replies join the thread, also a reply to a reply.
    const auto r1 = review.reply(writer, c1->id, QStringLiteral("The minutes, page 4."));
    QVERIFY2(r1.ok(), qPrintable(r1.errorString()));
    QVERIFY(review.reply(elsewhere, r1->id, QStringLiteral("Thanks")).ok());
    const auto items = review.items(a.id);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->first().replies.size(), 2);
    QCOMPARE(items->first().replies.at(1).text, QStringLiteral("Thanks"));
    QCOMPARE(review.openCount(a.id).value(), 2);

    // A passage typed that is not there, or stands twice, is said so.
    QCOMPARE(review.anchorFor(a.id, QStringLiteral("no such words")).error().kind,
             Error::Kind::NotFound);
    QCOMPARE(review.anchorFor(a.id, QStringLiteral("The vote was close")).error().kind,
             Error::Kind::Invalid);
    const auto second = review.anchorFor(a.id, QStringLiteral("The vote was close"), 2);
    QVERIFY(second.ok());
    QVERIFY(second->start > Story.indexOf(QStringLiteral("The vote was close")));

    // Nobody comments on a spiked article.
    QVERIFY(fx->workflow().transition(a.id, app::Action::Spike, writer).ok());
    QCOMPARE(review.add(elsewhere, a.id, db::Comment::Kind::Comment, *anchor, QStringLiteral("x"))
                 .error()
                 .kind,
             Error::Kind::NotPermitted);
}

void TestReview::whoResolvesAndDeletes()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor other = fx.hire(QStringLiteral("kwame"), QStringLiteral("contributor"));
    const app::Actor newsEditor = fx.hire(QStringLiteral("tomasz"),
                                          QStringLiteral("section-editor"), QStringLiteral("News"));
    const app::Actor elsewhere = fx.hire(
        QStringLiteral("siobhan"), QStringLiteral("section-editor"), QStringLiteral("Comment"));
    const db::Article a
        = fx.draft(writer, QStringLiteral("Budget"), storyBody(), QStringLiteral("News"));
    app::ReviewService &review = fx->review();
    const auto anchor = review.anchorFor(a.id, QStringLiteral("said the treasurer"));
    QVERIFY(anchor.ok());
    auto comment = [&](const app::Actor &by) {
        return review.add(by, a.id, db::Comment::Kind::Comment, *anchor, QStringLiteral("Why?"))
            .value()
            .id;
    };
    // Another section's editor may not resolve someone else's comment; the draft's author may.
    const qint64 c1 = comment(other);
    const auto refused = review.resolve(elsewhere, c1);
    QCOMPARE(refused.error().kind, Error::Kind::NotPermitted);
    QVERIFY2(refused.errorString().contains(QStringLiteral("may resolve")),
             qPrintable(refused.errorString()));
    QVERIFY(review.resolve(writer, c1).ok());
    QCOMPARE(review.resolve(writer, c1).error().kind, Error::Kind::Conflict);
    QVERIFY(review.reopen(other, c1).ok()); // its writer
    // Whoever wrote one resolves and deletes it; someone else's, only the section's editors.
    const qint64 c2 = comment(elsewhere);
    QVERIFY(review.resolve(elsewhere, c2).ok());
    QCOMPARE(review.remove(writer, c1).error().kind, Error::Kind::NotPermitted);
    QCOMPARE(review.remove(elsewhere, c1).error().kind, Error::Kind::NotPermitted);
    QVERIFY(review.remove(newsEditor, c1).ok());
    QVERIFY(review.remove(elsewhere, c2).ok());
    QCOMPARE(review.items(a.id)->size(), 0);
    QCOMPARE(review.remove(newsEditor, c1).error().kind, Error::Kind::NotFound);

    // In review, the author no longer resolves others' comments; the section's editor does.
    const qint64 c3 = comment(other);
    QVERIFY(fx->workflow().transition(a.id, app::Action::Submit, writer).ok());
    QCOMPARE(review.resolve(writer, c3).error().kind, Error::Kind::NotPermitted);
    QVERIFY(review.resolve(newsEditor, c3).ok());
}

void TestReview::anAuthorAcceptsASuggestionAsANewVersion()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const app::Actor other = fx.hire(QStringLiteral("kwame"), QStringLiteral("contributor"));
    const db::Article a = fx.draft(
        writer, QStringLiteral("Budget"),
        QStringLiteral(
            "The council met on **Monday** to discuss the budget.\n\nThe vote was close.\n"));
    app::ReviewService &review = fx->review();
    const auto anchor = review.anchorFor(a.id, QStringLiteral("met on Monday to"));
    QVERIFY(anchor.ok());
    const auto s = review.add(editor, a.id, db::Comment::Kind::Suggestion, *anchor,
                              QStringLiteral("met on Tuesday to"));
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    // Someone who may not change the text may not accept it either, here or in a window.
    QCOMPARE(review.accept(other, { s->id }).error().kind, Error::Kind::NotPermitted);
    QCOMPARE(review.markAccepted(other, { s->id }).error().kind, Error::Kind::NotPermitted);
    QCOMPARE(fx->archive().article(a.id)->version, a.version);

    const auto version = review.accept(writer, { s->id });
    QVERIFY2(version.ok(), qPrintable(version.errorString()));
    QCOMPARE(*version, a.version + 1);
    const db::Article after = fx->archive().article(a.id).value();
    // Only the word that differs was written: it keeps the bold of the one it replaced.
    QCOMPARE(after.body,
             QStringLiteral(
                 "The council met on **Tuesday** to discuss the budget.\n\nThe vote was close.\n"));
    const auto revisions = fx->archive().revisions(a.id);
    QCOMPARE(revisions->first().note, QStringLiteral("accepted a suggestion by Amira"));
    const auto items = review.items(a.id).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().comment.state, db::Comment::State::Accepted);
    QCOMPARE(items.first().comment.closedByName, QStringLiteral("Ji"));
    // Its quote is the passage it replaced.
    QCOMPARE(items.first().comment.anchor.quote,
             QStringLiteral("met on **Monday** to").remove(u'*'));
    QCOMPARE(review.accept(writer, { s->id }).error().kind, Error::Kind::Conflict);
    // A suggestion must change something, in one paragraph.
    QCOMPARE(review.add(editor, a.id, db::Comment::Kind::Suggestion, *anchor, anchor->quote)
                 .error()
                 .kind,
             Error::Kind::Invalid);
    QCOMPARE(
        review
            .add(editor, a.id, db::Comment::Kind::Suggestion, *anchor, QStringLiteral("two\nlines"))
            .error()
            .kind,
        Error::Kind::Invalid);
}

void TestReview::acceptingAllIsOneVersion()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    auto suggest = [&](const QString &passage, const QString &with) {
        const auto anchor = review.anchorFor(a.id, passage);
        QVERIFY2(anchor.ok(), qPrintable(anchor.errorString()));
        QVERIFY(review.add(editor, a.id, db::Comment::Kind::Suggestion, *anchor, with).ok());
    };
    suggest(QStringLiteral("on Monday"), QStringLiteral("on Tuesday"));
    suggest(QStringLiteral("in March"), QStringLiteral("in April"));
    suggest(QStringLiteral(", Ann Lee"), QString()); // a deletion
    QCOMPARE(review.acceptAll(editor, a.id).value(), a.version + 1);
    const QString body = fx->archive().article(a.id)->body;
    QVERIFY2(body.contains(QStringLiteral("on Tuesday"))
                 && body.contains(QStringLiteral("in April"))
                 && body.contains(QStringLiteral("said the treasurer.")),
             qPrintable(body));
    QCOMPARE(fx->archive().revisions(a.id)->size(), 2);
    QCOMPARE(review.openCount(a.id).value(), 0);
    QCOMPARE(review.acceptAll(editor, a.id).error().kind, Error::Kind::NotFound);
}

void TestReview::aRejectedSuggestionLeavesTheBody()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    const auto s = review.add(editor, a.id, db::Comment::Kind::Suggestion,
                              review.anchorFor(a.id, QStringLiteral("in March")).value(),
                              QStringLiteral("in spring"));
    QVERIFY(s.ok());
    QVERIFY(review.reject(writer, s->id).ok());
    QCOMPARE(fx->archive().article(a.id)->version, a.version);
    QCOMPARE(review.items(a.id)->first().comment.state, db::Comment::State::Rejected);
    QCOMPARE(review.accept(writer, { s->id }).error().kind, Error::Kind::Conflict);
    // A comment is resolved, not rejected.
    const auto c = review.add(editor, a.id, db::Comment::Kind::Comment,
                              review.anchorFor(a.id, QStringLiteral("in March")).value(),
                              QStringLiteral("Which date?"));
    QCOMPARE(review.reject(writer, c->id).error().kind, Error::Kind::Invalid);
}

void TestReview::savesMoveTheAnchorsAndOrphanWhatIsGone()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    const auto kept = review.add(editor, a.id, db::Comment::Kind::Comment,
                                 review.anchorFor(a.id, QStringLiteral("in March")).value(),
                                 QStringLiteral("Which date?"));
    const auto gone = review.add(editor, a.id, db::Comment::Kind::Comment,
                                 review.anchorFor(a.id, QStringLiteral("Ann Lee")).value(),
                                 QStringLiteral("Her title?"));
    QVERIFY(kept.ok() && gone.ok());
    // Another person's save: a paragraph added at the top, the name taken out.
    db::Article changed = fx->archive().article(a.id).value();
    changed.body = QStringLiteral("A new first paragraph.\n\n")
        + changed.body.replace(QStringLiteral(", Ann Lee"), QString());
    QVERIFY(fx->archive().saveArticle(changed, changed.version, writer).ok());
    const auto stored = app::contextOf(fx.newsroom()).comments.get(kept->id).value();
    QCOMPARE(stored.anchor.version, a.version + 1);
    // 23 characters more before it ("A new first paragraph." and its line), 9 fewer (", Ann Lee").
    QCOMPARE(stored.anchor.start, kept->anchor.start + 23 - 9);
    QCOMPARE(stored.anchor.quote, QStringLiteral("in March"));
    const auto orphan = app::contextOf(fx.newsroom()).comments.get(gone->id).value();
    QCOMPARE(orphan.anchor.start, -1);
    QCOMPARE(orphan.anchor.quote, QStringLiteral("Ann Lee")); // kept, to be shown
    const auto items = review.items(a.id).value();
    QCOMPARE(items.size(), 2);
    QVERIFY(!items.first().isOrphaned());
    QVERIFY(items.last().isOrphaned()); // orphans come last
    QCOMPARE(items.last().comment.id, gone->id);
    // Accepting a suggestion whose passage is gone is refused, and says why.
    const auto s = review.add(editor, a.id, db::Comment::Kind::Suggestion,
                              review.anchorFor(a.id, QStringLiteral("The council met")).value(),
                              QStringLiteral("Councillors met"));
    changed = fx->archive().article(a.id).value();
    changed.body.replace(QStringLiteral("The council met on Monday"), QStringLiteral("On Monday"));
    QVERIFY(fx->archive().saveArticle(changed, changed.version, writer).ok());
    const auto refused = review.accept(writer, { s->id });
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY(refused.errorString().contains(QStringLiteral("no longer in the article")));
}

void TestReview::commentsStayOutOfTheBodyAndRevisions()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    QVERIFY(review
                .add(writer, a.id, db::Comment::Kind::Comment,
                     review.anchorFor(a.id, QStringLiteral("in March")).value(),
                     QStringLiteral("SECRET-REMARK"))
                .ok());
    const db::Article after = fx->archive().article(a.id).value();
    QCOMPARE(after.body, a.body);
    QCOMPARE(after.version, a.version);
    for (const db::Revision &r : fx->archive().revisions(a.id).value())
        QVERIFY(!r.body.contains(QStringLiteral("SECRET-REMARK")));
}

void TestReview::theHistoryAndTheListShowTheReview()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    const auto c = review.add(editor, a.id, db::Comment::Kind::Comment,
                              review.anchorFor(a.id, QStringLiteral("in March")).value(),
                              QStringLiteral("Which date?"));
    QVERIFY(review.reply(writer, c->id, QStringLiteral("The 4th")).ok());
    QVERIFY(review
                .add(editor, a.id, db::Comment::Kind::Suggestion,
                     review.anchorFor(a.id, QStringLiteral("on Monday")).value(),
                     QStringLiteral("on Tuesday"))
                .ok());
    QVERIFY(review.resolve(writer, c->id).ok());

    QStringList lines;
    for (const app::HistoryEntry &e : fx->workflow().history(a.id).value())
        if (e.kind == app::HistoryEntry::Kind::Note)
            lines << e.who + QStringLiteral(": ") + e.what + QStringLiteral(": ") + e.note;
    QCOMPARE(lines,
             QStringList({ QStringLiteral("Amira: comment: “in March” Which date?"),
                           QStringLiteral("Ji: reply to a comment: “in March” The 4th"),
                           QStringLiteral("Amira: suggested edit: “on Monday” → “on Tuesday”"),
                           QStringLiteral("Ji: comment resolved: “in March” Which date?") }));
    // The list counts what is still open: the suggestion.
    db::ArticleQuery query;
    const auto rows = fx->archive().list(query);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().openComments, 1);
    QCOMPARE(review.openCounts({ a.id }).value().value(a.id), 1);
}

void TestReview::aReturnPointsAtTheOpenComments()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    QCOMPARE(review.returnNote(a.id, QStringLiteral("Needs work")).value(),
             QStringLiteral("Needs work"));
    QVERIFY(review
                .add(editor, a.id, db::Comment::Kind::Comment,
                     review.anchorFor(a.id, QStringLiteral("in March")).value(),
                     QStringLiteral("Which date?"))
                .ok());
    QCOMPARE(review.returnNote(a.id, QStringLiteral("Needs work")).value(),
             QStringLiteral("Needs work\n\nOpen comments on the text:\n• “in March”: Which date? "
                            "(Amira)"));
}

void TestReview::windowAppliesSuggestionsAsOneUndoStep()
{
    QTextDocument document;
    document.setPlainText(Story);
    const QString text = app::TextAnchors::plainText(&document);
    auto item = [&](qint64 id, const QString &passage, const QString &with) {
        app::ReviewItem i;
        i.comment.id = id;
        i.comment.kind = db::Comment::Kind::Suggestion;
        i.comment.text = with;
        i.comment.anchor = anchorOn(text, passage);
        i.at = app::TextAnchors::locate(text, i.comment.anchor);
        return i;
    };
    const QList<app::ReviewItem> items
        = { item(1, QStringLiteral("on Monday"), QStringLiteral("on Tuesday")),
            item(2, QStringLiteral("Monday to discuss"), QStringLiteral("overlapping")),
            item(3, QStringLiteral("in March"), QStringLiteral("in April")) };
    const QList<qint64> applied = app::ReviewService::apply(&document, items);
    // The later one first; the one overlapping an applied one is left.
    QCOMPARE(applied, QList<qint64>({ 3, 2 }));
    QVERIFY(document.toPlainText().contains(QStringLiteral("in April")));
    QVERIFY(document.toPlainText().contains(QStringLiteral("overlapping the budget")));
    document.undo();
    QCOMPARE(document.toPlainText(), Story);
}

void TestReview::deletedWordsTakeASpaceWithThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("deleted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before a comma")
        << QStringLiteral("Rents have risen sharply, it said.") << QStringLiteral("sharply")
        << QStringLiteral("Rents have risen, it said.");
    QTest::newRow("between words")
        << QStringLiteral("Rents have risen very sharply.") << QStringLiteral("very")
        << QStringLiteral("Rents have risen sharply.");
    QTest::newRow("at the start") << QStringLiteral("Sharply rising rents.")
                                  << QStringLiteral("Sharply") << QStringLiteral("rising rents.");
    QTest::newRow("punctuation beside it is left")
        << QStringLiteral("said the treasurer, Ann Lee.") << QStringLiteral(", Ann Lee")
        << QStringLiteral("said the treasurer.");
}

void TestReview::deletedWordsTakeASpaceWithThem()
{
    QFETCH(QString, text);
    QFETCH(QString, deleted);
    QFETCH(QString, expected);
    QTextDocument document;
    document.setPlainText(text);
    app::ReviewItem item;
    item.comment.id = 1;
    item.comment.kind = db::Comment::Kind::Suggestion;
    item.comment.anchor = anchorOn(text, deleted);
    item.at = app::TextAnchors::locate(text, item.comment.anchor);
    QCOMPARE(app::ReviewService::apply(&document, { item }), QList<qint64>({ 1 }));
    QCOMPARE(document.toPlainText(), expected);
}

void TestReview::aSuggestionStandsOnlyWhereItsWordsStillDo()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor editor = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    const auto s = review.add(editor, a.id, db::Comment::Kind::Suggestion,
                              review.anchorFor(a.id, QStringLiteral("We cannot afford it")).value(),
                              QStringLiteral("We can’t afford it"));
    QVERIFY(s.ok());
    // The author rewrites the sentence: a comment there would follow it; the suggestion, made
    // against other words, may no longer be applied over hers.
    db::Article changed = fx->archive().article(a.id).value();
    changed.body.replace(QStringLiteral("We cannot afford it"),
                         QStringLiteral("We cannot really afford it"));
    QVERIFY(fx->archive().saveArticle(changed, changed.version, writer).ok());
    const auto items = review.items(a.id).value();
    QVERIFY(items.first().isOrphaned());
    QCOMPARE(items.first().comment.anchor.quote, QStringLiteral("We cannot afford it"));
    QCOMPARE(review.accept(writer, { s->id }).error().kind, Error::Kind::Conflict);
    QCOMPARE(review.acceptAll(writer, a.id).error().kind, Error::Kind::NotFound);
    QVERIFY(fx->archive().article(a.id)->body.contains(QStringLiteral("We cannot really afford")));
    // Her words put back as they were: the suggestion stands there again.
    changed = fx->archive().article(a.id).value();
    changed.body.replace(QStringLiteral("We cannot really afford it"),
                         QStringLiteral("We cannot afford it"));
    QVERIFY(fx->archive().saveArticle(changed, changed.version, writer).ok());
    QVERIFY(!review.items(a.id)->first().isOrphaned());
    QVERIFY(review.accept(writer, { s->id, s->id }).ok()); // named twice: once
}

void TestReview::acceptingKeepsTheFormattingOfTheWordsKept()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const db::Article a
        = fx.draft(writer, QStringLiteral("Budget"),
                   QStringLiteral("Read the [full report](https://example.org/r) today.\n"));
    app::ReviewService &review = fx->review();
    const auto s
        = review.add(writer, a.id, db::Comment::Kind::Suggestion,
                     review.anchorFor(a.id, QStringLiteral("the full report today")).value(),
                     QStringLiteral("the full report now"));
    QVERIFY(s.ok());
    QVERIFY(review.accept(writer, { s->id }).ok());
    QCOMPARE(fx->archive().article(a.id)->body,
             QStringLiteral("Read the [full report](https://example.org/r) now.\n"));
    // A body not written the way the editor writes it is not changed from here, where more
    // than the passage would change unseen.
    const QString unusual = QStringLiteral("Pay rises:\n\n* for staff\n* for students\n");
    QTextDocument read;
    app::MarkdownReader::read(unusual, &read);
    QVERIFY(app::MarkdownWriter::write(&read) != unusual); // the premise
    const db::Article b = fx.draft(writer, QStringLiteral("Pay"), unusual);
    QCOMPARE(fx->archive().article(b.id)->body, unusual);
    const auto t = review.add(writer, b.id, db::Comment::Kind::Suggestion,
                              review.anchorFor(b.id, QStringLiteral("for staff")).value(),
                              QStringLiteral("for all staff"));
    QVERIFY(t.ok());
    const auto refused = review.accept(writer, { t->id });
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY(refused.errorString().contains(QStringLiteral("accept there")));
    QCOMPARE(fx->archive().article(b.id)->body, unusual);
}

void TestReview::aPublishedArticleIsCorrectedOnlyWithANote()
{
    test::NewsroomFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    const app::Actor deputy = fx.hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const db::Article a = fx.draft(writer, QStringLiteral("Budget"), storyBody());
    app::ReviewService &review = fx->review();
    const auto s = review.add(deputy, a.id, db::Comment::Kind::Suggestion,
                              review.anchorFor(a.id, QStringLiteral("in March")).value(),
                              QStringLiteral("in April"));
    QVERIFY(s.ok());
    QVERIFY(app::contextOf(fx.newsroom())
                .articles.setStatus(a.id, Status::Draft, Status::Published)
                .ok());
    const auto refused = review.accept(deputy, { s->id });
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(refused.errorString().contains(QStringLiteral("needs a note")));
    QCOMPARE(review.accept(deputy, { s->id }, QStringLiteral("The vote is in April.")).value(),
             a.version + 1);
    QCOMPARE(fx->archive().revisions(a.id)->first().note, QStringLiteral("The vote is in April."));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
