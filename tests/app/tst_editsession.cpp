// The article-editing session without widgets: the edit lock and who may take it over, saves
// and their conflicts, corrections, autosave and recovery after a crash, lock expiry. Timers
// are fired by hand and the clock is moved by hand: nothing waits.

#include "app/articles/editsession.h"
#include "app/newsroom.h"
#include "tests/support/newsroomfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace copydesk;
using app::EditSession;
using Role = app::EditSession::TimerRole;

namespace {

// A timer that runs only when the test fires it.
class ManualTimer final : public app::SessionTimer
{
public:
    using SessionTimer::SessionTimer;

    void start(int milliseconds) override
    {
        m_active = true;
        m_interval = milliseconds;
        ++m_starts;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int interval() const { return m_interval; }
    // How many times it was started (or restarted).
    int starts() const { return m_starts; }
    // Times out now, as a running timer would; false when it was not running.
    bool fire()
    {
        if (!m_active)
            return false;
        m_active = false;
        Q_EMIT timeout();
        return true;
    }

private:
    bool m_active = false;
    int m_interval = 0;
    int m_starts = 0;
};

// One person at one machine: their own connection to the store, their session, and the text
// they have typed (what the editor would hand the session).
struct Desk
{
    std::unique_ptr<app::Newsroom> newsroom;
    std::map<Role, ManualTimer *> timers;
    db::Article text;
    std::unique_ptr<EditSession> session; // destroyed before its newsroom

    ManualTimer *timer(Role role) const { return timers.at(role); }
    // Opens an article and starts typing from it.
    bool open(qint64 id)
    {
        const auto opened = session->open(id);
        text = session->article();
        return opened.ok();
    }
    void type(const QString &body)
    {
        text.body = body;
        session->setModified(true);
        session->textEdited();
    }
};

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openTakesTheLockAndOthersOnlyRead();
    void takeOverFollowsTheRules_data();
    void takeOverFollowsTheRules();
    void saveBumpsTheVersion();
    void newArticleIsCreatedUnderItsDraftKey();
    void staleSaveGivesAConflictAndOverwritesNothing();
    void conflictIsSettled_data();
    void conflictIsSettled();
    void takenOverSaveIsRefusedAndKeepsTheText();
    void correctionOfAPublishedArticleNeedsANote();
    void autosaveKeepsASlotAndASaveClearsIt();
    void autosaveWaitsForAPauseButNeverLongerThan30Seconds();
    void recoveryListsRestoresAndDiscards();
    void lockExpiresUnlessRenewed();

private:
    std::unique_ptr<Desk> desk(const QString &username, const QString &machine);
    qint64 hire(const QString &username, const QString &level, const QString &section = {});
    qint64 anArticle(const QString &section = {}, const QList<qint64> &authors = {});

