#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

class QTextDocument;

namespace copydesk::app {

// How to find: case, whole words, a regular expression, and whether straight and typographic
// quotes and apostrophes are told apart (by default they match each other: "don't" finds
// "don’t").
struct FindOptions
{
    bool matchCase = false;
    bool wholeWords = false;
    bool regularExpression = false;
    bool exactQuotes = false;
};

// One match in a document.
struct FindMatch
{
    int position = 0;
    int length = 0;
    QString replacement; // what Replace writes for it (groups filled in for a regular expression)
};

// Find and replace in an article's body, the way a sub-editor expects: typographic quotes alike,
// whole words by letters and digits, regular expressions with \1 or $1 groups in the
// replacement, and replace all as one undo step. No store, no widgets.
class FindReplace final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::FindReplace)

public:
    // The pattern for what was typed; an error for an empty or broken regular expression.
    static Result<QRegularExpression> pattern(const QString &text, const FindOptions &options);
    // A literal text as a pattern: quotes and apostrophes of either kind when quotesAlike, any
    // run of spaces (and no-break spaces) between words.
    static QString literalPattern(const QString &text, bool quotesAlike);

    // Every match, in order, never empty, within paragraphs; with its replacement.
    static QList<FindMatch> findAll(const QTextDocument *document,
                                    const QRegularExpression &pattern,
                                    const QString &replaceWith = {},
                                    bool regularExpression = false);
    // The replacement for one match: \0-\9 and $0-$9 are its groups when regularExpression,
    // "\\" and "$$" a backslash and a dollar sign.
    static QString replacementOf(const QRegularExpressionMatch &match, const QString &with,
                                 bool regularExpression);
    // Every match replaced as one edit block (one undo step); how many.
    static int replaceAll(QTextDocument *document, const QRegularExpression &pattern,
                          const QString &with, bool regularExpression);
};

} // namespace copydesk::app
