#include "ui/bodyedit.h"

#include "app/body/pastefilter.h"

#include <QMimeData>
#include <QTextCursor>

namespace copydesk::ui {

BodyEdit::BodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setAutoFormatting(QTextEdit::AutoNone);
    document()->setDocumentMargin(12);
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return app::PasteFilter::canReduce(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    const QTextDocumentFragment fragment = app::PasteFilter::reduce(source);
    if (fragment.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.insertFragment(fragment);
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace copydesk::ui
