#include "ui/conflictdialog.h"

#include "app/body/worddiff.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>

namespace copydesk::ui {

QString ConflictDialog::asText(const db::Article &a)
{
    return a.headline + QStringLiteral("\n\n") + a.standfirst + QStringLiteral("\n\n") + a.body;
}

ConflictDialog::ConflictDialog(const app::SaveConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_diff(new QTextBrowser(this))
{
    const db::Article &mine = conflict.mine;
    const db::Article &saved = conflict.saved;
    const bool keepMineAllowed = conflict.keepMineAllowed;
    const QString &why = conflict.reason;
    setWindowTitle(tr("Someone saved this article first"));
    const QString reason = why.isEmpty() ? tr("<b>%1</b> was saved by someone else while you were "
                                              "editing it (it is now at version %2; you "
                                              "started from version %3).")
                                               .arg(saved.headline.toHtmlEscaped())
                                               .arg(saved.version)
                                               .arg(mine.version)
                                         : why.toHtmlEscaped();
    // A reason from app/ is a sentence fragment ("… is editing article 3 on LAPTOP-3 (since
    // 14:02); nothing was saved"): it gets its full stop here.
    const QString sentence = reason.endsWith(QLatin1Char('.')) ? reason : reason + QLatin1Char('.');
    auto *explanation = new QLabel(
        tr("<p>%1 Your text has not been saved and nothing was overwritten.</p>").arg(sentence),
        this);
    explanation->setWordWrap(true);

    auto *yours = new QPlainTextEdit(asText(mine), this);
    yours->setReadOnly(true);
    auto *theirs = new QPlainTextEdit(asText(saved), this);
    theirs->setReadOnly(true);
    m_diff->setHtml(QStringLiteral("<div style=\"line-height:150%\">")
                    + app::WordDiff::toHtml(app::WordDiff::compare(asText(saved), asText(mine)))
                    + QStringLiteral("</div>"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_diff, tr("Differences (saved → yours)"));
    auto *sideBySide = new QWidget(this);
    auto *grid = new QGridLayout(sideBySide);
    grid->addWidget(new QLabel(tr("Your text (not saved)"), sideBySide), 0, 0);
    grid->addWidget(new QLabel(tr("Saved version %1, %2")
                                   .arg(saved.version)
                                   .arg(QLocale().toString(saved.updatedAt.toLocalTime(),
                                                           QLocale::ShortFormat)),
                               sideBySide),
                    0, 1);
    grid->addWidget(yours, 1, 0);
    grid->addWidget(theirs, 1, 1);
    tabs->addTab(sideBySide, tr("Side by side"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *top = buttons->addButton(tr("Keep &Mine on Top"), QDialogButtonBox::AcceptRole);
    top->setEnabled(keepMineAllowed);
    top->setToolTip(
        keepMineAllowed
            ? tr("Save your text as a new version after the saved one; both stay in the history")
            : tr("You may not save over this article now"));
    QPushButton *copy
        = buttons->addButton(tr("Save Mine as a &Copy"), QDialogButtonBox::AcceptRole);
    QPushButton *take
        = buttons->addButton(tr("&Take the Saved Version"), QDialogButtonBox::DestructiveRole);
    QPushButton *keep = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    auto choose = [this](Choice choice) {
        m_choice = choice;
        choice == Choice::KeepEditing ? reject() : accept();
    };
    connect(top, &QPushButton::clicked, this, [choose] { choose(Choice::KeepMineOnTop); });
    connect(copy, &QPushButton::clicked, this, [choose] { choose(Choice::SaveMineAsCopy); });
    connect(take, &QPushButton::clicked, this, [choose] { choose(Choice::TakeSaved); });
    connect(keep, &QPushButton::clicked, this, [choose] { choose(Choice::KeepEditing); });

    auto *layout = new QGridLayout(this);
    layout->addWidget(explanation, 0, 0);
    layout->addWidget(tabs, 1, 0);
    layout->addWidget(buttons, 2, 0);
    resize(960, 620);
}

} // namespace copydesk::ui
