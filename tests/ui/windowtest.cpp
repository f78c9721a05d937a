#include "tests/ui/windowtest.h"

#include "app/newsroom.h"

#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QTest>

namespace copydesk::test {

WindowTest::WindowTest()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

std::unique_ptr<ui::MainWindow> WindowTest::openWindow(const QString &store) const
{
    auto w = std::make_unique<ui::MainWindow>();
    if (!w->openStore(store).ok())
        return nullptr;
    if (!w->newsroom().staff().personNamed(QStringLiteral("jane")).ok()
        && !w->newsroom()
                .staff()
                .createFirstAccount(QStringLiteral("jane"), QStringLiteral("Jane Doe"),
                                    QStringLiteral("correct horse"))
                .ok())
        return nullptr;
    if (!w->signIn(QStringLiteral("jane"), QStringLiteral("correct horse")).ok())
        return nullptr;
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    w->activateWindow();
    return w;
}

namespace {

// The clashes among one list of entries (a menu, a submenu, the menu bar), and its submenus'.
void findClashes(const QString &where, const QList<QAction *> &actions, QStringList &clashes)
{
    QMap<QChar, QString> keys;
    for (QAction *a : actions) {
        if (a->menu())
            findClashes(a->text(), a->menu()->actions(), clashes);
        QString text = a->text();
        text.remove(QStringLiteral("&&"));
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (a->isSeparator() || amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (keys.contains(key))
            clashes << QStringLiteral("%1: “%2” and “%3” share Alt+%4")
                           .arg(where, keys.value(key), a->text(), key);
        keys.insert(key, a->text());
    }
}

} // namespace

QStringList accessKeyClashes(const QMenuBar *bar)
{
    QStringList clashes;
    findClashes(QStringLiteral("the menu bar"), bar->actions(), clashes);
    return clashes;
}

} // namespace copydesk::test
