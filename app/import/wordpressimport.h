#pragma once

#include "app/core/result.h"
#include "app/core/status.h"
#include "app/workflow/permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace copydesk::app {

class StoreContext;

// What importing a WordPress export does, or would do: the preview before anything is written
// and the report after, in one shape.
struct SiteImport
{
    // One post of the export and what became of it.
    struct Post
    {
        enum class Outcome {
            Create, // a new article
            Update, // imported before; changed in WordPress since
            Unchanged, // imported before, the same today
            Kept, // imported before and changed in Copydesk since: left as the newsroom has it
        };
        qint64 line = 0; // where the post starts in the file
        qint64 articleId = 0; // after an import (and for updates, kept and unchanged ones)
        QString headline;
        Status status = Status::Draft;
        QString author; // display name
        QDateTime postedAt;
        Outcome outcome = Outcome::Create;
        QStringList notes; // what was changed on the way in (images kept as links, shortcodes)
    };

    QString file;
    QString siteTitle;
    QString version; // "1.2"
    QList<Post> posts; // every post that becomes (or became) an article, in file order
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int kept = 0;
    // What is not imported, by kind ("pages", "private posts"), with how many.
    QMap<QString, int> skipped;
    QStringList skippedItems; // one line each: "“About” (line 87): a page"
    QStringList newPeople; // "john (John Doe)": authors who become people, without a password
    QStringList matchedPeople; // "admin is Jane Doe (admin) here": authors who are already staff
    QStringList newSections;
    QStringList slugConflicts; // "hello-world is taken by article 4; stored as hello-world-2"

    int skippedCount() const;
};

// Imports a WordPress export (WXR 1.0–1.2) into the newsroom, streamed: posts become articles at
// their WordPress status (publish → published, draft → draft, pending → in review, future →
// approved), with their dates, slug, excerpt as standfirst, first category as section, tags and
// author; authors become people without a password; pages, attachments, menu items, private
// and trashed posts are counted and skipped, with reasons. The whole file is one transaction: a
// malformed file, an error or a cancel leaves the store as it was. A post imported before (by
// its GUID) is updated, unless the newsroom has changed it in Copydesk since.
//
// Only the editor-in-chief may import a site (Action::ImportSite). On a newsroom server the
// server's own rules let only its administrators (the newsroom's owner login) write articles
// that are not new drafts of the caller's own, so a site is imported with that login.
class WordPressImport final
{
    Q_DISABLE_COPY_MOVE(WordPressImport)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::WordPressImport)

public:
    // Told how far the reading is (bytes of the file); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit WordPressImport(StoreContext &context);

    // True for a file that says it is a WordPress export (an <rss> with its namespace near the
    // start), whatever its name.
    static bool looksLikeExport(const QString &path);
    // What import treats as a WordPress export: a .xml file, or one that looks like an export.
    static bool isExport(const QString &path);

    // What importing the file would do, read through once; nothing is written.
    Result<SiteImport> preview(const Actor &by, const QString &path, const Progress &progress = {});
    // Imports the file; the report says what was done.
    Result<SiteImport> run(const Actor &by, const QString &path, const Progress &progress = {});

private:
    Result<SiteImport> read(const Actor &by, const QString &path, bool write,
                            const Progress &progress);

    StoreContext &m_ctx;
};

} // namespace copydesk::app
