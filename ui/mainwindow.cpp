#include "ui/mainwindow.h"

#include "app/articles/articlelistmodel.h"
#include "app/spelling/dictionaries.h"
#include "app/export/htmlrenderer.h"
#include "app/body/textstats.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/conflictdialog.h"
#include "ui/diffdialog.h"
#include "ui/filedialogs.h"
#include "ui/historypanel.h"
#include "ui/issuespanel.h"
#include "ui/signindialog.h"
#include "ui/snippetdelegate.h"
#include "ui/spellhighlighter.h"
#include "ui/staffdialog.h"
#include "ui/welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace copydesk::ui {

using app::Action;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_model = new app::ArticleListModel(m_newsroom, this);
    createWidgets();
    createActions();
    readSettings();
    updateActions();
    updateTitle();
    updatePerson();
    connect(m_model, &app::ArticleListModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_views = new QTabBar(this);
    m_views->addTab(tr("My Articles"));
    m_views->addTab(tr("Review Queue"));
    m_views->addTab(tr("All"));
    m_views->setCurrentIndex(int(View::All));
    m_views->setAccessibleName(tr("Views"));
    m_views->setDrawBase(false);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search headlines, standfirsts and bodies"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const Status s : allStatuses()) {
        m_statusFilter->addItem(statusName(s), statusName(s, StatusForm::Token));
    }
    m_sectionFilter = new QComboBox(this);
    m_sectionFilter->setAccessibleName(tr("Section filter"));

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(app::ArticleListModel::Headline, new SnippetDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(app::ArticleListModel::Updated, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(app::ArticleListModel::Headline, QHeaderView::Stretch);
    header->setSectionResizeMode(app::ArticleListModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::ArticleListModel::Section, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::ArticleListModel::Updated, QHeaderView::ResizeToContents);
    header->resizeSection(app::ArticleListModel::Byline, 150);
    header->setHighlightSections(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Articles"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_sectionFilter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_views);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view);

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
    m_splitter->addWidget(left);
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

    QStringList languages;
    for (const app::DictionaryFiles &files : app::Dictionaries::available())
        languages << files.language;
    languages.sort();
    m_editor->setLanguages(languages);

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

    // Unsaved text goes to the store's autosave slot a few seconds after typing pauses, and at
    // least every 30 seconds while it goes on; no revision is made.
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(3000);
    m_autosaveMaxTimer.setSingleShot(true);
    m_autosaveMaxTimer.setInterval(30000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(&m_autosaveMaxTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(m_editor->body()->document(), &QTextDocument::contentsChanged, this,
            &MainWindow::scheduleAutosave);
    connect(m_editor->headline(), &QLineEdit::textEdited, this, &MainWindow::scheduleAutosave);
    connect(m_editor->standfirst(), &QPlainTextEdit::textChanged, this,
            &MainWindow::scheduleAutosave);
    // The edit lock lasts two minutes and is renewed every minute while the article is open.
    m_lockTimer.setInterval(60000);
    connect(&m_lockTimer, &QTimer::timeout, this, [this] {
        if (m_lockedArticle > 0)
            (void)m_newsroom.editing().lockForEditing(m_actor, m_lockedArticle);
    });
    connect(m_history, &HistoryPanel::compareRequested, this, &MainWindow::compareVersions);
    connect(m_history, &HistoryPanel::restoreRequested, this,
            [this](int version) { restoreVersion(version); });
    connect(m_issues, &IssuesPanel::issueActivated, this, &MainWindow::jumpTo);
    connect(m_editor, &ArticleEditor::addWordRequested, this,
            [this](const QString &word, bool house) {
                if (auto r = m_newsroom.spelling().addWord(m_actor, word, m_editor->language(), house); !r) {
                    showError(tr("Word not added"), r.errorString());
                    return;
                }
                refreshChecker();
            });
    connect(m_editor, &ArticleEditor::ignoreWordRequested, this, [this](const QString &word) {
        if (auto r = m_newsroom.spelling().ignoreWord(m_actor, m_editor->articleId(), word); !r) {
            showError(tr("Word not ignored"), r.errorString());
            return;
        }
        refreshChecker();
    });
    m_confirmSubmit = [this](const QList<app::Issue> &issues) {
        QStringList lines;
        for (const app::Issue &issue : issues.mid(0, 8))
            lines << QStringLiteral("• %1: %2")
                         .arg(app::Checker::kindLabel(issue.kind),
                              issue.word.trimmed().isEmpty() ? issue.message : issue.word);
        if (issues.size() > 8)
            lines << tr("… and %1 more").arg(issues.size() - 8);
        QMessageBox box(QMessageBox::Warning, tr("Unresolved spelling and style issues"),
                        tr("This article has %1 unresolved spelling or style "
                           "issue(s):\n\n%2\n\nSubmit it for review anyway?")
                            .arg(issues.size())
                            .arg(lines.join(QLatin1Char('\n'))),
                        QMessageBox::NoButton, this);
        QPushButton *submit = box.addButton(tr("&Submit Anyway"), QMessageBox::AcceptRole);
        box.addButton(tr("&Go Back"), QMessageBox::RejectRole);
        box.exec();
        return box.clickedButton() == submit;
    };

    m_person = new QLabel(this);
    m_words = new QLabel(this);
    m_reading = new QLabel(this);
    statusBar()->addPermanentWidget(m_person, 1);
    statusBar()->addPermanentWidget(m_words);
    statusBar()->addPermanentWidget(m_reading);

    // Search as the person types, once typing pauses.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] {
                m_model->setStatusFilter(statusFromToken(m_statusFilter->currentData().toString()));
            });
    connect(m_sectionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSectionFilter(m_sectionFilter->currentData().toString()); });
    connect(m_views, &QTabBar::currentChanged, this, [this](int index) { setView(View(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the open article selected when the list is reloaded.
        const int row = m_model->rowOf(m_editor->articleId());
        if (row >= 0 && m_stack->currentWidget() == m_editor) {
            m_selecting = true;
            m_view->selectRow(row);
            m_selecting = false;
        }
    });
    connect(m_editor->headline(), &QLineEdit::textChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &ArticleEditor::modificationChanged, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_editor, &ArticleEditor::wordCountChanged, this, [this](int words) {
        if (m_stack->currentWidget() != m_editor)
            return;
        m_words->setText(words == 1 ? tr("1 word") : tr("%1 words").arg(QLocale().toString(words)));
        const int minutes = app::textstats::readingMinutes(words);
        m_reading->setText(minutes > 0 ? tr("%1 min read").arg(minutes) : QString());
    });
    connect(m_history, &HistoryPanel::noteRequested, this, [this](const QString &text) {
        const auto added = m_newsroom.workflow().addNote(m_editor->articleId(), m_actor, text);
        if (!added) {
            showError(tr("Note not added"), added.errorString());
            return;
        }
        refreshHistory();
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Article"));
    toolbar->setObjectName(QStringLiteral("articleToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_newAction = file->addAction(tr("&New Article"), this, [this] { newArticle(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_closeAction = file->addAction(tr("&Close Article"), this, [this] { closeArticle(); });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *preview = file->addAction(tr("Pre&view"), this, &MainWindow::showPreview);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *exportArticle
        = file->addAction(tr("&Export Article…"), this, &MainWindow::chooseExportArticle);
    QAction *copyHtml
        = file->addAction(tr("Copy Body as &HTML"), this, &MainWindow::copyBodyAsHtml);
    file->addAction(tr("Export &Site…"), this, &MainWindow::chooseExportSite);
    m_articleActions << preview << exportArticle << copyHtml;
    file->addSeparator();
    file->addAction(tr("&Open Store…"), this, [this] { chooseStore(false); });
    file->addAction(tr("New S&tore…"), this, [this] { chooseStore(true); });
    file->addAction(tr("S&witch Person…"), this, [this] {
        if (maybeSave())
            askSignIn();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), this, [this] { m_editor->body()->undo(); });
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), this, [this] { m_editor->body()->redo(); });
    redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Articles"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_formatActions << undo << redo;

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    auto addFormat
        = [&](const QString &text, const QKeySequence &key, auto slot, bool onToolbar = true) {
              QAction *action = format->addAction(text, this, slot);
              action->setShortcut(key);
              if (onToolbar)
                  toolbar->addAction(action);
              m_formatActions << action;
              return action;
          };
    addFormat(
        tr("&Paragraph"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0),
        [this] { m_editor->setHeading(0); }, false);
    addFormat(tr("&Subheading"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
              [this] { m_editor->setHeading(2); });
    addFormat(
        tr("S&mall Subheading"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3),
        [this] { m_editor->setHeading(3); }, false);
    format->addSeparator();
    QAction *bold = addFormat(tr("&Bold"), QKeySequence::Bold, [this] { m_editor->toggleBold(); });
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QAction *italic
        = addFormat(tr("&Italic"), QKeySequence::Italic, [this] { m_editor->toggleItalic(); });
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    addFormat(tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { editLink(); });
    format->addSeparator();
    addFormat(tr("&Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9),
              [this] { m_editor->toggleQuote(); });
    addFormat(tr("B&ulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
              [this] { m_editor->toggleBulletList(); });
    addFormat(tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
              [this] { m_editor->toggleNumberedList(); });

    QMenu *workflow = menuBar()->addMenu(tr("&Workflow"));
    QToolBar *workflowBar = addToolBar(tr("Workflow"));
    workflowBar->setObjectName(QStringLiteral("workflowToolbar"));
    workflowBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const std::pair<Action, QString> steps[] = {
        { Action::Submit, tr("S&ubmit for Review") }, { Action::Return, tr("&Return to Writer…") },
        { Action::Approve, tr("&Approve") },          { Action::Publish, tr("&Publish") },
        { Action::Unpublish, tr("&Unpublish…") },     { Action::Spike, tr("Sp&ike") },
        { Action::Restore, tr("Re&store") },
    };
    for (const auto &[action, text] : steps) {
        QAction *qaction = workflow->addAction(text, this, [this, a = action] { runAction(a); });
        workflowBar->addAction(qaction);
        m_workflowActions.append({ action, qaction });
    }
    workflow->addSeparator();
    m_takeOverAction = workflow->addAction(tr("Ta&ke Over Editing"), this, [this] { takeOver(); });
    m_takeOverAction->setEnabled(false);
    workflow->addSeparator();
    m_staffAction = workflow->addAction(tr("S&taff…"), this, &MainWindow::openStaff);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_issuesDock->toggleViewAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_checkSettingsAction = tools->addAction(tr("Spelling and Style &Settings…"), this,
                                             &MainWindow::editCheckSettings);
    m_newsroomSettingsAction
        = tools->addAction(tr("&Newsroom Settings…"), this, &MainWindow::editNewsroomSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Copydesk"), this, [this] {
        QMessageBox::about(
            this, tr("About Copydesk"),
            tr("<h3>Copydesk %1</h3><p>A desktop newsroom editor.</p><p>Store: %2</p>")
                .arg(QStringLiteral(COPYDESK_VERSION),
                     QDir::toNativeSeparators(m_newsroom.path()).toHtmlEscaped()));
    });
}

QAction *MainWindow::workflowAction(Action action) const
{
    for (const auto &[a, qaction] : m_workflowActions)
        if (a == action)
            return qaction;
    return nullptr;
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (m_newsroom.isOpen())
        settings.setValue(QStringLiteral("store/path"), m_newsroom.path());
}

Result<void> MainWindow::openStore(const QString &path)
{
    app::Newsroom candidate;
    // Try the new store first so a failure leaves the open one alone.
    if (auto r = candidate.open(path, app::Newsroom::OpenMode::CreateIfMissing); !r)
        return r;
    candidate.close();
    releaseCurrentLock();
    m_newsroom.close();
    if (auto r = m_newsroom.open(path, app::Newsroom::OpenMode::CreateIfMissing); !r)
        return r;
    m_actor = {};
    m_stack->setCurrentWidget(m_empty);
    m_editor->load({});
    refreshFilters();
    refreshStaff();
    setView(View(m_views->currentIndex()));
    QSettings().setValue(QStringLiteral("store/path"), m_newsroom.path());
    updatePerson();
    updateActions();
    updateTitle();
    refreshHistory();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_newsroom.path())),
                             5000);
    return {};
}

bool MainWindow::welcomeIfNew()
{
    if (!m_newsroom.isOpen() || !m_newsroom.isEmpty())
        return true;
    WelcomeDialog welcome(this);
    while (welcome.exec() == QDialog::Accepted) {
        const auto person = m_newsroom.staff().createFirstAccount(welcome.username(), welcome.displayName(),
                                                          welcome.password());
        if (!person) {
            showError(tr("Could not create the account"), person.errorString());
            continue;
        }
        if (welcome.wantsDemo()) {
            if (auto added = m_newsroom.demo().addDemoNewsroom(person->id); !added)
                showError(tr("Could not add the demo newsroom"), added.errorString());
        }
        if (auto r = signIn(welcome.username(), welcome.password()); !r)
            showError(tr("Could not sign in"), r.errorString());
        refreshFilters();
        refreshStaff();
        return true;
    }
    return false;
}

bool MainWindow::askSignIn()
{
    SignInDialog dialog(
        QDir::toNativeSeparators(m_newsroom.path()),
        QSettings().value(QStringLiteral("session/username")).toString(),
        [this](const QString &username, const QString &password) {
            const auto r = signIn(username, password);
            return r ? QString() : r.errorString();
        },
        this);
    return dialog.exec() == QDialog::Accepted;
}

Result<void> MainWindow::signIn(const QString &username, const QString &password)
{
    const auto actor = m_newsroom.staff().signIn(username, password);
    if (!actor)
        return actor.error();
    releaseCurrentLock();
    m_actor = *actor;
    QSettings().setValue(QStringLiteral("session/username"), m_actor.username);
    refreshStaff();
    if (m_stack->currentWidget() == m_editor && m_editor->articleId() > 0)
        openArticle(m_editor->articleId());
    else
        closeArticle();
    setView(View(m_views->currentIndex()));
    updatePerson();
    updateActions();
    return {};
}

void MainWindow::setView(View view)
{
    if (m_views->currentIndex() != int(view)) {
        m_views->setCurrentIndex(int(view)); // comes back here through currentChanged
        return;
    }
    db::ArticleQuery scope;
    switch (view) {
    case View::Mine:
        scope.author = m_actor.username.isEmpty() ? QStringLiteral("\x01") : m_actor.username;
        break;
    case View::ReviewQueue:
        scope = m_newsroom.workflow().reviewQueue(m_actor);
        break;
    case View::All:
        break;
    }
    m_model->setScope(scope);
}

void MainWindow::updatePerson()
{
    m_person->setText(personText());
}

QString MainWindow::personText() const
{
    if (m_actor.id == 0)
        return tr("Not signed in");
    return m_actor.titles.isEmpty()
        ? tr("%1 — no current appointment").arg(m_actor.displayName)
        : tr("%1 — %2").arg(m_actor.displayName, m_actor.titles.join(QStringLiteral(" · ")));
}

void MainWindow::refreshFilters()
{
    const QString current = m_sectionFilter->currentData().toString();
    const auto sections = m_newsroom.isOpen() ? m_newsroom.archive().sections()
                                              : Result<QStringList>(QStringList());
    const QStringList names = sections ? *sections : QStringList();
    const QSignalBlocker blocker(m_sectionFilter);
    m_sectionFilter->clear();
    m_sectionFilter->addItem(tr("All sections"), QString());
    for (const QString &name : names)
        m_sectionFilter->addItem(name, name);
    m_sectionFilter->setCurrentIndex(qMax(0, m_sectionFilter->findData(current)));
    m_editor->setSections(names);
}

void MainWindow::refreshStaff()
{
    QList<std::pair<qint64, QString>> staff;
    if (m_newsroom.isOpen()) {
        if (const auto people = m_newsroom.staff().everyone()) {
            // The picker offers whom the rule lets this person name (app::Permissions).
            for (const db::Person &p : *people)
                if (p.active
                    && (p.id == m_actor.id || app::Permissions::mayCreditOthers(m_actor)))
                    staff.append({ p.id, p.displayName });
        }
    }
    m_editor->setStaff(staff);
}

void MainWindow::refreshHistory()
{
    const qint64 id = m_stack->currentWidget() == m_editor ? m_editor->articleId() : 0;
    if (id <= 0) {
        m_history->setEntries({});
        m_history->setNotesEnabled(false, tr("Open a saved article to see its history"));
        return;
    }
    const auto entries = m_newsroom.workflow().history(id);
    m_history->setEntries(entries ? *entries : QList<app::HistoryEntry>());
    m_history->setNotesEnabled(m_actor.isEditorial(),
                               tr("Only staff with a current appointment may add notes"));
}

db::Article MainWindow::storedArticle()
{
    if (m_stack->currentWidget() != m_editor || m_editor->articleId() <= 0)
        return {};
    const auto stored = m_newsroom.archive().article(m_editor->articleId());
    return stored ? *stored : db::Article();
}

void MainWindow::updateActions()
{
    const bool open = m_stack->currentWidget() == m_editor;
    const bool writable = open && !m_editor->isReadOnly();
    m_saveAction->setEnabled(writable && m_editor->isModified());
    m_closeAction->setEnabled(open);
    const app::Decision create = app::Permissions::decide(m_actor, Action::Create);
    m_newAction->setEnabled(m_newsroom.isOpen() && create.allowed);
    m_newAction->setToolTip(create.allowed ? tr("Start a new article") : create.reason);
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(writable);
    const app::Decision staff = app::Permissions::decide(m_actor, Action::Staff);
    m_staffAction->setEnabled(m_newsroom.isOpen() && staff.allowed);
    m_staffAction->setToolTip(staff.reason);
    const app::Decision settings = app::Permissions::decide(m_actor, Action::Settings);
    m_checkSettingsAction->setEnabled(m_newsroom.isOpen() && settings.allowed);
    m_checkSettingsAction->setToolTip(settings.reason);
    m_newsroomSettingsAction->setEnabled(m_newsroom.isOpen() && settings.allowed);
    m_newsroomSettingsAction->setToolTip(settings.reason);
    for (QAction *action : std::as_const(m_articleActions))
        action->setEnabled(open);

    const db::Article stored = storedArticle();
    for (const auto &[action, qaction] : m_workflowActions) {
        QString why;
        bool allowed = false;
        if (stored.id <= 0) {
            why = open ? tr("Save the article first") : tr("Open an article first");
        } else {
            const app::Decision d = m_newsroom.workflow().decide(m_actor, action, stored);
            allowed = d.allowed;
            why = d.reason;
        }
        qaction->setEnabled(allowed);
        const QString name = qaction->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        qaction->setToolTip(allowed ? name : tr("%1: not available — %2").arg(name, why));
        qaction->setStatusTip(qaction->toolTip());
    }
    if (!open) {
        m_words->clear();
        m_reading->clear();
    }
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_stack->currentWidget() == m_editor) {
        const QString headline = m_editor->headline()->text().trimmed();
        title = headline.isEmpty() ? tr("New article") : headline;
        title += QStringLiteral("[*] — ");
    }
    title += QStringLiteral("Copydesk");
    if (m_newsroom.isOpen())
        title += QStringLiteral(" — ") + QFileInfo(m_newsroom.path()).fileName();
    setWindowTitle(title);
    setWindowModified(m_stack->currentWidget() == m_editor && m_editor->isModified());
}

QString MainWindow::statusText() const
{
    return m_words->text() + QLatin1Char(' ') + m_reading->text();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool MainWindow::maybeSave()
{
    if (m_stack->currentWidget() != m_editor || !m_editor->isModified() || m_editor->isReadOnly())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved.\nSave them before going on?")
            .arg(m_editor->headline()->text().trimmed().isEmpty()
                     ? tr("New article")
                     : m_editor->headline()->text().trimmed()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        clearAutosaveSlot();
    return answer == QMessageBox::Discard;
}

bool MainWindow::newArticle()
{
    if (!m_newsroom.isOpen() || !maybeSave())
        return false;
    if (const app::Decision d = app::Permissions::decide(m_actor, Action::Create); !d) {
        showError(tr("Cannot start an article"), d.reason);
        return false;
    }
    releaseCurrentLock();
    m_editor->startNew(m_sectionFilter->currentData().toString());
    m_editor->setReadOnly(false);
    m_draftKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    refreshChecker();
    m_stack->setCurrentWidget(m_editor);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
    }
    updateActions();
    updateTitle();
    refreshHistory();
    m_editor->headline()->setFocus();
    return true;
}

bool MainWindow::openArticle(qint64 id)
{
    const auto article = m_newsroom.archive().article(id);
    if (!article) {
        showError(tr("Could not open the article"), article.errorString());
        return false;
    }
    if (m_lockedArticle != id)
        releaseCurrentLock();
    m_draftKey.clear();
    m_editor->load(*article);
    const Action edit
        = app::ArticleService::changeActionFor(*article);
    app::Decision d = m_newsroom.workflow().decide(m_actor, edit, *article);
    m_takeOverAction->setEnabled(false);
    if (d.allowed) {
        // The soft lock: others see who is editing, and can read meanwhile.
        const auto lock = m_newsroom.editing().lockForEditing(m_actor, id);
        if (lock) {
            m_lockedArticle = id;
            m_lockTimer.start();
        } else {
            d = { false, lock.errorString().at(0).toUpper() + lock.errorString().mid(1) };
            const app::Decision takeOverAllowed = m_newsroom.editing().mayTakeOver(m_actor, *article);
            m_takeOverAction->setEnabled(takeOverAllowed.allowed);
            m_takeOverAction->setToolTip(
                takeOverAllowed.allowed
                    ? tr("Take the article over; they are told at their next save")
                    : takeOverAllowed.reason);
        }
    }
    m_editor->setReadOnly(!d.allowed, d.reason);
    m_stack->setCurrentWidget(m_editor);
    refreshChecker();
    updateActions();
    updateTitle();
    refreshHistory();
    return true;
}

void MainWindow::currentRowChanged(const QModelIndex &current)
{
    if (m_selecting || !current.isValid())
        return;
    const qint64 id = current.data(app::ArticleListModel::IdRole).toLongLong();
    if (id == m_editor->articleId() && m_stack->currentWidget() == m_editor)
        return;
    if (!maybeSave()) {
        // Stay on the article being edited.
        m_selecting = true;
        const int row = m_model->rowOf(m_editor->articleId());
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_view->clearSelection();
        m_selecting = false;
        return;
    }
    openArticle(id);
}

bool MainWindow::save()
{
    if (m_stack->currentWidget() != m_editor || m_editor->isReadOnly())
        return false;
    db::Article article = m_editor->article();
    if (article.headline.isEmpty()) {
        showError(tr("Not saved"), tr("An article needs a headline before it can be saved."));
        m_editor->headline()->setFocus();
        return false;
    }
    if (article.id == 0) {
        const auto created = m_newsroom.archive().createArticle(article, m_actor);
        if (!created) {
            showError(tr("Not saved"),
                      created.errorString() + tr("\n\nYour text is still in the editor."));
            return false;
        }
        clearAutosaveSlot();
        openArticle(created->id);
    } else {
        QString note;
        if (app::ArticleService::needsCorrectionNote(storedArticle())) {
            bool ok = false;
            note = QInputDialog::getMultiLineText(
                this, tr("Correction"),
                tr("This article is published. Say what was corrected; the "
                   "note is kept and shown with the article:"),
                QString(), &ok);
            if (!ok || note.trimmed().isEmpty())
                return false;
        }
        const auto version
            = m_newsroom.archive().saveArticle(article, m_editor->baseVersion(), m_actor, note);
        if (!version) {
            if (version.error().kind != Error::Kind::Conflict) {
                showError(tr("Not saved"),
                          version.errorString() + tr("\n\nYour text is still in the editor."));
                return false;
            }
            const auto saved = m_newsroom.archive().article(article.id);
            if (!saved) {
                showError(tr("Not saved"), saved.errorString());
                return false;
            }
            // Someone saved first, or took the article over: either way nothing was written.
            const bool tookOver = m_newsroom.editing().lockedByOther(m_actor, article.id).has_value();
            const app::Decision mayEdit = m_newsroom.workflow().decide(
                m_actor,
                app::ArticleService::changeActionFor(*saved),
                *saved);
            ConflictDialog dialog(article, *saved, mayEdit.allowed && !tookOver,
                                  tookOver ? version.errorString() : QString(), this);
            dialog.exec();
            switch (dialog.choice()) {
            case ConflictDialog::KeepMineOnTop: {
                const auto onTop = m_newsroom.archive().saveArticle(article, saved->version, m_actor, note);
                if (!onTop) {
                    showError(tr("Not saved"),
                              onTop.errorString() + tr("\n\nYour text is still in the editor."));
                    return false;
                }
                openArticle(article.id);
                break;
            }
            case ConflictDialog::TakeSaved:
                openArticle(saved->id);
                break;
            case ConflictDialog::SaveMineAsCopy: {
                db::Article copy = article;
                copy.id = 0;
                copy.slug.clear();
                copy.headline = tr("%1 (copy)").arg(article.headline);
                const auto created = m_newsroom.archive().createArticle(copy, m_actor);
                if (!created) {
                    showError(tr("Not saved"), created.errorString());
                    return false;
                }
                openArticle(created->id);
                break;
            }
            case ConflictDialog::KeepEditing:
                return false;
            }
            refreshFilters();
            m_model->reload();
            return dialog.choice() == ConflictDialog::SaveMineAsCopy
                || dialog.choice() == ConflictDialog::KeepMineOnTop;
        }
        openArticle(article.id);
    }
    refreshFilters();
    m_model->reload();
    statusBar()->showMessage(
        tr("Saved “%1”, version %2").arg(m_editor->article().headline).arg(m_editor->baseVersion()),
        5000);
    updateActions();
    updateTitle();
    return true;
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
        const auto issues = m_newsroom.spelling().openIssues(m_actor, stored.id);
        if (issues && !issues->isEmpty() && m_confirmSubmit && !m_confirmSubmit(*issues))
            return false;
    }
    QString note = givenNote;
    if (app::Permissions::needsNote(action) && note.trimmed().isEmpty()) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(
            this, tr("Note required"),
            tr("To %1 “%2”, write a note saying why. It is kept with the article and shown to its "
               "authors:")
                .arg(app::Permissions::verb(action), stored.headline),
            QString(), &ok);
        if (!ok || note.trimmed().isEmpty())
            return false;
    }
    const auto status = m_newsroom.workflow().transition(stored.id, action, m_actor, note);
    if (!status) {
        showError(tr("Not done"), status.errorString());
        return false;
    }
    openArticle(stored.id);
    m_model->reload();
    statusBar()->showMessage(
        tr("“%1” is now %2").arg(stored.headline, statusName(*status, StatusForm::Phrase)), 5000);
    return true;
}

bool MainWindow::closeArticle()
{
    if (!maybeSave())
        return false;
    releaseCurrentLock();
    m_draftKey.clear();
    m_editor->load({});
    m_editor->setReadOnly(false);
    m_stack->setCurrentWidget(m_empty);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
    }
    updateActions();
    updateTitle();
    refreshHistory();
    return true;
}

void MainWindow::showListMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index); // opens it, asking about unsaved changes first
    if (m_editor->articleId() != index.data(app::ArticleListModel::IdRole).toLongLong())
        return;
    QMenu menu(this);
    for (const auto &[action, qaction] : m_workflowActions)
        menu.addAction(qaction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MainWindow::editLink()
{
    bool ok = false;
    const QString href = QInputDialog::getText(
        this, tr("Link"), tr("Address (https://…, mailto:…); empty to remove the link:"),
        QLineEdit::Normal, m_editor->linkAtCursor(), &ok);
    if (ok)
        m_editor->setLink(href.trimmed());
}

void MainWindow::openStaff()
{
    StaffDialog dialog(m_newsroom, m_actor, this);
    dialog.exec();
    refreshStaff();
    refreshFilters();
    if (const auto again = m_newsroom.staff().actor(m_actor.id))
        m_actor = *again;
    updatePerson();
    updateActions();
}

void MainWindow::chooseStore(bool create)
{
    if (!maybeSave())
        return;
    const QString dir = QFileInfo(m_newsroom.path()).absolutePath();
    const QString filter = tr("Copydesk stores (*.sqlite);;All files (*)");
    const QString path = create ? FileDialogs::saveFileName(this, tr("New Store"), dir, filter)
                                : FileDialogs::openFileName(this, tr("Open Store"), dir, filter);
    if (path.isEmpty())
        return;
    if (auto r = openStore(path); !r) {
        showError(tr("Could not open the store"), r.errorString());
        return;
    }
    if (welcomeIfNew() && m_actor.id == 0)
        askSignIn();
}

void MainWindow::setSubmitConfirmation(std::function<bool(const QList<app::Issue> &)> confirm)
{
    m_confirmSubmit = std::move(confirm);
}

void MainWindow::refreshChecker()
{
    const app::Decision house = app::Permissions::decide(m_actor, Action::HouseDictionary);
    m_editor->setHouseDictionaryAllowed(house.allowed, house.reason);
    if (!m_newsroom.isOpen() || m_stack->currentWidget() != m_editor) {
        m_editor->setChecker(nullptr);
        m_issues->setIssues({});
        return;
    }
    const auto checker
        = m_newsroom.spelling().checkerFor(m_actor, m_editor->language(), m_editor->articleId());
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
    if (!checker || m_stack->currentWidget() != m_editor) {
        if (!checker && m_stack->currentWidget() == m_editor)
            return; // keeps the note saying why nothing is checked
        m_issues->setIssues({});
        return;
    }
    m_issues->setIssues(checker->check(m_editor->checkLines()));
}

void MainWindow::jumpTo(const app::Issue &issue)
{
    if (issue.line == 1) {
        m_editor->headline()->setFocus();
        m_editor->headline()->setSelection(issue.column - 1, issue.length);
        return;
    }
    if (issue.line == 2) {
        QTextCursor cursor(m_editor->standfirst()->document());
        cursor.setPosition(issue.column - 1);
        cursor.setPosition(issue.column - 1 + issue.length, QTextCursor::KeepAnchor);
        m_editor->standfirst()->setTextCursor(cursor);
        m_editor->standfirst()->setFocus();
        return;
    }
    const QTextBlock block = m_editor->body()->document()->findBlockByNumber(issue.line - 3);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + issue.column - 1);
    cursor.setPosition(block.position() + issue.column - 1 + issue.length, QTextCursor::KeepAnchor);
    m_editor->body()->setTextCursor(cursor);
    m_editor->body()->ensureCursorVisible();
    m_editor->body()->setFocus();
}

