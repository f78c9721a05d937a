// The permission table of DESIGN.md §4, row by row: every level × status × action × relation
// to the article, compared with the table, first as rules and then through a real store, where
// the rules are enforced for every caller.

#include "app/articles/articleservice.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "app/workflow/permissionrules.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflowservice.h"
#include "tests/support/newsroomfixture.h"
#include "tests/support/testserver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;
using app::Action;
using app::Level;

namespace {

enum class Relation { Own, Colleague, Elsewhere };

const char *relationName(Relation r)
{
    switch (r) {
    case Relation::Own:
        return "own article";
    case Relation::Colleague:
        return "other article in own section";
    case Relation::Elsewhere:
        return "article in another section";
    }
    return "";
}

// The table, as DESIGN.md §4 writes it.
bool allowedByTable(Level level, Relation relation, const QString &status, Action action)
{
    if (level == Level::Administrator)
        return false; // no editorial powers of its own
    const bool author = relation == Relation::Own;
    const bool sectionEditor = level == Level::SectionEditor && relation != Relation::Elsewhere;
    const bool senior = level == Level::DeputyEditor || level == Level::EditorInChief;
    const bool draft = status == QLatin1String("draft");
    const bool inReview = status == QLatin1String("in_review");
    const bool approved = status == QLatin1String("approved");
    const bool published = status == QLatin1String("published");
    const bool spiked = status == QLatin1String("spiked");
    switch (action) {
    case Action::Edit:
        if (draft)
            return author || sectionEditor || senior;
        return (inReview || approved) && (sectionEditor || senior);
    case Action::Correct:
    case Action::FixTypo:
        return published && senior;
    case Action::Submit:
        return draft && (author || sectionEditor || senior);
    case Action::Return:
        return inReview && (sectionEditor || senior);
    case Action::Approve:
        return inReview && !author && (sectionEditor || senior);
    case Action::Publish:
        return approved && (sectionEditor || senior);
    case Action::Unpublish:
        return published && senior;
    case Action::Spike:
        return (draft || inReview || approved) && ((author && draft) || sectionEditor || senior);
    case Action::Restore:
        return spiked && (sectionEditor || senior);
    // Review on the text: any editorial staff comments and suggests, whatever the section.
    case Action::Comment:
        return draft || inReview || approved || published;
    case Action::Suggest:
        return draft || inReview || approved;
    case Action::Resolve:
        return (draft && author)
            || ((draft || inReview || approved || published) && (sectionEditor || senior));
    case Action::DeleteComment:
        return sectionEditor || senior;
    default:
        return false;
    }
}

bool isReview(Action action)
{
    return action == Action::Comment || action == Action::Suggest || action == Action::Resolve
        || action == Action::DeleteComment;
}

const QList<Level> levels = { Level::Contributor, Level::SectionEditor, Level::DeputyEditor,
                              Level::EditorInChief, Level::Administrator };
const QStringList statuses
    = { QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
        QStringLiteral("published"), QStringLiteral("spiked") };
const QList<Action> articleActions
    = { Action::Edit,    Action::Correct, Action::FixTypo,   Action::Submit,       Action::Return,
        Action::Approve, Action::Publish, Action::Unpublish, Action::Spike,        Action::Restore,
        Action::Comment, Action::Suggest, Action::Resolve,   Action::DeleteComment };

app::Actor actorWith(Level level, qint64 id = 7)
{
    app::Actor a;
    a.id = id;
    a.username = QStringLiteral("p%1").arg(id);
    a.displayName = QStringLiteral("Person %1").arg(id);
    app::Power p;
    p.level = level;
    if (level == Level::SectionEditor)
        p.section = QStringLiteral("Global");
    a.powers.append(p);
    return a;
}

app::ArticleFacts factsFor(Relation relation, const QString &status, qint64 actorId)
{
    app::ArticleFacts f;
    f.id = 1;
    f.status = statusFromToken(status).value();
    f.section
        = relation == Relation::Elsewhere ? QStringLiteral("Sport") : QStringLiteral("Global");
    f.authorIds = relation == Relation::Own ? QList<qint64> { actorId } : QList<qint64> { 99 };
    return f;
}

void addMatrixColumns()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("relation");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    for (Level level : levels)
        for (Relation relation : { Relation::Own, Relation::Colleague, Relation::Elsewhere })
            for (const QString &status : statuses)
                for (Action action : articleActions) {
                    const bool allowed = allowedByTable(level, relation, status, action);
                    const QString name
                        = QStringLiteral("%1 / %2 %3 / %4: %5")
                              .arg(app::Permissions::levelName(level),
                                   QString::fromLatin1(relationName(relation)),
                                   statusName(statusFromToken(status).value(), StatusForm::Phrase),
                                   app::Permissions::verb(action),
                                   allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
                    QTest::newRow(qPrintable(name))
                        << int(level) << int(relation) << status << int(action) << allowed;
                }
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data() { addMatrixColumns(); }
    void matrix();
    void matrixThroughTheStore_data() { addMatrixColumns(); }
    void matrixThroughTheStore();
    void newsroomPowers_data();
    void newsroomPowers();
    void refusalsSayWhy_data();
    void refusalsSayWhy();
    void severalAppointmentsAddUp();
    void termsDecidePowers_data();
    void termsDecidePowers();
    void bylineRule_data();
    void bylineRule();
    void creatorCannotApproveOwnArticle_data();
    void creatorCannotApproveOwnArticle();
    void storeKeepsThePermissionTableAsTheProgramHasIt();
    void serverAgreesOnNewsroomPowers();

private:
    void prepareStore();
    std::unique_ptr<test::NewsroomFixture> m_fx;
    app::Newsroom *m_newsroom = nullptr;
    app::Actor m_setup; // editor-in-chief who prepares articles
    QHash<int, app::Actor> m_actors;
    QHash<int, std::shared_ptr<test::ServerConnection>> m_logins; // a level's own login
};

void TestPermissions::matrix()
{
    QFETCH(int, level);
    QFETCH(int, relation);
    QFETCH(QString, status);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    const app::Actor actor = actorWith(Level(level));
    const app::Decision d = app::Permissions::decide(
        actor, Action(action), factsFor(Relation(relation), status, actor.id));
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.reason.isEmpty(), allowed); // every refusal says why
}

