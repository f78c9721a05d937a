#include "app/body/findreplace.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk::app {

QString FindReplace::literalPattern(const QString &text, bool quotesAlike)
{
    QString out;
    bool inSpace = false;
    // By code point: a character outside the BMP (an emoji) is one, not two halves.
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const bool space = c == u' ' || c == 0x00A0;
        if (space) {
            if (!inSpace)
                out += QStringLiteral("[ \\x{00A0}]+");
            inSpace = true;
            continue;
        }
        inSpace = false;
        if (quotesAlike && (c == u'\'' || c == 0x2018 || c == 0x2019))
            out += QStringLiteral("['‘’]");
        else if (quotesAlike && (c == u'"' || c == 0x201C || c == 0x201D))
            out += QStringLiteral("[\"“”]");
        else if (QChar::isLetterOrNumber(c))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        else
            out += QStringLiteral("\\x{%1}").arg(c, 0, 16);
    }
    return out;
}

Result<QRegularExpression> FindReplace::pattern(const QString &text, const FindOptions &options)
{
    if (text.isEmpty())
        return failure(Error::Kind::Invalid, tr("nothing to find"));
    QString body = options.regularExpression ? text : literalPattern(text, !options.exactQuotes);
    if (options.wholeWords)
        body = QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)(?![\\p{L}\\p{N}_])").arg(body);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.matchCase)
        flags |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression expression(body, flags);
    if (!expression.isValid())
        return failure(Error::Kind::Invalid,
                       tr("not a regular expression: %1 (at character %2)")
                           .arg(expression.errorString())
                           .arg(expression.patternErrorOffset() + 1));
    return expression;
}

QString FindReplace::replacementOf(const QRegularExpressionMatch &match, const QString &with,
                                   bool regularExpression)
{
    if (!regularExpression)
        return with;
    QString out;
    for (int i = 0; i < with.size(); ++i) {
        const QChar c = with.at(i);
        const QChar next = i + 1 < with.size() ? with.at(i + 1) : QChar();
        if ((c == u'\\' || c == u'$') && next.isDigit()) {
            out += match.captured(next.digitValue());
            ++i;
        } else if ((c == u'\\' && next == u'\\') || (c == u'$' && next == u'$')) {
            out += c;
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QList<FindMatch> FindReplace::findAll(const QTextDocument *document,
                                      const QRegularExpression &pattern, const QString &replaceWith,
                                      bool regularExpression)
{
    QList<FindMatch> matches;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        auto it = pattern.globalMatch(block.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            matches.append({ block.position() + int(m.capturedStart()), int(m.capturedLength()),
                             replacementOf(m, replaceWith, regularExpression) });
        }
    }
    return matches;
}

int FindReplace::replaceAll(QTextDocument *document, const QRegularExpression &pattern,
                            const QString &with, bool regularExpression)
{
    const QList<FindMatch> matches = findAll(document, pattern, with, regularExpression);
    if (matches.isEmpty())
        return 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // From the end, so that the earlier positions still hold.
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        cursor.setPosition(m->position);
        cursor.setPosition(m->position + m->length, QTextCursor::KeepAnchor);
        cursor.insertText(m->replacement, cursor.charFormat());
    }
    cursor.endEditBlock();
    return int(matches.size());
}

} // namespace copydesk::app
