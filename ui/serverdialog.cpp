#include "ui/serverdialog.h"

#include "db/serveraddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace copydesk::ui {

ServerDialog::ServerDialog(Connect onConnect, QWidget *parent)
    : QDialog(parent)
    , m_connect(std::move(onConnect))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to Newsroom Server"));
    auto *intro = new QLabel(tr("<p>A newsroom shared by many machines lives on a PostgreSQL "
                                "server. Your newsroom's administrator gives you these "
                                "details.</p>"),
                             this);
    intro->setWordWrap(true);
    // Named for tests and accessibility tools.
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_database->setPlaceholderText(tr("newsroom"));
    // libpq's modes, in words; the mode itself is the item's data.
    m_sslMode->addItem(tr("Encrypt when the server can (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt and check the server's certificate (verify-full)"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never encrypt, on a trusted network only (disable)"),
                       QStringLiteral("disable"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Newsroom database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    const QSettings settings;
    m_host->setText(settings.value(QStringLiteral("server/host")).toString());
    m_port->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    m_database->setText(settings.value(QStringLiteral("server/database")).toString());
    m_user->setText(settings.value(QStringLiteral("server/user")).toString());
    const int mode = m_sslMode->findData(
        settings.value(QStringLiteral("server/sslmode"), QStringLiteral("prefer")).toString());
    m_sslMode->setCurrentIndex(mode < 0 ? 0 : mode);
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

QString ServerDialog::address() const
{
    db::ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    return address.toString();
}

void ServerDialog::setAddress(const QString &text)
{
    const auto address = db::ServerAddress::parse(text);
    if (!address)
        return;
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_database->setText(address->database);
    m_user->setText(address->user);
    const int mode = m_sslMode->findData(address->sslMode.isEmpty() ? QStringLiteral("prefer")
                                                                    : address->sslMode);
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
    m_password->setFocus();
}

void ServerDialog::remember() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("server/port"), m_port->value());
    settings.setValue(QStringLiteral("server/database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("server/user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("server/sslmode"), m_sslMode->currentData().toString());
}

void ServerDialog::accept()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the server's name or address.");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Enter the name of the newsroom's database.");
    else if (m_user->text().trimmed().isEmpty())
        problem = tr("Enter your login on the server.");
    else if (const auto parsed = db::ServerAddress::parse(address()); !parsed)
        problem = parsed.errorString();
    if (problem.isEmpty()) {
        remember();
        problem = m_connect(address(), m_password->text());
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace copydesk::ui
