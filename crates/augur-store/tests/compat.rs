//! Schema compatibility: a database written by schema version 1 opens, migrates and keeps
//! working. `tests/fixtures/v1.sql` is an SQL dump of a database written by the v1
//! migration code path (see `write_v1`), kept as text so that it diffs and is not caught by
//! `*.db` ignore rules; the tests re-create the database from it. `AUGUR_BLESS=1` rewrites it.

mod common;

use std::path::{Path, PathBuf};

use augur_core::Lang;
use augur_store::minhash::Signature;
use augur_store::synth::{self, MentionSpec};
use augur_store::{schema, EventFilter, Store, StoredDoc};
use common::TempDir;
use rusqlite::{params, Connection};

const TEXT: &str = "Chinese Foreign Minister Wang Yi met German Foreign Minister Annalena Baerbock in Beijing on \
    Tuesday to discuss trade, climate policy and the war in Ukraine, officials said after the talks.";

fn v1_doc() -> StoredDoc {
    let d = synth::document(TEXT, Some("https://wire.example/1"), Some("wire.example"), Some("2024-03-05"), Lang::En);
    let m = synth::mention(
        &d,
        &MentionSpec {
            source: ("CHNGOV", "Wang Yi"),
            target: Some(("DEUGOV", "Annalena Baerbock")),
            cameo: "040",
            date: Some("2024-03-05"),
            trigger: "met",
            ..Default::default()
        },
    );
    StoredDoc::new(d, vec![m])
}

/// Writes a database as schema version 1 stored it: the v1 migration, then rows in the v1
/// column layout.
fn write_v1(path: &Path) {
    let mut c = Connection::open(path).unwrap();
    c.execute_batch("PRAGMA page_size = 1024; PRAGMA journal_mode = DELETE;").unwrap();
    schema::migrate_to(&mut c, 1).unwrap();
    let sd = v1_doc();
    let d = &sd.doc;
    let m = &sd.mentions[0];
    let now = "2024-03-06T08:00:00Z";
    c.execute(
        "INSERT INTO documents(id, source, source_record, content_hash, title, date, day, author, lang, declared_lang, \
         lang_confidence, mixed_lang, site, url, text, paragraphs, diagnostics, ingest_time, version, signature) \
         VALUES (?1, ?2, NULL, ?3, ?4, ?5, 19787, NULL, 'en', 'en', 0.99, 0, ?6, ?7, ?8, ?9, '[]', ?10, ?11, ?12)",
        params![
            d.id.as_str(),
            d.source.location,
            d.content_hash,
            d.meta.title,
            d.meta.date,
            d.meta.site,
            d.meta.url,
            d.text,
            serde_json::to_string(&d.paragraphs).unwrap(),
            now,
            m.version.compact(),
            Signature::of(&d.text).unwrap().to_bytes(),
        ],
    )
    .unwrap();
    c.execute(
        "INSERT INTO events(id, block_key, anchor_day, source_code, source_country, target_code, target_country, cameo, \
         root, quad, goldstein, plover, day, location, first_seen, first_mention, num_mentions, num_articles, \
         num_sources, is_root_event, version) VALUES (1, 'CHN|DEU|04', 19787, 'CHNGOV', 'CHN', 'DEUGOV', 'DEU', '040', \
         '04', 1, ?1, 'CONSULT', 19787, NULL, ?2, ?3, 1, 1, 1, 1, ?4)",
        params![f64::from(m.goldstein), now, m.id(), m.version.compact()],
    )
    .unwrap();
    c.execute(
        "INSERT INTO mentions(id, doc_id, event_id, sentence, source_code, target_code, cameo, root, quad, plover, \
         goldstein, day, version, json) VALUES (?1, ?2, 1, 0, 'CHNGOV', 'DEUGOV', '040', '04', 1, 'CONSULT', ?3, 19787, \
         ?4, ?5)",
        params![m.id(), d.id.as_str(), f64::from(m.goldstein), m.version.compact(), serde_json::to_string(m).unwrap()],
    )
    .unwrap();
}

/// Every row of every table, as text, for comparing databases by content.
fn dump(path: &Path) -> Vec<String> {
    let c = Connection::open(path).unwrap();
    let mut out = vec![format!("user_version {}", schema::version(&c).unwrap())];
    let mut st = c.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").unwrap();
    let rows = st.query_map([], |r| {
        Ok(format!("{:?}", (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)))
    });
    out.extend(rows.unwrap().map(|r| r.unwrap()));
    let tables: Vec<String> = {
        let mut st = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    };
    for t in tables {
        let mut st = c.prepare(&format!("SELECT * FROM {t} ORDER BY 1")).unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let vals: Vec<String> =
                (0..n).map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap())).collect();
            out.push(format!("{t}: {}", vals.join(" | ")));
        }
    }
    out
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.sql")
}

