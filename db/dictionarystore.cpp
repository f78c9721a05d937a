#include "db/dictionarystore.h"

#include "db/database.h"
#include "db/storedtime.h"

#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

namespace {

QVariant personOrNull(qint64 personId)
{
    return personId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(personId);
}

QString baseLanguage(const QString &language)
{
    return language.section(QLatin1Char('_'), 0, 0);
}

} // namespace

DictionaryStore::DictionaryStore(Database &database)
    : m_database(database)
{ }

Result<void> DictionaryStore::add(const QString &word, const QString &language, qint64 personId,
                                  qint64 addedBy)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO dictionary_words (word, language, person_id, added_by, added_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(word);
    q.addBindValue(language);
    q.addBindValue(personOrNull(personId));
    q.addBindValue(personOrNull(addedBy));
    q.addBindValue(storedtime::toStored(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return m_database.errorFrom(q, tr("adding '%1' to the dictionary").arg(word));
    return {};
}

Result<void> DictionaryStore::remove(const QString &word, const QString &language, qint64 personId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "DELETE FROM dictionary_words WHERE word = ? AND (language = ? OR language = ?) "
        "AND coalesce(person_id, 0) = ?"));
    q.addBindValue(word);
    q.addBindValue(language);
    q.addBindValue(baseLanguage(language));
    q.addBindValue(personId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("removing '%1' from the dictionary").arg(word));
    if (q.numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, tr("'%1' is not in that dictionary").arg(word));
    return {};
}

Result<QStringList> DictionaryStore::words(const QString &language, qint64 personId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT word FROM dictionary_words WHERE (language = ? OR language = ?) AND "
                       "coalesce(person_id, 0) = ? ORDER BY word COLLATE NOCASE"));
    q.addBindValue(language);
    q.addBindValue(baseLanguage(language));
    q.addBindValue(personId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading the dictionary"));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<int> DictionaryStore::houseWordCount()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM dictionary_words WHERE person_id IS NULL"))
        || !q.next())
        return m_database.errorFrom(q, tr("reading the dictionary"));
    return q.value(0).toInt();
}

Result<QSet<QString>> DictionaryStore::accepted(const QString &language, qint64 personId,
                                                qint64 articleId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT word FROM dictionary_words WHERE (language = ? OR language = ?) AND "
                       "(person_id IS NULL OR person_id = ?) "
                       "UNION SELECT word FROM article_ignored_words WHERE article_id = ?"));
    q.addBindValue(language);
    q.addBindValue(baseLanguage(language));
    q.addBindValue(personId);
    q.addBindValue(articleId);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading the dictionary"));
    QSet<QString> words;
    while (q.next())
        words.insert(q.value(0).toString());
    return words;
}

Result<void> DictionaryStore::ignore(qint64 articleId, const QString &word, qint64 addedBy)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO article_ignored_words (article_id, word, added_by, added_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(articleId);
    q.addBindValue(word);
    q.addBindValue(personOrNull(addedBy));
    q.addBindValue(storedtime::toStored(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return m_database.errorFrom(q, tr("ignoring '%1'").arg(word));
    return {};
}

} // namespace copydesk::db
