#pragma once

#include "app/body/photos.h"
#include "db/records.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QLineEdit;

namespace copydesk::ui {

// A photo's words: caption, credit and alt text, with the picture and what is known of it
// (its size, when it was taken, and a warning when it records where). Replace and Remove close
// the dialog with what was asked (choice()).
class PhotoDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Keep, Replace, Remove };

    PhotoDialog(const app::Photo &photo, const db::StoredImage &image, const QImage &preview,
                const QStringList &warnings, bool editable, QWidget *parent = nullptr);

    app::Photo photo() const; // with the fields as typed
    Choice choice() const { return m_choice; }

    QLineEdit *captionField() const { return m_caption; }
    QLineEdit *creditField() const { return m_credit; }
    QLineEdit *altField() const { return m_alt; }

private:
    app::Photo m_photo;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_alt;
    Choice m_choice = Choice::Keep;
};

} // namespace copydesk::ui
