// The window as a reporter uses it: type an article, save it, find it again by search, reopen
// it; paste from a word processor; meet a conflict without losing anything.

#include "app/articles/articlelistmodel.h"
#include "app/body/markdownwriter.h"
#include "app/body/textstats.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/conflictdialog.h"
#include "ui/historypanel.h"
#include "ui/issuespanel.h"
#include "ui/mainwindow.h"
#include "ui/spellhighlighter.h"
#include "ui/staffdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace copydesk;

// Types text key by key as a person would, typographic quotes included (QTest::keyClicks takes
// ASCII only).
static void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typeSaveReopenAndFindBySearch();
    void pasteIsReducedToNewsroomSemantics();
    void conflictIsShownAndOverwritesNothing();
    void hugePasteAndSaveAreRefused();
    void filtersByStatusAndSection();
    void unsavedArticleMarksTheWindow();
    void demoNewsroomScreenshot();
    void workflowFromWriterToPublication();
    void typingInALongArticleRechecksOneParagraph();
    void spellingMenuOffersSuggestionsAndDictionaries();
    void issuesPanelListsAndJumps();
    void submittingShowsUnresolvedIssues();
    void previewCopyAndExportFromTheWindow();
    void staffDialogAddsAppointsAndEnds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_janeId = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_window = std::make_unique<ui::MainWindow>();
    const auto opened = m_window->openStore(m_dir->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    const auto jane = m_window->newsroom().staff().createFirstAccount(
        QStringLiteral("jane"), QStringLiteral("Jane Doe"), QStringLiteral("correct horse"));
    QVERIFY(jane.ok());
    m_janeId = jane->id;
    const auto signedIn = m_window->signIn(QStringLiteral("jane"), QStringLiteral("correct horse"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::typeSaveReopenAndFindBySearch()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    ui::ArticleEditor *editor = w.editor();
    QTest::keyClicks(editor->headline(), QStringLiteral("Council budget row deepens"));
    QTest::keyClicks(editor->standfirst(), QStringLiteral("Councillors could not agree."));
    editor->section()->setCurrentText(QStringLiteral("News"));
    QTest::keyClicks(editor->tags(), QStringLiteral("council, budget"));

    ui::BodyEdit *body = editor->body();
    body->setFocus();
    type(body, QStringLiteral("The council’s "));
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier); // bold on, through the window's shortcut
    QTest::keyClicks(body, QStringLiteral("budget"));
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body, QStringLiteral(" row went on past midnight."));
    QTest::keyClick(body, Qt::Key_Return);
    type(body, QStringLiteral("‘We will not cut the buses,’ said the leader."));
    QVERIFY(editor->isModified());
    QTRY_COMPARE(editor->wordCount(), 17);
    QVERIFY2(w.statusText().contains(QStringLiteral("17 words")), qPrintable(w.statusText()));
    QVERIFY2(w.statusText().contains(QStringLiteral("1 min read")), qPrintable(w.statusText()));

    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->isModified());
    const qint64 id = editor->articleId();
    QVERIFY(id > 0);
    const auto stored = w.newsroom().archive().article(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->headline, QStringLiteral("Council budget row deepens"));
    QCOMPARE(stored->section, QStringLiteral("News"));
    QCOMPARE(stored->tags, QStringList({ QStringLiteral("budget"), QStringLiteral("council") }));
    QCOMPARE(stored->authorNames, QStringList { QStringLiteral("Jane Doe") });
    QCOMPARE(editor->bylineButton()->text(), QStringLiteral("Jane Doe"));
    QCOMPARE(stored->body,
             QStringLiteral("The council’s **budget** row went on past midnight.\n\n"
                            "‘We will not cut the buses,’ said the leader.\n"));

    QVERIFY(w.closeArticle());
    QCOMPARE(w.editor()->articleId(), 0);

    // Find it by a word of its body, as typed into the search box.
    QTest::keyClicks(w.searchBox(), QStringLiteral("midnight"));
    QTRY_COMPARE(w.articleModel()->search(), QStringLiteral("midnight"));
    QTRY_VERIFY(!w.articleModel()->isLoading()); // searched in the background
    QCOMPARE(w.articleModel()->rowCount(), 1);
    const QModelIndex hit = w.articleModel()->index(0, app::ArticleListModel::Headline);
    QCOMPARE(hit.data().toString(), QStringLiteral("Council budget row deepens"));
    QVERIFY(hit.data(app::ArticleListModel::SnippetRole)
                .toString()
                .contains(QStringLiteral("midnight")));

    // Reopen it from the list.
    w.articleView()->setCurrentIndex(hit);
    QCOMPARE(w.editor()->articleId(), id);
    QCOMPARE(w.editor()->headline()->text(), QStringLiteral("Council budget row deepens"));
    QCOMPARE(w.editor()->article().body, stored->body);
    QVERIFY(!w.editor()->isModified());

    w.searchBox()->clear();
    QTest::keyClicks(w.searchBox(), QStringLiteral("zeppelin"));
    QTRY_COMPARE(w.articleModel()->search(), QStringLiteral("zeppelin"));
    QTRY_VERIFY(!w.articleModel()->isLoading());
    QCOMPARE(w.articleModel()->rowCount(), 0);
}