    std::unique_ptr<test::NewsroomFixture> m_fx;
    QString m_store;
    QDateTime m_now;
    app::Newsroom *m_setup = nullptr;
    app::Actor m_chief;
};

void TestEditSession::init()
{
    test::NewsroomFixture::Options options;
    options.chiefUsername = QStringLiteral("jane");
    options.chiefName = QStringLiteral("Jane Doe");
    options.machine = QStringLiteral("SETUP");
    m_fx = std::make_unique<test::NewsroomFixture>(options);
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_store = m_fx->storePath();
    m_now = m_fx->now();
    m_setup = &m_fx->newsroom();
    m_setup->setClock([this] { return m_now; });
    m_chief = m_fx->chief();
}

void TestEditSession::cleanup()
{
    m_setup = nullptr;
    m_fx.reset();
}

std::unique_ptr<Desk> TestEditSession::desk(const QString &username, const QString &machine)
{
    auto d = std::make_unique<Desk>();
    d->newsroom = std::make_unique<app::Newsroom>();
    d->newsroom->setClock([this] { return m_now; });
    d->newsroom->setMachine(machine);
    if (!d->newsroom->open(m_store, app::Newsroom::OpenMode::MustExist))
        return nullptr;
    Desk *raw = d.get();
    d->session
        = std::make_unique<EditSession>(*d->newsroom, nullptr, [raw](Role role, QObject *parent) {
              auto *timer = new ManualTimer(parent);
              raw->timers[role] = timer;
              return timer;
          });
    d->session->setTextSource([raw] { return raw->text; });
    const auto actor = d->newsroom->staff().actorNamed(username);
    if (!actor)
        return nullptr;
    d->session->setActor(*actor);
    return d;
}

qint64 TestEditSession::hire(const QString &username, const QString &level, const QString &section)
{
    test::NewsroomFixture::Hire who;
    who.username = username;
    who.level = level;
    who.section = section;
    who.term.clear();
    return m_fx->hire(who).id;
}

qint64 TestEditSession::anArticle(const QString &section, const QList<qint64> &authors)
{
    db::Article a;
    a.headline = QStringLiteral("Council budget row");
    a.body = QStringLiteral("The council met on Tuesday.\n");
    a.section = section;
    a.authorIds = authors;
    const auto created = m_setup->archive().createArticle(a, m_chief);
    return created ? created->id : 0;
}

void TestEditSession::openTakesTheLockAndOthersOnlyRead()
{
    QVERIFY(hire(QStringLiteral("amira"), QStringLiteral("deputy-editor")));
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    auto amira = desk(QStringLiteral("amira"), QStringLiteral("DESK-1"));
    QVERIFY(jane && amira);

    QSignalSpy loaded(jane->session.get(), &EditSession::loaded);
    QVERIFY(jane->open(id));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(jane->session->canEdit());
    QVERIFY(jane->session->holdsLock());
    QCOMPARE(jane->timer(Role::LockRenewal)->interval(), EditSession::LockRenewalMs);

    // Amira may edit the article, but Jane has it open: she reads, and is told who and where.
    QVERIFY(amira->open(id));
    QVERIFY(!amira->session->canEdit());
    QVERIFY(!amira->session->holdsLock());
    QVERIFY(amira->session->isLockedByOther());
    QVERIFY2(amira->session->readOnlyReason().contains(QStringLiteral("Jane Doe")),
             qPrintable(amira->session->readOnlyReason()));
    QVERIFY(amira->session->readOnlyReason().contains(QStringLiteral("LAPTOP-3")));
    QVERIFY(amira->session->takeOverDecision().allowed);

    // Her save is refused and nothing is written.
    amira->type(QStringLiteral("Amira's text.\n"));
    QVERIFY(!amira->session->autosaveNow());
    const auto refused = amira->session->save();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotPermitted);
    const auto stored = m_setup->archive().article(id).value();
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.body, QStringLiteral("The council met on Tuesday.\n"));

    // Jane closes it: the lock goes, and Amira may edit when she opens it again.
    jane->session->close();
    QVERIFY(!jane->session->isOpen());
    QVERIFY(amira->open(id));
    QVERIFY(amira->session->canEdit());
    QVERIFY(!amira->session->isLockedByOther());
}

void TestEditSession::takeOverFollowsTheRules_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("mayEdit");
    QTest::addColumn<bool>("mayTakeOver");
    QTest::newRow("deputy editor may take over") << "deputy-editor" << QString() << true << true;
    QTest::newRow("section editor of its section may take over") << "section-editor"
                                                                 << "Global" << true << true;
    QTest::newRow("section editor of another section may not even edit")
        << "section-editor"
        << "News" << false << false;
    QTest::newRow("co-author contributor may edit but not take over")
        << "contributor" << QString() << true << false;
}

