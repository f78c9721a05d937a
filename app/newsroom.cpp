#include "app/newsroom.h"

#include "app/passwords.h"
#include "app/textstats.h"
#include "db/transaction.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace copydesk::app {

using db::Error;
using db::failure;

namespace {

// The academic year a date falls in, as newsrooms label terms: 2026-11-28 is in "2026/27".
QString academicTerm(const QDate &date)
{
    const int first = date.month() >= 9 ? date.year() : date.year() - 1;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Newsroom::Newsroom()
    : m_articles(m_database)
    , m_people(m_database)
{ }

db::Result<void> Newsroom::open(const QString &path, db::Database::OpenMode mode)
{
    if (auto r = m_database.open(path, mode); !r)
        return r;
    if (auto r = m_database.migrate(); !r) {
        m_database.close();
        return r.error();
    }
    return {};
}

void Newsroom::close()
{
    m_database.close();
}

bool Newsroom::isOpen() const
{
    return m_database.isOpen();
}

QString Newsroom::path() const
{
    return m_database.path();
}

QString Newsroom::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("copydesk.sqlite"));
}

bool Newsroom::isEmpty()
{
    const auto people = m_people.count();
    const auto articles = m_articles.count({});
    return people && articles && *people == 0 && *articles == 0;
}

db::Result<db::Person> Newsroom::createFirstAccount(const QString &username,
                                                    const QString &displayName,
                                                    const QString &password)
{
    if (username.trimmed().isEmpty() || username.contains(QLatin1Char(' ')))
        return failure(Error::Kind::Invalid,
                       QStringLiteral("a username is one word, without spaces"));
    if (password.isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("the first account needs a password"));
    const QString hash = passwords::hash(password);
    if (hash.isEmpty())
        return failure(Error::Kind::Failed,
                       QStringLiteral("could not hash the password (out of memory)"));

    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    db::Person person;
    person.username = username.trimmed();
    person.displayName = displayName.trimmed().isEmpty() ? person.username : displayName.trimmed();
    person.passwordHash = hash;
    const auto id = m_people.add(person);
    if (!id)
        return id.error();
    person.id = *id;
    for (const auto &[title, level] : { std::pair { "Administrator", "administrator" },
                                        std::pair { "Editor-in-Chief", "editor-in-chief" } }) {
        db::Appointment appointment;
        appointment.personId = person.id;
        appointment.title = QString::fromLatin1(title);
        appointment.level = QString::fromLatin1(level);
        appointment.startsOn = QDate::currentDate();
        if (auto r = m_people.appoint(appointment); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return person;
}

db::Result<db::Article> Newsroom::createArticle(db::Article article, qint64 actorId)
{
    if (article.headline.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("an article needs a headline"));
    article.headline = article.headline.trimmed();
    if (article.slug.isEmpty())
        article.slug = textstats::slugify(article.headline);
    article.wordCount = textstats::bodyWordCount(article.body);
    if (article.authorIds.isEmpty() && actorId > 0)
        article.authorIds.append(actorId);
    return m_articles.create(article, actorId);
}

db::Result<int> Newsroom::saveArticle(db::Article article, int expectedVersion, qint64 actorId,
                                      const QString &note)
{
    if (article.headline.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, QStringLiteral("an article needs a headline"));
    article.headline = article.headline.trimmed();
    article.wordCount = textstats::bodyWordCount(article.body);
    return m_articles.save(article, expectedVersion, actorId, note);
}

db::Result<int> Newsroom::addDemoNewsroom(qint64 actorId)
{
    QFile file(QStringLiteral(":/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed,
                       QStringLiteral("the demo newsroom is missing from this build"));
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();

    db::Transaction transaction(m_database);
    if (auto r = transaction.begin(); !r)
        return r.error();

    QHash<QString, qint64> ids;
    const QJsonArray people = demo.value(QStringLiteral("people")).toArray();
    const QJsonArray articles = demo.value(QStringLiteral("articles")).toArray();
    for (const QJsonValue &value : people) {
        const QJsonObject p = value.toObject();
        db::Person person;
        person.username = p.value(QStringLiteral("username")).toString();
        person.displayName = p.value(QStringLiteral("display")).toString();
        person.bio = p.value(QStringLiteral("bio")).toString();
        auto existing = m_people.byUsername(person.username);
        if (existing) {
            ids.insert(person.username, existing->id);
            continue;
        }
        const auto id = m_people.add(person);
        if (!id)
            return id.error();
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
        article.status = a.value(QStringLiteral("status")).toString();
        if (article.status == QLatin1String("published"))
            article.publishedAt = QDateTime::currentDateTimeUtc();
        for (const QJsonValue &tag : a.value(QStringLiteral("tags")).toArray())
            article.tags.append(tag.toString());
        for (const QJsonValue &author : a.value(QStringLiteral("authors")).toArray())
            article.authorIds.append(ids.value(author.toString()));
        if (auto r = createArticle(article, actorId); !r)
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
                appointment.term = academicTerm(QDate::currentDate());
            if (auto r = m_people.appoint(appointment); !r)
                return r.error();
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return added;
}

} // namespace copydesk::app
