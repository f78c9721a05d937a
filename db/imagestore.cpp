#include "db/imagestore.h"

#include "db/database.h"
#include "db/storedtime.h"

#include <QSqlQuery>
#include <QVariant>

namespace copydesk::db {

ImageStore::ImageStore(Database &database)
    : m_database(database)
{ }

Result<void> ImageStore::add(const StoredImage &image, const QByteArray &data)
{
    QSqlQuery q(m_database.connection());
    q.prepare(m_database.isServer()
                  ? QStringLiteral("SELECT copydesk_add_image(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("INSERT INTO images (sha256, media_type, width, height, "
                                   "byte_size, taken_at, has_location, added_by, added_at, data) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(image.sha);
    q.addBindValue(image.mediaType);
    q.addBindValue(image.width);
    q.addBindValue(image.height);
    q.addBindValue(image.byteSize);
    q.addBindValue(image.takenAt.isValid() ? QVariant(storedtime::toStored(image.takenAt))
                                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(image.hasLocation ? 1 : 0);
    q.addBindValue(image.addedBy > 0 ? QVariant(image.addedBy)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(storedtime::toStored(image.addedAt));
    q.addBindValue(data);
    if (!q.exec())
        return m_database.errorFrom(q, tr("keeping image %1").arg(image.sha.left(12)));
    return {};
}

Result<QHash<QString, StoredImage>> ImageStore::info(const QStringList &shas)
{
    QHash<QString, StoredImage> found;
    if (shas.isEmpty())
        return found;
    QStringList marks;
    for (int i = 0; i < shas.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sha256, media_type, width, height, byte_size, "
                             "coalesce(taken_at, ''), has_location, coalesce(added_by, 0), "
                             "added_at FROM images WHERE sha256 IN (%1)")
                  .arg(marks.join(QStringLiteral(", "))));
    for (const QString &sha : shas)
        q.addBindValue(sha);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading images"));
    while (q.next()) {
        StoredImage image;
        image.sha = q.value(0).toString();
        image.mediaType = q.value(1).toString();
        image.width = q.value(2).toInt();
        image.height = q.value(3).toInt();
        image.byteSize = q.value(4).toLongLong();
        const QString taken = q.value(5).toString();
        if (!taken.isEmpty())
            image.takenAt = storedtime::fromStored(taken);
        image.hasLocation = q.value(6).toInt() != 0;
        image.addedBy = q.value(7).toLongLong();
        image.addedAt = storedtime::fromStored(q.value(8).toString());
        found.insert(image.sha, image);
    }
    return found;
}

Result<QByteArray> ImageStore::data(const QString &sha)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM images WHERE sha256 = ?"));
    q.addBindValue(sha);
    if (!q.exec())
        return m_database.errorFrom(q, tr("reading image %1").arg(sha.left(12)));
    if (!q.next())
        return failure(Error::Kind::NotFound, tr("no image %1 in the store").arg(sha.left(12)));
    return q.value(0).toByteArray();
}

} // namespace copydesk::db
