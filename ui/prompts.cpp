#include "ui/prompts.h"

#include "app/articles/articleservice.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace copydesk::ui {

Prompts::Unsaved Prompts::unsavedChanges(QWidget *parent, const QString &headline)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved.\nSave them before going on?")
            .arg(headline.trimmed().isEmpty() ? tr("New article") : headline.trimmed()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return Unsaved::Save;
    return answer == QMessageBox::Discard ? Unsaved::Discard : Unsaved::Cancel;
}

namespace {

// A note that must not be empty: OK stays unavailable until there is one, and the dialog says
// so, instead of closing on an empty note and doing nothing.
// With typoFix, a check box offers the silent fix of a typo instead, for which the note may stay
// empty; *typoFix says whether it was chosen.
std::optional<QString> askForNote(QWidget *parent, const QString &title, const QString &question,
                                  const QString &missing, bool *typoFix = nullptr,
                                  const QString &start = {})
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *label = new QLabel(question, &dialog);
    label->setWordWrap(true);
    auto *note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("note"));
    note->setAccessibleName(title);
    note->setTabChangesFocus(true);
    note->setPlainText(start);
    label->setBuddy(note);
    auto *hint = new QLabel(missing, &dialog);
    hint->setObjectName(QStringLiteral("missing"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    QCheckBox *silent = nullptr;
    if (typoFix) {
        silent = new QCheckBox(Prompts::tr("&Silent fix of a typo: no public correction (at most "
                                           "%1 words; the audit log keeps it)")
                                   .arg(app::ArticleService::TypoFixWords),
                               &dialog);
        silent->setObjectName(QStringLiteral("typoFix"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    auto update = [note, hint, ok, silent] {
        const bool missingNote
            = note->toPlainText().trimmed().isEmpty() && !(silent && silent->isChecked());
        ok->setEnabled(!missingNote);
        hint->setVisible(missingNote);
    };
    QObject::connect(note, &QPlainTextEdit::textChanged, &dialog, update);
    if (silent)
        QObject::connect(silent, &QCheckBox::toggled, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(note, 1);
    layout->addWidget(hint);
    if (silent)
        layout->addWidget(silent);
    layout->addWidget(buttons);
    update();
    dialog.resize(480, 260);
    if (dialog.exec() != QDialog::Accepted
        || (note->toPlainText().trimmed().isEmpty() && !(silent && silent->isChecked())))
        return std::nullopt;
    if (typoFix)
        *typoFix = silent->isChecked();
    return note->toPlainText();
}

} // namespace

std::optional<Prompts::Correction> Prompts::correction(QWidget *parent, bool offerTypoFix)
{
    bool typoFix = false;
    const auto note = askForNote(parent, tr("Correction"),
                                 tr("This article is published. Say what was corrected; the note "
                                    "is kept and shown with the article:"),
                                 tr("A correction needs a note saying what was corrected."),
                                 offerTypoFix ? &typoFix : nullptr);
    if (!note)
        return std::nullopt;
    return Correction { *note, typoFix };
}

std::optional<QString> Prompts::transitionNote(QWidget *parent, app::Action action,
                                               const QString &headline, const QString &start)
{
    return askForNote(parent, tr("Note required"),
                      tr("To %1 “%2”, write a note saying why. It is kept with the article and "
                         "shown to its authors:")
                          .arg(app::Permissions::verb(action), headline),
                      tr("Write the note to %1 the article.").arg(app::Permissions::verb(action)),
                      nullptr, start);
}

bool Prompts::submitDespiteIssues(QWidget *parent, const QList<app::Issue> &issues)
{
    QStringList lines;
    for (const app::Issue &issue : issues.mid(0, 8))
        lines << (issue.kind == QLatin1String("comment")
                      ? tr("• Open comment on “%1”: %2")
                            .arg(issue.word.simplified().left(60), issue.message)
                      : QStringLiteral("• %1: %2")
                            .arg(app::Checker::kindLabel(issue.kind),
                                 issue.word.trimmed().isEmpty() ? issue.message : issue.word));
    if (issues.size() > 8)
        lines << tr("… and %1 more").arg(issues.size() - 8);
    const bool comments = std::any_of(issues.cbegin(), issues.cend(), [](const app::Issue &i) {
        return i.kind == QLatin1String("comment");
    });
    QMessageBox box(QMessageBox::Warning,
                    comments ? tr("Open comments and issues")
                             : tr("Unresolved spelling and style issues"),
                    comments ? tr("This article still has open comments on its text, or "
                                  "issues:\n\n%1\n\nSubmit it for review anyway?")
                                   .arg(lines.join(QLatin1Char('\n')))
                        : issues.size() == 1
                        ? tr("This article has an unresolved spelling or style issue:\n\n%2\n\n"
                             "Submit it for review anyway?")
                              .arg(lines.join(QLatin1Char('\n')))
                        : tr("This article has %1 unresolved spelling or style issues:\n\n%2\n\n"
                             "Submit it for review anyway?")
                              .arg(issues.size())
                              .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, parent);
    QPushButton *submit = box.addButton(tr("&Submit Anyway"), QMessageBox::AcceptRole);
    box.addButton(tr("&Go Back"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == submit;
}

std::optional<QString> Prompts::link(QWidget *parent, const QString &current)
{
    bool ok = false;
    const QString href = QInputDialog::getText(
        parent, tr("Link"), tr("Address (https://…, mailto:…); empty to remove the link:"),
        QLineEdit::Normal, current, &ok);
    if (!ok)
        return std::nullopt;
    return href.trimmed();
}

} // namespace copydesk::ui
