#include "ui/signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace copydesk::ui {

SignInDialog::SignInDialog(const QString &store, const QString &lastUsername, Check check,
                           QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Sign In to Copydesk"));
    auto *intro = new QLabel(tr("<p>Sign in to <b>%1</b>.</p>").arg(store.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_username->setText(lastUsername);
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (lastUsername.isEmpty() ? m_username : m_password)->setFocus();
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

void SignInDialog::accept()
{
    const QString problem = m_check(username(), m_password->text());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace copydesk::ui
