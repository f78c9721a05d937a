-- Copydesk store, schema version 1.
-- Times are UTC, ISO 8601 with milliseconds ("2026-11-28T14:05:00.000Z"); dates are YYYY-MM-DD.
-- One schema for both engines; "-- engine: NAME" blocks hold what differs (Database::migrate).

-- engine: postgresql
-- SQLite's NOCASE, by the same name: "COLLATE NOCASE" below and in the stores' queries means
-- case-insensitive comparison and order on both engines.
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2',
                                       deterministic = false);
-- engine: all

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    bio           TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE sections (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    slug TEXT NOT NULL UNIQUE
);

CREATE TABLE appointments (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('contributor', 'section-editor', 'deputy-editor',
                                              'editor-in-chief', 'administrator')),
    section_id INTEGER REFERENCES sections(id),
    term       TEXT NOT NULL DEFAULT '',
    starts_on  TEXT,
    ends_on    TEXT
);
CREATE INDEX appointments_person ON appointments(person_id);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    headline     TEXT NOT NULL,
    standfirst   TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    section_id   INTEGER REFERENCES sections(id),
    language     TEXT NOT NULL DEFAULT 'en_GB',
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'spiked')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    published_at TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    word_count   INTEGER NOT NULL DEFAULT 0,
    created_by   INTEGER REFERENCES people(id)
);
CREATE INDEX articles_updated ON articles(updated_at, id);
CREATE INDEX articles_status_updated ON articles(status, updated_at, id);
CREATE INDEX articles_section_updated ON articles(section_id, updated_at, id);
CREATE INDEX articles_headline ON articles(headline COLLATE NOCASE, id);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, person_id)
);
CREATE INDEX article_authors_person ON article_authors(person_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (article_id, tag_id)
);

CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    person_id  INTEGER REFERENCES people(id),
    created_at TEXT NOT NULL,
    headline   TEXT NOT NULL,
    standfirst TEXT NOT NULL,
    body       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, version)
);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people(id),
    created_at TEXT NOT NULL,
    text       TEXT NOT NULL,
    transition TEXT
);
CREATE INDEX notes_article ON notes(article_id, created_at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES people(id),
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    from_status TEXT,
    to_status   TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_article ON audit_log(article_id, at);

CREATE TABLE dictionary_words (
    id        INTEGER PRIMARY KEY,
    word      TEXT NOT NULL,
    language  TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id), -- NULL: the house dictionary
    added_by  INTEGER REFERENCES people(id),
    added_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX dictionary_words_unique ON dictionary_words(word, language, coalesce(person_id, 0));

CREATE TABLE locks (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    person_id   INTEGER REFERENCES people(id),
    machine     TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE autosaves (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    draft_key  TEXT,
    person_id  INTEGER REFERENCES people(id),
    headline   TEXT NOT NULL DEFAULT '',
    standfirst TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- engine: postgresql
-- Row ids are identity columns ("INTEGER PRIMARY KEY" is the row id on SQLite).
ALTER TABLE people ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE sections ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE appointments ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE articles ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE tags ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE revisions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE notes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE audit_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE dictionary_words ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE autosaves ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
-- Slugs compare byte by byte, as on SQLite (ArticleStore::uniqueSlug reads a range of them).
ALTER TABLE articles ALTER COLUMN slug TYPE TEXT COLLATE "C";
ALTER TABLE sections ALTER COLUMN slug TYPE TEXT COLLATE "C";

-- Full-text search: a generated tsvector (headline weighted A, standfirst B, body C, as the
-- SQLite index weighs them 10, 4, 1) with a GIN index; words as they are written, without
-- stemming, as SQLite's unicode61 tokenizer does.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, headline), 'A')
    || setweight(to_tsvector('simple'::regconfig, standfirst), 'B')
    || setweight(to_tsvector('simple'::regconfig, body), 'C')) STORED;
CREATE INDEX articles_search ON articles USING gin (search);

-- engine: sqlite
-- Full-text index over headline, standfirst and body, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, standfirst, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;
-- engine: all
