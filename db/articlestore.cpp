#include "db/articlestore.h"

#include "db/database.h"
#include "db/storedtime.h"
#include "db/transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

using storedtime::fromStored;
using storedtime::toStored;

namespace {

QString nowUtc()
{
    return toStored(QDateTime::currentDateTimeUtc());
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

// An article's image hashes as stored: NULL when it has none.
QVariant imagesValue(const QString &hashes)
{
    return hashes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(hashes);
}

} // namespace

ArticleStore::ArticleStore(Database &database)
    : m_database(database)
{ }

Result<QString> ArticleStore::uniqueSlug(const QString &table, const QString &base)
{
    // table is one of our own table names, never input.
    // "base" or "base-…": a range over the unique index ('.' follows '-'), not a LIKE scan.
    QSqlQuery &query = m_database.kept(
        QStringLiteral("SELECT slug FROM %1 WHERE slug = ? OR (slug > ? AND slug < ?)").arg(table));
    query.bindValue(0, base);
    query.bindValue(1, base + QLatin1Char('-'));
    query.bindValue(2, base + QLatin1Char('.'));
    if (!query.exec())
        return m_database.errorFrom(query, tr("choosing a slug"));
    QSet<QString> taken;
    while (query.next())
        taken.insert(query.value(0).toString());
    query.finish();
    QString slug = base;
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + QLatin1Char('-') + QString::number(n);
    return slug;
}

Result<qint64> ArticleStore::sectionId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);
    {
        QSqlQuery &known
            = m_database.kept(QStringLiteral("SELECT id FROM sections WHERE name = ?"));
        known.bindValue(0, trimmed);
        if (!known.exec())
            return m_database.errorFrom(known, tr("finding a section"));
        const qint64 id = known.next() ? known.value(0).toLongLong() : 0;
        known.finish();
        if (id > 0)
            return id;
    }
    QSqlQuery query(m_database.connection());

    QString base = trimmed.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const auto slug
        = uniqueSlug(QStringLiteral("sections"), base.isEmpty() ? QStringLiteral("section") : base);
    if (!slug)
        return slug.error();
    query.prepare(QStringLiteral("INSERT INTO sections (name, slug) VALUES (?, ?) RETURNING id"));
    query.addBindValue(trimmed);
    query.addBindValue(*slug);
    if (!query.exec() || !query.next())
        return m_database.errorFrom(query, tr("adding the section %1").arg(trimmed));
    return query.value(0).toLongLong();
}

