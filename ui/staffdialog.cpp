#include "ui/staffdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace copydesk::ui {

StaffDialog::StaffDialog(app::Newsroom &newsroom, const app::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_actor(actor)
    , m_people(new QListWidget(this))
    , m_display(new QLineEdit(this))
    , m_bio(new QPlainTextEdit(this))
    , m_active(new QCheckBox(tr("Can sign in"), this))
    , m_appointments(new QTableWidget(this))
    , m_save(new QPushButton(tr("&Save Details"), this))
    , m_password(new QPushButton(tr("Set Pass&word…"), this))
    , m_appoint(new QPushButton(tr("&Appoint…"), this))
    , m_end(new QPushButton(tr("&End Appointment"), this))
{
    setWindowTitle(tr("Staff"));
    m_people->setAccessibleName(tr("People"));
    m_appointments->setColumnCount(6);
    m_appointments->setHorizontalHeaderLabels(
        { tr("Title"), tr("Level"), tr("Section"), tr("Term"), tr("From"), tr("To") });
    m_appointments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_appointments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_appointments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appointments->verticalHeader()->hide();
    m_appointments->horizontalHeader()->setStretchLastSection(true);
    m_bio->setPlaceholderText(tr("A sentence or two for the author box"));

    auto *addPerson = new QPushButton(tr("Add &Person…"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_people, 1);
    left->addWidget(addPerson);

    auto *details = new QFormLayout;
    details->addRow(tr("&Name in bylines:"), m_display);
    details->addRow(tr("&Bio:"), m_bio);
    details->addRow(QString(), m_active);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addStretch();
    detailButtons->addWidget(m_password);
    detailButtons->addWidget(m_save);
    auto *appointmentButtons = new QHBoxLayout;
    appointmentButtons->addStretch();
    appointmentButtons->addWidget(m_appoint);
    appointmentButtons->addWidget(m_end);

    auto *right = new QVBoxLayout;
    right->addLayout(details);
    right->addLayout(detailButtons);
    right->addWidget(new QLabel(tr("Appointments (ended ones stay for the author box):"), this));
    right->addWidget(m_appointments, 1);
    right->addLayout(appointmentButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(920, 560);

    connect(m_people, &QListWidget::currentRowChanged, this, &StaffDialog::showPerson);
    connect(m_save, &QPushButton::clicked, this, &StaffDialog::saveDetails);
    connect(m_password, &QPushButton::clicked, this, &StaffDialog::askPassword);
    connect(addPerson, &QPushButton::clicked, this, &StaffDialog::askAddPerson);
    connect(m_appoint, &QPushButton::clicked, this, &StaffDialog::askAppoint);
    connect(m_end, &QPushButton::clicked, this, &StaffDialog::endSelected);
    // Ending needs an appointment chosen in the table; until then the button says so.
    m_end->setEnabled(false);
    m_end->setToolTip(tr("Select an appointment to end"));
    connect(m_appointments, &QTableWidget::itemSelectionChanged, this,
            [this] { m_end->setEnabled(!m_appointments->selectedItems().isEmpty()); });
    reload();
}

qint64 StaffDialog::currentPersonId() const
{
    const QListWidgetItem *item = m_people->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StaffDialog::reload(const QString &select)
{
    const auto people = m_newsroom.staff().everyone();
    const QString keep = select.isEmpty() && m_people->currentItem()
        ? m_people->currentItem()->data(Qt::UserRole + 1).toString()
        : select;
    m_people->clear();
    if (!people)
        return;
    for (const db::Person &p : *people) {
        // Someone imported from WordPress cannot sign in until a password is set.
        auto *item = new QListWidgetItem(
            p.passwordHash.isEmpty() ? tr("%1 (%2), no password yet").arg(p.displayName, p.username)
                                     : QStringLiteral("%1 (%2)").arg(p.displayName, p.username),
            m_people);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.username);
        if (p.username == keep)
            m_people->setCurrentItem(item);
    }
    if (!m_people->currentItem() && m_people->count() > 0)
        m_people->setCurrentRow(0);
}

void StaffDialog::showPerson()
{
    const qint64 id = currentPersonId();
    const auto person = m_newsroom.staff().person(id);
    const bool has = id > 0 && person.ok();
    m_display->setText(has ? person->displayName : QString());
    m_bio->setPlainText(has ? person->bio : QString());
    m_active->setChecked(has && person->active);
    m_appointments->setRowCount(0);
    if (!has)
        return;
    const auto appointments = m_newsroom.staff().appointmentsOf(id);
    if (!appointments)
        return;
    m_appointments->setRowCount(int(appointments->size()));
    int row = 0;
    for (const db::Appointment &a : *appointments) {
        bool known = false;
        const app::Level level = app::Permissions::levelNamed(a.level, &known);
        const QStringList cells
            = { a.title,
                known ? app::Permissions::levelLabel(level) : a.level,
                a.section,
                a.term,
                a.startsOn.toString(Qt::ISODate),
                a.endsOn.isValid() ? a.endsOn.toString(Qt::ISODate) : tr("open") };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, a.id);
            if (!app::Permissions::isActive(a.startsOn, a.endsOn, m_newsroom.today()))
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_appointments->setItem(row, column, item);
        }
        ++row;
    }
    m_appointments->resizeColumnsToContents();
}

bool StaffDialog::report(const Result<void> &result)
{
    if (result)
        return true;
    QMessageBox::warning(this, tr("Staff"), result.errorString());
    return false;
}

void StaffDialog::saveDetails()
{
    auto person = m_newsroom.staff().person(currentPersonId());
    if (!person)
        return;
    db::Person changed = *person;
    changed.displayName = m_display->text().trimmed();
    changed.bio = m_bio->toPlainText().trimmed();
    changed.active = m_active->isChecked();
    if (report(m_newsroom.staff().updatePerson(m_actor, changed)))
        reload(changed.username);
}

bool StaffDialog::addPerson(const QString &username, const QString &displayName,
                            const QString &password)
{
    db::Person person;
    person.username = username;
    person.displayName = displayName;
    const auto added = m_newsroom.staff().addPerson(m_actor, person, password);
    if (!added) {
        QMessageBox::warning(this, tr("Staff"), added.errorString());
        return false;
    }
    reload(added->username);
    return true;
}

bool StaffDialog::appoint(const db::Appointment &appointment)
{
    const auto id = m_newsroom.staff().appoint(m_actor, appointment);
    if (!id) {
        QMessageBox::warning(this, tr("Staff"), id.errorString());
        return false;
    }
    showPerson();
    return true;
}

void StaffDialog::askAddPerson()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Person"));
    dialog.setMinimumWidth(420);
    auto *username = new QLineEdit(&dialog);
    auto *display = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Username:"), username);
    form->addRow(tr("&Full name:"), display);
    form->addRow(tr("First &password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        if (addPerson(username->text(), display->text(), password->text()))
            return;
    }
}

bool StaffDialog::setPassword(const QString &password)
{
    const QListWidgetItem *item = m_people->currentItem();
    if (!item)
        return false;
    const QString username = item->data(Qt::UserRole + 1).toString();
    if (!report(m_newsroom.staff().setPassword(m_actor, username, password)))
        return false;
    reload(username);
    return true;
}

void StaffDialog::askPassword()
{
    const QListWidgetItem *item = m_people->currentItem();
    if (!item)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set Password"));
    dialog.setMinimumWidth(420);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("A new password for %1.").arg(item->text()), &dialog));
    form->addRow(tr("&Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        if (setPassword(password->text()))
            return;
    }
}

