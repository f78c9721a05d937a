#pragma once

#include "app/newsroom.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace copydesk::ui {

// Tools ▸ House Style Guide: every rule, with a filter; section editors and above add, remove,
// import and export rules. Every change goes through app/StyleGuideService, which checks the
// rules again and writes the audit log.
class HouseStyleDialog final : public QDialog
{
    Q_OBJECT

public:
    HouseStyleDialog(app::Newsroom &newsroom, const app::Actor &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    // The form's rule added; false (and a message shown) when refused.
    bool addRule(const db::StyleRule &rule);
    bool removeSelected();
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    bool changed() const { return m_changed; }

private:
    void reload();
    void applyFilter();
    bool report(const Error &error);

    app::Newsroom &m_newsroom;
    app::Actor m_actor;
    QList<db::StyleRule> m_rules;
    bool m_mayChange = false;
    bool m_changed = false;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QLabel *m_count;
    QLineEdit *m_preferred;
    QLineEdit *m_avoid;
    QLineEdit *m_note;
    QComboBox *m_language;
    QComboBox *m_section;
    QCheckBox *m_case;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
};

} // namespace copydesk::ui
