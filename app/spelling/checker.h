#pragma once

#include "app/spelling/speller.h"
#include "app/spelling/tokenizer.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextBlock;
class QTextDocument;

namespace copydesk::app {

class HouseStyle;

// One line of text to check; masked marks characters inside links and code.
struct CheckLine
{
    QString text;
    QList<bool> masked;
};

// Something a sub-editor should look at.
struct Issue
{
    int line = 0; // 1-based, in the lines given to the checker
    int column = 0; // 1-based, in characters
    int length = 0;
    QString word;
    QString kind; // see Checker::kinds()
    QString message;
    QStringList suggestions; // filled by suggest(), for spelling
};

// A row of an issue list: one issue, or an unknown name with every place it stands ("Un — 4
// times"), so that it is read, and added to a dictionary, once.
struct IssueRow
{
    QList<int> issues; // indexes into the checked list, in order; the row stands at the first
    bool name = false; // a capitalised word the dictionary lacks
};

// Spelling and house style for news copy. Spelling uses the language's Hunspell plus the
// newsroom's accepted words (house, personal, ignored); the style checks are a repeated word
// (also across punctuation and quotes), two spellings of one name, straight and typographic
// quotes mixed, double spaces, sentences over 40 words, and the forms the house style guide
// avoids (see HouseStyle). Each kind can be switched off.
struct CheckOptions
{
    QSet<QString> disabled; // kinds switched off
    bool skipAllCaps = true;
    int longSentenceWords = 40;
};

class Checker final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::Checker)

public:
    using Options = CheckOptions;

    Checker(std::shared_ptr<Speller> speller, QSet<QString> accepted = {}, Options options = {});

    // The checks that need only one line (the editor runs these per paragraph as it changes).
    QList<Issue> checkLine(const CheckLine &line, int lineNumber = 1);
    // Every check over a whole text, names and quotes across lines included.
    QList<Issue> check(const QList<CheckLine> &lines);

    // Up to five suggestions for each spelling issue (Hunspell's suggest is slow: call only
    // when they are to be shown).
    void addSuggestions(QList<Issue> &issues, int max = 5);
    QStringList suggest(const QString &word, int max = 5);

    // The house style guide's rules for the text checked (none by default).
    void setHouseStyle(std::shared_ptr<const HouseStyle> style) { m_houseStyle = std::move(style); }
    const HouseStyle *houseStyle() const { return m_houseStyle.get(); }

    bool isKnown(const QString &word);
    void accept(const QString &word) { m_accepted.insert(word); }
    Speller *speller() const { return m_speller.get(); }
    const Options &options() const { return m_options; }
    int linesChecked() const { return m_linesChecked; }

    // The rows of an issue list (see IssueRow), in the order of their first place.
    static QList<IssueRow> rowsOf(const QList<Issue> &issues);
    static bool isUnknownName(const Issue &issue);
    // The word a dictionary takes for an issue: a name without its possessive (Okonjo’s: Okonjo).
    static QString nameOf(const Issue &issue);

    // An article's length when more than textstats::LengthTolerancePercent from the length
    // commissioned (kind "length", line 0: the whole article); none otherwise.
    static std::optional<Issue> lengthIssue(int words, int commissioned);

    static QStringList kinds();
    static QString kindLabel(const QString &kind);

    static CheckLine lineOf(const QTextBlock &block);
    // A line of a plain text file: web and e-mail addresses, Markdown link targets and code
    // spans masked, as links and code are in a document.
    static CheckLine plainLine(const QString &text);
    static QList<CheckLine> linesOf(const QTextDocument *document);
    // An article as the checker reads it: line 1 the headline, line 2 the standfirst, then one
    // line per paragraph, heading or list item of the body.
    static QList<CheckLine> linesOf(const QString &headline, const QString &standfirst,
                                    const QString &body);

private:
    bool enabled(const QString &kind) const { return !m_options.disabled.contains(kind); }
    void spelling(const CheckLine &line, const QList<Token> &tokens, int lineNumber,
                  QList<Issue> &out);
    void repeatedWords(const CheckLine &line, const QList<Token> &tokens, int lineNumber,
                       QList<Issue> &out);
    void doubleSpaces(const CheckLine &line, int lineNumber, QList<Issue> &out);
    void longSentences(const CheckLine &line, const QList<Token> &tokens, int lineNumber,
                       QList<Issue> &out);
    void nameVariants(const QList<CheckLine> &lines, QList<Issue> &out);
    void mixedQuotes(const QList<CheckLine> &lines, QList<Issue> &out);

    std::shared_ptr<Speller> m_speller;
    std::shared_ptr<const HouseStyle> m_houseStyle;
    QSet<QString> m_accepted;
    Options m_options;
    int m_linesChecked = 0;
};

} // namespace copydesk::app
