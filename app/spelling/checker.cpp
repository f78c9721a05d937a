#include "app/spelling/checker.h"

#include "app/body/markdownreader.h"
#include "app/body/textstats.h"
#include "app/spelling/housestyle.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace copydesk::app {

namespace {

const QString Spelling = QStringLiteral("spelling");
const QString RepeatedWord = QStringLiteral("repeated-word");
const QString NameSpelling = QStringLiteral("name-spelling");
const QString MixedQuotes = QStringLiteral("mixed-quotes");
const QString DoubleSpace = QStringLiteral("double-space");
const QString LongSentence = QStringLiteral("long-sentence");
const QString HouseStyleKind = QStringLiteral("house-style");
const QString PhotoKind = QStringLiteral("photo");

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString withoutPossessive(const QString &word)
{
    if (word.size() > 3
        && (word.endsWith(QStringLiteral("’s")) || word.endsWith(QStringLiteral("'s"))))
        return word.left(word.size() - 2);
    return word;
}

Issue issueAt(int line, int start, int length, const QString &word, const QString &kind,
              const QString &message)
{
    Issue i;
    i.line = line;
    i.column = start + 1;
    i.length = length;
    i.word = word;
    i.kind = kind;
    i.message = message;
    return i;
}

bool countsAsWord(const Token &t)
{
    return t.kind != Token::Kind::Url && t.kind != Token::Kind::Email
        && t.kind != Token::Kind::Identifier;
}

} // namespace

Checker::Checker(std::shared_ptr<Speller> speller, QSet<QString> accepted, Options options)
    : m_speller(std::move(speller))
    , m_accepted(std::move(accepted))
    , m_options(std::move(options))
{ }

QStringList Checker::kinds()
{
    return { Spelling,    RepeatedWord, NameSpelling,   MixedQuotes,
             DoubleSpace, LongSentence, HouseStyleKind, PhotoKind };
}

QString Checker::kindLabel(const QString &kind)
{
    if (kind == Spelling)
        return tr("Spelling");
    if (kind == RepeatedWord)
        return tr("Repeated word");
    if (kind == NameSpelling)
        return tr("Name spelt two ways");
    if (kind == MixedQuotes)
        return tr("Straight and typographic quotes mixed");
    if (kind == DoubleSpace)
        return tr("Double space");
    if (kind == LongSentence)
        return tr("Sentence over 40 words");
    if (kind == HouseStyleKind)
        return tr("House style");
    if (kind == PhotoKind)
        return tr("Photo");
    if (kind == QLatin1String("length"))
        return tr("Length");
    return kind;
}

bool Checker::isKnown(const QString &word)
{
    if (m_accepted.contains(word))
        return true;
    const QString stem = withoutPossessive(word);
    // A house word in lower case also covers its capitalised and all-capitals forms.
    for (const QString &form : { word, stem }) {
        if (m_accepted.contains(form) || m_accepted.contains(form.toLower()))
            return true;
    }
    if (!m_speller)
        return true;
    return m_speller->isCorrect(word) || (stem != word && m_accepted.contains(stem));
}

void Checker::spelling(const CheckLine &line, const QList<Token> &tokens, int lineNumber,
                       QList<Issue> &out)
{
    for (const Token &t : tokens) {
        if (t.kind != Token::Kind::Word || isKnown(t.text))
            continue;
        if (t.text.contains(QLatin1Char('-'))) {
            // A compound is right when each of its parts is: report only the wrong parts.
            int offset = 0;
            const auto parts = t.text.split(QLatin1Char('-'));
            for (const QString &part : parts) {
                if (!part.isEmpty() && !isKnown(part))
                    out.append(issueAt(lineNumber, t.start + offset, int(part.size()), part,
                                       Spelling, tr("‘%1’ is not in the dictionary").arg(part)));
                offset += int(part.size()) + 1;
            }
            continue;
        }
        out.append(issueAt(lineNumber, t.start, t.length, t.text, Spelling,
                           tr("‘%1’ is not in the dictionary").arg(t.text)));
    }
    Q_UNUSED(line);
}

