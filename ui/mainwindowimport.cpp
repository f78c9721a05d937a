// MainWindow's imports: File ▸ Import… and files dropped on the window. Text, Markdown and HTML
// files become drafts at once; a WordPress export is previewed first, imported with a progress
// bar that can cancel (leaving the store as it was), and reported at the end.

#include "app/articles/articlelistmodel.h"
#include "app/import/textimport.h"
#include "ui/articlelistpanel.h"
#include "ui/filedialogs.h"
#include "ui/mainwindow.h"
#include "ui/siteimportdialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

namespace copydesk::ui {

namespace {

bool isImportable(const QString &path)
{
    static const QStringList suffixes { QStringLiteral("txt"),   QStringLiteral("text"),
                                        QStringLiteral("md"),    QStringLiteral("markdown"),
                                        QStringLiteral("html"),  QStringLiteral("htm"),
                                        QStringLiteral("xhtml"), QStringLiteral("xml") };
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const auto urls = data->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile() && isImportable(url.toLocalFile()))
            files << url.toLocalFile();
    return files;
}

} // namespace

void MainWindow::chooseImport()
{
    auto dialog = FileDialogs::create(
        this, tr("Import Articles"), QSettings().value(QStringLiteral("import/folder")).toString(),
        tr("Articles and WordPress exports (*.txt *.md *.markdown *.html *.htm *.xml);;"
           "All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return;
    const QStringList files = dialog->selectedFiles();
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(files.first()).absolutePath());
    if (auto r = importFiles(files); !r)
        showError(tr("Not imported"), r.errorString());
}

Result<int> MainWindow::importFiles(const QStringList &files)
{
    if (!maybeSave())
        return 0;
    QStringList exports;
    QList<app::IncomingArticle> incoming;
    // Every text file is read and checked before anything is stored.
    for (const QString &file : files) {
        if (app::WordPressImport::isExport(file)) {
            exports << file;
            continue;
        }
        const auto text = app::TextImport::readFile(file);
        if (!text)
            return text.error();
        incoming.append({ file, text->headline, {}, text->body });
    }
    // The exports first, each previewed: a refused one leaves the text files unstored too.
    int imported = 0;
    for (const QString &file : std::as_const(exports)) {
        const auto site = importSite(file);
        if (!site)
            return imported == 0
                ? site.error()
                : Error {
                      site.error().kind,
                      tr("%1 (the exports before it were imported)").arg(site.error().message)
                  };
        imported += *site;
    }
    if (!incoming.isEmpty()) {
        const auto stored = m_newsroom.archive().importArticles(actor(), incoming, {});
        if (!stored)
            return stored.error();
        imported += int(stored->size());
        statusBar()->showMessage(
            stored->size() == 1
                ? tr("Imported “%1” as a draft").arg(stored->first().article.headline)
                : tr("Imported %1 drafts").arg(stored->size()),
            8000);
    }
    followNewsroom({}, true);
    refreshFilters();
    refreshStaff();
    return imported;
}

Result<int> MainWindow::importSite(const QString &file)
{
    app::WordPressImport &wordpress = m_newsroom.wordpress();
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(file).fileName()), tr("Cancel"), 0,
                             1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const auto preview = wordpress.preview(actor(), file, report);
    const bool stopped = progress.wasCanceled(); // reset() forgets it
    progress.reset();
    if (!preview)
        return stopped ? Result<int>(0) : Result<int>(preview.error());

    SiteImportDialog ask(*preview, SiteImportDialog::Stage::Preview, this);
    if (ask.exec() != QDialog::Accepted)
        return 0;

    progress.setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    progress.setValue(0);
    const auto done = wordpress.run(actor(), file, report);
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!done) {
        if (cancelled) {
            statusBar()->showMessage(tr("Import cancelled; nothing was imported"), 8000);
            return 0;
        }
        return done.error();
    }
    SiteImportDialog result(*done, SiteImportDialog::Stage::Report, this);
    result.exec();
    return done->created + done->updated;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (actor().id > 0 && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || actor().id == 0) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // After the drop has finished: a dialog inside a drop handler blocks the source's drag.
    QMetaObject::invokeMethod(
        this,
        [this, files] {
            if (auto r = importFiles(files); !r)
                showError(tr("Not imported"), r.errorString());
        },
        Qt::QueuedConnection);
}

} // namespace copydesk::ui
