#include "app/spelling/housestyle.h"

#include "app/body/findreplace.h"
#include "app/body/textlimits.h"
#include "app/spelling/tokenizer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace copydesk::app {

namespace {

const QString HouseStyleKind = QStringLiteral("house-style");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString sameQuotes(QString text)
{
    text.replace(u'‘', u'\'').replace(u'’', u'\'').replace(u'“', u'"').replace(u'”', u'"');
    return text;
}

// The runs of letters and digits of a text, in lower case.
QStringList wordsOf(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words << text.mid(start, i - start).toString().toLower();
            start = -1;
        }
    }
    return words;
}

bool overlapsMask(const CheckLine &line, int start, int length)
{
    for (int i = start; i < start + length && i < line.masked.size(); ++i)
        if (line.masked[i])
            return true;
    return false;
}

} // namespace

HouseStyle::HouseStyle(QList<db::StyleRule> rules)
    : m_rules(std::move(rules))
{
    for (int r = 0; r < m_rules.size(); ++r) {
        for (const QString &text : std::as_const(m_rules[r].avoid)) {
            if (text.isEmpty())
                continue;
            Form form;
            form.text = text;
            form.rule = r;
            form.words = wordsOf(text);
            QString pattern = FindReplace::literalPattern(text, true);
            if (isWordChar(text.front()))
                pattern.prepend(QStringLiteral("(?<![\\p{L}\\p{N}_])"));
            if (isWordChar(text.back()))
                pattern.append(QStringLiteral("(?![\\p{L}\\p{N}_])"));
            form.pattern = QRegularExpression(pattern,
                                              m_rules[r].caseSensitive
                                                  ? QRegularExpression::NoPatternOption
                                                  : QRegularExpression::CaseInsensitiveOption);
            // Each form is looked for only in lines that hold its longest word.
            QString anchor;
            for (const QString &word : std::as_const(form.words))
                if (word.size() > anchor.size())
                    anchor = word;
            const int index = int(m_forms.size());
            if (anchor.isEmpty() || anchor.size() >= qsizetype(m_anchorStarts.size())) {
                m_alwaysSearched.append(index); // no word, or a very long one
            } else {
                m_anchors[anchor].append(index);
                if (!m_anchorStarts[anchor.size()].contains(anchor.front()))
                    m_anchorStarts[anchor.size()] += anchor.front();
            }
            m_forms.append(form);
        }
    }
}

QString HouseStyle::adapted(const db::StyleRule &rule, const QString &found, const QString &form)
{
    QString preferred = rule.preferred;
    // At the start of a sentence, or in a headline written in capitals at each word: a capital
    // the form itself does not have.
    if (!rule.caseSensitive && !found.isEmpty() && !preferred.isEmpty() && found.front().isUpper()
        && preferred.front().isLower() && (form.isEmpty() || !form.front().isUpper()))
        preferred[0] = preferred.front().toUpper();
    // Typographic or straight, as the found text is.
    if (found.contains(u'’') || found.contains(u'‘'))
        preferred.replace(u'\'', u'’');
    else if (found.contains(u'\''))
        preferred.replace(u'’', u'\'');
    return preferred;
}

QList<int> HouseStyle::candidates(const QList<Token> &tokens) const
{
    QList<int> found = m_alwaysSearched;
    // Could this word be an anchor: its length and first letter first, then the table.
    auto formsOf = [this](QStringView word) -> const QList<int> * {
        if (word.size() >= qsizetype(m_anchorStarts.size())
            || !m_anchorStarts[word.size()].contains(word.front().toLower()))
            return nullptr;
        const auto at = m_anchors.constFind(word.toString().toLower());
        return at == m_anchors.cend() ? nullptr : &*at;
    };
    QList<int> anchored;
    for (const Token &t : tokens) {
        if (t.kind == Token::Kind::Masked || t.kind == Token::Kind::Url
            || t.kind == Token::Kind::Email || t.kind == Token::Kind::Identifier)
            continue;
        // Kiev’s, e-mail, COVID-19: each run of letters and digits of the token.
        const QStringView text(t.text);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool inWord = i < text.size() && text[i].isLetterOrNumber();
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (const QList<int> *forms = formsOf(text.mid(start, i - start)))
                    anchored += *forms;
                start = -1;
            }
        }
    }
    if (anchored.isEmpty())
        return found;
    // A form whose every word is in the line (a phrase's other words too), compared in place.
    auto lineHas = [&tokens](const QString &word) {
        for (const Token &t : tokens) {
            const QStringView text(t.text);
            for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
                const qsizetype end = at + word.size();
                if ((at == 0 || !text[at - 1].isLetterOrNumber())
                    && (end == text.size() || !text[end].isLetterOrNumber()))
                    return true;
            }
        }
        return false;
    };
    for (int index : std::as_const(anchored))
        if (!found.contains(index)
            && std::all_of(m_forms[index].words.cbegin(), m_forms[index].words.cend(), lineHas))
            found.append(index);
    return found;
}

