#include "ui/photodialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace copydesk::ui {

PhotoDialog::PhotoDialog(const app::Photo &photo, const db::StoredImage &image,
                         const QImage &preview, const QStringList &warnings, bool editable,
                         QWidget *parent)
    : QDialog(parent)
    , m_photo(photo)
    , m_caption(new QLineEdit(photo.caption, this))
    , m_credit(new QLineEdit(photo.credit, this))
    , m_alt(new QLineEdit(photo.alt, this))
{
    setWindowTitle(photo.lead ? tr("Lead Photo") : tr("Photo"));
    auto *layout = new QVBoxLayout(this);
    auto *picture = new QLabel(this);
    picture->setAlignment(Qt::AlignCenter);
    if (!preview.isNull())
        picture->setPixmap(QPixmap::fromImage(
            preview.scaled(QSize(480, 300), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        picture->setText(tr("(the image is not in the store)"));
    picture->setAccessibleName(tr("Picture"));
    layout->addWidget(picture);

    QStringList facts;
    if (image.width > 0)
        facts << tr("%1 × %2 pixels").arg(image.width).arg(image.height);
    if (image.byteSize > 0)
        facts << QLocale().formattedDataSize(image.byteSize);
    if (image.takenAt.isValid())
        facts << tr("taken %1")
                     .arg(QLocale().toString(image.takenAt.toLocalTime().date(),
                                             QLocale::LongFormat));
    auto *about = new QLabel(facts.join(QStringLiteral(" · ")), this);
    about->setAlignment(Qt::AlignCenter);
    about->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(about);
    for (const QString &warning : warnings) {
        auto *note = new QLabel(warning, this);
        note->setObjectName(QStringLiteral("photoWarning"));
        note->setWordWrap(true);
        note->setFrameShape(QFrame::StyledPanel);
        note->setMargin(6);
        layout->addWidget(note);
    }

    m_caption->setPlaceholderText(tr("What is happening, who is in it"));
    m_credit->setPlaceholderText(tr("Photo: Name / Agency"));
    m_alt->setPlaceholderText(tr("What the photo shows, for readers who cannot see it"));
    m_caption->setAccessibleName(tr("Caption"));
    m_credit->setAccessibleName(tr("Credit"));
    m_alt->setAccessibleName(tr("Alt text"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("C&redit:"), m_credit);
    form->addRow(tr("&Alt text:"), m_alt);
    layout->addLayout(form);
    for (QLineEdit *field : { m_caption, m_credit, m_alt })
        field->setReadOnly(!editable);

    auto *buttons = new QDialogButtonBox(
        editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (editable) {
        QPushButton *replace
            = buttons->addButton(tr("R&eplace Image…"), QDialogButtonBox::ActionRole);
        replace->setObjectName(QStringLiteral("replacePhoto"));
        replace->setToolTip(tr("Another picture in its place, with these words"));
        connect(replace, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Replace;
            accept();
        });
        QPushButton *remove
            = buttons->addButton(tr("Re&move Photo"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removePhoto"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Remove;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_caption->setFocus();
}

app::Photo PhotoDialog::photo() const
{
    app::Photo photo = m_photo;
    photo.caption = app::photos::cleanField(m_caption->text());
    photo.credit = app::photos::cleanField(m_credit->text());
    photo.alt = app::photos::cleanField(m_alt->text());
    return photo;
}

} // namespace copydesk::ui
