#include "ui/icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace copydesk::ui {

namespace {

bool s_preferBundled = false;

// A bundled SVG drawn with "currentColor" replaced by the palette's colour for the mode; or,
// under the platform's own palette, the desktop theme's icon of that name where it has one.
class PaletteSvgEngine final : public QIconEngine
{
public:
    PaletteSvgEngine(QByteArray svg, QString themeName)
        : m_svg(std::move(svg))
        , m_themeName(std::move(themeName))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        if (!s_preferBundled && !m_themeName.isEmpty() && QIcon::hasThemeIcon(m_themeName)) {
            QIcon::fromTheme(m_themeName).paint(painter, rect, Qt::AlignCenter, mode, state);
            return;
        }
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg, m_themeName); }
    QString key() const override { return QStringLiteral("copydesk-palette-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray m_svg;
    QString m_themeName;
};

QIcon make(const QString &name, const QString &themeName)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return themeName.isEmpty() ? QIcon() : QIcon::fromTheme(themeName);
    return QIcon(new PaletteSvgEngine(file.readAll(), themeName));
}

} // namespace

QIcon Icons::bundled(const QString &name)
{
    return make(name, {});
}

QIcon Icons::get(const QString &name)
{
    return make(name, name);
}

void Icons::setPreferBundled(bool prefer)
{
    s_preferBundled = prefer;
}

} // namespace copydesk::ui
