#pragma once

// Photos made by the tests themselves: JPEG and PNG files drawn with QImage, and a JPEG with an
// EXIF block written here byte by byte (a camera's date and a GPS position), so the tests need
// no photo files of anyone's.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QString>

namespace copydesk::testing {

inline QImage drawnPhoto(int width, int height, QColor from = QColor(0x1a, 0x5f, 0xb4),
                         QColor to = QColor(0xe8, 0x8a, 0x2a))
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    painter.drawEllipse(QRect(width / 4, height / 4, width / 2, height / 2));
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format, int quality = 85)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// An EXIF APP1 segment (big-endian TIFF): IFD0 with a pointer to an Exif IFD holding
// DateTimeOriginal, and, when withGps, a pointer to a GPS IFD holding a latitude and longitude
// (Leeds, 53.8° N 1.55° W).
inline QByteArray exifSegment(const QByteArray &taken, bool withGps)
{
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
    auto u16 = [](QByteArray &b, int v) {
        b.append(char(v >> 8));
        b.append(char(v & 0xff));
    };
    auto u32 = [](QByteArray &b, quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            b.append(char((v >> shift) & 0xff));
    };
    auto entry = [&](QByteArray &b, int tag, int type, quint32 count, quint32 value) {
        u16(b, tag);
        u16(b, type);
        u32(b, count);
        u32(b, value);
    };
    const int ifd0Entries = withGps ? 2 : 1;
    const quint32 ifd0Size = 2 + 12 * ifd0Entries + 4;
    const quint32 exifIfd = 8 + ifd0Size;
    const quint32 exifSize = 2 + 12 + 4;
    const quint32 dateAt = exifIfd + exifSize; // 20 bytes
    const quint32 gpsIfd = dateAt + 20;
    const quint32 gpsSize = 2 + 12 * 4 + 4;
    const quint32 latAt = gpsIfd + gpsSize; // 3 rationals
    const quint32 lonAt = latAt + 24;
    u16(tiff, ifd0Entries);
    entry(tiff, 0x8769, 4, 1, exifIfd);
    if (withGps)
        entry(tiff, 0x8825, 4, 1, gpsIfd);
    u32(tiff, 0);
    u16(tiff, 1);
    entry(tiff, 0x9003, 2, 20, dateAt);
    u32(tiff, 0);
    QByteArray date = taken.left(19);
    date.append('\0');
    tiff.append(date);
    if (withGps) {
        u16(tiff, 4);
        entry(tiff, 1, 2, 2, quint32('N') << 24);
        entry(tiff, 2, 5, 3, latAt);
        entry(tiff, 3, 2, 2, quint32('W') << 24);
        entry(tiff, 4, 5, 3, lonAt);
        u32(tiff, 0);
        for (quint32 v : { 53u, 1u, 48u, 1u, 0u, 1u, 1u, 1u, 33u, 1u, 0u, 1u })
            u32(tiff, v);
    }
    QByteArray segment("\xFF\xE1", 2);
    const int length = 2 + 6 + tiff.size();
    segment.append(char(length >> 8));
    segment.append(char(length & 0xff));
    segment.append(QByteArray("Exif\0\0", 6));
    segment.append(tiff);
    return segment;
}

// A JPEG with that EXIF block right after its start-of-image marker.
inline QByteArray jpegWithExif(const QImage &image, const QByteArray &taken, bool withGps)
{
    QByteArray jpeg = encoded(image, "JPG");
    jpeg.insert(2, exifSegment(taken, withGps));
    return jpeg;
}

// Whether a JPEG carries an APP1 segment (EXIF or XMP), reading its segments up to the image.
inline bool hasApp1(const QByteArray &jpeg)
{
    int at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg[at]) == 0xFF) {
        const quint8 marker = quint8(jpeg[at + 1]);
        if (marker == 0xDA)
            return false;
        if (marker == 0xE1)
            return true;
        at += 2 + (quint8(jpeg[at + 2]) << 8 | quint8(jpeg[at + 3]));
    }
    return false;
}

} // namespace copydesk::testing
