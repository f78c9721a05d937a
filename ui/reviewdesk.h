#pragma once

#include "app/articles/reviewservice.h"
#include "app/core/result.h"

#include <QHash>
#include <QObject>
#include <QTextCursor>

#include <functional>

namespace copydesk::app {
class Newsroom;
}

namespace copydesk::ui {

class BodyEdit;
class CommentsPanel;

// Review on the text in the window: the comments and suggestions of the open article, their
// passages marked in the body (and followed there as the text is edited), the side panel kept
// up to date, and what the panel and the Review menu ask done through app::ReviewService.
// Accepting a suggestion changes the body as an ordinary edit, with undo.
class ReviewDesk final : public QObject
{
    Q_OBJECT

public:
    // The article open in the window, and who is working on it.
    struct Context
    {
        app::Actor actor;
        db::Article stored; // id 0: none saved
        bool textEditable = false; // the body may be changed here now
        QString notEditable; // why not
        bool bodyModified = false; // changed here and not saved
    };

    ReviewDesk(app::Newsroom &newsroom, BodyEdit *body, CommentsPanel *panel,
               std::function<Context()> context, QObject *parent = nullptr);

    // Reads the comments again and finds their passages in the body as it is now.
    void reload();
    // The items with their passages where they stand in the body now.
    QList<app::ReviewItem> items() const;
    int openCount() const;

    // On the body's selection: a comment, or new wording for the passage.
    Result<db::Comment> addComment(const QString &text);
    Result<db::Comment> suggest(const QString &text);
    Result<void> reply(qint64 id, const QString &text);
    Result<void> resolve(qint64 id);
    Result<void> reopen(qint64 id);
    Result<void> remove(qint64 id);
    Result<void> reject(qint64 id);
    // Into the body as an edit (undoable); recorded as accepted when the body is saved with it
    // (saved()), so that one undone or discarded stays open.
    Result<void> accept(qint64 id);
    Result<int> acceptAll();
    // The open article is about to be saved: suggestions accepted and undone since are
    // forgotten. Then it was saved: those accepted in it are recorded.
    void aboutToSave();
    void saved(qint64 articleId);
    // The selection to comment on, or why not.
    Result<db::TextAnchor> selectionAnchor() const;
    // Selects an item's passage in the body.
    void showPassage(qint64 id);

Q_SIGNALS:
    void failed(const QString &title, const QString &message);
    // The comments changed (added, closed, …): counts elsewhere may follow.
    void changed();

private:
    Result<db::Comment> addItem(db::Comment::Kind kind, const QString &text);
    Result<void> done(Result<void> result, const QString &title);
    Result<int> applySuggestions(const QList<qint64> &ids);
    void refreshPanel(bool always);
    void updateMarks();
    void followCursor();

    app::Newsroom &m_newsroom;
    BodyEdit *m_body;
    CommentsPanel *m_panel;
    std::function<Context()> m_context;
    QList<app::ReviewItem> m_items;
    QHash<qint64, QTextCursor> m_passages;
    // Suggestions accepted in the body, not saved yet: the undo history's length then, and
    // the words they wrote.
    struct Pending
    {
        int undoSteps = 0;
        QString text;
    };
    QHash<qint64, Pending> m_pending;
    qint64 m_pendingArticle = 0;
    QString m_shown; // what the panel's cards show, to make them again only on a change
};

} // namespace copydesk::ui