void Checker::repeatedWords(const CheckLine &line, const QList<Token> &tokens, int lineNumber,
                            QList<Issue> &out)
{
    const Token *previous = nullptr;
    for (const Token &t : tokens) {
        if (!countsAsWord(t) || t.kind == Token::Kind::Number) {
            previous = nullptr;
            continue;
        }
        if (previous) {
            // Only punctuation and quotes between them, and no full stop.
            const int from = previous->start + previous->length;
            const QString between = line.text.mid(from, t.start - from);
            bool sentenceBreak = false;
            for (const QChar c : between)
                sentenceBreak = sentenceBreak || isSentenceEnd(c) || c.isLetterOrNumber();
            if (!sentenceBreak && previous->text.compare(t.text, Qt::CaseInsensitive) == 0)
                out.append(issueAt(lineNumber, t.start, t.length, t.text, RepeatedWord,
                                   tr("‘%1’ is repeated").arg(t.text)));
        }
        previous = &t;
    }
}

void Checker::doubleSpaces(const CheckLine &line, int lineNumber, QList<Issue> &out)
{
    static const QRegularExpression spaces(QStringLiteral("(?<=\\S)[ \\x{00A0}]{2,}(?=\\S)"));
    auto it = spaces.globalMatch(line.text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(issueAt(lineNumber, int(m.capturedStart()), int(m.capturedLength()),
                           m.captured(), DoubleSpace, tr("two spaces where one will do")));
    }
}

void Checker::longSentences(const CheckLine &line, const QList<Token> &tokens, int lineNumber,
                            QList<Issue> &out)
{
    int sentenceStart = -1;
    int words = 0;
    QString firstWords;
    auto finish = [&](int end) {
        if (words > m_options.longSentenceWords && sentenceStart >= 0)
            out.append(issueAt(lineNumber, sentenceStart, end - sentenceStart,
                               firstWords + QStringLiteral("…"), LongSentence,
                               tr("a sentence of %1 words (over %2)")
                                   .arg(words)
                                   .arg(m_options.longSentenceWords)));
        sentenceStart = -1;
        words = 0;
        firstWords.clear();
    };
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (!countsAsWord(t))
            continue;
        if (sentenceStart < 0)
            sentenceStart = t.start;
        ++words;
        if (words <= 4)
            firstWords += (firstWords.isEmpty() ? QString() : QStringLiteral(" ")) + t.text;
        // Does a sentence end between this token and the next?
        const int from = t.start + t.length;
        const int to = i + 1 < tokens.size() ? tokens[i + 1].start : int(line.text.size());
        const QString gap = line.text.mid(from, to - from);
        bool ends = false;
        for (int k = 0; k < gap.size(); ++k)
            ends = ends || (isSentenceEnd(gap.at(k)) && t.kind != Token::Kind::Initial);
        if (ends || i + 1 == tokens.size())
            finish(to);
    }
}

