#pragma once

#include <QTextEdit>

namespace copydesk::ui {

// The WYSIWYG body editor: a QTextEdit whose paste is reduced to the newsroom's semantics.
class BodyEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    // A paste beyond the body's limit (app/textlimits.h) was refused; the reason is shown.
    void pasteRefused(const QString &reason);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // At the end of a link, what is typed next (or the line a Return starts) is not part of it.
    void leaveLinkAtItsEnd();
};

} // namespace copydesk::ui
