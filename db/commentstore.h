#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace copydesk::db {

class Database;

// Comments on passages of an article and suggested edits, with their replies (see Comment).
// Who may write, close or delete one, and where its passage now stands, is decided in app/
// (ReviewService, TextAnchors).
class CommentStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::CommentStore)

public:
    explicit CommentStore(Database &database);

    // Every comment, suggestion and reply of an article, oldest first.
    Result<QList<Comment>> forArticle(qint64 articleId);
    Result<Comment> get(qint64 id);
    // A new comment, suggestion or reply; its id.
    Result<qint64> add(const Comment &comment);
    // Closes or reopens one (by: who closed it, 0 when reopened).
    Result<void> setState(qint64 id, Comment::State state, qint64 by, const QDateTime &at);
    // Where its passage stands now.
    Result<void> setAnchor(qint64 id, const TextAnchor &anchor);
    // Removes it with its replies.
    Result<void> remove(qint64 id);
    // Open comments and suggestions on passages (replies aside), by article, for these articles.
    Result<QHash<qint64, int>> openCounts(const QList<qint64> &articleIds);

    static QString kindToken(Comment::Kind kind);
    static QString stateToken(Comment::State state);
    static Comment::State stateFromToken(const QString &token);

private:
    Database &m_database;
};

} // namespace copydesk::db
