#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::app {

// Where the program's editable resources (HTML templates, the style sheet, the starter house
// dictionary) are read from: the installed copy beside the executable first — share/copydesk
// on Linux, Contents/Resources in the macOS bundle, the program folder on Windows — so a
// newsroom can adjust them, and otherwise the copy built into the program. Never the build
// folder.
class ResourcePaths final
{
public:
    static QStringList searchPaths();
    // The path of a resource ("templates/page.html"): an installed file, or
    // ":/templates/page.html".
    static QString find(const QString &relative);
};

} // namespace copydesk::app
