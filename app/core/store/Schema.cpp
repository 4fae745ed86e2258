#include "core/store/Schema.h"

#include "core/store/Database.h"
#include "core/store/IncidentStore.h"
#include "core/store/SimilarStore.h"
#include "core/store/SqlDialect.h"
#include "core/store/VocabularyStore.h"

namespace sift::Schema {

namespace {

constexpr const char *kCreateV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

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

CREATE TABLE entity (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind        TEXT NOT NULL DEFAULT '',
    reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entity_alias (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE INDEX entity_alias_entity ON entity_alias (entity_id);

CREATE TABLE status (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color          TEXT NOT NULL,
    alternate_name TEXT NOT NULL,
    rating_value   INTEGER NOT NULL CHECK (rating_value BETWEEN 1 AND 5),
    position       INTEGER NOT NULL,
    is_default     INTEGER NOT NULL DEFAULT 0,
    description    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tag (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tag (id) ON DELETE CASCADE,
    name      TEXT NOT NULL COLLATE NOCASE,
    color     TEXT NOT NULL DEFAULT '',
    UNIQUE (parent_id, name)
);
CREATE INDEX tag_parent ON tag (parent_id);

CREATE TABLE claim (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_cp       INTEGER NOT NULL,
    end_cp         INTEGER NOT NULL,
    quote          TEXT NOT NULL,
    prefix         TEXT NOT NULL DEFAULT '',
    suffix         TEXT NOT NULL DEFAULT '',
    orphaned       INTEGER NOT NULL DEFAULT 0,
    statement      TEXT NOT NULL DEFAULT '',
    claimant_id    INTEGER REFERENCES entity (id) ON DELETE SET NULL,
    reported_by_id INTEGER REFERENCES entity (id) ON DELETE SET NULL,
    stance         TEXT NOT NULL DEFAULT 'asserts'
                   CHECK (stance IN ('asserts', 'denies', 'neither confirms nor denies', 'declines to comment', 'reports')),
    status_id      INTEGER NOT NULL REFERENCES status (id),
    credibility    INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6),
    rationale      TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '[]',
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL DEFAULT '',
    CHECK (end_cp >= start_cp)
);
CREATE INDEX claim_article ON claim (article_id, start_cp);
CREATE INDEX claim_claimant ON claim (claimant_id);
CREATE INDEX claim_reported_by ON claim (reported_by_id);
CREATE INDEX claim_status ON claim (status_id);

CREATE TABLE claim_tag (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX claim_tag_tag ON claim_tag (tag_id);

CREATE TABLE claim_link (
    id         INTEGER PRIMARY KEY,
    from_claim INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    to_claim   INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    relation   TEXT NOT NULL CHECK (relation IN ('contradicts', 'supports', 'repeats')),
    UNIQUE (from_claim, to_claim, relation),
    CHECK (from_claim <> to_claim)
);
CREATE INDEX claim_link_to ON claim_link (to_claim);

CREATE TABLE event_type (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES event_type (id) ON DELETE CASCADE,
    name      TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (parent_id, name)
);
CREATE INDEX event_type_parent ON event_type (parent_id);

CREATE TABLE incident (
    id             INTEGER PRIMARY KEY,
    event_date     TEXT,
    time_precision TEXT NOT NULL DEFAULT 'day' CHECK (time_precision IN ('day', 'week', 'month', 'year')),
    event_type     TEXT NOT NULL DEFAULT '',
    sub_event_type TEXT NOT NULL DEFAULT '',
    actor1_id      INTEGER REFERENCES entity (id) ON DELETE SET NULL,
    actor2_id      INTEGER REFERENCES entity (id) ON DELETE SET NULL,
    country        TEXT NOT NULL DEFAULT '',
    admin1         TEXT NOT NULL DEFAULT '',
    admin2         TEXT NOT NULL DEFAULT '',
    location       TEXT NOT NULL DEFAULT '',
    latitude       REAL,
    longitude      REAL,
    geo_precision  INTEGER CHECK (geo_precision IS NULL OR geo_precision BETWEEN 1 AND 3),
    fatalities     INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
    notes          TEXT NOT NULL DEFAULT '',
    status_id      INTEGER REFERENCES status (id),
    source_key     TEXT UNIQUE,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX incident_date ON incident (event_date);
CREATE INDEX incident_actor1 ON incident (actor1_id);
CREATE INDEX incident_actor2 ON incident (actor2_id);
CREATE INDEX incident_status ON incident (status_id);

CREATE TABLE incident_claim (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    claim_id    INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX incident_claim_claim ON incident_claim (claim_id);

CREATE TABLE incident_article (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, article_id)
) WITHOUT ROWID;
CREATE INDEX incident_article_article ON incident_article (article_id);

CREATE TABLE history (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user       TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX history_row ON history (table_name, row_id);
CREATE INDEX history_at ON history (at);
)sql";

/// The full-text index of version 1, spelled per engine: FTS5 in a file; on a server a generated tsvector column
/// (title A, captions C, body D, split into words as FTS5's unicode61 does) with a GIN index.
constexpr const char *kFtsSqlite = R"sql(
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, body, captions,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, body, captions)
    VALUES ('delete', old.id, old.title, old.body, old.captions);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body, captions ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, body, captions)
    VALUES ('delete', old.id, old.title, old.body, old.captions);
    INSERT INTO article_fts (rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;

)sql";

QByteArray ftsPostgres()
{
    return "ALTER TABLE article ADD COLUMN fts tsvector GENERATED ALWAYS AS (" +
           SqlDialect::ftsDocumentSql("title", "body", "captions") +
           ") STORED;\n"
           "CREATE INDEX article_fts ON article USING gin (fts);\n";
}

/// Version 2: incident.import_hash, the content an import last wrote (IncidentStore::contentHash), so that a
/// re-import can tell a row the source revised from an incident an analyst edited. Incidents imported before
/// it are marked only when never updated since (created_at = updated_at); an edited or unknown one keeps no mark
/// and a re-import that would change it reports a conflict instead of overwriting.
void addImportHash(Database &db)
{
    db.exec("ALTER TABLE incident ADD COLUMN import_hash TEXT");
    QList<qint64> unedited;
    Statement st(db, "SELECT id FROM incident WHERE source_key IS NOT NULL AND created_at = updated_at");
    while (st.step())
        unedited << st.integer(0);
    IncidentStore incidents(db);
    for (const qint64 id : unedited) {
        if (const std::optional<Incident> incident = incidents.incident(id))
            incidents.setImportHash(id, IncidentStore::contentHash(*incident));
    }
}

/// Version 3 (issue 12, web import): what was fetched for an article (web_capture: the raw bytes compressed with zlib,
/// the requested and final URL, fetch time, HTTP status, content type, SHA-256), which capture and feed entry an
/// article came from (article_web), feed subscriptions (feed) and feed categories as article tags (article_tag).
void addWebImport(Database &db)
{
    db.exec(R"sql(
CREATE TABLE IF NOT EXISTS web_capture (
    id            INTEGER PRIMARY KEY,
    requested_url TEXT NOT NULL,
    final_url     TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    http_status   INTEGER NOT NULL,
    content_type  TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    raw           BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS feed (
    id               INTEGER PRIMARY KEY,
    url              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL DEFAULT '',
    interval_minutes INTEGER NOT NULL DEFAULT 60 CHECK (interval_minutes > 0),
    full_text        INTEGER NOT NULL DEFAULT 1,
    etag             TEXT NOT NULL DEFAULT '',
    last_modified    TEXT NOT NULL DEFAULT '',
    last_fetched     TEXT,
    last_error       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS article_web (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    capture_id INTEGER REFERENCES web_capture (id) ON DELETE SET NULL,
    feed_id    INTEGER REFERENCES feed (id) ON DELETE SET NULL,
    guid       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS article_web_capture ON article_web (capture_id);
CREATE INDEX IF NOT EXISTS article_web_feed ON article_web (feed_id);
CREATE INDEX IF NOT EXISTS article_web_guid ON article_web (guid);
CREATE TABLE IF NOT EXISTS article_tag (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX IF NOT EXISTS article_tag_tag ON article_tag (tag_id);
CREATE INDEX IF NOT EXISTS article_url ON article (url);
)sql");
}

/// Version 3 (issue 12, near-duplicates): each article's MinHash signature and story (SimilarStore), and its
/// LSH band keys, indexed so that finding an article's candidate copies is a few index lookups. Articles from
/// before get theirs computed here.
void addStories(Database &db)
{
    db.exec("CREATE TABLE IF NOT EXISTS article_signature ("
            " article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,"
            " story_id INTEGER NOT NULL,"
            " minhash BLOB NOT NULL);"
            "CREATE INDEX IF NOT EXISTS article_signature_story ON article_signature (story_id);"
            "CREATE TABLE IF NOT EXISTS article_lsh ("
            " bucket INTEGER NOT NULL,"
            " article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE);"
            "CREATE INDEX IF NOT EXISTS article_lsh_bucket ON article_lsh (bucket);"
            "CREATE INDEX IF NOT EXISTS article_lsh_article ON article_lsh (article_id);");
    SimilarStore(db).addMissing();
}

/// Version 3: indexes the claims table sorts by (issue 14): last change of a claim, and article title. With them a
/// page of 200,000 claims sorted by either is read from the index instead of sorting every claim.
void addClaimTableIndexes(Database &db)
{
    db.exec("CREATE INDEX IF NOT EXISTS claim_updated ON claim (updated_at);"
            "CREATE INDEX IF NOT EXISTS article_title ON article (title);");
}

/// Version 3 (suggested claims): the suggestions an analyst rejected, per article, so they stay rejected; and
/// how many suggestions each article still has, for the library's column and filter (NULL = not analysed).
void addSuggestionTables(Database &db)
{
    db.exec(R"sql(
CREATE TABLE IF NOT EXISTS suggestion_rejection (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    PRIMARY KEY (article_id, start_cp, end_cp)
);
CREATE TABLE IF NOT EXISTS suggestion_count (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    pending    INTEGER NOT NULL
);
)sql");
}

/// Version 4 (issue 14): a full-text index over each claim's quote, statement and rationale, for the claims
/// table's word filter (the library's query syntax: words, "phrases", prefix*, AND / OR / NOT). In a file an
/// external-content FTS5 table kept in step by triggers, as article_fts; on a server a generated tsvector column
/// with a GIN index, as article.fts. Both are filled from the claims already there.
constexpr const char *kClaimFtsSqlite = R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS claim_fts USING fts5 (
    quote, statement, rationale,
    content = 'claim', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts (rowid, quote, statement, rationale) VALUES (new.id, new.quote, new.statement, new.rationale);
END;
CREATE TRIGGER IF NOT EXISTS claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, quote, statement, rationale)
    VALUES ('delete', old.id, old.quote, old.statement, old.rationale);
END;
CREATE TRIGGER IF NOT EXISTS claim_fts_update AFTER UPDATE OF quote, statement, rationale ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, quote, statement, rationale)
    VALUES ('delete', old.id, old.quote, old.statement, old.rationale);
    INSERT INTO claim_fts (rowid, quote, statement, rationale) VALUES (new.id, new.quote, new.statement, new.rationale);
END;
INSERT INTO claim_fts (claim_fts) VALUES ('rebuild');
)sql";

void addClaimFts(Database &db)
{
    if (db.isPostgres()) {
        // Adding a stored generated column rewrites the table, which computes it for every claim already there.
        db.execNative(("ALTER TABLE claim ADD COLUMN IF NOT EXISTS fts tsvector GENERATED ALWAYS AS (" +
                       SqlDialect::ftsColumnsSql({"quote", "statement", "rationale"}) +
                       ") STORED;\n"
                       "CREATE INDEX IF NOT EXISTS claim_fts ON claim USING gin (fts);\n")
                          .constData());
    } else {
        db.exec(kClaimFtsSqlite);
    }
}

/// Version 5 (issue 12, near-duplicates at scale): an article's LSH candidates are read newest first and at most
/// SimilarStore::kBucketCandidates a band, so a band key shared by many unrelated articles (boilerplate) costs a
/// bounded lookup. The (bucket, article_id) index serves that order and replaces the index on bucket alone.
void addLshBucketOrder(Database &db)
{
    db.exec("CREATE INDEX IF NOT EXISTS article_lsh_bucket_article ON article_lsh (bucket, article_id);"
            "DROP INDEX IF EXISTS article_lsh_bucket;");
}

/// Version 6 (issue 15, library speed on a server). An article row keeps only what the library reads: the body and
/// the tsvector (about 1.8 + 2.7 KB an article) go to the TOAST table (toast_tuple_target at its minimum) while the
/// short columns stay in the row (storage MAIN: moved out only past 8 KB), so the heap a sort or filter scans is a
/// few hundred bytes an article instead of two kilobytes (applies to rows written from now on). And indexes in the
/// library's two common sort orders, each direction with its ascending id tie-break (ArticleStore::ids), hold the
/// filtered columns too, so that after the import's VACUUM a sort of every article is an index-only scan instead of
/// a sort (with the ICU collation, for titles). Nothing changes in a file.
void serveLibrarySorts(Database &db)
{
    if (!db.isPostgres())
        return;
    db.execNative("ALTER TABLE article SET (toast_tuple_target = 128), "
                  "ALTER COLUMN uid SET STORAGE MAIN, ALTER COLUMN title SET STORAGE MAIN, "
                  "ALTER COLUMN outlet SET STORAGE MAIN, ALTER COLUMN url SET STORAGE MAIN, "
                  "ALTER COLUMN author SET STORAGE MAIN, ALTER COLUMN published SET STORAGE MAIN, "
                  "ALTER COLUMN date_precision SET STORAGE MAIN, ALTER COLUMN language SET STORAGE MAIN, "
                  "ALTER COLUMN source_file SET STORAGE MAIN, ALTER COLUMN imported_at SET STORAGE MAIN, "
                  "ALTER COLUMN review_state SET STORAGE MAIN;\n"
                  "CREATE INDEX IF NOT EXISTS article_published_order ON article (published ASC NULLS LAST, id) "
                  "INCLUDE (review_state, outlet);\n"
                  "CREATE INDEX IF NOT EXISTS article_published_order_desc ON article (published DESC NULLS LAST, id) "
                  "INCLUDE (review_state, outlet);\n"
                  "CREATE INDEX IF NOT EXISTS article_title_order ON article (title COLLATE nocase, id) "
                  "INCLUDE (review_state, outlet);\n"
                  "CREATE INDEX IF NOT EXISTS article_title_order_desc ON article (title COLLATE nocase DESC, id) "
                  "INCLUDE (review_state, outlet);\n");
}

/// Version 7 (issue 15, search parity): on a server, the articles' and claims' full-text columns drop accents as FTS5
/// does in a file ("Zurich" finds "Zürich"; SqlDialect::ftsPart). A generated column's expression cannot be
/// altered in PostgreSQL 15: each is dropped (with its index) and added again, which computes it for every row.
/// Nothing changes in a file.
void foldAccentsOnServer(Database &db)
{
    if (!db.isPostgres())
        return;
    db.execNative(("ALTER TABLE article DROP COLUMN IF EXISTS fts;\n" + ftsPostgres() +
                   "ALTER TABLE claim DROP COLUMN IF EXISTS fts;\n"
                   "ALTER TABLE claim ADD COLUMN fts tsvector GENERATED ALWAYS AS (" +
                   SqlDialect::ftsColumnsSql({"quote", "statement", "rationale"}) +
                   ") STORED;\n"
                   "CREATE INDEX IF NOT EXISTS claim_fts ON claim USING gin (fts);\n")
                      .constData());
}

/// Runs every step from fromVersion to kVersion and records the version.
void upgrade(Database &db, int fromVersion)
{
    for (int version = fromVersion; version < kVersion; ++version) {
        switch (version) {
        case 1:
            addImportHash(db);
            break;
        case 2:
            addStories(db);
            addClaimTableIndexes(db);
            addSuggestionTables(db);
            addWebImport(db);
            break;
        case 3:
            addClaimFts(db);
            break;
        case 4:
            addLshBucketOrder(db);
            break;
        case 5:
            serveLibrarySorts(db);
            break;
        case 6:
            foldAccentsOnServer(db);
            break;
        default:
            throw StoreError(QStringLiteral("no migration from schema version %1").arg(version));
        }
    }
    db.setUserVersion(kVersion);
    db.schemaChanged();
}

} // namespace

void create(Database &db)
{
    Transaction tx(db);
    if (db.isPostgres()) {
        // SQLite's NOCASE on a server: a case-insensitive ICU collation (unique names, sorting).
        db.execNative("CREATE COLLATION IF NOT EXISTS nocase "
                      "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)");
    }
    db.exec(kCreateV1);
    if (db.isPostgres())
        db.execNative(ftsPostgres().constData());
    else
        db.exec(kFtsSqlite);
    VocabularyStore::seed(db);
    static_assert(kApplicationId == 1397311060);
    if (db.isPostgres()) {
        // A server database has no header: the application id and the version are rows of meta.
        db.exec("INSERT INTO meta (key, value) VALUES ('application_id', '1397311060'), ('user_version', '1')");
    } else {
        db.exec("PRAGMA application_id = 1397311060");
    }
    db.schemaChanged();
    upgrade(db, 1);
    tx.commit();
}

void migrate(Database &db, int fromVersion)
{
    // Version 1 is the first released layout; each later version adds one step in upgrade().
    Transaction tx(db);
    upgrade(db, fromVersion);
    tx.commit();
}

} // namespace sift::Schema
