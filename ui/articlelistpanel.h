#pragma once

#include "db/records.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTabBar;
class QTableView;

namespace copydesk::app {
class ArticleListModel;
class Newsroom;
} // namespace copydesk::app

namespace copydesk::ui {

// The list side of the main window: the views (mine, review queue, all), search as you type,
// the status and section filters, and the table of articles over ArticleListModel. It says
// which article the person chose; the window decides whether to open it.
class ArticleListPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class View { Mine, ReviewQueue, All };

    explicit ArticleListPanel(app::Newsroom &newsroom, QWidget *parent = nullptr);

    app::ArticleListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }

    View currentView() const;
    void setCurrentView(View view); // viewChanged follows when it changes
    // Reloads the section filter from the store; returns the sections.
    QStringList refreshSections();
    QString currentSection() const; // the section filtered on, empty for all
    // The article open beside the list (0: none, or a new one), selected now and kept selected
    // when the list reloads.
    void setOpenArticle(qint64 id);
    // Selects an article's row (or nothing) without reporting it as chosen.
    void selectArticle(qint64 id);
    void clearSelection();
    // The number shown on a view's tab ("Review Queue (3)"); a negative count shows none.
    void setViewCount(View view, int count);
    // Articles new on a view since the person last looked: the tab says how many ("Review
    // Queue (3, 1 new)"), with a badge and their headlines in its tooltip; empty clears it.
    void setViewNews(View view, const QStringList &headlines);

Q_SIGNALS:
    void viewChanged(copydesk::ui::ArticleListPanel::View view);
    void articleChosen(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // On a narrow list the headline keeps its room: the byline, then the section and the time,
    // are hidden (they stay in the editor beside it).
    void fitColumns();
    void updateTab(View view);
    void markOpenArticlePlainly();

    int m_counts[3] = { -1, -1, -1 };
    QStringList m_news[3];

    app::Newsroom &m_newsroom;
    app::ArticleListModel *m_model;
    QTabBar *m_views;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_sectionFilter;
    QTableView *m_view;
    QTimer m_searchTimer;
    qint64 m_openArticle = 0;
    bool m_selecting = false;
    int m_plainRowHeight = 0;
};

} // namespace copydesk::ui
