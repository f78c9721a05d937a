#include "db/journal.h"

#include "db/database.h"
#include "db/storedtime.h"

#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

namespace {

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.personId = q.value(1).toLongLong();
    e.personName = q.value(2).toString();
    e.at = storedtime::fromStored(q.value(3));
    e.action = q.value(4).toString();
    e.articleId = q.value(5).toLongLong();
    e.fromStatus = q.value(6).toString();
    e.toStatus = q.value(7).toString();
    e.note = q.value(8).toString();
    return e;
}

const char auditColumns[]
    = "SELECT l.id, l.person_id, p.display_name, l.at, l.action, l.article_id, "
      "l.from_status, l.to_status, l.note FROM audit_log l "
      "LEFT JOIN people p ON p.id = l.person_id ";

} // namespace

Journal::Journal(Database &database)
    : m_database(database)
{ }

Result<qint64> Journal::addNote(const Note &note)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO notes (article_id, person_id, created_at, text, transition) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(note.articleId);
    q.addBindValue(idOrNull(note.personId));
    q.addBindValue(storedtime::toStored(
        note.createdAt.isValid() ? note.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(note.text);
    q.addBindValue(textOrNull(note.transition));
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q, tr("adding a note"));
    return q.value(0).toLongLong();
}

namespace {

const QString NoteColumns
    = QStringLiteral("SELECT n.id, n.article_id, n.person_id, p.display_name, n.created_at, "
                     "n.text, n.transition FROM notes n LEFT JOIN people p ON p.id = n.person_id ");

QList<Note> notesFrom(QSqlQuery &q)
{
    QList<Note> list;
    while (q.next()) {
        Note n;
        n.id = q.value(0).toLongLong();
        n.articleId = q.value(1).toLongLong();
        n.personId = q.value(2).toLongLong();
        n.personName = q.value(3).toString();
        n.createdAt = storedtime::fromStored(q.value(4));
        n.text = q.value(5).toString();
        n.transition = q.value(6).toString();
        list.append(n);
    }
    return list;
}

} // namespace

Result<QList<Note>> Journal::notes(qint64 articleId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(NoteColumns + QStringLiteral("WHERE n.article_id = ? ORDER BY n.created_at, n.id"));
    q.addBindValue(articleId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading notes"));
    return notesFrom(q);
}

Result<QList<Note>> Journal::notesOfKind(const QString &transition)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(NoteColumns
              + QStringLiteral("WHERE n.transition = ? ORDER BY n.article_id, n.created_at, n.id"));
    q.addBindValue(transition);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading notes"));
    return notesFrom(q);
}

Result<QString> Journal::kindFingerprint(const QString &transition)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM notes WHERE transition = ?"));
    q.addBindValue(transition);
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q, tr("reading notes"));
    return q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
}

Result<qint64> Journal::log(const AuditEntry &entry)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (person_id, at, action, article_id, from_status, "
                       "to_status, note) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, '')) RETURNING id"));
    q.addBindValue(idOrNull(entry.personId));
    q.addBindValue(
        storedtime::toStored(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(entry.action);
    q.addBindValue(idOrNull(entry.articleId));
    q.addBindValue(textOrNull(entry.fromStatus));
    q.addBindValue(textOrNull(entry.toStatus));
    q.addBindValue(entry.note);
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q, tr("writing the audit log"));
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> Journal::entries(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QLatin1String(auditColumns) + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading the audit log"));
    QList<AuditEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<AuditEntry>> Journal::forArticle(qint64 articleId)
{
    return entries(QStringLiteral("WHERE l.article_id = ? ORDER BY l.at, l.id"), { articleId });
}

QString Journal::lastTransitionSql(const QString &articleSql)
{
    return QStringLiteral("(SELECT t.id FROM audit_log t WHERE t.article_id = %1 "
                          "AND t.from_status <> '' AND t.from_status <> t.to_status "
                          "ORDER BY t.at DESC, t.id DESC LIMIT 1)")
        .arg(articleSql);
}

Result<std::optional<AuditEntry>> Journal::lastTransition(qint64 articleId)
{
    const auto found = entries(
        QStringLiteral("WHERE l.id = ") + lastTransitionSql(QStringLiteral("?")), { articleId });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(found->constFirst());
}

Result<QList<AuditEntry>> Journal::recent(int limit)
{
    return entries(QStringLiteral("ORDER BY l.at DESC, l.id DESC LIMIT ?"), { limit });
}

Result<QList<QDateTime>> Journal::failedSignIns(const QString &username, const QDateTime &since)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT at FROM audit_log WHERE action = 'failed-sign-in' AND note = ? "
                       "COLLATE NOCASE AND at >= ? ORDER BY at"));
    q.addBindValue(username);
    q.addBindValue(storedtime::toStored(since));
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading sign-ins"));
    QList<QDateTime> times;
    while (q.next())
        times.append(storedtime::fromStored(q.value(0)));
    return times;
}

} // namespace copydesk::db