void TestPermissions::prepareStore()
{
    if (m_newsroom)
        return;
    test::NewsroomFixture::Options options;
    options.fileName = QStringLiteral("matrix.sqlite");
    options.chiefName = QStringLiteral("Chief");
    m_fx = std::make_unique<test::NewsroomFixture>(options);
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_newsroom = &m_fx->newsroom();
    // Appointments without dates: today's powers on any day the suite runs.
    m_newsroom->setClock([] { return QDateTime::currentDateTimeUtc(); });
    m_setup = m_fx->chief();
    for (Level level : levels) {
        test::NewsroomFixture::Hire who;
        who.username = app::Permissions::levelName(level);
        who.displayName = who.username;
        who.level = who.username;
        if (level == Level::SectionEditor)
            who.section = QStringLiteral("Global");
        m_actors.insert(int(level), m_fx->hire(who));
    }
}

void TestPermissions::matrixThroughTheStore()
{
    QFETCH(int, level);
    QFETCH(int, relation);
    QFETCH(QString, status);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    prepareStore();
    const app::Actor actor = m_actors.value(level);

    db::Article article;
    article.headline = QStringLiteral("Matrix article");
    article.body = QStringLiteral("Body.\n");
    article.section = Relation(relation) == Relation::Elsewhere ? QStringLiteral("Sport")
                                                                : QStringLiteral("Global");
    article.authorIds = { Relation(relation) == Relation::Own ? actor.id : m_setup.id };
    const auto created = m_newsroom->archive().createArticle(article, m_setup);
    QVERIFY(created.ok());
    if (status != QLatin1String("draft"))
        QVERIFY(app::contextOf(*m_newsroom)
                    .articles.setStatus(created->id, Status::Draft, statusFromToken(status).value())
                    .ok());

    // On a newsroom server, its own check reads the same table (the store's copy of it) and
    // comes to the same answer, before anything is tried.
    if (m_fx->isServer()) {
        QSqlQuery q(app::contextOf(*m_newsroom).database.connection());
        q.prepare(QStringLiteral("SELECT copydesk_may(?, ?, ?)"));
        q.addBindValue(actor.id);
        q.addBindValue(app::Permissions::ruleName(Action(action)));
        q.addBindValue(created->id);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toBool(), allowed);
    }

    // And the server itself, for someone at psql as this person's own login: the same change
    // by hand is refused or taken as the table says (in a transaction rolled back after).
    // A silent typo fix is, by hand, a correction: the server asks the same of both.
    const bool textChange = Action(action) == Action::Edit || Action(action) == Action::Correct
        || Action(action) == Action::FixTypo;
    const bool applies
        = !textChange || (Action(action) != Action::Edit) == (status == QLatin1String("published"));
    const auto target = app::Permissions::targetStatus(Action(action));
    // By hand a change is what it does: from this status to that one. Where this action does
    // not start from the article's status, the same change would be another action (or none),
    // and is not asked here.
    const bool step = app::Permissions::sourceStatuses(Action(action))
                          .contains(statusFromToken(status).value());
    if (m_fx->isServer() && applies && step && !isReview(Action(action))) {
        const QString sql = target
            ? QStringLiteral("UPDATE articles SET status = '%1' WHERE id = %2")
                  .arg(statusName(*target, StatusForm::Token))
                  .arg(created->id)
            : QStringLiteral("UPDATE articles SET body = 'Changed by hand.' WHERE id = %1")
                  .arg(created->id);
        auto &connection = m_logins[level];
        if (!connection)
            connection = std::make_shared<test::ServerConnection>(
                test::TestServer::asLogin(m_fx->storePath(), actor.username));
        QCOMPARE(connection->exec(QStringLiteral("BEGIN")), QString());
        const QString refusal = connection->exec(sql);
        (void)connection->exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(refusal.isEmpty() == allowed, qPrintable(refusal));
        if (!allowed)
            QVERIFY2(refusal.contains(QStringLiteral("does not let")), qPrintable(refusal));
    }

    const QString note = QStringLiteral("Because the matrix says so.");
    bool done = false;
    Error error;
    if (isReview(Action(action))) {
        // A comment on a passage, a suggestion; or someone else's comment resolved or deleted.
        app::ReviewService &review = m_newsroom->review();
        const auto anchor = review.anchorFor(created->id, QStringLiteral("Body"));
        QVERIFY2(anchor.ok(), qPrintable(anchor.errorString()));
        if (Action(action) == Action::Comment || Action(action) == Action::Suggest) {
            const auto added
                = review.add(actor, created->id,
                             Action(action) == Action::Suggest ? db::Comment::Kind::Suggestion
                                                               : db::Comment::Kind::Comment,
                             *anchor, QStringLiteral("Text"));
            done = added.ok();
            error = added.error();
        } else {
            // Written by someone who may comment at any status (the setup account).
            db::Comment theirs;
            theirs.articleId = created->id;
            theirs.personId = m_setup.id;
            theirs.createdAt = m_fx->now();
            theirs.text = QStringLiteral("Source?");
            theirs.anchor = *anchor;
            const auto id = app::contextOf(*m_newsroom).comments.add(theirs);
            QVERIFY2(id.ok(), qPrintable(id.errorString()));
            const auto r = Action(action) == Action::Resolve ? review.resolve(actor, *id)
                                                             : review.remove(actor, *id);
            done = r.ok();
            error = r.error();
        }
    } else if (textChange) {
        const db::Article stored = m_newsroom->archive().article(created->id).value();
        db::Article changed = *created;
        changed.body = QStringLiteral("Changed.\n");
        const auto saved = m_newsroom->archive().saveArticle(
            changed, created->version, actor, note,
            Action(action) == Action::FixTypo ? app::ArticleService::Change::TypoFix
                                              : app::ArticleService::Change::Ordinary);
        done = saved.ok();
        error = saved.error();
        // Edit and Correct are one save: which one applies depends on the status. Where the
        // other one applies, this action is refused by the table, and the store's answer is the
        // other action's (its own row checks that one against the table).
        const bool applies = Action(action) == Action::FixTypo
            || (Action(action) == Action::Correct) == (status == QLatin1String("published"));
        if (!applies) {
            QVERIFY(!allowed);
            const Action other = app::ArticleService::changeActionFor(stored);
            QVERIFY(other != Action(action));
            QCOMPARE(done,
                     bool(app::Permissions::decide(actor, other,
                                                   app::WorkflowService::factsOf(stored))));
            const auto after = m_newsroom->archive().article(created->id);
            QCOMPARE(after->version, created->version + (done ? 1 : 0));
            QCOMPARE(after->body, done ? changed.body : created->body);
            return;
        }
    } else {
        const auto moved
            = m_newsroom->workflow().transition(created->id, Action(action), actor, note);
        done = moved.ok();
        error = moved.error();
        if (done)
            QCOMPARE(*moved, app::Permissions::targetStatus(Action(action)).value());
    }
    QVERIFY2(done == allowed, qPrintable(error.message));
    if (!allowed)
        QVERIFY2(error.kind == Error::Kind::NotPermitted, qPrintable(error.message));
    const auto after = m_newsroom->archive().article(created->id);
    if (!allowed) {
        QCOMPARE(statusName(after->status, StatusForm::Token), status); // nothing changed
        QCOMPARE(after->version, created->version);
    }
}