fn sql_literal(v: rusqlite::types::Value) -> String {
    use rusqlite::types::Value;
    match v {
        Value::Null => "NULL".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => format!("{f:?}"),
        Value::Text(t) => format!("'{}'", t.replace('\'', "''")),
        Value::Blob(b) => format!("X'{}'", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
    }
}

/// An SQL dump: user version, schema, then every row as an INSERT.
fn dump_sql(path: &Path) -> String {
    let c = Connection::open(path).unwrap();
    let mut out = format!("PRAGMA user_version = {};\n", schema::version(&c).unwrap());
    let objects: Vec<(String, String, String)> = {
        let mut st = c
            .prepare(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' \
                 ORDER BY type = 'index', rowid",
            )
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(|r| r.unwrap()).collect()
    };
    for (_, _, sql) in &objects {
        out.push_str(&format!("{sql};\n"));
    }
    for (kind, name, _) in &objects {
        if kind != "table" {
            continue;
        }
        let mut st = c.prepare(&format!("SELECT * FROM {name} ORDER BY rowid")).unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let vals: Vec<String> = (0..n).map(|i| sql_literal(r.get(i).unwrap())).collect();
            out.push_str(&format!("INSERT INTO {name} VALUES ({});\n", vals.join(", ")));
        }
    }
    out
}

/// Re-creates the fixture database from its dump.
fn restore(path: &Path) {
    let sql = std::fs::read_to_string(fixture()).unwrap();
    let c = Connection::open(path).unwrap();
    c.execute_batch(&format!("BEGIN; {sql} COMMIT;")).unwrap();
}

#[test]
fn committed_v1_fixture_matches_the_v1_code_path() {
    let dir = TempDir::new("v1gen");
    let fresh = dir.path("v1.db");
    write_v1(&fresh);
    let dumped = dump_sql(&fresh);
    if std::env::var_os("AUGUR_BLESS").is_some() {
        std::fs::write(fixture(), &dumped).unwrap();
    }
    assert_eq!(std::fs::read_to_string(fixture()).unwrap(), dumped);
    // And the dump restores to the same database, row for row.
    let restored = dir.path("restored.db");
    restore(&restored);
    assert_eq!(dump(&restored), dump(&fresh));
}

#[test]
fn v1_database_opens_migrates_and_keeps_working() {
    let dir = TempDir::new("v1open");
    let path = dir.path("old.db");
    restore(&path);
    let mut store = Store::open_with(&path, common::fixed()).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::LATEST);
    let old = v1_doc();
    // The old rows read back through the current API.
    let doc = store.document(&old.doc.id).unwrap().unwrap();
    assert_eq!(doc.doc.text, old.doc.text);
    assert_eq!(doc.syndication_group.as_deref(), Some(old.doc.id.as_str()));
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!((events[0].source.name.as_str(), events[0].num_articles), ("Wang Yi", 1));
    // Backfilled: actors seen, and the LSH index, so a later copy links to the old story.
    let actors: Vec<(String, u64)> = store.actors_seen().unwrap().into_iter().map(|a| (a.code, a.count)).collect();
    assert_eq!(actors, vec![("CHNGOV".to_string(), 1), ("DEUGOV".to_string(), 1)]);
    assert_eq!(store.insert_batch(std::slice::from_ref(&old), &[]).unwrap().duplicates, 1);
    let copy_text = format!("BEIJING (Wire) - {TEXT}");
    let copy = synth::document(
        &copy_text,
        Some("https://other.example/2"),
        Some("other.example"),
        Some("2024-03-05"),
        Lang::En,
    );
    let m = synth::mention(
        &copy,
        &MentionSpec {
            source: ("DEUGOV", "Annalena Baerbock"),
            target: Some(("CHNGOV", "Wang Yi")),
            cameo: "040",
            date: Some("2024-03-05"),
            trigger: "met",
            ..Default::default()
        },
    );
    let r = store.insert_batch(&[StoredDoc::new(copy, vec![m])], &[]).unwrap();
    assert_eq!((r.inserted, r.syndicated, r.new_events), (1, 1, 0));
    let e = store.events(&EventFilter::default()).unwrap();
    assert_eq!((e.len(), e[0].num_articles, e[0].num_sources), (1, 2, 1));
    // Opening again is a no-op.
    drop(store);
    let again = Store::open(&path).unwrap();
    assert_eq!(again.counts().unwrap().documents, 2);
}
