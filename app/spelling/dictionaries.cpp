#include "app/spelling/dictionaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace copydesk::app {

QStringList Dictionaries::searchPaths()
{
    QStringList paths;
    const QString extra = qEnvironmentVariable("COPYDESK_DICTIONARY_PATH");
    if (!extra.isEmpty())
        paths += extra.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (QCoreApplication::instance()) {
        const QString exe = QCoreApplication::applicationDirPath();
        paths << exe + QStringLiteral("/dictionaries")
              << QDir::cleanPath(exe + QStringLiteral("/../Resources/dictionaries"))
              << QDir::cleanPath(exe + QStringLiteral("/../share/copydesk/dictionaries"));
    }
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!user.isEmpty())
        paths << user + QStringLiteral("/dictionaries");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    if (dataDirs.isEmpty())
        dataDirs = QStringLiteral("/usr/local/share:/usr/share");
    const auto dirs = dataDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs)
        paths << dir + QStringLiteral("/hunspell") << dir + QStringLiteral("/myspell")
              << dir + QStringLiteral("/myspell/dicts");
#endif
    paths.removeDuplicates();
    return paths;
}

QList<DictionaryFiles> Dictionaries::available()
{
    QList<DictionaryFiles> found;
    QStringList languages;
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        const auto affs = dir.entryInfoList({ QStringLiteral("*.aff") }, QDir::Files, QDir::Name);
        for (const QFileInfo &aff : affs) {
            const QString language = aff.completeBaseName();
            const QString dic = dir.filePath(language + QStringLiteral(".dic"));
            if (languages.contains(language) || !QFileInfo::exists(dic))
                continue;
            // Skip the symlinked aliases some distributions add (en_AU -> en_GB) only if the
            // target is the same language; every name stays choosable otherwise.
            languages << language;
            found.append({ language, aff.absoluteFilePath(), dic });
        }
    }
    return found;
}

std::optional<DictionaryFiles> Dictionaries::find(const QString &language)
{
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        const QString aff = dir.filePath(language + QStringLiteral(".aff"));
        const QString dic = dir.filePath(language + QStringLiteral(".dic"));
        if (QFileInfo::exists(aff) && QFileInfo::exists(dic))
            return DictionaryFiles { language, aff, dic };
    }
    return std::nullopt;
}

} // namespace copydesk::app
