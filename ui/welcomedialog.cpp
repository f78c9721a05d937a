#include "ui/welcomedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace copydesk::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_empty(new QRadioButton(tr("An &empty newsroom"), this))
    , m_demo(new QRadioButton(tr("A &demo newsroom: a student paper with staff and six articles"),
                              this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Welcome to Copydesk"));
    auto *intro = new QLabel(tr("<h2>Welcome to Copydesk</h2><p>This store is new. Make the first "
                                "account: it administers the newsroom and is its editor-in-chief. "
                                "You can add staff later.</p>"),
                             this);
    intro->setWordWrap(true);

    m_username->setPlaceholderText(tr("one word, e.g. jdoe"));
    m_displayName->setPlaceholderText(tr("as it appears in bylines"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);

    auto *start = new QGroupBox(tr("Start with"), this);
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addWidget(m_empty);
    startLayout->addWidget(m_demo);
    m_demo->setChecked(true);

    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(start);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString WelcomeDialog::username() const
{
    return m_username->text().trimmed();
}

QString WelcomeDialog::displayName() const
{
    return m_displayName->text().trimmed();
}

QString WelcomeDialog::password() const
{
    return m_password->text();
}

bool WelcomeDialog::wantsDemo() const
{
    return m_demo->isChecked();
}

void WelcomeDialog::accept()
{
    if (username().isEmpty() || username().contains(QLatin1Char(' '))) {
        m_problem->setText(tr("The username is one word, without spaces."));
        m_username->setFocus();
        return;
    }
    if (password().size() < 8) {
        m_problem->setText(tr("The password needs at least 8 characters."));
        m_password->setFocus();
        return;
    }
    if (password() != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace copydesk::ui
