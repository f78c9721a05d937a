#include "db/commentstore.h"

#include "db/database.h"
#include "db/storedtime.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace copydesk::db {

namespace {

const char *const SelectComment
    = "SELECT c.id, c.article_id, coalesce(c.reply_to, 0), c.kind, c.person_id, "
      "coalesce(p.display_name, ''), c.created_at, c.text, c.quote, c.prefix, c.suffix, "
      "c.start_pos, c.end_pos, c.anchor_version, c.state, coalesce(c.closed_by, 0), "
      "coalesce(q.display_name, ''), coalesce(c.closed_at, '') FROM comments c "
      "LEFT JOIN people p ON p.id = c.person_id LEFT JOIN people q ON q.id = c.closed_by ";

Comment commentFrom(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.replyTo = q.value(2).toLongLong();
    c.kind = q.value(3).toString() == QLatin1String("suggestion") ? Comment::Kind::Suggestion
                                                                  : Comment::Kind::Comment;
    c.personId = q.value(4).toLongLong();
    c.personName = q.value(5).toString();
    c.createdAt = storedtime::fromStored(q.value(6).toString());
    c.text = q.value(7).toString();
    c.anchor.quote = q.value(8).toString();
    c.anchor.prefix = q.value(9).toString();
    c.anchor.suffix = q.value(10).toString();
    c.anchor.start = q.value(11).toInt();
    c.anchor.end = q.value(12).toInt();
    c.anchor.version = q.value(13).toInt();
    c.state = CommentStore::stateFromToken(q.value(14).toString());
    c.closedBy = q.value(15).toLongLong();
    c.closedByName = q.value(16).toString();
    const QString closedAt = q.value(17).toString();
    if (!closedAt.isEmpty())
        c.closedAt = storedtime::fromStored(closedAt);
    return c;
}

} // namespace

CommentStore::CommentStore(Database &database)
    : m_database(database)
{ }

QString CommentStore::kindToken(Comment::Kind kind)
{
    return kind == Comment::Kind::Suggestion ? QStringLiteral("suggestion")
                                             : QStringLiteral("comment");
}

QString CommentStore::stateToken(Comment::State state)
{
    switch (state) {
    case Comment::State::Resolved:
        return QStringLiteral("resolved");
    case Comment::State::Accepted:
        return QStringLiteral("accepted");
    case Comment::State::Rejected:
        return QStringLiteral("rejected");
    case Comment::State::Open:
        break;
    }
    return QStringLiteral("open");
}

Comment::State CommentStore::stateFromToken(const QString &token)
{
    for (Comment::State s :
         { Comment::State::Resolved, Comment::State::Accepted, Comment::State::Rejected })
        if (token == stateToken(s))
            return s;
    return Comment::State::Open;
}

Result<QList<Comment>> CommentStore::forArticle(qint64 articleId)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(SelectComment)
              + QStringLiteral("WHERE c.article_id = ? ORDER BY c.id"));
    q.addBindValue(articleId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading the comments on article %1").arg(articleId));
    QList<Comment> comments;
    while (q.next())
        comments.append(commentFrom(q));
    return comments;
}

Result<Comment> CommentStore::get(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(SelectComment) + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading comment %1").arg(id));
    if (!q.next())
        return failure(Error::Kind::NotFound, tr("no comment %1").arg(id));
    return commentFrom(q);
}

Result<qint64> CommentStore::add(const Comment &c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO comments (article_id, reply_to, kind, person_id, created_at, text, quote, "
        "prefix, suffix, start_pos, end_pos, anchor_version, state) "
        "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, "
        "''), ?, ?, ?, "
        "'open') RETURNING id"));
    q.addBindValue(c.articleId);
    q.addBindValue(c.replyTo > 0 ? QVariant(c.replyTo) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(kindToken(c.kind));
    q.addBindValue(c.personId);
    q.addBindValue(storedtime::toStored(c.createdAt));
    q.addBindValue(c.text);
    q.addBindValue(c.anchor.quote);
    q.addBindValue(c.anchor.prefix);
    q.addBindValue(c.anchor.suffix);
    q.addBindValue(c.anchor.start);
    q.addBindValue(c.anchor.end);
    q.addBindValue(c.anchor.version);
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q, tr("adding a comment to article %1").arg(c.articleId));
    return q.value(0).toLongLong();
}

Result<void> CommentStore::setState(qint64 id, Comment::State state, qint64 by, const QDateTime &at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE comments SET state = ?, closed_by = ?, closed_at = ? WHERE id = ?"));
    const bool open = state == Comment::State::Open;
    q.addBindValue(stateToken(state));
    q.addBindValue(open ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(by));
    q.addBindValue(open ? QVariant(QMetaType(QMetaType::QString))
                        : QVariant(storedtime::toStored(at)));
    q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q, tr("closing comment %1").arg(id));
    if (q.numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, tr("no comment %1").arg(id));
    return {};
}

Result<void> CommentStore::setAnchor(qint64 id, const TextAnchor &anchor)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE comments SET quote = coalesce(?, ''), prefix = coalesce(?, "
                             "''), suffix = coalesce(?, ''), "
                             "start_pos = ?, end_pos = ?, anchor_version = ? WHERE id = ?"));
    q.addBindValue(anchor.quote);
    q.addBindValue(anchor.prefix);
    q.addBindValue(anchor.suffix);
    q.addBindValue(anchor.start);
    q.addBindValue(anchor.end);
    q.addBindValue(anchor.version);
    q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q, tr("moving the anchor of comment %1").arg(id));
    return {};
}

Result<void> CommentStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    // Its replies go with it (ON DELETE CASCADE): whoever may delete a comment deletes the
    // thread, whoever wrote the replies.
    q.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q, tr("deleting comment %1").arg(id));
    if (q.numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, tr("no comment %1").arg(id));
    return {};
}

Result<QHash<qint64, int>> CommentStore::openCounts(const QList<qint64> &articleIds)
{
    QHash<qint64, int> counts;
    if (articleIds.isEmpty())
        return counts;
    QStringList marks;
    for (qsizetype i = 0; i < articleIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT article_id, count(*) FROM comments WHERE state = 'open' "
                             "AND reply_to IS NULL AND article_id IN (%1) GROUP BY article_id")
                  .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : articleIds)
        q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q, tr("counting open comments"));
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

} // namespace copydesk::db
