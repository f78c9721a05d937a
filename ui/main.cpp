// The one executable: with a command it runs headless; without one it opens the window.

#include "cli/commandline.h"
#include "app/newsroom.h"
#include "ui/filedialogs.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    using copydesk::cli::CommandLine;
    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLine::Launch launch = CommandLine::launchFor(arguments);

    if (launch.headless) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine commandLine(out, err);
        const int code = commandLine.run(app.arguments());
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Copydesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/copydesk.svg")));

    QString path = launch.databasePath;
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("store/path")).toString();
    if (path.isEmpty())
        path = copydesk::app::Newsroom::defaultStorePath();

    copydesk::ui::MainWindow window;
    // A store that will not open (damaged, not ours, newer, on a network drive) is named with
    // the reason, and the person may open another one — a backup — instead.
    for (auto opened = window.openStore(path); !opened; opened = window.openStore(path)) {
        QMessageBox box(
            QMessageBox::Critical, QObject::tr("Copydesk"),
            QObject::tr("The store could not be opened:\n\n%1").arg(opened.errorString()));
        QPushButton *other = box.addButton(QObject::tr("Open a &Backup or Another Store…"),
                                           QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return 2;
        path = copydesk::ui::FileDialogs::openFileName(
            nullptr, QObject::tr("Open a Store"), QFileInfo(path).absolutePath(),
            QObject::tr("Copydesk stores (*.sqlite);;All files (*)"));
        if (path.isEmpty())
            return 2;
    }
    window.show();
    if (!window.welcomeIfNew())
        return 0;
    if (window.actor().id == 0 && !window.askSignIn())
        return 0;
    window.offerRecovery();
    return app.exec();
}
