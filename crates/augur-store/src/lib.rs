//! Embedded SQLite store for augur: documents, failures, coded event mentions, event
//! clusters, queries, dyad time series and exports (GDELT 2.0, PLOVER, CSV, Parquet).
//!
//! ```
//! use augur_core::Lang;
//! use augur_store::synth::{self, MentionSpec};
//! use augur_store::{EventFilter, Store, StoredDoc};
//!
//! let mut store = Store::open_in_memory()?;
//! let doc = synth::document(
//!     "Baerbock traf Wang Yi in Peking.",
//!     Some("https://example.org/a"),
//!     Some("example.org"),
//!     Some("2024-03-05"),
//!     Lang::De,
//! );
//! let mention = synth::mention(&doc, &MentionSpec {
//!     source: ("DEUGOV", "Baerbock"),
//!     target: Some(("CHNGOV", "Wang Yi")),
//!     cameo: "040",
//!     trigger: "traf",
//!     ..Default::default()
//! });
//! let batch = vec![StoredDoc::new(doc, vec![mention])];
//! let report = store.insert_batch(&batch, &[])?;
//! assert_eq!((report.inserted, report.mentions), (1, 1));
//! // Storing the same document again changes nothing.
//! assert_eq!(store.insert_batch(&batch, &[])?.duplicates, 1);
//!
//! let events = store.events(&EventFilter { dyad: Some(("CHN".into(), "DEU".into())), ..Default::default() })?;
//! assert_eq!(events[0].date, "2024-03-05"); // the mention had no date: the document's
//! assert_eq!(events[0].num_articles, 1);
//! # Ok::<(), augur_store::StoreError>(())
//! ```
//!
//! Design notes:
//! - Each [`Store::insert_batch`] is one transaction; documents are unique by id and by
//!   content hash and mentions by [`augur_core::EventMention::id`], so replaying a batch
//!   after a crash stores nothing twice.
//! - Clustering rules are in [`cluster`]; syndicated copies in [`minhash`]; the schema and
//!   its migrations in [`schema`].
//! - `is_root_event`: some mention of the event is in sentence 0 or 1 of its document (the
//!   headline or lead), approximating GDELT's "first paragraph" rule.
//! - `num_sources`: independent sources: documents of one site, or copies of one story on
//!   several sites, count once.

pub mod bench;
pub mod cluster;
pub mod codec;
pub mod dates;
pub mod error;
pub mod export;
pub mod minhash;
pub mod query;
pub mod schema;
pub mod store;
pub mod synth;
pub mod types;

pub use cluster::{ClusterConfig, Clusterer};
pub use error::{Result, StoreError};
pub use export::ExportFormat;
pub use query::EventFormat;
pub use store::{ActorSeen, Clock, Counts, Store, StoreConfig, StoredMention};
pub use types::*;
