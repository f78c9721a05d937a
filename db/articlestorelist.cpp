// ArticleStore: listing a page of articles and searching them, on both engines (the rest of
// the store is in articlestore.cpp).

#include "db/articlestore.h"
#include "db/database.h"
#include "db/journal.h"
#include "db/sqliterows.h"
#include "db/storedtime.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace copydesk::db {

using storedtime::fromStored;

namespace {

// The byline of row a: its authors' names in order, joined with ", ".
QString bylineSql(Database::Engine engine)
{
    if (engine == Database::Engine::PostgreSQL)
        return QStringLiteral("(SELECT string_agg(p.display_name, ', ' ORDER BY aa.position) "
                              "FROM article_authors aa JOIN people p ON p.id = aa.person_id "
                              "WHERE aa.article_id = a.id)");
    return QStringLiteral("(SELECT group_concat(display_name, ', ') FROM ("
                          " SELECT p.display_name FROM article_authors aa"
                          " JOIN people p ON p.id = aa.person_id"
                          " WHERE aa.article_id = a.id ORDER BY aa.position))");
}

} // namespace

namespace {

// What a person typed into a search box, as groups of words: a word on its own, or the words
// of a "quoted phrase", which must stand together. An unclosed quote is still being typed: its
// words count one by one. last is whether the final word may be a prefix (typing goes on).
struct TypedSearch
{
    QList<QStringList> groups;
    bool prefix = false;
};

TypedSearch parseTyped(const QString &words, const QRegularExpression &separators)
{
    TypedSearch typed;
    const QStringList pieces = words.split(QLatin1Char('"'));
    bool lastIsPhrase = false;
    for (int i = 0; i < pieces.size(); ++i) {
        const QStringList parts = pieces[i].split(separators, Qt::SkipEmptyParts);
        const bool phrase = i % 2 == 1 && i < pieces.size() - 1;
        if (parts.isEmpty())
            continue;
        if (phrase)
            typed.groups.append(parts);
        else
            for (const QString &part : parts)
                typed.groups.append({ part });
        lastIsPhrase = phrase;
    }
    // A closed phrase is complete, whatever follows it ("new york".): only a word still being
    // typed is a prefix.
    typed.prefix
        = !lastIsPhrase && !words.isEmpty() && !words.back().isSpace() && words.back() != u'"';
    return typed;
}

} // namespace

