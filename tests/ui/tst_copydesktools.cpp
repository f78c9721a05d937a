// The copy desk's tools in the window (issue 15): the house style guide's issues fixed from the
// Spelling and Style panel and the body's menu, one at a time or all as one undo step, and the
// guide itself under Tools ▸ House Style Guide.

#include "app/articles/articlelistmodel.h"
#include "tests/ui/windowtest.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/findbar.h"
#include "ui/housestyledialog.h"
#include "ui/issuespanel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

using namespace copydesk;

class TestCopydeskTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void houseStyleIssueIsFixedInOneClick();
    void applyAllIsOneUndoStep();
    void bodyMenuOffersTheHouseForm();
    void guideIsEditedFromTheToolsMenu();
    void anUnknownNameIsListedOnceAndAddedOnce();
    void aContributorReadsTheGuideButCannotChangeIt();
    void lengthsAreShownAsTheyAreTyped();
    void findAndReplaceInTheArticle();
    void aProofIsPrintedFromTheWindow();

private:
    qint64 openSlips();
    QList<app::Issue> houseIssues() const;
    void screenshot(QWidget *widget, const QString &name) const;

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestCopydeskTools::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_window = m_test->openWindow(m_test->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY(m_window);
}

void TestCopydeskTools::cleanup()
{
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_test.reset();
}

qint64 TestCopydeskTools::openSlips()
{
    db::Article article;
    article.headline = QStringLiteral("Kiev rents rise 5 percent");
    article.body = QStringLiteral("Whilst in **Kiev**, the e-mail came.\n\n"
                                  "See [Kiev](https://kiev.example/) for more.\n");
    const auto created = m_window->newsroom().archive().createArticle(article, m_window->actor());
    if (!created || !m_window->openArticle(created->id))
        return 0;
    m_window->checkNow();
    return created->id;
}

QList<app::Issue> TestCopydeskTools::houseIssues() const
{
    QList<app::Issue> found;
    for (const app::Issue &issue : m_window->issuesPanel()->issues())
        if (issue.kind == QLatin1String("house-style"))
            found << issue;
    return found;
}

void TestCopydeskTools::screenshot(QWidget *widget, const QString &name) const
{
    const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestCopydeskTools::houseStyleIssueIsFixedInOneClick()
{
    QVERIFY(openSlips() > 0);
    ui::IssuesPanel *panel = m_window->issuesPanel();
    // Headline: Kiev, percent; body: Whilst, Kiev, e-mail (the link's text is a link's).
    const QList<app::Issue> before = houseIssues();
    QCOMPARE(before.size(), 5);
    QVERIFY(panel->applyAllButton()->isEnabled());
    // Choosing a spelling-free house style issue enables Apply.
    int row = -1;
    for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i)
        if (panel->issueAt(i)->kind == QLatin1String("house-style")
            && panel->issueAt(i)->word == QStringLiteral("e-mail"))
            row = i;
    QVERIFY(row >= 0);
    panel->tree()->setCurrentItem(panel->tree()->topLevelItem(row));
    QVERIFY(panel->applyButton()->isEnabled());
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    const QString body = m_window->editor()->body()->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("the email came")), qPrintable(body));
    QCOMPARE(houseIssues().size(), 4);
    QVERIFY(m_window->editor()->isModified());
    // Undo takes it back.
    m_window->editor()->body()->undo();
    QVERIFY(m_window->editor()->body()->toPlainText().contains(QStringLiteral("the e-mail came")));
}

void TestCopydeskTools::applyAllIsOneUndoStep()
{
    QVERIFY(openSlips() > 0);
    ui::ArticleEditor *editor = m_window->editor();
    const QString bodyBefore = editor->body()->toPlainText();
    if (auto *dock = qobject_cast<QDockWidget *>(m_window->issuesPanel()->parentWidget())) {
        dock->show();
        dock->raise();
    }
    screenshot(m_window.get(), QStringLiteral("copydesk-house-style-issues"));
    QTest::mouseClick(m_window->issuesPanel()->applyAllButton(), Qt::LeftButton);
    QCOMPARE(editor->headline()->text(), QStringLiteral("Kyiv rents rise 5 per cent"));
    QCOMPARE(editor->body()->toPlainText(),
             QStringLiteral("While in Kyiv, the email came.\nSee Kiev for more."));
    QVERIFY(houseIssues().isEmpty());
    QVERIFY(!m_window->issuesPanel()->applyAllButton()->isEnabled());
    // Bold stays bold; the link keeps its address.
    const db::Article saved = m_window->editor()->article();
    QVERIFY2(saved.body.contains(QStringLiteral("**Kyiv**")), qPrintable(saved.body));
    QVERIFY2(saved.body.contains(QStringLiteral("[Kiev](https://kiev.example/)")),
             qPrintable(saved.body));
    // The body's fixes are one undo step; the headline's is its own.
    editor->body()->undo();
    QCOMPARE(editor->body()->toPlainText(), bodyBefore);
    editor->headline()->undo();
    QCOMPARE(editor->headline()->text(), QStringLiteral("Kiev rents rise 5 percent"));
}