void TestPermissions::newsroomPowers_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<Action, QList<Level>>> table = {
        { Action::Create,
          { Level::Contributor, Level::SectionEditor, Level::DeputyEditor, Level::EditorInChief } },
        { Action::HouseDictionary,
          { Level::SectionEditor, Level::DeputyEditor, Level::EditorInChief } },
        { Action::HouseStyle, { Level::SectionEditor, Level::DeputyEditor, Level::EditorInChief } },
        { Action::Staff, { Level::EditorInChief, Level::Administrator } },
        { Action::Settings, { Level::EditorInChief, Level::Administrator } },
        { Action::ImportSite, { Level::EditorInChief } },
    };
    for (const auto &[action, who] : table)
        for (Level level : levels) {
            const bool allowed = who.contains(level);
            QTest::newRow(qPrintable(
                QStringLiteral("%1 / %2: %3")
                    .arg(app::Permissions::levelName(level), app::Permissions::verb(action),
                         allowed ? QStringLiteral("allowed") : QStringLiteral("refused"))))
                << int(level) << int(action) << allowed;
        }
}

void TestPermissions::newsroomPowers()
{
    QFETCH(int, level);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    const app::Decision d = app::Permissions::decide(actorWith(Level(level)), Action(action));
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.reason.isEmpty(), allowed);
}

