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
    struct Form
    {
        QString text;
        int rule;
    };
    QList<Form> forms;
    for (int r = 0; r < m_rules.size(); ++r)
        for (const QString &form : std::as_const(m_rules[r].avoid))
            if (!form.isEmpty())
                forms.append({ form, r });
    // The longest first, so that a phrase wins over a word it starts with.
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });
    QStringList alternatives;
    for (const Form &form : std::as_const(forms)) {
        QString alternative = FindReplace::literalPattern(form.text, true);
        if (isWordChar(form.text.front()))
            alternative.prepend(QStringLiteral("(?<![\\p{L}\\p{N}_])"));
        if (isWordChar(form.text.back()))
            alternative.append(QStringLiteral("(?![\\p{L}\\p{N}_])"));
        const bool ignoreCase = !m_rules[form.rule].caseSensitive;
        alternatives.append((ignoreCase ? QStringLiteral("((?i)") : QStringLiteral("("))
                            + alternative + QLatin1Char(')'));
        m_ruleOfGroup.append(form.rule);
        m_formOfGroup.append(form.text);
    }
    if (!alternatives.isEmpty()) {
        m_pattern.setPattern(alternatives.join(QLatin1Char('|')));
        m_pattern.optimize();
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

QList<StyleMatch> HouseStyle::find(const CheckLine &given) const
{
    QList<StyleMatch> matches;
    if (m_ruleOfGroup.isEmpty() || given.text.isEmpty())
        return matches;
    auto it = m_pattern.globalMatch(given.text);
    if (!it.hasNext())
        return matches;
    // Web and e-mail addresses, handles, identifiers and paths are not prose either.
    CheckLine line = given;
    if (line.masked.size() != line.text.size())
        line.masked = QList<bool>(line.text.size(), false);
    const auto tokens = Tokenizer::tokenize(line.text);
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Url || t.kind == Token::Kind::Email
            || t.kind == Token::Kind::Handle || t.kind == Token::Kind::Identifier)
            for (int i = t.start; i < t.start + t.length; ++i)
                line.masked[i] = true;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int group = 1;
        while (group <= m_ruleOfGroup.size() && m.capturedStart(group) < 0)
            ++group;
        if (group > m_ruleOfGroup.size())
            continue;
        const int start = int(m.capturedStart());
        const int length = int(m.capturedLength());
        if (overlapsMask(line, start, length))
            continue;
        StyleMatch match;
        match.start = start;
        match.length = length;
        match.found = m.captured();
        match.rule = m_ruleOfGroup[group - 1];
        match.replacement = adapted(m_rules[match.rule], match.found, m_formOfGroup[group - 1]);
        if (sameQuotes(match.replacement) == sameQuotes(match.found))
            continue; // already the preferred form
        matches.append(match);
    }
    return matches;
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