void TestEditSession::takeOverFollowsTheRules()
{
    QFETCH(QString, level);
    QFETCH(QString, section);
    QFETCH(bool, mayEdit);
    QFETCH(bool, mayTakeOver);
    const qint64 other = hire(QStringLiteral("sam"), level, section);
    QVERIFY(other);
    const qint64 id = anArticle(QStringLiteral("Global"), { m_chief.id, other });
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    auto sam = desk(QStringLiteral("sam"), QStringLiteral("DESK-1"));
    QVERIFY(jane && sam);
    QVERIFY(jane->open(id));
    jane->type(QStringLiteral("Jane's text.\n"));

    QVERIFY(sam->open(id));
    QVERIFY(!sam->session->canEdit());
    QCOMPARE(sam->session->takeOverDecision().allowed, mayTakeOver);
    if (mayEdit && !mayTakeOver)
        QVERIFY(!sam->session->takeOverDecision().reason.isEmpty());

    QSignalSpy takenOver(sam->session.get(), &EditSession::takenOver);
    const auto took = sam->session->takeOver();
    QCOMPARE(took.ok(), mayTakeOver);
    QCOMPARE(sam->session->canEdit(), mayTakeOver);
    QCOMPARE(takenOver.size(), mayTakeOver ? 1 : 0);
    if (!mayTakeOver) {
        QCOMPARE(took.error().kind, Error::Kind::NotPermitted);
        QVERIFY(jane->session->holdsLock());
        return;
    }
    QVERIFY(sam->session->holdsLock());

    // Jane finds out when her lock is renewed, and her save is refused; her text stays hers.
    QSignalSpy lost(jane->session.get(), &EditSession::lockLost);
    QVERIFY(jane->timer(Role::LockRenewal)->fire());
    QCOMPARE(lost.size(), 1);
    QVERIFY(!jane->session->holdsLock());
    QVERIFY(!jane->timer(Role::LockRenewal)->isActive());
}

void TestEditSession::saveBumpsTheVersion()
{
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->open(id));
    QSignalSpy saved(jane->session.get(), &EditSession::saved);
    jane->type(QStringLiteral("The council met on Tuesday. It voted.\n"));
    QCOMPARE(jane->session->save().value(), 2);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toLongLong(), id);
    QCOMPARE(saved.first().at(1).toInt(), 2);
    QCOMPARE(jane->session->baseVersion(), 2);
    QVERIFY(!jane->session->isModified());
    QVERIFY(jane->session->holdsLock());
    QCOMPARE(m_setup->archive().article(id)->body,
             QStringLiteral("The council met on Tuesday. It voted.\n"));

    // The next save goes on from the new version: no conflict with itself.
    jane->text = jane->session->article();
    jane->type(QStringLiteral("Rewritten.\n"));
    QCOMPARE(jane->session->save().value(), 3);

    // A headline is required; nothing is written without one.
    jane->text = jane->session->article();
    jane->text.headline = QStringLiteral("  ");
    const auto refused = jane->session->save();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(m_setup->archive().article(id)->version, 3);
}

void TestEditSession::newArticleIsCreatedUnderItsDraftKey()
{
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane);
    QVERIFY(jane->session->startNew());
    QVERIFY(jane->session->isNew());
    QVERIFY(!jane->session->draftKey().isEmpty());
    QVERIFY(jane->session->canEdit());
    jane->text.headline = QStringLiteral("Flood map goes live");
    jane->type(QStringLiteral("Typed.\n"));
    const auto version = jane->session->save();
    QCOMPARE(version.value(), 1);
    QVERIFY(!jane->session->isNew());
    QVERIFY(jane->session->articleId() > 0);
    QVERIFY(jane->session->draftKey().isEmpty());
    QVERIFY(jane->session->holdsLock());
    QCOMPARE(m_setup->archive().article(jane->session->articleId())->authorIds,
             QList<qint64> { m_chief.id });

    // A person without a current appointment may not start one.
    db::Person p;
    p.username = QStringLiteral("former");
    p.displayName = QStringLiteral("Former");
    QVERIFY(m_setup->staff().addPerson(m_chief, p, QStringLiteral("pw")));
    auto former = desk(QStringLiteral("former"), QStringLiteral("DESK-2"));
    QVERIFY(former);
    const auto started = former->session->startNew();
    QVERIFY(!started);
    QCOMPARE(started.error().kind, Error::Kind::NotPermitted);
    QVERIFY(!former->session->isOpen());
}