void TestCopydeskTools::bodyMenuOffersTheHouseForm()
{
    QVERIFY(openSlips() > 0);
    ui::ArticleEditor *editor = m_window->editor();
    const QTextBlock block = editor->body()->document()->firstBlock();
    const int at = block.position() + int(block.text().indexOf(QStringLiteral("Whilst"))) + 2;
    QObject owner;
    const QList<QAction *> actions = editor->spellingActions(at, &owner);
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.first()->text(), QStringLiteral("Use “While” (House Style)"));
    actions.first()->trigger();
    QVERIFY(editor->body()->toPlainText().startsWith(QStringLiteral("While in Kiev")));
}

void TestCopydeskTools::anUnknownNameIsListedOnceAndAddedOnce()
{
    db::Article article;
    article.headline = QStringLiteral("Ngozi Okonjo at the union");
    article.body = QStringLiteral("Okonjo spoke. Later Okonjo left, and Okonjo’s aide wrote "
                                  "to Okonjo.\n\nThe file sat in wp-content/uploads_2019 with "
                                  "id wp_35pmrq.\n");
    const auto created = m_window->newsroom().archive().createArticle(article, m_window->actor());
    QVERIFY(m_window->openArticle(created->id));
    m_window->checkNow();
    ui::IssuesPanel *panel = m_window->issuesPanel();
    QStringList rows;
    for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i)
        rows << panel->tree()->topLevelItem(i)->text(1) + QStringLiteral(": ")
                + panel->tree()->topLevelItem(i)->text(2);
    // Identifiers and paths are not words; Okonjo (five places, one a possessive) is one row.
    QVERIFY2(rows.contains(QStringLiteral("Unknown name: Okonjo — 5 times")),
             qPrintable(rows.join(u'\n')));
    QCOMPARE(rows.filter(QStringLiteral("Okonjo")).size(), 1);
    QVERIFY2(rows.filter(QStringLiteral("wp")).isEmpty(), qPrintable(rows.join(u'\n')));
    const int row = int(rows.indexOf(QStringLiteral("Unknown name: Okonjo — 5 times")));
    panel->tree()->setCurrentItem(panel->tree()->topLevelItem(row));
    QCOMPARE(panel->issueAt(row)->line, 1); // the row stands at its first place
    QVERIFY(panel->addToHouseButton()->isEnabled()); // the editor-in-chief may
    QTest::mouseClick(panel->addToHouseButton(), Qt::LeftButton);
    QVERIFY(m_window->newsroom()
                .spelling()
                .words(QStringLiteral("en_GB"), 0)
                ->contains(QStringLiteral("Okonjo")));
    for (const app::Issue &issue : panel->issues())
        QVERIFY2(!issue.word.startsWith(QStringLiteral("Okonjo")), qPrintable(issue.word));
}

void TestCopydeskTools::guideIsEditedFromTheToolsMenu()
{
    QVERIFY(openSlips() > 0);
    QAction *open = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("House Style Guide…"))
                    open = a;
    QVERIFY(open && open->isEnabled());
    bool seen = false;
    int starter = 0;
    test::answerNextDialog<ui::HouseStyleDialog>(
        this,
        [&](ui::HouseStyleDialog *dialog) {
            starter = dialog->table()->rowCount();
            dialog->filter()->setText(QStringLiteral("Kiev"));
            int visible = 0;
            for (int row = 0; row < dialog->table()->rowCount(); ++row)
                visible += dialog->table()->isRowHidden(row) ? 0 : 1;
            QCOMPARE(visible, 1);
            dialog->filter()->clear();
            db::StyleRule rule;
            rule.preferred = QStringLiteral("flat");
            rule.avoid = { QStringLiteral("apartment") };
            QVERIFY(dialog->addRule(rule));
            QCOMPARE(dialog->table()->rowCount(), starter + 1);
            // The new rule is chosen: Remove takes it away, and it is added again.
            QVERIFY(dialog->removeSelected());
            QCOMPARE(dialog->table()->rowCount(), starter);
            QVERIFY(dialog->addRule(rule));
            screenshot(dialog, QStringLiteral("copydesk-house-style-guide"));
            dialog->accept();
        },
        &seen);
    open->trigger();
    QVERIFY(seen);
    QVERIFY(starter >= 95);
    // The open article is checked with the new rule at once.
    m_window->editor()->body()->textCursor().insertText(QStringLiteral("An apartment. "));
    m_window->checkNow();
    bool flagged = false;
    for (const app::Issue &issue : houseIssues())
        flagged = flagged || issue.word == QStringLiteral("apartment");
    QVERIFY(flagged);
}

