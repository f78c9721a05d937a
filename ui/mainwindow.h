#pragma once

#include "app/export/siteexporter.h"
#include "app/newsroom.h"
#include "ui/articlelistpanel.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QPagedPaintDevice;

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QSystemTrayIcon;
class QToolBar;

namespace copydesk::app {
class ListLoader;
class ArticleListModel;
class EditSession;
class LiveNewsroom;
} // namespace copydesk::app

namespace copydesk::ui {

class ArticleEditor;
class CommentsPanel;
class HistoryPanel;
class PhotoDesk;
class ReviewDesk;
class IssuesPanel;

// The main window: the article list (views, filters, search, sort) beside the editor of one
// article, the workflow actions, and the history of the open article. It lays out widgets and
// wires them to the edit session (app::EditSession), which owns opening, saving, conflicts,
// autosave, locks and recovery; the window shows what the session reports.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    using View = ArticleListPanel::View;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store file (creating it if new) or a newsroom server's address (with the server
    // login's password, if it needs one). On failure the message is returned and the window
    // keeps the store it had. The person must sign in again on the new store.
    Result<void> openStore(const QString &path, const QString &password = {});
    // File ▸ Connect to Newsroom Server…: asks for the server until it connects or the person
    // cancels; suggested fills the fields (an address that failed). True once connected.
    bool connectToServer(const QString &suggested = {});
    // The open store as a person reads it: a file's native path, or the server address.
    QString shownStore() const;
    // On a new, empty store: the first-run welcome, which also signs the new account in.
    // Returns false if the person cancelled.
    bool welcomeIfNew();
    // Asks for a username and password until they are right; false if the person cancelled.
    // The person last signed in on this store is offered, unless switching to someone else.
    bool askSignIn(bool switching = false);
    // Signs in without a dialog; the error says why not.
    Result<void> signIn(const QString &username, const QString &password);
    const app::Actor &actor() const;

    bool newArticle();
    bool openArticle(qint64 id);
    bool save();
    bool closeArticle();
    // Runs a workflow action on the open article; the note is asked for when needed and empty.
    bool runAction(app::Action action, const QString &note = {});
    QAction *workflowAction(app::Action action) const;
    // The workflow step that matters for the open article, stressed on the toolbar; or none.
    QAction *primaryWorkflowAction() const { return m_primaryAction; }
    // The last announcement of articles new in the review queue (the status bar's, and the
    // tray's when the window was in the background).
    QString queueNotice() const { return m_queueNotice; }
    void setView(View view);

