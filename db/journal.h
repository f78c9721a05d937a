#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QVariantList>

#include <optional>

namespace copydesk::db {

class Database;

// The newsroom's memory: editorial notes on articles and the audit log of who did what.
class Journal final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::Journal)

public:
    explicit Journal(Database &database);

    Result<qint64> addNote(const Note &note);
    Result<QList<Note>> notes(qint64 articleId);
    // Every note of one kind ("correct"), of every article, by article and time.
    Result<QList<Note>> notesOfKind(const QString &transition);
    // How many notes of one kind there are and the newest's id: notes are only ever added.
    Result<QString> kindFingerprint(const QString &transition);

    Result<qint64> log(const AuditEntry &entry);
    Result<QList<AuditEntry>> forArticle(qint64 articleId);
    Result<QList<AuditEntry>> recent(int limit);
    // An article's latest move from one status to another (the one that made it what it is),
    // or nothing for an article never moved.
    Result<std::optional<AuditEntry>> lastTransition(qint64 articleId);
    // The same as SQL: the id of that audit line for the article named by articleSql (a column
    // or a parameter), for a query of the list.
    static QString lastTransitionSql(const QString &articleSql);

    // Failed sign-ins for a username since a time, oldest first (their times).
    Result<QList<QDateTime>> failedSignIns(const QString &username, const QDateTime &since);

private:
    Result<QList<AuditEntry>> entries(const QString &where, const QVariantList &values);

    Database &m_database;
};

} // namespace copydesk::db
