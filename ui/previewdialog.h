#pragma once

#include <QDialog>

class QTextBrowser;

namespace copydesk::ui {

// The open article as it will be published: the exported page, links not followed.
class PreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(const QString &headline, const QString &html, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace copydesk::ui
