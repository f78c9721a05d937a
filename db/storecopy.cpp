#include "db/storecopy.h"

#include "db/database.h"
#include "db/transaction.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace copydesk::db {

namespace {

// Tables whose rows are numbered by an id column (identity on PostgreSQL).
bool hasIdColumn(const QString &table)
{
    return table != QLatin1String("article_authors") && table != QLatin1String("article_tags")
        && table != QLatin1String("article_ignored_words") && table != QLatin1String("locks")
        && table != QLatin1String("settings") && table != QLatin1String("article_sources")
        && table != QLatin1String("images");
}

Result<QStringList> columnsOf(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    // table is one of tables(), never input.
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return database.errorFrom(query, StoreCopy::tr("reading the columns of %1").arg(table));
    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

Result<qint64> countOf(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return database.errorFrom(query, StoreCopy::tr("counting %1").arg(table));
    return query.value(0).toLongLong();
}

} // namespace

QStringList StoreCopy::tables()
{
    return { QStringLiteral("people"),
             QStringLiteral("sections"),
             QStringLiteral("appointments"),
             QStringLiteral("articles"),
             QStringLiteral("article_authors"),
             QStringLiteral("tags"),
             QStringLiteral("article_tags"),
             QStringLiteral("revisions"),
             QStringLiteral("notes"),
             QStringLiteral("audit_log"),
             QStringLiteral("dictionary_words"),
             QStringLiteral("article_ignored_words"),
             QStringLiteral("locks"),
             QStringLiteral("autosaves"),
             QStringLiteral("settings"),
             QStringLiteral("article_sources"),
             QStringLiteral("style_rules"),
             QStringLiteral("comments"),
             QStringLiteral("images") };
}

Result<bool> StoreCopy::isEmpty(Database &database)
{
    for (const QString &table : tables()) {
        const auto rows = countOf(database, table);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return false;
    }
    return true;
}

Result<void> StoreCopy::requireEmpty(Database &target)
{
    const auto empty = isEmpty(target);
    if (!empty)
        return empty.error();
    if (!*empty)
        return failure(Error::Kind::Invalid,
                       tr("%1 already holds a newsroom; a copy goes only into an empty store "
                          "(nothing was changed)")
                           .arg(target.displayName()));
    return {};
}

Result<QList<StoreCopy::TableCount>> StoreCopy::copy(Database &source, Database &target)
{
    if (source.schemaVersion() != Database::latestSchemaVersion())
        return failure(Error::Kind::Invalid,
                       tr("%1 has schema %2, not %3: migrate it first (copydesk db migrate)")
                           .arg(source.displayName())
                           .arg(source.schemaVersion())
                           .arg(Database::latestSchemaVersion()));

    Transaction write(target);
    if (auto r = write.begin(); !r)
        return r.error();
    // Checked inside the write, so nobody fills the target meanwhile.
    if (auto r = requireEmpty(target); !r)
        return r.error();

    // One consistent reading of the source, whatever others write meanwhile.
    const QString readBegin = source.isServer()
        ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        : QStringLiteral("BEGIN");
    if (auto r = source.exec(readBegin, tr("starting to read %1").arg(source.displayName())); !r)
        return r.error();
    struct EndRead
    {
        Database &db;
        ~EndRead() { (void)db.exec(QStringLiteral("ROLLBACK"), QString()); }
    } endRead { source };

    QList<TableCount> counts;
    for (const QString &table : tables()) {
        const auto from = columnsOf(source, table);
        if (!from)
            return from.error();
        const auto to = columnsOf(target, table);
        if (!to)
            return to.error();
        QStringList columns;
        for (const QString &column : *from)
            if (to->contains(column) && column != QLatin1String("search")) // generated
                columns << column;
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");

        QSqlQuery read(source.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                           .arg(columns.join(QStringLiteral(", ")), table)))
            return source.errorFrom(read, tr("reading %1").arg(table));
        QSqlQuery insert(target.connection());
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     marks.join(QStringLiteral(", ")))))
            return target.errorFrom(insert, tr("copying %1").arg(table));
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, read.value(i));
            if (!insert.exec())
                return target.errorFrom(insert,
                                        tr("copying row %1 of %2").arg(rows + 1).arg(table));
            ++rows;
        }
        if (read.lastError().isValid())
            return source.errorFrom(read, tr("reading %1").arg(table));
        read.finish();
        // New rows on a server continue after the copied ids.
        if (target.isServer() && hasIdColumn(table)) {
            QSqlQuery sequence(target.connection());
            // The table itself (in the schema "newsroom" from schema 6; the name is a view).
            if (!sequence.exec(
                    QStringLiteral("SELECT setval(pg_get_serial_sequence(coalesce(to_regclass("
                                   "'newsroom.%1'), to_regclass('%1'))::text, 'id'), "
                                   "coalesce(max(id), 0) + 1, false) FROM %1")
                        .arg(table)))
                return target.errorFrom(sequence, tr("numbering %1").arg(table));
        }
        const auto copied = countOf(target, table);
        if (!copied)
            return copied.error();
        const auto original = countOf(source, table);
        if (!original)
            return original.error();
        if (*copied != *original || *copied != rows)
            return failure(Error::Kind::Failed,
                           tr("%1: %2 rows in %3 but %4 in the copy; nothing was written")
                               .arg(table)
                               .arg(*original)
                               .arg(source.displayName())
                               .arg(*copied));
        counts.append({ table, rows });
    }
    if (auto r = write.commit(); !r)
        return r.error();
    // A server's planner learns what was copied now, not at its next automatic pass: until
    // then it plans as if the tables were empty (a full sort of every article for a page of
    // the list). (SQLite stores are never analysed; a copy plans as the original does.)
    if (target.isServer())
        if (auto r = target.exec(QStringLiteral("ANALYZE"), tr("measuring the copied tables")); !r)
            return r.error();
    return counts;
}

} // namespace copydesk::db
