#pragma once

#include <QTextDocumentFragment>

class QMimeData;

namespace copydesk::app {

// Reduces pasted content (from a word processor or a browser) to the newsroom's semantics: it
// passes through the same Markdown writer and reader as a saved body, so fonts, colours,
// underline, tables and images are gone and what remains is exactly what a save would keep.
class PasteFilter final
{
public:
    static bool canReduce(const QMimeData *source);
    static QTextDocumentFragment reduce(const QMimeData *source);
    static QTextDocumentFragment fromHtml(const QString &html);
    static QTextDocumentFragment fromPlainText(const QString &text);
};

} // namespace copydesk::app
