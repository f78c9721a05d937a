#pragma once

#include <QIcon>
#include <QString>

namespace copydesk::ui {

// The window's icons: the desktop's icon theme where it has the icon (freedesktop names such as
// "document-save"), else the one bundled under :/icons/actions (resources/icons/actions), so
// Windows and macOS have them too. A bundled icon is drawn in the palette's text colour at the
// moment it is painted, so it suits the light and the dark appearance and shows disabled. While
// the window uses its own light or dark palette instead of the desktop's, the bundled icons are
// drawn even where the theme has one (a light theme's icons would vanish on dark).
class Icons final
{
public:
    static QIcon get(const QString &name);
    // Only the bundled icon, whatever the theme has (for tests and for names no theme knows).
    static QIcon bundled(const QString &name);
    // Set by Appearance: the bundled icons whatever the theme has.
    static void setPreferBundled(bool prefer);
};

} // namespace copydesk::ui
