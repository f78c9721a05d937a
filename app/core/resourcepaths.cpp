#include "app/core/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace copydesk::app {

QStringList ResourcePaths::searchPaths()
{
    QStringList paths;
    const QString extra = qEnvironmentVariable("COPYDESK_RESOURCE_PATH");
    if (!extra.isEmpty())
        paths << extra;
    if (QCoreApplication::instance()) {
        const QString exe = QCoreApplication::applicationDirPath();
        paths << QDir::cleanPath(
            exe + QStringLiteral("/../share/copydesk")) // Linux: /usr/bin -> /usr/share/copydesk
              << QDir::cleanPath(
                     exe
                     + QStringLiteral(
                         "/../Resources")) // macOS: Contents/MacOS -> Contents/Resources
              << exe; // Windows: beside copydesk.exe
    }
    return paths;
}

QString ResourcePaths::find(const QString &relative)
{
    for (const QString &path : searchPaths()) {
        const QString candidate = QDir(path).filePath(relative);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return QStringLiteral(":/") + relative;
}

} // namespace copydesk::app
