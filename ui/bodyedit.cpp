#include "ui/bodyedit.h"

#include "app/body/pastefilter.h"
#include "app/body/textlimits.h"

#include <QMimeData>
#include <QTextCursor>
#include <QToolTip>

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
    // The limit is checked before the paste is reduced: a huge paste never reaches the document.
    const qint64 pasted = source->hasHtml() ? source->html().size() : source->text().size();
    if (const auto r = app::TextLimits::checkPaste(document()->characterCount(), pasted); !r) {
        QToolTip::showText(mapToGlobal(cursorRect().bottomLeft()), r.errorString(), this);
        Q_EMIT pasteRefused(r.errorString());
        return;
    }
    const QTextDocumentFragment fragment = app::PasteFilter::reduce(source);
    if (fragment.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.insertFragment(fragment);
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace copydesk::ui
