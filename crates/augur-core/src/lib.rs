//! Shared types for every augur stage: languages, spans, diagnostics, document ids,
//! the analysed-text model (sentences, tokens, UD words), actors, event mentions,
//! the version stamp, and the narrow traits that join the stages.
//!
//! ```
//! use augur_core::{DocId, Lang, Span};
//! let text = "Grüße aus Köln.";
//! let id = DocId::from_content(text, Some("https://example.org/a"));
//! assert_eq!(id.as_str().len(), 16);
//! let span = Span::new(0, 7); // "Grüße" is 7 bytes
//! assert_eq!(span.slice(text), Some("Grüße"));
//! assert_eq!(span.to_char_span(text), Some(Span::new(0, 5)));
//! assert_eq!(Lang::from_code("de"), Some(Lang::De));
//! ```

pub mod actor;
pub mod diag;
pub mod doc;
pub mod event;
pub mod lang;
pub mod span;
pub mod text;
pub mod traits;
pub mod version;

pub use actor::{Actor, ActorMention, Person};
pub use diag::{Diagnostic, Severity};
pub use doc::{DocId, DocMeta, Document, RawDoc, SourceRef};
pub use event::{EventActor, EventMention, Location, Modality};
pub use lang::Lang;
pub use span::Span;
pub use text::{Analysis, Sentence, Token, Word};
pub use traits::{ActorResolver, Analyzer, EventCoder};
pub use version::VersionStamp;