void TestCopydeskTools::aContributorReadsTheGuideButCannotChangeIt()
{
    app::Actor contributor = m_window->actor();
    contributor.powers = { { app::Level::Contributor, {}, QStringLiteral("Reporter") } };
    ui::HouseStyleDialog dialog(m_window->newsroom(), contributor);
    QVERIFY(dialog.table()->rowCount() >= 95);
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        const QString text = button->text().remove(QLatin1Char('&'));
        if (text == QStringLiteral("Add Rule") || text == QStringLiteral("Import…"))
            QVERIFY2(!button->isEnabled() || !button->isEnabledTo(&dialog), qPrintable(text));
    }
    db::StyleRule rule;
    rule.preferred = QStringLiteral("flat");
    rule.avoid = { QStringLiteral("apartment") };
    bool warned = false;
    test::answerNextDialog<QDialog>(this, [&](QDialog *) { warned = true; });
    QVERIFY(!dialog.addRule(rule));
    QVERIFY(warned);
    QCOMPARE(m_window->newsroom().styleGuide().rules()->size(), dialog.table()->rowCount());
}

void TestCopydeskTools::lengthsAreShownAsTheyAreTyped()
{
    ui::MainWindow &w = *m_window;
    db::Article article;
    article.headline = QStringLiteral("Budget row");
    article.body = QStringLiteral("The council met and argued about the budget.\n");
    const auto created = w.newsroom().archive().createArticle(article, w.actor());
    QVERIFY(w.openArticle(created->id));
    ui::ArticleEditor *editor = w.editor();
    // The headline's count against the house limit (70 unless the newsroom says otherwise).
    QCOMPARE(editor->headlineCount()->text(), QStringLiteral("10 / 70 characters"));
    editor->headline()->setText(QString(75, u'x'));
    QCOMPARE(editor->headlineCount()->text(),
             QStringLiteral("75 / 70 characters: too long for the web"));
    QVERIFY(editor->headlineCount()->font().bold());
    editor->headline()->setText(QStringLiteral("Budget row"));
    // The words against the length commissioned, in the status bar and, once saved, the list.
    QVERIFY(w.statusText().startsWith(QStringLiteral("8 words")));
    editor->commissionedBox()->setValue(600);
    QVERIFY2(w.statusText().startsWith(QStringLiteral("8 / 600 words")),
             qPrintable(w.statusText()));
    QVERIFY(editor->isModified());
    QVERIFY(w.save());
    QCOMPARE(w.newsroom().archive().article(created->id)->commissionedWords, 600);
    const auto *model = w.findChild<app::ArticleListModel *>();
    QVERIFY(model);
    QTRY_COMPARE(model->index(0, app::ArticleListModel::Words).data().toString(),
                 QStringLiteral("8 / 600"));
    // Submitting 99% under asks first, with the length among the issues.
    QList<app::Issue> shown;
    w.setSubmitConfirmation([&](const QList<app::Issue> &issues) {
        shown = issues;
        return false;
    });
    QVERIFY(!w.runAction(app::Action::Submit));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, QStringLiteral("length"));
    QCOMPARE(shown.first().message, QStringLiteral("8 words against 600 commissioned (99% under)"));
    // Within 10%: no question.
    editor->commissionedBox()->setValue(8);
    QVERIFY(w.save());
    w.setSubmitConfirmation([&](const QList<app::Issue> &) { return false; });
    QVERIFY(w.runAction(app::Action::Submit));
}

