#pragma once

#include "app/newsroom.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace copydesk::ui {

// The newsroom's staff for the editor-in-chief and administrators: add people, appoint them,
// end appointments and edit bios. Every change goes through app/Newsroom, which checks the
// rules again.
class StaffDialog final : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(app::Newsroom &newsroom, const app::Actor &actor, QWidget *parent = nullptr);

    bool addPerson(const QString &username, const QString &displayName, const QString &password);
    bool appoint(const db::Appointment &appointment);
    // The chosen person's new password (people imported from WordPress come without one).
    bool setPassword(const QString &password);
    QListWidget *peopleList() const { return m_people; }

private:
    void reload(const QString &select = {});
    void showPerson();
    void saveDetails();
    void askAddPerson();
    void askAppoint();
    void askPassword();
    void endSelected();
    bool report(const Result<void> &result);
    qint64 currentPersonId() const;

    app::Newsroom &m_newsroom;
    app::Actor m_actor;
    QListWidget *m_people;
    QLineEdit *m_display;
    QPlainTextEdit *m_bio;
    QCheckBox *m_active;
    QTableWidget *m_appointments;
    QPushButton *m_save;
    QPushButton *m_password;
    QPushButton *m_appoint;
    QPushButton *m_end;
};

} // namespace copydesk::ui
