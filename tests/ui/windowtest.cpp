#include "tests/ui/windowtest.h"

#include "app/newsroom.h"

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

} // namespace copydesk::test
