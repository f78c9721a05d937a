-- Schema version 7: on PostgreSQL, search ignores accents as SQLite's index does (unicode61
-- remove_diacritics): "cafe" finds "café", "Wisniewski" finds "Wiśniewski". The search column is
-- made again over the text with its accents folded (the unaccent extension, which a database
-- owner may create), and the view over the articles with it.

-- engine: postgresql
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
-- unaccent() may change with its rules file, so PostgreSQL will not index it as it is; the rules
-- named here are the extension's own, which change only with the extension.
CREATE FUNCTION public.copydesk_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$;
DROP VIEW public.articles;
ALTER TABLE newsroom.articles DROP COLUMN search;
ALTER TABLE newsroom.articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, public.copydesk_fold(headline)), 'A')
    || setweight(to_tsvector('simple'::regconfig, public.copydesk_fold(standfirst)), 'B')
    || setweight(to_tsvector('simple'::regconfig, public.copydesk_fold(body)), 'C')) STORED;
CREATE INDEX articles_search ON newsroom.articles USING gin (search);
CREATE VIEW public.articles AS SELECT * FROM newsroom.articles;
CREATE TRIGGER write_through INSTEAD OF INSERT OR UPDATE OR DELETE ON public.articles
    FOR EACH ROW EXECUTE FUNCTION newsroom.write_through();
REVOKE ALL ON public.articles FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.articles TO %I',
                   current_database() || '_staff');
END
$$;
-- engine: all
