#include "ui/historypanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add &Note"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_restore(new QPushButton(tr("Restore &Version"), this))
{
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_compare->setToolTip(tr("Compare a version with the current one, or two selected versions"));
    m_restore->setToolTip(
        tr("Make the selected version the newest again (a new version; nothing is lost)"));
    m_tree->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Note") });
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 3)
            fitNotes();
    });
    m_tree->setAccessibleName(tr("History"));
    m_note->setPlaceholderText(tr("Write a note for the desk…"));
    m_note->setAccessibleName(tr("New note"));

    auto *add = new QHBoxLayout;
    add->addWidget(m_note, 1);
    add->addWidget(m_add);
    add->addSpacing(12);
    add->addWidget(m_compare);
    add->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(add);

    auto request = [this] {
        const QString text = m_note->text().trimmed();
        if (text.isEmpty())
            return;
        Q_EMIT noteRequested(text);
    };
    connect(m_add, &QPushButton::clicked, this, request);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> versions = selectedVersions();
        if (versions.size() == 1)
            Q_EMIT compareRequested(versions.first(), 0);
        else if (versions.size() == 2)
            Q_EMIT compareRequested(versions.last(), versions.first());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> versions = selectedVersions();
        if (versions.size() == 1)
            Q_EMIT restoreRequested(versions.first());
    });
    updateButtons();
    connect(m_note, &QLineEdit::returnPressed, this, request);
}

void HistoryPanel::setEntries(const QList<app::HistoryEntry> &entries)
{
    m_tree->clear();
    for (const app::HistoryEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(
            0, QLocale().toString(e.when.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")));
        item->setText(1, e.who);
        item->setText(2, e.what);
        item->setText(3, e.note);
        item->setToolTip(3, e.note);
        item->setData(0, Qt::UserRole, e.kind == app::HistoryEntry::Kind::Revision ? e.version : 0);
        if (e.kind == app::HistoryEntry::Kind::Note) {
            QFont font = item->font(3);
            font.setBold(true);
            item->setFont(3, font);
        }
    }
    for (int column = 0; column < 3; ++column)
        m_tree->resizeColumnToContents(column);
    fitNotes();
    m_tree->scrollToBottom();
    m_note->clear();
}

void HistoryPanel::fitNotes()
{
    const int width = qMax(80, m_tree->header()->sectionSize(3) - 8);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QFontMetrics metrics(item->font(3));
        const int height
            = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text(3))
                  .height();
        const QSize hint(width, height + 6);
        if (item->sizeHint(3) != hint)
            item->setSizeHint(3, hint);
    }
}

QList<int> HistoryPanel::selectedVersions() const
{
    QList<int> versions;
    const auto items = m_tree->selectedItems();
    for (const QTreeWidgetItem *item : items)
        if (const int version = item->data(0, Qt::UserRole).toInt(); version > 0)
            versions << version;
    std::sort(versions.begin(), versions.end(), std::greater<int>());
    return versions;
}

void HistoryPanel::updateButtons()
{
    const int n = int(selectedVersions().size());
    m_compare->setEnabled(n == 1 || n == 2);
    m_restore->setEnabled(n == 1 && m_note->isEnabled());
}

void HistoryPanel::setNotesEnabled(bool enabled, const QString &why)
{
    m_note->setEnabled(enabled);
    m_add->setEnabled(enabled);
    m_add->setToolTip(enabled ? QString() : why);
    updateButtons();
}

} // namespace copydesk::ui
