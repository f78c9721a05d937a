#pragma once

#include "db/records.h"
#include "ui/diffdialog.h"

#include <optional>

namespace copydesk::ui {

// Offers one text kept before a crash: what it changes against the saved article (or that it
// is a new article never saved), and whether to recover it now, discard it or decide later.
class RecoveryDialog final : public DiffDialog
{
    Q_OBJECT

public:
    enum Answer { Later = QDialog::Rejected, Recover = QDialog::Accepted, Discard };

    // saved: the article as stored, for a slot of a saved article.
    RecoveryDialog(const db::Autosave &slot, const std::optional<db::Article> &saved,
                   QWidget *parent = nullptr);

private:
    static QString caption(const db::Autosave &slot, const std::optional<db::Article> &saved);
};

} // namespace copydesk::ui
