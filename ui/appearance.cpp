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

QPalette Appearance::lightPalette()
{
    QPalette p;
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    p.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf7));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xec, 0xec, 0xec));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xb0, 0x00, 0x20));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    p.setColor(QPalette::Dark, QColor(0x9f, 0x9f, 0x9f));
    p.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6b, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x56, 0xb0));
    p.setColor(QPalette::LinkVisited, QColor(0x6b, 0x2f, 0xa8));
    p.setColor(QPalette::PlaceholderText, QColor(0x5c, 0x5c, 0x5c));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    // The open article stays marked as plainly while the editor has the focus.
    p.setColor(QPalette::Inactive, QPalette::Highlight, p.color(QPalette::Highlight));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, p.color(QPalette::HighlightedText));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x7a, 0x7a, 0x7a);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6b, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Inactive, QPalette::Highlight, p.color(QPalette::Highlight));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, p.color(QPalette::HighlightedText));
    return p;
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
