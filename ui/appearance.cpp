#include "ui/appearance.h"

#include "ui/icons.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <cmath>

#if defined(COPYDESK_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

namespace copydesk::ui {

namespace {

Appearance::Mode s_mode = Appearance::Mode::System;
bool s_dark = false;

// What the platform gave before any mode was applied: its style and palette, for light under
// the system's choice, and for reading the system's choice where nothing else says it.
struct Platform
{
    QString style;
    QPalette palette;
};

const Platform &platform()
{
    static const Platform p { QApplication::style() ? QApplication::style()->name() : QString(),
                              QApplication::palette() };
    return p;
}

const QString key = QStringLiteral("view/appearance");

#if defined(COPYDESK_HAVE_DBUS)
// The desktop portal's colour scheme (org.freedesktop.appearance color-scheme: 1 prefers dark,
// 2 prefers light, 0 says nothing); nullopt where there is no portal.
std::optional<bool> portalPrefersDark()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage read = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    read << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    const QDBusMessage reply = bus.call(read, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    const uint scheme = value.toUInt();
    if (scheme == 0)
        return std::nullopt;
    return scheme == 1;
}
#endif

// Follows the system's changes while the mode is System.
class SystemWatcher final : public QObject
{
    Q_OBJECT

public:
    SystemWatcher()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
                &SystemWatcher::changed);
#endif
#if defined(COPYDESK_HAVE_DBUS)
        QDBusConnection::sessionBus().connect(QStringLiteral("org.freedesktop.portal.Desktop"),
                                              QStringLiteral("/org/freedesktop/portal/desktop"),
                                              QStringLiteral("org.freedesktop.portal.Settings"),
                                              QStringLiteral("SettingChanged"), this,
                                              SLOT(settingChanged(QString, QString, QDBusVariant)));
#endif
    }

public Q_SLOTS:
    void changed()
    {
        if (Appearance::mode() == Appearance::Mode::System
            && Appearance::systemPrefersDark() != Appearance::isDark())
            Appearance::apply(Appearance::Mode::System);
    }
#if defined(COPYDESK_HAVE_DBUS)
    void settingChanged(const QString &group, const QString &name, const QDBusVariant &)
    {
        if (group == QLatin1String("org.freedesktop.appearance")
            && name == QLatin1String("color-scheme"))
            changed();
    }
#endif
};

} // namespace

bool Appearance::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#endif
#if defined(Q_OS_WIN)
    const QSettings personalize(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\"
                                               "CurrentVersion\\Themes\\Personalize"),
                                QSettings::NativeFormat);
    if (personalize.contains(QStringLiteral("AppsUseLightTheme")))
        return personalize.value(QStringLiteral("AppsUseLightTheme")).toInt() == 0;
#endif
#if defined(COPYDESK_HAVE_DBUS)
    if (const auto portal = portalPrefersDark())
        return *portal;
#endif
    if (qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark")))
        return true;
    // A platform that paints dark itself (macOS, a dark KDE) says so with its palette.
    return platform().palette.color(QPalette::Window).lightness() < 128;
}

