-- Schema version 4: a live newsroom. Every change to an article or its edit lock is announced
-- to the other open windows (db::ChangeFeed). On SQLite they notice PRAGMA data_version moving;
-- on PostgreSQL the server tells them, whoever made the change (Copydesk or psql alike).

-- engine: postgresql
CREATE FUNCTION copydesk_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed_id bigint;
BEGIN
    -- A record's fields are looked up when a line runs, so each table has lines of its own.
    IF TG_TABLE_NAME = 'locks' AND TG_OP = 'DELETE' THEN
        changed_id := OLD.article_id;
    ELSIF TG_TABLE_NAME = 'locks' THEN
        changed_id := NEW.article_id;
    ELSIF TG_OP = 'DELETE' THEN
        changed_id := OLD.id;
    ELSE
        changed_id := NEW.id;
    END IF;
    PERFORM pg_notify('copydesk_changes', TG_TABLE_NAME || ':' || changed_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_announce AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION copydesk_announce_change();
CREATE TRIGGER locks_announce AFTER INSERT OR UPDATE OR DELETE ON locks
    FOR EACH ROW EXECUTE FUNCTION copydesk_announce_change();
-- engine: all
