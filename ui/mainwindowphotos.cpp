// The main window's photos: the Insert menu, and PhotoDesk with the editor's body and lead well
// (PhotoDesk does the work).

#include "app/articles/editsession.h"
#include "app/articles/photoservice.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/photodesk.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace copydesk::ui {

void MainWindow::createPhotos()
{
    m_photos = new PhotoDesk(
        m_newsroom, m_editor,
        [this] {
            PhotoDesk::Context context;
            context.actor = actor();
            context.editable = m_session->isOpen() && m_session->canEdit();
            context.notEditable = !m_session->isOpen() ? tr("Open or start an article first.")
                                                       : m_session->readOnlyReason();
            if (context.notEditable.isEmpty())
                context.notEditable = tr("the article cannot be changed here now");
            return context;
        },
        this);
    connect(m_photos, &PhotoDesk::failed, this, &MainWindow::showError);
    connect(m_photos, &PhotoDesk::noted, this,
            [this](const QString &message) { statusBar()->showMessage(message, 12000); });
    m_editor->setContextActions(
        [this](int position, QObject *parent) { return m_photos->actionsAt(position, parent); });
}

void MainWindow::createInsertMenu()
{
    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QAction *photo
        = insert->addAction(tr("&Photo…"), this, [this] { m_photos->insertFromFiles(); });
    photo->setIcon(Icons::get(QStringLiteral("insert-image")));
    photo->setToolTip(tr("A photo at the cursor, with its caption, credit and alt text (or paste "
                         "or drop one)"));
    QAction *lead = insert->addAction(tr("&Lead Photo…"), this, [this] { m_photos->editLead(); });
    lead->setToolTip(tr("The photo above the headline"));
    // Enabled as the formats are: where the body may be changed.
    m_formatActions << photo << lead;
}

// What the open article's photos lack, with the text's issues.
QList<app::Issue> MainWindow::photoIssues(app::Checker *checker)
{
    const auto issues = m_newsroom.photos().issuesIn(m_editor->body()->document(), checker);
    return issues ? *issues : QList<app::Issue>();
}

} // namespace copydesk::ui
