// The main window's review on the text: the Comments panel beside the body, the Review menu,
// and the prompts for a comment or a suggestion (ReviewDesk does the work).

#include "app/articles/articlelistmodel.h"
#include "app/articles/editsession.h"
#include "ui/articleeditor.h"
#include "ui/articlelistpanel.h"
#include "ui/bodyedit.h"
#include "ui/commentspanel.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/reviewdesk.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace copydesk::ui {

using app::Action;

void MainWindow::createReview()
{
    m_comments = new CommentsPanel(this);
    m_commentsDock = new QDockWidget(tr("Comments"), this);
    m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_commentsDock->setWidget(m_comments);
    addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    resizeDocks({ m_commentsDock }, { 300 }, Qt::Horizontal);
    // Shown with an article that has open comments, or when one is made; until then the body
    // keeps the width (the person's choice is kept with the window's layout).
    m_commentsDock->hide();
    m_review = new ReviewDesk(
        m_newsroom, m_editor->body(), m_comments,
        [this] {
            ReviewDesk::Context context;
            context.actor = actor();
            context.stored = storedArticle();
            context.textEditable = m_session->isOpen() && m_session->canEdit();
            context.notEditable = m_session->readOnlyReason();
            if (context.notEditable.isEmpty())
                context.notEditable = tr("the article cannot be changed here now");
            context.bodyModified = m_session->isOpen() && m_editor->isModified();
            return context;
        },
        this);
    connect(m_review, &ReviewDesk::failed, this, &MainWindow::showError);
    connect(m_session.get(), &app::EditSession::saved, m_review,
            [this](qint64 articleId, int) { m_review->saved(articleId); });
    connect(m_review, &ReviewDesk::changed, this, [this] {
        m_list->model()->reload();
        refreshHistory();
        if (m_review->openCount() > 0 && !isFocusMode())
            m_commentsDock->show();
        updateReviewActions(storedArticle());
    });
}

void MainWindow::createReviewMenu()
{
    QMenu *review = menuBar()->addMenu(tr("&Review"));
    m_commentAction = review->addAction(tr("Insert &Comment…"), this, [this] { askComment(); });
    m_commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_commentAction->setIcon(Icons::get(QStringLiteral("mail-message-new")));
    m_suggestAction = review->addAction(tr("&Suggest Edit…"), this, [this] { askSuggestion(); });
    m_suggestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M));
    m_acceptAllAction = review->addAction(tr("&Accept All Suggestions"), this, [this] {
        if (const auto accepted = m_review->acceptAll(); accepted && *accepted > 0)
            statusBar()->showMessage(
                *accepted == 1 ? tr("Accepted a suggestion: save to keep it")
                               : tr("Accepted %1 suggestions: save to keep them").arg(*accepted),
                8000);
    });
    review->addSeparator();
    review->addAction(m_commentsDock->toggleViewAction());
    m_commentsDock->toggleViewAction()->setText(tr("Show Co&mments"));
}

void MainWindow::updateReviewActions(const db::Article &stored)
{
    auto allow = [&stored, this](QAction *action, Action rule, const QString &what) {
        app::Decision d { false, tr("Save the article first: comments point at the saved text") };
        if (stored.id > 0)
            d = app::WorkflowService::decide(actor(), rule, stored);
        action->setEnabled(d.allowed);
        action->setToolTip(d.allowed ? what : d.reason);
    };
    allow(m_commentAction, Action::Comment,
          tr("Comment on the selected passage; the comment shows beside it"));
    allow(m_suggestAction, Action::Suggest,
          tr("Propose new wording for the selected passage, for the author to accept"));
    const QList<app::ReviewItem> items = m_review->items();
    const bool suggestions
        = std::any_of(items.cbegin(), items.cend(), [](const app::ReviewItem &i) {
              return i.isSuggestion() && i.isOpen() && i.at.found();
          });
    m_acceptAllAction->setEnabled(suggestions && m_session->isOpen() && m_session->canEdit());
}

void MainWindow::reloadReview()
{
    m_review->reload();
    // An article with open comments shows them beside it.
    if (m_review->openCount() > 0 && !isFocusMode())
        m_commentsDock->show();
    updateReviewActions(storedArticle());
}

bool MainWindow::askComment()
{
    const auto anchor = m_review->selectionAnchor();
    if (!anchor) {
        showError(tr("Comment not added"), anchor.errorString());
        return false;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Insert Comment"), tr("Comment on “%1”:").arg(anchor->quote.simplified().left(80)),
        {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return false;
    m_commentsDock->show();
    return bool(m_review->addComment(text));
}

bool MainWindow::askSuggestion()
{
    const auto anchor = m_review->selectionAnchor();
    if (!anchor) {
        showError(tr("Suggestion not added"), anchor.errorString());
        return false;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Suggest Edit"),
        tr("Instead of “%1”, write (empty to delete it):").arg(anchor->quote.simplified().left(80)),
        QLineEdit::Normal, anchor->quote, &ok);
    if (!ok || text == anchor->quote)
        return false;
    m_commentsDock->show();
    return bool(m_review->suggest(text));
}

} // namespace copydesk::ui
