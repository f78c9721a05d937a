#pragma once

#include <QDialog>

class QTextBrowser;

namespace copydesk::ui {

// Shows a word-level comparison of two texts: deletions struck through, insertions underlined.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    DiffDialog(const QString &title, const QString &caption, const QString &before,
               const QString &after, QWidget *parent = nullptr);
    QTextBrowser *view() const { return m_view; }

private:
    QTextBrowser *m_view;
};

} // namespace copydesk::ui
