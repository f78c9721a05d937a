-- Schema version 9: where an imported article came from (a WordPress post's GUID), and the
-- version and status the import left it at, so that importing the same export again updates what nobody
-- has changed since instead of adding it twice.

-- engine: sqlite
CREATE TABLE article_sources (
    article_id       INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    source           TEXT NOT NULL UNIQUE,
    imported_version INTEGER NOT NULL,
    imported_status  TEXT NOT NULL,
    imported_at      TEXT NOT NULL
);
-- engine: postgresql
-- With the newsroom's other tables, out of the staff's reach: a whole site is imported by the
-- server's administrators (the newsroom's owner login), whom the server's rules trust; staff
-- logins may read where an article came from.
CREATE TABLE newsroom.article_sources (
    article_id       INTEGER PRIMARY KEY REFERENCES newsroom.articles(id) ON DELETE CASCADE,
    source           TEXT NOT NULL UNIQUE,
    imported_version INTEGER NOT NULL,
    imported_status  TEXT NOT NULL,
    imported_at      TEXT NOT NULL
);
CREATE VIEW public.article_sources AS SELECT * FROM newsroom.article_sources;
REVOKE ALL ON public.article_sources FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON public.article_sources TO %I', current_database() || '_staff');
END
$$;
-- engine: all
