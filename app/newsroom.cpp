#include "app/newsroom.h"

#include "app/articles/articleservice.h"
#include "app/articles/demonewsroom.h"
#include "app/articles/editingservice.h"
#include "app/body/textstats.h"
#include "app/export/exportsource.h"
#include "app/export/pagebuilder.h"
#include "app/spelling/dictionaryservice.h"
#include "app/storecontext.h"
#include "app/workflow/permissionrules.h"
#include "app/workflow/settingsservice.h"
#include "app/workflow/staffservice.h"
#include "app/workflow/workflowservice.h"
#include "db/serveraddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace copydesk::app {

namespace {

db::Database::OpenMode storeMode(Newsroom::OpenMode mode)
{
    return mode == Newsroom::OpenMode::CreateIfMissing ? db::Database::OpenMode::CreateIfMissing
                                                       : db::Database::OpenMode::MustExist;
}

// The exporter's view of a newsroom: reads only.
class NewsroomExportSource final : public ExportSource
{
public:
    explicit NewsroomExportSource(StoreContext &context)
        : m_ctx(context)
    { }

    Result<db::Article> article(qint64 id) override { return m_ctx.articles.get(id); }
    Result<QList<db::ArticleSummary>> list(const db::ArticleQuery &query) override
    {
        return m_ctx.articles.list(query);
    }
    Result<db::Person> person(qint64 id) override { return m_ctx.people.byId(id); }
    Result<QList<db::Appointment>> appointments(qint64 personId) override
    {
        return m_ctx.people.appointments(personId);
    }
    Result<QList<db::Note>> notes(qint64 articleId) override
    {
        return m_ctx.journal.notes(articleId);
    }
    Result<QString> setting(const QString &key, const QString &fallback) override
    {
        return m_ctx.settings.value(key, fallback);
    }
    Result<QList<db::Article>> publishedWithoutBodies() override
    {
        return m_ctx.articles.publishedWithoutBodies();
    }
    Result<QHash<qint64, QString>> bodies(const QList<qint64> &ids) override
    {
        return m_ctx.articles.bodies(ids);
    }
    Result<QList<db::Note>> corrections() override
    {
        return m_ctx.journal.notesOfKind(QStringLiteral("correct"));
    }
    Result<QHash<QString, db::StoredImage>> images(const QStringList &shas) override
    {
        return m_ctx.images.info(shas);
    }
    Result<QByteArray> imageData(const QString &sha) override { return m_ctx.images.data(sha); }
    Result<QByteArray> siteFingerprint() override
    {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        auto add = [&hash](const QString &text) {
            hash.addData(text.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        };
        const auto articles = m_ctx.articles.publishedFingerprint();
        if (!articles)
            return articles.error();
        add(*articles);
        const auto corrections = m_ctx.journal.kindFingerprint(QStringLiteral("correct"));
        if (!corrections)
            return corrections.error();
        add(*corrections);
        const auto sections = m_ctx.articles.sections();
        if (!sections)
            return sections.error();
        add(sections->join(QLatin1Char('\n')));
        const auto people = m_ctx.people.all();
        if (!people)
            return people.error();
        for (const db::Person &p : *people)
            for (const QString &field : { QString::number(p.id), p.username, p.displayName, p.bio,
                                          QString::number(p.active) })
                add(field);
        const auto appointments = m_ctx.people.allAppointments();
        if (!appointments)
            return appointments.error();
        for (const db::Appointment &a : *appointments)
            for (const QString &field :
                 { QString::number(a.id), QString::number(a.personId), a.title, a.level, a.section,
                   a.term, a.startsOn.toString(Qt::ISODate), a.endsOn.toString(Qt::ISODate) })
                add(field);
        return hash.result();
    }

private:
    StoreContext &m_ctx;
};

} // namespace

Newsroom::Newsroom()
    : m_context(std::make_unique<StoreContext>())
    , m_staff(std::make_unique<StaffService>(*m_context))
    , m_workflow(std::make_unique<WorkflowService>(*m_context))
    , m_editing(std::make_unique<EditingService>(*m_context))
    , m_articles(std::make_unique<ArticleService>(*m_context, *m_editing))
    , m_styleGuide(std::make_unique<StyleGuideService>(*m_context, *m_articles))
    , m_review(std::make_unique<ReviewService>(*m_context, *m_articles))
    , m_photos(std::make_unique<PhotoService>(*m_context, *m_articles))
    , m_dictionary(std::make_unique<DictionaryService>(*m_context, *m_styleGuide, *m_photos))
    , m_settings(std::make_unique<SettingsService>(*m_context))
    , m_demo(std::make_unique<DemoNewsroom>(*m_context, *m_articles))
    , m_wordpress(std::make_unique<WordPressImport>(*m_context))
    , m_exportSource(std::make_unique<NewsroomExportSource>(*m_context))
{ }

Newsroom::~Newsroom() = default;

StoreContext &contextOf(Newsroom &newsroom)
{
    return *newsroom.m_context;
}

Result<void> Newsroom::open(const QString &path, OpenMode mode)
{
    db::Database &database = m_context->database;
    if (auto r = database.open(path, storeMode(mode), m_serverPassword); !r)
        return r;
    if (database.isReadOnly()) {
        // Readable, never written: no migration, no seeding.
        if (database.schemaVersion() < db::Database::latestSchemaVersion()) {
            database.close();
            return failure(Error::Kind::Failed,
                           tr("%1 is read-only and needs migrating to this version; open it "
                              "where it can be written")
                               .arg(QDir::toNativeSeparators(path)));
        }
        return {};
    }
    if (auto r = database.migrate(); !r) {
        database.close();
        return r.error();
    }
    if (auto r = m_dictionary->seedHouseDictionary(); !r) {
        database.close();
        return r;
    }
    // A staff login may not write the guide: the newsroom's owner seeds it at its first opening.
    if (auto r = m_styleGuide->seedStarterGuide();
        !r && r.error().kind != Error::Kind::NotPermitted) {
        database.close();
        return r;
    }
    // The store's copy of the permission table, for the server's own checks: as this
    // program's table says.
    QList<db::PermissionRow> rules;
    for (const PermissionRule &rule : PermissionRules::standard().rules())
        rules.append({ rule.action, rule.status, rule.who });
    if (auto r = m_context->settings.replacePermissionRules(rules);
        !r && r.error().kind != Error::Kind::NotPermitted) {
        database.close();
        return r;
    } // a staff login may not write it: the newsroom's owner does, at its next opening
    return {};
}

Result<ProofContent> Newsroom::proofOf(const Actor &by, qint64 articleId)
{
    const auto article = m_articles->article(articleId);
    if (!article)
        return article.error();
    return proofOf(by, *article);
}

Result<ProofContent> Newsroom::proofOf(const Actor &by, db::Article asEdited)
{
    asEdited.wordCount = textstats::bodyWordCount(asEdited.body);
    const auto issues = m_dictionary->issuesOf(by, asEdited);
    if (!issues)
        return issues.error();
    const auto name = m_settings->value(QStringLiteral("publication.name"));
    if (!name)
        return name.error();
    ProofContent content;
    content.publication = name->isEmpty() ? Publication().name : *name;
    content.article = asEdited;
    content.issues = *issues;
    content.printedAt = now();
    return content;
}

void Newsroom::close()
{
    m_context->database.close();
}

bool Newsroom::isOpen() const
{
    return m_context->database.isOpen();
}

QString Newsroom::path() const
{
    return m_context->database.path();
}

QString Newsroom::displayName() const
{
    return m_context->database.displayName();
}

bool Newsroom::isServer() const
{
    return m_context->database.isServer();
}

bool Newsroom::isConnected() const
{
    return m_context->database.isConnected();
}

Result<void> Newsroom::reconnect()
{
    return m_context->database.reconnect();
}

Result<void> Newsroom::ping()
{
    return m_context->database.ping();
}

void Newsroom::setServerPassword(const QString &password)
{
    m_serverPassword = password;
}

bool Newsroom::isServerAddress(const QString &path)
{
    return db::ServerAddress::isServerAddress(path);
}

QString Newsroom::shownLocation(const QString &path)
{
    if (!isServerAddress(path))
        return QDir::toNativeSeparators(path);
    const auto address = db::ServerAddress::parse(path);
    return address ? address->toString() : path.section(QLatin1Char('@'), -1);
}

QString Newsroom::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("copydesk.sqlite"));
}

