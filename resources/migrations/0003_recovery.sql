-- Schema version 3: autosave slots know what they started from.

ALTER TABLE autosaves ADD COLUMN base_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE autosaves ADD COLUMN section TEXT NOT NULL DEFAULT '';
ALTER TABLE autosaves ADD COLUMN tags TEXT NOT NULL DEFAULT '';
CREATE INDEX autosaves_person ON autosaves(person_id);