void MainWindow::editCheckSettings()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Spelling and Style Settings"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Checks for the whole newsroom:"), &dialog));
    const app::CheckOptions options = m_newsroom.spelling().checkOptions();
    QList<std::pair<QString, QCheckBox *>> boxes;
    for (const QString &kind : app::Checker::kinds()) {
        auto *box = new QCheckBox(app::Checker::kindLabel(kind), &dialog);
        box->setChecked(!options.disabled.contains(kind));
        layout->addWidget(box);
        boxes.append({ kind, box });
    }
    auto *caps = new QCheckBox(tr("Skip words in capitals (NATO, BBC)"), &dialog);
    caps->setChecked(options.skipAllCaps);
    layout->addWidget(caps);
    boxes.append({ QStringLiteral("skip-all-caps"), caps });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const auto &[kind, box] : boxes) {
        if (auto r = m_newsroom.spelling().setCheckEnabled(m_actor, kind, box->isChecked()); !r) {
            showError(tr("Settings not saved"), r.errorString());
            return;
        }
    }
    refreshChecker();
}

Result<QString> MainWindow::previewHtml()
{
    if (m_stack->currentWidget() != m_editor)
        return failure(Error::Kind::Invalid, tr("Open an article first."));
    app::SiteExporter exporter(m_newsroom.exportSource());
    db::Article article = m_editor->article();
    if (article.authorIds.isEmpty() && m_actor.id > 0)
        article.authorIds = { m_actor.id };
    if (!article.updatedAt.isValid())
        article.updatedAt = m_newsroom.now();
    if (article.slug.isEmpty())
        article.slug = app::textstats::slugify(article.headline);
    return exporter.articlePage(article);
}