void TestEditSession::staleSaveGivesAConflictAndOverwritesNothing()
{
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->open(id));
    // The same person saves from another copy of the text first.
    db::Article theirs = jane->newsroom->archive().article(id).value();
    theirs.body = QStringLiteral("The council met on Wednesday.\n");
    QCOMPARE(jane->newsroom->archive().saveArticle(theirs, 1, jane->session->actor()).value(), 2);

    QSignalSpy conflicts(jane->session.get(), &EditSession::conflictFound);
    QSignalSpy saved(jane->session.get(), &EditSession::saved);
    jane->type(QStringLiteral("The council met on Tuesday. It voted.\n"));
    const auto refused = jane->session->save();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(saved.size(), 0);
    QVERIFY(jane->session->conflict().has_value());
    const app::SaveConflict &conflict = *jane->session->conflict();
    QCOMPARE(conflict.mine.body, QStringLiteral("The council met on Tuesday. It voted.\n"));
    QCOMPARE(conflict.mine.version, 1);
    QCOMPARE(conflict.saved.body, QStringLiteral("The council met on Wednesday.\n"));
    QCOMPARE(conflict.saved.version, 2);
    QVERIFY(conflict.keepMineAllowed);
    QVERIFY(!conflict.takenOver);
    QVERIFY(conflict.reason.isEmpty());
    // Nothing was overwritten; the session still holds the text and the version it started at.
    QCOMPARE(m_setup->archive().article(id)->body,
             QStringLiteral("The council met on Wednesday.\n"));
    QCOMPARE(m_setup->archive().article(id)->version, 2);
    QCOMPARE(jane->session->baseVersion(), 1);
    QVERIFY(jane->session->isModified());
}

void TestEditSession::conflictIsSettled_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("version"); // returned
    QTest::addColumn<QString>("storedBody"); // the conflicted article afterwards
    QTest::addColumn<QString>("openBody"); // what the session has open afterwards
    QTest::addColumn<int>("articles");
    const QString mine = QStringLiteral("Mine.\n");
    const QString theirs = QStringLiteral("Theirs.\n");
    QTest::newRow("keep mine on top saves a third version")
        << int(EditSession::Resolution::KeepMineOnTop) << 3 << mine << mine << 1;
    QTest::newRow("take theirs opens the saved version")
        << int(EditSession::Resolution::TakeSaved) << 2 << theirs << theirs << 1;
    QTest::newRow("mine as a copy keeps both")
        << int(EditSession::Resolution::SaveMineAsCopy) << 1 << theirs << mine << 2;
    QTest::newRow("keep editing writes nothing") << int(EditSession::Resolution::KeepEditing) << 0
                                                 << theirs << QStringLiteral("Original.\n") << 1;
}

void TestEditSession::conflictIsSettled()
{
    QFETCH(int, resolution);
    QFETCH(int, version);
    QFETCH(QString, storedBody);
    QFETCH(QString, openBody);
    QFETCH(int, articles);
    db::Article a;
    a.headline = QStringLiteral("Shared story");
    a.body = QStringLiteral("Original.\n");
    const qint64 id = m_setup->archive().createArticle(a, m_chief)->id;
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->open(id));
    db::Article theirs = jane->newsroom->archive().article(id).value();
    theirs.body = QStringLiteral("Theirs.\n");
    QVERIFY(jane->newsroom->archive().saveArticle(theirs, 1, jane->session->actor()));
    jane->type(QStringLiteral("Mine.\n"));
    QVERIFY(!jane->session->save());

    const auto settled = jane->session->resolveConflict(EditSession::Resolution(resolution));
    QVERIFY2(settled.ok(), qPrintable(settled.errorString()));
    QCOMPARE(*settled, version);
    QVERIFY(!jane->session->conflict().has_value());
    QCOMPARE(m_setup->archive().article(id)->body, storedBody);
    QCOMPARE(jane->session->article().body, openBody);
    QCOMPARE(m_setup->archive().count({}).value(), articles);
    if (articles == 2) {
        QVERIFY(jane->session->articleId() != id);
        QCOMPARE(jane->session->article().headline, QStringLiteral("Shared story (copy)"));
    }
    if (resolution == int(EditSession::Resolution::KeepMineOnTop)) // theirs stays in the history
        QCOMPARE(m_setup->archive().revisions(id)->at(1).body, QStringLiteral("Theirs.\n"));
    // Settled once: there is nothing left to settle.
    QVERIFY(!jane->session->resolveConflict(EditSession::Resolution::KeepMineOnTop));
}

