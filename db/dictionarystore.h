#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace copydesk::db {

class Database;

// The newsroom's own words: the house dictionary (personId 0), each person's dictionary, and
// words ignored in one article. A word stored for "en" counts for every English variant.
class DictionaryStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::DictionaryStore)

public:
    explicit DictionaryStore(Database &database);

    Result<void> add(const QString &word, const QString &language, qint64 personId, qint64 addedBy);
    Result<void> remove(const QString &word, const QString &language, qint64 personId);
    Result<QStringList> words(const QString &language, qint64 personId); // exactly that list
    Result<int> houseWordCount();

    // House words, the person's words and the article's ignored words, for a language.
    Result<QSet<QString>> accepted(const QString &language, qint64 personId, qint64 articleId);

    Result<void> ignore(qint64 articleId, const QString &word, qint64 addedBy);

private:
    Database &m_database;
};

} // namespace copydesk::db