void TestMainWindow::pasteIsReducedToNewsroomSemantics()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    ui::BodyEdit *body = w.editor()->body();
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral(
        "<html><body><h1 style=\"font-family:Calibri\">Reaction</h1>"
        "<p class=MsoNormal><span style=\"font-family:Comic Sans MS;color:red;font-size:20pt\">"
        "The <b>mayor</b> <u>said</u> <i>no</i> to <a "
        "href=\"https://example.org/a?b=1&amp;c=2\">the plan</a>.</span></p>"
        "<ul><li>first</li><li>second</li></ul>"
        "<table><tr><td>cell</td></tr></table>"
        "<p><img src=\"x.png\">After image</p></body></html>"));
    mime->setText(QStringLiteral("plain fallback"));
    QApplication::clipboard()->setMimeData(mime);
    body->setFocus();
    body->paste();
    const QString markdown = app::MarkdownWriter::write(body->document());
    QCOMPARE(markdown,
             QStringLiteral("## Reaction\n\nThe **mayor** said *no* to [the "
                            "plan](https://example.org/a?b=1&c=2).\n\n"
                            "- first\n- second\n\ncell\n\nAfter image\n"));
    // No fonts or colours survive into the document.
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QVERIFY(!it.fragment().charFormat().hasProperty(QTextFormat::FontFamilies));
}

void TestMainWindow::hugePasteAndSaveAreRefused()
{
    // Issue 17, defect 4: limits a newsroom never reaches by accident, on the window's paths.
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    ui::BodyEdit *body = w.editor()->body();
    QApplication::clipboard()->setText(QString(3 * 1024 * 1024, QLatin1Char('x')));
    body->setFocus();
    body->paste();
    QVERIFY2(body->document()->characterCount() < 1000, "a 3 MB paste was let in");

    // A headline over the limit is not saved.
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Short"));
    w.editor()->headline()->setMaxLength(100000);
    w.editor()->headline()->setText(QString(301, QLatin1Char('h')));
    w.setSubmitConfirmation([](const QList<app::Issue> &) { return true; });
    QTimer::singleShot(0, [] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(top))
                box->accept();
    });
    QVERIFY(!w.save());
    QCOMPARE(w.newsroom().archive().count({}).value(), 0);
}