void TestEditSession::takenOverSaveIsRefusedAndKeepsTheText()
{
    QVERIFY(hire(QStringLiteral("amira"), QStringLiteral("deputy-editor")));
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    auto amira = desk(QStringLiteral("amira"), QStringLiteral("DESK-1"));
    QVERIFY(jane && amira);
    QVERIFY(jane->open(id));
    jane->type(QStringLiteral("Jane types.\n"));
    QVERIFY(amira->open(id));
    QVERIFY(amira->session->takeOver());

    const auto refused = jane->session->save();
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    const app::SaveConflict conflict = jane->session->conflict().value();
    QVERIFY(conflict.takenOver);
    QVERIFY(!conflict.keepMineAllowed);
    QVERIFY2(conflict.reason.contains(QStringLiteral("Amira is editing article")),
             qPrintable(conflict.reason));
    QCOMPARE(conflict.mine.body, QStringLiteral("Jane types.\n"));
    QVERIFY(!jane->session->resolveConflict(EditSession::Resolution::KeepMineOnTop));
    QCOMPARE(m_setup->archive().article(id)->version, 1);
}

void TestEditSession::correctionOfAPublishedArticleNeedsANote()
{
    const qint64 sam = hire(QStringLiteral("sam"), QStringLiteral("contributor"));
    const qint64 amira = hire(QStringLiteral("amira"), QStringLiteral("deputy-editor"));
    const qint64 id = anArticle({}, { sam });
    // The chief stored it, so another editor approves it (four eyes).
    const app::Actor deputy = m_setup->staff().actor(amira).value();
    QVERIFY(m_setup->workflow().transition(id, app::Action::Submit, m_chief));
    QVERIFY(m_setup->workflow().transition(id, app::Action::Approve, deputy));
    QVERIFY(m_setup->workflow().transition(id, app::Action::Publish, m_chief));
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->open(id));
    QVERIFY(jane->session->canEdit()); // the editor-in-chief may correct
    QVERIFY(jane->session->needsCorrectionNote());
    jane->type(QStringLiteral("The council met on Wednesday.\n"));

    const auto refused = jane->session->save();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(!jane->session->conflict().has_value());
    QCOMPARE(m_setup->archive().article(id)->version, 1);

    QCOMPARE(jane->session->save(QStringLiteral("The meeting was on Wednesday.")).value(), 2);
    const auto stored = m_setup->archive().article(id).value();
    QCOMPARE(stored.status, Status::Published);
    QCOMPARE(stored.body, QStringLiteral("The council met on Wednesday.\n"));
    const auto notes = m_setup->exportSource().notes(id).value();
    QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const db::Note &n) {
        return n.text == QStringLiteral("The meeting was on Wednesday.")
            && n.transition == QStringLiteral("correct");
    }));

    // A draft needs none.
    const qint64 draft = anArticle();
    QVERIFY(jane->open(draft));
    QVERIFY(!jane->session->needsCorrectionNote());
}

