#pragma once

#include "app/newsroom.h"
#include "app/export/siteexporter.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace copydesk::app {
class ArticleListModel;
}

namespace copydesk::ui {

class ArticleEditor;
class HistoryPanel;
class IssuesPanel;

// The main window: the article list (views, filters, search, sort) beside the editor of one
// article, the workflow actions, and the history of the open article.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Mine, ReviewQueue, All };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store (creating it if new); on failure the message is returned and the window
    // keeps the store it had. The person must sign in again on the new store.
    Result<void> openStore(const QString &path);
    // On a new, empty store: the first-run welcome, which also signs the new account in.
    // Returns false if the person cancelled.
    bool welcomeIfNew();
    // Asks for a username and password until they are right; false if the person cancelled.
    bool askSignIn();
    // Signs in without a dialog; the error says why not.
    Result<void> signIn(const QString &username, const QString &password);
    const app::Actor &actor() const { return m_actor; }

    bool newArticle();
    bool openArticle(qint64 id);
    bool save();
    bool closeArticle();
    // Runs a workflow action on the open article; the note is asked for when needed and empty.
    bool runAction(app::Action action, const QString &note = {});
    QAction *workflowAction(app::Action action) const;
    void setView(View view);

    app::Newsroom &newsroom() { return m_newsroom; }
    ArticleEditor *editor() const { return m_editor; }
    HistoryPanel *historyPanel() const { return m_history; }
    IssuesPanel *issuesPanel() const { return m_issues; }
    // Checks the open article now (the window does it when typing pauses).
    void checkNow();
    // Asked before submitting an article with unresolved issues; true goes on. The default asks
    // with a message box.
    void setSubmitConfirmation(std::function<bool(const QList<app::Issue> &)> confirm);

    // Export: the open article as it will be published, and the site.
    Result<QString> previewHtml();
    void showPreview();
    Result<app::ExportReport> exportSite(const QString &directory, bool showProgress = true);

    // Nobody loses work: autosave, recovery after a crash, edit locks, revisions.
    bool autosaveNow();
    int autosaveCount() const { return m_autosaveCount; }
    QList<db::Autosave> recoverable();
    bool recover(qint64 autosaveId);
    void discardRecovered(const db::Autosave &slot);
    void offerRecovery(); // asks about each recovered text
    bool takeOver();
    void compareVersions(int from, int to);
    bool restoreVersion(int version);
    void copyBodyAsHtml();
    app::ArticleListModel *articleModel() const { return m_model; }
    QTableView *articleView() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QString statusText() const;
    QString personText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void readSettings();
    void writeSettings();
    void refreshFilters();
    void refreshStaff();
    void refreshHistory();
    void updateActions();
    void updateTitle();
    void updatePerson();
    void showError(const QString &title, const QString &message);
    bool maybeSave();
    void currentRowChanged(const QModelIndex &current);
    void chooseStore(bool create);
    void editLink();
    void openStaff();
    void showListMenu(const QPoint &position);
    void refreshChecker();
    void jumpTo(const app::Issue &issue);
    void editCheckSettings();
    void editNewsroomSettings();
    void chooseExportArticle();
    void chooseExportSite();
    void releaseCurrentLock();
    void clearAutosaveSlot();
    void scheduleAutosave();
    db::Article storedArticle();

    app::Newsroom m_newsroom;
    app::Actor m_actor;
    app::ArticleListModel *m_model = nullptr;

    QSplitter *m_splitter = nullptr;
    QTabBar *m_views = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_sectionFilter = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    ArticleEditor *m_editor = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    IssuesPanel *m_issues = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QTimer m_checkTimer;
    QTimer m_autosaveTimer; // a few seconds after typing pauses
    QTimer m_autosaveMaxTimer; // at least this often while typing goes on
    QTimer m_lockTimer; // renews the edit lock
    QString m_draftKey; // the autosave slot of a new article
    qint64 m_lockedArticle = 0;
    int m_autosaveCount = 0;
    QAction *m_takeOverAction = nullptr;
    std::function<bool(const QList<app::Issue> &)> m_confirmSubmit;
    QLabel *m_person = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_reading = nullptr;
    QTimer m_searchTimer;
    bool m_selecting = false;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_staffAction = nullptr;
    QAction *m_checkSettingsAction = nullptr;
    QAction *m_newsroomSettingsAction = nullptr;
    QList<QAction *> m_articleActions; // need an open article
    QList<QAction *> m_formatActions;
    QList<std::pair<app::Action, QAction *>> m_workflowActions;
};

} // namespace copydesk::ui
