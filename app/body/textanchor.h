#pragma once

#include "db/records.h"

#include <QList>
#include <QString>

#include <utility>

class QTextDocument;

namespace copydesk::app {

// Anchors of comments and suggestions in an article's body, in the manner of the W3C Web
// Annotation TextQuoteSelector and TextPositionSelector: the passage quoted, some text before
// and after it, and its position. They point into the body's plain text as the editor shows it
// (TextAnchors::plainText: one line per paragraph, no-break spaces kept), whose positions are
// the editor's own; so a comment made in the window and one made with --quote agree.
//
// A passage is found again (locate) by its exact quote, the nearest occurrence whose context
// agrees best when it is repeated; else by a fuzzy match near where it stood (a few characters
// changed inside it), or between its context when that still stands; else it is orphaned. No
// store, no widgets.
class TextAnchors final
{
public:
    // How much context an anchor keeps on each side.
    static constexpr int ContextChars = 32;
    // Quotes shorter than this are only found exactly: a short word found fuzzily would be
    // some other word.
    static constexpr int FuzzyMinimum = 8;
    // How far from where it stood a passage changed inside is looked for, in characters each
    // way (about 700 words): further, only its exact words or its context find it.
    static constexpr int FuzzyReach = 4096;

    static QString plainText(const QTextDocument *document);
    static QString plainTextOf(const QString &markdown);

    // The anchor of text [start, end).
    static db::TextAnchor make(const QString &text, int start, int end, int version);

    // Every place the passage stands in the text, as a person would type it: straight and
    // typographic quotes alike, any run of spaces alike.
    static QList<std::pair<int, int>> find(const QString &text, const QString &passage);

    enum class Match { Exact, Moved, Fuzzy, Orphaned };
    struct Located
    {
        int start = -1;
        int end = -1;
        Match match = Match::Orphaned;
        bool found() const { return match != Match::Orphaned; }
    };
    static Located locate(const QString &text, const db::TextAnchor &anchor);
    // Where a comment's passage stands: an open comment's as locate() finds it; an open
    // suggestion's only where its exact words do; a closed suggestion's nowhere.
    static Located locateFor(const db::Comment &comment, const QString &text);

    // The anchor for where it was located in the text at this version (the quote as the text
    // now reads); an orphan keeps its quote, with no position.
    static db::TextAnchor moved(const QString &text, const db::TextAnchor &anchor,
                                const Located &at, int version);
};

} // namespace copydesk::app
