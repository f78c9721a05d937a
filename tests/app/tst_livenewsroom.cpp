// A live newsroom: what one person does reaches another person's open window without a reload
// — saves, workflow steps and edit locks — and never replaces unsaved text. Two desks share one
// store through connections of their own (two programs on SQLite, two machines on a server, in
// the suite's PostgreSQL run). The waits are for the store's own signal (SQLite is read every
// half second); nothing here is timed.

#include "app/articles/editsession.h"
#include "app/articles/livenewsroom.h"
#include "app/newsroom.h"
#include "db/changefeed.h"
#include "tests/support/newsroomfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace copydesk;

class TestLiveNewsroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anotherDesksSaveIsAnnounced();
    void ownChangesAreNotAnnounced();
    void lockAndUnlockAreAnnounced();
    void commentsAreAnnouncedAsTheirArticle();
    void unmodifiedArticleFollowsTheNewVersion();
    void unsavedTextIsKeptAndTheNewerVersionNamed();
    void takenOverWhileTypingIsSaid();

private:
    // Waits for the next announcement that covers the article.
    bool announced(QSignalSpy &spy, qint64 articleId);

    std::unique_ptr<test::NewsroomFixture> m_fx; // desk A: the fixture's newsroom
    std::unique_ptr<app::Newsroom> m_other; // desk B: its own connection
    std::unique_ptr<app::LiveNewsroom> m_live; // what desk B hears
    app::Actor m_reporter;
    app::Actor m_editor;
    bool m_lastNamedTheArticle = false; // the last announcement heard named the article
};

void TestLiveNewsroom::init()
{
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_reporter = m_fx->hire(QStringLiteral("amira"), QStringLiteral("contributor"));
    m_editor = m_fx->hire(QStringLiteral("siobhan"), QStringLiteral("section-editor"),
                          QStringLiteral("News"));
    m_other = std::make_unique<app::Newsroom>();
    m_other->setMachine(QStringLiteral("DESK-B"));
    m_other->setClock([this] { return m_fx->now(); });
    QVERIFY(m_other->open(m_fx->storePath(), app::Newsroom::OpenMode::MustExist).ok());
    m_live = std::make_unique<app::LiveNewsroom>(*m_other);
    m_live->start();
    QVERIFY(m_live->isListening());
}

void TestLiveNewsroom::cleanup()
{
    m_live.reset();
    m_other.reset();
    m_fx.reset();
}

bool TestLiveNewsroom::announced(QSignalSpy &spy, qint64 articleId)
{
    for (int waited = 0; waited < 100; ++waited) {
        while (!spy.isEmpty()) {
            const QList<QVariant> call = spy.takeFirst();
            const auto ids = call.at(0).value<QSet<qint64>>();
            if (call.at(1).toBool() || ids.contains(articleId)) {
                m_lastNamedTheArticle = ids.contains(articleId) && !call.at(1).toBool();
                return true;
            }
        }
        spy.wait(100);
    }
    return false;
}

void TestLiveNewsroom::anotherDesksSaveIsAnnounced()
{
    QSignalSpy spy(m_live.get(), &app::LiveNewsroom::articlesChanged);
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"), QStringLiteral("News"));
    QVERIFY(announced(spy, a.id));
    db::Article changed = a;
    changed.body = QStringLiteral("Second words.\n");
    QVERIFY(m_fx->newsroom().archive().saveArticle(changed, a.version, m_reporter).ok());
    QVERIFY(announced(spy, a.id));
    QVERIFY(m_fx->newsroom().workflow().transition(a.id, app::Action::Submit, m_reporter).ok());
    QVERIFY(announced(spy, a.id));
    // On a server the announcement names the article; SQLite can only say "something".
    QCOMPARE(m_lastNamedTheArticle, m_fx->isServer());
}

void TestLiveNewsroom::ownChangesAreNotAnnounced()
{
    QSignalSpy spy(m_live.get(), &app::LiveNewsroom::articlesChanged);
    // Desk B writes through its own connection: its own window already shows that.
    const auto b = m_other->staff().signIn(QStringLiteral("amira"), QStringLiteral("pw"));
    QVERIFY2(b.ok(), qPrintable(b.errorString()));
    db::Article mine;
    mine.headline = QStringLiteral("Written at desk B");
    mine.body = QStringLiteral("Text.\n");
    const auto created = m_other->archive().createArticle(mine, *b);
    QVERIFY(created.ok());
    QVERIFY(m_other->editing().lockForEditing(*b, created->id).ok());
    // Long enough for an announcement to arrive (SQLite is read every half second): none does.
    QTest::qWait(db::ChangeFeed::PollInterval * 3);
    QVERIFY(spy.isEmpty());
    // Desk A's write is heard.
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Written at desk A"));
    QVERIFY(announced(spy, a.id));
}

void TestLiveNewsroom::lockAndUnlockAreAnnounced()
{
    const db::Article a = m_fx->draft(m_reporter);
    QSignalSpy spy(m_live.get(), &app::LiveNewsroom::articlesChanged);
    QVERIFY(m_fx->newsroom().editing().lockForEditing(m_reporter, a.id).ok());
    QVERIFY(announced(spy, a.id));
    QVERIFY(m_fx->newsroom().editing().releaseLock(m_reporter, a.id).ok());
    QVERIFY(announced(spy, a.id));
}

