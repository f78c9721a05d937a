#include "app/articles/photointake.h"

#include "app/export/renditions.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>

namespace copydesk::app {

namespace {

// A TIFF structure (the body of EXIF) read defensively: every offset is checked.
class Tiff
{
public:
    explicit Tiff(QByteArrayView data)
        : m_data(data)
    {
        m_valid = data.size() >= 8
            && ((data[0] == 'I' && data[1] == 'I') || (data[0] == 'M' && data[1] == 'M'));
        m_little = m_valid && data[0] == 'I';
        m_valid = m_valid && u16(2) == 42;
    }

    bool isValid() const { return m_valid; }
    quint32 firstIfd() const { return u32(4); }

    struct Entry
    {
        quint16 tag = 0;
        quint16 type = 0;
        quint32 count = 0;
        quint32 value = 0; // the value itself when it fits in four bytes, else its offset
    };

    QList<Entry> entries(quint32 offset) const
    {
        QList<Entry> out;
        if (!fits(offset, 2))
            return out;
        const int count = u16(offset);
        for (int i = 0; i < count && i < 512; ++i) {
            const quint32 at = offset + 2 + 12 * i;
            if (!fits(at, 12))
                break;
            out.append({ u16(at), u16(at + 2), u32(at + 4), u32(at + 8) });
        }
        return out;
    }

    QString ascii(const Entry &e) const
    {
        const quint32 at = e.count <= 4 ? 0 : e.value;
        if (e.count <= 4 || !fits(at, e.count))
            return {};
        return QString::fromLatin1(m_data.sliced(at, e.count)).section(QChar(0), 0, 0);
    }

private:
    bool fits(quint32 at, quint32 n) const { return qint64(at) + n <= m_data.size(); }
    quint16 u16(quint32 at) const
    {
        if (!fits(at, 2))
            return 0;
        const auto b = [this, at](int i) {
            return quint16(quint8(m_data[at + i]));
        };
        return m_little ? quint16(b(0) | b(1) << 8) : quint16(b(0) << 8 | b(1));
    }
    quint32 u32(quint32 at) const
    {
        if (!fits(at, 4))
            return 0;
        const auto b = [this, at](int i) {
            return quint32(quint8(m_data[at + i]));
        };
        return m_little ? b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24
                        : b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
    }

