-- Schema version 8: on SQLite, every column of an article but its body in one index. A row of
-- the articles table carries its body, and the columns stored after it (status, times,
-- section) are read through it: listing every published article for a site's export, or
-- sorting the whole list by section, status or byline, read the index instead, a tenth of the
-- table's size. (PostgreSQL keeps long text out of its rows already.)

-- engine: sqlite
CREATE INDEX articles_without_body ON articles (status, published_at, updated_at, section_id,
    version, word_count, language, created_at, created_by, slug, headline, standfirst);
