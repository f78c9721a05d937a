// Review on the text from the command line: comments on passages, replies, suggested edits
// accepted or rejected, show --json with the anchors, submit and return pointing at what is
// open, and nothing of it in the exported page.
#include "tests/cli/commandlineharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestCommandLineReview : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void anEditorCommentsAndTheAuthorAnswers();
    void passagesAreQuotedAsAPersonTypesThem();

private:
    // Ji (a reporter) and the story she wrote, as article 1.
    void newsroomWithAStory();
    Run as(const QString &user, const QStringList &arguments)
    {
        return run(
            QStringList { QStringLiteral("--database"), m_store, QStringLiteral("--user"), user }
                + arguments,
            passwords());
    }
    static QProcessEnvironment passwords()
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
        return e;
    }
};

void TestCommandLineReview::newsroomWithAStory()
{
    initStore();
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    Run r
        = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"),
                QStringLiteral("ji"), QStringLiteral("--display"), QStringLiteral("Ji-woo Park") },
              newPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("ji"),
             QStringLiteral("--title"), QStringLiteral("Reporter"), QStringLiteral("--level"),
             QStringLiteral("contributor"), QStringLiteral("--term"), QStringLiteral("2026/27") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString file
        = write(QStringLiteral("story.md"),
                "Council delays vote\n\nThe council met on Monday to discuss the new bus station, "
                "according to figures from the transport office.\n\n"
                "\xe2\x80\x9cWe can\xe2\x80\x99t afford it,\xe2\x80\x9d said the treasurer. The "
                "vote was close. The vote was close "
                "again.\n");
    r = as(QStringLiteral("ji"), { QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLineReview::anEditorCommentsAndTheAuthorAnswers()
{
    newsroomWithAStory();
    const QString id = QStringLiteral("1");
    Run r = cd({ QStringLiteral("comment"), QStringLiteral("add"), id, QStringLiteral("--quote"),
                 QStringLiteral("figures from the transport office"), QStringLiteral("Source?") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Comment 1 on “figures from the transport office”\n"));
    r = cd({ QStringLiteral("suggest"), id, QStringLiteral("--quote"),
             QStringLiteral("met on Monday to discuss"), QStringLiteral("--with"),
             QStringLiteral("met on Monday about") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Suggestion 2 on “met on Monday to discuss”\n"));
    r = cd({ QStringLiteral("suggest"), id, QStringLiteral("--quote"), QStringLiteral("The vote"),
             QStringLiteral("--with"), QStringLiteral("The ballot"), QStringLiteral("--occurrence"),
             QStringLiteral("2") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Suggestion 3 on “The vote”\n"));
    // The list and show count what is open.
    r = anonymous({ QStringLiteral("list") });
    QVERIFY2(r.out.contains(QStringLiteral("[3 open comments]")), qPrintable(r.out));

    // The author answers, accepts one suggestion and turns the other down.
    r = as(QStringLiteral("ji"),
           { QStringLiteral("comment"), QStringLiteral("reply"), QStringLiteral("1"),
             QStringLiteral("The SU survey; linked.") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Reply 4 to comment 1\n"));
    r = as(QStringLiteral("ji"),
           { QStringLiteral("suggestion"), QStringLiteral("accept"), QStringLiteral("2") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Accepted; the article is now at version 2\n"));
    r = as(QStringLiteral("ji"),
           { QStringLiteral("suggestion"), QStringLiteral("reject"), QStringLiteral("3") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A reporter may not delete an editor's comment.
    r = as(QStringLiteral("ji"),
           { QStringLiteral("comment"), QStringLiteral("delete"), QStringLiteral("1") });
    QCOMPARE(r.code, 4);

    r = anonymous({ QStringLiteral("--json"), QStringLiteral("show"), id });
    QCOMPARE(r.code, 0);
    const QJsonObject shown = r.json().object();
    QVERIFY(shown.value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("met on Monday about the new bus station")));
    const QJsonArray comments = shown.value(QStringLiteral("comments")).toArray();
    QCOMPARE(comments.size(), 1);
    const QJsonObject c = comments.first().toObject();
    const QJsonObject quote
        = c.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("quote")).toObject();
    QCOMPARE(quote.value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(quote.value(QStringLiteral("exact")).toString(),
             QStringLiteral("figures from the transport office"));
    QVERIFY(
        quote.value(QStringLiteral("prefix")).toString().endsWith(QStringLiteral("according to ")));
    const QJsonObject position
        = c.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("position")).toObject();
    QCOMPARE(position.value(QStringLiteral("type")).toString(),
             QStringLiteral("TextPositionSelector"));
    QCOMPARE(
        c.value(QStringLiteral("located")).toObject().value(QStringLiteral("match")).toString(),
        QStringLiteral("exact"));
    QCOMPARE(c.value(QStringLiteral("replies")).toArray().size(), 1);
    QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    const QJsonArray suggestions = shown.value(QStringLiteral("suggestions")).toArray();
    QCOMPARE(suggestions.size(), 2);
    QStringList states;
    for (const QJsonValue &s : suggestions)
        states << s.toObject().value(QStringLiteral("state")).toString();
    states.sort();
    QCOMPARE(states, QStringList({ QStringLiteral("accepted"), QStringLiteral("rejected") }));

    // Submitting says what is still open; returning points at it.
    r = as(QStringLiteral("ji"), { QStringLiteral("submit"), id });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("1 comment on the text is still open")),
             qPrintable(r.err));
    r = cd({ QStringLiteral("return"), id, QStringLiteral("--note"), QStringLiteral("Nearly."),
             QStringLiteral("--comments") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous({ QStringLiteral("--json"), QStringLiteral("show"), id });
    const QString note = r.json()
                             .object()
                             .value(QStringLiteral("returned"))
                             .toObject()
                             .value(QStringLiteral("note"))
                             .toString();
    QCOMPARE(note,
             QStringLiteral("Nearly.\n\nOpen comments on the text:\n• “figures from the "
                            "transport office”: Source? (Jane Doe)"));

    // Resolved, it is kept but no longer open; reopened, open again.
    r = as(QStringLiteral("ji"),
           { QStringLiteral("comment"), QStringLiteral("resolve"), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous(
        { QStringLiteral("comment"), QStringLiteral("list"), id, QStringLiteral("--open") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("no open comments")), qPrintable(r.err));
    r = anonymous({ QStringLiteral("comment"), QStringLiteral("list"), id });
    QVERIFY2(r.out.contains(QStringLiteral("[resolved]  Jane Doe")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("↳ The SU survey; linked. (Ji-woo Park")),
             qPrintable(r.out));
    r = cd({ QStringLiteral("comment"), QStringLiteral("reopen"), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // The history has it all; the exported page none of it.
    r = anonymous({ QStringLiteral("history"), id });
    QVERIFY2(r.out.contains(QStringLiteral("suggestion accepted")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("comment resolved")), qPrintable(r.out));
    const QString page = m_dir->filePath(QStringLiteral("page.html"));
    r = anonymous({ QStringLiteral("export"), id, QStringLiteral("--out"), page });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile html(page);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(html.readAll());
    QVERIFY(!exported.contains(QStringLiteral("Source?")));
    QVERIFY(!exported.contains(QStringLiteral("SU survey")));
    // Deleted by an editor: gone with its reply.
    r = cd({ QStringLiteral("comment"), QStringLiteral("delete"), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous(
        { QStringLiteral("--json"), QStringLiteral("comment"), QStringLiteral("list"), id });
    QCOMPARE(r.json().array().size(), 2); // the two suggestions
}

void TestCommandLineReview::passagesAreQuotedAsAPersonTypesThem()
{
    newsroomWithAStory();
    // Straight quotes find the typographic ones of the text.
    Run r = cd({ QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
                 QStringLiteral("--quote"), QStringLiteral("\"We can't afford it,\""),
                 QStringLiteral("Who said it first?") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Comment 1 on ““We can’t afford it,””\n"));
    // A passage standing twice needs more of it, or --occurrence.
    r = cd({ QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
             QStringLiteral("--quote"), QStringLiteral("The vote was close"),
             QStringLiteral("x") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("stands 2 times")), qPrintable(r.err));
    r = cd({ QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
             QStringLiteral("--quote"), QStringLiteral("The vote was close"),
             QStringLiteral("--occurrence"), QStringLiteral("3"), QStringLiteral("x") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("only 2 times")), qPrintable(r.err));
    // Not there at all; no such article; no text.
    r = cd({ QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
             QStringLiteral("--quote"), QStringLiteral("the mayor"), QStringLiteral("x") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("has no passage")), qPrintable(r.err));
    r = cd({ QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("9"),
             QStringLiteral("--quote"), QStringLiteral("the"), QStringLiteral("x") });
    QCOMPARE(r.code, 2);
    r = cd({ QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("1"),
             QStringLiteral("--quote"), QStringLiteral("the council") });
    QCOMPARE(r.code, 1);
    // Accepting every open suggestion at once: one new version.
    for (const char *passage : { "bus station", "transport office" }) {
        r = cd({ QStringLiteral("suggest"), QStringLiteral("1"), QStringLiteral("--quote"),
                 QString::fromLatin1(passage), QStringLiteral("--with"),
                 QString::fromLatin1(passage).toUpper() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    r = as(QStringLiteral("ji"),
           { QStringLiteral("suggestion"), QStringLiteral("accept"), QStringLiteral("--all"),
             QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("edits taken") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Accepted; the article is now at version 2\n"));
    r = anonymous({ QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("BUS STATION"))
                 && r.out.contains(QStringLiteral("TRANSPORT OFFICE")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCommandLineReview)
#include "tst_commandline_review.moc"
