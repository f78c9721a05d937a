#include "ui/mainwindow.h"

#include "app/articles/articlelistmodel.h"
#include "app/articles/editsession.h"
#include "app/articles/listloader.h"
#include "app/articles/livenewsroom.h"
#include "app/body/textstats.h"
#include "app/spelling/dictionaries.h"
#include "ui/articleeditor.h"
#include "ui/articlelistpanel.h"
#include "ui/bodyedit.h"
#include "ui/conflictdialog.h"
#include "ui/historypanel.h"
#include "ui/issuespanel.h"
#include "ui/photodesk.h"
#include "ui/prompts.h"
#include "ui/reviewdesk.h"
#include "ui/spellhighlighter.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace copydesk::ui {

using app::Action;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<app::EditSession>(m_newsroom))
{
    createWidgets();
    createActions();
    connectSession(); // first: the session knows of a change before the window shows it
    connectWidgets();
    readSettings();
    updateActions();
    updateTitle();
    updatePerson();
}

MainWindow::~MainWindow() = default;

const app::Actor &MainWindow::actor() const
{
    return m_session->actor();
}

app::ArticleListModel *MainWindow::articleModel() const
{
    return m_list->model();
}

QTableView *MainWindow::articleView() const
{
    return m_list->view();
}

QLineEdit *MainWindow::searchBox() const
{
    return m_list->searchBox();
}

void MainWindow::createWidgets()
{
    setAcceptDrops(true); // files dropped on the window are imported (mainwindowimport.cpp)
    m_list = new ArticleListPanel(m_newsroom, this);
    m_editor = new ArticleEditor(this);
    m_empty
        = new QLabel(tr("<p style=\"font-size:large\">No article open</p><p>Choose one from "
                        "the list, or start a new one with %1.</p>")
                         .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
                     this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_editor);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    rightLayout->addWidget(m_stack);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 640, 640 });
    setCentralWidget(m_splitter);

    m_history = new HistoryPanel(this);
    m_historyDock = new QDockWidget(tr("History and Notes"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_issues = new IssuesPanel(this);
    m_issuesDock = new QDockWidget(tr("Spelling and Style"), this);
    m_issuesDock->setObjectName(QStringLiteral("issuesDock"));
    m_issuesDock->setWidget(m_issues);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    tabifyDockWidget(m_historyDock, m_issuesDock);
    m_historyDock->raise();
    resizeDocks({ m_historyDock }, { 170 }, Qt::Vertical);
    createReview();
    createPhotos();

    QStringList languages;
    for (const app::DictionaryFiles &files : app::Dictionaries::available())
        languages << files.language;
    languages.sort();
    m_editor->setLanguages(languages);

    m_person = new QLabel(this);
    m_store = new QLabel(this);
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("offline"));
    m_offline->setText(tr("Newsroom server out of reach — your text is kept on this computer "
                          "and saved when it is back"));
    m_offline->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_offline->hide();
    m_live = new app::LiveNewsroom(m_newsroom, this);
    // Others' work: what it brings into the review queue is announced (noticeQueue).
    connect(m_live, &app::LiveNewsroom::articlesChanged, this,
            [this](const QSet<qint64> &articleIds, bool everything) {
                m_queueFromOthers = true;
                followNewsroom(articleIds, everything);
            });
    connect(m_live, &app::LiveNewsroom::connectionLost, this, &MainWindow::serverLost);
    connect(m_live, &app::LiveNewsroom::connectionRestored, this, &MainWindow::serverBack);
    m_words = new QLabel(this);
    m_reading = new QLabel(this);
    statusBar()->addPermanentWidget(m_person, 1);
    statusBar()->addPermanentWidget(m_offline);
    statusBar()->addPermanentWidget(m_store);
    statusBar()->addPermanentWidget(m_words);
    statusBar()->addPermanentWidget(m_reading);
}

