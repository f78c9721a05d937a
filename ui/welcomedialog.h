#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QLabel;

namespace copydesk::ui {

// The first-run welcome: the first account (administrator and editor-in-chief) and the choice
// between an empty newsroom and a demo one.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    QString password() const;
    bool wantsDemo() const;

    void accept() override;

private:
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QRadioButton *m_empty;
    QRadioButton *m_demo;
    QLabel *m_problem;
};

} // namespace copydesk::ui
