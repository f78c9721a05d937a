#include "app/export/renditions.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace copydesk::app {

namespace {

constexpr int Widths[] = { 320, 640, 1024, 1600 };

} // namespace

QList<int> Renditions::widths(int width)
{
    QList<int> out;
    for (const int w : Widths)
        if (w < width)
            out << w;
    if (width > 0 && width <= Widths[std::size(Widths) - 1] && !out.contains(width))
        out << width;
    return out;
}

QSize Renditions::size(const db::StoredImage &image, int width)
{
    if (image.width <= 0)
        return {};
    return { width, qMax(1, int(qRound64(qint64(image.height) * width / double(image.width)))) };
}

QString Renditions::path(const QString &sha, int width)
{
    return QStringLiteral("media/%1-%2.jpg").arg(sha).arg(width);
}

int Renditions::standardWidth(int width)
{
    int chosen = 0;
    for (const int w : widths(width))
        if (w <= 1024 || chosen == 0)
            chosen = w;
    return chosen;
}

int Renditions::thumbnailWidth(int width)
{
    const QList<int> all = widths(width);
    return all.isEmpty() ? 0 : all.first();
}

Result<QImage> Renditions::decode(const QByteArray &original, int wanted)
{
    QByteArray bytes = original;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QImageReader::setAllocationLimit(DecodeLimitMegabytes);
    reader.setAutoTransform(true);
    QSize raw = reader.size();
    if (!raw.isValid() || raw.isEmpty())
        return failure(Error::Kind::Failed, tr("an image of the site cannot be read"));
    // The scaled size is the stored pixels'; the turn the EXIF asks for comes after.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize upright = turned ? raw.transposed() : raw;
    const int width = qMin(wanted, upright.width());
    const QSize target(
        width, qMax(1, int(qRound64(qint64(upright.height()) * width / double(upright.width())))));
    // A decoder that can scales down on its own, cheaply and in little memory (a JPEG's to
    // 1/2, 1/4 or 1/8); a smooth scale then gives the exact size.
    QSize decodeAt = turned ? target.transposed() : target;
    if (reader.supportsOption(QImageIOHandler::ScaledSize)) {
        QSize coarse = raw;
        while (coarse.width() / 2 >= decodeAt.width() * 2 && coarse.height() / 2 >= 1)
            coarse /= 2;
        reader.setScaledSize(coarse);
    }
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return failure(Error::Kind::Failed,
                       tr("an image of the site cannot be read: %1").arg(reader.errorString()));
    if (image.size() != target)
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}

namespace {

// Only the pixels go on, onto white where the original is transparent: not the texts QImage
// keeps from the original (a PNG's text chunks, which may hold XMP), which the JPEG writer
// would write as comments.
Result<QByteArray> encode(const QImage &image)
{
    QImage clean(image.size(), QImage::Format_RGB32);
    clean.fill(Qt::white);
    {
        QPainter painter(&clean);
        painter.drawImage(0, 0, image);
    }
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    QImageWriter writer(&sink, "jpeg");
    writer.setQuality(82);
    writer.setOptimizedWrite(true);
    if (!writer.write(clean))
        return failure(Error::Kind::Failed,
                       Renditions::tr("an image of the site cannot be "
                                      "written: %1")
                           .arg(writer.errorString()));
    return out;
}

} // namespace

Result<QByteArray> Renditions::make(const QByteArray &original, int width)
{
    const auto made = make(original, QList<int> { width });
    if (!made)
        return made.error();
    return made->first();
}

Result<QList<QByteArray>> Renditions::make(const QByteArray &original, const QList<int> &widths)
{
    if (widths.isEmpty())
        return QList<QByteArray>();
    const auto decoded = decode(original, *std::max_element(widths.cbegin(), widths.cend()));
    if (!decoded)
        return decoded.error();
    QList<QByteArray> out;
    for (const int width : widths) {
        const QImage scaled = width >= decoded->width()
            ? *decoded
            : decoded->scaledToWidth(width, Qt::SmoothTransformation);
        auto bytes = encode(scaled);
        if (!bytes)
            return bytes.error();
        out << *bytes;
    }
    return out;
}

} // namespace copydesk::app
