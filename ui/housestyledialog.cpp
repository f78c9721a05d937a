#include "ui/housestyledialog.h"

#include "ui/filedialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copydesk::ui {

HouseStyleDialog::HouseStyleDialog(app::Newsroom &newsroom, const app::Actor &actor,
                                   QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_actor(actor)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_preferred(new QLineEdit(this))
    , m_avoid(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_case(new QCheckBox(tr("Match &case exactly"), this))
    , m_add(new QPushButton(tr("&Add Rule"), this))
    , m_remove(new QPushButton(tr("&Remove Rule"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
{
    setWindowTitle(tr("House Style Guide"));
    const app::Decision may = app::Permissions::decide(actor, app::Action::HouseStyle);
    m_mayChange = may.allowed;

    m_filter->setPlaceholderText(tr("Find a rule"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a rule"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Write"), tr("Not"), tr("Note"), tr("Language"), tr("Section"), tr("Case") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("House style rules"));

    m_preferred->setPlaceholderText(tr("Kyiv"));
    m_avoid->setPlaceholderText(tr("Kiev | Kiyv"));
    m_note->setPlaceholderText(tr("since 2022"));
    m_language->addItem(tr("Every language"), QString());
    m_language->addItem(tr("English (every variety)"), QStringLiteral("en"));
    m_language->addItem(tr("English (UK)"), QStringLiteral("en_GB"));
    m_language->addItem(tr("English (US)"), QStringLiteral("en_US"));
    m_section->addItem(tr("Every section"), QString());
    if (const auto sections = m_newsroom.archive().sections())
        for (const QString &s : *sections)
            m_section->addItem(s, s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Write:"), m_preferred);
    form->addRow(tr("&Not (separate forms with |):"), m_avoid);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Section:"), m_section);
    form->addRow(QString(), m_case);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    auto *formBox = new QGroupBox(tr("New rule"), this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(addRow);

    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addWidget(exportButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (!m_mayChange) {
        auto *why = new QLabel(tr("You can read the guide; %1.").arg(may.reason), this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(formBox);
    layout->addWidget(close);
    formBox->setEnabled(m_mayChange);
    m_import->setEnabled(m_mayChange);
    m_remove->setEnabled(false);

    connect(m_filter, &QLineEdit::textChanged, this, &HouseStyleDialog::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_mayChange && !m_table->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        db::StyleRule rule;
        rule.preferred = m_preferred->text();
        rule.avoid = { m_avoid->text() };
        rule.note = m_note->text();
        rule.language = m_language->currentData().toString();
        rule.section = m_section->currentData().toString();
        rule.caseSensitive = m_case->isChecked();
        if (addRule(rule)) {
            m_preferred->clear();
            m_avoid->clear();
            m_note->clear();
            m_case->setChecked(false);
            m_preferred->setFocus();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &HouseStyleDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(
            this, tr("Import a Style Guide"), QDir::homePath(), tr("Style guides (*.tsv *.txt)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(
            this, tr("Export the Style Guide"),
            QDir::home().filePath(QStringLiteral("house-style.tsv")), tr("Style guides (*.tsv)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    reload();
    resize(760, 620);
}

void HouseStyleDialog::reload()
{
    const auto rules = m_newsroom.styleGuide().rules();
    if (!rules) {
        report(rules.error());
        return;
    }
    m_rules = *rules;
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const db::StyleRule &rule = m_rules[row];
        const QStringList cells { rule.preferred,
                                  rule.avoid.join(QStringLiteral(", ")),
                                  rule.note,
                                  rule.language.isEmpty() ? tr("every") : rule.language,
                                  rule.section.isEmpty() ? tr("every") : rule.section,
                                  rule.caseSensitive ? tr("exact") : QString() };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long lists of forms are elided (the tooltip has them all); the note takes the rest.
    for (int column : { 0, 1 })
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 220));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    applyFilter();
}

void HouseStyleDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; column < 3 && !match; ++column)
            match = m_table->item(row, column)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        visible += match ? 1 : 0;
    }
    const int total = int(m_rules.size());
    m_count->setText(visible == total ? (total == 1 ? tr("1 rule") : tr("%1 rules").arg(total))
                                      : tr("%1 of %2 rules").arg(visible).arg(total));
}

bool HouseStyleDialog::report(const Error &error)
{
    QMessageBox::warning(this, tr("House Style Guide"), error.message);
    return false;
}

bool HouseStyleDialog::addRule(const db::StyleRule &rule)
{
    const auto added = m_newsroom.styleGuide().add(m_actor, rule);
    if (!added)
        return report(added.error());
    m_changed = true;
    reload();
    for (int row = 0; row < m_rules.size(); ++row)
        if (m_rules[row].id == added->id)
            m_table->selectRow(row);
    return true;
}

bool HouseStyleDialog::removeSelected()
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return false;
    const int row = selected.first().row();
    if (auto r = m_newsroom.styleGuide().remove(m_actor, m_rules.at(row).id); !r)
        return report(r.error());
    m_changed = true;
    reload();
    return true;
}

bool HouseStyleDialog::importFile(const QString &path)
{
    const auto rules = app::StyleGuideService::readGuide(path);
    if (!rules)
        return report(rules.error());
    const auto added = m_newsroom.styleGuide().import(m_actor, *rules);
    if (!added)
        return report(added.error());
    m_changed = m_changed || *added > 0;
    reload();
    const int skipped = int(rules->size()) - *added;
    m_count->setText(tr("Added %1 of the file’s %2 rules; %3 were already in the guide.")
                         .arg(*added)
                         .arg(rules->size())
                         .arg(skipped));
    return true;
}

bool HouseStyleDialog::exportFile(const QString &path)
{
    const auto written = m_newsroom.styleGuide().writeGuide(path);
    if (!written)
        return report(written.error());
    m_count->setText(tr("Wrote %1 rules to %2.").arg(*written).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace copydesk::ui
