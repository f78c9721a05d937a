#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace copydesk::ui {

// Light and dark: the window follows the system's choice (Qt's colour scheme where Qt has one,
// the desktop portal's on Linux, the Windows setting), or the person's (View > Appearance, kept
// on this computer). Dark is Qt's Fusion style with the palette below; light under the system's
// choice keeps the platform's own style. Both palettes keep text at 4.5:1 or more against its
// background (WCAG AA), placeholder and secondary text included.
class Appearance final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::ui::Appearance)

public:
    enum class Mode { System, Light, Dark };

    // Applies the mode to the application, and follows the system while it is System.
    static void apply(Mode mode);
    static Mode mode();
    // Whether the window is dark now.
    static bool isDark();
    // The mode kept in the settings, and keeping one.
    static Mode saved();
    static void save(Mode mode);

    static bool systemPrefersDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
    // The WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace copydesk::ui
