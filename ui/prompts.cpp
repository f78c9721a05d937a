#include "ui/prompts.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

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

std::optional<QString> Prompts::correctionNote(QWidget *parent)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        parent, tr("Correction"),
        tr("This article is published. Say what was corrected; the note is kept and shown with "
           "the article:"),
        QString(), &ok);
    if (!ok || note.trimmed().isEmpty())
        return std::nullopt;
    return note;
}

std::optional<QString> Prompts::transitionNote(QWidget *parent, app::Action action,
                                               const QString &headline)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        parent, tr("Note required"),
        tr("To %1 “%2”, write a note saying why. It is kept with the article and shown to its "
           "authors:")
            .arg(app::Permissions::verb(action), headline),
        QString(), &ok);
    if (!ok || note.trimmed().isEmpty())
        return std::nullopt;
    return note;
}

bool Prompts::submitDespiteIssues(QWidget *parent, const QList<app::Issue> &issues)
{
    QStringList lines;
    for (const app::Issue &issue : issues.mid(0, 8))
        lines << QStringLiteral("• %1: %2")
                     .arg(app::Checker::kindLabel(issue.kind),
                          issue.word.trimmed().isEmpty() ? issue.message : issue.word);
    if (issues.size() > 8)
        lines << tr("… and %1 more").arg(issues.size() - 8);
    QMessageBox box(QMessageBox::Warning, tr("Unresolved spelling and style issues"),
                    tr("This article has %1 unresolved spelling or style "
                       "issue(s):\n\n%2\n\nSubmit it for review anyway?")
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
