#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QHash>

namespace copydesk::db {

class Database;

// Articles in the store: create, read, save against the version the editor started from, list a
// page at a time and search through the full-text index. Every write is one transaction.
class ArticleStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::ArticleStore)

public:
    explicit ArticleStore(Database &database);

    // Stores a new article as version 1 (a draft unless article.status says otherwise) and keeps
    // its first revision. Its times are now, unless createdAt (and updatedAt) are given: an
    // imported article keeps the dates it had. The slug is made unique here; the returned article
    // carries id, slug, version and times.
    Result<Article> create(const Article &article, qint64 actorId);

    Result<Article> get(qint64 id);
    // Every published article without its body (tags and byline included), in three queries
    // whatever their number: what a site's pages other than the articles' own are made of.
    Result<QList<Article>> publishedWithoutBodies();
    // A few numbers that change whenever a published article does, or one is published or
    // unpublished: every change sets updated_at, and versions only grow. Read from an index.
    Result<QString> publishedFingerprint();
    // The bodies of these articles, by id.
    Result<QHash<qint64, QString>> bodies(const QList<qint64> &ids);

    // Saves headline, standfirst, body, section, language, tags and byline, if the stored version
    // is still expectedVersion; otherwise nothing is written and the error is a Conflict.
    // Returns the new version; every save keeps a revision.
    // stored, when the caller has read it, is the article as stored: what did not change
    // (section, tags, byline) is not written again.
    Result<int> save(const Article &article, int expectedVersion, qint64 actorId,
                     const QString &note = {}, const Article *stored = nullptr);

    // One page of articles, newest first unless the query says otherwise. With a search, only
    // matching articles, with a snippet, best match first unless a sort is chosen.
    Result<QList<ArticleSummary>> list(const ArticleQuery &query);
    Result<int> count(const ArticleQuery &query);

    // Moves an article from one status to another, if it still has the first; publishedAt is
    // set when it is valid. The version does not change: a transition is not an edit.
    Result<void> setStatus(qint64 id, Status from, Status to, const QDateTime &publishedAt = {});

    Result<QList<Revision>> revisions(qint64 articleId);
    Result<Revision> revision(qint64 articleId, int version);

    Result<QStringList> sections();

    // Where an imported article came from: the system's key for it (a WordPress GUID) and the
    // version the import left it at. sourceOf() gives a null article id for a key never seen.
    Result<ArticleSource> sourceOf(const QString &source);
    Result<void> recordSource(const ArticleSource &source);
    // The article with this slug, 0 when there is none.
    Result<qint64> idBySlug(const QString &slug);
    // The id of a section by name, adding it when it is new; 0 for an empty name.
    Result<qint64> ensureSection(const QString &name) { return sectionId(name); }

    // Turns free words typed by a person into a safe FTS5 query: every word required, the words
    // of a "quoted phrase" next to each other, the last one matched as a prefix so results
    // appear while typing. Empty when nothing is searchable.
    static QString ftsQuery(const QString &words);
    // The search words as this store's engine reads them: FTS5 syntax, or a tsquery.
    QString searchQuery(const QString &words) const;

private:
    Result<QString> uniqueSlug(const QString &table, const QString &base);
    Result<qint64> sectionId(const QString &name); // creates the section if needed; 0 for none
    // replace: remove the article's earlier tags or byline first (not for a new article).
    Result<void> writeTags(qint64 articleId, const QStringList &tags, bool replace = true);
    Result<void> writeAuthors(qint64 articleId, const QList<qint64> &authorIds,
                              bool replace = true);
    Result<void> writeRevision(const Article &article, int version, qint64 actorId,
                               const QString &note, const QString &when);

    Database &m_database;
};

} // namespace copydesk::db
