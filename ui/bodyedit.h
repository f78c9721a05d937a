#pragma once

#include <QTextEdit>

namespace copydesk::ui {

// The WYSIWYG body editor: a QTextEdit whose paste is reduced to the newsroom's semantics.
class BodyEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEdit(QWidget *parent = nullptr);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace copydesk::ui
