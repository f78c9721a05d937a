#include "ui/conflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace copydesk::ui {

namespace {

QString asText(const db::Article &a)
{
    return a.headline + QStringLiteral("\n\n") + a.standfirst + QStringLiteral("\n\n") + a.body;
}

} // namespace

ConflictDialog::ConflictDialog(const db::Article &mine, const db::Article &saved, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Someone saved this article first"));
    auto *explanation = new QLabel(
        tr("<p><b>%1</b> was saved by someone else while you were editing it (it is now at "
           "version %2; you started from version %3). Your text has not been saved and "
           "nothing was overwritten.</p>")
            .arg(saved.headline.toHtmlEscaped())
            .arg(saved.version)
            .arg(mine.version),
        this);
    explanation->setWordWrap(true);

    auto *yours = new QPlainTextEdit(asText(mine), this);
    yours->setReadOnly(true);
    auto *theirs = new QPlainTextEdit(asText(saved), this);
    theirs->setReadOnly(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copy
        = buttons->addButton(tr("Save Mine as a &Copy"), QDialogButtonBox::AcceptRole);
    QPushButton *take
        = buttons->addButton(tr("&Take the Saved Version"), QDialogButtonBox::DestructiveRole);
    QPushButton *keep = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    connect(copy, &QPushButton::clicked, this, [this] {
        m_choice = SaveMineAsCopy;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = TakeSaved;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = KeepEditing;
        reject();
    });

    auto *layout = new QGridLayout(this);
    layout->addWidget(explanation, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Your text (not saved)"), this), 1, 0);
    layout->addWidget(new QLabel(tr("Saved version %1, %2")
                                     .arg(saved.version)
                                     .arg(QLocale().toString(saved.updatedAt.toLocalTime(),
                                                             QLocale::ShortFormat)),
                                 this),
                      1, 1);
    layout->addWidget(yours, 2, 0);
    layout->addWidget(theirs, 2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);
    resize(900, 560);
}

} // namespace copydesk::ui