    app::Newsroom &newsroom() { return m_newsroom; }
    app::EditSession *session() const { return m_session.get(); }
    ArticleEditor *editor() const { return m_editor; }
    HistoryPanel *historyPanel() const { return m_history; }
    IssuesPanel *issuesPanel() const { return m_issues; }
    // Review on the text: the comments beside the body (mainwindowreview.cpp).
    ReviewDesk *review() const { return m_review; }
    PhotoDesk *photos() const { return m_photos; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    // Review ▸ Insert Comment… and Suggest Edit…: asks for the text, on the selection.
    bool askComment();
    bool askSuggestion();
    // Checks the open article now (the window does it when typing pauses).
    void checkNow();
    // Asked before submitting an article with unresolved issues; true goes on. The default asks
    // with a message box.
    void setSubmitConfirmation(std::function<bool(const QList<app::Issue> &)> confirm);

    // Export: the open article as it will be published, and the site.
    Result<QString> previewHtml();
    // File ▸ Print Proof…: the open article as edited, with its open issues, on a printer or a
    // PDF chosen in the print dialog; printProofOn paints it on any paged device (pages).
    void printProof();
    int printProofOn(QPagedPaintDevice *device);
    void showPreview();
    Result<app::ExportReport> exportSite(const QString &directory, bool showProgress = true);

    // Import: text, Markdown and HTML files become drafts; a WordPress export is previewed,
    // imported with a progress bar and reported (each a dialog). Returns the articles stored.
    Result<int> importFiles(const QStringList &files);

    // Nobody loses work: autosave, recovery after a crash, edit locks, revisions.
    bool autosaveNow();
    int autosaveCount() const;
    QList<db::Autosave> recoverable();
    bool recover(qint64 autosaveId);
    void discardRecovered(const db::Autosave &slot);
    void offerRecovery(); // asks about each recovered text
    bool takeOver();
    void compareVersions(int from, int to);
    bool restoreVersion(int version);
    void copyBodyAsHtml();
    app::ArticleListModel *articleModel() const;
    QTableView *articleView() const;
    QLineEdit *searchBox() const;
    QString statusText() const;
    QString personText() const;
    // View ▸ Focus Mode: only the article being written, the list, panels and toolbars folded
    // away until it is switched off again.
    void setFocusMode(bool on);
    bool isFocusMode() const;
    // View ▸ Zoom: the body's text a step larger (positive) or smaller; 0 is the usual size.
    // Kept per person on this computer.
    void setTextZoom(int steps);
    int textZoom() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    void createReview();
    void createReviewMenu();
    void createPhotos();
    void createInsertMenu();
    QList<app::Issue> photoIssues(app::Checker *checker);
    // What the Review menu offers for the open article as stored.
    void updateReviewActions(const db::Article &stored);
    void reloadReview();
    void applyPersonalView(); // the signed-in person's zoom
    void createWidgets();
    void connectWidgets();
    void connectSession();
    // Shows what the session has open: the editor (writable or not, and why) or nothing.
    void showSession();
    bool settleConflict();
    void readSettings();
    void writeSettings();
    void refreshFilters();
    void refreshStaff();
    void refreshHistory();
    // Someone else changed these articles (or, with everything, something in the store): the
    // list, the queue counts and the open article follow.
    void followNewsroom(const QSet<qint64> &articleIds, bool everything);
    void refreshViewCounts();
    // The review queue as last read: announces what arrived in it through someone else's work.
    void noticeQueue(const QList<db::ArticleSummary> &rows);
    void clearQueueNews();
    void serverLost(const QString &message);
    void serverBack();
    void updateActions();
    void stressPrimaryStep();
    void updateTitle();
    void updatePerson();
    void showError(const QString &title, const QString &message);
    bool maybeSave();
    void articleChosen(qint64 id);
    void chooseStore(bool create);
    void editLink();
    void openStaff();
    void showListMenu(const QPoint &position);
    void refreshChecker();
    void editCheckSettings();
    void openHouseStyle();
    void showCounts(int words);
    void applyHouseStyle();
    void editNewsroomSettings();
    void chooseExportArticle();
    void chooseExportSite();
    void chooseImport();
    // One WordPress export: preview, import, report. 0 when the person cancelled.
    Result<int> importSite(const QString &file);
    db::Article storedArticle();

    app::Newsroom m_newsroom;
    std::unique_ptr<app::EditSession> m_session; // destroyed before the newsroom
    // The numbers on the My Articles and Review Queue tabs, counted in the background.
    std::unique_ptr<app::ListLoader> m_mineCount;
    std::unique_ptr<app::ListLoader> m_queueCount;
    // What the review queue held at the last look, and what arrived since (id, headline).
    QString m_queueOwner; // the store and person the queue is of
    QSet<qint64> m_queueIds;
    bool m_queueKnown = false;
    bool m_queueFromOthers = false;
    QMap<qint64, QString> m_queueNews;
    QString m_queueNotice;
    QSystemTrayIcon *m_tray = nullptr;

    QSplitter *m_splitter = nullptr;
    ArticleListPanel *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    ArticleEditor *m_editor = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    IssuesPanel *m_issues = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    CommentsPanel *m_comments = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    ReviewDesk *m_review = nullptr;
    PhotoDesk *m_photos = nullptr;
    QAction *m_commentAction = nullptr;
    QAction *m_suggestAction = nullptr;
    QAction *m_acceptAllAction = nullptr;
    QTimer m_checkTimer;
    QAction *m_takeOverAction = nullptr;
    std::function<bool(const QList<app::Issue> &)> m_confirmSubmit;
    QLabel *m_person = nullptr;
    QLabel *m_store = nullptr;
    QLabel *m_offline = nullptr; // shown while the newsroom server is out of reach
    app::LiveNewsroom *m_live = nullptr;
    // A save asked for while the server was out of reach, done when it is back.
    bool m_pendingSave = false;
    QString m_pendingNote;
    app::ArticleService::Change m_pendingChange = app::ArticleService::Change::Ordinary;
    qint64 m_pendingArticle = 0; // which article it was for (or, new, which draft)
    QString m_pendingDraft;
    QLabel *m_words = nullptr;
    QAction *m_focusAction = nullptr;
    QToolBar *m_panelsBar = nullptr;
    QToolBar *m_workflowBar = nullptr;
    QAction *m_primaryAction = nullptr; // the workflow step stressed for the open article
    QAction *m_fullScreenAction = nullptr;
    // What focus mode folded away, to be shown again (widgets that were visible).
    QList<QWidget *> m_foldedAway;
    QByteArray m_splitterBeforeFocus;
    QLabel *m_reading = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_staffAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_checkSettingsAction = nullptr;
    QAction *m_houseStyleAction = nullptr;
    QAction *m_newsroomSettingsAction = nullptr;
    QList<QAction *> m_articleActions; // need an open article
    QList<QAction *> m_formatActions;
    QList<std::pair<app::Action, QAction *>> m_workflowActions;
};

} // namespace copydesk::ui
