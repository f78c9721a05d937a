#pragma once

#include "db/records.h"

#include <QDialog>

namespace copydesk::ui {

// Shown when a save is refused because someone saved the article first: both texts side by
// side, and the choice of what to do. Nothing has been overwritten when it opens.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepEditing, TakeSaved, SaveMineAsCopy };

    ConflictDialog(const db::Article &mine, const db::Article &saved, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = KeepEditing;
};

} // namespace copydesk::ui
