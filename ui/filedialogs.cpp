#include "ui/filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QSortFilterProxyModel>

namespace copydesk::ui {

namespace {

// Icons and type names from the file name and stat() alone. Qt's providers ask QMimeDatabase,
// which reads the first bytes of any file whose name does not settle its type (a -wal file).
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return m_styleIcons.icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return m_styleIcons.icon(Drive);
        return m_styleIcons.icon(info.isDir() ? Folder : File);
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        const QString suffix = info.suffix();
        if (suffix.compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0)
            return QFileDialog::tr("Copydesk store");
        if (suffix.isEmpty())
            return QFileDialog::tr("File");
        return QFileDialog::tr("%1 File").arg(suffix.toUpper());
    }

private:
    QFileIconProvider m_styleIcons; // the style's standard icons: no file is read
};

NameOnlyIconProvider *iconProvider()
{
    static NameOnlyIconProvider provider; // outlives every dialog
    return &provider;
}

// Hides a store's companion files, which no one should pick.
class CompanionFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *model = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (!model)
            return true;
        return !FileDialogs::isStoreCompanion(model->fileName(model->index(row, 0, parent)));
    }
};

} // namespace

bool FileDialogs::isStoreCompanion(const QString &fileName)
{
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        if (fileName.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

std::unique_ptr<QFileDialog> FileDialogs::create(QWidget *parent, const QString &caption,
                                                 const QString &directory, const QString &filter)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, directory, filter);
    // The icon provider goes in before the dialog lists anything.
    dialog->setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog->setIconProvider(iconProvider());
    dialog->setProxyModel(new CompanionFilter(dialog.get()));
    return dialog;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter)
{
    const auto dialog = create(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                  const QString &filter)
{
    const auto dialog = create(parent, caption, path, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption,
                                       const QString &directory)
{
    const auto dialog = create(parent, caption, directory, {});
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

} // namespace copydesk::ui
