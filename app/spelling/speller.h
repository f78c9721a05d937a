#pragma once

#include "app/core/result.h"
#include "app/spelling/dictionaries.h"

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace copydesk::app {

// One loaded Hunspell dictionary. Lookups are cached per word (Hunspell's spell() is fast, its
// suggest() is thousands of times slower and is only called when asked). Dictionaries in UTF-8
// and ISO8859-1 are read; any other encoding is refused with a message rather than mis-read.
class Speller final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::Speller)

public:
    ~Speller();

    // The shared speller of a language: loaded once per process.
    static Result<std::shared_ptr<Speller>> forLanguage(const QString &language);
    // A speller of its own from given files (tests, other dictionaries).
    static Result<std::shared_ptr<Speller>> load(const DictionaryFiles &files);

    QString language() const { return m_language; }
    QString encoding() const { return m_encoding; }
    // The script the dictionary's words are written in (from the letters of its TRY line).
    QChar::Script script() const { return m_script; }

    bool isCorrect(const QString &word);
    QStringList suggest(const QString &word, int max = 5);

    int engineLookups() const { return m_lookups; } // calls that reached Hunspell

private:
    Speller() = default;
    bool encodable(const QString &word) const;
    std::string encode(const QString &word) const;
    QString decode(const std::string &text) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_encoding;
    bool m_utf8 = true;
    QChar::Script m_script = QChar::Script_Latin;
    QHash<QString, bool> m_cache;
    int m_lookups = 0;
};

} // namespace copydesk::app