void TestLiveNewsroom::commentsAreAnnouncedAsTheirArticle()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"), QStringLiteral("News"));
    QSignalSpy spy(m_live.get(), &app::LiveNewsroom::articlesChanged);
    app::ReviewService &review = m_fx->newsroom().review();
    const auto comment = review.add(m_editor, a.id, db::Comment::Kind::Comment,
                                    review.anchorFor(a.id, QStringLiteral("First words")).value(),
                                    QStringLiteral("Which words?"));
    QVERIFY2(comment.ok(), qPrintable(comment.errorString()));
    QVERIFY(announced(spy, a.id));
    QCOMPARE(m_lastNamedTheArticle, m_fx->isServer());
    QVERIFY(review.reply(m_reporter, comment->id, QStringLiteral("These.")).ok());
    QVERIFY(announced(spy, a.id));
    QVERIFY(review.resolve(m_reporter, comment->id).ok());
    QVERIFY(announced(spy, a.id));
    // And desk B reads it.
    QCOMPARE(m_other->review().items(a.id)->first().replies.size(), 1);
}

void TestLiveNewsroom::unmodifiedArticleFollowsTheNewVersion()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"), QStringLiteral("News"));
    // Desk B: the section editor reads the article (and holds its lock).
    const auto editor = m_other->staff().signIn(QStringLiteral("siobhan"), QStringLiteral("pw"));
    QVERIFY(editor.ok());
    app::EditSession session(*m_other);
    session.setActor(*editor);
    QVERIFY(session.open(a.id).ok());
    QObject::connect(m_live.get(), &app::LiveNewsroom::articlesChanged, &session,
                     [&session] { session.noticeStoreChange(); });
    QCOMPARE(session.baseVersion(), 1);
    // Desk A: the reporter saves a second version once the editor's lock has lapsed (two
    // minutes without renewal: the clock moves past it).
    m_fx->setNow(m_fx->now().addSecs(600));
    db::Article changed = a;
    changed.body = QStringLiteral("Second words.\n");
    QVERIFY(m_fx->newsroom().archive().saveArticle(changed, 1, m_reporter).ok());
    QTRY_COMPARE(session.baseVersion(), 2);
    QCOMPARE(session.article().body, QStringLiteral("Second words.\n"));
    QVERIFY(!session.isModified());
}

void TestLiveNewsroom::unsavedTextIsKeptAndTheNewerVersionNamed()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"), QStringLiteral("News"));
    const auto editor = m_other->staff().signIn(QStringLiteral("siobhan"), QStringLiteral("pw"));
    QVERIFY(editor.ok());
    app::EditSession session(*m_other);
    session.setActor(*editor);
    db::Article typed;
    session.setTextSource([&typed] { return typed; });
    QVERIFY(session.open(a.id).ok());
    typed = session.article();
    typed.body = QStringLiteral("The editor's unsaved words.\n");
    session.setModified(true);
    QObject::connect(m_live.get(), &app::LiveNewsroom::articlesChanged, &session,
                     [&session] { session.noticeStoreChange(); });
    QSignalSpy newer(&session, &app::EditSession::newerVersionSaved);
    // The section editor holds the lock, so the reporter saves through a lapsed one: move the
    // clock past its two minutes.
    m_fx->setNow(m_fx->now().addSecs(600));
    db::Article changed = a;
    changed.body = QStringLiteral("The reporter's second version.\n");
    QVERIFY(m_fx->newsroom().archive().saveArticle(changed, 1, m_reporter).ok());
    QTRY_COMPARE(newer.count(), 1);
    QCOMPARE(newer.first().at(0).toInt(), 2);
    // Nothing of desk B's was replaced; its save meets the version check.
    QCOMPARE(session.baseVersion(), 1);
    QVERIFY(session.isModified());
    QCOMPARE(session.editedArticle().body, QStringLiteral("The editor's unsaved words.\n"));
    const auto saved = session.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Conflict);
}

void TestLiveNewsroom::takenOverWhileTypingIsSaid()
{
    const db::Article a = m_fx->draft(m_reporter, QStringLiteral("Bus station plan"),
                                      QStringLiteral("First words.\n"), QStringLiteral("News"));
    // Desk B: the reporter edits and types.
    const auto reporter = m_other->staff().signIn(QStringLiteral("amira"), QStringLiteral("pw"));
    QVERIFY(reporter.ok());
    app::EditSession session(*m_other);
    session.setActor(*reporter);
    QVERIFY(session.open(a.id).ok());
    QVERIFY(session.holdsLock());
    session.setModified(true);
    QObject::connect(m_live.get(), &app::LiveNewsroom::articlesChanged, &session,
                     [&session] { session.noticeStoreChange(); });
    QSignalSpy lost(&session, &app::EditSession::lockLost);
    // Desk A: the section editor takes it over.
    QVERIFY(m_fx->newsroom().editing().lockForEditing(m_editor, a.id, true).ok());
    QTRY_COMPARE(lost.count(), 1);
    QVERIFY2(lost.first().at(0).toString().contains(QStringLiteral("Siobhan")),
             qPrintable(lost.first().at(0).toString()));
    QVERIFY(!session.holdsLock());
    QVERIFY(session.isModified());
}

QTEST_GUILESS_MAIN(TestLiveNewsroom)
#include "tst_livenewsroom.moc"
