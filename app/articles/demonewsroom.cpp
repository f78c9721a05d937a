#include "app/articles/demonewsroom.h"

#include "app/articles/articleservice.h"
#include "app/storecontext.h"
#include "app/workflow/passwords.h"
#include "app/workflow/staffservice.h"
#include "db/transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk::app {

DemoNewsroom::DemoNewsroom(StoreContext &context, ArticleService &articles)
    : m_ctx(context)
    , m_articles(articles)
{ }

Result<int> DemoNewsroom::addDemoNewsroom(qint64 actorId)
{
    QFile file(QStringLiteral(":/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed, tr("the demo newsroom is missing from this build"));
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();

    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    // Only a new newsroom: its demo staff sign in with a known password, and its articles are
    // published, so it never goes into a store people already work in.
    const auto staffCount = m_ctx.people.count();
    const auto articleCount = m_ctx.articles.count({});
    if (!staffCount)
        return staffCount.error();
    if (!articleCount)
        return articleCount.error();
    if (*staffCount > 1 || *articleCount > 0)
        return failure(Error::Kind::NotPermitted,
                       tr("the demo newsroom can only be added to a new newsroom, with no "
                          "articles and no staff but its first account"));

    // Demo staff sign in with the password "demo" (at the program's usual hashing cost).
    const QString demoHash = passwords::hash(QStringLiteral("demo"));
    QHash<QString, qint64> ids;
    const QJsonArray people = demo.value(QStringLiteral("people")).toArray();
    const QJsonArray articles = demo.value(QStringLiteral("articles")).toArray();
    for (const QJsonValue &value : people) {
        const QJsonObject p = value.toObject();
        db::Person person;
        person.username = p.value(QStringLiteral("username")).toString();
        person.displayName = p.value(QStringLiteral("display")).toString();
        person.bio = p.value(QStringLiteral("bio")).toString();
        person.passwordHash = demoHash;
        auto existing = m_ctx.people.byUsername(person.username);
        if (existing) {
            ids.insert(person.username, existing->id);
            continue;
        }
        const auto id = m_ctx.people.add(person);
        if (!id)
            return id.error();
        // On a newsroom server, a login of their own with the same password.
        if (auto r = m_ctx.people.grantLogin(person.username, QStringLiteral("demo")); !r)
            return r.error();
        ids.insert(person.username, *id);
    }

    int added = 0;
    for (const QJsonValue &value : articles) {
        const QJsonObject a = value.toObject();
        db::Article article;
        article.headline = a.value(QStringLiteral("headline")).toString();
        article.standfirst = a.value(QStringLiteral("standfirst")).toString();
        article.body = a.value(QStringLiteral("body")).toString();
        article.section = a.value(QStringLiteral("section")).toString();
        article.status
            = statusFromToken(a.value(QStringLiteral("status")).toString()).value_or(Status::Draft);
        if (article.status == Status::Published)
            article.publishedAt = m_ctx.now();
        for (const QJsonValue &tag : a.value(QStringLiteral("tags")).toArray())
            article.tags.append(tag.toString());
        for (const QJsonValue &author : a.value(QStringLiteral("authors")).toArray())
            article.authorIds.append(ids.value(author.toString()));
        // Written into the newsroom by its first author, as the history will say (the first
        // account only sets the demo up, and so may still approve what is in review).
        if (auto r = m_articles.storeNewArticle(article, article.authorIds.value(0, actorId)); !r)
            return r.error();
        ++added;
    }

    // Appointments last, now that every section exists.
    for (const QJsonValue &value : people) {
        const QJsonObject p = value.toObject();
        const qint64 personId = ids.value(p.value(QStringLiteral("username")).toString());
        for (const QJsonValue &appointmentValue :
             p.value(QStringLiteral("appointments")).toArray()) {
            const QJsonObject o = appointmentValue.toObject();
            db::Appointment appointment;
            appointment.personId = personId;
            appointment.title = o.value(QStringLiteral("title")).toString();
            appointment.level = o.value(QStringLiteral("level")).toString();
            appointment.section = o.value(QStringLiteral("section")).toString();
            appointment.term = o.value(QStringLiteral("term")).toString();
            appointment.startsOn
                = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
            appointment.endsOn
                = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
            if (appointment.term == QLatin1String("current"))
                appointment.term = StaffService::academicTerm(m_ctx.today());
            if (auto r = m_ctx.people.appoint(appointment); !r)
                return r.error();
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return added;
}

} // namespace copydesk::app
