#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace copydesk::ui {

// File ▸ Connect to Newsroom Server…: host, port, database, login and TLS mode, remembered in
// QSettings; the password is asked each time and never kept. The connection itself is the
// caller's: the dialog stays open and shows the reason until it connects or the person cancels.
class ServerDialog final : public QDialog
{
    Q_OBJECT

public:
    using Connect = std::function<QString(const QString &address, const QString &password)>;

    explicit ServerDialog(Connect onConnect, QWidget *parent = nullptr);

    // The server address (postgresql://user@host:port/name?sslmode=…), without a password.
    QString address() const;
    // Fills the fields from an address (the one that failed at start-up, say).
    void setAddress(const QString &address);

    void accept() override;

private:
    void remember() const;

    Connect m_connect;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLabel *m_problem;
};

} // namespace copydesk::ui