void TestEditSession::autosaveWaitsForAPauseButNeverLongerThan30Seconds()
{
    // The README: "a few seconds after you pause and at least every 30 seconds".
    QVERIFY(EditSession::AutosavePauseMs >= 1000 && EditSession::AutosavePauseMs <= 5000);
    QCOMPARE(EditSession::AutosaveLongestMs, 30000);
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->open(id));
    ManualTimer *pause = jane->timer(Role::AutosavePause);
    ManualTimer *longest = jane->timer(Role::AutosaveLongest);
    // Every keystroke starts the pause again; the longest wait runs from the first one only.
    QCOMPARE(longest->starts(), 0);
    int pauses = pause->starts();
    for (int i = 1; i <= 5; ++i) {
        jane->type(QStringLiteral("Keystroke %1.\n").arg(i));
        QVERIFY(pause->starts() > pauses);
        pauses = pause->starts();
        QCOMPARE(longest->starts(), 1);
    }
    QSignalSpy autosaved(jane->session.get(), &EditSession::autosaved);
    QVERIFY(longest->fire()); // 30 s of typing without a pause
    QCOMPARE(autosaved.size(), 1);
    QCOMPARE(jane->session->recoverable().first().body, QStringLiteral("Keystroke 5.\n"));
    QVERIFY(!pause->isActive()); // kept: nothing waits until the next keystroke
    jane->type(QStringLiteral("After.\n"));
    QCOMPARE(longest->starts(), 2);
    QVERIFY(pause->fire());
    QCOMPARE(autosaved.size(), 2);
}

void TestEditSession::autosaveKeepsASlotAndASaveClearsIt()
{
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    QVERIFY(jane && jane->open(id));
    ManualTimer *pause = jane->timer(Role::AutosavePause);
    ManualTimer *longest = jane->timer(Role::AutosaveLongest);
    QVERIFY(!pause->isActive()); // nothing typed, nothing to keep

    jane->type(QStringLiteral("Kept, not saved.\n"));
    QVERIFY(pause->isActive());
    QCOMPARE(pause->interval(), EditSession::AutosavePauseMs);
    QVERIFY(longest->isActive());
    QCOMPARE(longest->interval(), EditSession::AutosaveLongestMs);
    QSignalSpy autosaved(jane->session.get(), &EditSession::autosaved);
    QVERIFY(pause->fire());
    QCOMPARE(autosaved.size(), 1);
    QCOMPARE(jane->session->autosaveCount(), 1);
    QVERIFY(!longest->isActive());

    auto slots = jane->session->recoverable();
    QCOMPARE(slots.size(), 1);
    QCOMPARE(slots.first().articleId, id);
    QCOMPARE(slots.first().body, QStringLiteral("Kept, not saved.\n"));
    QCOMPARE(slots.first().baseVersion, 1);
    QCOMPARE(slots.first().savedAt, m_now);
    QCOMPARE(m_setup->archive().article(id)->version, 1); // no revision

    // Typing that never pauses is still kept, by the longest wait.
    m_now = m_now.addSecs(20);
    jane->type(QStringLiteral("Longer.\n"));
    QVERIFY(longest->fire());
    QCOMPARE(jane->session->recoverable().first().body, QStringLiteral("Longer.\n"));

    QVERIFY(jane->session->save());
    QVERIFY(jane->session->recoverable().isEmpty());
    QVERIFY(!pause->isActive());

    // A new article's slot goes when it is first saved.
    QVERIFY(jane->session->startNew());
    jane->text = {};
    jane->text.headline = QStringLiteral("Fresh");
    jane->type(QStringLiteral("New text.\n"));
    QVERIFY(jane->session->autosaveNow());
    slots = jane->session->recoverable();
    QCOMPARE(slots.size(), 1);
    QCOMPARE(slots.first().draftKey, jane->session->draftKey());
    QVERIFY(jane->session->save());
    QVERIFY(jane->session->recoverable().isEmpty());

    // Changes thrown away take their slot with them.
    jane->type(QStringLiteral("Thrown away.\n"));
    QVERIFY(jane->session->autosaveNow());
    QCOMPARE(jane->session->recoverable().size(), 1);
    jane->session->discardAutosave();
    QVERIFY(jane->session->recoverable().isEmpty());
}

