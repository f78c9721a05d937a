#pragma once

#include <QTextEdit>

namespace copydesk::ui {

// The WYSIWYG body editor: a QTextEdit whose paste is reduced to the newsroom's semantics.
class BodyEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEdit(QWidget *parent = nullptr);

    // The text a step larger or smaller (10% a step, from -4 to 10); 0 is the usual size.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    // About this many characters to a line, the column centred in a wider editor.
    static constexpr int MeasureChars = 70;

    // How far the column stands in from each side of the editor, for fields that line up
    // with it.
    int columnInset() const { return viewportMargins().left(); }

    // Marks over the text that are not part of it (extra selections), in layers that do not
    // clear each other: the find bar's matches over the passages of comments.
    enum class Marks { Comments, Find };
    void setMarks(Marks layer, const QList<QTextEdit::ExtraSelection> &marks);

Q_SIGNALS:
    // The column moved (a resize or a zoom): its new inset from each side.
    void columnChanged(int inset);
    // A paste beyond the body's limit (app/textlimits.h) was refused; the reason is shown.
    void pasteRefused(const QString &reason);
    // Files pasted or dropped at the cursor (photos, for PhotoDesk), and a picture pasted.
    void filesOffered(const QStringList &paths);
    void imageOffered(const QImage &image);
    // A photo in the body was clicked (the position of its object character).
    void photoClicked(int position);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumn(int width);

    int m_zoom = 0;
    QPoint m_pressedAt;
    // The photo under a point of the viewport, or -1.
    int photoAt(const QPoint &point) const;
    QList<QTextEdit::ExtraSelection> m_commentMarks;
    QList<QTextEdit::ExtraSelection> m_findMarks;

    // At the end of a link, what is typed next (or the line a Return starts) is not part of it.
    void leaveLinkAtItsEnd();
};

} // namespace copydesk::ui
