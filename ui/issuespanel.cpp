#include "ui/issuespanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk::ui {

namespace {

QString where(int line)
{
    if (line == 1)
        return QObject::tr("Headline");
    if (line == 2)
        return QObject::tr("Standfirst");
    return QObject::tr("Paragraph %1").arg(line - 2);
}

} // namespace

IssuesPanel::IssuesPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_tree->setHeaderLabels({ tr("Where"), tr("Kind"), tr("Word"), tr("Why") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Spelling and style issues"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_tree->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_issues.size())
            Q_EMIT issueActivated(m_issues.at(index));
    });
}

void IssuesPanel::setIssues(const QList<app::Issue> &issues, const QString &note)
{
    m_issues = issues;
    m_tree->clear();
    for (const app::Issue &issue : issues) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, where(issue.line));
        item->setText(1, app::Checker::kindLabel(issue.kind));
        item->setText(2, issue.word);
        item->setText(3, issue.message);
    }
    for (int column = 0; column < 3; ++column)
        m_tree->resizeColumnToContents(column);
    if (!note.isEmpty())
        m_summary->setText(note);
    else
        m_summary->setText(issues.isEmpty() ? tr("No spelling or style issues.")
                               : issues.size() == 1
                               ? tr("1 issue; double-click it to go to it.")
                               : tr("%1 issues; double-click one to go to it.").arg(issues.size()));
}

} // namespace copydesk::ui
