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

    // The versions of the revision rows selected, newest first.
    QList<int> selectedVersions() const;

Q_SIGNALS:
    void noteRequested(const QString &text);
    void compareRequested(int from, int to); // to 0: the current version
    void restoreRequested(int version);

private:
    QTreeWidget *m_tree;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_compare;
    QPushButton *m_restore;
    void updateButtons();
    // Each note as tall as its text, wrapped at the Note column's width: never cut off.
    void fitNotes();
};

} // namespace copydesk::ui