Result<void> ArticleStore::writeTags(qint64 articleId, const QStringList &tags, bool replace)
{
    QSqlQuery query(m_database.connection());
    if (replace) {
        query.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"));
        query.addBindValue(articleId);
        if (!query.exec())
            return m_database.errorFrom(query, tr("saving tags"));
    }
    for (const QString &tag : tags) {
        const QString name = tag.trimmed();
        if (name.isEmpty())
            continue;
        QSqlQuery &known = m_database.kept(
            QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
        known.bindValue(0, name);
        if (!known.exec())
            return m_database.errorFrom(known, tr("saving the tag %1").arg(name));
        QSqlQuery &link = m_database.kept(QStringLiteral(
            "INSERT INTO article_tags (article_id, tag_id) SELECT CAST(? AS INTEGER), id FROM "
            "tags WHERE name = ? ON CONFLICT DO NOTHING"));
        link.bindValue(0, articleId);
        link.bindValue(1, name);
        if (!link.exec())
            return m_database.errorFrom(link, tr("saving the tag %1").arg(name));
    }
    return {};
}

Result<void> ArticleStore::writeAuthors(qint64 articleId, const QList<qint64> &authorIds,
                                        bool replace)
{
    QSqlQuery query(m_database.connection());
    if (replace) {
        query.prepare(QStringLiteral("DELETE FROM article_authors WHERE article_id = ?"));
        query.addBindValue(articleId);
        if (!query.exec())
            return m_database.errorFrom(query, tr("saving the byline"));
    }
    int position = 0;
    for (qint64 personId : authorIds) {
        QSqlQuery &author = m_database.kept(
            QStringLiteral("INSERT INTO article_authors (article_id, person_id, position) VALUES "
                           "(?, ?, ?) ON CONFLICT DO NOTHING"));
        author.bindValue(0, articleId);
        author.bindValue(1, personId);
        author.bindValue(2, position++);
        if (!author.exec())
            return m_database.errorFrom(author, tr("saving the byline"));
    }
    return {};
}

Result<void> ArticleStore::writeRevision(const Article &article, int version, qint64 actorId,
                                         const QString &note, const QString &when)
{
    QSqlQuery &query = m_database.kept(
        QStringLiteral("INSERT INTO revisions (article_id, version, person_id, created_at, "
                       "headline, standfirst, body, note) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), "
                       "coalesce(?, ''), coalesce(?, ''))"));
    int at = 0;
    for (const QVariant &value :
         { QVariant(article.id), QVariant(version), nullIfZero(actorId), QVariant(when),
           QVariant(article.headline), QVariant(article.standfirst), QVariant(article.body),
           QVariant(note) })
        query.bindValue(at++, value);
    if (!query.exec())
        return m_database.errorFrom(query, tr("keeping a revision"));
    return {};
}

Result<Article> ArticleStore::create(const Article &article, qint64 actorId)
{
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();

    const auto section = sectionId(article.section);
    if (!section)
        return section.error();

    const auto slug = uniqueSlug(QStringLiteral("articles"),
                                 article.slug.isEmpty() ? QStringLiteral("article") : article.slug);
    if (!slug)
        return slug.error();

    const QString now = nowUtc();
    const QString created = article.createdAt.isValid() ? toStored(article.createdAt) : now;
    const QString updated = article.updatedAt.isValid() ? toStored(article.updatedAt) : created;
    QSqlQuery &query = m_database.kept(QStringLiteral(
        "INSERT INTO articles (slug, headline, standfirst, body, section_id, language, status, "
        "created_at, updated_at, published_at, version, word_count, created_by, "
        "commissioned_words, lead_image, body_images) "
        "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    int at = 0;
    for (const QVariant &value :
         { QVariant(*slug), QVariant(article.headline), QVariant(article.standfirst),
           QVariant(article.body), nullIfZero(*section),
           QVariant(article.language.isEmpty() ? QStringLiteral("en_GB") : article.language),
           QVariant(statusName(article.status, StatusForm::Token)), QVariant(created),
           QVariant(updated),
           article.publishedAt.isValid() ? QVariant(toStored(article.publishedAt))
                                         : QVariant(QMetaType(QMetaType::QString)),
           QVariant(article.wordCount), nullIfZero(actorId), QVariant(article.commissionedWords),
           imagesValue(article.leadImage), imagesValue(article.bodyImages.join(u' ')) })
        query.bindValue(at++, value);
    if (!query.exec() || !query.next())
        return m_database.errorFrom(query, tr("adding the article"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    Article stored = article;
    stored.id = id;
    // A new article has no tags or byline yet to replace.
    if (auto r = writeTags(id, article.tags, false); !r)
        return r.error();
    if (auto r = writeAuthors(id, article.authorIds, false); !r)
        return r.error();
    if (auto r = writeRevision(stored, 1, actorId, QStringLiteral("created"), created); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return get(id);
}

namespace {

// The columns of an article as articleFrom() reads them; the body only when asked for.
QString articleColumns(bool withBody)
{
    return QStringLiteral("SELECT a.id, a.slug, a.headline, a.standfirst, %1, s.name, "
                          "a.language, a.status, a.created_at, a.updated_at, a.published_at, "
                          "a.version, a.word_count, a.created_by, a.commissioned_words, "
                          "coalesce(a.lead_image, ''), coalesce(a.body_images, '') FROM articles a "
                          "LEFT JOIN sections s ON s.id = a.section_id ")
        .arg(withBody ? QStringLiteral("a.body") : QStringLiteral("''"));
}

Article articleFrom(const QSqlQuery &query)
{
    Article a;
    a.id = query.value(0).toLongLong();
    a.slug = query.value(1).toString();
    a.headline = query.value(2).toString();
    a.standfirst = query.value(3).toString();
    a.body = query.value(4).toString();
    a.section = query.value(5).toString();
    a.language = query.value(6).toString();
    a.status = statusFromToken(query.value(7).toString()).value_or(Status::Draft);
    a.createdAt = fromStored(query.value(8));
    a.updatedAt = fromStored(query.value(9));
    a.publishedAt = fromStored(query.value(10));
    a.version = query.value(11).toInt();
    a.wordCount = query.value(12).toInt();
    a.createdBy = query.value(13).toLongLong();
    a.commissionedWords = query.value(14).toInt();
    a.leadImage = query.value(15).toString();
    a.bodyImages = query.value(16).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return a;
}

} // namespace

Result<Article> ArticleStore::get(qint64 id)
{
    QSqlQuery &query = m_database.kept(articleColumns(true) + QStringLiteral("WHERE a.id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return m_database.errorFrom(query, tr("reading article %1").arg(id));
    if (!query.next()) {
        query.finish();
        return failure(Error::Kind::NotFound, tr("there is no article %1").arg(id));
    }
    Article a = articleFrom(query);
    query.finish();

    QSqlQuery &tags = m_database.kept(
        QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                       "WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE"));
    tags.bindValue(0, id);
    if (!tags.exec())
        return m_database.errorFrom(tags, tr("reading tags"));
    while (tags.next())
        a.tags.append(tags.value(0).toString());
    tags.finish();

    QSqlQuery &authors = m_database.kept(
        QStringLiteral("SELECT p.id, p.display_name FROM article_authors aa JOIN people p ON "
                       "p.id = aa.person_id WHERE aa.article_id = ? ORDER BY aa.position"));
    authors.bindValue(0, id);
    if (!authors.exec())
        return m_database.errorFrom(authors, tr("reading the byline"));
    while (authors.next()) {
        a.authorIds.append(authors.value(0).toLongLong());
        a.authorNames.append(authors.value(1).toString());
    }
    authors.finish();
    return a;
}

Result<QList<Article>> ArticleStore::publishedWithoutBodies()
{
    QList<Article> articles;
    QHash<qint64, qsizetype> at; // id -> index in articles
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(articleColumns(false) + QStringLiteral("WHERE a.status = 'published'")))
        return m_database.errorFrom(query, tr("reading the published articles"));
    while (query.next()) {
        at.insert(query.value(0).toLongLong(), articles.size());
        articles.append(articleFrom(query));
    }
    query.finish();
    // Every article's tags and byline, the unpublished left out here: asking the articles
    // table for each one's status would read the rows with their bodies.
    if (!query.exec(QStringLiteral(
            "SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "ORDER BY at.article_id, t.name COLLATE NOCASE")))
        return m_database.errorFrom(query, tr("reading tags"));
    while (query.next())
        if (const auto it = at.constFind(query.value(0).toLongLong()); it != at.constEnd())
            articles[*it].tags.append(query.value(1).toString());
    query.finish();
    if (!query.exec(QStringLiteral(
            "SELECT aa.article_id, p.id, p.display_name FROM article_authors aa "
            "JOIN people p ON p.id = aa.person_id ORDER BY aa.article_id, aa.position")))
        return m_database.errorFrom(query, tr("reading the bylines"));
    while (query.next())
        if (const auto it = at.constFind(query.value(0).toLongLong()); it != at.constEnd()) {
            articles[*it].authorIds.append(query.value(1).toLongLong());
            articles[*it].authorNames.append(query.value(2).toString());
        }
    return articles;
}

Result<QString> ArticleStore::publishedFingerprint()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT count(*), coalesce(sum(id), 0), coalesce(sum(version), 0), "
            "coalesce(max(updated_at), ''), coalesce(max(published_at), ''), "
            "coalesce(max(created_at), '') FROM articles WHERE status = 'published'"))
        || !query.next())
        return m_database.errorFrom(query, tr("reading the published articles"));
    QStringList values;
    for (int i = 0; i < 6; ++i)
        values << query.value(i).toString();
    return values.join(QLatin1Char('|'));
}

Result<QHash<qint64, QString>> ArticleStore::bodies(const QList<qint64> &ids)
{
    QHash<qint64, QString> bodies;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    constexpr qsizetype Batch = 500; // well under every engine's limit of bound values
    for (qsizetype from = 0; from < ids.size(); from += Batch) {
        const QList<qint64> some = ids.mid(from, Batch);
        QStringList marks(some.size(), QStringLiteral("?"));
        query.prepare(QStringLiteral("SELECT id, body FROM articles WHERE id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : some)
            query.addBindValue(id);
        if (!query.exec())
            return m_database.errorFrom(query, tr("reading articles"));
        while (query.next())
            bodies.insert(query.value(0).toLongLong(), query.value(1).toString());
        query.finish();
    }
    return bodies;
}

Result<int> ArticleStore::save(const Article &article, int expectedVersion, qint64 actorId,
                               const QString &note, const Article *stored)
{
    Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();

    const bool sameSection = stored && stored->section == article.section;
    Result<qint64> section = qint64(0);
    if (!sameSection) {
        section = sectionId(article.section);
        if (!section)
            return section.error();
    }

    const QString now = nowUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE articles SET headline = ?, standfirst = coalesce(?, ''), "
                       "body = coalesce(?, ''), %1"
                       "language = ?, word_count = ?, commissioned_words = ?, "
                       "lead_image = ?, body_images = ?, updated_at = ?, version = version "
                       "+ 1 WHERE id = ? AND version = ? RETURNING version")
            .arg(sameSection ? QString() : QStringLiteral("section_id = ?, ")));
    query.addBindValue(article.headline);
    query.addBindValue(article.standfirst);
    query.addBindValue(article.body);
    if (!sameSection)
        query.addBindValue(nullIfZero(*section));
    query.addBindValue(article.language.isEmpty() ? QStringLiteral("en_GB") : article.language);
    query.addBindValue(article.wordCount);
    query.addBindValue(article.commissionedWords);
    query.addBindValue(imagesValue(article.leadImage));
    query.addBindValue(imagesValue(article.bodyImages.join(u' ')));
    query.addBindValue(now);
    query.addBindValue(article.id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return m_database.errorFrom(query, tr("saving article %1").arg(article.id));
    if (!query.next()) {
        query.finish();
        query.prepare(QStringLiteral("SELECT version FROM articles WHERE id = ?"));
        query.addBindValue(article.id);
        if (!query.exec())
            return m_database.errorFrom(query, tr("saving article %1").arg(article.id));
        if (!query.next())
            return failure(Error::Kind::NotFound, tr("there is no article %1").arg(article.id));
        return failure(Error::Kind::Conflict,
                       tr("article %1 was saved by someone else in the meantime (it is "
                          "at version %2, this change started from version %3); "
                          "nothing was overwritten")
                           .arg(article.id)
                           .arg(query.value(0).toInt())
                           .arg(expectedVersion));
    }
    const int version = query.value(0).toInt();
    query.finish();

    if (!stored || stored->tags != article.tags)
        if (auto r = writeTags(article.id, article.tags); !r)
            return r.error();
    if (!stored || stored->authorIds != article.authorIds)
        if (auto r = writeAuthors(article.id, article.authorIds); !r)
            return r.error();
    if (auto r = writeRevision(article, version, actorId, note, now); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return version;
}

Result<void> ArticleStore::setStatus(qint64 id, Status from, Status to,
                                     const QDateTime &publishedAt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE articles SET status = ?, updated_at = ?, "
                       "published_at = coalesce(?, published_at) WHERE id = ? AND status = ?"));
    query.addBindValue(statusName(to, StatusForm::Token));
    query.addBindValue(nowUtc());
    query.addBindValue(publishedAt.isValid() ? QVariant(toStored(publishedAt))
                                             : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(id);
    query.addBindValue(statusName(from, StatusForm::Token));
    if (!query.exec())
        return m_database.errorFrom(query, tr("changing the status of article %1").arg(id));
    if (query.numRowsAffected() == 0) {
        const auto current = get(id);
        if (!current)
            return current.error();
        return failure(Error::Kind::Conflict,
                       tr("article %1 is %2 now, not %3; someone changed it first")
                           .arg(id)
                           .arg(statusName(current->status, StatusForm::Phrase),
                                statusName(from, StatusForm::Phrase)));
    }
    return {};
}

Result<QList<Revision>> ArticleStore::revisions(qint64 articleId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT r.id, r.version, r.person_id, p.display_name, r.created_at, "
                       "r.headline, r.standfirst, r.body, r.note FROM revisions r "
                       "LEFT JOIN people p ON p.id = r.person_id WHERE r.article_id = ? "
                       "ORDER BY r.version DESC"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_database.errorFrom(query, tr("reading revisions"));
    QList<Revision> revisions;
    while (query.next()) {
        Revision r;
        r.id = query.value(0).toLongLong();
        r.version = query.value(1).toInt();
        r.personId = query.value(2).toLongLong();
        r.personName = query.value(3).toString();
        r.createdAt = fromStored(query.value(4));
        r.headline = query.value(5).toString();
        r.standfirst = query.value(6).toString();
        r.body = query.value(7).toString();
        r.note = query.value(8).toString();
        revisions.append(r);
    }
    return revisions;
}

Result<Revision> ArticleStore::revision(qint64 articleId, int version)
{
    const auto all = revisions(articleId);
    if (!all)
        return all.error();
    for (const Revision &r : *all)
        if (r.version == version)
            return r;
    return failure(Error::Kind::NotFound,
                   tr("article %1 has no version %2").arg(articleId).arg(version));
}

Result<QStringList> ArticleStore::sections()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sections ORDER BY name COLLATE NOCASE")))
        return m_database.errorFrom(query, tr("listing sections"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<ArticleSource> ArticleStore::sourceOf(const QString &source)
{
    QSqlQuery &query = m_database.kept(QStringLiteral(
        "SELECT article_id, imported_version, imported_status, imported_at FROM article_sources "
        "WHERE source = ?"));
    query.bindValue(0, source);
    if (!query.exec())
        return m_database.errorFrom(query, tr("finding an imported article"));
    ArticleSource found;
    found.source = source;
    if (query.next()) {
        found.articleId = query.value(0).toLongLong();
        found.importedVersion = query.value(1).toInt();
        found.importedStatus = statusFromToken(query.value(2).toString()).value_or(Status::Draft);
        found.importedAt = fromStored(query.value(3));
    }
    query.finish();
    return found;
}

Result<void> ArticleStore::recordSource(const ArticleSource &source)
{
    QSqlQuery &query = m_database.kept(QStringLiteral(
        "INSERT INTO article_sources (article_id, source, imported_version, imported_status, "
        "imported_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET source = "
        "excluded.source, imported_version = excluded.imported_version, imported_status = "
        "excluded.imported_status, imported_at = excluded.imported_at"));
    query.bindValue(0, source.articleId);
    query.bindValue(1, source.source);
    query.bindValue(2, source.importedVersion);
    query.bindValue(3, statusName(source.importedStatus, StatusForm::Token));
    query.bindValue(4,
                    toStored(source.importedAt.isValid() ? source.importedAt
                                                         : QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return m_database.errorFrom(
            query, tr("recording where article %1 came from").arg(source.articleId));
    return {};
}

Result<qint64> ArticleStore::idBySlug(const QString &slug)
{
    QSqlQuery &query = m_database.kept(QStringLiteral("SELECT id FROM articles WHERE slug = ?"));
    query.bindValue(0, slug);
    if (!query.exec())
        return m_database.errorFrom(query, tr("finding the slug %1").arg(slug));
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

} // namespace copydesk::db