void TestPermissions::refusalsSayWhy_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("relation");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("contributor cannot approve")
        << int(Level::Contributor) << int(Relation::Colleague) << QStringLiteral("in_review")
        << int(Action::Approve)
        << QStringLiteral("only a section editor of Global, a deputy editor or the editor-in-chief "
                          "may approve");
    QTest::newRow("section editor cannot approve own article")
        << int(Level::SectionEditor) << int(Relation::Own) << QStringLiteral("in_review")
        << int(Action::Approve) << QStringLiteral("authors cannot approve their own article");
    QTest::newRow("section editor of another section cannot publish")
        << int(Level::SectionEditor) << int(Relation::Elsewhere) << QStringLiteral("approved")
        << int(Action::Publish)
        << QStringLiteral("only a section editor of Sport, a deputy editor or the editor-in-chief "
                          "may publish");
    QTest::newRow("a draft cannot be published")
        << int(Level::EditorInChief) << int(Relation::Colleague) << QStringLiteral("draft")
        << int(Action::Publish)
        << QStringLiteral("cannot publish an article that is a draft; only an article that is "
                          "approved can be published");
    QTest::newRow("section editor cannot unpublish")
        << int(Level::SectionEditor) << int(Relation::Colleague) << QStringLiteral("published")
        << int(Action::Unpublish)
        << QStringLiteral(
               "only a deputy editor or the editor-in-chief may unpublish a published article");
    QTest::newRow("author cannot spike in review")
        << int(Level::Contributor) << int(Relation::Own) << QStringLiteral("in_review")
        << int(Action::Spike)
        << QStringLiteral(
               "authors may spike only their own drafts; only a section editor of Global, a deputy "
               "editor or the editor-in-chief may spike an article that is in review");
    QTest::newRow("administrator has no editorial powers")
        << int(Level::Administrator) << int(Relation::Own) << QStringLiteral("draft")
        << int(Action::Edit)
        << QStringLiteral(
               "Person 7 holds no editorial appointment today, so may not edit articles");
}

