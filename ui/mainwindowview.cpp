// The window's View menu: panels, focus mode, full screen and the text's zoom.

#include "ui/appearance.h"
#include "ui/articleeditor.h"
#include "ui/articlelistpanel.h"
#include "ui/bodyedit.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>

namespace copydesk::ui {

namespace {

QString zoomKey(const QString &username)
{
    return QStringLiteral("zoom/") + username;
}

} // namespace

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_issuesDock->toggleViewAction());
    m_historyDock->toggleViewAction()->setIcon(Icons::get(QStringLiteral("document-open-recent")));
    m_issuesDock->toggleViewAction()->setIcon(Icons::get(QStringLiteral("tools-check-spelling")));
    view->addSeparator();
    m_focusAction = view->addAction(tr("&Focus Mode"), this, [this](bool on) { setFocusMode(on); });
    m_focusAction->setIcon(Icons::get(QStringLiteral("view-focus")));
    m_panelsBar->addAction(m_issuesDock->toggleViewAction());
    m_panelsBar->addAction(m_historyDock->toggleViewAction());
    m_panelsBar->addAction(m_focusAction);
    m_focusAction->setCheckable(true);
    m_focusAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_focusAction->setToolTip(tr("Only the article: the list, panels and toolbars fold away"));
    m_fullScreenAction = view->addAction(tr("F&ull Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcuts(QKeySequence::FullScreen);
    m_fullScreenAction->setIcon(Icons::get(QStringLiteral("view-fullscreen")));
    // Light and dark: as the system says, or the person's choice on this computer.
    QMenu *appearance = view->addMenu(tr("A&ppearance"));
    auto *modes = new QActionGroup(appearance);
    const std::pair<Appearance::Mode, QString> choices[] = {
        { Appearance::Mode::System, tr("As the &System") },
        { Appearance::Mode::Light, tr("&Light") },
        { Appearance::Mode::Dark, tr("&Dark") },
    };
    for (const auto &[mode, text] : choices) {
        QAction *choice = appearance->addAction(text, this, [mode = mode] {
            Appearance::save(mode);
            Appearance::apply(mode);
        });
        choice->setCheckable(true);
        choice->setChecked(mode == Appearance::saved());
        choice->setData(int(mode));
        modes->addAction(choice);
    }
    view->addSeparator();
    QAction *zoomIn
        = view->addAction(tr("Zoom &In"), this, [this] { setTextZoom(textZoom() + 1); });
    // Ctrl++ (and Ctrl+=, the same key without Shift on most keyboards).
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    zoomInKeys << QKeySequence(Qt::CTRL | Qt::Key_Equal);
    zoomIn->setShortcuts(zoomInKeys);
    QAction *zoomOut
        = view->addAction(tr("Zoom &Out"), this, [this] { setTextZoom(textZoom() - 1); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *actual = view->addAction(tr("&Actual Size"), this, [this] { setTextZoom(0); });
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
}

bool MainWindow::isFocusMode() const
{
    return m_focusAction && m_focusAction->isChecked();
}

void MainWindow::setFocusMode(bool on)
{
    m_focusAction->setChecked(on); // the menu shows the state however it was set
    if (on) {
        if (!m_foldedAway.isEmpty())
            return; // already in focus mode
        m_splitterBeforeFocus = m_splitter->saveState();
        QList<QWidget *> panels { m_list, m_historyDock, m_issuesDock, m_commentsDock };
        for (QToolBar *bar : findChildren<QToolBar *>())
            panels << bar;
        for (QWidget *panel : std::as_const(panels)) {
            if (panel->isVisible()) {
                m_foldedAway << panel;
                panel->hide();
            }
        }
        m_editor->body()->setFocus();
    } else {
        for (QWidget *panel : std::as_const(m_foldedAway))
            panel->show();
        m_foldedAway.clear();
        if (!m_splitterBeforeFocus.isEmpty())
            m_splitter->restoreState(m_splitterBeforeFocus);
    }
}

int MainWindow::textZoom() const
{
    return m_editor->body()->zoom();
}

void MainWindow::setTextZoom(int steps)
{
    m_editor->body()->setZoom(steps);
    if (actor().id > 0)
        QSettings().setValue(zoomKey(actor().username), m_editor->body()->zoom());
}

void MainWindow::applyPersonalView()
{
    m_editor->body()->setZoom(
        actor().id > 0 ? QSettings().value(zoomKey(actor().username), 0).toInt() : 0);
}

} // namespace copydesk::ui