void TestCopydeskTools::findAndReplaceInTheArticle()
{
    ui::MainWindow &w = *m_window;
    db::Article article;
    article.headline = QStringLiteral("Budget");
    article.body = QStringLiteral("The council met. The Council voted.\n\n**Council’s** budget "
                                  "and the councillors.\n");
    const auto created = w.newsroom().archive().createArticle(article, w.actor());
    QVERIFY(w.openArticle(created->id));
    ui::FindBar *bar = w.editor()->findBar();
    QVERIFY(!bar->isVisible());
    // Ctrl+F: the article's find bar (Ctrl+Shift+F is the archive's search).
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->findField()->hasFocus());
    QTest::keyClicks(bar->findField(), QStringLiteral("council"));
    QCOMPARE(bar->matchCount(), 4);
    QCOMPARE(bar->status()->text(), QStringLiteral("1 of 4"));
    QCOMPARE(w.editor()->body()->extraSelections().size(), 4);
    bar->wholeWordsBox()->setChecked(true); // not "councillors"
    QCOMPARE(bar->matchCount(), 3);
    QTest::keyClick(&w, Qt::Key_F3);
    QCOMPARE(bar->status()->text(), QStringLiteral("2 of 3"));
    QTest::keyClick(&w, Qt::Key_F3);
    QTest::keyClick(&w, Qt::Key_F3);
    QCOMPARE(bar->status()->text(), QStringLiteral("1 of 3 · from the top"));
    QTest::keyClick(&w, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->status()->text(), QStringLiteral("3 of 3 · from the end"));
    QCOMPARE(w.editor()->body()->textCursor().selectedText(), QStringLiteral("Council"));
    bar->matchCaseBox()->setChecked(true);
    QCOMPARE(bar->matchCount(), 1);
    bar->matchCaseBox()->setChecked(false);

    // Ctrl+H: replace one (seen first), then the rest as one undo step.
    QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->replaceField()->isVisible());
    bar->replaceField()->setText(QStringLiteral("board"));
    QTest::keyClick(&w, Qt::Key_Home, Qt::ControlModifier); // nothing chosen
    w.editor()->body()->moveCursor(QTextCursor::Start);
    QVERIFY(!bar->replaceCurrent()); // the first match is chosen, not yet replaced
    QCOMPARE(w.editor()->body()->textCursor().selectedText(), QStringLiteral("council"));
    QVERIFY(bar->replaceCurrent());
    QVERIFY(w.editor()->body()->toPlainText().startsWith(QStringLiteral("The board met.")));
    const QString beforeAll = w.editor()->body()->toPlainText();
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(bar->status()->text(), QStringLiteral("Replaced 2"));
    QCOMPARE(w.editor()->body()->toPlainText(),
             QStringLiteral("The board met. The board voted.\nboard’s budget and the "
                            "councillors."));
    QVERIFY2(w.editor()->article().body.contains(QStringLiteral("**board’s**")),
             qPrintable(w.editor()->article().body));
    w.editor()->body()->undo();
    QCOMPARE(w.editor()->body()->toPlainText(), beforeAll);
    bar->findField()->setText(QStringLiteral("council"));
    screenshot(&w, QStringLiteral("copydesk-find"));

    // A broken expression says so; Esc closes and the highlights go.
    bar->regularExpressionBox()->setChecked(true);
    bar->findField()->setText(QStringLiteral("(coun"));
    QVERIFY2(bar->status()->text().startsWith(QStringLiteral("not a regular expression")),
             qPrintable(bar->status()->text()));
    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(w.editor()->body()->extraSelections().isEmpty());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.searchBox()->hasFocus());
}

void TestCopydeskTools::aProofIsPrintedFromTheWindow()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(openSlips() > 0);
    // Unsaved changes are in the proof: it is of the article as edited.
    w.editor()->headline()->setText(QStringLiteral("Kiev rents rise again"));
    QAction *print = nullptr;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Print Proof…"))
                    print = a;
    QVERIFY(print && print->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    // The platform's print dialog comes first (offering printers, a PDF file and the paper).
    bool asked = false;
    test::answerNextDialog<QPrintDialog>(
        this, [](QPrintDialog *dialog) { dialog->reject(); }, &asked);
    print->trigger();
    QVERIFY(asked);
    // What it prints, on a PDF.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("proof.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QCOMPARE(w.printProofOn(&writer), 1);
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString read = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(read.contains(QStringLiteral("Kiev rents rise again")), qPrintable(read));
    QVERIFY2(read.contains(QStringLiteral("Headline — House style: ‘Kiev’")), qPrintable(read));
    QVERIFY2(read.contains(QStringLiteral("Line 1 — House style: ‘Whilst’")), qPrintable(read));
    const QString dirShots = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
    if (!dirShots.isEmpty())
        QProcess::execute(QStringLiteral("pdftoppm"),
                          { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                            QStringLiteral("-singlefile"), pdf,
                            QDir(dirShots).filePath(QStringLiteral("copydesk-proof")) });
}

QTEST_MAIN(TestCopydeskTools)
#include "tst_copydesktools.moc"
