#include "app/body/textanchor.h"

#include "app/body/findreplace.h"
#include "app/body/markdownreader.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <limits>

namespace copydesk::app {

namespace {

// How many characters of a agree with b, read from their ends (backwards) or starts.
int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// How well the text around [start, end) agrees with the anchor's context.
int contextScore(const QString &text, int start, int end, const db::TextAnchor &anchor)
{
    const int before = std::max(0, start - int(anchor.prefix.size()));
    return commonSuffix(anchor.prefix, text.mid(before, start - before))
        + commonPrefix(anchor.suffix, text.mid(end, anchor.suffix.size()));
}

struct Approximate
{
    int start = -1;
    int end = -1;
    int distance = std::numeric_limits<int>::max();
};

// The place in text[first, last) closest to pattern by edit distance (Sellers' algorithm: the
// match may start anywhere), at most maxDistance; of several as close, the one ending nearest
// nearEnd.
Approximate approximate(const QString &text, const QString &pattern, int maxDistance, int nearEnd,
                        int first, int last)
{
    const int m = int(pattern.size());
    const int n = last;
    Approximate best;
    if (m == 0 || n <= first)
        return best;
    // Column by column over the text: cost[i] is the distance of pattern[0, i) to the best
    // text piece ending here, from[i] where that piece starts.
    std::vector<int> cost(m + 1), from(m + 1), lastCost(m + 1), lastFrom(m + 1);
    for (int i = 0; i <= m; ++i) {
        lastCost[i] = i;
        lastFrom[i] = first;
    }
    for (int j = first + 1; j <= n; ++j) {
        cost[0] = 0;
        from[0] = j;
        const QChar c = text.at(j - 1);
        for (int i = 1; i <= m; ++i) {
            int value = lastCost[i - 1] + (pattern.at(i - 1) == c ? 0 : 1);
            int start = lastFrom[i - 1];
            if (lastCost[i] + 1 < value) { // a character of the text left out
                value = lastCost[i] + 1;
                start = lastFrom[i];
            }
            if (cost[i - 1] + 1 < value) { // a character of the pattern left out
                value = cost[i - 1] + 1;
                start = from[i - 1];
            }
            cost[i] = value;
            from[i] = start;
        }
        const int d = cost[m];
        if (d <= maxDistance
            && (d < best.distance
                || (d == best.distance && std::abs(j - nearEnd) < std::abs(best.end - nearEnd)))) {
            best.distance = d;
            best.start = from[m];
            best.end = j;
        }
        std::swap(cost, lastCost);
        std::swap(from, lastFrom);
    }
    return best;
}

} // namespace

QString TextAnchors::plainText(const QTextDocument *document)
{
    QString text = document->toRawText();
    for (QChar &c : text)
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    return text;
}

QString TextAnchors::plainTextOf(const QString &markdown)
{
    QTextDocument document;
    MarkdownReader::read(markdown, &document);
    return plainText(&document);
}

db::TextAnchor TextAnchors::make(const QString &text, int start, int end, int version)
{
    db::TextAnchor anchor;
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    anchor.quote = text.mid(start, end - start);
    const int before = std::max(0, start - ContextChars);
    anchor.prefix = text.mid(before, start - before);
    anchor.suffix = text.mid(end, ContextChars);
    anchor.start = start;
    anchor.end = end;
    anchor.version = version;
    return anchor;
}

QList<std::pair<int, int>> TextAnchors::find(const QString &text, const QString &passage)
{
    QList<std::pair<int, int>> places;
    const QString trimmed = passage.trimmed();
    if (trimmed.isEmpty())
        return places;
    const QRegularExpression pattern(FindReplace::literalPattern(trimmed, true),
                                     QRegularExpression::UseUnicodePropertiesOption);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        places.append({ int(m.capturedStart()), int(m.capturedEnd()) });
    }
    return places;
}

TextAnchors::Located TextAnchors::locate(const QString &text, const db::TextAnchor &anchor)
{
    Located at;
    const QString &quote = anchor.quote;
    if (quote.isEmpty())
        return at;

    // Exactly: of several, the one whose context agrees best, then the nearest.
    int bestScore = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (qsizetype i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
        const int start = int(i);
        const int end = start + int(quote.size());
        const int score = contextScore(text, start, end, anchor);
        const int distance = anchor.start >= 0 ? std::abs(start - anchor.start) : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            bestScore = score;
            bestDistance = distance;
            at.start = start;
            at.end = end;
        }
    }
    if (at.start >= 0) {
        at.match = at.start == anchor.start ? Match::Exact : Match::Moved;
        return at;
    }

    // A few characters changed inside it: the closest piece of text, within a quarter of its
    // length, near where it stood (a look-alike far away is another passage, and a whole long
    // article is not searched this way for every comment). A long passage is matched by its
    // two ends.
    if (quote.size() >= FuzzyMinimum) {
        constexpr int Piece = 128;
        const int nearEnd = anchor.end >= 0 ? anchor.end : 0;
        int first = 0;
        int last = int(text.size());
        if (anchor.start >= 0) {
            const int stood = std::min(anchor.start, int(text.size()));
            first = std::max(0, stood - FuzzyReach);
            last = std::min(int(text.size()), stood + int(quote.size()) + FuzzyReach);
        }
        if (quote.size() <= 2 * Piece) {
            const Approximate a
                = approximate(text, quote, int(quote.size()) / 4, nearEnd, first, last);
            if (a.start >= 0 && a.end > a.start) {
                at.start = a.start;
                at.end = a.end;
                at.match = Match::Fuzzy;
                return at;
            }
        } else {
            const QString head = quote.left(Piece);
            const QString tail = quote.right(Piece);
            const Approximate h
                = approximate(text, head, Piece / 4,
                              anchor.start >= 0 ? anchor.start + Piece : Piece, first, last);
            const Approximate t = approximate(text, tail, Piece / 4, nearEnd, first, last);
            if (h.start >= 0 && t.start >= 0 && t.end > h.start
                && t.end - h.start <= 2 * quote.size()) {
                at.start = h.start;
                at.end = t.end;
                at.match = Match::Fuzzy;
                return at;
            }
        }
    }

    // Rewritten inside, but what stood either side still does: the passage is what is between.
    if (anchor.prefix.size() >= FuzzyMinimum && anchor.suffix.size() >= FuzzyMinimum) {
        for (qsizetype p = text.indexOf(anchor.prefix); p >= 0;
             p = text.indexOf(anchor.prefix, p + 1)) {
            const int start = int(p + anchor.prefix.size());
            const qsizetype s = text.indexOf(anchor.suffix, start);
            if (s > start && s - start <= 2 * quote.size() + ContextChars) {
                at.start = start;
                at.end = int(s);
                at.match = Match::Fuzzy;
                return at;
            }
        }
    }
    return at;
}

TextAnchors::Located TextAnchors::locateFor(const db::Comment &comment, const QString &text)
{
    if (comment.kind != db::Comment::Kind::Suggestion)
        return locate(text, comment.anchor);
    if (comment.state != db::Comment::State::Open)
        return {};
    const Located at = locate(text, comment.anchor);
    return at.match == Match::Fuzzy ? Located() : at;
}

db::TextAnchor TextAnchors::moved(const QString &text, const db::TextAnchor &anchor,
                                  const Located &at, int version)
{
    if (!at.found()) {
        db::TextAnchor orphan = anchor;
        orphan.start = -1;
        orphan.end = -1;
        orphan.version = version;
        return orphan;
    }
    return make(text, at.start, at.end, version);
}

} // namespace copydesk::app
