#pragma once

#include "db/records.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QString>

namespace copydesk::app {

// What text may enter the store (DESIGN.md §6), decided once for every path: window, paste,
// import, command line. Control characters other than tab and newline are removed (a carriage
// return becomes a newline).
class TextLimits final
{
public:
    // Removes control characters (C0 but tab and newline, DEL, C1); CR LF and CR become LF.
    static QString clean(const QString &text);
    // For one-line fields (headline, names): cleaned, and tabs and newlines become spaces.
    static QString cleanLine(const QString &text);

    // Cleans every text field of an article in place.
    static Result<void> prepareArticle(db::Article &article);

    // The byte offset of the first byte that only a binary file holds (a NUL), or -1.
    static qint64 binaryOffset(const QByteArray &bytes);
};

} // namespace copydesk::app
