#pragma once

#include "db/records.h"

#include <QAbstractTableModel>

#include <memory>

namespace copydesk::app {

class ListLoader;
class Newsroom;

// The article list of the main window as an item model over the store. It fetches a page at a
// time (LIMIT/OFFSET over an index) as the view scrolls, and finishes every query, so an open
// list never holds a read transaction that would block WAL checkpoints. What may take long on
// a large archive — a search, a sort that no index serves (section, status, byline) — is read
// in the background (ListLoader): the list keeps its rows until the answer comes, and a newer
// request cancels an older one.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Headline, Section, Status, Byline, Updated, Words, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SnippetRole, VersionRole };

    explicit ArticleListModel(Newsroom &newsroom, QObject *parent = nullptr);
    ~ArticleListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters; each reloads the list. An empty value matches everything.
    void setStatusFilter(std::optional<copydesk::Status> status);
    void setSectionFilter(const QString &section);
    void setSearch(const QString &words);
    // Which articles the list is about: everything, one author's, or a review queue (the
    // author and reviewer fields of scope are used; the filters above apply on top).
    void setScope(const db::ArticleQuery &scope);
    QString search() const { return m_query.search; }

    void reload();
    int rowOf(qint64 articleId) const; // -1 when not loaded
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    // True while a background read is on its way; loaded() follows.
    bool isLoading() const { return m_loading; }
    // Whether this query is read in the background.
    static bool readsInBackground(const db::ArticleQuery &query);

    static constexpr int PageSize = 200;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void loaded(); // a background read has arrived in the list

private:
    void answered(quint64 ticket, const QList<db::ArticleSummary> &rows, int total,
                  const QString &error);
    ListLoader &loader();

    Newsroom &m_newsroom;
    db::ArticleQuery m_query;
    QList<db::ArticleSummary> m_rows;
    int m_total = 0;
    bool m_sortChosen = false;
    bool m_changing = false; // announcing a reset or new rows; no fetching meanwhile
    QString m_lastError;
    std::unique_ptr<ListLoader> m_loader; // made when first needed
    quint64 m_ticket = 0; // the background read the list waits for
    bool m_loading = false;
    bool m_appending = false; // that read is the next page, not a new list
};

} // namespace copydesk::app
