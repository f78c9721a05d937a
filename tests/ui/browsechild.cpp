// A helper for tst_storefiles: a real window (offscreen) on a store that browses the store's
// own folder in the file dialog the window uses, then saves when told to and waits to be killed.
//   browsechild STORE USERNAME ARTICLE   (password from COPYDESK_PASSWORD)
// Prints "browsed" once the dialog has listed the folder and closed, reads a line from stdin,
// saves the article with a new headline and prints "saved".

#include "ui/articleeditor.h"
#include "ui/filedialogs.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QTest>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4)
        return 1;
    const QString store = QString::fromLocal8Bit(argv[1]);
    copydesk::ui::MainWindow window;
    if (!window.openStore(store))
        return 2;
    if (!window.signIn(QString::fromLocal8Bit(argv[2]), qEnvironmentVariable("COPYDESK_PASSWORD")))
        return 2;
    window.show();
    if (!window.openArticle(QByteArray(argv[3]).toLongLong()))
        return 2;

    // File ▸ Open Store…, on the folder that holds the store, with every file listed.
    const QString folder = QFileInfo(store).absolutePath();
    const auto dialog = copydesk::ui::FileDialogs::create(
        &window, QStringLiteral("Open Store"), folder,
        QStringLiteral("All files (*);;Copydesk stores (*.sqlite)"));
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model)
        return 3;
    bool loaded = false;
    QObject::connect(model, &QFileSystemModel::directoryLoaded, &app,
                     [&](const QString &path) { loaded = loaded || path == folder; });
    dialog->show();
    if (!QTest::qWaitFor([&] { return loaded; }, 30000))
        return 4;
    // The view asks for icons and types of what it shows: let it paint.
    for (int row = 0; row < model->rowCount(model->index(folder)); ++row) {
        const QModelIndex index = model->index(row, 0, model->index(folder));
        model->data(index, Qt::DecorationRole);
        model->data(index.siblingAtColumn(2), Qt::DisplayRole);
    }
    QTest::qWait(200);
    dialog->reject();
    std::printf("browsed\n");
    std::fflush(stdout);

    char line[64];
    if (!std::fgets(line, sizeof line, stdin))
        return 5;
    window.editor()->headline()->selectAll();
    QTest::keyClicks(window.editor()->headline(), QStringLiteral("Saved after browsing"));
    if (!window.save())
        return 6;
    std::printf("saved\n");
    std::fflush(stdout);
    return app.exec();
}
