//! Sentences, UD tokens, tagger, lemmatiser and dependency parser for en, de, fr, es, ru.
//!
//! Models are trained by this crate ([`train`]) on Universal Dependencies treebanks and
//! shipped embedded. Gold-tokenised input (CoNLL-U) is annotated with [`annotate`]; raw
//! text goes through [`NlpPipeline`], which implements [`augur_core::Analyzer`].
//!
//! ```
//! use augur_core::{Analyzer, Lang};
//! use augur_nlp::NlpPipeline;
//!
//! let nlp = NlpPipeline::new();
//! let analysis = nlp.analyze("The police arrested three protesters in the capital.", Lang::En);
//! let s = &analysis.sentences[0];
//! let police = &s.words[1];
//! assert_eq!((police.upos.as_str(), police.deprel.as_str(), police.head), ("NOUN", "nsubj", 3));
//! assert_eq!(s.words[2].lemma, "arrest");
//! assert_eq!(s.words[2].feat("Tense"), Some("Past"));
//!
//! // Gold-tokenised input (e.g. CoNLL-U) keeps its words.
//! let conllu: String = ["The", "army", "shelled", "the", "town", "."]
//!     .iter()
//!     .enumerate()
//!     .map(|(i, w)| format!("{}\t{w}\t_\t_\t_\t_\t0\t_\t_\t_\n", i + 1))
//!     .collect();
//! let (mut doc, _) = augur_nlp::conllu::parse(&conllu);
//! let s = &mut doc.sentences[0].sentence;
//! assert!(augur_nlp::annotate(s, Lang::En).is_empty());
//! let rels: Vec<(&str, usize)> = s.words.iter().map(|w| (w.deprel.as_str(), w.head)).collect();
//! assert_eq!(rels[1], ("nsubj", 3));
//! assert_eq!(rels[4], ("obj", 3));
//! ```
//!
//! - [`conllu`]: CoNLL-U reading/writing (multiword tokens, empty nodes skipped, `SpaceAfter`).
//! - [`eval`]: CoNLL 2018 scores with gold tokenisation and from raw text ([`eval::evaluate_file`]).
//! - [`train`]: training a [`LangModel`] from treebanks ([`train::train`]).
//! - [`mod@bench`]: words per second per stage and peak memory ([`bench::bench_file`]).
//!
//! The shipped models, their training data and scores are described in `models/README.md`.

pub mod bench;
pub mod conllu;
mod error;
pub mod eval;
mod hash;
mod io;
mod lemma;
pub mod model;
mod models;
mod parser;
mod perceptron;
mod tagger;
pub mod train;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use augur_core::{Analysis, Diagnostic, Lang, Sentence};

pub use error::NlpError;
pub use model::{LangModel, Stages};
pub use tagger::{AuxRepair, AuxSpan};

/// Clears everything a model predicts, keeping forms, spans and tokens.
pub fn strip_annotation(s: &mut Sentence) {
    for w in &mut s.words {
        w.lemma.clear();
        w.upos.clear();
        w.xpos.clear();
        w.feats.clear();
        w.head = 0;
        w.deprel.clear();
    }
}

/// Text analysis with the shipped models (or models given explicitly).
pub struct NlpPipeline {
    slots: HashMap<Lang, OnceLock<Result<Arc<LangModel>, String>>>,
    sources: HashMap<Lang, ModelSource>,
}

enum ModelSource {
    Embedded,
    Loaded(Arc<LangModel>),
}

impl Default for NlpPipeline {
    fn default() -> Self {
        NlpPipeline::new()
    }
}

impl NlpPipeline {
    /// The pipeline over the embedded models; each is loaded on first use.
    pub fn new() -> NlpPipeline {
        let mut slots = HashMap::new();
        let mut sources = HashMap::new();
        for l in Lang::SUPPORTED {
            slots.insert(l, OnceLock::new());
            sources.insert(l, ModelSource::Embedded);
        }
        NlpPipeline { slots, sources }
    }

    /// Uses `model` for `lang` instead of the embedded one.
    pub fn with_model(mut self, lang: Lang, model: LangModel) -> NlpPipeline {
        self.slots.insert(lang, OnceLock::new());
        self.sources.insert(lang, ModelSource::Loaded(Arc::new(model)));
        self
    }

    /// The model for `lang`, loading it on first use.
    pub fn model(&self, lang: Lang) -> Result<Arc<LangModel>, NlpError> {
        let (Some(slot), Some(src)) = (self.slots.get(&lang), self.sources.get(&lang)) else {
            return Err(NlpError::NoModel(lang));
        };
        if matches!(src, ModelSource::Embedded) && models::embedded(lang).is_none() {
            return Err(NlpError::NoModel(lang));
        }
        let r = slot.get_or_init(|| match src {
            ModelSource::Loaded(m) => Ok(m.clone()),
            ModelSource::Embedded => match models::embedded(lang) {
                Some(bytes) => LangModel::from_bytes(bytes)
                    .map(|mut m| {
                        m.set_shipped_repairs(lang);
                        Arc::new(m)
                    })
                    .map_err(|e| e.to_string()),
                None => Err(format!("no model for language {lang}")),
            },
        });
        r.clone().map_err(NlpError::Model)
    }

    /// Annotates gold-tokenised sentences in place.
    pub fn annotate(&self, s: &mut Sentence, lang: Lang) -> Vec<Diagnostic> {
        match self.model(lang) {
            Ok(m) => {
                m.annotate(s);
                Vec::new()
            }
            Err(e) => vec![no_model(&e)],
        }
    }

    /// Tokenises, tags, lemmatises and parses `text`.
    pub fn analyze_text(&self, text: &str, lang: Lang) -> Analysis {
        let (mut sentences, mut diagnostics) = tokenize(text, lang);
        match self.model(lang) {
            Ok(m) => {
                for s in &mut sentences {
                    m.annotate(s);
                }
            }
            Err(e) => {
                if !sentences.is_empty() {
                    diagnostics.push(no_model(&e));
                }
            }
        }
        Analysis { lang: Some(lang), sentences, diagnostics }
    }
}

fn no_model(e: &NlpError) -> Diagnostic {
    Diagnostic::warning("nlp", "no-model", format!("{e}; tokens only, no tags, lemmas or parse"))
}

/// Sentence splitting and tokenisation (augur-tokenize).
pub fn tokenize(text: &str, lang: Lang) -> (Vec<Sentence>, Vec<Diagnostic>) {
    augur_tokenize::tokenize(text, lang)
}

impl augur_core::Analyzer for NlpPipeline {
    fn analyze(&self, text: &str, lang: Lang) -> Analysis {
        self.analyze_text(text, lang)
    }

    fn model_hash(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for l in Lang::SUPPORTED {
            if let Some(b) = models::embedded(l) {
                h = hash::h2(h, b.len() as u64);
                for chunk in b.chunks(4096).step_by(16) {
                    h = hash::h2(h, hash::hs(&String::from_utf8_lossy(&chunk[..chunk.len().min(64)])));
                }
            }
        }
        format!("{h:016x}")
    }
}

fn shared() -> &'static NlpPipeline {
    static P: OnceLock<NlpPipeline> = OnceLock::new();
    P.get_or_init(NlpPipeline::new)
}

/// Annotates a gold-tokenised sentence with the shipped model for `lang`: UPOS, FEATS,
/// LEMMA, HEAD, DEPREL. Without a model the sentence is left as is and a diagnostic says so.
pub fn annotate(sentence: &mut Sentence, lang: Lang) -> Vec<Diagnostic> {
    shared().annotate(sentence, lang)
}