void MainWindow::connectWidgets()
{
    // Check the whole article (names, quotes, the list of issues) once typing pauses.
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(800);
    connect(&m_checkTimer, &QTimer::timeout, this, &MainWindow::checkNow);
    connect(m_editor->body()->document(), &QTextDocument::contentsChanged, &m_checkTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor->headline(), &QLineEdit::textEdited, &m_checkTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor->standfirst(), &QPlainTextEdit::textChanged, &m_checkTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor, &ArticleEditor::languageChanged, this, &MainWindow::refreshChecker);
    connect(m_issues, &IssuesPanel::issueActivated, this, [this](const app::Issue &issue) {
        // What the lead photo lacks (line 0, as the length is) is put right in its dialog; the
        // body's photos are selected.
        if (issue.line == 0 && issue.kind != QLatin1String("length"))
            m_photos->editLead();
        else
            m_editor->selectIssue(issue);
    });
    connect(m_issues, &IssuesPanel::fixRequested, this,
            [this](const app::Issue &issue, const QString &replacement) {
                m_editor->replaceIssue(issue, replacement);
                checkNow();
            });
    connect(m_issues, &IssuesPanel::fixAllRequested, this, &MainWindow::applyHouseStyle);
    connect(m_issues, &IssuesPanel::addToHouseRequested, this,
            [this](const QString &word) { Q_EMIT m_editor->addWordRequested(word, true); });
    connect(m_editor, &ArticleEditor::addWordRequested, this,
            [this](const QString &word, bool house) {
                const QString language = m_editor->language();
                if (auto r = m_newsroom.spelling().addWord(actor(), word, language, house); !r) {
                    showError(tr("Word not added"), r.errorString());
                    return;
                }
                refreshChecker();
            });
    connect(m_editor, &ArticleEditor::ignoreWordRequested, this, [this](const QString &word) {
        if (auto r = m_newsroom.spelling().ignoreWord(actor(), m_session->articleId(), word); !r) {
            showError(tr("Word not ignored"), r.errorString());
            return;
        }
        refreshChecker();
    });
    m_confirmSubmit = [this](const QList<app::Issue> &issues) {
        return Prompts::submitDespiteIssues(this, issues);
    };

    connect(m_history, &HistoryPanel::compareRequested, this, &MainWindow::compareVersions);
    connect(m_history, &HistoryPanel::restoreRequested, this,
            [this](int version) { restoreVersion(version); });
    connect(m_history, &HistoryPanel::noteRequested, this, [this](const QString &text) {
        const auto added = m_newsroom.workflow().addNote(m_session->articleId(), actor(), text);
        if (!added) {
            showError(tr("Note not added"), added.errorString());
            return;
        }
        refreshHistory();
    });

    connect(m_list, &ArticleListPanel::viewChanged, this, &MainWindow::setView);
    connect(m_list, &ArticleListPanel::articleChosen, this, &MainWindow::articleChosen);
    connect(m_list->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);
    connect(m_list->model(), &app::ArticleListModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_editor->headline(), &QLineEdit::textChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &ArticleEditor::modificationChanged, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_editor, &ArticleEditor::wordCountChanged, this, &MainWindow::showCounts);
}

void MainWindow::showCounts(int words)
{
    if (m_stack->currentWidget() != m_editor) // counts of the editor as it is shown
        return;
    const int commissioned = m_editor->commissionedWords();
    m_words->setText(commissioned > 0
                         ? tr("%1 words").arg(app::textstats::wordsAgainst(words, commissioned))
                         : words == 1 ? tr("1 word")
                                      : tr("%1 words").arg(QLocale().toString(words)));
    const int minutes = app::textstats::readingMinutes(words);
    m_reading->setText(minutes > 0 ? tr("%1 min read").arg(minutes) : QString());
}

void MainWindow::connectSession()
{
    // The session reads the text from the editor when it saves or autosaves; the editor tells
    // it about changes, which start the autosave timers. Connected to the session itself, so
    // nothing reaches it once it is gone.
    m_session->setTextSource([this] { return m_editor->article(); });
    app::EditSession *session = m_session.get();
    connect(m_editor, &ArticleEditor::modificationChanged, session, &app::EditSession::setModified);
    connect(m_editor->body()->document(), &QTextDocument::contentsChanged, session,
            &app::EditSession::textEdited);
    connect(m_editor->headline(), &QLineEdit::textEdited, session, &app::EditSession::textEdited);
    connect(m_editor->standfirst(), &QPlainTextEdit::textChanged, session,
            &app::EditSession::textEdited);
    connect(session, &app::EditSession::loaded, this, &MainWindow::showSession);
    connect(session, &app::EditSession::newerVersionSaved, this, [this](int version) {
        statusBar()->showMessage(
            tr("Someone else saved this article (version %1) while you were editing; saving "
               "yours will show both versions side by side")
                .arg(version),
            15000);
    });
    connect(session, &app::EditSession::lockLost, this, [this](const QString &reason) {
        statusBar()->showMessage(
            tr("%1; your text stays here, and saving it will show the differences").arg(reason),
            15000);
        updateActions();
    });
    connect(session, &app::EditSession::storeUnreachable, this,
            [this](const QString &message) { m_live->noticeUnreachable(message); });
    connect(session, &app::EditSession::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(message), 8000);
    });
}

