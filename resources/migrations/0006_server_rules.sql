-- Schema version 6: on a newsroom server, the rules of DESIGN.md §4 are the server's too.
--
-- The newsroom's tables move into the schema "newsroom", which staff logins cannot reach at all:
-- no INSERT, UPDATE or DELETE on any of its tables, not even SELECT. What they (and Copydesk
-- running as them) see are views of the same names in "public", and every change made through
-- a view goes through newsroom.write_through(), which asks newsroom.check_write() whether the
-- caller — the person whose username is the login — may make it, by the same permission table
-- (copydesk_may()) and their appointments today, and then writes it, only if the row is still as
-- the caller read it. The audit log takes only lines about something the caller was allowed to
-- do in the same transaction. The login that runs the migrations (the newsroom's owner) and
-- superusers are the server's administrators and pass unchecked.
--
-- Each person's login is made by newsroom.grant_login() when they are added (Copydesk does it,
-- see StaffService), and loses the newsroom (the role <database>_staff) when their last
-- appointment ends or they are deactivated.

-- engine: postgresql
CREATE SCHEMA newsroom;
REVOKE ALL ON SCHEMA newsroom FROM PUBLIC;
ALTER TABLE people SET SCHEMA newsroom;
ALTER TABLE sections SET SCHEMA newsroom;
ALTER TABLE appointments SET SCHEMA newsroom;
ALTER TABLE articles SET SCHEMA newsroom;
ALTER TABLE article_authors SET SCHEMA newsroom;
ALTER TABLE tags SET SCHEMA newsroom;
ALTER TABLE article_tags SET SCHEMA newsroom;
ALTER TABLE revisions SET SCHEMA newsroom;
ALTER TABLE notes SET SCHEMA newsroom;
ALTER TABLE audit_log SET SCHEMA newsroom;
ALTER TABLE dictionary_words SET SCHEMA newsroom;
ALTER TABLE article_ignored_words SET SCHEMA newsroom;
ALTER TABLE locks SET SCHEMA newsroom;
ALTER TABLE autosaves SET SCHEMA newsroom;
ALTER TABLE settings SET SCHEMA newsroom;
ALTER TABLE permission_rules SET SCHEMA newsroom;

-- Tickets: what a caller was allowed to do to an article in this transaction, which the audit
-- line about it then takes. Only the definer's functions touch it.
CREATE TABLE newsroom.audit_tickets (
    transaction_id bigint NOT NULL,
    article_id     bigint NOT NULL,
    action         text NOT NULL,
    PRIMARY KEY (transaction_id, article_id, action)
);

-- The views: the newsroom as everyone reads and writes it. (A later migration that adds a
-- column to a table makes its view again.)
CREATE VIEW public.people AS SELECT * FROM newsroom.people;
CREATE VIEW public.sections AS SELECT * FROM newsroom.sections;
CREATE VIEW public.appointments AS SELECT * FROM newsroom.appointments;
CREATE VIEW public.articles AS SELECT * FROM newsroom.articles;
CREATE VIEW public.article_authors AS SELECT * FROM newsroom.article_authors;
CREATE VIEW public.tags AS SELECT * FROM newsroom.tags;
CREATE VIEW public.article_tags AS SELECT * FROM newsroom.article_tags;
CREATE VIEW public.revisions AS SELECT * FROM newsroom.revisions;
CREATE VIEW public.notes AS SELECT * FROM newsroom.notes;
CREATE VIEW public.audit_log AS SELECT * FROM newsroom.audit_log;
CREATE VIEW public.dictionary_words AS SELECT * FROM newsroom.dictionary_words;
CREATE VIEW public.article_ignored_words AS SELECT * FROM newsroom.article_ignored_words;
CREATE VIEW public.locks AS SELECT * FROM newsroom.locks;
CREATE VIEW public.autosaves AS SELECT * FROM newsroom.autosaves;
CREATE VIEW public.settings AS SELECT * FROM newsroom.settings;
CREATE VIEW public.permission_rules AS SELECT * FROM newsroom.permission_rules;