bool HouseStyle::mayMatch(const QList<Token> &tokens) const
{
    return !candidates(tokens).isEmpty();
}

QList<StyleMatch> HouseStyle::find(const CheckLine &line) const
{
    if (m_forms.isEmpty() || line.text.isEmpty())
        return {};
    return find(line, Tokenizer::tokenize(line.text));
}

QList<StyleMatch> HouseStyle::find(const CheckLine &given, const QList<Token> &tokens) const
{
    QList<StyleMatch> matches;
    const QList<int> forms = candidates(tokens);
    if (forms.isEmpty())
        return matches;
    // Web and e-mail addresses, handles, identifiers and paths are not prose either.
    CheckLine line = given;
    if (line.masked.size() != line.text.size())
        line.masked = QList<bool>(line.text.size(), false);
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Url || t.kind == Token::Kind::Email
            || t.kind == Token::Kind::Handle || t.kind == Token::Kind::Identifier)
            for (int i = t.start; i < t.start + t.length && i < line.masked.size(); ++i)
                line.masked[i] = true;
    for (int index : forms) {
        const Form &form = m_forms[index];
        auto it = form.pattern.globalMatch(line.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int start = int(m.capturedStart());
            const int length = int(m.capturedLength());
            if (length == 0 || overlapsMask(line, start, length))
                continue;
            StyleMatch match;
            match.start = start;
            match.length = length;
            match.found = m.captured();
            match.rule = form.rule;
            match.replacement = adapted(m_rules[form.rule], match.found, form.text);
            if (sameQuotes(match.replacement) == sameQuotes(match.found))
                continue; // already the preferred form
            matches.append(match);
        }
    }
    // In order; where two overlap, the one that starts first, then the longer (a phrase wins
    // over a word it starts with).
    std::sort(matches.begin(), matches.end(), [](const StyleMatch &a, const StyleMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<StyleMatch> kept;
    for (const StyleMatch &m : std::as_const(matches))
        if (kept.isEmpty() || m.start >= kept.last().start + kept.last().length)
            kept.append(m);
    return kept;
}

Issue HouseStyle::issueOf(const StyleMatch &match, int lineNumber) const
{
    const db::StyleRule &rule = m_rules[match.rule];
    Issue issue;
    issue.line = lineNumber;
    issue.column = match.start + 1;
    issue.length = match.length;
    issue.word = match.found;
    issue.kind = HouseStyleKind;
    issue.message = rule.note.isEmpty()
        ? tr("house style: %1").arg(match.replacement)
        : tr("house style: %1 (%2)").arg(match.replacement, rule.note);
    issue.suggestions = { match.replacement };
    return issue;
}

QList<StyleFix> HouseStyle::fixLine(CheckLine &line, int lineNumber) const
{
    const QList<StyleMatch> matches = find(line);
    QList<StyleFix> fixes;
    for (const StyleMatch &m : matches)
        fixes.append({ lineNumber, m.start + 1, m.found, m.replacement });
    // From the end, so that the earlier positions still hold.
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        line.text.replace(m->start, m->length, m->replacement);
        if (!line.masked.isEmpty())
            line.masked = line.masked.mid(0, m->start) + QList<bool>(m->replacement.size(), false)
                + line.masked.mid(m->start + m->length);
    }
    return fixes;
}

QList<StyleFix> HouseStyle::fixDocument(QTextDocument *document, int firstLineNumber) const
{
    QList<StyleFix> fixes;
    QTextCursor cursor(document);
    bool editing = false;
    int lineNumber = firstLineNumber;
    for (QTextBlock block = document->begin(); block.isValid();
         block = block.next(), ++lineNumber) {
        const QList<StyleMatch> matches = find(Checker::lineOf(block));
        for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
            if (!editing) {
                cursor.beginEditBlock();
                editing = true;
            }
            cursor.setPosition(block.position() + m->start);
            cursor.setPosition(block.position() + m->start + m->length, QTextCursor::KeepAnchor);
            // The replacement keeps the format of the text it replaces (bold stays bold).
            cursor.insertText(m->replacement, cursor.charFormat());
        }
        for (const StyleMatch &m : matches)
            fixes.append({ lineNumber, m.start + 1, m.found, m.replacement });
    }
    if (editing)
        cursor.endEditBlock();
    return fixes;
}

QString HouseStyle::fixText(const QString &text, QList<StyleFix> &fixes) const
{
    QStringList lines = text.split(u'\n');
    bool inFence = false;
    for (int n = 0; n < lines.size(); ++n) {
        // A fenced block of code (``` or ~~~ … the same again) is left as it is.
        const QString trimmed = lines[n].trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        CheckLine line = Checker::plainLine(lines[n]);
        fixes += fixLine(line, n + 1);
        lines[n] = line.text;
    }
    return lines.join(u'\n');
}

