// The rules of DESIGN.md §4 enforced by a newsroom server itself (schema 6), for people who
// connect with their own database logins — through Copydesk or with psql. Runs only on
// PostgreSQL (tst_serverrules_postgresql); the test server trusts loopback, so each login
// connects without its password.

#include "app/articles/photoservice.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "tests/support/newsroomfixture.h"
#include "tests/support/photofixtures.h"
#include "tests/support/processrun.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace copydesk;
using test::ServerConnection;
using test::TestServer;

class TestServerRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachPersonHasALoginUntilTheirLastAppointmentEnds();
    void loginsCannotTouchTheTablesThemselves();
    void psqlCannotPublishEditOthersDraftsOrApproveOwnWork();
    void theAuditLogTakesOnlyWhatWasDone();
    void theStyleGuideIsForSectionEditorsAndAbove();
    void commentsAreWrittenInOnesOwnNameAndClosedByThoseAllowed();
    void imagesAreAddedByStaffUnderTheirOwnHash();
    void copydeskWorksAsEachPersonsLogin();
    void twoLoginsSavingFromOneVersion();
    void aLockTakenByOneLoginIsSeenByAnother();
    void demoStaffHaveLogins();

private:
    QString as(const QString &login) const { return TestServer::asLogin(m_fx->storePath(), login); }
    // Runs one statement as a login inside a transaction that is rolled back; returns the
    // server's refusal, empty when it was allowed.
    QString attempt(const QString &login, const QString &sql);
    QString staffRole() const { return QUrl(m_fx->storePath()).path().mid(1) + "_staff"; }

    std::unique_ptr<test::NewsroomFixture> m_fx;
    app::Actor m_amira; // contributor, News
    app::Actor m_jiwoo; // contributor
    app::Actor m_siobhan; // section editor of News
};

void TestServerRules::init()
{
    if (!TestServer::isEnabled())
        QSKIP("a newsroom server's own rules: this runs in tst_serverrules_postgresql");
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
    m_amira = m_fx->hire(QStringLiteral("amira"), QStringLiteral("contributor"));
    m_jiwoo = m_fx->hire(QStringLiteral("jiwoo"), QStringLiteral("contributor"));
    m_siobhan = m_fx->hire(QStringLiteral("siobhan"), QStringLiteral("section-editor"),
                           QStringLiteral("News"));
}

void TestServerRules::cleanup()
{
    m_fx.reset();
}

QString TestServerRules::attempt(const QString &login, const QString &sql)
{
    ServerConnection connection(as(login));
    (void)connection.exec(QStringLiteral("BEGIN"));
    const QString refusal = connection.exec(sql);
    (void)connection.exec(QStringLiteral("ROLLBACK"));
    return refusal;
}

void TestServerRules::eachPersonHasALoginUntilTheirLastAppointmentEnds()
{
    ServerConnection admin(m_fx->storePath());
    const auto member = [&](const QString &login) {
        return admin
            .value(
                QStringLiteral("SELECT pg_has_role('%1', '%2', 'MEMBER')").arg(login, staffRole()))
            .toBool();
    };
    QVERIFY(member(QStringLiteral("amira")));
    QVERIFY(member(QStringLiteral("chief")));
    QCOMPARE(attempt(QStringLiteral("amira"), QStringLiteral("SELECT count(*) FROM articles")),
             QString());

    // Her only appointment ends yesterday: the login loses the newsroom, even to read.
    const auto appointments = m_fx->newsroom().staff().appointmentsOf(m_amira.id);
    QVERIFY(appointments.ok() && appointments->size() == 1);
    QVERIFY(
        m_fx->newsroom()
            .staff()
            .endAppointment(m_fx->chief(), appointments->first().id, m_fx->now().date().addDays(-1))
            .ok());
    QVERIFY(!member(QStringLiteral("amira")));
    QVERIFY(attempt(QStringLiteral("amira"), QStringLiteral("SELECT count(*) FROM articles"))
                .contains(QStringLiteral("permission denied")));
    // Appointed again: back.
    db::Appointment again;
    again.personId = m_amira.id;
    again.title = QStringLiteral("Reporter");
    again.level = QStringLiteral("contributor");
    QVERIFY(m_fx->newsroom().staff().appoint(m_fx->chief(), again).ok());
    QVERIFY(member(QStringLiteral("amira")));

    // Deactivated: gone again.
    auto person = app::contextOf(m_fx->newsroom()).people.byId(m_jiwoo.id);
    QVERIFY(person.ok());
    db::Person jiwoo = *person;
    jiwoo.active = false;
    QVERIFY(m_fx->newsroom().staff().updatePerson(m_fx->chief(), jiwoo).ok());
    QVERIFY(!member(QStringLiteral("jiwoo")));
}

