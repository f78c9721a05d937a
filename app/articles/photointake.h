#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace copydesk::app {

// A file offered as a photo, checked before anything is stored: what it is, how big, when it
// was taken and whether it says where. No store: the checks of PhotoService::add, the editor's
// drop and paste, and the tests.
struct PhotoIntake
{
    db::StoredImage image; // sha, type, size, taken, location (added_by/at left to the caller)
    QByteArray data;
};

class PhotoFiles final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::PhotoFiles)

public:
    // The most pixels a photo may have, checked from its header before it is decoded: a
    // 24-megapixel camera's photos pass; a "decompression bomb" (a small file that claims
    // gigapixels) does not.
    static constexpr qint64 MaxPixels = 100'000'000;

    // Checks bytes offered as a photo: not over maxBytes, a JPEG, PNG or WebP image (by its
    // content, not its name), not over MaxPixels, complete (not cut short) and decodable.
    static Result<PhotoIntake> inspect(const QByteArray &data, qint64 maxBytes);
    // The same for a file (its size checked before it is read).
    static Result<PhotoIntake> inspectFile(const QString &path, qint64 maxBytes);

    // What the photo's EXIF says (JPEG APP1 or PNG eXIf) and whether its XMP names a position.
    struct Metadata
    {
        QDateTime takenAt;
        bool hasLocation = false;
    };
    static Metadata metadata(const QByteArray &data);

    static QString sha256(const QByteArray &data);

private:
    static QString tooBig(qint64 size, qint64 maxBytes);
};

} // namespace copydesk::app
