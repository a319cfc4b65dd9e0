//! The store: opening, batch inserts, re-coding, and reading documents back.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use augur_core::{Actor, DocId, DocMeta, Document, EventMention, Lang, SourceRef, VersionStamp};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::cluster::{location_key, Assignment, ClusterConfig, ClusterIndex, MentionKey};
use crate::codec;
use crate::dates::{self, Precision};
use crate::error::{Result, StoreError};
use crate::minhash::{self, Signature};
use crate::schema;
use crate::types::{BatchReport, DocFilter, Failure, FailureRow, ReplaceReport, StoredDoc, StoredDocument};

/// Where the store's timestamps (ingest time, first seen, failure time) come from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    System,
    /// Always this RFC 3339 time: for reproducible exports and tests.
    Fixed(String),
}

/// Store settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoreConfig {
    pub cluster: ClusterConfig,
    pub clock: Clock,
}

/// Row counts of every table.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub documents: u64,
    pub failures: u64,
    pub mentions: u64,
    pub events: u64,
    pub redirects: u64,
    pub actors: u64,
}

/// A stored mention with its id and current event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoredMention {
    pub id: String,
    pub event_id: i64,
    pub mention: EventMention,
}

/// An actor code seen in some mention.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ActorSeen {
    pub code: String,
    pub name: String,
    pub first_seen: String,
    pub count: u64,
}

/// The embedded event store. See the crate documentation for an example.
pub struct Store {
    pub(crate) conn: Connection,
    config: StoreConfig,
    /// The cluster index with the `data_version` it was loaded at; loaded on first write,
    /// dropped after a failed transaction so it is rebuilt from what was committed.
    index: Option<(i64, ClusterIndex)>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.conn.path()).field("config", &self.config).finish()
    }
}

