#include "db/recoverystore.h"

#include "db/database.h"
#include "db/storedtime.h"
#include "db/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

RecoveryStore::RecoveryStore(Database &database)
    : m_database(database)
{ }

Result<qint64> RecoveryStore::putAutosave(const Autosave &a)
{
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = removeAutosave(a.personId, a.articleId, a.draftKey); !r)
        return r.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO autosaves (article_id, draft_key, person_id, headline, standfirst, body, "
        "saved_at, base_version, section, tags) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), "
        "coalesce(?, ''), ?, ?, coalesce(?, ''), coalesce(?, '')) RETURNING id"));
    q.addBindValue(a.articleId > 0 ? QVariant(a.articleId)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(a.draftKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(a.draftKey));
    q.addBindValue(a.personId);
    q.addBindValue(a.headline);
    q.addBindValue(a.standfirst);
    q.addBindValue(a.body);
    q.addBindValue(
        storedtime::toStored(a.savedAt.isValid() ? a.savedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(a.baseVersion);
    q.addBindValue(a.section);
    q.addBindValue(a.tags.join(QLatin1Char('\n')));
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q, tr("keeping unsaved text"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<QList<Autosave>> RecoveryStore::autosaves(qint64 personId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, coalesce(article_id, 0), coalesce(draft_key, ''), person_id, headline, "
        "standfirst, "
        "body, saved_at, base_version, section, tags FROM autosaves WHERE person_id = ? "
        "ORDER BY saved_at"));
    q.addBindValue(personId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading unsaved text"));
    QList<Autosave> list;
    while (q.next()) {
        Autosave a;
        a.id = q.value(0).toLongLong();
        a.articleId = q.value(1).toLongLong();
        a.draftKey = q.value(2).toString();
        a.personId = q.value(3).toLongLong();
        a.headline = q.value(4).toString();
        a.standfirst = q.value(5).toString();
        a.body = q.value(6).toString();
        a.savedAt = storedtime::fromStored(q.value(7));
        a.baseVersion = q.value(8).toInt();
        a.section = q.value(9).toString();
        a.tags = q.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        list.append(a);
    }
    return list;
}

Result<void> RecoveryStore::removeAutosave(qint64 personId, qint64 articleId,
                                           const QString &draftKey)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "DELETE FROM autosaves WHERE person_id = ? AND coalesce(article_id, 0) = ? AND "
        "coalesce(draft_key, '') = coalesce(?, '')"));
    q.addBindValue(personId);
    q.addBindValue(articleId);
    q.addBindValue(draftKey);
    if (!q.exec())
        return m_database.errorFrom(q, tr("clearing unsaved text"));
    return {};
}

Result<void> RecoveryStore::removeAutosave(qint64 autosaveId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM autosaves WHERE id = ?"));
    q.addBindValue(autosaveId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("clearing unsaved text"));
    return {};
}

Result<std::optional<EditLock>> RecoveryStore::lock(qint64 articleId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT l.article_id, l.person_id, p.display_name, l.machine, l.acquired_at, l.expires_at "
        "FROM locks l LEFT JOIN people p ON p.id = l.person_id WHERE l.article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading the edit lock"));
    if (!q.next())
        return std::optional<EditLock>();
    EditLock lock;
    lock.articleId = q.value(0).toLongLong();
    lock.personId = q.value(1).toLongLong();
    lock.personName = q.value(2).toString();
    lock.machine = q.value(3).toString();
    lock.acquiredAt = storedtime::fromStored(q.value(4));
    lock.expiresAt = storedtime::fromStored(q.value(5));
    return std::optional<EditLock>(lock);
}

Result<EditLock> RecoveryStore::acquireLock(qint64 articleId, qint64 personId,
                                            const QString &machine, const QDateTime &now,
                                            int seconds, bool force)
{
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto current = lock(articleId);
    if (!current)
        return current.error();
    QDateTime acquired = now;
    if (*current) {
        const EditLock &held = **current;
        const bool mine = held.personId == personId && held.machine == machine;
        const bool live = held.expiresAt > now;
        if (live && !mine && !force)
            return failure(
                Error::Kind::Conflict,
                tr("being edited by %1 on %2 since %3")
                    .arg(held.personName.isEmpty() ? tr("someone") : held.personName, held.machine,
                         held.acquiredAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        if (mine && live)
            acquired = held.acquiredAt;
    }
    QSqlQuery q(m_database.connection());
    // On a newsroom server the locks view's writer replaces an existing lock itself (a view
    // takes no ON CONFLICT target).
    const QString insert = QStringLiteral("INSERT INTO locks (article_id, person_id, machine, "
                                          "acquired_at, expires_at) VALUES (?, ?, ?, ?, ?)");
    q.prepare(m_database.isServer() ? insert
                                    : insert
                      + QStringLiteral(" ON CONFLICT (article_id) DO UPDATE SET person_id = "
                                       "excluded.person_id, machine = excluded.machine, "
                                       "acquired_at = excluded.acquired_at, expires_at = "
                                       "excluded.expires_at"));
    q.addBindValue(articleId);
    q.addBindValue(personId);
    q.addBindValue(machine);
    q.addBindValue(storedtime::toStored(acquired));
    q.addBindValue(storedtime::toStored(now.addSecs(seconds)));
    if (!q.exec())
        return m_database.errorFrom(q, tr("taking the edit lock"));
    q.finish();
    const auto taken = lock(articleId);
    if (!taken)
        return taken.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return **taken;
}

Result<void> RecoveryStore::releaseLock(qint64 articleId, qint64 personId, const QString &machine)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("DELETE FROM locks WHERE article_id = ? AND person_id = ? AND machine = ?"));
    q.addBindValue(articleId);
    q.addBindValue(personId);
    q.addBindValue(machine);
    if (!q.exec())
        return m_database.errorFrom(q, tr("releasing the edit lock"));
    return {};
}

} // namespace copydesk::db
