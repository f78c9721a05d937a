#pragma once

#include "app/spelling/checker.h"

#include <QDialog>
#include <QList>

#include <utility>

class QCheckBox;

namespace copydesk::ui {

// The newsroom's spelling and style checks, each switched on or off, and whether words in
// capitals are skipped. It only asks; the window saves the answers through the newsroom.
class CheckSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CheckSettingsDialog(const app::CheckOptions &options, QWidget *parent = nullptr);

    // Each check kind ("skip-all-caps" among them) with whether it is on.
    QList<std::pair<QString, bool>> checks() const;

private:
    QList<std::pair<QString, QCheckBox *>> m_boxes;
};

} // namespace copydesk::ui
