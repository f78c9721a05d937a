#pragma once

#include "app/articles/articleservice.h"
#include "app/articles/demonewsroom.h"
#include "app/articles/editingservice.h"
#include "app/articles/photoservice.h"
#include "app/articles/reviewservice.h"
#include "app/core/result.h"
#include "app/export/exportsource.h"
#include "app/export/proof.h"
#include "app/import/wordpressimport.h"
#include "app/spelling/dictionaryservice.h"
#include "app/spelling/styleguideservice.h"
#include "app/workflow/permissions.h"
#include "app/workflow/settingsservice.h"
#include "app/workflow/staffservice.h"
#include "app/workflow/workflowservice.h"
#include "db/storecopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace copydesk::app {

class StoreContext;

// The newsroom a program works on: one open store and the services every front end (window,
// command line, tests) goes through. A thin composition: the rules of DESIGN.md §4 live in the
// services, which take the acting person; the stores are private to app/.
class Newsroom final
{
    Q_DISABLE_COPY_MOVE(Newsroom)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::Newsroom)

public:
    enum class OpenMode {
        CreateIfMissing, // a new file becomes an empty store, brought up to date
        MustExist, // a missing file is an error; so is a file that is not a Copydesk store
    };

    Newsroom();
    ~Newsroom();

    // Opens the store and brings its schema up to date. path is a store file or a newsroom
    // server's address (postgresql://user@host/newsroom); a server's database must exist.
    Result<void> open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const;
    // The store file, or the server address without a password.
    QString path() const;
    // How a person names it: "newsroom.sqlite", or "copydesk on db.example.org".
    QString displayName() const;
    // True for a newsroom on a PostgreSQL server.
    bool isServer() const;
    // False once the connection to a newsroom server was lost; reconnect() tries again.
    bool isConnected() const;
    Result<void> reconnect();
    // A round trip to a newsroom server; Unreachable when it has gone away.
    Result<void> ping();
    // The password for a newsroom server's login, used by open() and the maintenance calls.
    // Without one, libpq reads PGPASSWORD and ~/.pgpass. Never stored.
    void setServerPassword(const QString &password);
    static bool isServerAddress(const QString &path);
    // A store as messages show it: a file's native path, or a server address without any
    // password it was typed with.
    static QString shownLocation(const QString &path);

    // Where the store lives when no --database is given: copydesk.sqlite in the platform's
    // application-data folder.
    static QString defaultStorePath();

    // Store maintenance. Each opens the store itself when it is not open yet, with the same
    // checks as open() (a file that is not a store, a newer schema, a network drive).
    int schemaVersion() const;
    // A store this user may read but not write: listed, shown, exported and checked, never
    // migrated or changed.
    bool isReadOnly() const;
    static int latestSchemaVersion();
    // Integrity and foreign-key checks; an empty list means the store is sound.
    Result<QStringList> checkStore(const QString &path);
    // Applies every migration newer than the store; returns how many ran.
    Result<int> migrateStore(const QString &path);
    // A consistent copy of the store while others keep working. An existing target is replaced
    // only when it is a Copydesk store (an older backup) or when force is given.
    Result<void> backupStore(const QString &path, const QString &target, bool force = false);
    // Moves a whole newsroom between stores, SQLite or PostgreSQL either way: every table with
    // the same ids, in one transaction on the target, which must be empty (a new file, or an
    // empty database on a server); the counts are checked before it commits. The source must
    // be at this program's schema. Returns the rows copied per table.
    static Result<QList<db::StoreCopy::TableCount>>
    copyStore(const QString &source, const QString &target, const QString &serverPassword = {});

    // A printed proof of a stored article as the person sees it (their own dictionary counts):
    // the article, its open issues and the publication's name.
    Result<ProofContent> proofOf(const Actor &by, qint64 articleId);
    // The same for an article as edited (saved or not): its issues found in the text printed.
    Result<ProofContent> proofOf(const Actor &by, db::Article asEdited);

    // The services.
    StaffService &staff() { return *m_staff; }
    WorkflowService &workflow() { return *m_workflow; }
    ArticleService &archive() { return *m_articles; }
    EditingService &editing() { return *m_editing; }
    DictionaryService &spelling() { return *m_dictionary; }
    StyleGuideService &styleGuide() { return *m_styleGuide; }
    ReviewService &review() { return *m_review; }
    PhotoService &photos() { return *m_photos; }
    SettingsService &publication() { return *m_settings; }
    DemoNewsroom &demo() { return *m_demo; }
    WordPressImport &wordpress() { return *m_wordpress; }
    // What the exporter reads, and nothing more.
    ExportSource &exportSource() { return *m_exportSource; }

    // This machine's name, as edit locks show it.
    QString machine() const;
    void setMachine(const QString &machine);

    // The clock, replaceable in tests (appointment terms, sign-in delays).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    QDate today() const;

    // True for a store with no people and no articles: a newsroom not yet set up.
    bool isEmpty();

private:
    // For app/ and its tests only, through contextOf() in storecontext.h, which front ends never
    // include.
    friend StoreContext &contextOf(Newsroom &newsroom);

    Result<void> openForMaintenance(const QString &path);

    std::unique_ptr<StoreContext> m_context;
    QString m_serverPassword;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<WorkflowService> m_workflow;
    std::unique_ptr<EditingService> m_editing;
    std::unique_ptr<ArticleService> m_articles;
    std::unique_ptr<StyleGuideService> m_styleGuide;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<PhotoService> m_photos;
    std::unique_ptr<DictionaryService> m_dictionary;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<DemoNewsroom> m_demo;
    std::unique_ptr<WordPressImport> m_wordpress;
    std::unique_ptr<ExportSource> m_exportSource;
};

} // namespace copydesk::app
