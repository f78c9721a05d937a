#include "app/workflow/permissionrules.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRules, "copydesk.permissions", QtWarningMsg)

namespace copydesk::app {

const PermissionRules &PermissionRules::standard()
{
    static const PermissionRules table = [] {
        QFile file(QStringLiteral(":/permissions/rules.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcRules) << "the permission table is missing from this build";
            return PermissionRules();
        }
        QStringList problems;
        PermissionRules rules = parse(QString::fromUtf8(file.readAll()), &problems);
        if (!problems.isEmpty()) {
            qCCritical(lcRules) << "the permission table is damaged:" << problems;
            return PermissionRules();
        }
        return rules;
    }();
    return table;
}

PermissionRules PermissionRules::parse(const QString &text, QStringList *problems)
{
    PermissionRules table;
    const auto lines = text.split(QLatin1Char('\n'));
    for (int number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 3 || fields.contains(QString())) {
            if (problems)
                problems->append(tr("line %1 is not ACTION, STATUS and WHO").arg(number + 1));
            continue;
        }
        table.m_rules.append({ fields.at(0), fields.at(1), fields.at(2) });
    }
    return table;
}

bool PermissionRules::allows(const QString &action, const QString &status,
                             const QStringList &roles) const
{
    bool granted = false;
    for (const PermissionRule &rule : m_rules) {
        if (rule.action != action || (rule.status != status && rule.status != QLatin1String("*")))
            continue;
        if (rule.who.startsWith(QLatin1Char('!'))) {
            if (roles.contains(rule.who.mid(1)))
                return false;
        } else if (roles.contains(rule.who)) {
            granted = true;
        }
    }
    return granted;
}

QStringList PermissionRules::statusesFor(const QString &action) const
{
    QStringList statuses;
    for (const PermissionRule &rule : m_rules)
        if (rule.action == action && !rule.who.startsWith(QLatin1Char('!'))
            && !statuses.contains(rule.status))
            statuses.append(rule.status);
    return statuses;
}

} // namespace copydesk::app