    QByteArrayView m_data;
    bool m_valid = false;
    bool m_little = true;
};

void readExif(QByteArrayView tiffData, PhotoFiles::Metadata &meta)
{
    const Tiff tiff(tiffData);
    if (!tiff.isValid())
        return;
    QString taken;
    for (const Tiff::Entry &e : tiff.entries(tiff.firstIfd())) {
        if (e.tag == 0x8825) { // GPSInfo: a position when it holds a latitude or longitude
            for (const Tiff::Entry &g : tiff.entries(e.value))
                if (g.tag == 2 || g.tag == 4)
                    meta.hasLocation = true;
        } else if (e.tag == 0x0132 && taken.isEmpty()) { // DateTime
            taken = tiff.ascii(e);
        } else if (e.tag == 0x8769) { // the Exif IFD: DateTimeOriginal
            for (const Tiff::Entry &x : tiff.entries(e.value))
                if (x.tag == 0x9003)
                    taken = tiff.ascii(x);
        }
    }
    const QDateTime when = QDateTime::fromString(taken, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (when.isValid())
        meta.takenAt = when;
}

bool isJpeg(const QByteArray &d)
{
    return d.size() > 3 && quint8(d[0]) == 0xFF && quint8(d[1]) == 0xD8;
}

bool isPng(const QByteArray &d)
{
    return d.startsWith("\x89PNG\r\n\x1a\n");
}

// Whether the file ends as its format says it must: a JPEG with its end-of-image marker, a PNG
// with its IEND chunk. A file cut short in transfer decodes as a grey lower half otherwise.
bool isComplete(const QByteArray &d)
{
    if (isJpeg(d)) {
        // The end-of-image marker after the first scan (a phone's "motion photo" carries a video
        // after it, and the EXIF thumbnail has a marker of its own before it). In the scans
        // themselves an 0xFF byte is always followed by 0x00, so the marker cannot stand there
        // by chance.
        const qsizetype scan = d.indexOf("\xFF\xDA");
        return scan > 0 && d.indexOf("\xFF\xD9", scan) > scan;
    }
    if (isPng(d))
        return d.right(64).contains("IEND");
    return true;
}

} // namespace

QString PhotoFiles::tooBig(qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    return tr("the file is %1, more than the newsroom takes (%2; "
              "publication.photo-max-megabytes)")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

QString PhotoFiles::sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

PhotoFiles::Metadata PhotoFiles::metadata(const QByteArray &data)
{
    Metadata meta;
    if (isJpeg(data)) {
        int at = 2;
        while (at + 4 <= data.size() && quint8(data[at]) == 0xFF) {
            const quint8 marker = quint8(data[at + 1]);
            if (marker == 0xDA || marker == 0xD9) // start of scan: no metadata after it
                break;
            const int length = quint8(data[at + 2]) << 8 | quint8(data[at + 3]);
            if (length < 2 || at + 2 + length > data.size())
                break;
            const QByteArrayView segment = QByteArrayView(data).sliced(at + 4, length - 2);
            if (marker == 0xE1 && segment.size() > 6
                && segment.startsWith(QByteArrayView("Exif\0\0", 6)))
                readExif(segment.sliced(6), meta);
            else if (marker == 0xE1 && segment.startsWith("http://ns.adobe.com/xap/1.0/")
                     && (segment.contains("GPSLatitude") || segment.contains("GPSLongitude")))
                meta.hasLocation = true;
            at += 2 + length;
        }
    } else if (isPng(data)) {
        int at = 8;
        while (at + 12 <= data.size()) {
            const quint32 length = quint32(quint8(data[at])) << 24 | quint8(data[at + 1]) << 16
                | quint8(data[at + 2]) << 8 | quint8(data[at + 3]);
            const QByteArrayView type = QByteArrayView(data).sliced(at + 4, 4);
            if (qint64(at) + 12 + length > data.size())
                break;
            const QByteArrayView body = QByteArrayView(data).sliced(at + 8, length);
            if (type == "eXIf")
                readExif(body, meta);
            else if ((type == "iTXt" || type == "tEXt")
                     && (body.contains("GPSLatitude") || body.contains("GPSLongitude")))
                meta.hasLocation = true;
            at += 12 + int(length);
        }
    }
    return meta;
}

Result<PhotoIntake> PhotoFiles::inspect(const QByteArray &data, qint64 maxBytes)
{
    if (data.size() > maxBytes)
        return failure(Error::Kind::Invalid, tooBig(data.size(), maxBytes));
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // its size as seen: a portrait taken on its side is tall
    const QByteArray format = reader.format().toLower();
    static const QHash<QByteArray, QString> types {
        { "jpeg", QStringLiteral("image/jpeg") },
        { "jpg", QStringLiteral("image/jpeg") },
        { "png", QStringLiteral("image/png") },
        { "webp", QStringLiteral("image/webp") },
    };
    if (!types.contains(format))
        return failure(Error::Kind::Invalid,
                       format.isEmpty()
                           ? tr("the file is not an image (a photo is a JPEG, PNG or WebP file)")
                           : tr("the file is a %1 image; a photo is a JPEG, PNG or WebP file")
                                 .arg(QString::fromLatin1(format).toUpper()));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return failure(Error::Kind::Invalid, tr("the image is damaged: its size cannot be read"));
    if (qint64(size.width()) * size.height() > MaxPixels)
        return failure(Error::Kind::Invalid,
                       tr("the image claims %1 × %2 pixels, more than the %3 megapixels a photo "
                          "may have (nothing was decoded)")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(MaxPixels / 1'000'000));
    if (!isComplete(data))
        return failure(Error::Kind::Invalid,
                       tr("the image is incomplete: the file ends before the picture does "
                          "(cut short while copying?)"));
    QImageReader::setAllocationLimit(Renditions::DecodeLimitMegabytes);
    QImage decoded;
    if (!reader.read(&decoded) || decoded.isNull())
        return failure(
            Error::Kind::Invalid,
            tr("the image is damaged and cannot be read (%1)").arg(reader.errorString()));

    PhotoIntake intake;
    intake.data = data;
    intake.image.sha = sha256(data);
    intake.image.mediaType = types.value(format);
    intake.image.width = decoded.width();
    intake.image.height = decoded.height();
    intake.image.byteSize = data.size();
    const Metadata meta = metadata(data);
    intake.image.takenAt = meta.takenAt;
    intake.image.hasLocation = meta.hasLocation;
    // The texts the decoder found (a PNG's compressed text chunks, a JPEG's comments) may hold
    // XMP with a position too.
    const QStringList keys = decoded.textKeys();
    for (const QString &key : keys) {
        const QString text = decoded.text(key);
        if (text.contains(QLatin1String("GPSLatitude"))
            || text.contains(QLatin1String("GPSLongitude")))
            intake.image.hasLocation = true;
    }
    return intake;
}

Result<PhotoIntake> PhotoFiles::inspectFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(Error::Kind::NotFound, tr("no file %1").arg(path));
    if (info.size() > maxBytes)
        return failure(Error::Kind::Invalid,
                       tr("%1: %2").arg(info.fileName(), tooBig(info.size(), maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed, tr("cannot read %1: %2").arg(path, file.errorString()));
    auto intake = inspect(file.readAll(), maxBytes);
    if (!intake)
        return Error { intake.error().kind,
                       tr("%1: %2").arg(info.fileName(), intake.error().message) };
    return intake;
}

} // namespace copydesk::app
