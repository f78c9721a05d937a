#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QHash>
#include <QList>
#include <QString>

namespace copydesk::app {

// What the exporter may read of a newsroom, and nothing more: articles, the people of their
// bylines, correction notes and the publication's settings. Newsroom provides one
// (Newsroom::exportSource()); tests may provide their own.
class ExportSource
{
public:
    virtual ~ExportSource() = default;

    virtual Result<db::Article> article(qint64 id) = 0;
    virtual Result<QList<db::ArticleSummary>> list(const db::ArticleQuery &query) = 0;
    virtual Result<db::Person> person(qint64 id) = 0;
    virtual Result<QList<db::Appointment>> appointments(qint64 personId) = 0;
    virtual Result<QList<db::Note>> notes(qint64 articleId) = 0;
    virtual Result<QString> setting(const QString &key, const QString &fallback = {}) = 0;

    // For a whole site, in a few queries whatever its size: every published article without
    // its body, the bodies of some, and every correction note.
    virtual Result<QList<db::Article>> publishedWithoutBodies() = 0;
    virtual Result<QHash<qint64, QString>> bodies(const QList<qint64> &ids) = 0;
    virtual Result<QList<db::Note>> corrections() = 0;
    // Changes whenever anything a site shows might have: the published articles, corrections,
    // people and their appointments, sections. Cheap to read, whatever the archive's size.
    virtual Result<QByteArray> siteFingerprint() = 0;

    // The photos' images: what is known of them, by hash, and an image's original bytes.
    virtual Result<QHash<QString, db::StoredImage>> images(const QStringList &shas) = 0;
    virtual Result<QByteArray> imageData(const QString &sha) = 0;
};

} // namespace copydesk::app
