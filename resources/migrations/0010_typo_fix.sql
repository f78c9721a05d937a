-- Schema version 10: a silent fix of a typo in a published article (the permission table's
-- fix-typo rows). The store keeps nothing new; a newsroom server's own check learns that the
-- audit line "fix-typo" follows a change it sees as a correction, from those the table lets fix a
-- typo.

-- engine: postgresql
CREATE OR REPLACE FUNCTION newsroom.check_write(tbl text, op text, old_row jsonb, new_row jsonb)
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
            -- A silent fix of a typo is, as a change of the row, a correction: it spends the
            -- correction's ticket, and only those the table lets fix a typo may log it.
            IF action = 'fix-typo' THEN
                PERFORM newsroom.require(caller, 'fix-typo', article);
            END IF;
            DELETE FROM newsroom.audit_tickets t
             WHERE t.transaction_id = txid_current() AND t.article_id = article
               AND t.action = CASE WHEN new_row->>'action' = 'fix-typo' THEN 'correct'
                                   ELSE new_row->>'action' END
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
-- engine: all