void TestMainWindow::conflictIsShownAndOverwritesNothing()
{
    ui::MainWindow &w = *m_window;
    db::Article draft;
    draft.headline = QStringLiteral("Shared story");
    draft.body = QStringLiteral("Original text.\n");
    const auto created = w.newsroom().archive().createArticle(draft, w.actor());
    QVERIFY(created.ok());
    w.articleModel()->reload();
    QVERIFY(w.openArticle(created->id));

    // Someone else saves first.
    db::Article theirs = *created;
    theirs.body = QStringLiteral("Their text.\n");
    QCOMPARE(w.newsroom().archive().saveArticle(theirs, 1, w.actor()).value(), 2);

    QTest::keyClicks(w.editor()->body(), QStringLiteral("My addition. "));
    QString dialogText;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogText = dialog->windowTitle();
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            if (button->text().contains(QStringLiteral("Keep Editing")))
                button->click();
    });
    QVERIFY(!w.save());
    QCOMPARE(dialogText, QStringLiteral("Someone saved this article first"));
    QCOMPARE(w.newsroom().archive().article(created->id)->body, QStringLiteral("Their text.\n"));
    QVERIFY(w.editor()->isModified()); // my text is still in the editor
    QVERIFY(w.editor()->article().body.contains(QStringLiteral("My addition.")));

    // Saving mine as a copy keeps both.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            if (button->text().contains(QStringLiteral("Copy")))
                button->click();
    });
    QVERIFY(w.save());
    QCOMPARE(w.newsroom().archive().count({}).value(), 2);
    QCOMPARE(w.newsroom().archive().article(created->id)->body, QStringLiteral("Their text.\n"));
    QVERIFY(w.editor()->articleId() != created->id);
    QVERIFY(w.editor()->article().body.contains(QStringLiteral("My addition.")));
}

void TestMainWindow::filtersByStatusAndSection()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newsroom().demo().addDemoNewsroom(m_janeId).ok());
    QVERIFY(w.openStore(w.newsroom().path()).ok());
    QCOMPARE(w.articleModel()->rowCount(), 6);
    auto *status = w.findChild<QComboBox *>();
    QVERIFY(status);
    const auto combos = w.findChildren<QComboBox *>();
    QComboBox *statusFilter = nullptr;
    QComboBox *sectionFilter = nullptr;
    for (QComboBox *combo : combos) {
        if (combo->accessibleName() == QStringLiteral("Status filter"))
            statusFilter = combo;
        if (combo->accessibleName() == QStringLiteral("Section filter"))
            sectionFilter = combo;
    }
    QVERIFY(statusFilter && sectionFilter);
    statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("published")));
    QCOMPARE(w.articleModel()->rowCount(), 2);
    sectionFilter->setCurrentIndex(sectionFilter->findData(QStringLiteral("News")));
    QCOMPARE(w.articleModel()->rowCount(), 1);
    QCOMPARE(w.articleModel()->index(0, 0).data().toString(),
             QStringLiteral("Council approves £4.2m plan to rebuild Eastgate bus station"));
    statusFilter->setCurrentIndex(0);
    QCOMPARE(w.articleModel()->rowCount(), 2);

    // Sorting by headline, A to Z.
    sectionFilter->setCurrentIndex(0);
    w.articleView()->sortByColumn(app::ArticleListModel::Headline, Qt::AscendingOrder);
    QCOMPARE(w.articleModel()->index(0, 0).data().toString(),
             QStringLiteral("Archive opens letters of the city’s first newspaper editor"));
}

void TestMainWindow::unsavedArticleMarksTheWindow()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    QVERIFY(!w.isWindowModified());
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Draft"));
    QVERIFY(w.isWindowModified());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Draft")));
}

