#include "app/export/sitemanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace copydesk::app {

namespace {

const QByteArray Header = "copydesk-site 2";

} // namespace

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<void> writeSiteFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(Error::Kind::Failed,
                       QStringLiteral("cannot create the folder for %1").arg(shownPath(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return failure(
            Error::Kind::Failed,
            QStringLiteral("cannot write %1: %2").arg(shownPath(path), file.errorString()));
    return {};
}

const QString SiteManifest::FileName = QStringLiteral(".copydesk-site");
const QString SiteManifest::OlderFileName = QStringLiteral(".copydesk-site.json");

SiteManifest SiteManifest::read(const QString &folder)
{
    SiteManifest manifest;
    QFile file(QDir(folder).filePath(FileName));
    if (file.open(QIODevice::ReadOnly) && file.readLine().trimmed() == Header) {
        manifest.found = true;
        manifest.fingerprint = file.readLine().trimmed();
        manifest.articles = file.readLine().trimmed().toInt();
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            const qsizetype tab = line.indexOf('\t');
            if (tab > 0)
                manifest.stamps.insert(
                    QString::fromUtf8(line.mid(tab + 1).chopped(line.endsWith('\n') ? 1 : 0)),
                    QByteArray::fromHex(line.left(tab)));
        }
        return manifest;
    }
    QFile older(QDir(folder).filePath(OlderFileName));
    if (older.open(QIODevice::ReadOnly)) {
        manifest.found = manifest.olderFormat = true;
        const QJsonObject files = QJsonDocument::fromJson(older.readAll()).object();
        for (auto it = files.begin(); it != files.end(); ++it)
            manifest.stamps.insert(it.key(), QByteArray());
    }
    return manifest;
}

QByteArray SiteManifest::text(const QByteArray &fingerprint, int articles,
                              const QList<std::pair<QString, QByteArray>> &pages)
{
    QByteArray text = Header + '\n' + fingerprint + '\n' + QByteArray::number(articles) + '\n';
    for (const auto &[path, stamp] : pages)
        text += stamp.toHex() + '\t' + path.toUtf8() + '\n';
    return text;
}

QSet<QString> filesOfSite(const QString &folder)
{
    QSet<QString> files;
    QStringList folders { QString() };
    for (const char *sub : SiteFolders)
        folders << QLatin1String(sub) + QLatin1Char('/');
    for (const QString &sub : std::as_const(folders)) {
        const QStringList names
            = QDir(folder + QLatin1Char('/') + sub)
                  .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Unsorted);
        for (const QString &name : names)
            files.insert(sub + name);
    }
    return files;
}

} // namespace copydesk::app