-- The server's administrators: superusers and the newsroom's owner.
CREATE FUNCTION newsroom.is_trusted() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = newsroom, pg_catalog AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR session_user = (SELECT nspowner::regrole::text FROM pg_namespace
                            WHERE nspname = 'newsroom');
$$;

CREATE FUNCTION newsroom.refuse(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the newsroom server does not let % %', session_user, what
        USING ERRCODE = '42501';
END
$$;

-- Refuses unless the person may do the action on the article (NULL: on the newsroom).
CREATE FUNCTION newsroom.require(p_person bigint, p_action text, p_article bigint) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT public.copydesk_may(p_person, p_action, p_article) THEN
        PERFORM newsroom.refuse(p_action || CASE WHEN p_article IS NULL THEN ''
                                                 ELSE ' article ' || p_article END);
    END IF;
END
$$;

-- Whether the person holds one of these roles for the article today.
CREATE FUNCTION newsroom.holds(p_person bigint, p_article bigint, p_roles text[]) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT public.copydesk_roles(p_person, p_article) && p_roles;
$$;

-- May the person change this article's byline, tags or ignored words: they may edit (or
-- correct) it, or they were allowed to in this very write (the byline is rewritten after the
-- text, when its author may already be off it), or they created it as a draft in this write.
CREATE FUNCTION newsroom.may_touch_article(p_person bigint, p_article bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT public.copydesk_may(p_person, 'edit', p_article)
        OR public.copydesk_may(p_person, 'correct', p_article)
        OR EXISTS (SELECT 1 FROM newsroom.audit_tickets t
                    WHERE t.transaction_id = txid_current() AND t.article_id = p_article
                      AND t.action = 'touch')
        OR EXISTS (SELECT 1 FROM newsroom.articles a
                    WHERE a.id = p_article AND a.created_by = p_person AND a.status = 'draft'
                      AND a.version = 1);
$$;

CREATE FUNCTION newsroom.check_write(tbl text, op text, old_row jsonb, new_row jsonb)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsroom, public, pg_temp AS $$
DECLARE
    caller bigint;
    article bigint := coalesce((new_row->>'article_id')::bigint, (old_row->>'article_id')::bigint);
    action text;
    content text[] := ARRAY['headline', 'standfirst', 'body', 'section_id', 'language', 'slug',
                            'created_by', 'created_at'];
    changed boolean;
    ticket text;
BEGIN
    IF newsroom.is_trusted() THEN
        RETURN;
    END IF;
    SELECT id INTO caller FROM newsroom.people
     WHERE username = (session_user::text COLLATE public.nocase) AND active = 1;
    IF caller IS NULL THEN
        PERFORM newsroom.refuse('write: the login is not a member of this newsroom');
    END IF;

    IF tbl = 'articles' THEN
        IF op = 'INSERT' THEN
            PERFORM newsroom.require(caller, 'create', NULL);
            IF (new_row->>'created_by')::bigint IS DISTINCT FROM caller
               OR new_row->>'status' <> 'draft' OR (new_row->>'version')::int <> 1 THEN
                PERFORM newsroom.refuse('create an article that is not a new draft of their own');
            END IF;
            RETURN;
        ELSIF op = 'DELETE' THEN
            PERFORM newsroom.refuse('delete an article (spike it)');
        END IF;
        article := (old_row->>'id')::bigint;
        changed := EXISTS (SELECT 1 FROM unnest(content) c
                            WHERE old_row->c IS DISTINCT FROM new_row->c);
        IF changed OR (old_row->>'status' = new_row->>'status') THEN
            -- A change of the text (or of nothing but its counters): an edit, or a correction
            -- of a published article.
            action := CASE WHEN old_row->>'status' = 'published' THEN 'correct' ELSE 'edit' END;
            IF old_row->>'status' <> new_row->>'status' THEN
                PERFORM newsroom.refuse('change the text and the status of an article at once');
            END IF;
        ELSE
            action := CASE old_row->>'status' || '>' || (new_row->>'status')
                WHEN 'draft>in_review' THEN 'submit'
                WHEN 'in_review>draft' THEN 'return'
                WHEN 'in_review>approved' THEN 'approve'
                WHEN 'approved>published' THEN 'publish'
                WHEN 'published>draft' THEN 'unpublish'
                WHEN 'draft>spiked' THEN 'spike'
                WHEN 'in_review>spiked' THEN 'spike'
                WHEN 'approved>spiked' THEN 'spike'
                WHEN 'spiked>draft' THEN 'restore'
                WHEN 'approved>in_review' THEN 'edit' -- an approved article edited goes back
            END;
            IF action IS NULL THEN
                PERFORM newsroom.refuse('move an article from ' || (old_row->>'status') || ' to '
                                        || (new_row->>'status'));
            END IF;
        END IF;
        PERFORM newsroom.require(caller, action, article);
        -- Tickets of transactions that have ended are spent.
        DELETE FROM newsroom.audit_tickets
         WHERE transaction_id < txid_snapshot_xmin(txid_current_snapshot());
        INSERT INTO newsroom.audit_tickets VALUES (txid_current(), article, action)
            ON CONFLICT DO NOTHING;
        IF action IN ('edit', 'correct') THEN
            INSERT INTO newsroom.audit_tickets VALUES (txid_current(), article, 'touch')
                ON CONFLICT DO NOTHING;
        END IF;
        IF action = 'edit' AND old_row->>'status' = 'approved' THEN
            INSERT INTO newsroom.audit_tickets VALUES (txid_current(), article, 'edit')
                ON CONFLICT DO NOTHING;
        END IF;
        RETURN;
    END IF;

    IF tbl = 'revisions' THEN
        IF op <> 'INSERT' OR (new_row->>'person_id')::bigint IS DISTINCT FROM caller
           OR (SELECT version FROM newsroom.articles WHERE id = article)
              IS DISTINCT FROM (new_row->>'version')::int THEN
            PERFORM newsroom.refuse('write a revision that is not of their own save');
        END IF;
        RETURN;
    END IF;

    IF tbl = 'notes' THEN
        IF op <> 'INSERT' OR (new_row->>'person_id')::bigint IS DISTINCT FROM caller
           OR NOT newsroom.holds(caller, NULL, ARRAY['contributor', 'section-editor',
                                                     'deputy-editor', 'editor-in-chief']) THEN
            PERFORM newsroom.refuse('write this note');
        END IF;
        RETURN;
    END IF;

    IF tbl = 'audit_log' THEN
        IF op <> 'INSERT' THEN
            PERFORM newsroom.refuse('change the audit log');
        END IF;
        action := new_row->>'action';
        IF action IN ('failed-sign-in', 'sign-in-refused') THEN
            RETURN; -- a record of an attempt, whoever it names
        ELSIF (new_row->>'person_id')::bigint IS DISTINCT FROM caller THEN
            PERFORM newsroom.refuse('write an audit line in someone else''s name');
        ELSIF action = 'sign-in' THEN
            RETURN;
        ELSIF article IS NOT NULL THEN
            DELETE FROM newsroom.audit_tickets t
             WHERE t.transaction_id = txid_current() AND t.article_id = article
               AND t.action = new_row->>'action'
            RETURNING t.action INTO ticket;
            IF ticket IS NULL THEN
                PERFORM newsroom.refuse('log "' || action || '" about article ' || article
                                        || ' without doing it');
            END IF;
        ELSIF action IN ('house-dictionary-add', 'house-dictionary-remove') THEN
            PERFORM newsroom.require(caller, 'house-dictionary', NULL);
        ELSIF action = 'settings' THEN
            PERFORM newsroom.require(caller, 'settings', NULL);
        ELSIF action LIKE 'staff-%' THEN
            PERFORM newsroom.require(caller, 'staff', NULL);
        ELSE
            PERFORM newsroom.refuse('log "' || action || '"');
        END IF;
        RETURN;
    END IF;

    IF tbl = 'people' THEN
        IF op = 'UPDATE' AND (old_row->>'id')::bigint = caller
           AND (old_row - 'password_hash') = (new_row - 'password_hash') THEN
            RETURN; -- a person's own password (renewed at sign-in)
        END IF;
        PERFORM newsroom.require(caller, 'staff', NULL);
        RETURN;
    END IF;

    IF tbl = 'appointments' THEN
        PERFORM newsroom.require(caller, 'staff', NULL);
        RETURN;
    END IF;

    IF tbl IN ('sections', 'tags') THEN
        IF op <> 'INSERT' OR NOT newsroom.holds(caller, NULL, ARRAY['contributor',
                                   'section-editor', 'deputy-editor', 'editor-in-chief']) THEN
            PERFORM newsroom.refuse('change the ' || tbl);
        END IF;
        RETURN;
    END IF;

    IF tbl IN ('article_authors', 'article_tags', 'article_ignored_words') THEN
        IF op = 'UPDATE' OR NOT newsroom.may_touch_article(caller, article) THEN
            PERFORM newsroom.refuse('change article ' || article);
        END IF;
        -- Crediting someone else: a section editor of its section, a deputy, the editor-in-chief.
        IF tbl = 'article_authors' AND op = 'INSERT'
           AND (new_row->>'person_id')::bigint IS DISTINCT FROM caller
           AND NOT newsroom.holds(caller, article, ARRAY['section-editor', 'deputy-editor',
                                                         'editor-in-chief']) THEN
            PERFORM newsroom.refuse('put someone else on the byline of article ' || article);
        END IF;
        RETURN;
    END IF;

    IF tbl = 'dictionary_words' THEN
        IF coalesce(new_row->>'person_id', old_row->>'person_id') IS NULL THEN
            PERFORM newsroom.require(caller, 'house-dictionary', NULL);
        ELSIF coalesce(new_row->>'person_id', old_row->>'person_id')::bigint <> caller THEN
            PERFORM newsroom.refuse('change someone else''s dictionary');
        END IF;
        RETURN;
    END IF;

    IF tbl = 'autosaves' THEN
        IF coalesce((new_row->>'person_id')::bigint, caller) <> caller
           OR coalesce((old_row->>'person_id')::bigint, caller) <> caller THEN
            PERFORM newsroom.refuse('touch someone else''s unsaved text');
        END IF;
        RETURN;
    END IF;

    IF tbl = 'locks' THEN
        IF op <> 'DELETE' AND (new_row->>'person_id')::bigint IS DISTINCT FROM caller THEN
            PERFORM newsroom.refuse('lock an article in someone else''s name');
        END IF;
        -- Taking a live lock from someone else: as Copydesk's take-over rule.
        IF EXISTS (SELECT 1 FROM newsroom.locks l
                    WHERE l.article_id = article AND l.person_id <> caller
                      AND l.expires_at > to_char(now() AT TIME ZONE 'UTC',
                                                 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
           AND NOT newsroom.holds(caller, article, ARRAY['section-editor', 'deputy-editor',
                                                         'editor-in-chief']) THEN
            PERFORM newsroom.refuse('take article ' || article || ' over');
        END IF;
        IF op = 'INSERT' AND EXISTS (SELECT 1 FROM newsroom.locks l
                                      WHERE l.article_id = article AND l.person_id <> caller) THEN
            INSERT INTO newsroom.audit_tickets VALUES (txid_current(), article, 'take-over')
                ON CONFLICT DO NOTHING;
        END IF;
        RETURN;
    END IF;

    -- settings, permission_rules and anything else: the newsroom's settings right, or nobody.
    IF tbl = 'settings' THEN
        PERFORM newsroom.require(caller, 'settings', NULL);
        RETURN;
    END IF;
    PERFORM newsroom.refuse('change ' || tbl);
END
$$;

-- Each table's key, for writing a row back to it.
CREATE FUNCTION newsroom.key_columns(tbl text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE tbl
        WHEN 'article_authors' THEN ARRAY['article_id', 'person_id']
        WHEN 'article_tags' THEN ARRAY['article_id', 'tag_id']
        WHEN 'article_ignored_words' THEN ARRAY['article_id', 'word']
        WHEN 'locks' THEN ARRAY['article_id']
        WHEN 'settings' THEN ARRAY['key']
        WHEN 'permission_rules' THEN ARRAY['action', 'status', 'who']
        ELSE ARRAY['id']
    END;
$$;

-- A write through a view: checked, then made on the table, and only where the row is still as
-- the writer read it (so two writers never overwrite each other unseen).
CREATE FUNCTION newsroom.write_through() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsroom, public, pg_temp AS $$
DECLARE
    target text := format('newsroom.%I', TG_TABLE_NAME);
    keys text[] := newsroom.key_columns(TG_TABLE_NAME);
    new_row jsonb;
    old_row jsonb;
    columns text;
    matches text;
    conflict text := '';
BEGIN
    PERFORM newsroom.check_write(TG_TABLE_NAME, TG_OP,
                                 CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    SELECT string_agg(format('t.%1$I = o.%1$I', k), ' AND ') INTO matches FROM unnest(keys) k;
    IF TG_OP = 'INSERT' THEN
        new_row := jsonb_strip_nulls(to_jsonb(NEW)) - 'search';
        SELECT string_agg(quote_ident(k), ', ') INTO columns FROM jsonb_object_keys(new_row) k;
        IF TG_TABLE_NAME IN ('tags', 'article_tags', 'article_authors', 'dictionary_words',
                             'article_ignored_words') THEN
            conflict := ' ON CONFLICT DO NOTHING';
        ELSIF TG_TABLE_NAME IN ('settings', 'locks') THEN
            SELECT format(' ON CONFLICT (%s) DO UPDATE SET (%s) = ROW(%s)',
                          array_to_string(keys, ', '), columns,
                          string_agg('excluded.' || quote_ident(k), ', '))
              INTO conflict FROM jsonb_object_keys(new_row) k;
        END IF;
        EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM jsonb_populate_record(NULL::%s, $1)%s '
                       'RETURNING *', target, columns, columns, target, conflict)
            INTO NEW USING new_row;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        new_row := to_jsonb(NEW) - 'search';
        old_row := to_jsonb(OLD) - 'search';
        SELECT string_agg(quote_ident(k), ', ') INTO columns FROM jsonb_object_keys(new_row) k;
        EXECUTE format('UPDATE %s AS t SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%s, $1)) '
                       'FROM jsonb_populate_record(NULL::%s, $2) AS o '
                       'WHERE %s AND to_jsonb(t) - ''search'' = $2 RETURNING t.*',
                       target, columns, columns, target, target, matches)
            INTO NEW USING new_row, old_row;
        IF NOT FOUND THEN
            RETURN NULL;
        END IF;
        RETURN NEW;
    ELSE
        old_row := to_jsonb(OLD) - 'search';
        EXECUTE format('DELETE FROM %s AS t USING jsonb_populate_record(NULL::%s, $1) AS o '
                       'WHERE %s AND to_jsonb(t) - ''search'' = $1', target, target, matches)
            USING old_row;
        IF NOT FOUND THEN
            RETURN NULL;
        END IF;
        RETURN OLD;
    END IF;
END
$$;

DO $$
DECLARE
    view_name text;
BEGIN
    FOREACH view_name IN ARRAY ARRAY['people', 'sections', 'appointments', 'articles',
        'article_authors', 'tags', 'article_tags', 'revisions', 'notes', 'audit_log',
        'dictionary_words', 'article_ignored_words', 'locks', 'autosaves', 'settings',
        'permission_rules'] LOOP
        EXECUTE format('CREATE TRIGGER write_through INSTEAD OF INSERT OR UPDATE OR DELETE '
                       'ON public.%I FOR EACH ROW EXECUTE FUNCTION newsroom.write_through()',
                       view_name);
    END LOOP;
END
$$;

-- The staff of this newsroom: a role per database, so that several newsrooms can share a
-- server. Members read the views and write through them; nothing else.
DO $$
DECLARE
    staff text := current_database() || '_staff';
    view_name text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = staff) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', staff);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', staff);
    FOREACH view_name IN ARRAY ARRAY['people', 'sections', 'appointments', 'articles',
        'article_authors', 'tags', 'article_tags', 'revisions', 'notes', 'audit_log',
        'dictionary_words', 'article_ignored_words', 'locks', 'autosaves', 'settings',
        'permission_rules'] LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.%I TO %I', view_name, staff);
    END LOOP;
    EXECUTE format('GRANT SELECT ON public.schema_migrations TO %I', staff);
    -- Nobody else reads the newsroom.
    FOREACH view_name IN ARRAY ARRAY['people', 'sections', 'appointments', 'articles',
        'article_authors', 'tags', 'article_tags', 'revisions', 'notes', 'audit_log',
        'dictionary_words', 'article_ignored_words', 'locks', 'autosaves', 'settings',
        'permission_rules', 'schema_migrations'] LOOP
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC', view_name);
    END LOOP;
END
$$;

-- Managing logins is the staff right's (or the server administrators').
CREATE FUNCTION newsroom.require_staff_right(what text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsroom, public, pg_temp AS $$
DECLARE
    caller bigint;
BEGIN
    IF newsroom.is_trusted() THEN
        RETURN;
    END IF;
    SELECT id INTO caller FROM newsroom.people
     WHERE username = (session_user::text COLLATE public.nocase) AND active = 1;
    IF caller IS NULL OR NOT public.copydesk_may(caller, 'staff', NULL) THEN
        PERFORM newsroom.refuse(what);
    END IF;
END
$$;

-- A person's login: made when they are added (with their password), or given back the newsroom
-- when they are appointed again. A login the server already has for someone else with powers of
-- its own (a superuser, a maker of roles or databases) is never taken over.
CREATE FUNCTION newsroom.grant_login(p_username text, p_password text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsroom, public, pg_temp AS $$
DECLARE
    staff text := current_database() || '_staff';
    existing pg_roles;
BEGIN
    PERFORM newsroom.require_staff_right('make logins');
    SELECT * INTO existing FROM pg_roles WHERE rolname = p_username;
    IF existing.rolname IS NULL THEN
        IF p_password IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_username);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_password);
        END IF;
    ELSIF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb THEN
        RAISE EXCEPTION 'the newsroom server already has a login named % with powers of its own; choose another username', p_username
            USING ERRCODE = '42710';
    END IF;
    EXECUTE format('GRANT %I TO %I', staff, p_username);
END
$$;

CREATE FUNCTION newsroom.revoke_login(p_username text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsroom, public, pg_temp AS $$
DECLARE
    staff text := current_database() || '_staff';
BEGIN
    PERFORM newsroom.require_staff_right('take logins away');
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        EXECUTE format('REVOKE %I FROM %I', staff, p_username);
    END IF;
END
$$;
-- The checks and the writing run only as the triggers' definer; of the newsroom's functions,
-- staff may call the two that manage logins (which check the staff right themselves).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA newsroom FROM PUBLIC;
-- The people of a newsroom set up before this schema get their logins now, without a password:
-- the server's administrator gives each one (ALTER ROLE … PASSWORD), or ~/.pgpass does.
DO $$
DECLARE
    person record;
BEGIN
    FOR person IN SELECT username FROM newsroom.people WHERE active = 1 LOOP
        BEGIN
            PERFORM newsroom.grant_login(person.username, NULL);
        EXCEPTION WHEN duplicate_object THEN
            RAISE WARNING '%', SQLERRM; -- a login of that name with powers of its own: left alone
        END;
    END LOOP;
END
$$;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA newsroom TO %I', current_database() || '_staff');
    EXECUTE format('GRANT EXECUTE ON FUNCTION newsroom.grant_login(text, text), '
                   'newsroom.revoke_login(text) TO %I', current_database() || '_staff');
END
$$;
-- engine: all