void TestMainWindow::demoNewsroomScreenshot()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newsroom().demo().addDemoNewsroom(m_janeId).ok());
    QVERIFY(w.openStore(w.newsroom().path()).ok());
    w.resize(1400, 860);
    QCOMPARE(w.articleModel()->rowCount(), 6);
    w.articleView()->selectRow(5);
    QCOMPARE(w.editor()->headline()->text(),
             QStringLiteral("Council approves £4.2m plan to rebuild Eastgate bus station"));
    QVERIFY(w.editor()->article().body.contains(QStringLiteral("## What changes")));
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR",
                                             QStringLiteral(COPYDESK_SCREENSHOT_DEFAULT));
    QVERIFY(QDir().mkpath(dir));
    const QString file = QDir(dir).filePath(QStringLiteral("copydesk-main-window.png"));
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestMainWindow::workflowFromWriterToPublication()
{
    ui::MainWindow &w = *m_window;
    app::Newsroom &n = w.newsroom();
    const app::Actor chief = w.actor();
    auto hire = [&](const QString &username, const QString &name, const QString &title,
                    const QString &level, const QString &section) {
        db::Person p;
        p.username = username;
        p.displayName = name;
        const auto person = n.staff().addPerson(chief, p, QStringLiteral("their password"));
        QVERIFY(person.ok());
        db::Appointment a;
        a.personId = person->id;
        a.title = title;
        a.level = level;
        a.section = section;
        a.term = QStringLiteral("2026/27");
        QVERIFY(n.staff().appoint(chief, a).ok());
    };
    hire(QStringLiteral("ji"), QStringLiteral("Ji-woo Park"), QStringLiteral("Contributor"),
         QStringLiteral("contributor"), {});
    hire(QStringLiteral("amira"), QStringLiteral("Amira Haddad"), QStringLiteral("Global Editor"),
         QStringLiteral("section-editor"), QStringLiteral("Global"));
    const QString pw = QStringLiteral("their password");

    // The contributor writes and submits.
    QVERIFY(w.signIn(QStringLiteral("ji"), pw).ok());
    QVERIFY2(w.personText().contains(QStringLiteral("Ji-woo Park — Contributor (2026/27)")),
             qPrintable(w.personText()));
    QVERIFY(w.newArticle());
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Flood map links Seoul and Leeds"));
    w.editor()->section()->setCurrentText(QStringLiteral("Global"));
    QTest::keyClicks(w.editor()->body(), QStringLiteral("Students photographed the river."));
    QVERIFY(w.save());
    const qint64 id = w.editor()->articleId();
    QVERIFY(!w.workflowAction(app::Action::Approve)->isEnabled());
    QVERIFY(w.workflowAction(app::Action::Submit)->isEnabled());
    QVERIFY(!w.workflowAction(app::Action::Publish)->isEnabled());
    QVERIFY2(w.workflowAction(app::Action::Publish)
                 ->toolTip()
                 .contains(QStringLiteral("only an article that is approved")),
             qPrintable(w.workflowAction(app::Action::Publish)->toolTip()));
    QVERIFY(w.runAction(app::Action::Submit));
    QCOMPARE(n.archive().article(id)->status, Status::InReview);
    QVERIFY(w.editor()->isReadOnly()); // a contributor cannot edit an article in review
    QVERIFY(!w.workflowAction(app::Action::Approve)->isEnabled());
    QVERIFY2(w.workflowAction(app::Action::Approve)
                 ->toolTip()
                 .contains(QStringLiteral("authors cannot approve their own article")),
             qPrintable(w.workflowAction(app::Action::Approve)->toolTip()));

    // The section editor finds it in her review queue and returns it with a note.
    QVERIFY(w.signIn(QStringLiteral("amira"), pw).ok());
    w.setView(ui::MainWindow::View::ReviewQueue);
    QCOMPARE(w.articleModel()->rowCount(), 1);
    w.articleView()->setCurrentIndex(w.articleModel()->index(0, 0));
    QCOMPARE(w.editor()->articleId(), id);
    QVERIFY(!w.editor()->isReadOnly());
    QVERIFY(w.workflowAction(app::Action::Return)->isEnabled());
    QVERIFY(w.runAction(app::Action::Return, QStringLiteral("Say which river: the Han.")));
    QCOMPARE(n.archive().article(id)->status, Status::Draft);
    QCOMPARE(w.articleModel()->rowCount(), 0); // no longer in her queue

    // The contributor sees the note, edits and resubmits.
    QVERIFY(w.signIn(QStringLiteral("ji"), pw).ok());
    w.setView(ui::MainWindow::View::Mine);
    QCOMPARE(w.articleModel()->rowCount(), 1);
    w.articleView()->setCurrentIndex(w.articleModel()->index(0, 0));
    QCOMPARE(w.editor()->articleId(), id);
    bool sawNote = false;
    QTreeWidget *history = w.historyPanel()->tree();
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        sawNote = sawNote
            || history->topLevelItem(i)->text(3) == QStringLiteral("Say which river: the Han.");
    QVERIFY(sawNote);
    QVERIFY(!w.editor()->isReadOnly());
    w.editor()->body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(w.editor()->body(), QStringLiteral(" The Han rose in August."));
    QVERIFY(w.save());
    QVERIFY(w.runAction(app::Action::Submit));

    // The section editor approves and publishes.
    QVERIFY(w.signIn(QStringLiteral("amira"), pw).ok());
    w.setView(ui::MainWindow::View::ReviewQueue);
    QCOMPARE(w.articleModel()->rowCount(), 1);
    w.articleView()->setCurrentIndex(w.articleModel()->index(0, 0));
    QVERIFY(w.runAction(app::Action::Approve));
    QVERIFY(w.runAction(app::Action::Publish));
    const auto published = n.archive().article(id).value();
    QCOMPARE(published.status, Status::Published);
    QVERIFY(published.body.contains(QStringLiteral("The Han rose in August.")));
    QVERIFY(w.editor()->isReadOnly()); // a section editor cannot correct a published article

    // A look at the queue with work in it.
    for (const char *headline : { "Rent rises outpace loans", "Archive opens editor's letters" }) {
        db::Article a;
        a.headline = QString::fromLatin1(headline);
        a.section = QStringLiteral("Global");
        a.body = QStringLiteral("Text.\n");
        const auto created = n.archive().createArticle(a, chief);
        QVERIFY(n.workflow().transition(created->id, app::Action::Submit, chief).ok());
    }
    w.setView(ui::MainWindow::View::ReviewQueue);
    QCOMPARE(w.articleModel()->rowCount(), 2);
    w.articleView()->setCurrentIndex(w.articleModel()->index(0, 0));
    w.resize(1400, 900);
    const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR",
                                             QStringLiteral(COPYDESK_SCREENSHOT_DEFAULT));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("copydesk-review-queue.png"))));
}

