#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace copydesk::app {

// What text may enter the store (DESIGN.md §6), decided once for every path: window, paste,
// import, command line. Control characters other than tab and newline are removed (a carriage
// return becomes a newline), and each field has a length limit no newsroom reaches by accident;
// more is refused with a message that names the field, its length and the limit.
class TextLimits final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::TextLimits)

public:
    static constexpr int HeadlineChars = 300;
    static constexpr int StandfirstChars = 1000;
    static constexpr int NameChars = 80; // section and tag names
    static constexpr int BodyChars = 2 * 1024 * 1024; // about 350,000 words
    static constexpr int NoteChars = 10000;
    // A file bigger than this cannot hold a body within the limit, whatever its encoding.
    static constexpr qint64 FileBytes = qint64(BodyChars) * 4;

    // Removes control characters (C0 but tab and newline, DEL, C1); CR LF and CR become LF.
    static QString clean(const QString &text);
    // For one-line fields (headline, names): cleaned, and tabs and newlines become spaces.
    static QString cleanLine(const QString &text);

    // "the headline is 412 characters long; the limit is 300"
    static Result<void> check(const QString &field, const QString &text, int limit);

    // Cleans every text field of an article in place and checks it against the limits.
    static Result<void> prepareArticle(db::Article &article);

    // Pasting `pasted` characters into a body of `current` characters.
    static Result<void> checkPaste(qint64 current, qint64 pasted);

    // The byte offset of the first byte that only a binary file holds (a NUL), or -1.
    static qint64 binaryOffset(const QByteArray &bytes);
};

} // namespace copydesk::app
