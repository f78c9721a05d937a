#pragma once

#include "db/articlestore.h"
#include "db/database.h"
#include "db/peoplestore.h"
#include "db/result.h"

#include <QString>

namespace copydesk::app {

// The newsroom a program works on: one open store and the operations every caller (window,
// command line, tests) goes through, so word counts, slugs and bylines are made one way.
class Newsroom final
{
    Q_DISABLE_COPY_MOVE(Newsroom)

public:
    Newsroom();

    // Opens the store and brings its schema up to date.
    db::Result<void> open(const QString &path, db::Database::OpenMode mode);
    void close();
    bool isOpen() const;
    QString path() const;

    // Where the store lives when no --database is given: copydesk.sqlite in the platform's
    // application-data folder.
    static QString defaultStorePath();

    db::Database &database() { return m_database; }
    db::ArticleStore &articles() { return m_articles; }
    db::PeopleStore &people() { return m_people; }

    // True for a store with no people and no articles: a newsroom not yet set up.
    bool isEmpty();

    // The first account: administrator and editor-in-chief, both open-ended.
    db::Result<db::Person> createFirstAccount(const QString &username, const QString &displayName,
                                              const QString &password);

    // Stores a new article: slug from the headline, word count from the body, and the acting
    // person as its first author when no byline is given.
    db::Result<db::Article> createArticle(db::Article article, qint64 actorId);
    // Saves a change made from expectedVersion; the word count is recomputed.
    db::Result<int> saveArticle(db::Article article, int expectedVersion, qint64 actorId,
                                const QString &note = {});

    // Adds the demo newsroom's staff, sections and articles (resources/demo/newsroom.json).
    db::Result<int> addDemoNewsroom(qint64 actorId);

private:
    db::Database m_database;
    db::ArticleStore m_articles;
    db::PeopleStore m_people;
};

} // namespace copydesk::app
