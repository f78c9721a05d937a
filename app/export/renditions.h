#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace copydesk::app {

// The copies of a photo a published site serves: a few widths made from the original with Qt's
// image scaling, re-encoded as JPEG (every browser reads it) from the pixels alone, so no EXIF,
// XMP or GPS data of the original reaches the site. Named from the image's hash and width,
// never from the file someone uploaded: media/SHA-WIDTH.jpg.
class Renditions final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::Renditions)

public:
    // The widths made of an image so wide: those of 320, 640, 1024 and 1600 pixels narrower than
    // it, and it at its own width when that is 1600 or less.
    static QList<int> widths(int width);
    static QSize size(const db::StoredImage &image, int width);
    // The memory a photo may take while it is decoded (QImageReader's limit, for the whole
    // program): 100 megapixels at four bytes, or 16-bit colour at up to 50.
    static constexpr int DecodeLimitMegabytes = 400;
    // "media/SHA-WIDTH.jpg"
    static QString path(const QString &sha, int width);
    // The width a page shows by default (the largest up to 1024) and a thumbnail's (the
    // smallest).
    static int standardWidth(int width);
    static int thumbnailWidth(int width);

    // The rendition of an original (its bytes as kept) at that width: decoded at about that
    // size (a JPEG's decoder scales while decoding), turned upright as its EXIF says, scaled,
    // alpha laid on white, encoded as JPEG without metadata.
    static Result<QByteArray> make(const QByteArray &original, int width);
    // Several widths of one original, decoded once (at the widest), each scaled from that.
    static Result<QList<QByteArray>> make(const QByteArray &original, const QList<int> &widths);
    // The original decoded at that width (or its own, when narrower), upright: what make()
    // encodes, and what the editor shows.
    static Result<QImage> decode(const QByteArray &original, int width);
};

} // namespace copydesk::app
