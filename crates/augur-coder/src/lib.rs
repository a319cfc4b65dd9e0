//! CAMEO and PLOVER event coding from UD trees, with provenance.
//!
//! The [`Coder`] reads a parsed sentence (UD lemmas, features, heads and relations), finds
//! predicates from the per-language lexicons (`lexicons/*.tsv`, see `lexicons/FORMAT.md`),
//! fills source and target from the tree and the actor mentions, decides modality, date and
//! place, and returns [`augur_core::EventMention`]s with full provenance.
//!
//! - [`Coder`] implements [`augur_core::EventCoder`]; [`Coder::code_sentence`] codes one sentence.
//! - [`ontology`]: CAMEO 1.1b3 codes, Goldstein values, quad classes, PLOVER types (`data/cameo.tsv`).
//! - [`lexicon`]: the TSV lexicons, their validation and [`lexicon_stats`].
//! - [`dates`]: relative dates resolved against the publication date, with a reason.
//! - [`gazetteer`]: countries, capitals and major cities with coordinates and FIPS codes.
//! - [`eval`]: scoring against PETRARCH2 records, CAMEO manual examples, PLOVER gold and
//!   augur's JSONL gold, given any document coder.
//!
//! ```
//! use augur_coder::{Coder, Ontology, lexicon_stats};
//! use augur_core::Lang;
//!
//! let visit = Ontology::get().lookup("042").unwrap();
//! assert_eq!((visit.plover.as_str(), visit.quad()), ("CONSULT", 1));
//! assert!(lexicon_stats().total(Lang::De) >= 300);
//! let coder = Coder::new();
//! assert_eq!(coder.pack(Lang::De).0, Lang::De);
//! ```

pub mod coder;
pub mod dates;
pub mod eval;
pub mod gazetteer;
pub mod lang;
pub mod lexicon;
pub mod ontology;

pub use coder::{intent_of, notation, reject_of, threat_of, Coder, CoderOptions, SentenceInput};
pub use dates::{DateResolution, Day};
pub use gazetteer::Gazetteer;
pub use lexicon::{lexicon_errors, lexicon_stats, Lexicon, LexiconError, Stats};
pub use ontology::{CameoCode, Ontology, PLOVER_TYPES};

#[cfg(test)]
mod coder_tests;
#[cfg(test)]
mod testkit;
