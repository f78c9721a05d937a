#pragma once

#include "app/export/pagebuilder.h"

#include <QDialog>
#include <QList>

#include <utility>

class QLineEdit;
class QSpinBox;
class QPlainTextEdit;

namespace copydesk::ui {

// The publication's name, about text, links and site address, as the exported site shows
// them, and the house limit of a headline on the web. It only asks; the window saves the answers
// through the newsroom.
class NewsroomSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // headlineChars: the house limit of a web headline (0: none).
    NewsroomSettingsDialog(const app::Publication &publication, int headlineChars,
                           QWidget *parent = nullptr);

    // The settings as edited: key ("publication.name", ...) and value.
    QList<std::pair<QString, QString>> settings() const;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_about;
    QPlainTextEdit *m_links;
    QLineEdit *m_baseUrl;
    QSpinBox *m_headlineChars;
};

} // namespace copydesk::ui
