#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace copydesk::app {

struct DictionaryFiles
{
    QString language; // "en_GB"
    QString affPath;
    QString dicPath;
};

// Where Hunspell dictionaries are found, in order: COPYDESK_DICTIONARY_PATH, the program's own
// dictionaries/ folder (beside the executable on Windows, Contents/Resources/dictionaries in the
// macOS bundle, share/copydesk/dictionaries when installed on Linux), the user's data folder, and
// on Linux $XDG_DATA_DIRS/{hunspell,myspell}. The first folder that has a language wins.
class Dictionaries final
{
public:
    static QStringList searchPaths();
    static QList<DictionaryFiles> available();
    static std::optional<DictionaryFiles> find(const QString &language);

    static QString defaultLanguage() { return QStringLiteral("en_GB"); }
};

} // namespace copydesk::app