void MainWindow::setView(View view)
{
    if (m_list->currentView() != view) {
        m_list->setCurrentView(view); // comes back here through viewChanged
        return;
    }
    if (view == View::ReviewQueue)
        clearQueueNews(); // looked at

    db::ArticleQuery scope;
    switch (view) {
    case View::Mine:
        scope.author = actor().username.isEmpty() ? QStringLiteral("\x01") : actor().username;
        break;
    case View::ReviewQueue:
        scope = m_newsroom.workflow().reviewQueue(actor());
        break;
    case View::All:
        break;
    }
    m_list->model()->setScope(scope);
}

void MainWindow::updatePerson()
{
    m_person->setText(personText());
}

QString MainWindow::personText() const
{
    const app::Actor &me = actor();
    if (me.id == 0)
        return tr("Not signed in");
    return me.titles.isEmpty()
        ? tr("%1 — no current appointment").arg(me.displayName)
        : tr("%1 — %2").arg(me.displayName, me.titles.join(QStringLiteral(" · ")));
}

void MainWindow::refreshFilters()
{
    m_editor->setSections(m_list->refreshSections());
}

void MainWindow::refreshStaff()
{
    QList<std::pair<qint64, QString>> staff;
    if (m_newsroom.isOpen()) {
        if (const auto people = m_newsroom.staff().everyone()) {
            // The picker offers whom the rule lets this person name (app::Permissions).
            for (const db::Person &p : *people)
                if (p.active && (p.id == actor().id || app::Permissions::mayCreditOthers(actor())))
                    staff.append({ p.id, p.displayName });
        }
    }
    m_editor->setStaff(staff);
}

void MainWindow::refreshHistory()
{
    const qint64 id = m_session->isOpen() ? m_session->articleId() : 0;
    if (id <= 0) {
        m_history->setEntries({});
        m_history->setNotesEnabled(false, tr("Open a saved article to see its history"));
        return;
    }
    const auto entries = m_newsroom.workflow().history(id);
    m_history->setEntries(entries ? *entries : QList<app::HistoryEntry>());
    const app::Decision notes = app::Permissions::mayAddNotes(actor());
    m_history->setNotesEnabled(notes.allowed, notes.reason);
}

db::Article MainWindow::storedArticle()
{
    if (!m_session->isOpen() || m_session->articleId() <= 0)
        return {};
    const auto stored = m_newsroom.archive().article(m_session->articleId());
    return stored ? *stored : db::Article();
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_session->isOpen()) {
        const QString headline = m_editor->headline()->text().trimmed();
        title = headline.isEmpty() ? tr("New article") : headline;
        title += QStringLiteral("[*] — ");
    }
    title += QStringLiteral("Copydesk");
    if (m_newsroom.isOpen())
        title += QStringLiteral(" — ") + m_newsroom.displayName();
    setWindowTitle(title);
    setWindowModified(m_session->isOpen() && m_editor->isModified());
}

