#include "ui/previewdialog.h"

#include "ui/appearance.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace copydesk::ui {

PreviewDialog::PreviewDialog(const QString &headline, const QString &html, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_html(html)
{
    setWindowTitle(tr("Preview — %1").arg(headline));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Preview"));
    // The page as published: its own colours, light, whatever the window's appearance.
    m_browser->setPalette(Appearance::lightPalette());
    m_browser->setSearchPaths({ previewFolder() }); // the photos, in media/
    m_browser->setHtml(html);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *browser = buttons->addButton(tr("Open in &Browser"), QDialogButtonBox::ActionRole);
    browser->setObjectName(QStringLiteral("openInBrowser"));
    browser->setToolTip(tr("The page exactly as readers will see it, in your web browser"));
    connect(browser, &QPushButton::clicked, this, [this] {
        if (const auto opened = openInBrowser(); !opened)
            QMessageBox::warning(this, tr("Not opened"), opened.errorString());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 760);
}

QString PreviewDialog::previewFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("preview"));
}

QString PreviewDialog::previewFile()
{
    return QDir(previewFolder())
        .filePath(QStringLiteral("article-%1.html").arg(QCoreApplication::applicationPid()));
}

Result<QString> PreviewDialog::openInBrowser()
{
    const QString path = previewFile();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(Error::Kind::Failed,
                       tr("The preview could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(path), tr("the folder cannot be made")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_html.toUtf8()) < 0 || !file.commit())
        return failure(Error::Kind::Failed,
                       tr("The preview could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return failure(Error::Kind::Failed,
                       tr("No web browser opened %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace copydesk::ui