void Appearance::apply(Mode mode)
{
    static SystemWatcher *watcher = nullptr;
    (void)platform(); // taken before anything changes it
    if (!watcher)
        watcher = new SystemWatcher;
    s_mode = mode;
    s_dark = mode == Mode::Dark || (mode == Mode::System && systemPrefersDark());
    // The platform's own look for light under the system's choice, unless what it gave at the
    // start was dark (the system has turned light since).
    const bool platformLook = mode == Mode::System && !s_dark && !platform().style.isEmpty()
        && platform().palette.color(QPalette::Window).lightness() >= 128;
    Icons::setPreferBundled(!platformLook);
    if (platformLook) {
        QApplication::setStyle(QStyleFactory::create(platform().style));
        QPalette palette = platform().palette;
        // Qt's own placeholder grey is about 3:1 on white; secondary text needs 4.5:1.
        if (contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) < 4.5)
            palette.setColor(QPalette::PlaceholderText,
                             lightPalette().color(QPalette::PlaceholderText));
        QApplication::setPalette(palette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(s_dark ? darkPalette() : lightPalette());
}

Appearance::Mode Appearance::mode()
{
    return s_mode;
}

bool Appearance::isDark()
{
    return s_dark;
}

Appearance::Mode Appearance::saved()
{
    const QString value = QSettings().value(key).toString();
    if (value == QLatin1String("light"))
        return Mode::Light;
    if (value == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Appearance::save(Mode mode)
{
    QSettings().setValue(key,
                         mode == Mode::Light      ? QStringLiteral("light")
                             : mode == Mode::Dark ? QStringLiteral("dark")
                                                  : QStringLiteral("system"));
}

namespace {

// A palette from its colours, one per role (every group), with disabled text in its own colour
// and the selection as plain when the window is not active: the open article stays marked
// while the editor has the focus.
QPalette paletteOf(std::initializer_list<std::pair<QPalette::ColorRole, QRgb>> colours,
                   QRgb disabledText)
{
    QPalette p;
    for (const auto &[role, rgb] : colours)
        p.setColor(role, QColor(rgb));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(disabledText));
    for (auto role : { QPalette::Highlight, QPalette::HighlightedText })
        p.setColor(QPalette::Inactive, role, p.color(QPalette::Active, role));
    return p;
}

} // namespace

QPalette Appearance::lightPalette()
{
    const QRgb text = 0x1a1a1a;
    return paletteOf({ { QPalette::Window, 0xf3f3f3 },
                       { QPalette::WindowText, text },
                       { QPalette::Base, 0xffffff },
                       { QPalette::AlternateBase, 0xf5f5f7 },
                       { QPalette::Text, text },
                       { QPalette::Button, 0xececec },
                       { QPalette::ButtonText, text },
                       { QPalette::BrightText, 0xb00020 },
                       { QPalette::Light, 0xffffff },
                       { QPalette::Midlight, 0xe3e3e3 },
                       { QPalette::Mid, 0xb8b8b8 },
                       { QPalette::Dark, 0x9f9f9f },
                       { QPalette::Shadow, 0x767676 },
                       { QPalette::Highlight, 0x2f6bc4 },
                       { QPalette::HighlightedText, 0xffffff },
                       { QPalette::Link, 0x1a56b0 },
                       { QPalette::LinkVisited, 0x6b2fa8 },
                       { QPalette::PlaceholderText, 0x5c5c5c },
                       { QPalette::ToolTipBase, 0xffffdc },
                       { QPalette::ToolTipText, 0x000000 } },
                     0x8c8c8c);
}

QPalette Appearance::darkPalette()
{
    const QRgb text = 0xe6e6e6;
    return paletteOf({ { QPalette::Window, 0x2b2b2b },
                       { QPalette::WindowText, text },
                       { QPalette::Base, 0x1e1e1e },
                       { QPalette::AlternateBase, 0x262626 },
                       { QPalette::Text, text },
                       { QPalette::Button, 0x353535 },
                       { QPalette::ButtonText, text },
                       { QPalette::BrightText, 0xff6b6b },
                       { QPalette::Light, 0x4a4a4a },
                       { QPalette::Midlight, 0x3c3c3c },
                       { QPalette::Mid, 0x303030 },
                       { QPalette::Dark, 0x1a1a1a },
                       { QPalette::Shadow, 0x000000 },
                       { QPalette::Highlight, 0x2f6bc4 },
                       { QPalette::HighlightedText, 0xffffff },
                       { QPalette::Link, 0x8ab4f8 },
                       { QPalette::LinkVisited, 0xc58af9 },
                       { QPalette::PlaceholderText, 0xa0a0a0 },
                       { QPalette::ToolTipBase, 0x3a3a3a },
                       { QPalette::ToolTipText, 0xeeeeee } },
                     0x7a7a7a);
}

double Appearance::contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace copydesk::ui

#include "appearance.moc"
