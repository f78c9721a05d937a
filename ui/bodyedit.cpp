#include "ui/bodyedit.h"

#include "app/body/pastefilter.h"
#include "app/body/photos.h"
#include "app/body/textlimits.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QKeyEvent>
#include <QMargins>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>
#include <QUrl>

namespace copydesk::ui {

namespace {
constexpr double BasePointSize = 12.5;
} // namespace

BodyEdit::BodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setAutoFormatting(QTextEdit::AutoNone);
    document()->setDocumentMargin(12);
    // A readable serif at a comfortable size: a page to write on, not a form field.
    QFont serif(QStringLiteral("serif"));
    serif.setStyleHint(QFont::Serif);
    serif.setPointSizeF(BasePointSize);
    setFont(serif);
}

void BodyEdit::setZoom(int steps)
{
    m_zoom = qBound(-4, steps, 10);
    QFont f = font();
    f.setPointSizeF(BasePointSize * (1.0 + 0.1 * m_zoom));
    setFont(f);
    fitColumn(width());
}

void BodyEdit::resizeEvent(QResizeEvent *event)
{
    // The event is the viewport's (QAbstractScrollArea): the column follows the whole editor.
    fitColumn(width());
    QTextEdit::resizeEvent(event);
}

void BodyEdit::fitColumn(int width)
{
    const int column = QFontMetrics(font()).averageCharWidth() * MeasureChars
        + 2 * int(document()->documentMargin());
    const int side = qMax(0, (width - column) / 2);
    // Only a change: setting the margins lays the scroll area out again, which resizes it.
    if (viewportMargins() != QMargins(side, 0, side, 0)) {
        setViewportMargins(side, 0, side, 0);
        Q_EMIT columnChanged(side);
    }
}

namespace {

// The local files among what was pasted or dropped.
QStringList localFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    const auto urls = source->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

} // namespace

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return app::PasteFilter::canReduce(source) || source->hasImage()
        || !localFiles(source).isEmpty();
}

QMimeData *BodyEdit::createMimeDataFromSelection() const
{
    QMimeData *data = QTextEdit::createMimeDataFromSelection();
    data->setData(app::PasteFilter::MarkdownMime,
                  app::PasteFilter::markdownOf(textCursor().selection()));
    return data;
}

int BodyEdit::photoAt(const QPoint &point) const
{
    const QPoint inDocument
        = point + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int hit = document()->documentLayout()->hitTest(inDocument, Qt::ExactHit);
    for (const int position : { hit, hit - 1 })
        if (position >= 0 && app::photos::at(document(), position)) {
            const QRectF box
                = document()->documentLayout()->blockBoundingRect(document()->findBlock(position));
            if (box.contains(inDocument))
                return position;
        }
    return -1;
}

void BodyEdit::mousePressEvent(QMouseEvent *event)
{
    m_pressedAt = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void BodyEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressedAt).manhattanLength()
            >= QApplication::startDragDistance())
        return;
    if (const int photo = photoAt(event->position().toPoint()); photo >= 0)
        Q_EMIT photoClicked(photo);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    // Photos: files dropped or pasted, or a picture pasted (not a copy of a body's own text,
    // which carries its photos in its Markdown).
    if (!source->hasFormat(app::PasteFilter::MarkdownMime)) {
        if (const QStringList files = localFiles(source); !files.isEmpty()) {
            Q_EMIT filesOffered(files);
            return;
        }
        // A picture alone (a screenshot, an image copied in a browser), not cells of a
        // spreadsheet, which come with a picture of themselves beside their text.
        if (source->hasImage() && source->text().trimmed().isEmpty()
            && !source->html().contains(QLatin1String("<table"), Qt::CaseInsensitive)) {
            Q_EMIT imageOffered(qvariant_cast<QImage>(source->imageData()));
            return;
        }
    }
    // The limit is checked before the paste is reduced: a huge paste never reaches the document.
    const qint64 pasted = source->hasFormat(app::PasteFilter::MarkdownMime)
        ? source->data(app::PasteFilter::MarkdownMime).size()
        : source->hasHtml() ? source->html().size()
                            : source->text().size();
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

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    const bool newLine = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (newLine || !event->text().isEmpty())
        leaveLinkAtItsEnd();
    QTextEdit::keyPressEvent(event);
    if (newLine)
        leaveLinkAtItsEnd();
}

void BodyEdit::leaveLinkAtItsEnd()
{
    const QTextCharFormat current = currentCharFormat();
    const QTextCursor cursor = textCursor();
    if (!current.isAnchor() || cursor.hasSelection())
        return;
    // Inside the link (the next character belongs to it) typing goes on in its text.
    if (!cursor.atBlockEnd()) {
        QTextCursor next = cursor;
        next.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        if (next.charFormat().isAnchor() && next.charFormat().anchorHref() == current.anchorHref())
            return;
    }
    QTextCharFormat plain = current;
    plain.setAnchor(false);
    plain.clearProperty(QTextFormat::AnchorHref);
    plain.clearProperty(QTextFormat::AnchorName);
    plain.clearProperty(QTextFormat::TextUnderlineStyle);
    plain.clearForeground();
    setCurrentCharFormat(plain);
}

void BodyEdit::setMarks(Marks layer, const QList<QTextEdit::ExtraSelection> &marks)
{
    (layer == Marks::Find ? m_findMarks : m_commentMarks) = marks;
    setExtraSelections(m_commentMarks + m_findMarks);
}

} // namespace copydesk::ui
