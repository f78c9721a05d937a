#include "ui/recoverydialog.h"

#include "ui/conflictdialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>

namespace copydesk::ui {

namespace {

QString recoveredText(const db::Autosave &slot)
{
    db::Article recovered;
    recovered.headline = slot.headline;
    recovered.standfirst = slot.standfirst;
    recovered.body = slot.body;
    return ConflictDialog::asText(recovered);
}

} // namespace

QString RecoveryDialog::caption(const db::Autosave &slot, const std::optional<db::Article> &saved)
{
    const QString when = QLocale().toString(slot.savedAt.toLocalTime(), QLocale::ShortFormat);
    if (saved)
        return tr("Unsaved changes to “%1” from %2 (saved version %3 → your text)")
            .arg(saved->headline, when)
            .arg(saved->version);
    return tr("A new article that was never saved, from %1").arg(when);
}

RecoveryDialog::RecoveryDialog(const db::Autosave &slot, const std::optional<db::Article> &saved,
                               QWidget *parent)
    : DiffDialog(tr("Recover Unsaved Text"), caption(slot, saved),
                 saved ? ConflictDialog::asText(*saved) : QString(), recoveredText(slot), parent)
{
    auto *buttons = findChild<QDialogButtonBox *>();
    QPushButton *recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    connect(recover, &QPushButton::clicked, this, &QDialog::accept);
    connect(discard, &QPushButton::clicked, this, [this] { done(Discard); });
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Later"));
}

} // namespace copydesk::ui
