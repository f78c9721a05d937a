#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk::app {

// Unsaved text kept on this machine while the store cannot be reached (a newsroom server that
// went away): one file per person and article (or new article's draft key) under the user's
// data folder, a folder per store, each written whole or not at all. When the store is back,
// the texts move into its autosave slots (EditSession::flushLocalRecovery) and the files go.
class LocalRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::LocalRecovery)

public:
    explicit LocalRecovery(const QString &storeLocation);

    Result<void> keep(const db::Autosave &slot);
    // The texts kept for this person, oldest first.
    QList<db::Autosave> kept(qint64 personId) const;
    void discard(qint64 personId, qint64 articleId, const QString &draftKey);
    QString folder() const { return m_folder; }

private:
    QString fileFor(qint64 personId, qint64 articleId, const QString &draftKey) const;

    QString m_folder;
};

} // namespace copydesk::app
