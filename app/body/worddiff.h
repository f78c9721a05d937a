#pragma once

#include <QList>
#include <QString>

namespace copydesk::app {

// A word-level comparison of two texts, computed with the dtl library (Wu's O(NP) algorithm).
// Words, the spaces between them and each punctuation mark are the units, so a changed word
// shows as one deletion and one insertion and the text between stays whole.
class WordDiff final
{
public:
    struct Segment
    {
        enum class Kind { Same, Inserted, Deleted };
        Kind kind = Kind::Same;
        QString text;
    };

    static QList<Segment> compare(const QString &before, const QString &after);

    // HTML for a view: deletions struck through in red, insertions underlined in green, line
    // breaks kept; all text escaped.
    static QString toHtml(const QList<Segment> &segments);
    // Plain text for the command line: [-deleted-]{+inserted+}.
    static QString toText(const QList<Segment> &segments);

    static int changes(const QList<Segment> &segments); // inserted and deleted segments

    // An article's text as a reader sees it, for comparing versions in the window: the
    // headline, the standfirst when there is one, and the body's text without its Markdown.
    static QString readableText(const QString &headline, const QString &standfirst,
                                const QString &body);

    static QStringList units(const QString &text);
};

} // namespace copydesk::app