void TestPermissions::refusalsSayWhy()
{
    QFETCH(int, level);
    QFETCH(int, relation);
    QFETCH(QString, status);
    QFETCH(int, action);
    QFETCH(QString, reason);
    const app::Actor actor = actorWith(Level(level));
    const app::Decision d = app::Permissions::decide(
        actor, Action(action), factsFor(Relation(relation), status, actor.id));
    QVERIFY(!d.allowed);
    QCOMPARE(d.reason, reason);
}

void TestPermissions::severalAppointmentsAddUp()
{
    // Global Editor and a contributor elsewhere: edits Global articles in review, not Sport ones.
    app::Actor a = actorWith(Level::SectionEditor);
    app::Power contributor;
    contributor.level = Level::Contributor;
    a.powers.append(contributor);
    QVERIFY(app::Permissions::decide(
        a, Action::Approve, factsFor(Relation::Colleague, QStringLiteral("in_review"), a.id)));
    QVERIFY(!app::Permissions::decide(
        a, Action::Approve, factsFor(Relation::Elsewhere, QStringLiteral("in_review"), a.id)));
    QVERIFY(app::Permissions::decide(a, Action::Submit,
                                     factsFor(Relation::Own, QStringLiteral("draft"), a.id)));
}

void TestPermissions::termsDecidePowers_data()
{
    QTest::addColumn<QDate>("startsOn");
    QTest::addColumn<QDate>("endsOn");
    QTest::addColumn<bool>("active");
    const QDate today(2026, 11, 28);
    QTest::newRow("term ended yesterday gives no powers today")
        << QDate(2025, 9, 1) << today.addDays(-1) << false;
    QTest::newRow("term ends today still counts") << QDate(2025, 9, 1) << today << true;
    QTest::newRow("term starts tomorrow not yet") << today.addDays(1) << QDate() << false;
    QTest::newRow("open-ended term") << QDate(2020, 1, 1) << QDate() << true;
    QTest::newRow("no dates at all") << QDate() << QDate() << true;
}

void TestPermissions::termsDecidePowers()
{
    QFETCH(QDate, startsOn);
    QFETCH(QDate, endsOn);
    QFETCH(bool, active);
    QCOMPARE(app::Permissions::isActive(startsOn, endsOn, QDate(2026, 11, 28)), active);
}

void TestPermissions::bylineRule_data()
{
    // Who may put another person's name on an article (issue 17, defect 1).
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<bool>("allowed");
    for (Level level :
         { Level::Contributor, Level::SectionEditor, Level::DeputyEditor, Level::EditorInChief }) {
        const bool senior = level == Level::DeputyEditor || level == Level::EditorInChief;
        const QString who = app::Permissions::levelName(level);
        const QList<std::tuple<QString, bool>> rows = {
            { QStringLiteral("self"), true },
            { QStringLiteral("other in own section"), senior || level == Level::SectionEditor },
            { QStringLiteral("other in another section"), senior },
        };
        for (const auto &[credit, allowed] : rows)
            QTest::newRow(qPrintable(
                QStringLiteral("%1 / byline names %2: %3")
                    .arg(who, credit,
                         allowed ? QStringLiteral("allowed") : QStringLiteral("refused"))))
                << int(level) << credit << allowed;
    }
}

void TestPermissions::bylineRule()
{
    QFETCH(int, level);
    QFETCH(QString, credit);
    QFETCH(bool, allowed);
    prepareStore();
    const app::Actor actor = m_actors.value(level);
    // A contributor naming the editor-in-chief; an editor naming a contributor.
    const qint64 other = Level(level) == Level::Contributor
        ? m_setup.id
        : m_actors.value(int(Level::Contributor)).id;
    const QList<qint64> byline
        = credit == QLatin1String("self") ? QList<qint64> { actor.id } : QList<qint64> { other };
    const QString section = credit.endsWith(QLatin1String("another section"))
        ? QStringLiteral("Sport")
        : QStringLiteral("Global");

    QCOMPARE(app::Permissions::mayCredit(actor, byline, section).allowed, allowed);

    // Import and create: the article is stored only when the byline is allowed.
    db::Article article;
    article.headline = QStringLiteral("Byline article");
    article.body = QStringLiteral("Body.\n");
    article.section = section;
    article.authorIds = byline;
    const auto created = m_newsroom->archive().createArticle(article, actor);
    QVERIFY2(created.ok() == allowed, qPrintable(created.errorString()));
    if (!allowed)
        QCOMPARE(created.error().kind, Error::Kind::NotPermitted);

    // Update: adding the name to an own draft follows the same rule.
    article.authorIds = { actor.id };
    const auto own = m_newsroom->archive().createArticle(article, actor);
    QVERIFY2(own.ok(), qPrintable(own.errorString()));
    db::Article changed = *own;
    changed.authorIds = byline;
    const auto saved = m_newsroom->archive().saveArticle(changed, own->version, actor);
    QVERIFY2(saved.ok() == allowed, qPrintable(saved.errorString()));
    if (!allowed)
        QCOMPARE(m_newsroom->archive().article(own->id)->authorIds, QList<qint64> { actor.id });
}

