#pragma once

#include "app/articles/editsession.h"
#include "db/records.h"

#include <QDialog>

class QTextBrowser;

namespace copydesk::ui {

// Shown when a save is refused because someone saved the article first (or took it over):
// both texts, the differences, and the choice of what to do. Nothing has been overwritten when
// it opens.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    using Choice = app::EditSession::Resolution;

    // What the session found: both texts, and whether the person may save theirs on top.
    explicit ConflictDialog(const app::SaveConflict &conflict, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QTextBrowser *differences() const { return m_diff; }

    static QString asText(const db::Article &article);

private:
    Choice m_choice = Choice::KeepEditing;
    QTextBrowser *m_diff;
};

} // namespace copydesk::ui
