#pragma once

#include "app/spelling/checker.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace copydesk::ui {

// Every spelling and style issue of the open article, with its kind; activating one jumps to it.
class IssuesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget *parent = nullptr);

    void setIssues(const QList<app::Issue> &issues, const QString &note = {});
    const QList<app::Issue> &issues() const { return m_issues; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void issueActivated(const app::Issue &issue);

private:
    QList<app::Issue> m_issues;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace copydesk::ui
