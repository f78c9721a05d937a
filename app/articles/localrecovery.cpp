#include "app/articles/localrecovery.h"

#include "db/serveraddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace copydesk::app {

LocalRecovery::LocalRecovery(const QString &storeLocation)
{
    // The same newsroom under any spelling of its address: a server's host, port and database
    // (not the TLS mode or the login), a file's absolute path.
    QString identity = QFileInfo(storeLocation).absoluteFilePath();
    if (db::ServerAddress::isServerAddress(storeLocation)) {
        const auto address = db::ServerAddress::parse(storeLocation);
        identity = address ? QStringLiteral("%1:%2/%3")
                                 .arg(address->host.toLower())
                                 .arg(address->port)
                                 .arg(address->database)
                           : storeLocation;
    }
    const QByteArray key
        = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    m_folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("recovery/") + QString::fromLatin1(key));
}

QString LocalRecovery::fileFor(qint64 personId, qint64 articleId, const QString &draftKey) const
{
    // A draft key is a UUID of ours; anything else in it is not used in a file name.
    QString draft = draftKey;
    draft.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    const QString name = articleId > 0 ? QStringLiteral("p%1-a%2.json").arg(personId).arg(articleId)
                                       : QStringLiteral("p%1-d%2.json").arg(personId).arg(draft);
    return QDir(m_folder).filePath(name);
}

Result<void> LocalRecovery::keep(const db::Autosave &slot)
{
    if (!QDir().mkpath(m_folder))
        return failure(Error::Kind::Failed,
                       tr("cannot make the folder %1 for a recovery copy")
                           .arg(QDir::toNativeSeparators(m_folder)));
    const QJsonObject json {
        { QStringLiteral("article"), slot.articleId },
        { QStringLiteral("draft_key"), slot.draftKey },
        { QStringLiteral("person"), slot.personId },
        { QStringLiteral("headline"), slot.headline },
        { QStringLiteral("standfirst"), slot.standfirst },
        { QStringLiteral("body"), slot.body },
        { QStringLiteral("section"), slot.section },
        { QStringLiteral("tags"), QJsonArray::fromStringList(slot.tags) },
        { QStringLiteral("base_version"), slot.baseVersion },
        { QStringLiteral("saved_at"), slot.savedAt.toUTC().toString(Qt::ISODateWithMs) },
    };
    QSaveFile file(fileFor(slot.personId, slot.articleId, slot.draftKey));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return failure(Error::Kind::Failed,
                       tr("cannot write a recovery copy to %1: %2")
                           .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return {};
}

QList<db::Autosave> LocalRecovery::kept(qint64 personId) const
{
    QList<db::Autosave> slots;
    const QDir dir(m_folder);
    const auto files
        = dir.entryList({ QStringLiteral("p%1-*.json").arg(personId) }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        if (json.isEmpty())
            continue;
        db::Autosave slot;
        slot.articleId = json.value(QStringLiteral("article")).toInteger();
        slot.draftKey = json.value(QStringLiteral("draft_key")).toString();
        slot.personId = json.value(QStringLiteral("person")).toInteger();
        slot.headline = json.value(QStringLiteral("headline")).toString();
        slot.standfirst = json.value(QStringLiteral("standfirst")).toString();
        slot.body = json.value(QStringLiteral("body")).toString();
        slot.section = json.value(QStringLiteral("section")).toString();
        for (const QJsonValue &tag : json.value(QStringLiteral("tags")).toArray())
            slot.tags << tag.toString();
        slot.baseVersion = json.value(QStringLiteral("base_version")).toInt();
        slot.savedAt = QDateTime::fromString(json.value(QStringLiteral("saved_at")).toString(),
                                             Qt::ISODateWithMs);
        if (slot.personId == personId)
            slots.append(slot);
    }
    std::sort(slots.begin(), slots.end(),
              [](const db::Autosave &a, const db::Autosave &b) { return a.savedAt < b.savedAt; });
    return slots;
}

void LocalRecovery::discard(qint64 personId, qint64 articleId, const QString &draftKey)
{
    QFile::remove(fileFor(personId, articleId, draftKey));
}

} // namespace copydesk::app
