#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace copydesk::app {

// One word-like piece of news copy.
struct Token
{
    enum class Kind {
        Word, // to be spell-checked
        Number, // 12, 4.2m, 1,500, COVID-19
        Ordinal, // 1st, 22nd
        Initial, // J. or J.K.
        Abbreviation, // NATO, BBC (all capitals)
        Url,
        Email,
        Handle, // @copydesk
        Masked, // inside a link or code
        OtherScript, // written in another script than the dictionary's (서울 in English copy)
        Identifier, // with an underscore, slash or backslash inside: wp_35pmrq, /home/…/wp-includes
    };
    int start = 0;
    int length = 0;
    QString text;
    Kind kind = Kind::Word;
};

// Splits news copy into words the way a sub-editor reads it: ’ and ' inside a word are
// apostrophes (the minister’s, don’t), quotes around a word are not part of it (‘resign’ is the
// word resign), hyphenated compounds stay whole (the checker looks at their parts), and numbers,
// ordinals, initials, URLs, e-mail addresses, @handles, identifiers and file paths (anything
// with an underscore, a slash or a backslash inside) are recognised and not spell-checked.
struct TokenizerOptions
{
    bool skipAllCaps = true; // NATO, BBC
    QChar::Script script
        = QChar::Script_Latin; // the dictionary's script; words in others are not checked
};

class Tokenizer final
{
public:
    using Options = TokenizerOptions;

    // masked marks characters inside links and code (same length as text, or empty).
    static QList<Token> tokenize(const QString &text, const QList<bool> &masked = {},
                                 const Options &options = {});
    static QList<Token> tokenize(const QString &text, const Options &options)
    {
        return tokenize(text, {}, options);
    }
};

} // namespace copydesk::app
