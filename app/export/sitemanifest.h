#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <utility>

namespace copydesk::app {

// What decides a page's content, hashed: when a page's stamp is the one in the manifest and its
// file is there, the page is not built again.
class SiteStamp
{
public:
    SiteStamp &operator<<(const QString &text)
    {
        // The UTF-16 as it is in memory: stamps are compared on the machine that made them
        // (a manifest carried elsewhere only makes every page be built once more).
        return *this << qint64(text.size())
                     << QByteArrayView(reinterpret_cast<const char *>(text.utf16()),
                                       text.size() * qsizetype(sizeof(char16_t)));
    }
    SiteStamp &operator<<(QByteArrayView bytes)
    {
        m_hash.addData(bytes);
        return *this;
    }
    SiteStamp &operator<<(const QByteArray &bytes) { return *this << QByteArrayView(bytes); }
    SiteStamp &operator<<(qint64 number)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&number), sizeof number));
        return *this;
    }
    SiteStamp &operator<<(const QDateTime &time) { return *this << time.toMSecsSinceEpoch(); }
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash { QCryptographicHash::Sha1 };
};

// The manifest an export leaves in its folder (.copydesk-site): the fingerprint of what the
// site was built from, the number of articles, and each page's path and stamp. A site of an
// older Copydesk (.copydesk-site.json, content hashes) is read as a site whose pages must all be
// built again.
struct SiteManifest
{
    static const QString FileName;
    static const QString OlderFileName;

    bool found = false; // the folder holds a Copydesk site
    bool olderFormat = false;
    QByteArray fingerprint;
    int articles = 0;
    QHash<QString, QByteArray> stamps; // path -> stamp (empty in the older format)

    // Reads the manifest of a folder; found stays false when there is none.
    static SiteManifest read(const QString &folder);
    // The manifest's text for pages given as (path, stamp).
    static QByteArray text(const QByteArray &fingerprint, int articles,
                           const QList<std::pair<QString, QByteArray>> &pages);
};

// The folders an export makes inside a site, for the pages of articles, sections, tags and
// authors, and the photos' renditions (media).
inline constexpr const char *SiteFolders[] = { "articles", "sections", "tags", "authors", "media" };

// A path as the person's system writes it, for messages.
QString shownPath(const QString &path);
// Writes a file of a site whole or not at all (QSaveFile), making its folder first.
Result<void> writeSiteFile(const QString &path, const QByteArray &content);

// The files of an exported site (its top folder and the folders it makes), as paths relative
// to it: one listing of each folder, rather than asking after every page.
QSet<QString> filesOfSite(const QString &folder);

} // namespace copydesk::app