void StaffDialog::askAppoint()
{
    const qint64 personId = currentPersonId();
    if (personId == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Appoint"));
    dialog.setMinimumWidth(420); // the title is read whole, not "Appoint …opydesk"
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("e.g. Global Editor"));
    auto *level = new QComboBox(&dialog);
    for (const app::Level l : app::Permissions::allLevels())
        level->addItem(app::Permissions::levelLabel(l), app::Permissions::levelName(l));
    auto *section = new QComboBox(&dialog);
    section->setEditable(true);
    section->addItem(QString());
    if (const auto sections = m_newsroom.archive().sections())
        section->addItems(*sections);
    auto *term = new QLineEdit(&dialog);
    term->setPlaceholderText(tr("e.g. 2019/20"));
    auto *from = new QDateEdit(m_newsroom.today(), &dialog);
    from->setCalendarPopup(true);
    // The academic term the first day falls in (September to August), until one is typed.
    term->setText(app::StaffService::academicTerm(from->date()));
    auto typed = std::make_shared<bool>(false);
    connect(term, &QLineEdit::textEdited, &dialog, [typed] { *typed = true; });
    connect(from, &QDateEdit::dateChanged, &dialog, [term, typed](const QDate &day) {
        if (!*typed)
            term->setText(app::StaffService::academicTerm(day));
    });
    auto *ends = new QCheckBox(tr("Ends on"), &dialog);
    auto *to = new QDateEdit(m_newsroom.today().addYears(1), &dialog);
    to->setCalendarPopup(true);
    to->setEnabled(false);
    connect(ends, &QCheckBox::toggled, to, &QWidget::setEnabled);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Section:"), section);
    form->addRow(tr("T&erm:"), term);
    form->addRow(tr("&From:"), from);
    form->addRow(ends, to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        db::Appointment a;
        a.personId = personId;
        a.title = title->text().trimmed();
        a.level = level->currentData().toString();
        a.section = section->currentText().trimmed();
        a.term = term->text().trimmed();
        a.startsOn = from->date();
        if (ends->isChecked())
            a.endsOn = to->date();
        if (appoint(a))
            return;
    }
}

void StaffDialog::endSelected()
{
    const QTableWidgetItem *item = m_appointments->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QDate yesterday = m_newsroom.today().addDays(-1);
    if (report(m_newsroom.staff().endAppointment(m_actor, id, yesterday)))
        showPerson();
}

} // namespace copydesk::ui