void TestServerRules::loginsCannotTouchTheTablesThemselves()
{
    // No INSERT, UPDATE, DELETE (or even SELECT) on the newsroom's tables; the views only.
    for (const QString &sql :
         { QStringLiteral("SELECT count(*) FROM newsroom.articles"),
           QStringLiteral("UPDATE newsroom.articles SET status = 'published'"),
           QStringLiteral("DELETE FROM newsroom.audit_log"),
           QStringLiteral("INSERT INTO newsroom.people (username, display_name, created_at) "
                          "VALUES ('mallory', 'Mallory', '2026-11-28T12:00:00.000Z')") }) {
        const QString refusal = attempt(QStringLiteral("siobhan"), sql);
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")), qPrintable(sql));
    }
    ServerConnection admin(m_fx->storePath());
    const int granted
        = admin
              .value(QStringLiteral("SELECT count(*) FROM information_schema.role_table_grants "
                                    "WHERE table_schema = 'newsroom' AND grantee = '%1'")
                         .arg(staffRole()))
              .toInt();
    QCOMPARE(granted, 0);
}

void TestServerRules::psqlCannotPublishEditOthersDraftsOrApproveOwnWork()
{
    const db::Article mine = m_fx->draft(m_amira, QStringLiteral("Amira's story"),
                                         QStringLiteral("Text.\n"), QStringLiteral("News"));
    const db::Article others = m_fx->draft(m_jiwoo, QStringLiteral("Jiwoo's story"),
                                           QStringLiteral("Text.\n"), QStringLiteral("News"));
    QVERIFY(m_fx->newsroom().workflow().transition(mine.id, app::Action::Submit, m_amira).ok());
    const db::Article editors = m_fx->draft(m_siobhan, QStringLiteral("Siobhan's story"),
                                            QStringLiteral("Text.\n"), QStringLiteral("News"));
    QVERIFY(
        m_fx->newsroom().workflow().transition(editors.id, app::Action::Submit, m_siobhan).ok());

    const auto refused = [&](const QString &login, const QString &sql) {
        const QString refusal = attempt(login, sql);
        return refusal.contains(QStringLiteral("does not let ")) ? refusal : QString();
    };
    // A contributor publishes her own article in review: refused.
    QVERIFY(
        !refused(
             QStringLiteral("amira"),
             QStringLiteral("UPDATE articles SET status = 'published' WHERE id = %1").arg(mine.id))
             .isEmpty());
    // …or approves it.
    QVERIFY(
        !refused(
             QStringLiteral("amira"),
             QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = %1").arg(mine.id))
             .isEmpty());
    // Edits someone else's draft.
    QVERIFY(
        !refused(
             QStringLiteral("amira"),
             QStringLiteral("UPDATE articles SET body = 'Mine now.' WHERE id = %1").arg(others.id))
             .isEmpty());
    // Edits her own draft: allowed (a draft of her own is hers to change).
    QCOMPARE(
        attempt(
            QStringLiteral("jiwoo"),
            QStringLiteral("UPDATE articles SET body = 'Better.' WHERE id = %1").arg(others.id)),
        QString());
    // The section editor approves her own article: refused; Amira's: allowed.
    QVERIFY(!refused(QStringLiteral("siobhan"),
                     QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = %1")
                         .arg(editors.id))
                 .isEmpty());
    QCOMPARE(
        attempt(
            QStringLiteral("siobhan"),
            QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = %1").arg(mine.id)),
        QString());
    // Nobody deletes an article; nobody puts a draft straight into "published".
    QVERIFY(!refused(QStringLiteral("siobhan"),
                     QStringLiteral("DELETE FROM articles WHERE id = %1").arg(others.id))
                 .isEmpty());
    QVERIFY(!refused(QStringLiteral("siobhan"),
                     QStringLiteral("UPDATE articles SET status = 'published' WHERE id = %1")
                         .arg(others.id))
                 .isEmpty());
    // Nothing changed.
    QCOMPARE(m_fx->newsroom().archive().article(mine.id)->status, Status::InReview);
    QCOMPARE(m_fx->newsroom().archive().article(others.id)->body, QStringLiteral("Text.\n"));
}

void TestServerRules::theAuditLogTakesOnlyWhatWasDone()
{
    const db::Article a = m_fx->draft(m_amira, QStringLiteral("Amira's story"),
                                      QStringLiteral("Text.\n"), QStringLiteral("News"));
    QVERIFY(m_fx->newsroom().workflow().transition(a.id, app::Action::Submit, m_amira).ok());
    const QString line
        = QStringLiteral("INSERT INTO audit_log (person_id, at, action, article_id, note) VALUES "
                         "(%1, '2026-11-28T12:00:00.000Z', '%2', %3, 'by hand')");
    // A line about an approval nobody made, in her own name or in someone else's.
    QVERIFY(attempt(QStringLiteral("siobhan"), line.arg(m_siobhan.id).arg("approve").arg(a.id))
                .contains(QStringLiteral("without doing it")));
    QVERIFY(attempt(QStringLiteral("siobhan"), line.arg(m_amira.id).arg("approve").arg(a.id))
                .contains(QStringLiteral("someone else")));
    // Changing or removing the record.
    QVERIFY(attempt(QStringLiteral("chief"), QStringLiteral("UPDATE audit_log SET note = 'x'"))
                .contains(QStringLiteral("change the audit log")));
    QVERIFY(attempt(QStringLiteral("chief"), QStringLiteral("DELETE FROM audit_log"))
                .contains(QStringLiteral("change the audit log")));
    // The real approval, with its line, in one transaction: taken.
    ServerConnection siobhan(as(QStringLiteral("siobhan")));
    QCOMPARE(siobhan.exec(QStringLiteral("BEGIN")), QString());
    QCOMPARE(siobhan.exec(
                 QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = %1").arg(a.id)),
             QString());
    QCOMPARE(siobhan.exec(line.arg(m_siobhan.id).arg("approve").arg(a.id)), QString());
    // …once.
    QVERIFY(siobhan.exec(line.arg(m_siobhan.id).arg("approve").arg(a.id))
                .contains(QStringLiteral("without doing it")));
    (void)siobhan.exec(QStringLiteral("ROLLBACK"));
}

void TestServerRules::theStyleGuideIsForSectionEditorsAndAbove()
{
    const QString rule
        = QStringLiteral("INSERT INTO style_rules (preferred, avoid, added_by, added_at) "
                         "VALUES ('Kyiv', 'Kiev', %1, '2026-11-28T12:00:00.000Z')");
    const QString line
        = QStringLiteral("INSERT INTO audit_log (person_id, at, action, note) VALUES "
                         "(%1, '2026-11-28T12:00:00.000Z', 'house-style-add', 'by hand')");
    // A contributor's own login: neither the rule nor its audit line.
    QVERIFY(attempt(QStringLiteral("amira"), rule.arg(m_amira.id))
                .contains(QStringLiteral("does not let")));
    QVERIFY(attempt(QStringLiteral("amira"), line.arg(m_amira.id))
                .contains(QStringLiteral("does not let")));
    QVERIFY(attempt(QStringLiteral("amira"), QStringLiteral("DELETE FROM style_rules"))
                .contains(QStringLiteral("does not let")));
    // A section editor's: both; but not a line in someone else's name.
    QCOMPARE(attempt(QStringLiteral("siobhan"), rule.arg(m_siobhan.id)), QString());
    QVERIFY(attempt(QStringLiteral("siobhan"), rule.arg(m_amira.id))
                .contains(QStringLiteral("someone else")));
    QCOMPARE(attempt(QStringLiteral("siobhan"), line.arg(m_siobhan.id)), QString());
    QVERIFY(attempt(QStringLiteral("siobhan"), line.arg(m_amira.id))
                .contains(QStringLiteral("someone else")));
    // Copydesk signed in to the server as the section editor herself: a rule and its line.
    app::Newsroom desk;
    desk.setClock([this] { return m_fx->now(); });
    QVERIFY(desk.open(as(QStringLiteral("siobhan")), app::Newsroom::OpenMode::MustExist).ok());
    const auto siobhan = desk.staff().signIn(QStringLiteral("siobhan"), QStringLiteral("pw"));
    QVERIFY2(siobhan.ok(), qPrintable(siobhan.errorString()));
    db::StyleRule kyiv;
    kyiv.preferred = QStringLiteral("Gdańsk");
    kyiv.avoid = { QStringLiteral("Danzig") };
    const auto added = desk.styleGuide().add(*siobhan, kyiv);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QVERIFY2(desk.styleGuide().remove(*siobhan, added->id).ok(), "removing her own rule");
}

void TestServerRules::commentsAreWrittenInOnesOwnNameAndClosedByThoseAllowed()
{
    // Jiwoo's draft in News, with a comment by Amira made through Copydesk as her own login.
    const db::Article a
        = m_fx->draft(m_jiwoo, QStringLiteral("Budget"),
                      QStringLiteral("The council met on Monday.\n"), QStringLiteral("News"));
    app::Newsroom amiraDesk;
    amiraDesk.setClock([this] { return m_fx->now(); });
    QVERIFY(amiraDesk.open(as(QStringLiteral("amira")), app::Newsroom::OpenMode::MustExist).ok());
    const auto amira = amiraDesk.staff().signIn(QStringLiteral("amira"), QStringLiteral("pw"));
    QVERIFY(amira.ok());
    const auto anchor = amiraDesk.review().anchorFor(a.id, QStringLiteral("on Monday"));
    QVERIFY2(anchor.ok(), qPrintable(anchor.errorString()));
    const auto comment = amiraDesk.review().add(*amira, a.id, db::Comment::Kind::Comment, *anchor,
                                                QStringLiteral("Which Monday?"));
    QVERIFY2(comment.ok(), qPrintable(comment.errorString()));
    const auto suggestion = amiraDesk.review().add(*amira, a.id, db::Comment::Kind::Suggestion,
                                                   *anchor, QStringLiteral("on Tuesday"));
    QVERIFY2(suggestion.ok(), qPrintable(suggestion.errorString()));

    const QString insert = QStringLiteral(
        "INSERT INTO comments (article_id, kind, person_id, created_at, text) VALUES "
        "(%1, 'comment', %2, '2026-11-28T12:00:00.000Z', 'by hand')");
    // By hand: only in one's own name.
    QVERIFY(attempt(QStringLiteral("amira"), insert.arg(a.id).arg(m_siobhan.id))
                .contains(QStringLiteral("someone else")));
    QCOMPARE(attempt(QStringLiteral("amira"), insert.arg(a.id).arg(m_amira.id)), QString());
    // Nobody writes one closed already, in anyone's name.
    QVERIFY(attempt(QStringLiteral("amira"),
                    QStringLiteral("INSERT INTO comments (article_id, kind, person_id, created_at, "
                                   "text, state, closed_by) VALUES (%1, 'comment', %2, "
                                   "'2026-11-28T12:00:00.000Z', 'x', 'resolved', %2)")
                        .arg(a.id)
                        .arg(m_amira.id))
                .contains(QStringLiteral("closed already")));
    // A suggestion's writer may not declare it accepted without the right to change the text.
    QVERIFY(attempt(QStringLiteral("amira"),
                    QStringLiteral("UPDATE comments SET state = 'accepted', closed_by = %1, "
                                   "closed_at = '2026-11-28T12:00:00.000Z' WHERE id = %2")
                        .arg(m_amira.id)
                        .arg(suggestion->id))
                .contains(QStringLiteral("accept suggestions")));
    // Nobody changes what someone said.
    QVERIFY(
        attempt(
            QStringLiteral("siobhan"),
            QStringLiteral("UPDATE comments SET text = 'changed' WHERE id = %1").arg(comment->id))
            .contains(QStringLiteral("does not let")));
    // Jiwoo, a contributor not its writer, may resolve it on her own draft, in her own name…
    const QString close
        = QStringLiteral("UPDATE comments SET state = 'resolved', closed_by = %1, closed_at = "
                         "'2026-11-28T12:00:00.000Z' WHERE id = %2");
    QVERIFY(attempt(QStringLiteral("jiwoo"), close.arg(m_siobhan.id).arg(comment->id))
                .contains(QStringLiteral("someone else")));
    QCOMPARE(attempt(QStringLiteral("jiwoo"), close.arg(m_jiwoo.id).arg(comment->id)), QString());
    // …but may not delete it: the section's editor may.
    const QString remove = QStringLiteral("DELETE FROM comments WHERE id = %1").arg(comment->id);
    QVERIFY(attempt(QStringLiteral("jiwoo"), remove).contains(QStringLiteral("does not let")));
    QCOMPARE(attempt(QStringLiteral("siobhan"), remove), QString());
    // Through Copydesk as her own login, the author accepts the suggestion: the body changes.
    app::Newsroom jiwooDesk;
    jiwooDesk.setClock([this] { return m_fx->now(); });
    QVERIFY(jiwooDesk.open(as(QStringLiteral("jiwoo")), app::Newsroom::OpenMode::MustExist).ok());
    const auto jiwoo = jiwooDesk.staff().signIn(QStringLiteral("jiwoo"), QStringLiteral("pw"));
    QVERIFY(jiwoo.ok());
    const auto version = jiwooDesk.review().accept(*jiwoo, { suggestion->id });
    QVERIFY2(version.ok(), qPrintable(version.errorString()));
    QCOMPARE(m_fx->newsroom().archive().article(a.id)->body,
             QStringLiteral("The council met on Tuesday.\n"));
    QVERIFY2(jiwooDesk.review().resolve(*jiwoo, comment->id).ok(), "resolving on her draft");
    // Accepted, it is not opened again by hand.
    QVERIFY(attempt(QStringLiteral("amira"),
                    QStringLiteral("UPDATE comments SET state = 'open', closed_by = NULL, "
                                   "closed_at = NULL WHERE id = %1")
                        .arg(suggestion->id))
                .contains(QStringLiteral("does not let")));
    // Her own comment goes with the reply someone else wrote to it.
    QVERIFY(jiwooDesk.review().reply(*jiwoo, comment->id, QStringLiteral("Done.")).ok());
    const auto deleted = amiraDesk.review().remove(*amira, comment->id);
    QVERIFY2(deleted.ok(), qPrintable(deleted.errorString()));
    QCOMPARE(m_fx->newsroom().review().items(a.id)->size(), 1); // the suggestion
}

void TestServerRules::imagesAreAddedByStaffUnderTheirOwnHash()
{
    // Through Copydesk as her own login: a photo kept and added to her draft.
    const db::Article a = m_fx->draft(m_amira, QStringLiteral("Flood"),
                                      QStringLiteral("The river rose.\n"), QStringLiteral("News"));
    app::Newsroom amiraDesk;
    amiraDesk.setClock([this] { return m_fx->now(); });
    QVERIFY(amiraDesk.open(as(QStringLiteral("amira")), app::Newsroom::OpenMode::MustExist).ok());
    const auto amira = amiraDesk.staff().signIn(QStringLiteral("amira"), QStringLiteral("pw"));
    QVERIFY(amira.ok());
    const QByteArray jpeg = testing::encoded(testing::drawnPhoto(1300, 900), "JPG");
    const QString file = m_fx->filePath(QStringLiteral("river.jpg"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(jpeg);
    }
    const auto added = amiraDesk.photos().add(*amira, a.id, file, {});
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    const QString sha = app::PhotoFiles::sha256(jpeg);
    QCOMPARE(amiraDesk.photos().data(sha).value(), jpeg);

    // By hand: never under a name that is not the bytes' hash, never in someone else's name,
    // never into the table itself.
    const QString call
        = QStringLiteral("SELECT copydesk_add_image('%1', 'image/jpeg', 1, 1, 3, NULL, 0, %2, "
                         "'2026-11-28T12:00:00.000Z', '\\x616263'::bytea)");
    const QString abcHash
        = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QVERIFY(
        attempt(QStringLiteral("amira"), call.arg(QString(64, QLatin1Char('0'))).arg(m_amira.id))
            .contains(QStringLiteral("not its own hash")));
    QVERIFY(attempt(QStringLiteral("amira"), call.arg(abcHash).arg(m_jiwoo.id))
                .contains(QStringLiteral("someone else")));
    QCOMPARE(attempt(QStringLiteral("amira"), call.arg(abcHash).arg(m_amira.id)), QString());
    QVERIFY(!attempt(QStringLiteral("amira"),
                     QStringLiteral("INSERT INTO images (sha256, media_type, width, height, "
                                    "byte_size, added_at, data) VALUES ('%1', 'image/jpeg', 1, "
                                    "1, 3, 'x', '\\x616263'::bytea)")
                         .arg(abcHash))
                 .isEmpty());
    QVERIFY(!attempt(QStringLiteral("amira"),
                     QStringLiteral("UPDATE images SET width = 2 WHERE sha256 = '%1'").arg(sha))
                 .isEmpty());
    QVERIFY(!attempt(QStringLiteral("amira"),
                     QStringLiteral("DELETE FROM images WHERE sha256 = '%1'").arg(sha))
                 .isEmpty());
}

void TestServerRules::copydeskWorksAsEachPersonsLogin()
{
    // Amira files through Copydesk signed in to the server as herself…
    app::Newsroom amiraDesk;
    amiraDesk.setClock([this] { return m_fx->now(); });
    QVERIFY(amiraDesk.open(as(QStringLiteral("amira")), app::Newsroom::OpenMode::MustExist).ok());
    const auto amira = amiraDesk.staff().signIn(QStringLiteral("amira"), QStringLiteral("pw"));
    QVERIFY2(amira.ok(), qPrintable(amira.errorString()));
    db::Article story;
    story.headline = QStringLiteral("Bus station to close");
    story.body = QStringLiteral("The council met.\n");
    story.section = QStringLiteral("News");
    story.tags = { QStringLiteral("transport") };
    const auto created = amiraDesk.archive().createArticle(story, *amira);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    db::Article changed = *created;
    changed.body = QStringLiteral("The council met and voted.\n");
    const auto saved = amiraDesk.archive().saveArticle(changed, 1, *amira);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QVERIFY(amiraDesk.workflow().transition(created->id, app::Action::Submit, *amira).ok());
    QVERIFY(amiraDesk.editing().lockForEditing(*amira, created->id).ok());
    QVERIFY(amiraDesk.editing().releaseLock(*amira, created->id).ok());
    QVERIFY(amiraDesk.spelling()
                .addWord(*amira, QStringLiteral("Yongbyon"), QStringLiteral("en_GB"), false)
                .ok());

    // …signing in there as someone else writes in their name: the server refuses.
    const auto other = amiraDesk.staff().signIn(QStringLiteral("siobhan"), QStringLiteral("pw"));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, Error::Kind::NotPermitted);

    // The section editor approves and publishes from her own login.
    app::Newsroom siobhanDesk;
    siobhanDesk.setClock([this] { return m_fx->now(); });
    QVERIFY(
        siobhanDesk.open(as(QStringLiteral("siobhan")), app::Newsroom::OpenMode::MustExist).ok());
    const auto siobhan
        = siobhanDesk.staff().signIn(QStringLiteral("siobhan"), QStringLiteral("pw"));
    QVERIFY(siobhan.ok());
    const auto approved
        = siobhanDesk.workflow().transition(created->id, app::Action::Approve, *siobhan);
    QVERIFY2(approved.ok(), qPrintable(approved.errorString()));
    QVERIFY(siobhanDesk.workflow().transition(created->id, app::Action::Publish, *siobhan).ok());
    const auto history = m_fx->newsroom().workflow().history(created->id);
    QVERIFY(history.ok());
    QCOMPARE(m_fx->newsroom().archive().article(created->id)->status, Status::Published);

    // A deputy editor fixes a typo silently from her own login: the server sees a correction
    // by someone the table lets fix a typo, and takes the audit line "fix-typo" after it.
    m_fx->hire(QStringLiteral("dara"), QStringLiteral("deputy-editor"));
    app::Newsroom daraDesk;
    daraDesk.setClock([this] { return m_fx->now(); });
    QVERIFY(daraDesk.open(as(QStringLiteral("dara")), app::Newsroom::OpenMode::MustExist).ok());
    const auto dara = daraDesk.staff().signIn(QStringLiteral("dara"), QStringLiteral("pw"));
    QVERIFY2(dara.ok(), qPrintable(dara.errorString()));
    db::Article fixed = *daraDesk.archive().article(created->id);
    fixed.body = QStringLiteral("The council met and vote.\n");
    const auto typo = daraDesk.archive().saveArticle(fixed, fixed.version, *dara, {},
                                                     app::ArticleService::Change::TypoFix);
    QVERIFY2(typo.ok(), qPrintable(typo.errorString()));
    const auto log = m_fx->newsroom().workflow().recentAudit(5);
    QVERIFY(std::any_of(log->begin(), log->end(), [](const db::AuditEntry &e) {
        return e.action == QLatin1String("fix-typo");
    }));
    // At psql, the section editor cannot log one without making the change.
    const QString refusal = attempt(
        QStringLiteral("siobhan"),
        QStringLiteral("INSERT INTO audit_log (person_id, at, action, article_id, note) VALUES "
                       "(%1, '2026-01-01T00:00:00Z', 'fix-typo', %2, 'x')")
            .arg(siobhan->id)
            .arg(created->id));
    QVERIFY2(refusal.contains(QStringLiteral("does not let")), qPrintable(refusal));
}

void TestServerRules::twoLoginsSavingFromOneVersion()
{
    const db::Article a = m_fx->draft(m_amira, QStringLiteral("Amira's story"),
                                      QStringLiteral("Text.\n"), QStringLiteral("News"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
    const auto update = [&](const QString &login, const QString &headline) {
        return test::runProgram(QStringLiteral(COPYDESK_BINARY),
                                { QStringLiteral("--database"), as(login), QStringLiteral("--user"),
                                  login, QStringLiteral("update"), QString::number(a.id),
                                  QStringLiteral("--headline"), headline,
                                  QStringLiteral("--expect-version"), QStringLiteral("1") },
                                env);
    };
    const auto first = update(QStringLiteral("amira"), QStringLiteral("Amira's headline"));
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const auto second = update(QStringLiteral("siobhan"), QStringLiteral("Siobhan's headline"));
    QCOMPARE(second.code, 3);
    QCOMPARE(m_fx->newsroom().archive().article(a.id)->headline,
             QStringLiteral("Amira's headline"));
    // A contributor's login cannot publish from the command line either (exit 4).
    const auto publish = test::runProgram(
        QStringLiteral(COPYDESK_BINARY),
        { QStringLiteral("--database"), as(QStringLiteral("jiwoo")), QStringLiteral("--user"),
          QStringLiteral("jiwoo"), QStringLiteral("publish"), QString::number(a.id) },
        env);
    QCOMPARE(publish.code, 4);
    // An address without a login connects as the person named by --user.
    QUrl bare(m_fx->storePath());
    bare.setUserName(QString());
    const auto check = test::runProgram(QStringLiteral(COPYDESK_BINARY),
                                        { QStringLiteral("--database"), bare.toString(),
                                          QStringLiteral("--user"), QStringLiteral("jiwoo"),
                                          QStringLiteral("db"), QStringLiteral("check") },
                                        env);
    QVERIFY2(check.code == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("postgresql://jiwoo@")), qPrintable(check.out));
}

void TestServerRules::aLockTakenByOneLoginIsSeenByAnother()
{
    const db::Article a = m_fx->draft(m_amira, QStringLiteral("Amira's story"),
                                      QStringLiteral("Text.\n"), QStringLiteral("News"));
    app::Newsroom amiraDesk;
    // The server judges a lock's life by its own clock: these desks keep the real time.
    amiraDesk.setClock([] { return QDateTime::currentDateTimeUtc(); });
    amiraDesk.setMachine(QStringLiteral("AMIRA-LAPTOP"));
    QVERIFY(amiraDesk.open(as(QStringLiteral("amira")), app::Newsroom::OpenMode::MustExist).ok());
    const auto amira = amiraDesk.staff().signIn(QStringLiteral("amira"), QStringLiteral("pw"));
    QVERIFY(amira.ok());
    QVERIFY(amiraDesk.editing().lockForEditing(*amira, a.id).ok());

    app::Newsroom siobhanDesk;
    siobhanDesk.setClock([] { return QDateTime::currentDateTimeUtc(); });
    siobhanDesk.setMachine(QStringLiteral("NEWSDESK"));
    QVERIFY(
        siobhanDesk.open(as(QStringLiteral("siobhan")), app::Newsroom::OpenMode::MustExist).ok());
    const auto siobhan
        = siobhanDesk.staff().signIn(QStringLiteral("siobhan"), QStringLiteral("pw"));
    QVERIFY(siobhan.ok());
    const auto held = siobhanDesk.editing().lockedByOther(*siobhan, a.id);
    QVERIFY(held.has_value());
    QCOMPARE(held->machine, QStringLiteral("AMIRA-LAPTOP"));
    // Jiwoo, a contributor, cannot take it by hand; the section editor may take it over.
    QVERIFY(attempt(QStringLiteral("jiwoo"),
                    QStringLiteral("UPDATE locks SET person_id = %1 WHERE article_id = %2")
                        .arg(m_jiwoo.id)
                        .arg(a.id))
                .contains(QStringLiteral("does not let")));
    const auto taken = siobhanDesk.editing().lockForEditing(*siobhan, a.id, true);
    QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
    QVERIFY(amiraDesk.editing().lockedByOther(*amira, a.id).has_value());
}

void TestServerRules::demoStaffHaveLogins()
{
    const QString address = TestServer::createDatabase();
    {
        app::Newsroom newsroom;
        QVERIFY(newsroom.open(address, app::Newsroom::OpenMode::CreateIfMissing).ok());
        const auto chief = newsroom.staff().createFirstAccount(
            QStringLiteral("editor"), QStringLiteral("Editor"), QStringLiteral("pw"));
        QVERIFY(chief.ok());
        QVERIFY(newsroom.demo().addDemoNewsroom(chief->id).ok());
        // The demo's reporter works from her own login, password "demo".
        app::Newsroom desk;
        QVERIFY(desk.open(TestServer::asLogin(address, QStringLiteral("amira")),
                          app::Newsroom::OpenMode::MustExist)
                    .ok());
        const auto amira = desk.staff().signIn(QStringLiteral("amira"), QStringLiteral("demo"));
        QVERIFY2(amira.ok(), qPrintable(amira.errorString()));
        QVERIFY(desk.archive().count({}).value() >= 6);
    }
    TestServer::dropDatabase(address);
}

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_serverrules.moc"
