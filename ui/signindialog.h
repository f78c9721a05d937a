#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace copydesk::ui {

// Asks for a username and password. The check itself is the caller's (app/Newsroom::signIn):
// the dialog stays open and shows the reason until it succeeds or the person cancels.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    using Check = std::function<QString(const QString &username, const QString &password)>;

    SignInDialog(const QString &store, const QString &lastUsername, Check check,
                 QWidget *parent = nullptr);
    QString username() const;

    void accept() override;

private:
    Check m_check;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace copydesk::ui
