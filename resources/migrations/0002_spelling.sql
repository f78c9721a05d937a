-- Schema version 2: words a person chose to ignore in one article.

CREATE TABLE article_ignored_words (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    word       TEXT NOT NULL,
    added_by   INTEGER REFERENCES people(id),
    added_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, word)
);
