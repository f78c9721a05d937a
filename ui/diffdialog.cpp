#include "ui/diffdialog.h"

#include "app/body/worddiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace copydesk::ui {

DiffDialog::DiffDialog(const QString &title, const QString &caption, const QString &before,
                       const QString &after, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setWindowTitle(title);
    const auto segments = app::WordDiff::compare(before, after);
    const int changes = app::WordDiff::changes(segments);
    auto *label = new QLabel(caption + QStringLiteral(" — ")
                                 + (changes == 1 ? tr("1 change") : tr("%1 changes").arg(changes))
                                 + tr(": deleted words struck through, inserted ones underlined"),
                             this);
    label->setWordWrap(true);
    m_view->setHtml(QStringLiteral("<div style=\"font-size:11pt; line-height:150%\">")
                    + app::WordDiff::toHtml(segments) + QStringLiteral("</div>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 640);
}

} // namespace copydesk::ui
