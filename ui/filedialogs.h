#pragma once

#include <QFileDialog>
#include <QString>

#include <memory>

namespace copydesk::ui {

// Every file dialog of the program, made one way: Qt's own widget dialog with an icon provider
// that decides icons and types from names alone, and without a store's -wal, -shm and -journal
// files. A native or default dialog opens the files it lists to sniff their MIME type, and on
// POSIX closing any descriptor of the store's files drops all the locks SQLite holds on them:
// the next program to finish with the store then deletes the WAL under the window
// (DESIGN.md §6). Nothing but SQLite may open them.
class FileDialogs final
{
public:
    static std::unique_ptr<QFileDialog> create(QWidget *parent, const QString &caption,
                                               const QString &directory, const QString &filter);

    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption,
                                     const QString &directory);

    // SQLite's companion files of a store, which a dialog never lists.
    static bool isStoreCompanion(const QString &fileName);
};

} // namespace copydesk::ui
