#pragma once

#include "app/spelling/checker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace copydesk::ui {

// Every spelling and style issue of the open article, with its kind; activating one jumps to it.
// An unknown name is one row with its count ("Un — 4 times"), added to the house dictionary in
// one click; a house style issue is fixed with one click (Apply), or all of them at once.
class IssuesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget *parent = nullptr);

    void setIssues(const QList<app::Issue> &issues, const QString &note = {});
    const QList<app::Issue> &issues() const { return m_issues; }
    // The issue a row of the tree stands for (its first place), or null.
    const app::Issue *issueAt(int row) const;
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *applyAllButton() const { return m_applyAll; }
    QPushButton *addToHouseButton() const { return m_addToHouse; }
    // Whether the fixes may be made (the article can be edited).
    void setFixable(bool fixable);
    // Whether words may go into the house dictionary, and why not.
    void setHouseDictionaryAllowed(bool allowed, const QString &reason);

Q_SIGNALS:
    void issueActivated(const app::Issue &issue);
    void fixRequested(const app::Issue &issue, const QString &replacement);
    void fixAllRequested();
    void addToHouseRequested(const QString &word);

private:
    const app::Issue *currentIssue() const;
    void updateButtons();

    QList<app::Issue> m_issues;
    QList<app::IssueRow> m_rows;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_applyAll;
    QPushButton *m_addToHouse;
    bool m_fixable = true;
    bool m_houseAllowed = false;
    QString m_houseReason;
};

} // namespace copydesk::ui
