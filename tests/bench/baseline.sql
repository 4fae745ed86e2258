-- The baseline scripts/bench times against Sift's import: the same normalized rows (rows.csv from
-- gen_scraped.py, read from the current folder) bulk-loaded by the sqlite3 shell into the same
-- article table, indexes, FTS5 external-content index and insert trigger (Schema.cpp), in one
-- transaction, with the pragmas Store::open sets.
.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -16000;

CREATE TABLE article (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    outlet         TEXT NOT NULL DEFAULT '',
    url            TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    published      TEXT,
    date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    language       TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    captions       TEXT NOT NULL DEFAULT '[]',
    source_file    TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL,
    review_state   TEXT NOT NULL DEFAULT 'new' CHECK (review_state IN ('new', 'in review', 'done')),
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_outlet ON article (outlet);
CREATE INDEX article_review_state ON article (review_state);
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, body, captions,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;

-- The rows go through a staging table and into article with one INSERT ... SELECT. That is the
-- fastest load the shell offers: FTS5 flushes its pending index data at the end of every statement,
-- so one statement per row (an .import straight into article, or an INSERT per row) is about twice
-- as slow. The staging copy is extra work the baseline pays and Sift does not.
CREATE TEMP TABLE staging (uid, title, body, captions, source_file);

BEGIN;
.import --csv --schema temp rows.csv staging
INSERT INTO article (uid, title, body, captions, source_file, imported_at)
    SELECT uid, title, body, captions, source_file, '2025-01-01T00:00:00Z' FROM temp.staging;
COMMIT;