void Checker::nameVariants(const QList<CheckLine> &lines, QList<Issue> &out)
{
    struct Occurrence
    {
        int line;
        int start;
        int length;
    };
    QHash<QString, QList<Occurrence>> names;
    QStringList order;
    for (int l = 0; l < lines.size(); ++l) {
        Tokenizer::Options tokenOptions;
        if (m_speller)
            tokenOptions.script = m_speller->script();
        const auto tokens = Tokenizer::tokenize(lines[l].text, lines[l].masked, tokenOptions);
        for (const Token &t : tokens) {
            if (t.kind != Token::Kind::Word)
                continue;
            const QString name = withoutPossessive(t.text);
            if (name.size() < 5 || !name.at(0).isUpper() || name.toUpper() == name)
                continue;
            if (!names.contains(name))
                order.append(name);
            names[name].append({ l + 1, t.start, int(name.size()) });
        }
    }
    // Only names with the same first letter and lengths within two can be one name spelt two
    // ways: each is compared with those alone, not with every other name of the article.
    QHash<std::pair<QChar, qsizetype>, QList<int>> alike;
    for (int i = 0; i < order.size(); ++i)
        alike[{ order[i].at(0), order[i].size() }].append(i);
    // Whether each is a dictionary word, asked once per name rather than once per pair.
    QList<bool> known(order.size());
    for (int i = 0; i < order.size(); ++i)
        known[i] = isKnown(order[i]);
    QSet<QString> flagged;
    for (int i = 0; i < order.size(); ++i) {
        QList<int> candidates;
        for (qsizetype length = order[i].size() - 2; length <= order[i].size() + 2; ++length)
            for (int j : alike.value({ order[i].at(0), length }))
                if (j > i)
                    candidates.append(j);
        std::sort(candidates.begin(), candidates.end());
        for (int j : std::as_const(candidates)) {
            const QString &a = order[i];
            const QString &b = order[j];
            // Two dictionary words (Council, Councils) are not one name spelt two ways.
            if (known[i] && known[j])
                continue;
            if (a.at(0) != b.at(0) || qAbs(a.size() - b.size()) > 2
                || a.compare(b, Qt::CaseInsensitive) == 0)
                continue;
            if (editDistance(a, b) > 2)
                continue;
            // The rarer spelling is the suspect; on a tie, the later one.
            const QString &suspect = names[a].size() < names[b].size() ? a : b;
            const QString &other = &suspect == &a ? b : a;
            if (flagged.contains(suspect))
                continue;
            flagged.insert(suspect);
            for (const Occurrence &o : names[suspect])
                out.append(
                    issueAt(o.line, o.start, o.length, suspect, NameSpelling,
                            tr("‘%1’ is also spelt ‘%2’ in this article").arg(suspect, other)));
        }
    }
}

void Checker::mixedQuotes(const QList<CheckLine> &lines, QList<Issue> &out)
{
    static const QString straight = QStringLiteral("\"'");
    static const QString typographic = QStringLiteral("“”‘’");
    struct Mark
    {
        int line;
        int at;
        QChar c;
    };
    QList<Mark> straightMarks;
    bool anyTypographic = false;
    for (int l = 0; l < lines.size(); ++l) {
        const CheckLine &line = lines[l];
        for (int i = 0; i < line.text.size(); ++i) {
            if (!line.masked.isEmpty() && i < line.masked.size() && line.masked[i])
                continue;
            const QChar c = line.text.at(i);
            if (straight.contains(c))
                straightMarks.append({ l + 1, i, c });
            else if (typographic.contains(c))
                anyTypographic = true;
        }
    }
    if (!anyTypographic)
        return;
    for (const Mark &m : std::as_const(straightMarks))
        out.append(issueAt(m.line, m.at, 1, QString(m.c), MixedQuotes,
                           m.c == u'"'
                               ? tr("a straight quote in copy that uses typographic quotes (“ ”)")
                               : tr("a straight apostrophe or quote in copy that uses typographic "
                                    "ones (‘ ’)")));
}

QList<Issue> Checker::checkLine(const CheckLine &line, int lineNumber)
{
    ++m_linesChecked;
    QList<Issue> issues;
    Tokenizer::Options tokenOptions;
    tokenOptions.skipAllCaps = m_options.skipAllCaps;
    if (m_speller)
        tokenOptions.script = m_speller->script();
    const QList<Token> tokens = Tokenizer::tokenize(line.text, line.masked, tokenOptions);
    if (enabled(Spelling))
        spelling(line, tokens, lineNumber, issues);
    if (enabled(RepeatedWord))
        repeatedWords(line, tokens, lineNumber, issues);
    if (enabled(DoubleSpace))
        doubleSpaces(line, lineNumber, issues);
    if (enabled(LongSentence))
        longSentences(line, tokens, lineNumber, issues);
    if (m_houseStyle && enabled(HouseStyleKind)) {
        const auto matches = m_houseStyle->find(line, tokens);
        for (const StyleMatch &match : matches)
            issues.append(m_houseStyle->issueOf(match, lineNumber));
    }
    return issues;
}

