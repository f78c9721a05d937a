#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace copydesk::app {

// An article read from a file, before it is stored.
struct ImportedText
{
    QString headline;
    QString body; // CommonMark
    QStringList notes; // what was changed on the way in (an HTML page's images kept as links)
};

// Reads plain text, Markdown and HTML files into articles. Every character of the text survives;
// what is refused is refused with the file and the place named.
class TextImport final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::TextImport)

public:
    // .txt: the first non-empty line is the headline; paragraphs are separated by blank lines
    // (or, in a file without blank lines, one paragraph a line), and a line break inside a
    // paragraph becomes a space.
    // .md: a first-level heading at the top, or else the first line, is the headline; the rest
    // is the body, normalized.
    // .html, .htm: an article page (HtmlConverter::fromPage): the headline from its <h1> or
    // <title>, the body from its <article> or <main>, page furniture left out.
    static Result<ImportedText> readFile(const QString &path);

    // The text of a file meant for the store: UTF-8, not binary (a NUL byte is refused with
    // its offset), cleaned of control characters (app/textlimits.h).
    static Result<QString> readTextFile(const QString &path);

    // Decodes UTF-8 (a byte order mark is dropped); invalid bytes are an error naming the line,
    // column and byte offset.
    static Result<QString> decodeUtf8(const QByteArray &bytes, const QString &shownName);

    static ImportedText fromPlainText(const QString &text);
    static ImportedText fromMarkdown(const QString &text);
};

} // namespace copydesk::app
