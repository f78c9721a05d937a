#include "db/sqliterows.h"

#include "db/database.h"

#include <sqlite3.h>

namespace copydesk::db {

SqliteRows::SqliteRows(Database &database, const QString &sql)
    : m_database(database)
{
    m_statement = database.keptStatement(sql, &m_code);
}

SqliteRows::~SqliteRows()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

Result<void> SqliteRows::exec(const QVariantList &values, const QString &doing)
{
    if (!m_statement)
        return *failure(doing);
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            m_code = sqlite3_bind_null(m_statement, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            m_code = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            break;
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            m_code = sqlite3_bind_text(m_statement, i + 1, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
            break;
        }
        }
        if (m_code != SQLITE_OK)
            return *failure(doing);
    }
    return {};
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    m_code = sqlite3_step(m_statement);
    if (m_code == SQLITE_ROW)
        return true;
    if (m_code == SQLITE_DONE)
        m_code = SQLITE_OK;
    return false;
}

std::optional<Error> SqliteRows::failure(const QString &doing) const
{
    if (m_statement && m_code == SQLITE_OK)
        return std::nullopt;
    auto *handle = static_cast<sqlite3 *>(m_database.sqliteHandle());
    return m_database.sqliteErrorFrom(
        m_code, handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(), doing);
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRows::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace copydesk::db