void TestMainWindow::typingInALongArticleRechecksOneParagraph()
{
    ui::MainWindow &w = *m_window;
    // 400 paragraphs of 50 words: 20,000 words.
    QStringList paragraphs;
    const QString sentence
        = QStringLiteral("The council met on Tuesday and agreed the budget after a long debate. ");
    for (int p = 0; p < 400; ++p) {
        QString paragraph;
        while (app::textstats::wordCount(paragraph) < 50)
            paragraph += sentence;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 50);
        paragraphs << words.join(QLatin1Char(' '));
    }
    db::Article article;
    article.headline = QStringLiteral("A very long read");
    article.body = paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    const auto created = w.newsroom().archive().createArticle(article, w.actor());
    QVERIFY(created.ok());
    QCOMPARE(created->wordCount, 20000);
    QVERIFY(w.openArticle(created->id));
    ui::SpellHighlighter *highlighter = w.editor()->highlighter();
    QVERIFY(highlighter->checker());
    QCOMPARE(w.editor()->body()->document()->blockCount(), 400);

    highlighter->resetCount();
    QTextCursor cursor(w.editor()->body()->document()->findBlockByNumber(200));
    cursor.movePosition(QTextCursor::EndOfBlock);
    w.editor()->body()->setTextCursor(cursor);
    QTest::keyClicks(w.editor()->body(), QStringLiteral(" Councill"));
    QCoreApplication::processEvents();
    QCOMPARE(highlighter->blocksChecked(), 9); // one check of the edited paragraph per keystroke
    // The misspelling is underlined in that paragraph only.
    const QTextBlock edited = w.editor()->body()->document()->findBlockByNumber(200);
    bool underlined = false;
    for (const QTextLayout::FormatRange &range : edited.layout()->formats())
        underlined
            = underlined || range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    QVERIFY(underlined);
    QVERIFY(w.editor()->body()->document()->findBlockByNumber(199).layout()->formats().isEmpty());
}

