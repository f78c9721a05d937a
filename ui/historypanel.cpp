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
{
    m_tree->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Note") });
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("History"));
    m_note->setPlaceholderText(tr("Write a note for the desk…"));
    m_note->setAccessibleName(tr("New note"));

    auto *add = new QHBoxLayout;
    add->addWidget(m_note, 1);
    add->addWidget(m_add);
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
        if (e.kind == app::HistoryEntry::Kind::Note) {
            QFont font = item->font(3);
            font.setBold(true);
            item->setFont(3, font);
        }
    }
    for (int column = 0; column < 3; ++column)
        m_tree->resizeColumnToContents(column);
    m_tree->scrollToBottom();
    m_note->clear();
}

void HistoryPanel::setNotesEnabled(bool enabled, const QString &why)
{
    m_note->setEnabled(enabled);
    m_add->setEnabled(enabled);
    m_add->setToolTip(enabled ? QString() : why);
}

} // namespace copydesk::ui
