//! The schema and its versioned migrations. `PRAGMA user_version` holds the version; each
//! step runs in its own transaction, so an interrupted migration leaves the previous version.

use rusqlite::{Connection, Transaction};

use crate::minhash::Signature;

use crate::error::{Result, StoreError};

/// One migration step: the SQL that takes the schema from `version - 1` to `version`.
pub struct Migration {
    pub version: i64,
    pub description: &'static str,
    pub sql: &'static str,
    /// Work SQL cannot do, run in the same transaction after `sql`.
    pub post: Option<fn(&Transaction<'_>) -> Result<()>>,
}

/// Version 2 backfill: the LSH keys of the signatures version 1 stored.
fn v2_backfill_lsh(tx: &Transaction<'_>) -> Result<()> {
    let mut st = tx.prepare("SELECT id, signature FROM documents WHERE signature IS NOT NULL")?;
    let mut ins = tx.prepare("INSERT OR IGNORE INTO doc_lsh(key, doc_id) VALUES (?1, ?2)")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let blob: Vec<u8> = r.get(1)?;
        if let Some(sig) = Signature::from_bytes(&blob) {
            for k in sig.band_keys() {
                ins.execute(rusqlite::params![k, id])?;
            }
        }
    }
    Ok(())
}

/// Version 1: documents, failures, mentions and event clusters.
const V1: &str = r#"
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,
    source_record   TEXT,
    content_hash    TEXT NOT NULL UNIQUE,
    title           TEXT,
    date            TEXT,
    day             INTEGER,
    author          TEXT,
    lang            TEXT NOT NULL,
    declared_lang   TEXT,
    lang_confidence REAL NOT NULL,
    mixed_lang      INTEGER NOT NULL,
    site            TEXT,
    url             TEXT,
    text            TEXT NOT NULL,
    paragraphs      TEXT NOT NULL,
    diagnostics     TEXT NOT NULL,
    ingest_time     TEXT NOT NULL,
    version         TEXT,
    signature       BLOB
);
CREATE INDEX documents_day ON documents(day);
CREATE TABLE failures (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage  TEXT NOT NULL,
    time   TEXT NOT NULL
);
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    block_key      TEXT NOT NULL,
    anchor_day     INTEGER NOT NULL,
    source_code    TEXT NOT NULL,
    source_country TEXT NOT NULL,
    target_code    TEXT,
    target_country TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad           INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT NOT NULL,
    day            INTEGER NOT NULL,
    location       TEXT,
    first_seen     TEXT NOT NULL,
    first_mention  TEXT NOT NULL,
    num_mentions   INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL,
    is_root_event  INTEGER NOT NULL,
    version        TEXT NOT NULL
);
CREATE INDEX events_block ON events(block_key, anchor_day);
CREATE INDEX events_day ON events(day);
CREATE TABLE mentions (
    id          TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(id),
    event_id    INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    source_code TEXT NOT NULL,
    target_code TEXT,
    cameo       TEXT NOT NULL,
    root        TEXT NOT NULL,
    quad        INTEGER NOT NULL,
    plover      TEXT NOT NULL,
    goldstein   REAL NOT NULL,
    day         INTEGER NOT NULL,
    version     TEXT NOT NULL,
    json        TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_event ON mentions(event_id);
"#;

/// Version 2: syndication groups with a MinHash LSH index, event redirects for merged
/// clusters, the actors seen, actor names on events and trigger words on mentions (so that
/// mentions can be stored compactly, see [`crate::codec`]). Existing rows are backfilled.
const V2: &str = r#"
ALTER TABLE documents ADD COLUMN synd_group TEXT;
UPDATE documents SET synd_group = id;
CREATE TABLE doc_lsh (
    key    INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;
ALTER TABLE events ADD COLUMN source_name TEXT;
ALTER TABLE events ADD COLUMN target_name TEXT;
UPDATE events SET
    source_name = (SELECT json_extract(m.json, '$.source.actor.name') FROM mentions m WHERE m.id = events.first_mention),
    target_name = (SELECT json_extract(m.json, '$.target.actor.name') FROM mentions m WHERE m.id = events.first_mention);
ALTER TABLE mentions ADD COLUMN trigger_text TEXT;
UPDATE mentions SET trigger_text = json_extract(json, '$.trigger_text');
CREATE TABLE event_redirects (
    old_id INTEGER PRIMARY KEY,
    new_id INTEGER NOT NULL,
    time   TEXT NOT NULL
);
CREATE TABLE actors_seen (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    count      INTEGER NOT NULL
);
INSERT INTO actors_seen(code, name, first_seen, count)
SELECT code, COALESCE(MAX(name), ''), MIN(t), COUNT(*) FROM (
    SELECT m.source_code AS code, json_extract(m.json, '$.source.actor.name') AS name, d.ingest_time AS t
        FROM mentions m JOIN documents d ON d.id = m.doc_id
    UNION ALL
    SELECT m.target_code, json_extract(m.json, '$.target.actor.name'), d.ingest_time
        FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.target_code IS NOT NULL
) GROUP BY code;
"#;

/// Every migration, in order. Append only: a released step is never edited.
pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, description: "documents, failures, mentions, events", sql: V1, post: None },
    Migration {
        version: 2,
        description: "syndication bands, event redirects, actors seen",
        sql: V2,
        post: Some(v2_backfill_lsh),
    },
];

/// The schema version this build writes.
pub const LATEST: i64 = 2;

/// The schema version of an open database (0 for a new one).
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Migrates to `target` (at most [`LATEST`]); returns the version found before.
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<i64> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(StoreError::SchemaTooNew { found, supported: LATEST });
    }
    for m in MIGRATIONS.iter().filter(|m| m.version > found && m.version <= target) {
        let tx = conn.transaction()?;
        tx.execute_batch(m.sql)?;
        if let Some(post) = m.post {
            post(&tx)?;
        }
        // PRAGMA takes no bound parameters; the value is our own constant.
        tx.execute_batch(&format!("PRAGMA user_version = {}", m.version))?;
        tx.commit()?;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_contiguous_and_end_at_latest() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "{}", m.description);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.version), Some(LATEST));
    }

    #[test]
    fn step_by_step_equals_all_at_once() {
        let mut a = Connection::open_in_memory().unwrap();
        migrate_to(&mut a, 1).unwrap();
        migrate_to(&mut a, LATEST).unwrap();
        let mut b = Connection::open_in_memory().unwrap();
        migrate_to(&mut b, LATEST).unwrap();
        let schema = |c: &Connection| -> Vec<String> {
            let mut st = c.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").unwrap();
            st.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
        };
        assert_eq!(schema(&a), schema(&b));
        assert_eq!(version(&a).unwrap(), LATEST);
    }

    #[test]
    fn newer_schema_is_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch("PRAGMA user_version = 99").unwrap();
        assert!(matches!(migrate_to(&mut c, LATEST), Err(StoreError::SchemaTooNew { found: 99, .. })));
    }
}
