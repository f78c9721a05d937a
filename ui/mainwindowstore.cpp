// MainWindow and its newsroom: opening a store file or a newsroom server, signing in (as the
// person's own login on a server), following what others change, and a server that goes away.
// The window's layout and editing are in mainwindow.cpp, its menus in mainwindowmenus.cpp.

#include "app/articles/articlelistmodel.h"
#include "app/articles/editsession.h"
#include "app/articles/listloader.h"
#include "app/articles/livenewsroom.h"
#include "ui/articlelistpanel.h"
#include "ui/mainwindow.h"
#include "ui/serverdialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QUrl>

namespace copydesk::ui {

Result<void> MainWindow::openStore(const QString &path, const QString &password)
{
    app::Newsroom candidate;
    candidate.setServerPassword(password);
    // Try the new store first so a failure leaves the open one alone.
    if (auto r = candidate.open(path, app::Newsroom::OpenMode::CreateIfMissing); !r)
        return r;
    candidate.close();
    m_session->close();
    m_live->stop();
    m_newsroom.close();
    m_newsroom.setServerPassword(password);
    if (auto r = m_newsroom.open(path, app::Newsroom::OpenMode::CreateIfMissing); !r)
        return r;
    m_session->setActor({});
    refreshFilters();
    refreshStaff();
    setView(m_list->currentView());
    QSettings().setValue(QStringLiteral("store/path"), m_newsroom.path());
    updatePerson();
    updateActions();
    updateTitle();
    refreshHistory();
    reloadReview();
    const QString shown = shownStore();
    m_store->setText(m_newsroom.isServer() ? tr("Newsroom: %1").arg(m_newsroom.displayName())
                                           : tr("Store: %1").arg(m_newsroom.displayName()));
    m_store->setToolTip(shown);
    m_live->start();
    refreshViewCounts();
    statusBar()->showMessage(tr("Opened %1").arg(shown), 5000);
    return {};
}

void MainWindow::followNewsroom(const QSet<qint64> &articleIds, bool everything)
{
    if (!m_newsroom.isOpen())
        return;
    // The list keeps the open article selected as it reloads.
    m_list->model()->reload();
    refreshViewCounts();
    if (m_session->isOpen() && (everything || articleIds.contains(m_session->articleId()))) {
        m_session->noticeStoreChange();
        // Others' comments and suggestions, as they make them.
        reloadReview();
    }
}

void MainWindow::serverLost(const QString &message)
{
    m_offline->show();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::serverBack()
{
    m_offline->hide();
    statusBar()->showMessage(tr("The newsroom server is back"), 5000);
    // What was kept here while it was away goes into the store, then the save that was asked
    // for meanwhile is made, with the usual version check.
    (void)m_session->flushLocalRecovery();
    if (m_session->holdsLock())
        m_session->renewLock();
    // The save asked for meanwhile, if that article (or new draft) is still the one open.
    const bool same = m_session->isOpen() && m_session->articleId() == m_pendingArticle
        && (m_pendingArticle > 0 || m_session->draftKey() == m_pendingDraft);
    if (m_pendingSave && same && m_session->isModified()) {
        const QString note = m_pendingNote;
        m_pendingSave = false;
        const auto version = m_session->save(note, m_pendingChange);
        if (version) {
            statusBar()->showMessage(tr("The newsroom server is back: saved “%1”, version %2")
                                         .arg(m_session->article().headline)
                                         .arg(*version),
                                     8000);
        } else if (m_session->conflict()) {
            settleConflict();
        } else if (version.error().kind == Error::Kind::Unreachable) {
            m_pendingSave = true; // away again
        } else {
            // Refused now for another reason (published meanwhile, no longer permitted): the
            // person hears why; the text stays in the editor and in the store's autosave.
            (void)m_session->autosaveNow();
            showError(tr("Not saved"),
                      version.errorString() + tr("\n\nYour text is still in the editor."));
        }
    }
    m_pendingSave = m_pendingSave && same;
    m_list->model()->reload();
    refreshViewCounts();
    updateActions();
    updateTitle();
}

void MainWindow::refreshViewCounts()
{
    // Another store or another person: their queue is learnt afresh, nothing in it is news.
    const QString owner = m_newsroom.path() + QLatin1Char('\n') + QString::number(actor().id);
    if (owner != m_queueOwner) {
        m_queueOwner = owner;
        m_queueKnown = false;
        m_queueNotice.clear();
        clearQueueNews();
    }
    if (!m_newsroom.isOpen() || actor().id == 0) {
        // A count still running for the store or the person before must not come back.
        for (const auto *loader : { &m_mineCount, &m_queueCount })
            if (*loader)
                (*loader)->cancel();
        m_list->setViewCount(ArticleListPanel::View::Mine, -1);
        m_list->setViewCount(ArticleListPanel::View::ReviewQueue, -1);
        return;
    }
    // Counted in the background: on a large archive a count reads many rows, and the window
    // does not wait for a number on a tab. A newer count replaces one still running.
    auto counter = [this](std::unique_ptr<app::ListLoader> &loader, ArticleListPanel::View view) {
        if (!loader) {
            loader = std::make_unique<app::ListLoader>(m_newsroom);
            connect(loader.get(), &app::ListLoader::loaded, this,
                    [this, view](quint64, const QList<db::ArticleSummary> &rows, int total,
                                 const QString &error) {
                        m_list->setViewCount(view, error.isEmpty() ? total : -1);
                        if (view == ArticleListPanel::View::ReviewQueue && error.isEmpty())
                            noticeQueue(rows);
                    });
        }
        return loader.get();
    };
    db::ArticleQuery mine;
    mine.author = actor().username;
    counter(m_mineCount, ArticleListPanel::View::Mine)->load(mine, false, true);
    // The queue's rows too, all of any queue a desk keeps: what arrived in it since the last
    // look is announced.
    db::ArticleQuery queue = m_newsroom.workflow().reviewQueue(actor());
    queue.limit = 1000;
    counter(m_queueCount, ArticleListPanel::View::ReviewQueue)->load(queue, true, true);
}

void MainWindow::noticeQueue(const QList<db::ArticleSummary> &rows)
{
    QSet<qint64> ids;
    QMap<qint64, QString> arrived;
    for (const db::ArticleSummary &row : rows) {
        ids.insert(row.id);
        if (m_queueKnown && m_queueFromOthers && !m_queueIds.contains(row.id)
            && !m_queueNews.contains(row.id))
            arrived.insert(row.id, row.headline);
    }
    for (auto it = m_queueNews.begin(); it != m_queueNews.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_queueNews.erase(it);
    m_queueNews.insert(arrived);
    m_queueIds = ids;
    m_queueKnown = true;
    m_queueFromOthers = false;
    if (m_list->currentView() == ArticleListPanel::View::ReviewQueue && isActiveWindow())
        m_queueNews.clear(); // seen as it arrives
    m_list->setViewNews(ArticleListPanel::View::ReviewQueue, m_queueNews.values());
    if (m_queueNews.isEmpty() && m_tray)
        m_tray->hide();
    if (arrived.isEmpty())
        return;

    // Said in the window; and, when the window is in the background, by the desktop: the
    // taskbar entry asks for attention and the tray shows a notification.
    const QStringList headlines = arrived.values();
    m_queueNotice = headlines.size() == 1
        ? tr("New in your review queue: “%1”").arg(headlines.first())
        : tr("%1 new articles in your review queue: %2")
              .arg(headlines.size())
              .arg(headlines.join(QStringLiteral("; ")));
    statusBar()->showMessage(m_queueNotice, 10000);
    if (isActiveWindow())
        return;
    QApplication::alert(this);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Copydesk: new in your review queue"));
        auto showQueue = [this] {
            showNormal();
            raise();
            activateWindow();
            setView(ArticleListPanel::View::ReviewQueue);
        };
        connect(m_tray, &QSystemTrayIcon::activated, this, showQueue);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, showQueue);
    }
    m_tray->show();
    m_tray->showMessage(tr("Review Queue"), m_queueNotice);
}

void MainWindow::clearQueueNews()
{
    m_queueNews.clear();
    m_list->setViewNews(ArticleListPanel::View::ReviewQueue, {});
    if (m_tray)
        m_tray->hide();
}

QString MainWindow::shownStore() const
{
    return m_newsroom.isServer() ? m_newsroom.path() : QDir::toNativeSeparators(m_newsroom.path());
}

bool MainWindow::connectToServer(const QString &suggested)
{
    ServerDialog dialog(
        [this](const QString &address, const QString &password) {
            const auto opened = openStore(address, password);
            if (!opened)
                return opened.errorString();
            // A person's own login is the person: signed in with the same password, without
            // asking again (the sign-in dialog follows only when that does not work).
            const QString login = QUrl(address).userName();
            if (!login.isEmpty() && !password.isEmpty())
                (void)signIn(login, password);
            return QString();
        },
        this);
    if (!suggested.isEmpty())
        dialog.setAddress(suggested);
    return dialog.exec() == QDialog::Accepted;
}

Result<void> MainWindow::signIn(const QString &username, const QString &password)
{
    // On a newsroom server each person works through their own login: signing in as someone
    // else than the login connected is connecting again as theirs, with the same password.
    if (m_newsroom.isServer()) {
        QUrl login(m_newsroom.path());
        if (login.userName().compare(username, Qt::CaseInsensitive) != 0) {
            login.setUserName(username);
            if (auto r = openStore(login.toString(), password); !r)
                return r.error();
        }
    }
    const auto signedIn = m_newsroom.staff().signIn(username, password);
    if (!signedIn)
        return signedIn.error();
    m_session->setActor(*signedIn); // releases the lock the previous person held
    // Remembered with its store: another store never offers this one's username.
    QSettings settings;
    settings.setValue(QStringLiteral("session/username"), actor().username);
    settings.setValue(QStringLiteral("session/store"), m_newsroom.path());
    applyPersonalView();
    refreshStaff();
    if (m_session->isOpen() && m_session->articleId() > 0)
        openArticle(m_session->articleId());
    else
        closeArticle();
    setView(m_list->currentView());
    refreshViewCounts();
    updatePerson();
    updateActions();
    return {};
}

} // namespace copydesk::ui
