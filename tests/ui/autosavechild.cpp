// A helper for tst_recovery: a real window (offscreen) where a person types; it prints
// "autosaved" once the window has kept the text in the store's autosave slot on its own, and
// then waits to be killed.
//   autosavechild STORE USERNAME [ARTICLE]   (password from COPYDESK_PASSWORD)

#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 1;
    copydesk::ui::MainWindow window;
    if (!window.openStore(QString::fromLocal8Bit(argv[1])))
        return 2;
    if (!window.signIn(QString::fromLocal8Bit(argv[2]), qEnvironmentVariable("COPYDESK_PASSWORD")))
        return 2;
    window.show();
    if (argc > 3) {
        if (!window.openArticle(QByteArray(argv[3]).toLongLong()))
            return 2;
        window.editor()->body()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor()->body(),
                         QStringLiteral(" Added after the last save, never saved."));
    } else {
        window.newArticle();
        QTest::keyClicks(window.editor()->headline(), QStringLiteral("Flood map goes live"));
        QTest::keyClicks(window.editor()->body(), QStringLiteral("Typed and never saved."));
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (window.autosaveCount() > 0) {
            std::printf("autosaved\n");
            std::fflush(stdout);
            poll.stop();
        }
    });
    poll.start(50);
    return app.exec();
}