void TestPermissions::creatorCannotApproveOwnArticle_data()
{
    QTest::addColumn<int>("level");
    for (Level level : { Level::SectionEditor, Level::DeputyEditor, Level::EditorInChief })
        QTest::newRow(qPrintable(QStringLiteral("%1 writes under a contributor's name: cannot "
                                                "approve it")
                                     .arg(app::Permissions::levelName(level))))
            << int(level);
}

void TestPermissions::creatorCannotApproveOwnArticle()
{
    QFETCH(int, level);
    prepareStore();
    const app::Actor actor = m_actors.value(level);
    db::Article article;
    article.headline = QStringLiteral("Written by the editor");
    article.body = QStringLiteral("Body.\n");
    article.section = QStringLiteral("Global");
    article.authorIds = { m_actors.value(int(Level::Contributor)).id };
    const auto created = m_newsroom->archive().createArticle(article, actor);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QCOMPARE(created->createdBy, actor.id);
    QVERIFY(m_newsroom->workflow().transition(created->id, Action::Submit, actor).ok());
    const auto approved = m_newsroom->workflow().transition(created->id, Action::Approve, actor);
    QVERIFY(!approved.ok());
    QCOMPARE(approved.error().kind, Error::Kind::NotPermitted);
    QCOMPARE(m_newsroom->archive().article(created->id)->status, Status::InReview);
    // A second person may.
    QVERIFY(m_newsroom->workflow().transition(created->id, Action::Approve, m_setup).ok());
}

void TestPermissions::storeKeepsThePermissionTableAsTheProgramHasIt()
{
    prepareStore();
    const auto stored = app::contextOf(*m_newsroom).settings.permissionRules();
    QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
    QList<db::PermissionRow> expected;
    for (const app::PermissionRule &rule : app::PermissionRules::standard().rules())
        expected.append({ rule.action, rule.status, rule.who });
    QVERIFY(expected.size() >= 50);
    QCOMPARE(stored->size(), expected.size());
    for (const db::PermissionRow &row : expected)
        QVERIFY2(
            stored->contains(row),
            qPrintable(row.action + QLatin1Char(' ') + row.status + QLatin1Char(' ') + row.who));
    // A store whose copy was changed by hand gets the program's table back when it is opened.
    QVERIFY(app::contextOf(*m_newsroom)
                .settings
                .replacePermissionRules({ { QStringLiteral("publish"), QStringLiteral("approved"),
                                            QStringLiteral("contributor") } })
                .ok());
    app::Newsroom again;
    QVERIFY(again.open(m_fx->storePath(), app::Newsroom::OpenMode::MustExist).ok());
    QCOMPARE(app::contextOf(again).settings.permissionRules()->size(), expected.size());
}

void TestPermissions::serverAgreesOnNewsroomPowers()
{
    prepareStore();
    if (!m_fx->isServer())
        QSKIP("the server's own check: this runs in tst_permissions_postgresql");
    for (Level level : levels) {
        const app::Actor actor = m_actors.value(int(level));
        for (Action action : { Action::Create, Action::HouseDictionary, Action::HouseStyle,
                               Action::Staff, Action::Settings, Action::ImportSite }) {
            QSqlQuery q(app::contextOf(*m_newsroom).database.connection());
            q.prepare(QStringLiteral("SELECT copydesk_may(?, ?, NULL)"));
            q.addBindValue(actor.id);
            q.addBindValue(app::Permissions::ruleName(action));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY2(q.value(0).toBool() == app::Permissions::decide(actor, action).allowed,
                     qPrintable(app::Permissions::levelName(level) + QLatin1Char(' ')
                                + app::Permissions::ruleName(action)));
        }
    }
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
