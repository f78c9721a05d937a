// The main window's menus and toolbars, the state of their actions (enabled or not, and why
// not), and the commands that open a dialog: welcome and sign-in, settings, staff, stores,
// preview and export, comparing versions, the offer of recovered text; and the window's saved
// geometry. The rest of MainWindow (layout, wiring to the edit session, the article commands)
// is in mainwindow.cpp.

#include "app/articles/articlelistmodel.h"
#include "app/articles/editsession.h"
#include "app/body/worddiff.h"
#include "app/export/htmlrenderer.h"
#include "app/export/proof.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/checksettingsdialog.h"
#include "ui/diffdialog.h"
#include "ui/filedialogs.h"
#include "ui/findbar.h"
#include "ui/housestyledialog.h"
#include "ui/icons.h"
#include "ui/issuespanel.h"
#include "ui/mainwindow.h"
#include "ui/newsroomsettingsdialog.h"
#include "ui/previewdialog.h"
#include "ui/prompts.h"
#include "ui/recoverydialog.h"
#include "ui/signindialog.h"
#include "ui/staffdialog.h"
#include "ui/welcomedialog.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace copydesk::ui {

using app::Action;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Three groups of buttons: writing (icons, named in their tooltips), the panels, and the
    // workflow on a row of its own, the step that matters for the open article stressed.
    QToolBar *toolbar = addToolBar(tr("Writing"));
    toolbar->setObjectName(QStringLiteral("articleToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_panelsBar = addToolBar(tr("Panels"));
    m_panelsBar->setObjectName(QStringLiteral("panelsToolbar"));
    m_panelsBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_newAction = file->addAction(tr("&New Article"), this, [this] { newArticle(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_closeAction = file->addAction(tr("&Close Article"), this, [this] { closeArticle(); });
    // Ctrl+W everywhere (the README's key; Qt's Windows scheme has only Ctrl+F4), and the
    // platform's own keys beside it.
    QList<QKeySequence> closeKeys { QKeySequence(Qt::CTRL | Qt::Key_W) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Close))
        if (!closeKeys.contains(key))
            closeKeys << key;
    m_closeAction->setShortcuts(closeKeys);
    file->addSeparator();
    QAction *preview = file->addAction(tr("Pre&view"), this, &MainWindow::showPreview);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *exportArticle
        = file->addAction(tr("&Export Article…"), this, &MainWindow::chooseExportArticle);
    QAction *copyHtml
        = file->addAction(tr("Copy Body as &HTML"), this, &MainWindow::copyBodyAsHtml);
    file->addAction(tr("E&xport Site…"), this, &MainWindow::chooseExportSite);
    QAction *proof = file->addAction(tr("&Print Proof…"), this, [this] { printProof(); });
    proof->setShortcut(QKeySequence::Print);
    m_articleActions << preview << exportArticle << copyHtml << proof;
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::chooseImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    file->addAction(tr("&Open Store…"), this, [this] { chooseStore(false); });
    file->addAction(tr("New S&tore…"), this, [this] { chooseStore(true); });
    file->addAction(tr("Connect to Newsroom Se&rver…"), this, [this] {
        if (maybeSave() && connectToServer() && welcomeIfNew() && actor().id == 0)
            askSignIn();
    });
    file->addAction(tr("S&witch Person…"), this, [this] {
        if (maybeSave())
            askSignIn(true);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_newAction->setIcon(Icons::get(QStringLiteral("document-new")));
    m_saveAction->setIcon(Icons::get(QStringLiteral("document-save")));
    preview->setIcon(Icons::get(QStringLiteral("document-print-preview")));
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    m_panelsBar->addAction(preview);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), this, [this] { m_editor->body()->undo(); });
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), this, [this] { m_editor->body()->redo(); });
    redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    // As in editors and browsers: Ctrl+F finds in the open article (with none open, in the
    // archive), Ctrl+Shift+F always in the archive.
    auto findArticles = [this] {
        m_list->searchBox()->setFocus();
        m_list->searchBox()->selectAll();
    };
    QAction *findInArticle = edit->addAction(tr("&Find in Article…"), this, [=] {
        if (m_session->isOpen())
            m_editor->findBar()->open(false);
        else
            findArticles();
    });
    findInArticle->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("Find and Re&place…"), this, [this] {
        if (m_session->isOpen())
            m_editor->findBar()->open(true);
    });
    // The platform's key (Ctrl+H; on macOS, where Cmd+H hides the program, none).
    replace->setShortcuts(QKeySequence::Replace);
    QAction *findNext = edit->addAction(tr("Find &Next"), this, [this] {
        if (m_session->isOpen())
            m_editor->findBar()->findNext();
    });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), this, [this] {
        if (m_session->isOpen())
            m_editor->findBar()->findPrevious();
    });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    m_articleActions << replace << findNext << findPrevious;
    edit->addSeparator();
    QAction *find = edit->addAction(tr("Find &Articles"), this, findArticles);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_formatActions << undo << redo;
    undo->setIcon(Icons::get(QStringLiteral("edit-undo")));
    redo->setIcon(Icons::get(QStringLiteral("edit-redo")));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    // A format on the toolbar has an icon (name) and says its key in its tooltip.
    auto addFormat
        = [&](const QString &text, const QKeySequence &key, auto slot, const QString &icon = {}) {
              QAction *action = format->addAction(text, this, slot);
              action->setShortcut(key);
              if (!icon.isEmpty()) {
                  action->setIcon(Icons::get(icon));
                  toolbar->addAction(action);
              }
              m_formatActions << action;
              return action;
          };
    addFormat(tr("&Paragraph"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0),
              [this] { m_editor->setHeading(0); });
    addFormat(
        tr("&Subheading"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
        [this] { m_editor->setHeading(2); }, QStringLiteral("format-text-heading"));
    addFormat(tr("S&mall Subheading"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3),
              [this] { m_editor->setHeading(3); });
    format->addSeparator();
    addFormat(
        tr("&Bold"), QKeySequence::Bold, [this] { m_editor->toggleBold(); },
        QStringLiteral("format-text-bold"));
    addFormat(
        tr("&Italic"), QKeySequence::Italic, [this] { m_editor->toggleItalic(); },
        QStringLiteral("format-text-italic"));
    addFormat(
        tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { editLink(); },
        QStringLiteral("insert-link"));
    format->addSeparator();
    addFormat(
        tr("&Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9),
        [this] { m_editor->toggleQuote(); }, QStringLiteral("format-text-blockquote"));
    addFormat(
        tr("B&ulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        [this] { m_editor->toggleBulletList(); }, QStringLiteral("format-list-unordered"));
    addFormat(
        tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
        [this] { m_editor->toggleNumberedList(); }, QStringLiteral("format-list-ordered"));
    for (QAction *action : toolbar->actions())
        if (!action->isSeparator() && !action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(
                action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                action->shortcut().toString(QKeySequence::NativeText)));

    createInsertMenu();

    QMenu *workflow = menuBar()->addMenu(tr("&Workflow"));
    // The workflow on a row of its own: at 1024 pixels wide, Publish and Spike no longer fall
    // into the overflow menu behind the formatting buttons.
    addToolBarBreak();
    QToolBar *workflowBar = addToolBar(tr("Workflow"));
    workflowBar->setObjectName(QStringLiteral("workflowToolbar"));
    workflowBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_workflowBar = workflowBar;
    stressPrimaryStep();
    const struct
    {
        Action action;
        QString text;
        const char *icon;
    } steps[] = {
        { Action::Submit, tr("S&ubmit for Review"), "mail-send" },
        { Action::Return, tr("&Return to Writer…"), "mail-reply-sender" },
        { Action::Approve, tr("&Approve"), "emblem-default" },
        { Action::Publish, tr("&Publish"), "document-send" },
        { Action::Unpublish, tr("U&npublish…"), "document-unpublish" },
        { Action::Spike, tr("Sp&ike"), "edit-delete" },
        { Action::Restore, tr("Re&store"), "document-revert" },
    };
    for (const auto &step : steps) {
        QAction *qaction
            = workflow->addAction(step.text, this, [this, a = step.action] { runAction(a); });
        qaction->setIcon(Icons::get(QString::fromLatin1(step.icon)));
        workflowBar->addAction(qaction);
        m_workflowActions.append({ step.action, qaction });
    }
    workflow->addSeparator();
    m_takeOverAction = workflow->addAction(tr("Ta&ke Over Editing"), this, [this] { takeOver(); });
    m_takeOverAction->setEnabled(false);
    workflow->addSeparator();
    m_staffAction = workflow->addAction(tr("S&taff…"), this, &MainWindow::openStaff);

    createReviewMenu();
    createViewMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_checkSettingsAction = tools->addAction(tr("Spelling and Style &Settings…"), this,
                                             &MainWindow::editCheckSettings);
    m_houseStyleAction
        = tools->addAction(tr("&House Style Guide…"), this, &MainWindow::openHouseStyle);
    m_newsroomSettingsAction
        = tools->addAction(tr("&Newsroom Settings…"), this, &MainWindow::editNewsroomSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Copydesk"), this, [this] {
        QMessageBox::about(
            this, tr("About Copydesk"),
            tr("<h3>Copydesk %1</h3><p>A desktop newsroom editor.</p><p>Store: %2</p>")
                .arg(QStringLiteral(COPYDESK_VERSION), shownStore().toHtmlEscaped()));
    });
}

QAction *MainWindow::workflowAction(Action action) const
{
    for (const auto &[a, qaction] : m_workflowActions)
        if (a == action)
            return qaction;
    return nullptr;
}

void MainWindow::stressPrimaryStep()
{
    // The step that matters for the open article (updateActions) stands out in both
    // appearances: the palette's own highlight colours. A style sheet keeps the palette it was
    // polished with, so a change of appearance sets it again (changeEvent).
    m_workflowBar->setStyleSheet(QString());
    m_workflowBar->setStyleSheet(QStringLiteral(
        "QToolButton[primary=\"true\"] { font-weight: bold; background: palette(highlight); "
        "color: palette(highlighted-text); border-radius: 3px; padding: 2px 8px; }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_workflowBar)
        stressPrimaryStep();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool writable = m_session->canEdit();
    m_saveAction->setEnabled(writable && m_editor->isModified());
    m_closeAction->setEnabled(open);
    const app::Decision create = app::Permissions::decide(actor(), Action::Create);
    m_newAction->setEnabled(m_newsroom.isOpen() && create.allowed);
    m_newAction->setToolTip(create.allowed ? tr("Start a new article") : create.reason);
    // Files become drafts of one's own; a WordPress export asks for more, said when it is tried.
    m_importAction->setEnabled(m_newsroom.isOpen() && create.allowed);
    m_importAction->setToolTip(
        create.allowed ? tr("Import text, Markdown or HTML files, or a WordPress export")
                       : create.reason);
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(writable);
    const app::Decision staff = app::Permissions::decide(actor(), Action::Staff);
    m_staffAction->setEnabled(m_newsroom.isOpen() && staff.allowed);
    m_staffAction->setToolTip(staff.reason);
    const app::Decision settings = app::Permissions::decide(actor(), Action::Settings);
    m_checkSettingsAction->setEnabled(m_newsroom.isOpen() && settings.allowed);
    m_checkSettingsAction->setToolTip(settings.reason);
    m_houseStyleAction->setEnabled(m_newsroom.isOpen());
    m_newsroomSettingsAction->setEnabled(m_newsroom.isOpen() && settings.allowed);
    m_newsroomSettingsAction->setToolTip(settings.reason);
    for (QAction *action : std::as_const(m_articleActions))
        action->setEnabled(open);

    const db::Article stored = storedArticle();
    updateReviewActions(stored);
    QAction *primary = nullptr;
    for (const auto &[action, qaction] : m_workflowActions) {
        QString why;
        bool allowed = false;
        if (stored.id <= 0) {
            why = open ? tr("Save the article first") : tr("Open an article first");
        } else {
            const app::Decision d = m_newsroom.workflow().decide(actor(), action, stored);
            allowed = d.allowed;
            why = d.reason;
        }
        qaction->setEnabled(allowed);
        const QString name = qaction->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        qaction->setToolTip(allowed ? name : tr("%1: not available — %2").arg(name, why));
        qaction->setStatusTip(qaction->toolTip());
    }
    if (const auto step = app::WorkflowService::nextStep(actor(), stored))
        primary = workflowAction(*step); // the next step forward, stressed
    if (primary != m_primaryAction) {
        m_primaryAction = primary;
        for (const auto &step : std::as_const(m_workflowActions))
            for (QObject *object : step.second->associatedObjects())
                if (auto *button = qobject_cast<QToolButton *>(object)) {
                    button->setProperty("primary", step.second == primary);
                    button->style()->unpolish(button);
                    button->style()->polish(button);
                }
    }
    if (!open) {
        m_words->clear();
        m_reading->clear();
    }
}

void MainWindow::showListMenu(const QPoint &position)
{
    QTableView *view = m_list->view();
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index); // opens it, asking about unsaved changes first
    if (m_session->articleId() != index.data(app::ArticleListModel::IdRole).toLongLong())
        return;
    QMenu menu(this);
    for (const auto &[action, qaction] : m_workflowActions)
        menu.addAction(qaction);
    menu.exec(view->viewport()->mapToGlobal(position));
}

void MainWindow::editLink()
{
    if (const auto href = Prompts::link(this, m_editor->linkAtCursor()))
        m_editor->setLink(*href);
}

void MainWindow::openStaff()
{
    StaffDialog dialog(m_newsroom, actor(), this);
    dialog.exec();
    refreshStaff();
    refreshFilters();
    if (const auto again = m_newsroom.staff().actor(actor().id))
        m_session->setActor(*again); // the same person, with their appointments as they are now
    updatePerson();
    updateActions();
}

void MainWindow::chooseStore(bool create)
{
    if (!maybeSave())
        return;
    const QString dir
        = m_newsroom.isServer() ? QString() : QFileInfo(m_newsroom.path()).absolutePath();
    const QString filter = tr("Copydesk stores (*.sqlite);;All files (*)");
    const QString path = create ? FileDialogs::saveFileName(this, tr("New Store"), dir, filter)
                                : FileDialogs::openFileName(this, tr("Open Store"), dir, filter);
    if (path.isEmpty())
        return;
    if (auto r = openStore(path); !r) {
        showError(tr("Could not open the store"), r.errorString());
        return;
    }
    if (welcomeIfNew() && actor().id == 0)
        askSignIn();
}

void MainWindow::editCheckSettings()
{
    CheckSettingsDialog dialog(m_newsroom.spelling().checkOptions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_newsroom.spelling().setChecksEnabled(actor(), dialog.checks()); !r) {
        showError(tr("Settings not saved"), r.errorString());
        return;
    }
    refreshChecker();
}

void MainWindow::openHouseStyle()
{
    HouseStyleDialog dialog(m_newsroom, actor(), this);
    dialog.exec();
    if (dialog.changed())
        refreshChecker();
}

void MainWindow::applyHouseStyle()
{
    const auto fixes = m_editor->applyHouseStyle();
    checkNow();
    statusBar()->showMessage(fixes.isEmpty() ? tr("No house style fixes to make")
                                 : fixes.size() == 1
                                 ? tr("Made 1 house style fix")
                                 : tr("Made %1 house style fixes").arg(fixes.size()),
                             5000);
}

int MainWindow::printProofOn(QPagedPaintDevice *device)
{
    // The article as edited, unsaved changes included, its issues found in what is printed.
    const auto content = m_newsroom.proofOf(actor(), m_editor->article());
    if (!content) {
        showError(tr("Proof not printed"), content.errorString());
        return 0;
    }
    return app::Proof::paint(device, *content);
}

void MainWindow::printProof()
{
    if (!m_session->isOpen())
        return;
    // The platform's print dialog: a printer or a PDF file, and the paper.
    QPrinter printer(QPrinter::HighResolution); // the platform's default paper
    printer.setDocName(m_editor->article().headline);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Proof"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int pages = printProofOn(&printer);
    if (pages > 0)
        statusBar()->showMessage(pages == 1 ? tr("Printed a proof of 1 page")
                                            : tr("Printed a proof of %1 pages").arg(pages),
                                 5000);
}

void MainWindow::editNewsroomSettings()
{
    app::SiteExporter exporter(m_newsroom.exportSource());
    const auto publication = exporter.publication();
    if (!publication)
        return;
    NewsroomSettingsDialog dialog(*publication, m_newsroom.publication().headlineLimit(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_newsroom.publication().setSettings(actor(), dialog.settings()); !r)
        showError(tr("Settings not saved"), r.errorString());
    refreshChecker(); // the headline's limit too
}

Result<QString> MainWindow::previewHtml()
{
    // The photos go where the preview's page is written for a browser, and the dialog looks.
    return m_session->previewHtml(PreviewDialog::previewFolder());
}

void MainWindow::showPreview()
{
    const auto html = previewHtml();
    if (!html) {
        showError(tr("No preview"), html.errorString());
        return;
    }
    PreviewDialog dialog(m_editor->article().headline, *html, this);
    dialog.exec();
}

void MainWindow::copyBodyAsHtml()
{
    if (!m_session->isOpen())
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
    if (!m_session->isOpen() || !maybeSave() || m_session->articleId() <= 0)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(storedArticle().slug + QStringLiteral(".html"));
    const QString file = FileDialogs::saveFileName(this, tr("Export Article"), suggested,
                                                   tr("Web pages (*.html)"));
    if (file.isEmpty())
        return;
    app::SiteExporter exporter(m_newsroom.exportSource());
    if (auto r = exporter.exportArticle(m_session->articleId(), file); !r) {
        showError(tr("Not exported"), r.errorString());
        return;
    }
    // Said where it can be seen, with the way to it: the status bar alone was easy to miss.
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 5000);
    QMessageBox box(QMessageBox::Information, tr("Article exported"),
                    tr("“%1” was exported as a web page:\n%2")
                        .arg(storedArticle().headline, QDir::toNativeSeparators(file)),
                    QMessageBox::Ok, this);
    QPushButton *open = box.addButton(tr("&Open in Browser"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
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
    QMessageBox::information(this, tr("Site exported"), report->summary(directory));
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

bool MainWindow::welcomeIfNew()
{
    if (!m_newsroom.isOpen() || !m_newsroom.isEmpty())
        return true;
    WelcomeDialog welcome(this);
    while (welcome.exec() == QDialog::Accepted) {
        const auto person = m_newsroom.staff().createFirstAccount(
            welcome.username(), welcome.displayName(), welcome.password());
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

bool MainWindow::askSignIn(bool switching)
{
    // The username last signed in on this store; none when switching to someone else, or for
    // a store the remembered person did not use.
    QSettings settings;
    QString last = !switching
            && settings.value(QStringLiteral("session/store")).toString() == m_newsroom.path()
        ? settings.value(QStringLiteral("session/username")).toString()
        : QString();
    // On a newsroom server connected as a person's own login, that person is the one asked for.
    if (m_newsroom.isServer()) {
        const QString login = QUrl(m_newsroom.path()).userName();
        if (!login.isEmpty() && m_newsroom.staff().actorNamed(login))
            last = login;
    }
    SignInDialog dialog(
        m_newsroom.isServer() ? m_newsroom.displayName() : shownStore(), last,
        [this](const QString &username, const QString &password) {
            const auto r = signIn(username, password);
            return r ? QString() : r.errorString();
        },
        this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::offerRecovery()
{
    for (const db::Autosave &slot : m_session->recoverable()) {
        std::optional<db::Article> saved;
        if (slot.articleId > 0) {
            const auto article = m_newsroom.archive().article(slot.articleId);
            if (!article) {
                discardRecovered(slot);
                continue;
            }
            saved = *article;
        }
        RecoveryDialog dialog(slot, saved, this);
        const int answer = dialog.exec();
        if (answer == RecoveryDialog::Recover) {
            recover(slot.id);
            return; // one at a time: the editor holds one article
        }
        if (answer == RecoveryDialog::Discard)
            discardRecovered(slot);
    }
}

void MainWindow::compareVersions(int from, int to)
{
    const qint64 id = m_session->articleId();
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
    // Compared as the reader sees the text, not its Markdown.
    auto text = [](const db::Revision &r) {
        return app::WordDiff::readableText(r.headline, r.standfirst, r.body);
    };
    DiffDialog dialog(tr("Compare Versions"), tr("Version %1 → version %2").arg(from).arg(to),
                      text(*a), text(*b), this);
    dialog.exec();
}

} // namespace copydesk::ui
