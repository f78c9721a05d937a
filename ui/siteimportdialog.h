#pragma once

#include "app/import/wordpressimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace copydesk::ui {

// A WordPress export before it is imported (what it would bring: counts by kind, the first
// posts, new people and sections, slugs already taken; Import or Cancel), or after (the report:
// what was done, what was skipped and why, what was changed in each post on the way in).
class SiteImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Preview, Report };

    SiteImportDialog(const app::SiteImport &site, Stage stage, QWidget *parent = nullptr);

    // The posts listed: all of them in a report, the first ones in a preview.
    QTreeWidget *posts() const { return m_posts; }
    QString summary() const;
    QString details() const;

    // How many posts a preview lists.
    static constexpr int PreviewPosts = 20;

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_posts = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace copydesk::ui
