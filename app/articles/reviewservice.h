#pragma once

#include "app/body/textanchor.h"
#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QTextDocument;

namespace copydesk::app {

class ArticleService;
class StoreContext;

// A comment or suggestion on a passage, where its passage stands in the body now, with its
// replies.
struct ReviewItem
{
    db::Comment comment;
    TextAnchors::Located at;
    QList<db::Comment> replies;

    bool isOpen() const { return comment.state == db::Comment::State::Open; }
    bool isSuggestion() const { return comment.kind == db::Comment::Kind::Suggestion; }
    // Open, and its passage is gone from the text.
    bool isOrphaned() const { return isOpen() && !at.found(); }
};

// Review on the text: comments on passages of an article's body, replies, and suggested edits
// that the article's authors (or anyone who may edit it) accept or reject. Anyone on the staff
// may comment and suggest; who may resolve or delete is the permission table's (resolve,
// delete-comment), and whoever wrote a comment may always resolve or delete it. Accepting is an
// edit under the article's own rules. Every change is in the audit log. Comments never enter
// the body, its revisions or an export.
class ReviewService final
{
    Q_DISABLE_COPY_MOVE(ReviewService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::ReviewService)

public:
    ReviewService(StoreContext &context, ArticleService &articles);

    // The comments and suggestions on the article's passages, located in its body as stored, in
    // the order their passages stand (orphans last), with their replies.
    Result<QList<ReviewItem>> items(qint64 articleId);
    // The same items located in another text (the body as it is being edited).
    static QList<ReviewItem> locatedIn(QList<ReviewItem> items, const QString &plainText);
    static int openCount(const QList<ReviewItem> &items);
    Result<int> openCount(qint64 articleId);
    // Open comments and suggestions by article, for a page of a list.
    Result<QHash<qint64, int>> openCounts(const QList<qint64> &articleIds);

    // Where a passage, as a person types it, stands in the article's stored body: the only place
    // it does, or the occurrence-th (1-based) of several.
    Result<db::TextAnchor> anchorFor(qint64 articleId, const QString &passage, int occurrence = 0);

    // A comment (or suggestion: text is the wording proposed) on the passage of anchor.
    Result<db::Comment> add(const Actor &by, qint64 articleId, db::Comment::Kind kind,
                            const db::TextAnchor &anchor, const QString &text);
    Result<db::Comment> reply(const Actor &by, qint64 commentId, const QString &text);
    Result<void> resolve(const Actor &by, qint64 commentId);
    Result<void> reopen(const Actor &by, qint64 commentId);
    Result<void> remove(const Actor &by, qint64 commentId);

    // Accepts suggestions in the stored article: its body changes as one new version (a
    // published article's correction needs the note). The new version.
    Result<int> accept(const Actor &by, const QList<qint64> &suggestionIds,
                       const QString &note = {});
    // Every open suggestion of the article accepted as one new version.
    Result<int> acceptAll(const Actor &by, qint64 articleId, const QString &note = {});
    // Records suggestions accepted in a window, which changed its body as an ordinary edit
    // (saved with the rest of its text).
    Result<void> markAccepted(const Actor &by, const QList<qint64> &suggestionIds);
    Result<void> reject(const Actor &by, qint64 suggestionId);

    // Applies located suggestions to a body as one edit block (one undo step), last first so
    // each stands where it was located; the ids of those applied (one overlapping another
    // applied already is left).
    static QList<qint64> apply(QTextDocument *document, const QList<ReviewItem> &suggestions);

    // What the person may do with a comment on this article.
    static Decision mayResolve(const Actor &by, const db::Comment &comment,
                               const db::Article &article);
    static Decision mayDelete(const Actor &by, const db::Comment &comment,
                              const db::Article &article);
    static Decision mayAccept(const Actor &by, const db::Article &article);

    // A return's note pointing at the article's open comments, one line each.
    Result<QString> returnNote(qint64 articleId, const QString &note);

    // A passage or comment on one line, cut to at most `most` characters with an ellipsis,
    // never between the halves of a character outside the BMP: as lists and messages quote it.
    static QString excerpt(const QString &text, int most = 80);

    // "comment", "suggestion"; "open", "resolved", "accepted", "rejected": as stored and in JSON.
    static QString kindToken(db::Comment::Kind kind);
    static QString stateToken(db::Comment::State state);

    // The audit log's lines of review (comment-add, …), as the history shows them.
    static bool isReviewAction(const QString &action);
    static QString actionPhrase(const QString &action);

private:
    Result<db::Comment> openItem(qint64 id, db::Comment::Kind kind);
    Result<void> close(const Actor &by, qint64 id, db::Comment::State state);
    QString logLine(const db::Comment &comment, const QString &text) const;

    StoreContext &m_ctx;
    ArticleService &m_articles;
};

} // namespace copydesk::app
