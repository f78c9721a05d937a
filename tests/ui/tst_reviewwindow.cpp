// Review on the text in the window (issue 16): an editor comments on a passage and suggests new
// wording; the passages are marked in the body and follow its editing; the author accepts the
// suggestion (an ordinary edit, with undo), resolves the comment, and is asked before submitting
// with comments open; another person's comment arrives live.
#include "app/articles/articlelistmodel.h"
#include "app/articles/reviewservice.h"
#include "tests/ui/windowtest.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/commentspanel.h"
#include "ui/reviewdesk.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace copydesk;

class TestReviewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void anEditorCommentsAndTheAuthorAcceptsAndResolves();
    void passagesFollowTheTextAsItIsEdited();
    void submittingWithOpenCommentsAsksFirst();
    void anAcceptUndoneBeforeSavingStaysOpen();
    void anotherPersonsCommentArrivesLive();

private:
    app::Actor hire(const QString &username, const QString &name, const QString &level,
                    const QString &section = {});
    qint64 story(const app::Actor &author);
    bool select(const QString &passage);
    int commentMarks() const;
    void screenshot(QWidget *widget, const QString &name) const;

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestReviewWindow::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_window = m_test->openWindow(m_test->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY(m_window);
    m_window->resize(1400, 900);
}

void TestReviewWindow::cleanup()
{
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_test.reset();
}

app::Actor TestReviewWindow::hire(const QString &username, const QString &name,
                                  const QString &level, const QString &section)
{
    app::Newsroom &n = m_window->newsroom();
    db::Person p;
    p.username = username;
    p.displayName = name;
    const auto person = n.staff().addPerson(m_window->actor(), p, QStringLiteral("pw"));
    if (!person)
        return {};
    db::Appointment a;
    a.personId = person->id;
    a.title = level == QLatin1String("contributor") ? QStringLiteral("Reporter")
                                                    : QStringLiteral("News Editor");
    a.level = level;
    a.section = section;
    a.term = QStringLiteral("2026/27");
    if (!n.staff().appoint(m_window->actor(), a))
        return {};
    return n.staff().actorNamed(username).value();
}

qint64 TestReviewWindow::story(const app::Actor &author)
{
    db::Article article;
    article.headline = QStringLiteral("Council delays vote on bus station");
    article.section = QStringLiteral("News");
    article.authorIds = { author.id };
    article.body = QStringLiteral(
        "The council met on Monday to discuss the new bus station, according to figures "
        "from the transport office.\n\n"
        "“We cannot afford it,” said the treasurer, Ann Lee. The vote will be held in March.\n");
    const auto created = m_window->newsroom().archive().createArticle(article, m_window->actor());
    return created ? created->id : 0;
}

bool TestReviewWindow::select(const QString &passage)
{
    QTextDocument *document = m_window->editor()->body()->document();
    const QTextCursor found = document->find(passage);
    if (found.isNull())
        return false;
    m_window->editor()->body()->setTextCursor(found);
    return true;
}

int TestReviewWindow::commentMarks() const
{
    // The find bar is closed: every mark over the body is a comment's.
    return int(m_window->editor()->body()->extraSelections().size());
}