bool HouseStyle::appliesTo(const db::StyleRule &rule, const QString &language,
                           const QString &section)
{
    if (!rule.section.isEmpty() && rule.section.compare(section, Qt::CaseInsensitive) != 0)
        return false;
    if (rule.language.isEmpty() || rule.language == language)
        return true;
    // "en" is every English.
    return !rule.language.contains(u'_') && language.section(u'_', 0, 0) == rule.language;
}

Result<db::StyleRule> HouseStyle::validated(db::StyleRule rule)
{
    auto clean = [](const QString &text) {
        return TextLimits::cleanLine(text).simplified();
    };
    rule.preferred = clean(rule.preferred);
    rule.note = clean(rule.note);
    rule.language = rule.language.trimmed();
    rule.section = clean(rule.section);
    QStringList avoid;
    for (const QString &form : std::as_const(rule.avoid)) {
        const auto parts = form.split(u'|');
        for (const QString &part : parts)
            if (const QString f = clean(part); !f.isEmpty() && !avoid.contains(f))
                avoid.append(f);
    }
    rule.avoid = avoid;
    if (rule.preferred.isEmpty())
        return failure(Error::Kind::Invalid, tr("a house style rule needs its preferred form"));
    if (rule.avoid.isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("a house style rule needs at least one form to avoid"));
    if (rule.preferred.contains(u'|'))
        return failure(Error::Kind::Invalid, tr("a preferred form cannot contain “|”"));
    for (const QString &form : std::as_const(rule.avoid)) {
        const bool same = rule.caseSensitive
            ? sameQuotes(form) == sameQuotes(rule.preferred)
            : sameQuotes(form).compare(sameQuotes(rule.preferred), Qt::CaseInsensitive) == 0;
        if (same)
            return failure(
                Error::Kind::Invalid,
                rule.caseSensitive
                    ? tr("“%1” is the preferred form itself").arg(form)
                    : tr("“%1” differs from “%2” only in capitals: make the rule match case")
                          .arg(form, rule.preferred));
    }
    for (const QString &form : std::as_const(rule.avoid))
        if (!QRegularExpression(FindReplace::literalPattern(form, true)).isValid())
            return failure(Error::Kind::Invalid, tr("“%1” cannot be matched as written").arg(form));
    static const QRegularExpression languageForm(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
    if (!languageForm.match(rule.language).hasMatch())
        return failure(Error::Kind::Invalid,
                       tr("“%1” is not a language (en, en_GB, en_US, …)").arg(rule.language));
    if (auto r = TextLimits::check(tr("preferred form"), rule.preferred, TextLimits::NameChars); !r)
        return r.error();
    for (const QString &form : std::as_const(rule.avoid))
        if (auto r = TextLimits::check(tr("form to avoid"), form, TextLimits::NameChars); !r)
            return r.error();
    if (auto r = TextLimits::check(tr("house style note"), rule.note, TextLimits::HeadlineChars);
        !r)
        return r.error();
    return rule;
}

Result<QList<db::StyleRule>> HouseStyle::parse(const QString &text, const QString &source)
{
    QList<db::StyleRule> rules;
    const auto lines
        = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString &line = lines[n];
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        auto at = [&columns](int i) {
            return i < columns.size() ? columns[i].trimmed() : QString();
        };
        if (columns.size() < 2 || columns.size() > 6)
            return failure(
                Error::Kind::Invalid,
                tr("%1, line %2: a rule is “preferred <tab> avoid|avoid <tab> note <tab> "
                   "language <tab> section <tab> case”")
                    .arg(source)
                    .arg(n + 1));
        db::StyleRule rule;
        rule.preferred = at(0);
        rule.avoid = { at(1) };
        rule.note = at(2);
        rule.language = at(3);
        rule.section = at(4);
        if (!at(5).isEmpty() && at(5) != QLatin1String("case"))
            return failure(
                Error::Kind::Invalid,
                tr("%1, line %2: the last column is “case” or empty").arg(source).arg(n + 1));
        rule.caseSensitive = at(5) == QLatin1String("case");
        auto valid = validated(rule);
        if (!valid)
            return failure(
                Error::Kind::Invalid,
                QStringLiteral("%1, line %2: %3").arg(source).arg(n + 1).arg(valid.errorString()));
        rules.append(*valid);
    }
    return rules;
}

QString HouseStyle::format(const QList<db::StyleRule> &rules)
{
    QString out = QStringLiteral(
        "# Copydesk house style guide: preferred <tab> avoid|avoid <tab> note <tab> language "
        "<tab> section <tab> case\n");
    for (const db::StyleRule &rule : rules)
        out += QStringList { rule.preferred, rule.avoid.join(u'|'),
                             rule.note,      rule.language,
                             rule.section,   rule.caseSensitive ? QStringLiteral("case") : QString() }
                   .join(u'\t')
            + u'\n';
    return out;
}

} // namespace copydesk::app
