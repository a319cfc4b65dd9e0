//! The public value types of the store.

use augur_core::{DocId, Document, EventMention, Lang, Location, VersionStamp};
use serde::{Deserialize, Serialize};

/// A coded document, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDoc {
    pub doc: Document,
    pub mentions: Vec<EventMention>,
    /// The version stamp of the coding; when `None`, the first mention's stamp is used.
    pub version: Option<VersionStamp>,
}

impl StoredDoc {
    pub fn new(doc: Document, mentions: Vec<EventMention>) -> StoredDoc {
        StoredDoc { doc, mentions, version: None }
    }
}

/// A document that could not be read or processed. Every one gets a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// Where it came from (path, URL, WARC record id).
    pub source: String,
    pub reason: String,
    /// The stage that failed, e.g. `decode`, `extract`.
    pub stage: String,
    /// RFC 3339; the store's clock fills it when `None`.
    pub time: Option<String>,
}

impl Failure {
    pub fn new(source: impl Into<String>, stage: &str, reason: impl Into<String>) -> Failure {
        Failure { source: source.into(), reason: reason.into(), stage: stage.to_string(), time: None }
    }
}

/// What one batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchReport {
    /// Documents stored.
    pub inserted: usize,
    /// Documents already stored (same id or same content hash), or repeated in the batch.
    pub duplicates: usize,
    /// Mentions stored.
    pub mentions: usize,
    /// Failure rows written.
    pub failures: usize,
    /// Events founded by this batch.
    pub new_events: usize,
    /// Stored documents linked as a syndicated copy of an earlier one.
    pub syndicated: usize,
    /// Events merged into others.
    pub merged_events: usize,
}

/// What re-coding one document did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplaceReport {
    pub removed: usize,
    pub inserted: usize,
    /// Events left without mentions, removed and redirected.
    pub removed_events: usize,
}

/// A stored document with what the store added to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    pub doc: Document,
    pub ingest_time: String,
    /// The compact version stamp of its coding, if any.
    pub version: Option<String>,
    /// The id of the first document of its syndication group (itself when not a copy).
    pub syndication_group: Option<String>,
}

/// Filter for [`crate::Store::documents`]. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocFilter {
    pub lang: Option<Lang>,
    pub site: Option<String>,
    /// Inclusive `YYYY-MM-DD` bounds on the document date.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub syndication_group: Option<String>,
    pub limit: Option<usize>,
}

/// A stored failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureRow {
    pub id: i64,
    pub source: String,
    pub reason: String,
    pub stage: String,
    pub time: String,
}

/// An actor of an event as queries return it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRow {
    pub code: String,
    /// Country or IGO code, the level events are clustered on.
    pub country: String,
    #[serde(default)]
    pub name: String,
}

/// One event cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: i64,
    /// The earliest mention date, `YYYY-MM-DD`.
    pub date: String,
    pub source: ActorRow,
    pub target: Option<ActorRow>,
    pub cameo: String,
    pub root: String,
    pub quad: u8,
    pub goldstein: f32,
    pub plover: String,
    pub location: Option<Location>,
    pub first_seen: String,
    pub num_mentions: u32,
    pub num_articles: u32,
    /// Independent sources: distinct sites, with syndicated copies counted once.
    pub num_sources: u32,
    /// Some mention is in the lead (sentence 0 or 1) of its document.
    pub is_root_event: bool,
    pub version: String,
}

/// Filter for event queries. Empty fields do not filter. Actor codes match by prefix, so
/// `RUS` matches `RUSGOV`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Source or target.
    pub actor: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    /// Either direction: `(a, b)` matches a→b and b→a.
    pub dyad: Option<(String, String)>,
    /// A CAMEO code or root, by prefix (`04`, `042`).
    pub code: Option<String>,
    pub plover: Option<String>,
    pub quad: Option<u8>,
    /// Inclusive `YYYY-MM-DD` bounds on the event date.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Events with at least one mention in a document of this language.
    pub lang: Option<Lang>,
    /// Events with at least one mention in this document.
    pub doc: Option<DocId>,
    pub limit: Option<usize>,
}

/// Bucket size of a dyad time series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
    Month,
}

/// Counts of one quad class in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct QuadStats {
    pub events: u64,
    pub mentions: u64,
    /// Sum of the events' Goldstein scores.
    pub goldstein: f64,
}

/// One period of a dyad time series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadPoint {
    /// `YYYY-MM-DD`, `YYYY-Www` (ISO week) or `YYYY-MM`.
    pub period: String,
    /// Quad classes 1..=4 at indices 0..=3.
    pub quads: [QuadStats; 4],
    /// All documents (not only this dyad's) dated in the period: the denominator for rates.
    pub docs_ingested: u64,
}
