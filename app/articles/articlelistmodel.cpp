#include "app/articles/articlelistmodel.h"

#include "app/articles/listloader.h"
#include "app/body/textstats.h"
#include "app/newsroom.h"

#include <QLocale>

namespace copydesk::app {

ArticleListModel::ArticleListModel(Newsroom &newsroom, QObject *parent)
    : QAbstractTableModel(parent)
    , m_newsroom(newsroom)
{
    m_query.limit = PageSize;
}

ArticleListModel::~ArticleListModel() = default;

bool ArticleListModel::readsInBackground(const db::ArticleQuery &query)
{
    using Sort = db::ArticleQuery::Sort;
    return !query.search.trimmed().isEmpty() || query.sort == Sort::Section
        || query.sort == Sort::Status || query.sort == Sort::Byline || query.sort == Sort::Words;
}

ListLoader &ArticleListModel::loader()
{
    if (!m_loader) {
        m_loader = std::make_unique<ListLoader>(m_newsroom);
        connect(m_loader.get(), &ListLoader::loaded, this, &ArticleListModel::answered);
    }
    return *m_loader;
}

void ArticleListModel::answered(quint64 ticket, const QList<db::ArticleSummary> &rows, int total,
                                const QString &error)
{
    if (ticket != m_ticket || !m_loading)
        return;
    m_loading = false;
    m_changing = true;
    if (!error.isEmpty()) {
        m_lastError = error;
        if (m_appending) {
            m_total = int(m_rows.size());
        } else {
            // The rows of the query before are not this one's answer.
            beginResetModel();
            m_rows.clear();
            m_total = 0;
            endResetModel();
        }
    } else if (m_appending) {
        if (rows.isEmpty()) {
            m_total = int(m_rows.size());
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows += rows;
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_lastError.clear();
        m_rows = rows;
        m_total = rows.size() < m_query.limit ? int(rows.size()) : total;
        endResetModel();
    }
    m_changing = false;
    if (!error.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
    Q_EMIT loaded();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Headline:
            return row.headline;
        case Section:
            return row.section;
        case Status: {
            const QString status = row.returned ? tr("Returned") : statusName(row.status);
            // Open comments on the text show with the status, in every view (the review queue).
            if (row.openComments == 1)
                return tr("%1 · 1 comment").arg(status);
            if (row.openComments > 1)
                return tr("%1 · %2 comments").arg(status).arg(row.openComments);
            return status;
        }
        case Byline:
            return row.byline;
        case Updated:
            return QLocale().toString(row.updatedAt.toLocalTime(),
                                      QStringLiteral("d MMM yyyy, HH:mm"));
        case Words:
            return textstats::wordsAgainst(row.wordCount, row.commissionedWords);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Words)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Headline) {
            QString snippet = row.snippet;
            snippet.remove(db::ArticleSummary::snippetStart).remove(db::ArticleSummary::snippetEnd);
            return snippet.isEmpty() ? row.headline : row.headline + QLatin1Char('\n') + snippet;
        }
        break;
    case IdRole:
        return row.id;
    case SnippetRole:
        return row.snippet;
    case VersionRole:
        return row.version;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline:
        return tr("Headline");
    case Section:
        return tr("Section");
    case Status:
        return tr("Status");
    case Byline:
        return tr("Byline");
    case Updated:
        return tr("Updated");
    case Words:
        return tr("Words");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reload or a page is being announced: the first page comes with the reset
    // itself, and a view asking again from rowsInserted gets the next page afterwards.
    return !parent.isValid() && !m_changing && !m_loading && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    db::ArticleQuery page = m_query;
    page.offset = int(m_rows.size());
    if (readsInBackground(page)) {
        m_loading = m_appending = true;
        m_ticket = loader().load(page, true, false);
        return;
    }
    const auto rows = m_newsroom.archive().list(page);
    if (!rows) {
        m_lastError = rows.errorString();
        m_total = int(m_rows.size());
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    if (rows->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows += *rows;
    endInsertRows();
    m_changing = false;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    using Sort = db::ArticleQuery::Sort;
    static const Sort sorts[]
        = { Sort::Headline, Sort::Section, Sort::Status, Sort::Byline, Sort::Updated, Sort::Words };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = sorts[column];
    m_query.order = order;
    m_sortChosen = true;
    reload();
}

void ArticleListModel::setStatusFilter(std::optional<copydesk::Status> status)
{
    m_query.status = status;
    reload();
}

void ArticleListModel::setSectionFilter(const QString &section)
{
    m_query.section = section;
    reload();
}

void ArticleListModel::setSearch(const QString &words)
{
    if (m_query.search.trimmed().isEmpty() && !words.trimmed().isEmpty())
        m_sortChosen = false; // a new search starts ranked by relevance
    m_query.search = words;
    reload();
}

void ArticleListModel::setScope(const db::ArticleQuery &scope)
{
    m_query.author = scope.author;
    m_query.reviewerId = scope.reviewerId;
    m_query.reviewerSections = scope.reviewerSections;
    m_query.allSections = scope.allSections;
    reload();
}

void ArticleListModel::reload()
{
    db::ArticleQuery query = m_query;
    // A search ranks by relevance until a column header is clicked.
    if (!query.search.trimmed().isEmpty() && !m_sortChosen)
        query.sort = db::ArticleQuery::Sort::Relevance;
    m_query.sort = query.sort;
    if (m_newsroom.isOpen() && readsInBackground(m_query)) {
        // The rows shown stay until the answer comes.
        m_loading = true;
        m_appending = false;
        m_ticket = loader().load(m_query, true, true);
        return;
    }
    if (m_loading) {
        loader().cancel();
        m_loading = false;
    }
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    const auto total = m_newsroom.isOpen() ? m_newsroom.archive().count(query) : Result<int>(0);
    if (!total) {
        m_lastError = total.errorString();
        m_total = 0;
    } else {
        m_total = *total;
    }
    // The first page arrives with the reset, so views (and anything that calls fetchMore while
    // the reset is announced) see one consistent list.
    if (m_total > 0) {
        const auto rows = m_newsroom.archive().list(m_query);
        if (rows)
            m_rows = *rows;
        else
            m_lastError = rows.errorString();
        if (m_rows.size() < m_query.limit)
            m_total = int(m_rows.size());
    }
    endResetModel();
    m_changing = false;
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == articleId)
            return i;
    return -1;
}

} // namespace copydesk::app
