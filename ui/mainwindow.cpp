#include "ui/mainwindow.h"

#include "app/articlelistmodel.h"
#include "app/textstats.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/conflictdialog.h"
#include "ui/snippetdelegate.h"
#include "ui/welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace copydesk::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_model = new app::ArticleListModel(m_newsroom, this);
    createWidgets();
    createActions();
    readSettings();
    updateActions();
    updateTitle();
    connect(m_model, &app::ArticleListModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search headlines, standfirsts and bodies"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *status : { "draft", "in_review", "approved", "published", "spiked" }) {
        const QString s = QString::fromLatin1(status);
        m_statusFilter->addItem(app::ArticleListModel::statusLabel(s), s);
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
    m_view->horizontalHeader()->setSectionResizeMode(app::ArticleListModel::Headline,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(app::ArticleListModel::Status,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(app::ArticleListModel::Section,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(app::ArticleListModel::Updated,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(app::ArticleListModel::Byline, 150);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Articles"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_sectionFilter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
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

    m_words = new QLabel(this);
    m_reading = new QLabel(this);
    statusBar()->addPermanentWidget(m_words);
    statusBar()->addPermanentWidget(m_reading);

    // Search as the person types, once typing pauses.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(m_sectionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSectionFilter(m_sectionFilter->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
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
    file->addAction(tr("&Open Store…"), this, [this] { chooseStore(false); });
    file->addAction(tr("New S&tore…"), this, [this] { chooseStore(true); });
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Copydesk"), this, [this] {
        QMessageBox::about(
            this, tr("About Copydesk"),
            tr("<h3>Copydesk %1</h3><p>A desktop newsroom editor.</p><p>Store: %2</p>")
                .arg(QStringLiteral(COPYDESK_VERSION),
                     QDir::toNativeSeparators(m_newsroom.path()).toHtmlEscaped()));
    });
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
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

db::Result<void> MainWindow::openStore(const QString &path)
{
    app::Newsroom candidate;
    // Try the new store first so a failure leaves the open one alone.
    if (auto r = candidate.open(path, db::Database::OpenMode::CreateIfMissing); !r)
        return r;
    candidate.close();
    m_newsroom.close();
    if (auto r = m_newsroom.open(path, db::Database::OpenMode::CreateIfMissing); !r)
        return r;
    m_stack->setCurrentWidget(m_empty);
    m_editor->load({});
    refreshFilters();
    m_model->reload();
    QSettings().setValue(QStringLiteral("store/path"), m_newsroom.path());
    const QString actor = QSettings().value(QStringLiteral("session/username")).toString();
    setActor(actor);
    updateActions();
    updateTitle();
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
        const auto person = m_newsroom.createFirstAccount(welcome.username(), welcome.displayName(),
                                                          welcome.password());
        if (!person) {
            showError(tr("Could not create the account"), person.errorString());
            continue;
        }
        QSettings().setValue(QStringLiteral("session/username"), person->username);
        setActor(person->username);
        if (welcome.wantsDemo()) {
            if (auto added = m_newsroom.addDemoNewsroom(person->id); !added)
                showError(tr("Could not add the demo newsroom"), added.errorString());
        }
        refreshFilters();
        m_model->reload();
        return true;
    }
    return false;
}

void MainWindow::setActor(const QString &username)
{
    m_actorId = 0;
    if (username.isEmpty() || !m_newsroom.isOpen())
        return;
    if (const auto person = m_newsroom.people().byUsername(username))
        m_actorId = person->id;
}

void MainWindow::refreshFilters()
{
    const QString current = m_sectionFilter->currentData().toString();
    const auto sections = m_newsroom.isOpen() ? m_newsroom.articles().sections()
                                              : db::Result<QStringList>(QStringList());
    const QStringList names = sections ? *sections : QStringList();
    const QSignalBlocker blocker(m_sectionFilter);
    m_sectionFilter->clear();
    m_sectionFilter->addItem(tr("All sections"), QString());
    for (const QString &name : names)
        m_sectionFilter->addItem(name, name);
    m_sectionFilter->setCurrentIndex(qMax(0, m_sectionFilter->findData(current)));
    m_editor->setSections(names);
}

void MainWindow::updateActions()
{
    const bool open = m_stack->currentWidget() == m_editor;
    m_saveAction->setEnabled(open && m_editor->isModified());
    m_closeAction->setEnabled(open);
    m_newAction->setEnabled(m_newsroom.isOpen());
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(open);
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
    if (m_stack->currentWidget() != m_editor || !m_editor->isModified())
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
    return answer == QMessageBox::Discard;
}

bool MainWindow::newArticle()
{
    if (!m_newsroom.isOpen() || !maybeSave())
        return false;
    m_editor->startNew(m_sectionFilter->currentData().toString());
    m_stack->setCurrentWidget(m_editor);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
    }
    updateActions();
    updateTitle();
    m_editor->headline()->setFocus();
    return true;
}

bool MainWindow::openArticle(qint64 id)
{
    const auto article = m_newsroom.articles().get(id);
    if (!article) {
        showError(tr("Could not open the article"), article.errorString());
        return false;
    }
    m_editor->load(*article);
    m_stack->setCurrentWidget(m_editor);
    updateActions();
    updateTitle();
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
    if (m_stack->currentWidget() != m_editor)
        return false;
    db::Article article = m_editor->article();
    if (article.headline.isEmpty()) {
        showError(tr("Not saved"), tr("An article needs a headline before it can be saved."));
        m_editor->headline()->setFocus();
        return false;
    }
    if (article.id == 0) {
        const auto created = m_newsroom.createArticle(article, m_actorId);
        if (!created) {
            showError(tr("Not saved"),
                      created.errorString() + tr("\n\nYour text is still in the editor."));
            return false;
        }
        m_editor->load(*created);
    } else {
        const auto version = m_newsroom.saveArticle(article, m_editor->baseVersion(), m_actorId);
        if (!version) {
            if (version.error().kind != db::Error::Kind::Conflict) {
                showError(tr("Not saved"),
                          version.errorString() + tr("\n\nYour text is still in the editor."));
                return false;
            }
            const auto saved = m_newsroom.articles().get(article.id);
            if (!saved) {
                showError(tr("Not saved"), saved.errorString());
                return false;
            }
            ConflictDialog dialog(article, *saved, this);
            dialog.exec();
            switch (dialog.choice()) {
            case ConflictDialog::TakeSaved:
                m_editor->load(*saved);
                break;
            case ConflictDialog::SaveMineAsCopy: {
                db::Article copy = article;
                copy.id = 0;
                copy.slug.clear();
                copy.status = QStringLiteral("draft");
                copy.headline = tr("%1 (copy)").arg(article.headline);
                const auto created = m_newsroom.createArticle(copy, m_actorId);
                if (!created) {
                    showError(tr("Not saved"), created.errorString());
                    return false;
                }
                m_editor->load(*created);
                break;
            }
            case ConflictDialog::KeepEditing:
                return false;
            }
            refreshFilters();
            m_model->reload();
            return dialog.choice() == ConflictDialog::SaveMineAsCopy;
        }
        const auto reloaded = m_newsroom.articles().get(article.id);
        if (reloaded)
            m_editor->load(*reloaded);
        else
            m_editor->markSaved(*version);
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

bool MainWindow::closeArticle()
{
    if (!maybeSave())
        return false;
    m_editor->load({});
    m_stack->setCurrentWidget(m_empty);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
    }
    updateActions();
    updateTitle();
    return true;
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

void MainWindow::chooseStore(bool create)
{
    if (!maybeSave())
        return;
    const QString dir = QFileInfo(m_newsroom.path()).absolutePath();
    const QString filter = tr("Copydesk stores (*.sqlite);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New Store"), dir, filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Store"), dir, filter);
    if (path.isEmpty())
        return;
    if (auto r = openStore(path); !r) {
        showError(tr("Could not open the store"), r.errorString());
        return;
    }
    welcomeIfNew();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

} // namespace copydesk::ui