void TestReviewWindow::screenshot(QWidget *widget, const QString &name) const
{
    const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestReviewWindow::anEditorCommentsAndTheAuthorAcceptsAndResolves()
{
    const app::Actor ji
        = hire(QStringLiteral("ji"), QStringLiteral("Ji-woo Park"), QStringLiteral("contributor"));
    QVERIFY(ji.id > 0);
    QVERIFY(hire(QStringLiteral("tomasz"), QStringLiteral("Tomasz Wiśniewski"),
                 QStringLiteral("section-editor"), QStringLiteral("News"))
                .id
            > 0);
    const qint64 id = story(ji);
    QVERIFY(id > 0);

    // The section editor comments on a passage and suggests tighter wording for another.
    QVERIFY(m_window->signIn(QStringLiteral("tomasz"), QStringLiteral("pw")).ok());
    QVERIFY(m_window->openArticle(id));
    ui::CommentsPanel *panel = m_window->commentsPanel();
    QVERIFY(select(QStringLiteral("according to figures from the transport office")));
    const auto comment = m_window->review()->addComment(QStringLiteral("Source? Link the report."));
    QVERIFY2(comment.ok(), qPrintable(comment.errorString()));
    QVERIFY(select(QStringLiteral("met on Monday to discuss")));
    const auto suggestion = m_window->review()->suggest(QStringLiteral("met on Monday about"));
    QVERIFY2(suggestion.ok(), qPrintable(suggestion.errorString()));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->items().size(), 2);
    // In the order their passages stand: the suggestion first.
    QCOMPARE(panel->items().first().comment.id, suggestion->id);
    QCOMPARE(commentMarks(), 2);
    // The list (and so the review queue) shows how many are open.
    QTRY_COMPARE(
        m_window->articleModel()->index(0, app::ArticleListModel::Status).data().toString(),
        QStringLiteral("Draft · 2 comments"));
    QWidget *card = panel->cardOf(suggestion->id);
    QVERIFY(card);
    auto *change = card->findChild<QLabel *>(QStringLiteral("change"));
    QVERIFY(change);
    QVERIFY2(change->text().contains(QStringLiteral("<s>met on Monday to discuss</s>")),
             qPrintable(change->text()));
    // The editor may not change a draft of the author's in his section…: he may (section
    // editor); the author is who accepts here, so he signs out.
    screenshot(m_window.get(), QStringLiteral("review-editor-comments"));

    // The author opens it: the comment and the suggestion beside the text.
    QVERIFY(m_window->signIn(QStringLiteral("ji"), QStringLiteral("pw")).ok());
    QVERIFY(m_window->openArticle(id));
    QCOMPARE(panel->items().size(), 2);
    card = panel->cardOf(suggestion->id);
    QVERIFY(card);
    auto *accept = card->findChild<QPushButton *>(QStringLiteral("accept"));
    QVERIFY(accept && accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    ui::BodyEdit *body = m_window->editor()->body();
    QVERIFY2(
        body->toPlainText().startsWith(QStringLiteral("The council met on Monday about the new")),
        qPrintable(body->toPlainText()));
    QVERIFY(m_window->editor()->isModified());
    // Only what differs was written: the words kept are the same characters.
    // An ordinary edit: undo takes it back, redo brings it again.
    body->undo();
    QVERIFY(body->toPlainText().contains(QStringLiteral("met on Monday to discuss")));
    body->redo();
    QVERIFY(body->toPlainText().contains(QStringLiteral("met on Monday about")));
    // Recorded as accepted only with the save that keeps it.
    auto stateOf = [&](qint64 item) {
        for (const app::ReviewItem &i : m_window->newsroom().review().items(id).value())
            if (i.comment.id == item)
                return i.comment.state;
        return db::Comment::State::Open;
    };
    QCOMPARE(stateOf(suggestion->id), db::Comment::State::Open);
    QVERIFY(m_window->save());
    QVERIFY(m_window->newsroom().archive().article(id)->body.contains(
        QStringLiteral("met on Monday about the new bus station")));
    QCOMPARE(stateOf(suggestion->id), db::Comment::State::Accepted);

    // She answers the comment, then resolves it.
    card = panel->cardOf(comment->id);
    QVERIFY(card);
    auto *reply = card->findChild<QLineEdit *>(QStringLiteral("reply"));
    QVERIFY(reply);
    reply->setText(QStringLiteral("The council’s own report, linked now."));
    QTest::keyClick(reply, Qt::Key_Return);
    const auto thread = std::find_if(
        panel->items().cbegin(), panel->items().cend(),
        [&comment](const app::ReviewItem &i) { return i.comment.id == comment->id; });
    QVERIFY(thread != panel->items().cend());
    QCOMPARE(thread->replies.size(), 1);
    screenshot(m_window.get(), QStringLiteral("review-author-replies"));
    card = panel->cardOf(comment->id);
    auto *resolve = card->findChild<QPushButton *>(QStringLiteral("resolve"));
    QVERIFY(resolve && resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(m_window->review()->openCount(), 0);
    QVERIFY(!panel->cardOf(comment->id)); // hidden, kept
    QCOMPARE(commentMarks(), 0);
    QCOMPARE(m_window->newsroom().review().items(id)->size(), 2);
}

void TestReviewWindow::passagesFollowTheTextAsItIsEdited()
{
    const qint64 id = story(m_window->actor());
    QVERIFY(m_window->openArticle(id));
    QVERIFY(select(QStringLiteral("said the treasurer")));
    QVERIFY(m_window->review()->addComment(QStringLiteral("Her full title?")).ok());
    ui::BodyEdit *body = m_window->editor()->body();
    QTextCursor start(body->document());
    start.insertText(QStringLiteral("Late news. "));
    QTextCursor inside = body->document()->find(QStringLiteral("the treasurer"));
    inside.setPosition(inside.selectionStart() + 4);
    inside.insertText(QStringLiteral("city "));
    QCOMPARE(commentMarks(), 1);
    QCOMPARE(body->extraSelections().first().cursor.selectedText(),
             QStringLiteral("said the city treasurer"));
    const auto items = m_window->review()->items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(body->toPlainText().mid(items.first().at.start,
                                     items.first().at.end - items.first().at.start),
             QStringLiteral("said the city treasurer"));
    // Saved, the store finds it where it now stands.
    QVERIFY(m_window->save());
    const auto stored = m_window->newsroom().review().items(id);
    QCOMPARE(stored->first().comment.anchor.quote, QStringLiteral("said the city treasurer"));
    // The passage deleted: no mark; the panel lists it as orphaned after reopening.
    QTextCursor gone = body->document()->find(QStringLiteral("said the city treasurer"));
    gone.removeSelectedText();
    QCOMPARE(commentMarks(), 0);
    QVERIFY(m_window->save());
    QVERIFY(m_window->openArticle(id));
    QVERIFY(m_window->commentsPanel()->items().first().isOrphaned());
    QWidget *card = m_window->commentsPanel()->cardOf(stored->first().comment.id);
    QVERIFY(card);
    bool orphanShown = false;
    for (QLabel *label : card->findChildren<QLabel *>())
        orphanShown = orphanShown || label->text().contains(QStringLiteral("Orphaned"));
    QVERIFY(orphanShown);
}

void TestReviewWindow::submittingWithOpenCommentsAsksFirst()
{
    const qint64 id = story(m_window->actor());
    QVERIFY(m_window->openArticle(id));
    QVERIFY(select(QStringLiteral("in March")));
    QVERIFY(m_window->review()->addComment(QStringLiteral("Which date in March?")).ok());
    QList<app::Issue> asked;
    m_window->setSubmitConfirmation([&asked](const QList<app::Issue> &issues) {
        asked = issues;
        return false;
    });
    QVERIFY(!m_window->runAction(app::Action::Submit));
    QVERIFY(!asked.isEmpty());
    QCOMPARE(asked.first().kind, QStringLiteral("comment"));
    QVERIFY(asked.first().message.contains(QStringLiteral("Which date in March?")));
    QCOMPARE(m_window->newsroom().archive().article(id)->status, Status::Draft);
}

void TestReviewWindow::anAcceptUndoneBeforeSavingStaysOpen()
{
    const qint64 id = story(m_window->actor());
    QVERIFY(m_window->openArticle(id));
    QVERIFY(select(QStringLiteral("in March")));
    const auto suggestion = m_window->review()->suggest(QStringLiteral("in early March"));
    QVERIFY2(suggestion.ok(), qPrintable(suggestion.errorString()));
    QVERIFY(m_window->review()->accept(suggestion->id).ok());
    // Comments point at saved text: none on text changed here and not saved.
    QVERIFY(select(QStringLiteral("the treasurer")));
    QCOMPARE(m_window->review()->addComment(QStringLiteral("Her name?")).error().kind,
             Error::Kind::Invalid);
    m_window->editor()->body()->undo();
    QVERIFY(m_window->save());
    const auto items = m_window->newsroom().review().items(id).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().comment.state, db::Comment::State::Open);
    QCOMPARE(m_window->review()->openCount(), 1);

    // Accept All: every open suggestion in one step, which one undo takes back.
    QVERIFY(select(QStringLiteral("the new bus station")));
    QVERIFY(m_window->review()->suggest(QStringLiteral("the bus station")).ok());
    ui::BodyEdit *body = m_window->editor()->body();
    const QString before = body->toPlainText();
    QCOMPARE(m_window->review()->acceptAll().value(), 2);
    QVERIFY(body->toPlainText().contains(QStringLiteral("in early March")));
    QVERIFY(body->toPlainText().contains(QStringLiteral("discuss the bus station")));
    body->undo();
    QCOMPARE(body->toPlainText(), before);
    body->redo();
    QVERIFY(m_window->save());
    for (const app::ReviewItem &i : m_window->newsroom().review().items(id).value())
        QCOMPARE(i.comment.state, db::Comment::State::Accepted);
}

void TestReviewWindow::anotherPersonsCommentArrivesLive()
{
    const qint64 id = story(m_window->actor());
    QVERIFY(m_window->openArticle(id));
    QCOMPARE(m_window->commentsPanel()->items().size(), 0);
    // Someone else, in another program on this machine.
    app::Newsroom other;
    QVERIFY(other.open(m_window->newsroom().path(), app::Newsroom::OpenMode::MustExist).ok());
    const app::Actor me = other.staff().actorNamed(m_window->actor().username).value();
    const auto anchor = other.review().anchorFor(id, QStringLiteral("bus station"));
    QVERIFY(anchor.ok());
    QVERIFY(other.review()
                .add(me, id, db::Comment::Kind::Comment, *anchor, QStringLiteral("Which one?"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->commentsPanel()->items().size(), 1, 5000);
    QCOMPARE(commentMarks(), 1);
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