void TestMainWindow::spellingMenuOffersSuggestionsAndDictionaries()
{
    ui::MainWindow &w = *m_window;
    db::Article article;
    article.headline = QStringLiteral("Flood map");
    article.body = QStringLiteral("Students at Yonsei photographed the rivver.\n");
    const auto created = w.newsroom().archive().createArticle(article, w.actor());
    QVERIFY(w.openArticle(created->id));
    const QTextBlock block = w.editor()->body()->document()->begin();
    const int rivver = block.position() + int(block.text().indexOf(QStringLiteral("rivver"))) + 2;
    QObject owner;
    const QList<QAction *> actions = w.editor()->spellingActions(rivver, &owner);
    QStringList texts;
    for (QAction *a : actions)
        texts << a->text();
    QVERIFY2(texts.contains(QStringLiteral("river")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Add “rivver” to House Dictionary")));
    // Choosing the suggestion corrects the text.
    for (QAction *a : actions)
        if (a->text() == QStringLiteral("river"))
            a->trigger();
    QVERIFY(w.editor()->article().body.contains(QStringLiteral("the river.")));

    // Yonsei into the house dictionary (the signed-in editor-in-chief may).
    const int yonsei = block.position() + int(block.text().indexOf(QStringLiteral("Yonsei"))) + 1;
    const QList<QAction *> more = w.editor()->spellingActions(yonsei, &owner);
    QAction *house = nullptr;
    for (QAction *a : more)
        if (a->text().startsWith(QStringLiteral("Add “Yonsei” to House")))
            house = a;
    QVERIFY(house && house->isEnabled());
    house->trigger();
    QVERIFY(w.newsroom()
                .spelling()
                .words(QStringLiteral("en_GB"), 0)
                ->contains(QStringLiteral("Yonsei")));
    QVERIFY(w.editor()->spellingActions(yonsei, &owner).isEmpty());
}

void TestMainWindow::issuesPanelListsAndJumps()
{
    ui::MainWindow &w = *m_window;
    db::Article article;
    article.headline = QStringLiteral("Councill budget");
    article.body = QStringLiteral("First paragraph.\n\nThe the vote was close.\n");
    const auto created = w.newsroom().archive().createArticle(article, w.actor());
    QVERIFY(w.openArticle(created->id));
    w.checkNow();
    const auto issues = w.issuesPanel()->issues();
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).word, QStringLiteral("Councill"));
    QCOMPARE(issues.at(0).line, 1);
    QCOMPARE(issues.at(1).kind, QStringLiteral("repeated-word"));
    QCOMPARE(w.issuesPanel()->tree()->topLevelItem(1)->text(0), QStringLiteral("Paragraph 2"));
    Q_EMIT w.issuesPanel()->tree()->itemActivated(w.issuesPanel()->tree()->topLevelItem(1), 0);
    QCOMPARE(w.editor()->body()->textCursor().selectedText(), QStringLiteral("the"));
    QCOMPARE(w.editor()->body()->textCursor().block().text(),
             QStringLiteral("The the vote was close."));
}

void TestMainWindow::submittingShowsUnresolvedIssues()
{
    ui::MainWindow &w = *m_window;
    db::Article article;
    article.headline = QStringLiteral("Budget");
    article.body = QStringLiteral("The councill voted.\n");
    const auto created = w.newsroom().archive().createArticle(article, w.actor());
    QVERIFY(w.openArticle(created->id));
    QList<app::Issue> shown;
    w.setSubmitConfirmation([&](const QList<app::Issue> &issues) {
        shown = issues;
        return false; // go back
    });
    QVERIFY(!w.runAction(app::Action::Submit));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().word, QStringLiteral("councill"));
    QCOMPARE(w.newsroom().archive().article(created->id)->status, Status::Draft);
    w.setSubmitConfirmation([](const QList<app::Issue> &) { return true; }); // go on
    QVERIFY(w.runAction(app::Action::Submit));
    QCOMPARE(w.newsroom().archive().article(created->id)->status, Status::InReview);
}