QString MainWindow::statusText() const
{
    return m_words->text() + QLatin1Char(' ') + m_reading->text();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::showSession()
{
    m_takeOverAction->setEnabled(false);
    m_list->setOpenArticle(m_session->isOpen() ? m_session->articleId() : 0);
    m_editor->setReturned({});
    if (!m_session->isOpen()) {
        m_editor->load({});
        m_editor->setReadOnly(false);
        m_stack->setCurrentWidget(m_empty);
    } else {
        if (m_session->isNew())
            m_editor->startNew(m_list->currentSection());
        else
            m_editor->load(m_session->article());
        if (const auto returned = m_newsroom.workflow().returnOf(m_session->article());
            returned && *returned)
            m_editor->setReturned(tr("Returned by %1 on %2: “%3”")
                                      .arg((*returned)->personName,
                                           QLocale().toString((*returned)->at.toLocalTime(),
                                                              QStringLiteral("d MMM yyyy, HH:mm")),
                                           (*returned)->note));
        // Like every message from app/, the reason is a sentence fragment; the editor shows it
        // unchanged after "read only:".
        const QString why = m_session->readOnlyReason();
        if (m_session->isLockedByOther()) {
            const app::Decision takeOver = m_session->takeOverDecision();
            m_takeOverAction->setEnabled(takeOver.allowed);
            m_takeOverAction->setToolTip(
                takeOver.allowed ? tr("Take the article over; they are told at their next save")
                                 : takeOver.reason);
        }
        m_editor->setReadOnly(!m_session->canEdit(), why);
        m_stack->setCurrentWidget(m_editor);
        showCounts(m_editor->wordCount());
    }
    m_issues->setFixable(m_session->isOpen() && m_session->canEdit());
    refreshChecker();
    updateActions();
    updateTitle();
    refreshHistory();
    reloadReview();
}

bool MainWindow::maybeSave()
{
    if (!m_session->isOpen() || !m_session->isModified() || !m_session->canEdit())
        return true;
    switch (Prompts::unsavedChanges(this, m_editor->headline()->text())) {
    case Prompts::Unsaved::Save:
        return save();
    case Prompts::Unsaved::Discard:
        m_session->discardAutosave();
        return true;
    case Prompts::Unsaved::Cancel:
        break;
    }
    return false;
}

bool MainWindow::newArticle()
{
    if (!m_newsroom.isOpen() || !maybeSave())
        return false;
    if (const auto started = m_session->startNew(); !started) {
        showError(tr("Cannot start an article"), started.errorString());
        return false;
    }
    m_list->clearSelection();
    m_editor->headline()->setFocus();
    return true;
}

bool MainWindow::openArticle(qint64 id)
{
    if (const auto opened = m_session->open(id); !opened) {
        showError(tr("Could not open the article"), opened.errorString());
        return false;
    }
    return true;
}

void MainWindow::articleChosen(qint64 id)
{
    if (id == m_session->articleId() && m_session->isOpen())
        return;
    if (!maybeSave()) {
        m_list->selectArticle(m_session->articleId()); // stay on the article being edited
        return;
    }
    openArticle(id);
}

bool MainWindow::save()
{
    if (!m_session->canEdit())
        return false;
    if (const auto ready = m_session->readyToSave(); !ready) {
        showError(tr("Not saved"), ready.errorString());
        m_editor->headline()->setFocus();
        return false;
    }
    QString note;
    auto change = app::ArticleService::Change::Ordinary;
    if (m_session->needsCorrectionNote()) {
        const auto given = Prompts::correction(this, m_session->mayFixTypo());
        if (!given)
            return false;
        note = given->note;
        if (given->typoFix)
            change = app::ArticleService::Change::TypoFix;
    }
    m_review->aboutToSave();
    const auto version = m_session->save(note, change);
    if (!version && version.error().kind == Error::Kind::Unreachable) {
        // Kept in the editor and on this computer; saved, with the version check, once the
        // server is back (serverBack).
        m_pendingSave = true;
        m_pendingNote = note;
        m_pendingChange = change;
        m_pendingArticle = m_session->articleId();
        m_pendingDraft = m_session->isNew() ? m_session->draftKey() : QString();
        statusBar()->showMessage(tr("Not saved yet: %1. Your text is kept on this computer and "
                                    "will be saved when the server is back.")
                                     .arg(version.errorString()),
                                 15000);
        return false;
    }
    m_pendingSave = false;
    if (!version) {
        if (m_session->conflict())
            return settleConflict();
        showError(tr("Not saved"),
                  version.errorString() + tr("\n\nYour text is still in the editor."));
        return false;
    }
    refreshFilters();
    m_list->model()->reload();
    refreshViewCounts();
    statusBar()->showMessage(
        tr("Saved “%1”, version %2").arg(m_session->article().headline).arg(*version), 5000);
    updateActions();
    updateTitle();
    return true;
}

bool MainWindow::settleConflict()
{
    // Someone saved first, or took the article over: either way nothing was written.
    ConflictDialog dialog(*m_session->conflict(), this);
    dialog.exec();
    const auto choice = dialog.choice();
    const auto settled = m_session->resolveConflict(choice);
    if (!settled) {
        showError(tr("Not saved"),
                  settled.errorString()
                      + (choice == ConflictDialog::Choice::KeepMineOnTop
                             ? tr("\n\nYour text is still in the editor.")
                             : QString()));
        return false;
    }
    if (choice == ConflictDialog::Choice::KeepEditing)
        return false;
    refreshFilters();
    m_list->model()->reload();
    refreshViewCounts();
    return choice == ConflictDialog::Choice::SaveMineAsCopy
        || choice == ConflictDialog::Choice::KeepMineOnTop;
}

bool MainWindow::runAction(Action action, const QString &givenNote)
{
    const db::Article stored = storedArticle();
    if (stored.id <= 0)
        return false;
    if (!maybeSave())
        return false;
    if (action == Action::Submit) {
        checkNow();
        auto issues = m_newsroom.spelling().openIssues(actor(), stored.id);
        // Comments on the text still open come first: someone asked something.
        QList<app::Issue> asked;
        if (const auto review = m_newsroom.review().items(stored.id))
            for (const app::ReviewItem &item : *review)
                if (item.isOpen())
                    asked.append({ 0,
                                   0,
                                   0,
                                   item.comment.anchor.quote,
                                   QStringLiteral("comment"),
                                   tr("%1: %2").arg(item.comment.personName, item.comment.text),
                                   {} });
        if (issues)
            asked += *issues;
        if (!asked.isEmpty() && m_confirmSubmit && !m_confirmSubmit(asked))
            return false;
    }
    QString note = givenNote;
    if (app::Permissions::needsNote(action) && note.trimmed().isEmpty()) {
        // A return points at the open comments on the text: listed in the note, to keep or edit.
        QString start;
        if (action == Action::Return)
            if (const auto pointed = m_newsroom.review().returnNote(stored.id, {}))
                start = *pointed;
        const auto given = Prompts::transitionNote(this, action, stored.headline, start);
        if (!given)
            return false;
        note = *given;
    }
    const auto status = m_newsroom.workflow().transition(stored.id, action, actor(), note);
    if (!status) {
        showError(tr("Not done"), status.errorString());
        return false;
    }
    openArticle(stored.id);
    m_list->model()->reload();
    refreshViewCounts();
    statusBar()->showMessage(
        tr("“%1” is now %2").arg(stored.headline, statusName(*status, StatusForm::Phrase)), 5000);
    return true;
}

bool MainWindow::closeArticle()
{
    if (!maybeSave())
        return false;
    m_session->close();
    m_list->clearSelection();
    return true;
}

void MainWindow::setSubmitConfirmation(std::function<bool(const QList<app::Issue> &)> confirm)
{
    m_confirmSubmit = std::move(confirm);
}

void MainWindow::refreshChecker()
{
    if (m_newsroom.isOpen()) {
        m_editor->setHeadlineLimit(m_newsroom.publication().headlineLimit());
    }
    const app::Decision house = app::Permissions::decide(actor(), Action::HouseDictionary);
    m_editor->setHouseDictionaryAllowed(house.allowed, house.reason);
    m_issues->setHouseDictionaryAllowed(house.allowed, house.reason);
    if (!m_newsroom.isOpen() || !m_session->isOpen()) {
        m_editor->setChecker(nullptr);
        m_issues->setIssues({});
        return;
    }
    const auto checker
        = m_newsroom.spelling().checkerFor(actor(), m_editor->language(), m_session->articleId());
    if (!checker) {
        m_editor->setChecker(nullptr);
        m_issues->setIssues({}, checker.errorString());
        return;
    }
    m_editor->setChecker(*checker);
    checkNow();
}

void MainWindow::checkNow()
{
    m_checkTimer.stop();
    app::Checker *checker = m_editor->highlighter()->checker();
    if (!checker || !m_session->isOpen()) {
        if (!checker && m_session->isOpen())
            return; // keeps the note saying why nothing is checked
        m_issues->setIssues({});
        return;
    }
    m_issues->setIssues(checker->check(m_editor->checkLines()) + photoIssues(checker));
}

bool MainWindow::autosaveNow()
{
    return m_session->autosaveNow();
}

int MainWindow::autosaveCount() const
{
    return m_session->autosaveCount();
}

QList<db::Autosave> MainWindow::recoverable()
{
    return m_session->recoverable();
}

bool MainWindow::recover(qint64 autosaveId)
{
    if (!maybeSave())
        return false;
    const auto slot = m_session->recover(autosaveId);
    if (!slot) {
        showError(tr("Cannot recover here"), slot.errorString());
        return false;
    }
    m_editor->applyText(slot->headline, slot->standfirst, slot->body, slot->section, slot->tags);
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::discardRecovered(const db::Autosave &slot)
{
    (void)m_session->discardRecovered(slot);
}

bool MainWindow::takeOver()
{
    if (m_session->articleId() <= 0)
        return false;
    if (const auto taken = m_session->takeOver(); !taken) {
        showError(tr("Cannot take over"), taken.errorString());
        return false;
    }
    return true;
}

bool MainWindow::restoreVersion(int version)
{
    const db::Article stored = storedArticle();
    if (stored.id <= 0 || !maybeSave())
        return false;
    const auto saved
        = m_newsroom.archive().restoreRevision(actor(), stored.id, version, stored.version);
    if (!saved) {
        showError(tr("Not restored"), saved.errorString());
        return false;
    }
    openArticle(stored.id);
    m_list->model()->reload();
    refreshViewCounts();
    statusBar()->showMessage(tr("Version %1 restored as version %2").arg(version).arg(*saved),
                             5000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_session->close(); // releases the edit lock
    setFocusMode(false); // the layout kept is the panels', not focus mode's
    writeSettings();
    event->accept();
}

} // namespace copydesk::ui
