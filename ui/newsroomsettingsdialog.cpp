#include "ui/newsroomsettingsdialog.h"

#include "app/body/textlimits.h"
#include "app/export/settingsrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace copydesk::ui {

NewsroomSettingsDialog::NewsroomSettingsDialog(const app::Publication &publication,
                                               int headlineChars, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(publication.name, this))
    , m_about(new QPlainTextEdit(publication.about, this))
    , m_links(new QPlainTextEdit(this))
    , m_baseUrl(new QLineEdit(publication.baseUrl, this))
    , m_headlineChars(new QSpinBox(this))
{
    setWindowTitle(tr("Newsroom Settings"));
    QStringList linkLines;
    for (const auto &[label, url] : publication.links)
        linkLines << label + QStringLiteral(" | ") + url;
    m_links->setPlainText(linkLines.join(QLatin1Char('\n')));
    m_links->setPlaceholderText(tr("One per line: About us | https://…"));
    m_baseUrl->setPlaceholderText(
        tr("https://news.example.org (for canonical links and the feed)"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Publication &name:"), m_name);
    form->addRow(tr("&About:"), m_about);
    form->addRow(tr("&Links:"), m_links);
    form->addRow(tr("&Site address:"), m_baseUrl);
    m_headlineChars->setRange(0, app::TextLimits::HeadlineChars);
    m_headlineChars->setSpecialValueText(tr("no limit"));
    m_headlineChars->setSuffix(tr(" characters"));
    m_headlineChars->setValue(headlineChars);
    form->addRow(tr("&Web headline limit:"), m_headlineChars);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<std::pair<QString, QString>> NewsroomSettingsDialog::settings() const
{
    return { { QStringLiteral("publication.name"), m_name->text().trimmed() },
             { QStringLiteral("publication.about"), m_about->toPlainText().trimmed() },
             { QStringLiteral("publication.links"), m_links->toPlainText().trimmed() },
             { QStringLiteral("publication.base-url"), m_baseUrl->text().trimmed() },
             { app::SettingsRules::HeadlineCharsKey, QString::number(m_headlineChars->value()) } };
}

} // namespace copydesk::ui
