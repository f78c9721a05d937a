#include "ui/checksettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace copydesk::ui {

CheckSettingsDialog::CheckSettingsDialog(const app::CheckOptions &options, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Spelling and Style Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Checks for the whole newsroom:"), this));
    for (const QString &kind : app::Checker::kinds()) {
        auto *box = new QCheckBox(app::Checker::kindLabel(kind), this);
        box->setChecked(!options.disabled.contains(kind));
        layout->addWidget(box);
        m_boxes.append({ kind, box });
    }
    auto *caps = new QCheckBox(tr("Skip words in capitals (NATO, BBC)"), this);
    caps->setChecked(options.skipAllCaps);
    layout->addWidget(caps);
    m_boxes.append({ QStringLiteral("skip-all-caps"), caps });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<std::pair<QString, bool>> CheckSettingsDialog::checks() const
{
    QList<std::pair<QString, bool>> checks;
    for (const auto &[kind, box] : m_boxes)
        checks.append({ kind, box->isChecked() });
    return checks;
}

} // namespace copydesk::ui
