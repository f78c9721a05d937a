#include "ui/program.h"

#include "app/newsroom.h"
#include "cli/commandline.h"
#include "ui/appearance.h"
#include "ui/filedialogs.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
}

// The messages of every layer in the person's language, when this build has it (built in under
// :/i18n from resources/translations), and Qt's own texts for the standard dialogs; otherwise
// the English source texts show. The translators must outlive the application's use of them.
void installTranslations(QTranslator &copydesk, QTranslator &qt)
{
    if (copydesk.load(QLocale(), QStringLiteral("copydesk"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&copydesk);
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

namespace copydesk::ui {

QString storeToOpen(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString last = QSettings().value(QStringLiteral("store/path")).toString();
    return last.isEmpty() ? app::Newsroom::defaultStorePath() : last;
}

bool openFirstStore(MainWindow &window, QString path)
{
    // A store that will not open (damaged, not ours, newer, on a network drive) is named with
    // the reason, and the person may open another one — a backup — instead.
    for (auto opened = window.openStore(path); !opened; opened = window.openStore(path)) {
        QMessageBox box(
            QMessageBox::Critical, QObject::tr("Copydesk"),
            QObject::tr("The store could not be opened:\n\n%1").arg(opened.errorString()));
        QPushButton *other = box.addButton(QObject::tr("Open a &Backup or Another Store…"),
                                           QMessageBox::AcceptRole);
        QPushButton *server
            = box.addButton(QObject::tr("Connect to a Newsroom &Server…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() == server) {
            // A server that wants a password (or was mistyped) is asked for again.
            if (!window.connectToServer(copydesk::app::Newsroom::isServerAddress(path) ? path
                                                                                       : QString()))
                return false;
            break;
        }
        if (box.clickedButton() != other)
            return false;
        path = copydesk::ui::FileDialogs::openFileName(
            nullptr, QObject::tr("Open a Store"),
            copydesk::app::Newsroom::isServerAddress(path) ? QString()
                                                           : QFileInfo(path).absolutePath(),
            QObject::tr("Copydesk stores (*.sqlite);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    return true;
}

int runProgram(int argc, char *argv[])
{
    using copydesk::cli::CommandLine;
    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLine::Launch launch = CommandLine::launchFor(arguments);

    if (launch.headless) {
        std::unique_ptr<QCoreApplication> application;
        if (launch.drawsText) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            // The platform's chatter (an offscreen platform without a runtime folder, fonts
            // looked up) is not the command's output: the command says what went wrong itself.
            qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                    if (type == QtCriticalMsg || type == QtFatalMsg)
                        std::fprintf(stderr, "%s\n",
                                     qPrintable(qFormatLogMessage(type, context, message)));
                });
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *application;
        describeApplication();
        QTranslator copydeskTranslator;
        QTranslator qtTranslator;
        installTranslations(copydeskTranslator, qtTranslator);
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
    QTranslator copydeskTranslator;
    QTranslator qtTranslator;
    installTranslations(copydeskTranslator, qtTranslator);
    QApplication::setApplicationDisplayName(QStringLiteral("Copydesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/copydesk.svg")));
    Appearance::apply(Appearance::saved()); // light or dark, as the system or the person says

    copydesk::ui::MainWindow window;
    if (!openFirstStore(window, storeToOpen(launch.databasePath)))
        return 2;
    window.show();
    if (!window.welcomeIfNew())
        return 0;
    if (window.actor().id == 0 && !window.askSignIn())
        return 0;
    window.offerRecovery();
    return app.exec();
}

} // namespace copydesk::ui
