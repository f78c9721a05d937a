#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk::app {

// One grant of the permission table: ACTION on an article in STATUS ("*" for an action on the
// newsroom) by WHO (a level, "author", or a refusal "!author" / "!creator").
struct PermissionRule
{
    QString action;
    QString status;
    QString who;

    bool operator==(const PermissionRule &other) const
    {
        return action == other.action && status == other.status && who == other.who;
    }
};

// The permission table of DESIGN.md §4 as data: resources/permissions/rules.tsv, built into
// the program. Permissions::decide() asks it; each store keeps a copy for the newsroom
// server's own checks (Newsroom::open writes it, copydesk_may() reads it).
class PermissionRules final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::PermissionRules)

public:
    // The table built into this program (read once). A missing or damaged file leaves it empty,
    // so that nothing is allowed rather than everything.
    static const PermissionRules &standard();
    // Reads a table in the file's format; lines that do not fit are listed in problems.
    static PermissionRules parse(const QString &text, QStringList *problems = nullptr);

    const QList<PermissionRule> &rules() const { return m_rules; }
    // Whether a person with these roles may do the action on an article in this status ("*" for
    // the newsroom): some grant names one of the roles, and no refusal does.
    bool allows(const QString &action, const QString &status, const QStringList &roles) const;
    // The statuses some grant of the action names: where the action can start from at all.
    QStringList statusesFor(const QString &action) const;

private:
    QList<PermissionRule> m_rules;
};

} // namespace copydesk::app