void TestMainWindow::previewCopyAndExportFromTheWindow()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Preview me <now>"));
    QTest::keyClicks(w.editor()->body(), QStringLiteral("Plain "));
    QTest::keyClick(w.editor()->body(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(w.editor()->body(), QStringLiteral("bold"));
    // The preview shows the text as edited, not yet saved, as a draft.
    const auto html = w.previewHtml();
    QVERIFY(html.ok());
    QVERIFY(html->contains(QStringLiteral("<h1>Preview me &lt;now&gt;</h1>")));
    QVERIFY(html->contains(QStringLiteral("<strong>bold</strong>")));
    QVERIFY(html->contains(QStringLiteral("Draft — not published")));
    w.copyBodyAsHtml();
    QCOMPARE(QApplication::clipboard()->mimeData()->html(),
             QStringLiteral("<p>Plain <strong>bold</strong></p>\n"));

    QVERIFY(w.save());
    const qint64 id = w.editor()->articleId();
    const app::Actor me = w.actor();
    for (app::Action a : { app::Action::Submit, app::Action::Approve, app::Action::Publish }) {
        // The editor-in-chief wrote it; a deputy approves.
        if (a == app::Action::Approve) {
            db::Person p;
            p.username = QStringLiteral("dep");
            p.displayName = QStringLiteral("Deputy");
            const auto person = w.newsroom().staff().addPerson(me, p, QStringLiteral("pw"));
            db::Appointment ap;
            ap.personId = person->id;
            ap.title = QStringLiteral("Deputy Editor");
            ap.level = QStringLiteral("deputy-editor");
            QVERIFY(w.newsroom().staff().appoint(me, ap).ok());
            QVERIFY(w.newsroom()
                        .workflow()
                        .transition(id, a, w.newsroom().staff().actor(person->id).value())
                        .ok());
        } else {
            QVERIFY(w.newsroom().workflow().transition(id, a, me).ok());
        }
    }
    const QString site = m_dir->filePath(QStringLiteral("site"));
    const auto report = w.exportSite(site, false);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->articles, 1);
    QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/articles/preview-me-now.html")));
}

void TestMainWindow::staffDialogAddsAppointsAndEnds()
{
    ui::MainWindow &w = *m_window;
    ui::StaffDialog dialog(w.newsroom(), w.actor(), &w);
    QCOMPARE(dialog.peopleList()->count(), 1); // Jane
    QVERIFY(dialog.addPerson(QStringLiteral("amira"), QStringLiteral("Amira Haddad"),
                             QStringLiteral("a password")));
    QCOMPARE(dialog.peopleList()->count(), 2);
    QCOMPARE(dialog.peopleList()->currentItem()->text(), QStringLiteral("Amira Haddad (amira)"));
    db::Appointment a;
    a.personId = w.newsroom().staff().personNamed(QStringLiteral("amira"))->id;
    a.title = QStringLiteral("Global Editor");
    a.level = QStringLiteral("section-editor");
    a.section = QStringLiteral("Global");
    a.term = QStringLiteral("2026/27");
    QVERIFY(dialog.appoint(a));
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Global Editor"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("open"));
    QVERIFY(w.newsroom()
                .staff()
                .actorNamed(QStringLiteral("amira"))
                ->editsSection(QStringLiteral("Global")));

    // Ending it: nothing to end until a row is chosen; then her last day is yesterday, the row
    // stays for the record and her powers go.
    QPushButton *end = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("End Appointment"))
            end = b;
    QVERIFY(end);
    QVERIFY(!end->isEnabled());
    table->setCurrentCell(0, 0);
    QVERIFY(end->isEnabled());
    end->click();
    const QString yesterday = w.newsroom().today().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 5)->text(), yesterday);
    QCOMPARE(w.newsroom().staff().appointmentsOf(a.personId)->first().endsOn.toString(Qt::ISODate),
             yesterday);
    QVERIFY(!w.newsroom()
                 .staff()
                 .actorNamed(QStringLiteral("amira"))
                 ->editsSection(QStringLiteral("Global")));

    // A contributor sees Staff greyed out, with the reason.
    db::Person p;
    p.username = QStringLiteral("ji");
    p.displayName = QStringLiteral("Ji-woo Park");
    const auto ji = w.newsroom().staff().addPerson(w.actor(), p, QStringLiteral("pw"));
    db::Appointment c;
    c.personId = ji->id;
    c.title = QStringLiteral("Contributor");
    c.level = QStringLiteral("contributor");
    QVERIFY(w.newsroom().staff().appoint(w.actor(), c).ok());
    QVERIFY(w.signIn(QStringLiteral("ji"), QStringLiteral("pw")).ok());
    QAction *staff = nullptr;
    for (QAction *action : w.findChildren<QAction *>())
        if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Staff")))
            staff = action;
    QVERIFY(staff);
    QVERIFY(!staff->isEnabled());
    QCOMPARE(staff->toolTip(),
             QStringLiteral("only the editor-in-chief or an administrator may manage staff"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
