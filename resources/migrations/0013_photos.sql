-- Schema version 13: photos. Each image is kept once, named by the SHA-256 of its bytes
-- (sha256, 64 lowercase hex digits), with its original bytes as they were added, its type, its
-- size in pixels, the date the camera says it was taken, and whether it carries a position
-- (has_location: its EXIF holds GPS data; the bytes kept here keep it, every exported rendition
-- is re-encoded without it). An article refers to its photos in its body (see app/body/photos.h:
-- ![alt](media:SHA "caption&#10;credit"), the lead photo first and marked #lead), so every
-- revision records which photos it had; articles.lead_image is its lead photo's hash and
-- articles.body_images the hashes of the body's photos in order (space-separated), both kept
-- on every save, so that lists and the site's export know an article's photos without reading
-- its body. Images are never changed; an image no article
-- uses any more stays until a later clean-up (the site exports only those its published
-- articles show).
--
-- On PostgreSQL the bytes are a bytea column, not a large object: a photo is a few megabytes
-- (the store refuses more than photos.max-megabytes), bytea is read and written in the same
-- statement and transaction as everything else, goes with the table in pg_dump and a row's
-- removal, and needs no lo_unlink; large objects pay off only above a gigabyte or for streaming
-- parts of one. Images are added through copydesk_add_image(), which checks that the caller may
-- write articles and that the hash is the bytes' own.

-- engine: sqlite
CREATE TABLE images (
    sha256       TEXT PRIMARY KEY,
    media_type   TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    byte_size    INTEGER NOT NULL,
    taken_at     TEXT,
    has_location INTEGER NOT NULL DEFAULT 0,
    added_by     INTEGER REFERENCES people(id),
    added_at     TEXT NOT NULL,
    data         BLOB NOT NULL
);
ALTER TABLE articles ADD COLUMN lead_image TEXT;
ALTER TABLE articles ADD COLUMN body_images TEXT;
-- Schema 8's index of everything but the body, again with the columns added since (the
-- commissioned length of schema 11 and the lead photo), so the site's export and the list's
-- sorts read it alone again.
DROP INDEX articles_without_body;
CREATE INDEX articles_without_body ON articles (status, published_at, updated_at, section_id,
    version, word_count, language, created_at, created_by, slug, headline, standfirst,
    commissioned_words, lead_image, body_images);
-- engine: postgresql
CREATE TABLE newsroom.images (
    sha256       TEXT PRIMARY KEY,
    media_type   TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    byte_size    BIGINT NOT NULL,
    taken_at     TEXT,
    has_location INTEGER NOT NULL DEFAULT 0,
    added_by     INTEGER REFERENCES newsroom.people(id),
    added_at     TEXT NOT NULL,
    data         BYTEA NOT NULL
);
CREATE VIEW public.images AS SELECT * FROM newsroom.images;
REVOKE ALL ON public.images FROM PUBLIC;
ALTER TABLE newsroom.articles ADD COLUMN lead_image TEXT;
ALTER TABLE newsroom.articles ADD COLUMN body_images TEXT;
CREATE OR REPLACE VIEW public.articles AS SELECT * FROM newsroom.articles;

CREATE FUNCTION public.copydesk_add_image(p_sha text, p_type text, p_width int, p_height int,
                                          p_size bigint, p_taken text, p_location int,
                                          p_added_by bigint, p_added_at text, p_data bytea)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsroom, public, pg_temp AS $$
DECLARE
    caller bigint;
BEGIN
    IF NOT newsroom.is_trusted() THEN
        SELECT id INTO caller FROM newsroom.people
         WHERE username = (session_user::text COLLATE public.nocase) AND active = 1;
        IF caller IS NULL THEN
            PERFORM newsroom.refuse('write: the login is not a member of this newsroom');
        END IF;
        IF p_added_by IS DISTINCT FROM caller THEN
            PERFORM newsroom.refuse('add an image in someone else''s name');
        END IF;
        PERFORM newsroom.require(caller, 'create', NULL);
    END IF;
    IF encode(sha256(p_data), 'hex') <> p_sha THEN
        PERFORM newsroom.refuse('add an image under a name that is not its own hash');
    END IF;
    IF octet_length(p_data) <> p_size OR p_width <= 0 OR p_height <= 0
       OR p_width::bigint * p_height > 100000000 THEN
        PERFORM newsroom.refuse('add an image whose size is not as it says, or over 100 megapixels');
    END IF;
    INSERT INTO newsroom.images (sha256, media_type, width, height, byte_size, taken_at,
                                 has_location, added_by, added_at, data)
    VALUES (p_sha, p_type, p_width, p_height, p_size, p_taken, p_location, p_added_by,
            p_added_at, p_data)
    ON CONFLICT (sha256) DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION public.copydesk_add_image(text, text, int, int, bigint, text, int, bigint,
                                                  text, bytea) FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON public.images TO %I', current_database() || '_staff');
    EXECUTE format('GRANT EXECUTE ON FUNCTION public.copydesk_add_image(text, text, int, int, '
                   'bigint, text, int, bigint, text, bytea) TO %I',
                   current_database() || '_staff');
END
$$;
-- engine: all
