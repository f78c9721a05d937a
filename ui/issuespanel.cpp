#include "ui/issuespanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_applyAll(new QPushButton(tr("Apply All &House Style Fixes"), this))
    , m_addToHouse(new QPushButton(tr("Add to House &Dictionary"), this))
{
    m_tree->setHeaderLabels({ tr("Where"), tr("Kind"), tr("Word"), tr("Why") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Spelling and style issues"));
    m_summary->setWordWrap(true);
    m_apply->setToolTip(tr("Write the house style’s form in place of the chosen issue’s words"));
    m_applyAll->setToolTip(tr("Every house style fix of the article, as one undo step"));
    // One line with the summary, so that the panel is no taller than before.
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_addToHouse);
    top->addWidget(m_apply);
    top->addWidget(m_applyAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const app::Issue *issue = issueAt(m_tree->indexOfTopLevelItem(item)))
            Q_EMIT issueActivated(*issue);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &IssuesPanel::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const app::Issue *issue = currentIssue(); issue && !issue->suggestions.isEmpty())
            Q_EMIT fixRequested(*issue, issue->suggestions.first());
    });
    connect(m_applyAll, &QPushButton::clicked, this, &IssuesPanel::fixAllRequested);
    connect(m_addToHouse, &QPushButton::clicked, this, [this] {
        if (const app::Issue *issue = currentIssue())
            Q_EMIT addToHouseRequested(app::Checker::nameOf(*issue));
    });
    updateButtons();
}

const app::Issue *IssuesPanel::issueAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_issues.at(m_rows.at(row).issues.first());
}

const app::Issue *IssuesPanel::currentIssue() const
{
    return issueAt(m_tree->indexOfTopLevelItem(m_tree->currentItem()));
}

void IssuesPanel::setFixable(bool fixable)
{
    m_fixable = fixable;
    updateButtons();
}

void IssuesPanel::setHouseDictionaryAllowed(bool allowed, const QString &reason)
{
    m_houseAllowed = allowed;
    m_houseReason = reason;
    updateButtons();
}

void IssuesPanel::updateButtons()
{
    const app::Issue *issue = currentIssue();
    const bool houseStyle = issue && issue->kind == QLatin1String("house-style");
    m_apply->setEnabled(m_fixable && houseStyle && !issue->suggestions.isEmpty());
    m_applyAll->setEnabled(m_fixable
                           && std::any_of(m_issues.cbegin(), m_issues.cend(), [](const auto &i) {
                                  return i.kind == QLatin1String("house-style");
                              }));
    // For names: a misspelt word is put right, not added for the whole newsroom.
    m_addToHouse->setEnabled(m_houseAllowed && issue && app::Checker::isUnknownName(*issue));
    m_addToHouse->setToolTip(m_houseAllowed
                                 ? tr("Stop flagging the chosen word, for the whole newsroom")
                                 : m_houseReason);
}

void IssuesPanel::setIssues(const QList<app::Issue> &issues, const QString &note)
{
    m_issues = issues;
    m_rows = app::Checker::rowsOf(issues);
    m_tree->clear();
    for (const app::IssueRow &row : std::as_const(m_rows)) {
        const app::Issue &issue = issues.at(row.issues.first());
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, where(issue.line));
        if (row.name) {
            const int count = int(row.issues.size());
            item->setText(1, tr("Unknown name"));
            const QString name = app::Checker::nameOf(issue);
            item->setText(2, count == 1 ? name : tr("%1 — %2 times").arg(name).arg(count));
            item->setText(3,
                          count == 1 ? tr("not in the dictionary: a name to add, or a slip")
                                     : tr("not in the dictionary, the same each time: a "
                                          "name to add, or a slip"));
        } else {
            item->setText(1, app::Checker::kindLabel(issue.kind));
            item->setText(2, issue.word);
            item->setText(3, issue.message);
        }
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
    updateButtons();
}

} // namespace copydesk::ui