void MainWindow::showPreview()
{
    const auto html = previewHtml();
    if (!html) {
        showError(tr("No preview"), html.errorString());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preview — %1").arg(m_editor->article().headline));
    auto *browser = new QTextBrowser(&dialog);
    browser->setOpenExternalLinks(false);
    browser->setOpenLinks(false);
    browser->setHtml(*html);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(860, 760);
    dialog.exec();
}

void MainWindow::copyBodyAsHtml()
{
    if (m_stack->currentWidget() != m_editor)
        return;
    const QString html = app::HtmlRenderer::bodyHtml(m_editor->article().body);
    auto *mime = new QMimeData;
    mime->setHtml(html);
    mime->setText(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("The body is on the clipboard as HTML"), 4000);
}

void MainWindow::chooseExportArticle()
{
    if (m_stack->currentWidget() != m_editor || !maybeSave() || m_editor->articleId() <= 0)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(storedArticle().slug + QStringLiteral(".html"));
    const QString file = FileDialogs::saveFileName(this, tr("Export Article"), suggested,
                                                   tr("Web pages (*.html)"));
    if (file.isEmpty())
        return;
    app::SiteExporter exporter(m_newsroom.exportSource());
    if (auto r = exporter.exportArticle(m_editor->articleId(), file); !r) {
        showError(tr("Not exported"), r.errorString());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 5000);
}

Result<app::ExportReport> MainWindow::exportSite(const QString &directory, bool showProgress)
{
    app::SiteExporter exporter(m_newsroom.exportSource());
    std::unique_ptr<QProgressDialog> progress;
    if (showProgress) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting the site…"), tr("Cancel"), 0,
                                                     100, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    return exporter.exportSite(directory, {}, [&](int done, int total) {
        if (!progress)
            return true;
        progress->setMaximum(total);
        progress->setValue(done);
        QCoreApplication::processEvents();
        return !progress->wasCanceled();
    });
}

void MainWindow::chooseExportSite()
{
    const QString directory = FileDialogs::existingDirectory(
        this, tr("Export the Published Site To"),
        QSettings().value(QStringLiteral("export/site")).toString());
    if (directory.isEmpty())
        return;
    const auto report = exportSite(directory);
    if (!report) {
        showError(tr("Site not exported"), report.errorString());
        return;
    }
    QSettings().setValue(QStringLiteral("export/site"), directory);
    QMessageBox::information(
        this, tr("Site exported"),
        tr("%1 published article(s) exported to %2.\n%3 page(s) written, %4 unchanged, %5 removed.")
            .arg(report->articles)
            .arg(QDir::toNativeSeparators(directory))
            .arg(report->written.size())
            .arg(report->unchanged.size())
            .arg(report->removed.size()));
}

void MainWindow::editNewsroomSettings()
{
    app::SiteExporter exporter(m_newsroom.exportSource());
    const auto publication = exporter.publication();
    if (!publication)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Newsroom Settings"));
    auto *name = new QLineEdit(publication->name, &dialog);
    auto *about = new QPlainTextEdit(publication->about, &dialog);
    QStringList linkLines;
    for (const auto &[label, url] : publication->links)
        linkLines << label + QStringLiteral(" | ") + url;
    auto *links = new QPlainTextEdit(linkLines.join(QLatin1Char('\n')), &dialog);
    links->setPlaceholderText(tr("One per line: About us | https://…"));
    auto *baseUrl = new QLineEdit(publication->baseUrl, &dialog);
    baseUrl->setPlaceholderText(tr("https://news.example.org (for canonical links and the feed)"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Publication &name:"), name);
    form->addRow(tr("&About:"), about);
    form->addRow(tr("&Links:"), links);
    form->addRow(tr("&Site address:"), baseUrl);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<std::pair<QString, QString>> values
        = { { QStringLiteral("publication.name"), name->text().trimmed() },
            { QStringLiteral("publication.about"), about->toPlainText().trimmed() },
            { QStringLiteral("publication.links"), links->toPlainText().trimmed() },
            { QStringLiteral("publication.base-url"), baseUrl->text().trimmed() } };
    for (const auto &[key, value] : values) {
        if (auto r = m_newsroom.publication().setSetting(m_actor, key, value); !r) {
            showError(tr("Settings not saved"), r.errorString());
            return;
        }
    }
}

void MainWindow::releaseCurrentLock()
{
    m_lockTimer.stop();
    if (m_lockedArticle > 0 && m_newsroom.isOpen())
        (void)m_newsroom.editing().releaseLock(m_actor, m_lockedArticle);
    m_lockedArticle = 0;
}

void MainWindow::scheduleAutosave()
{
    if (m_stack->currentWidget() != m_editor || m_editor->isReadOnly() || !m_editor->isModified())
        return;
    m_autosaveTimer.start();
    if (!m_autosaveMaxTimer.isActive())
        m_autosaveMaxTimer.start();
}

bool MainWindow::autosaveNow()
{
    m_autosaveTimer.stop();
    m_autosaveMaxTimer.stop();
    if (m_stack->currentWidget() != m_editor || m_editor->isReadOnly() || !m_editor->isModified()
        || m_actor.id <= 0)
        return false;
    const db::Article article = m_editor->article();
    db::Autosave slot;
    slot.articleId = article.id;
    slot.draftKey = article.id > 0 ? QString() : m_draftKey;
    slot.headline = article.headline;
    slot.standfirst = article.standfirst;
    slot.body = article.body;
    slot.section = article.section;
    slot.tags = article.tags;
    slot.baseVersion = m_editor->baseVersion();
    if (const auto r = m_newsroom.editing().autosave(m_actor, slot); !r) {
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(r.errorString()),
                                 8000);
        return false;
    }
    ++m_autosaveCount;
    return true;
}

void MainWindow::clearAutosaveSlot()
{
    m_autosaveTimer.stop();
    m_autosaveMaxTimer.stop();
    if (m_actor.id <= 0 || !m_newsroom.isOpen())
        return;
    const qint64 id = m_editor->articleId();
    (void)m_newsroom.editing().discardAutosave(m_actor, id, id > 0 ? QString() : m_draftKey);
}

QList<db::Autosave> MainWindow::recoverable()
{
    const auto slots = m_newsroom.editing().autosaves(m_actor);
    return slots ? *slots : QList<db::Autosave>();
}

bool MainWindow::recover(qint64 autosaveId)
{
    db::Autosave found;
    for (const db::Autosave &a : recoverable())
        if (a.id == autosaveId)
            found = a;
    if (found.id == 0)
        return false;
    if (found.articleId > 0) {
        if (!openArticle(found.articleId))
            return false;
        if (m_editor->isReadOnly()) {
            showError(tr("Cannot recover here"),
                      tr("“%1” cannot be edited now; the recovered text is kept for later.")
                          .arg(found.headline));
            return false;
        }
    } else {
        if (!newArticle())
            return false;
        m_draftKey = found.draftKey; // the same slot goes on
    }
    m_editor->applyText(found.headline, found.standfirst, found.body, found.section, found.tags);
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::discardRecovered(const db::Autosave &slot)
{
    (void)m_newsroom.editing().discardAutosave(m_actor, slot.articleId, slot.draftKey);
}

void MainWindow::offerRecovery()
{
    for (const db::Autosave &slot : recoverable()) {
        QString saved;
        QString caption;
        if (slot.articleId > 0) {
            const auto article = m_newsroom.archive().article(slot.articleId);
            if (!article) {
                discardRecovered(slot);
                continue;
            }
            saved = ConflictDialog::asText(*article);
            caption = tr("Unsaved changes to “%1” from %2 (saved version %3 → your text)")
                          .arg(article->headline,
                               QLocale().toString(slot.savedAt.toLocalTime(), QLocale::ShortFormat))
                          .arg(article->version);
        } else {
            caption
                = tr("A new article that was never saved, from %1")
                      .arg(QLocale().toString(slot.savedAt.toLocalTime(), QLocale::ShortFormat));
        }
        db::Article recovered;
        recovered.headline = slot.headline;
        recovered.standfirst = slot.standfirst;
        recovered.body = slot.body;
        DiffDialog dialog(tr("Recover Unsaved Text"), caption, saved,
                          ConflictDialog::asText(recovered), this);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *recoverButton
            = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
        QPushButton *discard
            = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
        connect(recoverButton, &QPushButton::clicked, &dialog, &QDialog::accept);
        connect(discard, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(2); });
        buttons->button(QDialogButtonBox::Close)->setText(tr("&Later"));
        const int answer = dialog.exec();
        if (answer == QDialog::Accepted) {
            recover(slot.id);
            return; // one at a time: the editor holds one article
        }
        if (answer == 2)
            discardRecovered(slot);
    }
}

bool MainWindow::takeOver()
{
    const qint64 id = m_editor->articleId();
    if (id <= 0)
        return false;
    const auto lock = m_newsroom.editing().lockForEditing(m_actor, id, true);
    if (!lock) {
        showError(tr("Cannot take over"), lock.errorString());
        return false;
    }
    return openArticle(id);
}

void MainWindow::compareVersions(int from, int to)
{
    const qint64 id = m_editor->articleId();
    if (id <= 0)
        return;
    if (to == 0)
        to = storedArticle().version;
    const auto a = m_newsroom.archive().revision(id, from);
    const auto b = m_newsroom.archive().revision(id, to);
    if (!a || !b) {
        showError(tr("Cannot compare"), !a ? a.errorString() : b.errorString());
        return;
    }
    auto text = [](const db::Revision &r) {
        return r.headline + QStringLiteral("\n\n") + r.standfirst + QStringLiteral("\n\n") + r.body;
    };
    DiffDialog dialog(tr("Compare Versions"), tr("Version %1 → version %2").arg(from).arg(to),
                      text(*a), text(*b), this);
    dialog.exec();
}

bool MainWindow::restoreVersion(int version)
{
    const db::Article stored = storedArticle();
    if (stored.id <= 0 || !maybeSave())
        return false;
    const auto saved = m_newsroom.archive().restoreRevision(m_actor, stored.id, version, stored.version);
    if (!saved) {
        showError(tr("Not restored"), saved.errorString());
        return false;
    }
    openArticle(stored.id);
    m_model->reload();
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
    releaseCurrentLock();
    writeSettings();
    event->accept();
}

} // namespace copydesk::ui
