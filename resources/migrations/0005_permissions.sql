-- Schema version 5: the permission table of DESIGN.md §4 in the store, for the server's own
-- checks. Its rows are written from resources/permissions/rules.tsv (the one statement of the
-- rules, which the program reads too) whenever the store is opened; see PermissionRules.

CREATE TABLE permission_rules (
    action TEXT NOT NULL,
    status TEXT NOT NULL, -- '*': an action on the newsroom, not on an article
    who    TEXT NOT NULL, -- a level, 'author', or a refusal: '!author', '!creator'
    PRIMARY KEY (action, status, who)
);

-- engine: postgresql
-- What the permission table's WHO column can name for a person today: the levels of their
-- current appointments (a section editor only for an article of their own section), and for an
-- article 'author' (on its byline, with an editorial appointment) and 'creator'. The same
-- reading as Permissions::rolesOf; "today" is the server's date in UTC.
CREATE FUNCTION copydesk_roles(p_person bigint, p_article bigint) RETURNS text[]
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    today text := to_char(current_date, 'YYYY-MM-DD');
    article_section bigint;
    editorial boolean := false;
    roles text[] := '{}';
    appointment record;
BEGIN
    IF p_article IS NOT NULL THEN
        SELECT section_id INTO article_section FROM articles WHERE id = p_article;
    END IF;
    FOR appointment IN
        SELECT level, section_id FROM appointments
         WHERE person_id = p_person
           AND coalesce(starts_on, '') <= today
           AND (coalesce(ends_on, '') = '' OR ends_on >= today)
    LOOP
        IF appointment.level <> 'administrator' THEN
            editorial := true;
        END IF;
        IF appointment.level = 'section-editor' AND p_article IS NOT NULL
           AND (article_section IS NULL OR appointment.section_id IS DISTINCT FROM article_section) THEN
            CONTINUE;
        END IF;
        IF NOT appointment.level = ANY (roles) THEN
            roles := array_append(roles, appointment.level::text);
        END IF;
    END LOOP;
    IF p_article IS NOT NULL THEN
        IF editorial AND EXISTS (SELECT 1 FROM article_authors
                                  WHERE article_id = p_article AND person_id = p_person) THEN
            roles := array_append(roles, 'author');
        END IF;
        IF EXISTS (SELECT 1 FROM articles WHERE id = p_article AND created_by = p_person) THEN
            roles := array_append(roles, 'creator');
        END IF;
    END IF;
    RETURN roles;
END
$$;

-- Whether the person may do the action (a rule name: 'approve', 'house-dictionary') on the
-- article (NULL: on the newsroom), by the permission table: some grant names one of their roles
-- and no refusal does.
CREATE FUNCTION copydesk_may(p_person bigint, p_action text, p_article bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    roles text[] := copydesk_roles(p_person, p_article);
    article_status text := '*';
BEGIN
    IF p_article IS NOT NULL THEN
        SELECT status INTO article_status FROM articles WHERE id = p_article;
        IF article_status IS NULL THEN
            RETURN false;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM permission_rules r
                WHERE r.action = p_action AND r.status IN (article_status, '*')
                  AND left(r.who, 1) = '!' AND substr(r.who, 2) = ANY (roles)) THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM permission_rules r
                    WHERE r.action = p_action AND r.status IN (article_status, '*')
                      AND r.who = ANY (roles));
END
$$;
-- engine: all
