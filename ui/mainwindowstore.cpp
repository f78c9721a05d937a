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

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
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
    if (m_session->isOpen() && (everything || articleIds.contains(m_session->articleId())))
        m_session->noticeStoreChange();
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
                    [this, view](quint64, const QList<db::ArticleSummary> &, int total,
                                 const QString &error) {
                        m_list->setViewCount(view, error.isEmpty() ? total : -1);
                    });
        }
        return loader.get();
    };
    db::ArticleQuery mine;
    mine.author = actor().username;
    counter(m_mineCount, ArticleListPanel::View::Mine)->load(mine, false, true);
    counter(m_queueCount, ArticleListPanel::View::ReviewQueue)
        ->load(m_newsroom.workflow().reviewQueue(actor()), false, true);
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
