#pragma once

#include "app/core/result.h"

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace copydesk::ui {

// The open article as it will be published: the exported page, links not followed. Qt's rich
// text shows its text and structure but not the site's style sheet (custom properties, rem);
// Open in Browser shows the page exactly as readers will see it, in the person's own browser
// (through QDesktopServices: a browser engine inside the program, Qt WebEngine, would add some
// 200 MB to every installer for a preview).
class PreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(const QString &headline, const QString &html, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    // Writes the page where the browser can read it (the cache folder, one file for each
    // running program, replaced by its next preview) and opens it there; the file, or why not.
    Result<QString> openInBrowser();
    static QString previewFile();
    // Where that file goes, with the photos of the preview in media/ beside it.
    static QString previewFolder();

private:
    QTextBrowser *m_browser;
    QString m_html;
};

} // namespace copydesk::ui
