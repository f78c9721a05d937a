#pragma once

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
    enum Choice { KeepEditing, TakeSaved, SaveMineAsCopy, KeepMineOnTop };

    // keepMineAllowed: the person may save their text as a new version on top of the saved one.
    ConflictDialog(const db::Article &mine, const db::Article &saved, bool keepMineAllowed,
                   const QString &why = {}, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QTextBrowser *differences() const { return m_diff; }

    static QString asText(const db::Article &article);

private:
    Choice m_choice = KeepEditing;
    QTextBrowser *m_diff;
};

} // namespace copydesk::ui
