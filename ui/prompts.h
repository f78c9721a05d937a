#pragma once

#include "app/spelling/checker.h"
#include "app/workflow/permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace copydesk::ui {

// The short questions the window asks on the way to an action: a note, a link, whether to
// save first or to submit despite open issues. Each returns nothing when the person cancels.
class Prompts final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::ui::Prompts)

public:
    enum class Unsaved { Save, Discard, Cancel };

    static Unsaved unsavedChanges(QWidget *parent, const QString &headline);
    // The note a correction to a published article needs, or (offered to those who may) a
    // silent fix of a typo, whose note may be empty; nothing when cancelled.
    struct Correction
    {
        QString note;
        bool typoFix = false;
    };
    static std::optional<Correction> correction(QWidget *parent, bool offerTypoFix);
    // The note a transition needs (return, unpublish); a non-empty one or nothing.
    // start: the note's first text (a return lists the open comments on the text).
    static std::optional<QString> transitionNote(QWidget *parent, app::Action action,
                                                 const QString &headline,
                                                 const QString &start = {});
    // True to submit an article with unresolved spelling or style issues.
    static bool submitDespiteIssues(QWidget *parent, const QList<app::Issue> &issues);
    // A link address; empty removes the link.
    static std::optional<QString> link(QWidget *parent, const QString &current);
};

} // namespace copydesk::ui
