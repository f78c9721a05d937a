#include "db/stylestore.h"

#include "db/database.h"
#include "db/storedtime.h"

#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

StyleStore::StyleStore(Database &database)
    : m_database(database)
{ }

Result<QList<StyleRule>> StyleStore::rules()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.preferred, r.avoid, r.note, r.case_sensitive, r.language, "
            "coalesce(s.name, ''), r.added_at FROM style_rules r "
            "LEFT JOIN sections s ON s.id = r.section_id ORDER BY r.id")))
        return m_database.errorFrom(q, tr("reading the house style guide"));
    QList<StyleRule> rules;
    while (q.next()) {
        StyleRule rule;
        rule.id = q.value(0).toLongLong();
        rule.preferred = q.value(1).toString();
        rule.avoid = q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        rule.note = q.value(3).toString();
        rule.caseSensitive = q.value(4).toInt() != 0;
        rule.language = q.value(5).toString();
        rule.section = q.value(6).toString();
        rule.addedAt = storedtime::fromStored(q.value(7).toString());
        rules.append(rule);
    }
    return rules;
}

Result<qint64> StyleStore::add(const StyleRule &rule, qint64 addedBy)
{
    QVariant sectionId { QMetaType(QMetaType::LongLong) };
    if (!rule.section.isEmpty()) {
        QSqlQuery s(m_database.connection());
        s.prepare(QStringLiteral("SELECT id FROM sections WHERE name = ? COLLATE NOCASE"));
        s.addBindValue(rule.section);
        if (!s.exec())
            return m_database.errorFrom(s, tr("reading the sections"));
        if (!s.next())
            return failure(Error::Kind::NotFound, tr("no section '%1'").arg(rule.section));
        sectionId = s.value(0).toLongLong();
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO style_rules (preferred, avoid, note, case_sensitive, language, section_id, "
        "added_by, added_at) VALUES (?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(rule.preferred);
    q.addBindValue(rule.avoid.join(QLatin1Char('\n')));
    q.addBindValue(rule.note);
    q.addBindValue(rule.caseSensitive ? 1 : 0);
    q.addBindValue(rule.language);
    q.addBindValue(sectionId);
    q.addBindValue(addedBy > 0 ? QVariant(addedBy) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(storedtime::toStored(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q,
                                    tr("adding '%1' to the house style guide").arg(rule.preferred));
    return q.value(0).toLongLong();
}

Result<void> StyleStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM style_rules WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q, tr("removing rule %1 from the house style guide").arg(id));
    if (q.numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, tr("the house style guide has no rule %1").arg(id));
    return {};
}

Result<int> StyleStore::count()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM style_rules")) || !q.next())
        return m_database.errorFrom(q, tr("reading the house style guide"));
    return q.value(0).toInt();
}

} // namespace copydesk::db
