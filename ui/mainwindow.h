#pragma once

#include "app/newsroom.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace copydesk::app {
class ArticleListModel;
}

namespace copydesk::ui {

class ArticleEditor;

// The main window: the article list (filter, search, sort) beside the editor of one article.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store (creating it if new); on failure the message is returned and the window
    // keeps the store it had.
    db::Result<void> openStore(const QString &path);
    // On a new, empty store: the first-run welcome. Returns false if the person cancelled.
    bool welcomeIfNew();
    // The person the window acts as (recorded as creator and first byline).
    void setActor(const QString &username);

    bool newArticle();
    bool openArticle(qint64 id);
    bool save();
    bool closeArticle();

    app::Newsroom &newsroom() { return m_newsroom; }
    ArticleEditor *editor() const { return m_editor; }
    app::ArticleListModel *articleModel() const { return m_model; }
    QTableView *articleView() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void readSettings();
    void writeSettings();
    void refreshFilters();
    void updateActions();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    bool maybeSave();
    void currentRowChanged(const QModelIndex &current);
    void chooseStore(bool create);
    void editLink();

    app::Newsroom m_newsroom;
    qint64 m_actorId = 0;
    app::ArticleListModel *m_model = nullptr;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_sectionFilter = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    ArticleEditor *m_editor = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_reading = nullptr;
    QTimer m_searchTimer;
    bool m_selecting = false;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QList<QAction *> m_formatActions;
};

} // namespace copydesk::ui