QString ArticleStore::searchQuery(const QString &words) const
{
    if (m_database.engine() == Database::Engine::SQLite)
        return ftsQuery(words);
    // PostgreSQL: the same terms as a tsquery, all required, a phrase's words next to each
    // other (<->), the last one as a prefix. A term is a run of letters and digits (the
    // server's parser splits words there too), so nothing in it can break the tsquery's
    // quoting, even after its accents are folded.
    // (Modifier letters such as ʼ are left out: folded, some become an apostrophe.)
    static const QRegularExpression separators(
        QStringLiteral("[^\\p{Ll}\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}\\p{M}]+"));
    const TypedSearch typed = parseTyped(words, separators);
    QStringList terms;
    for (const QStringList &group : typed.groups) {
        QStringList quoted;
        for (const QString &word : group)
            quoted.append(QLatin1Char('\'') + word + QLatin1Char('\''));
        terms.append(quoted.size() == 1 ? quoted.first()
                                        : QLatin1Char('(') + quoted.join(QStringLiteral(" <-> "))
                             + QLatin1Char(')'));
    }
    if (terms.isEmpty())
        return {};
    if (typed.prefix)
        terms.last() += QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

QString ArticleStore::ftsQuery(const QString &words)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const TypedSearch typed = parseTyped(words, separators);
    QStringList terms;
    for (const QStringList &group : typed.groups) {
        // Only letters and digits reach the index (unicode61); a word with none cannot match.
        QStringList searchable;
        for (const QString &word : group)
            if (std::any_of(word.cbegin(), word.cend(),
                            [](QChar c) { return c.isLetterOrNumber(); }))
                searchable.append(word);
        // FTS5 reads a quoted string as a phrase: its words one after another.
        if (!searchable.isEmpty())
            terms.append(QLatin1Char('"') + searchable.join(QLatin1Char(' ')) + QLatin1Char('"'));
    }
    if (terms.isEmpty())
        return {};
    if (typed.prefix)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

namespace {

// Builds the FROM/WHERE part shared by list() and count(); values are bound in order.
struct Filter
{
    QString from;
    QString where;
    QVariantList values;
};

Filter filterFor(const ArticleQuery &q, const QString &fts, Database::Engine engine)
{
    Filter f;
    f.from = QStringLiteral(" FROM articles a LEFT JOIN sections s ON s.id = a.section_id");
    QStringList conditions;
    if (!fts.isEmpty() && engine == Database::Engine::SQLite) {
        f.from += QStringLiteral(" JOIN articles_fts ON articles_fts.rowid = a.id");
        conditions << QStringLiteral("articles_fts MATCH ?");
        f.values << fts;
    } else if (!fts.isEmpty()) {
        conditions << QStringLiteral("a.search @@ to_tsquery('simple', copydesk_fold(?))");
        f.values << fts;
    }
    if (q.status) {
        conditions << QStringLiteral("a.status = ?");
        f.values << statusName(*q.status, StatusForm::Token);
    }
    if (!q.section.isEmpty()) {
        conditions << QStringLiteral("s.name = ?");
        f.values << q.section;
    }
    if (!q.author.isEmpty()) {
        // The author's articles from the byline index, not a look at every article's byline.
        conditions << QStringLiteral("a.id IN (SELECT aa.article_id FROM article_authors aa JOIN "
                                     "people p ON p.id = aa.person_id WHERE p.username = ?)");
        f.values << q.author;
    }
    if (q.reviewerId > 0) {
        conditions << QStringLiteral(
            "(a.status = 'approved' OR (a.status = 'in_review' AND NOT EXISTS ("
            "SELECT 1 FROM article_authors aa WHERE aa.article_id = a.id AND "
            "aa.person_id = ?)))");
        f.values << q.reviewerId;
        if (!q.allSections) {
            QStringList marks;
            for (const QString &section : q.reviewerSections) {
                marks << QStringLiteral("?");
                f.values << section;
            }
            conditions
                << (marks.isEmpty()
                        ? QStringLiteral("1 = 0")
                        : QStringLiteral("s.name IN (%1)").arg(marks.join(QLatin1Char(','))));
        }
    }
    if (!conditions.isEmpty())
        f.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

namespace {

// Bodies up to this many characters get FTS5's snippet(); longer ones plainSnippet().
constexpr int SnippetTextLimit = 64 * 1024;

// About a dozen words around the first place a search word appears, marked as snippet() marks.
QString plainSnippet(const QString &body, const QString &words)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"*]+"));
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString &word : words.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype found = body.indexOf(word, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            length = word.size();
        }
    }
    if (at < 0)
        return body.left(80).simplified() + QStringLiteral("…");
    const qsizetype from = qMax<qsizetype>(0, at - 40);
    const qsizetype to = qMin<qsizetype>(body.size(), at + length + 40);
    return (from > 0 ? QStringLiteral("…") : QString()) + body.mid(from, at - from)
        + ArticleSummary::snippetStart + body.mid(at, length) + ArticleSummary::snippetEnd
        + body.mid(at + length, to - at - length)
        + (to < body.size() ? QStringLiteral("…") : QString());
}

} // namespace