impl Store {
    /// Opens (creating and migrating as needed) the database at `path`, in WAL mode.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with(path, StoreConfig::default())
    }

    pub fn open_with(path: impl AsRef<Path>, config: StoreConfig) -> Result<Store> {
        let conn = Connection::open(path.as_ref())?;
        // Only takes effect on a new database: 8 KiB pages pack ~1 KB document and mention
        // rows with less slack than the 4 KiB default.
        conn.execute_batch("PRAGMA page_size = 8192;")?;
        // WAL: readers do not block the writer; NORMAL sync survives a killed process
        // (every committed transaction is in the WAL), though not a power cut mid-checkpoint.
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        // A page cache well above the default 2 MiB and memory-mapped reads: the indexes
        // of a large store are otherwise re-read from the OS with a syscall per page.
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;")?;
        conn.query_row("PRAGMA mmap_size = 268435456", [], |_| Ok(()))?;
        Store::init(conn, config)
    }

    pub fn open_in_memory() -> Result<Store> {
        Store::open_in_memory_with(StoreConfig::default())
    }

    pub fn open_in_memory_with(config: StoreConfig) -> Result<Store> {
        Store::init(Connection::open_in_memory()?, config)
    }

    fn init(mut conn: Connection, config: StoreConfig) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // More statements than the default 16 are in use per batch; re-preparing is costly.
        conn.set_prepared_statement_cache_capacity(64);
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        schema::migrate_to(&mut conn, schema::LATEST)?;
        Ok(Store { conn, config, index: None })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        schema::version(&self.conn)
    }

    pub fn config(&self) -> &StoreConfig {
        &self.config
    }

    /// The underlying connection, for read-only ad-hoc SQL.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn now(&self) -> String {
        match &self.config.clock {
            Clock::System => dates::now_rfc3339(),
            Clock::Fixed(t) => t.clone(),
        }
    }

    /// Stores a batch of coded documents and failures in one transaction. Documents already
    /// stored (same id or content hash) are counted as duplicates and change nothing, so a
    /// batch can be replayed after a crash.
    pub fn insert_batch(&mut self, docs: &[StoredDoc], failures: &[Failure]) -> Result<BatchReport> {
        let now = self.now();
        let config = self.config.cluster.clone();
        self.write(|tx, index| insert_batch_tx(tx, index, &config, &now, docs, failures))
    }

    /// Replaces the mentions of a stored document (re-coding with new lexicons or models).
    /// Events left without mentions are removed and redirected to the event the document's
    /// first new mention joined.
    pub fn replace_mentions(&mut self, doc: &DocId, mentions: &[EventMention]) -> Result<ReplaceReport> {
        let now = self.now();
        let config = self.config.cluster.clone();
        self.write(|tx, index| replace_tx(tx, index, &config, &now, doc, mentions))
    }

    /// Runs `f` in one write transaction, taken at once (`BEGIN IMMEDIATE`) so that no other
    /// writer can slip in between loading the cluster index and using it. After a failure
    /// the index is dropped and rebuilt from what was committed.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>, &mut ClusterIndex) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (version, mut index) = take_index(&mut self.index, &tx)?;
        let out = f(&tx, &mut index)?;
        tx.commit()?;
        self.index = Some((version, index));
        Ok(out)
    }

    /// One document by id.
    pub fn document(&self, id: &DocId) -> Result<Option<StoredDocument>> {
        let sql = format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1");
        Ok(self.conn.query_row(&sql, [id.as_str()], doc_from_row).optional()?)
    }

    /// Whether a document with this id is stored (without reading it).
    pub fn has_document(&self, id: &DocId) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [id.as_str()], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Documents matching `filter`, in ingest order.
    pub fn documents(&self, filter: &DocFilter) -> Result<Vec<StoredDocument>> {
        let mut sql = format!("SELECT {DOC_COLUMNS} FROM documents WHERE 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut push = |cond: &str, v: rusqlite::types::Value| {
            args.push(v);
            sql.push_str(&format!(" AND {cond} ?{}", args.len()));
        };
        if let Some(l) = filter.lang {
            push("lang =", l.code().to_string().into());
        }
        if let Some(s) = &filter.site {
            push("site =", s.clone().into());
        }
        if let Some(g) = &filter.syndication_group {
            push("synd_group =", g.clone().into());
        }
        if let Some(d) = &filter.date_from {
            push("day >=", parse_bound(d)?.into());
        }
        if let Some(d) = &filter.date_to {
            push("day <=", parse_bound(d)?.into());
        }
        sql.push_str(" ORDER BY rowid");
        if let Some(n) = filter.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args), doc_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every failure row, oldest first.
    pub fn failures(&self) -> Result<Vec<FailureRow>> {
        let mut st = self.conn.prepare("SELECT id, source, reason, stage, time FROM failures ORDER BY id")?;
        let rows = st.query_map([], |r| {
            Ok(FailureRow { id: r.get(0)?, source: r.get(1)?, reason: r.get(2)?, stage: r.get(3)?, time: r.get(4)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The mentions of a document, in sentence order.
    pub fn doc_mentions(&self, doc: &DocId) -> Result<Vec<StoredMention>> {
        self.mentions_where("doc_id = ?1", doc.as_str().to_string().into())
    }

    /// The mentions of an event (after following redirects), oldest first.
    pub fn event_mentions(&self, event: i64) -> Result<Vec<StoredMention>> {
        match self.resolve_event(event)? {
            Some(id) => self.mentions_where("event_id = ?1", id.into()),
            None => Ok(Vec::new()),
        }
    }

    fn mentions_where(&self, cond: &str, v: rusqlite::types::Value) -> Result<Vec<StoredMention>> {
        let sql = format!("SELECT id, event_id, json FROM mentions WHERE {cond} ORDER BY rowid");
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query([v])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let json = codec::decode(&blob_col(r, 2)?.unwrap_or_default())?;
            out.push(StoredMention { id: r.get(0)?, event_id: r.get(1)?, mention: serde_json::from_str(&json)? });
        }
        Ok(out)
    }

    /// The current id of an event, following redirects of merged or re-coded clusters;
    /// `None` when there is no such event any more.
    pub fn resolve_event(&self, id: i64) -> Result<Option<i64>> {
        let mut id = id;
        // Redirects are kept flat (old → final), but follow a few steps in case.
        for _ in 0..16 {
            let exists: bool =
                self.conn.query_row("SELECT EXISTS(SELECT 1 FROM events WHERE id = ?1)", [id], |r| r.get(0))?;
            if exists {
                return Ok(Some(id));
            }
            match self
                .conn
                .query_row("SELECT new_id FROM event_redirects WHERE old_id = ?1", [id], |r| r.get(0))
                .optional()?
            {
                Some(n) => id = n,
                None => return Ok(None),
            }
        }
        Ok(None)
    }

    /// Row counts of every table.
    pub fn counts(&self) -> Result<Counts> {
        let c = |t: &str| -> Result<u64> {
            Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(Counts {
            documents: c("documents")?,
            failures: c("failures")?,
            mentions: c("mentions")?,
            events: c("events")?,
            redirects: c("event_redirects")?,
            actors: c("actors_seen")?,
        })
    }

    /// Actor codes seen, most frequent first.
    pub fn actors_seen(&self) -> Result<Vec<ActorSeen>> {
        let mut st =
            self.conn.prepare("SELECT code, name, first_seen, count FROM actors_seen ORDER BY count DESC, code")?;
        let rows = st.query_map([], |r| {
            Ok(ActorSeen { code: r.get(0)?, name: r.get(1)?, first_seen: r.get(2)?, count: r.get::<_, i64>(3)? as u64 })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Checkpoints the WAL into the main file (e.g. before copying or measuring it).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// The cluster index, valid for the open write transaction `tx`: reloaded from the events
/// table when another connection (another process) committed since it was loaded, which
/// `PRAGMA data_version` tells.
fn take_index(cached: &mut Option<(i64, ClusterIndex)>, tx: &Transaction<'_>) -> Result<(i64, ClusterIndex)> {
    let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    if let Some((v, ix)) = cached.take() {
        if v == version {
            return Ok((v, ix));
        }
    }
    let mut ix = ClusterIndex::new();
    let mut st = tx.prepare("SELECT id, block_key, anchor_day, location FROM events")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let loc: Option<String> = r.get(3)?;
        let loc = match loc {
            Some(j) => Some(location_key(&serde_json::from_str(&j)?)),
            None => None,
        };
        ix.insert(&r.get::<_, String>(1)?, r.get(2)?, r.get(0)?, loc);
    }
    Ok((version, ix))
}

pub(crate) fn parse_bound(s: &str) -> Result<i64> {
    dates::parse_day(s)
        .map(|(d, _)| d)
        .ok_or_else(|| StoreError::Invalid { what: "date (YYYY-MM-DD)", value: s.to_string() })
}

const DOC_COLUMNS: &str = "id, source, source_record, content_hash, title, date, author, url, site, declared_lang, \
    lang, lang_confidence, mixed_lang, text, paragraphs, diagnostics, ingest_time, version, synd_group, signature";

fn json_col<T: serde::de::DeserializeOwned>(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    serde_json::from_str(&s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

fn doc_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredDocument> {
    let lang: String = r.get(10)?;
    let doc = Document {
        id: DocId::from_string(r.get::<_, String>(0)?),
        source: SourceRef { location: r.get(1)?, record: r.get(2)? },
        content_hash: r.get(3)?,
        meta: DocMeta {
            title: r.get(4)?,
            date: r.get(5)?,
            author: r.get(6)?,
            url: r.get(7)?,
            site: r.get(8)?,
            lang: r.get(9)?,
        },
        lang: Lang::from_code(&lang).unwrap_or(Lang::Other),
        lang_confidence: r.get::<_, f64>(11)? as f32,
        mixed_lang: r.get(12)?,
        text: r.get(13)?,
        paragraphs: json_col(r, 14)?,
        diagnostics: json_col(r, 15)?,
    };
    Ok(StoredDocument { doc, ingest_time: r.get(16)?, version: r.get(17)?, syndication_group: r.get(18)? })
}

/// The day a mention is dated to: its own date; for a month-only date, the document's date
/// when that falls in the month, else the first of the month; without a date, the
/// document's date; without that, the ingest day.
pub fn mention_day(m: &EventMention, doc_day: Option<i64>, ingest_day: i64) -> i64 {
    match m.date.as_deref().and_then(dates::parse_day) {
        Some((d, Precision::Day)) => d,
        Some((first, Precision::Month)) => match doc_day {
            Some(dd)
                if dd >= first
                    && dd < first + 31
                    && dates::civil_from_days(dd).1 == dates::civil_from_days(first).1 =>
            {
                dd
            }
            _ => first,
        },
        None => doc_day.unwrap_or(ingest_day),
    }
}

fn insert_batch_tx(
    tx: &Transaction<'_>,
    index: &mut ClusterIndex,
    config: &ClusterConfig,
    now: &str,
    docs: &[StoredDoc],
    failures: &[Failure],
) -> Result<BatchReport> {
    let mut report = BatchReport::default();
    for f in failures {
        tx.prepare_cached("INSERT INTO failures(source, reason, stage, time) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![f.source, f.reason, f.stage, f.time.as_deref().unwrap_or(now)])?;
        report.failures += 1;
    }
    let ingest_day = dates::parse_day(now).map(|d| d.0).unwrap_or(0);
    let mut touched = Touched::default();
    let mut actors = ActorTally::default();
    for sd in docs {
        let doc = &sd.doc;
        let doc_day = doc.meta.date.as_deref().and_then(dates::parse_day).map(|d| d.0);
        let sig = Signature::of(&doc.text);
        let version = sd.version.as_ref().or(sd.mentions.first().map(|m| &m.version)).map(VersionStamp::compact);
        // Unique on id and on content hash: an ignored insert is a duplicate.
        let inserted = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO documents(id, source, source_record, content_hash, title, date, day, author, \
                 lang, declared_lang, lang_confidence, mixed_lang, site, url, text, paragraphs, diagnostics, \
                 ingest_time, version, signature, synd_group) VALUES \
                 (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?1)",
            )?
            .execute(params![
                doc.id.as_str(),
                doc.source.location,
                doc.source.record,
                doc.content_hash,
                doc.meta.title,
                doc.meta.date,
                doc_day,
                doc.meta.author,
                doc.lang.code(),
                doc.meta.lang,
                f64::from(doc.lang_confidence),
                doc.mixed_lang,
                doc.meta.site,
                doc.meta.url,
                doc.text,
                serde_json::to_string(&doc.paragraphs)?,
                serde_json::to_string(&doc.diagnostics)?,
                now,
                version,
                sig.as_ref().map(Signature::to_bytes),
            ])?;
        if inserted == 0 {
            report.duplicates += 1;
            continue;
        }
        report.inserted += 1;
        if let Some(sig) = &sig {
            // Before this document's own keys go in, so it cannot find itself.
            if let Some(g) = find_copy(tx, sig)? {
                tx.prepare_cached("UPDATE documents SET synd_group = ?2 WHERE id = ?1")?
                    .execute(params![doc.id.as_str(), g])?;
                report.syndicated += 1;
            }
            insert_lsh(tx, doc.id.as_str(), sig)?;
        }
        let ctx = DocCtx { id: doc.id.as_str(), day: doc_day, ingest_day, now };
        let mut seen = HashSet::new();
        for m in &sd.mentions {
            if let Some(ev) = insert_mention(tx, index, config, &ctx, m, &mut seen, &mut report, &mut touched)? {
                touched.add(ev);
                actors.add(m);
            }
        }
    }
    actors.write(tx, now)?;
    for id in touched.to_refresh() {
        refresh_event(tx, id)?;
    }
    Ok(report)
}

/// Events a batch touched. An event founded in the batch with one mention already has its
/// final counts (written when it was created) and needs no refresh.
#[derive(Default)]
struct Touched {
    founded: HashSet<i64>,
    hits: HashMap<i64, u32>,
}

impl Touched {
    fn found(&mut self, id: i64) {
        self.founded.insert(id);
    }

    fn add(&mut self, id: i64) {
        *self.hits.entry(id).or_default() += 1;
    }

    fn to_refresh(&self) -> BTreeSet<i64> {
        self.hits.iter().filter(|(id, n)| **n > 1 || !self.founded.contains(id)).map(|(id, _)| *id).collect()
    }
}

/// The document's LSH keys, in one statement.
pub(crate) fn insert_lsh(tx: &Transaction<'_>, doc: &str, sig: &Signature) -> Result<()> {
    let k = sig.band_keys();
    tx.prepare_cached(
        "INSERT OR IGNORE INTO doc_lsh(key, doc_id) VALUES (?1, ?9), (?2, ?9), (?3, ?9), (?4, ?9), (?5, ?9), \
         (?6, ?9), (?7, ?9), (?8, ?9)",
    )?
    .execute(params![k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7], doc])?;
    Ok(())
}

/// Actor codes seen in a batch, written once per code at the end.
#[derive(Default)]
struct ActorTally(HashMap<String, (String, i64)>);

impl ActorTally {
    fn add(&mut self, m: &EventMention) {
        for a in std::iter::once(&m.source).chain(m.target.as_ref()) {
            let e = self.0.entry(a.code.clone()).or_insert_with(|| (String::new(), 0));
            if e.0.is_empty() {
                e.0 = if a.actor.name.is_empty() { a.text.clone() } else { a.actor.name.clone() };
            }
            e.1 += 1;
        }
    }

    fn write(self, tx: &Transaction<'_>, now: &str) -> Result<()> {
        for (code, (name, n)) in self.0 {
            tx.prepare_cached(
                "INSERT INTO actors_seen(code, name, first_seen, count) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(code) \
                 DO UPDATE SET count = count + excluded.count, \
                 name = CASE WHEN name = '' THEN excluded.name ELSE name END",
            )?
            .execute(params![code, name, now, n])?;
        }
        Ok(())
    }
}

/// The syndication group of the most similar earlier copy of a document with signature
/// `sig`, if any reaches [`minhash::THRESHOLD`].
fn find_copy(tx: &Transaction<'_>, sig: &Signature) -> Result<Option<String>> {
    let k = sig.band_keys();
    let mut st = tx.prepare_cached(
        "SELECT d.signature, d.synd_group FROM documents d WHERE d.id IN \
         (SELECT doc_id FROM doc_lsh WHERE key IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) LIMIT 256) ORDER BY d.rowid",
    )?;
    let mut rows = st.query(params![k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7]])?;
    let mut best: Option<(f64, String)> = None;
    while let Some(r) = rows.next()? {
        let blob: Option<Vec<u8>> = r.get(0)?;
        let Some(other) = blob.as_deref().and_then(Signature::from_bytes) else { continue };
        let s = sig.similarity(&other);
        if s >= minhash::THRESHOLD && best.as_ref().is_none_or(|(b, _)| s > *b) {
            best = Some((s, r.get(1)?));
        }
    }
    Ok(best.map(|b| b.1))
}

struct DocCtx<'a> {
    id: &'a str,
    day: Option<i64>,
    ingest_day: i64,
    now: &'a str,
}

fn root_of(m: &EventMention) -> &str {
    if m.cameo_root.is_empty() {
        m.cameo.get(..2).unwrap_or(&m.cameo)
    } else {
        &m.cameo_root
    }
}

#[allow(clippy::too_many_arguments)] // the pieces of one batch's state, kept explicit
/// Stores one mention of a document being (re)stored and assigns it to an event; returns
/// the event, or `None` when the document listed the same mention twice.
fn insert_mention(
    tx: &Transaction<'_>,
    index: &mut ClusterIndex,
    config: &ClusterConfig,
    doc: &DocCtx<'_>,
    m: &EventMention,
    seen: &mut HashSet<String>,
    report: &mut BatchReport,
    touched: &mut Touched,
) -> Result<Option<i64>> {
    let mid = m.id();
    if !seen.insert(mid.clone()) {
        return Ok(None);
    }
    let day = mention_day(m, doc.day, doc.ingest_day);
    let block = config.mention_block(m);
    let loc = m.location.as_ref().map(location_key);
    let key = MentionKey { block, day, location: loc.clone() };
    let loc_json = m.location.as_ref().map(serde_json::to_string).transpose()?;
    let root = root_of(m);
    let target_code = m.target.as_ref().map(|t| t.code.as_str());
    let event = match index.assign(&key, config.window_days) {
        Assignment::New => {
            tx.prepare_cached(
                "INSERT INTO events(block_key, anchor_day, source_code, source_country, target_code, \
                 target_country, cameo, root, quad, goldstein, plover, day, location, first_seen, first_mention, \
                 num_mentions, num_articles, num_sources, is_root_event, version, source_name, target_name) VALUES \
                 (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?2, ?12, ?13, ?14, 1, 1, 1, ?18, ?15, ?16, ?17)",
            )?
            .execute(params![
                key.block,
                day,
                m.source.code,
                Actor::scoring_key(&m.source.code),
                target_code,
                target_code.map(Actor::scoring_key),
                m.cameo,
                root,
                m.quad,
                f64::from(m.goldstein),
                m.plover,
                loc_json,
                doc.now,
                mid,
                m.version.compact(),
                actor_name(&m.source),
                m.target.as_ref().map(actor_name),
                m.sentence <= 1,
            ])?;
            let id = tx.last_insert_rowid();
            touched.found(id);
            index.insert(&key.block, day, id, loc);
            report.new_events += 1;
            id
        }
        Assignment::Join(id) => {
            adopt_location(tx, index, id, loc, loc_json.as_deref())?;
            id
        }
        Assignment::Merge { into, absorbed } => {
            for old in absorbed {
                let (b, a): (String, i64) = tx
                    .prepare_cached("SELECT block_key, anchor_day FROM events WHERE id = ?1")?
                    .query_row([old], |r| Ok((r.get(0)?, r.get(1)?)))?;
                tx.prepare_cached("UPDATE mentions SET event_id = ?1 WHERE event_id = ?2")?.execute([into, old])?;
                tx.prepare_cached("DELETE FROM events WHERE id = ?1")?.execute([old])?;
                redirect(tx, old, into, doc.now)?;
                index.remove(&b, a, old);
                report.merged_events += 1;
            }
            // Counted twice so that the merged event is always refreshed.
            touched.add(into);
            adopt_location(tx, index, into, loc, loc_json.as_deref())?;
            into
        }
    };
    tx.prepare_cached(
        "INSERT INTO mentions(id, doc_id, event_id, sentence, source_code, target_code, cameo, root, quad, plover, \
         goldstein, day, version, json, trigger_text) VALUES \
         (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        mid,
        doc.id,
        event,
        m.sentence as i64,
        m.source.code,
        target_code,
        m.cameo,
        root,
        m.quad,
        m.plover,
        f64::from(m.goldstein),
        day,
        m.version.compact(),
        codec::encode(&serde_json::to_string(m)?),
        m.trigger_text,
    ])?;
    report.mentions += 1;
    Ok(Some(event))
}

fn actor_name(a: &augur_core::EventActor) -> String {
    if a.actor.name.is_empty() {
        a.text.clone()
    } else {
        a.actor.name.clone()
    }
}

/// A mention blob: BLOB (encoded) or TEXT (plain JSON from schema v1).
pub(crate) fn blob_col(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Vec<u8>>> {
    use rusqlite::types::ValueRef;
    Ok(match r.get_ref(i)? {
        ValueRef::Blob(b) | ValueRef::Text(b) => Some(b.to_vec()),
        _ => None,
    })
}

/// An event whose location is unknown takes the first known location of a mention.
fn adopt_location(
    tx: &Transaction<'_>,
    index: &mut ClusterIndex,
    id: i64,
    loc: Option<String>,
    loc_json: Option<&str>,
) -> Result<()> {
    let Some(json) = loc_json else { return Ok(()) };
    let changed = tx
        .prepare_cached("UPDATE events SET location = ?1 WHERE id = ?2 AND location IS NULL")?
        .execute(params![json, id])?;
    if changed > 0 {
        let (b, a): (String, i64) = tx
            .prepare_cached("SELECT block_key, anchor_day FROM events WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        index.set_location(&b, a, id, loc);
    }
    Ok(())
}

/// Records `old → new`, keeping redirects flat so one lookup suffices.
fn redirect(tx: &Transaction<'_>, old: i64, new: i64, now: &str) -> Result<()> {
    tx.prepare_cached("UPDATE event_redirects SET new_id = ?1 WHERE new_id = ?2")?.execute([new, old])?;
    tx.prepare_cached("INSERT OR REPLACE INTO event_redirects(old_id, new_id, time) VALUES (?1, ?2, ?3)")?
        .execute(params![old, new, now])?;
    Ok(())
}

/// The key of an independent source: the site (lower case, without `www.`), else the URL's
/// host; `None` when neither is known.
pub(crate) fn site_key(site: Option<&str>, url: Option<&str>) -> Option<String> {
    let norm = |s: &str| {
        let s = s.trim().to_lowercase();
        s.strip_prefix("www.").map(str::to_string).unwrap_or(s)
    };
    if let Some(s) = site.filter(|s| !s.trim().is_empty()) {
        return Some(norm(s));
    }
    let url = url?;
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
    let host = host.split(':').next().unwrap_or("");
    (!host.is_empty()).then(|| norm(host))
}

/// Counts independent sources among documents given as (doc id, site key, syndication
/// group): documents of one site, or copies of one story, are one source.
pub(crate) fn count_sources(docs: &[(String, Option<String>, Option<String>)]) -> usize {
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut by_site: HashMap<&str, usize> = HashMap::new();
    let mut by_group: HashMap<&str, usize> = HashMap::new();
    for (i, (_, site, group)) in docs.iter().enumerate() {
        for (map, key) in [(&mut by_site, site), (&mut by_group, group)] {
            if let Some(k) = key {
                match map.get(k.as_str()) {
                    Some(&j) => {
                        let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                        parent[a] = b;
                    }
                    None => {
                        map.insert(k.as_str(), i);
                    }
                }
            }
        }
    }
    (0..docs.len()).filter(|&i| find(&mut parent, i) == i).count()
}

/// Recomputes an event's counts from its mentions; deletes it and returns `false` when it
/// has none left.
fn refresh_event(tx: &Transaction<'_>, id: i64) -> Result<bool> {
    let mut st = tx.prepare_cached(
        "SELECT m.id, m.doc_id, m.sentence, m.day, d.site, d.url, d.synd_group, m.id = e.first_mention \
         FROM mentions m JOIN documents d ON d.id = m.doc_id JOIN events e ON e.id = m.event_id \
         WHERE m.event_id = ?1 ORDER BY m.rowid",
    )?;
    let mut rows = st.query([id])?;
    let mut first_mention: Option<String> = None;
    let mut has_first = false;
    let mut mentions = 0i64;
    let mut docs: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    let mut root_event = false;
    let mut day = i64::MAX;
    while let Some(r) = rows.next()? {
        mentions += 1;
        if first_mention.is_none() {
            first_mention = Some(r.get(0)?);
        }
        has_first |= r.get::<_, bool>(7)?;
        let doc: String = r.get(1)?;
        root_event |= r.get::<_, i64>(2)? <= 1;
        day = day.min(r.get(3)?);
        if !docs.iter().any(|d| d.0 == doc) {
            let site: Option<String> = r.get(4)?;
            let url: Option<String> = r.get(5)?;
            docs.push((doc, site_key(site.as_deref(), url.as_deref()), r.get(6)?));
        }
    }
    drop(rows);
    let Some(oldest) = first_mention else {
        tx.prepare_cached("DELETE FROM events WHERE id = ?1")?.execute([id])?;
        return Ok(false);
    };
    tx.prepare_cached(
        "UPDATE events SET num_mentions = ?2, num_articles = ?3, num_sources = ?4, is_root_event = ?5, day = ?6 \
         WHERE id = ?1",
    )?
    .execute(params![id, mentions, docs.len() as i64, count_sources(&docs) as i64, root_event, day])?;
    if !has_first {
        // The founding mention was re-coded away: the oldest remaining one represents the event.
        let blob = tx
            .prepare_cached("SELECT json FROM mentions WHERE id = ?1")?
            .query_row([&oldest], |r| blob_col(r, 0))?
            .unwrap_or_default();
        let m: EventMention = serde_json::from_str(&codec::decode(&blob)?)?;
        tx.prepare_cached(
            "UPDATE events SET first_mention = ?2, source_code = ?3, target_code = ?4, cameo = ?5, quad = ?6, \
             goldstein = ?7, plover = ?8, version = ?9, source_name = ?10, target_name = ?11 WHERE id = ?1",
        )?
        .execute(params![
            id,
            oldest,
            m.source.code,
            m.target.as_ref().map(|t| t.code.as_str()),
            m.cameo,
            m.quad,
            f64::from(m.goldstein),
            m.plover,
            m.version.compact(),
            actor_name(&m.source),
            m.target.as_ref().map(actor_name),
        ])?;
    }
    Ok(true)
}

fn replace_tx(
    tx: &Transaction<'_>,
    index: &mut ClusterIndex,
    config: &ClusterConfig,
    now: &str,
    doc: &DocId,
    mentions: &[EventMention],
) -> Result<ReplaceReport> {
    let (doc_day, ingest_time): (Option<i64>, String) = tx
        .query_row("SELECT day, ingest_time FROM documents WHERE id = ?1", [doc.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .ok_or_else(|| StoreError::UnknownDocument(doc.to_string()))?;
    let mut old_events = BTreeSet::new();
    let mut removed = 0;
    {
        let mut st = tx.prepare("SELECT event_id, source_code, target_code FROM mentions WHERE doc_id = ?1")?;
        let mut rows = st.query([doc.as_str()])?;
        while let Some(r) = rows.next()? {
            old_events.insert(r.get::<_, i64>(0)?);
            let codes = [r.get::<_, String>(1)?].into_iter().chain(r.get::<_, Option<String>>(2)?);
            for code in codes {
                tx.execute("UPDATE actors_seen SET count = count - 1 WHERE code = ?1", [&code])?;
            }
            removed += 1;
        }
    }
    tx.execute("DELETE FROM actors_seen WHERE count <= 0", [])?;
    tx.execute("DELETE FROM mentions WHERE doc_id = ?1", [doc.as_str()])?;
    let ingest_day = dates::parse_day(&ingest_time).map(|d| d.0).unwrap_or(0);
    let ctx = DocCtx { id: doc.as_str(), day: doc_day, ingest_day, now };
    let mut batch = BatchReport::default();
    let mut new_events = Vec::new();
    let mut seen = HashSet::new();
    let mut actors = ActorTally::default();
    for m in mentions {
        if let Some(ev) = insert_mention(tx, index, config, &ctx, m, &mut seen, &mut batch, &mut Touched::default())? {
            new_events.push(ev);
            actors.add(m);
        }
    }
    actors.write(tx, now)?;
    let mut report = ReplaceReport { removed, inserted: batch.mentions, removed_events: 0 };
    let touched: BTreeSet<i64> = old_events.iter().chain(&new_events).copied().collect();
    for id in touched {
        let key: Option<(String, i64)> = tx
            .query_row("SELECT block_key, anchor_day FROM events WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if !refresh_event(tx, id)? {
            if let Some((b, a)) = key {
                index.remove(&b, a, id);
            }
            if let Some(&to) = new_events.iter().find(|&&e| e != id) {
                redirect(tx, id, to, now)?;
            }
            report.removed_events += 1;
        }
    }
    let version = mentions.first().map(|m| m.version.compact());
    tx.execute("UPDATE documents SET version = ?2 WHERE id = ?1", params![doc.as_str(), version])?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_keys() {
        let cases = [
            ((Some("WWW.Reuters.com"), None), Some("reuters.com")),
            ((None, Some("https://www.bbc.co.uk/news/x?y")), Some("bbc.co.uk")),
            ((None, Some("http://user@host.de:8080/a")), Some("host.de")),
            ((Some(" "), Some("file.txt")), Some("file.txt")),
            ((None, None), None),
        ];
        for ((s, u), e) in cases {
            assert_eq!(site_key(s, u).as_deref(), e, "{s:?} {u:?}");
        }
    }

    #[test]
    fn sources_count_sites_and_copies_once() {
        let d = |id: &str, s: Option<&str>, g: Option<&str>| (id.to_string(), s.map(String::from), g.map(String::from));
        let cases: Vec<(Vec<_>, usize)> = vec![
            (vec![d("a", Some("x"), Some("a")), d("b", Some("y"), Some("b"))], 2),
            (vec![d("a", Some("x"), Some("a")), d("b", Some("x"), Some("b"))], 1),
            // A syndicated copy on another site is the same source.
            (vec![d("a", Some("x"), Some("a")), d("b", Some("y"), Some("a")), d("c", Some("z"), Some("c"))], 2),
            // Transitive: y shares a story with x and a site with y2.
            (vec![d("a", Some("x"), Some("a")), d("b", Some("y"), Some("a")), d("c", Some("y"), Some("c"))], 1),
            (vec![d("a", None, None), d("b", None, None)], 2),
            (vec![], 0),
        ];
        for (docs, e) in cases {
            assert_eq!(count_sources(&docs), e, "{docs:?}");
        }
    }
}
