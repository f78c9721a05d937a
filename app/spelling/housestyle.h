#pragma once

#include "app/core/result.h"
#include "app/spelling/checker.h"
#include "app/spelling/tokenizer.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <array>

class QTextDocument;

namespace copydesk::app {

// A form to avoid found in a line, and what the guide writes instead.
struct StyleMatch
{
    int start = 0; // in characters
    int length = 0;
    QString found;
    QString replacement; // the preferred form, capitalised as found
    int rule = 0; // index into HouseStyle::rules()
};

// A fix made: where, what was there, what is there now.
struct StyleFix
{
    int line = 0; // 1-based, as the checker numbers lines
    int column = 0; // 1-based, in the text before the fix
    QString from;
    QString to;
};

// The house style guide as the checker applies it: each rule's avoided forms matched as whole
// words or phrases (a letter or digit on neither side), with or without case, straight and
// typographic quotes and apostrophes alike (a rule for "students' union" finds "students’
// union"), never inside links or code; "Kiev’s" is "Kiev" and its possessive. A match that
// already reads as the preferred form is not one. Store-free: the rules come from the store
// through StyleGuideService.
class HouseStyle final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::HouseStyle)

public:
    HouseStyle() = default;
    explicit HouseStyle(QList<db::StyleRule> rules);

    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<db::StyleRule> &rules() const { return m_rules; }

    // The avoided forms in a line, in order, never overlapping; with its tokens when they are
    // made already.
    QList<StyleMatch> find(const CheckLine &line) const;
    QList<StyleMatch> find(const CheckLine &line, const QList<Token> &tokens) const;
    // Whether a line of these tokens can hold a form at all: a match shows every word of
    // letters and digits of its form whole, so a line that lacks a word of each form is not
    // searched (most lines; the checker asks this with the tokens it has already made).
    bool mayMatch(const QList<Token> &tokens) const;
    // The issue the checker shows for a match (kind "house-style", the preferred form as the
    // one suggestion).
    Issue issueOf(const StyleMatch &match, int lineNumber) const;

    // Every fix applied to a text line or to a document (the document's as one edit block,
    // so one undo step in an editor); the fixes made, in order.
    QList<StyleFix> fixLine(CheckLine &line, int lineNumber) const;
    QList<StyleFix> fixDocument(QTextDocument *document, int firstLineNumber = 1) const;
    // A text file fixed line by line, everything else kept character for character: web and
    // e-mail addresses, Markdown link targets, code spans and fenced code blocks are left alone.
    QString fixText(const QString &text, QList<StyleFix> &fixes) const;

    // Whether a rule is for an article in this language and section.
    static bool appliesTo(const db::StyleRule &rule, const QString &language,
                          const QString &section);
    // The preferred form written as the found one is: "Per cent" at the start of a sentence
    // (found capitalised where the form it matched, as the rule writes it, is not: "Wi-Fi"
    // found as written gives "wifi", not "Wifi").
    static QString adapted(const db::StyleRule &rule, const QString &found,
                           const QString &form = {});

    // A rule as a person wrote it, checked and tidied: a preferred form, at least one form to
    // avoid, none of them the preferred form itself, no tabs, "|" or line breaks.
    static Result<db::StyleRule> validated(db::StyleRule rule);
    // The guide's file format: one rule per line, "preferred <tab> avoid|avoid <tab> note <tab>
    // language <tab> section <tab> case"; "#" starts a comment. Errors name the line.
    static Result<QList<db::StyleRule>> parse(const QString &text, const QString &source);
    static QString format(const QList<db::StyleRule> &rules);

private:
    QList<db::StyleRule> m_rules;
    // A form to avoid, its words of letters and digits, and its pattern.
    struct Form
    {
        QString text;
        int rule = 0;
        QStringList words;
        QRegularExpression pattern;
    };
    // The forms that may stand in a line of these tokens.
    QList<int> candidates(const QList<Token> &tokens) const;

    QList<Form> m_forms;
    // Forms by their longest word, in lower case; and the first letters of those words by
    // length (up to 63): most words are turned away on these, with nothing allocated.
    QHash<QString, QList<int>> m_anchors;
    std::array<QString, 64> m_anchorStarts;
    QList<int> m_alwaysSearched; // forms without a word of letters or digits, or a very long one
};

} // namespace copydesk::app