Result<QList<ArticleSummary>> ArticleStore::list(const ArticleQuery &q)
{
    const Database::Engine engine = m_database.engine();
    const QString fts = searchQuery(q.search);
    if (!q.search.trimmed().isEmpty() && fts.isEmpty())
        return QList<ArticleSummary>();
    const Filter f = filterFor(q, fts, engine);
    QVariantList orderValues;

    const QString direction
        = q.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString orderBy;
    switch (q.sort) {
    case ArticleQuery::Sort::Updated:
        orderBy = QStringLiteral("a.updated_at") + direction + QStringLiteral(", a.id") + direction;
        break;
    case ArticleQuery::Sort::Headline:
        orderBy
            = QStringLiteral("a.headline COLLATE NOCASE") + direction + QStringLiteral(", a.id");
        break;
    case ArticleQuery::Sort::Section:
        orderBy = QStringLiteral("s.name COLLATE NOCASE") + direction
            + QStringLiteral(", a.updated_at DESC, a.id DESC");
        break;
    case ArticleQuery::Sort::Status:
        orderBy = QStringLiteral("a.status") + direction
            + QStringLiteral(", a.updated_at DESC, a.id DESC");
        break;
    case ArticleQuery::Sort::Byline:
        orderBy = QStringLiteral("byline COLLATE NOCASE") + direction
            + QStringLiteral(", a.updated_at DESC, a.id DESC");
        break;
    case ArticleQuery::Sort::Words:
        orderBy = QStringLiteral("a.word_count") + direction
            + QStringLiteral(", a.updated_at DESC, a.id DESC");
        break;
    case ArticleQuery::Sort::Relevance:
        if (fts.isEmpty()) {
            orderBy = QStringLiteral("a.updated_at DESC, a.id DESC");
        } else if (engine == Database::Engine::SQLite) {
            orderBy = QStringLiteral("bm25(articles_fts, 10.0, 4.0, 1.0), a.id DESC");
        } else {
            // The weights of D, C (body), B (standfirst), A (headline), as bm25's 1, 4, 10.
            orderBy = QStringLiteral("ts_rank('{0.1, 0.1, 0.4, 1.0}', a.search, "
                                     "to_tsquery('simple', copydesk_fold(?))) DESC, a.id DESC");
            orderValues << fts;
        }
        break;
    }

    // With a search, each row's snippet, made in the same query: both engines make the
    // columns that are not sorted on only for the rows of the page (SQLite's sorter, and
    // PostgreSQL for costly functions), never for every match. FTS5's snippet() and
    // ts_headline grow faster than the text (about 10 s for a 2 MB body): a long article gets
    // a plain snippet around the first term instead (plainSnippet), from its body.
    QString snippets = QStringLiteral("'', NULL");
    QVariantList snippetValues;
    if (!fts.isEmpty() && engine == Database::Engine::SQLite) {
        snippets = QStringLiteral(
            "CASE WHEN length(a.body) <= ? THEN snippet(articles_fts, -1, char(2), char(3), "
            "'…', 12) END, CASE WHEN length(a.body) > ? THEN a.body END");
        snippetValues << SnippetTextLimit << SnippetTextLimit;
    } else if (!fts.isEmpty()) {
        snippets = QStringLiteral(
            "CASE WHEN length(a.body) <= ? THEN ts_headline('simple', "
            "CASE WHEN a.body <> '' THEN a.body ELSE a.headline END, to_tsquery('simple', "
            "copydesk_fold(?)), "
            "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=14, MinWords=6, "
            "ShortWord=0, MaxFragments=1, FragmentDelimiter=\"…\"') END, CASE WHEN "
            "length(a.body) > ? THEN a.body END");
        snippetValues << SnippetTextLimit << fts << SnippetTextLimit;
    }
    const QString sql = QStringLiteral("SELECT a.id, a.headline, s.name, a.status, ")
        + bylineSql(engine) + QStringLiteral(" AS byline, a.updated_at, a.version, a.word_count, ")
        + snippets
        // Whether the draft's last move was a return: only for the rows of the page.
        + QStringLiteral(", CASE WHEN a.status = 'draft' THEN (SELECT l.action FROM audit_log l "
                         "WHERE l.id = %1) END, a.commissioned_words, "
                         // Open comments and suggestions on its text (replies aside).
                         "(SELECT count(*) FROM comments c WHERE c.article_id = a.id AND "
                         "c.state = 'open' AND c.reply_to IS NULL)")
              .arg(Journal::lastTransitionSql(QStringLiteral("a.id")))
        + f.from + f.where + QStringLiteral(" ORDER BY ") + orderBy
        + QStringLiteral(" LIMIT ? OFFSET ?");
    const QVariantList values
        = snippetValues + f.values + orderValues + QVariantList { q.limit, q.offset };
    QList<ArticleSummary> rows;
    auto read = [&](const auto &row) {
        ArticleSummary summary;
        summary.id = row.integer(0);
        summary.headline = row.text(1);
        summary.section = row.text(2);
        summary.status = statusFromToken(row.text(3)).value_or(Status::Draft);
        summary.byline = row.text(4);
        summary.updatedAt = fromStored(row.text(5));
        summary.version = int(row.integer(6));
        summary.wordCount = int(row.integer(7));
        summary.returned = row.text(10) == QLatin1String("return");
        summary.commissionedWords = int(row.integer(11));
        summary.openComments = int(row.integer(12));
        if (!fts.isEmpty())
            summary.snippet = row.isNull(8) ? plainSnippet(row.text(9), q.search) : row.text(8);
        rows.append(summary);
    };
    const QString doing = tr("listing articles");
    if (engine == Database::Engine::SQLite) {
        // The page the window shows most: read through the C API (SqliteRows).
        SqliteRows page(m_database, sql);
        if (auto r = page.exec(values, doing); !r)
            return r.error();
        while (page.next())
            read(page);
        if (const auto error = page.failure(doing))
            return *error;
        return rows;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.errorFrom(query, doing);
    struct QtRow
    {
        const QSqlQuery &q;
        qint64 integer(int c) const { return q.value(c).toLongLong(); }
        QString text(int c) const { return q.value(c).toString(); }
        bool isNull(int c) const { return q.value(c).isNull(); }
    };
    while (query.next())
        read(QtRow { query });
    return rows;
}

Result<int> ArticleStore::count(const ArticleQuery &q)
{
    const QString fts = searchQuery(q.search);
    if (!q.search.trimmed().isEmpty() && fts.isEmpty())
        return 0;
    const Filter f = filterFor(q, fts, m_database.engine());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*)") + f.from + f.where);
    for (const QVariant &value : f.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_database.errorFrom(query, tr("counting articles"));
    return query.value(0).toInt();
}

} // namespace copydesk::db