void TestEditSession::recoveryListsRestoresAndDiscards()
{
    const qint64 id = anArticle();
    {
        // The first copy of Copydesk keeps two texts and dies without saving either.
        auto crashed = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
        QVERIFY(crashed && crashed->open(id));
        crashed->type(QStringLiteral("Changed before the crash.\n"));
        QVERIFY(crashed->session->autosaveNow());
        QVERIFY(crashed->session->startNew());
        crashed->text = {};
        crashed->text.headline = QStringLiteral("Never saved");
        crashed->type(QStringLiteral("New before the crash.\n"));
        QVERIFY(crashed->session->autosaveNow());
    }
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("DESK-9"));
    QVERIFY(jane);
    const auto slots = jane->session->recoverable();
    QCOMPARE(slots.size(), 2);
    const db::Autosave edited = slots.at(0).articleId ? slots.at(0) : slots.at(1);
    const db::Autosave fresh = slots.at(0).articleId ? slots.at(1) : slots.at(0);

    // The changed article opens, editable, with the kept text to put back.
    const auto recovered = jane->session->recover(edited.id);
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorString()));
    QCOMPARE(recovered->body, QStringLiteral("Changed before the crash.\n"));
    QCOMPARE(jane->session->articleId(), id);
    QVERIFY(jane->session->canEdit());
    QVERIFY(jane->session->isModified());

    // The new one goes on under its own draft key, so the same slot is kept up to date.
    const auto again = jane->session->recover(fresh.id);
    QVERIFY(again.ok());
    QVERIFY(jane->session->isNew());
    QCOMPARE(jane->session->draftKey(), fresh.draftKey);
    jane->text = {};
    jane->text.headline = again->headline;
    jane->text.body = QStringLiteral("New, and more.\n");
    QVERIFY(jane->session->autosaveNow());
    QCOMPARE(jane->session->recoverable().size(), 2);

    // Discarded, it is gone; the other stays.
    QVERIFY(jane->session->discardRecovered(edited));
    const auto left = jane->session->recoverable();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().body, QStringLiteral("New, and more.\n"));
    QCOMPARE(m_setup->archive().article(id)->version, 1);
    QVERIFY(!jane->session->recover(edited.id));
}

void TestEditSession::lockExpiresUnlessRenewed()
{
    QVERIFY(hire(QStringLiteral("amira"), QStringLiteral("deputy-editor")));
    const qint64 id = anArticle();
    auto jane = desk(QStringLiteral("jane"), QStringLiteral("LAPTOP-3"));
    auto amira = desk(QStringLiteral("amira"), QStringLiteral("DESK-1"));
    QVERIFY(jane && amira);
    QVERIFY(jane->open(id));

    // Renewed every minute, the lock outlives its two minutes.
    m_now = m_now.addSecs(90);
    QVERIFY(jane->timer(Role::LockRenewal)->fire());
    QVERIFY(jane->timer(Role::LockRenewal)->isActive());
    m_now = m_now.addSecs(90);
    QVERIFY(amira->open(id));
    QVERIFY(!amira->session->canEdit());

    // A copy of Copydesk that stopped renewing (asleep, crashed) holds it no longer.
    m_now = m_now.addSecs(app::EditingService::LockSeconds + 1);
    QVERIFY(amira->open(id));
    QVERIFY(amira->session->canEdit());
    QVERIFY(amira->session->holdsLock());
    // Jane's next renewal finds it gone.
    QSignalSpy lost(jane->session.get(), &EditSession::lockLost);
    jane->session->renewLock();
    QCOMPARE(lost.size(), 1);
    QVERIFY(lost.first().first().toString().contains(QStringLiteral("Amira")));
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