QList<Issue> Checker::check(const QList<CheckLine> &lines)
{
    QList<Issue> issues;
    for (int l = 0; l < lines.size(); ++l)
        issues += checkLine(lines[l], l + 1);
    if (enabled(NameSpelling))
        nameVariants(lines, issues);
    if (enabled(MixedQuotes))
        mixedQuotes(lines, issues);
    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return issues;
}

QStringList Checker::suggest(const QString &word, int max)
{
    return m_speller ? m_speller->suggest(word, max) : QStringList();
}

void Checker::addSuggestions(QList<Issue> &issues, int max)
{
    for (Issue &issue : issues)
        if (issue.kind == Spelling && issue.suggestions.isEmpty())
            issue.suggestions = suggest(issue.word, max);
}

CheckLine Checker::lineOf(const QTextBlock &block)
{
    CheckLine line;
    line.text = block.text();
    line.masked.fill(false, line.text.size());
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (!format.isAnchor() && !format.fontFixedPitch())
            continue;
        const int from = fragment.position() - block.position();
        for (int i = from; i < from + fragment.length() && i < line.masked.size(); ++i)
            line.masked[i] = true;
    }
    return line;
}

std::optional<Issue> Checker::lengthIssue(int words, int commissioned)
{
    // Compared in whole numbers: 661 against 600 is over 10%, however it rounds.
    if (commissioned <= 0
        || qAbs(qint64(words) - commissioned) * 100
            <= qint64(textstats::LengthTolerancePercent) * commissioned)
        return std::nullopt;
    const int off = textstats::lengthOffPercent(words, commissioned);
    Issue length;
    length.kind = QStringLiteral("length");
    length.message = (off > 0 ? tr("%1 words against %2 commissioned (%3% over)")
                              : tr("%1 words against %2 commissioned (%3% under)"))
                         .arg(words)
                         .arg(commissioned)
                         .arg(qAbs(off));
    return length;
}

bool Checker::isUnknownName(const Issue &issue)
{
    return issue.kind == Spelling && !issue.word.isEmpty() && issue.word.front().isUpper()
        && issue.word.toUpper() != issue.word;
}

QString Checker::nameOf(const Issue &issue)
{
    return isUnknownName(issue) ? withoutPossessive(issue.word) : issue.word;
}

QList<IssueRow> Checker::rowsOf(const QList<Issue> &issues)
{
    QList<IssueRow> rows;
    QHash<QString, int> nameRow;
    for (int i = 0; i < issues.size(); ++i) {
        if (isUnknownName(issues[i])) {
            // Okonjo and Okonjo’s are one name.
            const QString name = withoutPossessive(issues[i].word);
            const auto found = nameRow.constFind(name);
            if (found != nameRow.cend()) {
                rows[*found].issues.append(i);
                continue;
            }
            nameRow.insert(name, int(rows.size()));
            rows.append({ { i }, true });
            continue;
        }
        rows.append({ { i }, false });
    }
    return rows;
}

CheckLine Checker::plainLine(const QString &text)
{
    CheckLine line { text, QList<bool>(text.size(), false) };
    auto mask = [&line](qsizetype from, qsizetype length) {
        for (qsizetype i = from; i < from + length && i < line.masked.size(); ++i)
            line.masked[i] = true;
    };
    const auto tokens = Tokenizer::tokenize(text);
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Url || t.kind == Token::Kind::Email)
            mask(t.start, t.length);
    static const QRegularExpression markup(
        QStringLiteral(R"(\]\([^)]*\)|`[^`]*`|<[A-Za-z][A-Za-z0-9+.-]*:[^>\s]*>)"));
    auto it = markup.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        mask(m.capturedStart(), m.capturedLength());
    }
    return line;
}

QList<CheckLine> Checker::linesOf(const QTextDocument *document)
{
    QList<CheckLine> lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        lines.append(lineOf(block));
    return lines;
}

QList<CheckLine> Checker::linesOf(const QString &headline, const QString &standfirst,
                                  const QString &body)
{
    QList<CheckLine> lines;
    lines.append({ headline, {} });
    lines.append({ standfirst, {} });
    QTextDocument document;
    MarkdownReader::read(body, &document);
    lines += linesOf(&document);
    return lines;
}

} // namespace copydesk::app