bool Newsroom::isReadOnly() const
{
    return m_context->database.isReadOnly();
}

int Newsroom::schemaVersion() const
{
    return m_context->database.schemaVersion();
}

int Newsroom::latestSchemaVersion()
{
    return db::Database::latestSchemaVersion();
}

Result<void> Newsroom::openForMaintenance(const QString &path)
{
    if (isOpen()
        && (isServerAddress(path) ? this->path() == path
                                  : QDir::cleanPath(this->path()) == QDir::cleanPath(path)))
        return {};
    // Maintenance opens the store as it is: no migration, no seeding.
    return m_context->database.open(path, db::Database::OpenMode::MustExist, m_serverPassword);
}

Result<QStringList> Newsroom::checkStore(const QString &path)
{
    if (auto r = openForMaintenance(path); !r)
        return r.error();
    return m_context->database.check();
}

Result<int> Newsroom::migrateStore(const QString &path)
{
    if (auto r = openForMaintenance(path); !r)
        return r.error();
    return m_context->database.migrate();
}

Result<void> Newsroom::backupStore(const QString &path, const QString &target, bool force)
{
    if (auto r = openForMaintenance(path); !r)
        return r.error();
    return m_context->database.backup(target, force);
}

Result<QList<db::StoreCopy::TableCount>>
Newsroom::copyStore(const QString &source, const QString &target, const QString &serverPassword)
{
    db::Database from;
    if (auto r = from.open(source, db::Database::OpenMode::MustExist, serverPassword); !r)
        return r.error();
    const bool targetExisted = isServerAddress(target) || QFileInfo::exists(target);
    db::Database to;
    if (auto r = to.open(target, db::Database::OpenMode::CreateIfMissing, serverPassword); !r)
        return r.error();
    // A store that already holds a newsroom is refused before anything is done to it (not
    // even a migration).
    if (to.schemaVersion() > 0)
        if (auto r = db::StoreCopy::requireEmpty(to); !r)
            return r.error();
    if (auto r = to.migrate(); !r)
        return r.error();
    auto copied = db::StoreCopy::copy(from, to);
    if (!copied && !targetExisted && !to.isServer()) {
        // A new file that received nothing goes again.
        const QString path = to.path();
        to.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (!copied)
        return copied;
    // Opened once as a newsroom: the store's copy of the permission table, which is not copied
    // but written from this program's, is there for the server's checks from the start.
    to.close();
    Newsroom opened;
    opened.setServerPassword(serverPassword);
    if (auto r = opened.open(target, OpenMode::MustExist); !r)
        return r.error();
    return copied;
}

QString Newsroom::machine() const
{
    return m_context->machine;
}

void Newsroom::setMachine(const QString &machine)
{
    m_context->machine = machine;
}

void Newsroom::setClock(std::function<QDateTime()> clock)
{
    m_context->clock = std::move(clock);
}

QDateTime Newsroom::now() const
{
    return m_context->now();
}

QDate Newsroom::today() const
{
    return m_context->today();
}

bool Newsroom::isEmpty()
{
    const auto people = m_context->people.count();
    const auto articles = m_context->articles.count({});
    return people && articles && *people == 0 && *articles == 0;
}

} // namespace copydesk::app
