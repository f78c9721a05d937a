#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace copydesk::db {

class Database;

// The newsroom's images, each kept once by the SHA-256 of its bytes. Whether a file is an image
// worth keeping, and who may add one, is decided in app/ (PhotoService); on a newsroom server
// the server checks both the right and the hash itself (copydesk_add_image, schema 13).
class ImageStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::ImageStore)

public:
    explicit ImageStore(Database &database);

    // Keeps an image; one already kept under the hash stays as it is.
    Result<void> add(const StoredImage &image, const QByteArray &data);
    // What is known of these images, by hash (those not kept are left out).
    Result<QHash<QString, StoredImage>> info(const QStringList &shas);
    // An image's original bytes.
    Result<QByteArray> data(const QString &sha);

private:
    Database &m_database;
};

} // namespace copydesk::db
