#pragma once

#include "app/newsroom.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace copydesk::ui {

// The history of the open article: revisions, transitions and the thread of editorial notes,
// with a field to add a note.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setEntries(const QList<app::HistoryEntry> &entries);
    void setNotesEnabled(bool enabled, const QString &why = {});
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *noteField() const { return m_note; }

Q_SIGNALS:
    void noteRequested(const QString &text);

private:
    QTreeWidget *m_tree;
    QLineEdit *m_note;
    QPushButton *m_add;
};

} // namespace copydesk::ui
