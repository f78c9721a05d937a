#pragma once

#include <QTextDocumentFragment>

class QMimeData;

namespace copydesk::app {

// Reduces pasted content (from a word processor or a browser) to the newsroom's semantics: it
// passes through the same Markdown writer and reader as a saved body, so fonts, colours,
// underline, tables and images are gone and what remains is exactly what a save would keep.
//
// Within Copydesk a copy also carries the selection as the body's own Markdown (MarkdownMime),
// so that what is cut, copied or dragged from one place of a body to another, photos included,
// arrives exactly as it was.
class PasteFilter final
{
public:
    static inline const QString MarkdownMime = QStringLiteral("application/x-copydesk-markdown");
    // A selection as MarkdownMime holds it.
    static QByteArray markdownOf(const QTextDocumentFragment &selection);

    static bool canReduce(const QMimeData *source);
    static QTextDocumentFragment reduce(const QMimeData *source);
    static QTextDocumentFragment fromHtml(const QString &html);
    static QTextDocumentFragment fromPlainText(const QString &text);
};

} // namespace copydesk::app
