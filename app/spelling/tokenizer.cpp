#include "app/spelling/tokenizer.h"

#include <QRegularExpression>

namespace copydesk::app {

namespace {

bool isMasked(const QList<bool> &masked, int start, int length)
{
    if (masked.isEmpty())
        return false;
    for (int i = start; i < start + length && i < masked.size(); ++i)
        if (masked[i])
            return true;
    return false;
}

Token::Kind classify(const QString &word, const QString &text, int end,
                     const Tokenizer::Options &options)
{
    static const QRegularExpression ordinal(QStringLiteral("^[0-9]+(st|nd|rd|th|ST|ND|RD|TH)$"));
    bool digits = false;
    bool letters = false;
    bool lower = false;
    bool inScript = false;
    for (const QChar c : word) {
        digits = digits || c.isDigit();
        letters = letters || c.isLetter();
        lower = lower || c.isLower();
        inScript = inScript || (c.isLetter() && c.script() == options.script);
    }
    if (ordinal.match(word).hasMatch())
        return Token::Kind::Ordinal;
    if (digits)
        return Token::Kind::Number;
    if (letters && !inScript)
        return Token::Kind::OtherScript;
    // A capital letter followed by a full stop: an initial (J. K. Rowling, J.K. Rowling).
    const bool stopAfter = end < text.size() && text.at(end) == u'.';
    if (word.size() == 1 && word.at(0).isUpper() && stopAfter)
        return Token::Kind::Initial;
    if (options.skipAllCaps && letters && !lower && word.size() >= 2)
        return Token::Kind::Abbreviation;
    return Token::Kind::Word;
}

} // namespace

QList<Token> Tokenizer::tokenize(const QString &text, const QList<bool> &masked,
                                 const Options &options)
{
    // URLs, e-mail addresses, @handles, identifiers and paths first: their pieces are not words.
    static const QRegularExpression special(QStringLiteral(
        "(?<url>\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+)"
        "|(?<email>[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+)"
        "|(?<handle>(?<![\\w@])@\\w+)"
        "|(?<ident>[\\p{L}\\p{M}\\p{N}_.~:\\-]*[_/\\\\][\\p{L}\\p{M}\\p{N}_.~:…/\\\\\\-]*)"));
    // A word: letters, marks and digits, joined by inner apostrophes and hyphens.
    static const QRegularExpression wordPattern(
        QStringLiteral("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*"));

    QList<Token> tokens;
    QList<std::pair<int, int>> spans; // special spans to skip
    auto it = special.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        Token t;
        t.start = int(m.capturedStart());
        t.length = int(m.capturedLength());
        // A URL does not take the sentence's closing punctuation.
        while (t.length > 0
               && QStringLiteral(".,;:!?)’”'\"").contains(text.at(t.start + t.length - 1)))
            --t.length;
        t.text = text.mid(t.start, t.length);
        if (!m.captured(QStringLiteral("ident")).isEmpty()) {
            // Only with a letter or digit: a lone slash or a run of underscores is punctuation.
            // Its words are words when the slash or underscore is only at an end ("_Kiev").
            bool alphanumeric = false;
            for (const QChar c : std::as_const(t.text))
                alphanumeric = alphanumeric || c.isLetterOrNumber();
            const QString inner = t.text.mid(1, t.text.size() - 2);
            if (!alphanumeric || t.text.size() < 3
                || !(inner.contains(u'_') || inner.contains(u'/') || inner.contains(u'\\')
                     || t.text.startsWith(u'/') || t.text.startsWith(u'\\')))
                continue;
        }
        t.kind = !m.captured(QStringLiteral("url")).isEmpty() ? Token::Kind::Url
            : !m.captured(QStringLiteral("email")).isEmpty()  ? Token::Kind::Email
            : !m.captured(QStringLiteral("handle")).isEmpty() ? Token::Kind::Handle
                                                              : Token::Kind::Identifier;
        tokens.append(t);
        spans.append({ t.start, t.start + t.length });
    }

    auto words = wordPattern.globalMatch(text);
    while (words.hasNext()) {
        const auto m = words.next();
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        bool inSpecial = false;
        for (const auto &[from, to] : spans)
            inSpecial = inSpecial || (start < to && end > from);
        if (inSpecial)
            continue;
        const QString word = m.captured();
        const int length = end - start;
        Token t;
        t.start = start;
        t.length = length;
        t.text = word;
        t.kind = isMasked(masked, start, length) ? Token::Kind::Masked
                                                 : classify(word, text, end, options);
        tokens.append(t);
    }
    std::sort(tokens.begin(), tokens.end(),
              [](const Token &a, const Token &b) { return a.start < b.start; });
    return tokens;
}

} // namespace copydesk::app
