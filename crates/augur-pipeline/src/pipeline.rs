//! The [`Pipeline`]: one instance of every stage, driven document by document.

use std::path::PathBuf;
use std::time::Instant;

use augur_actors::ActorBase;
use augur_coder::Coder;
use augur_core::version::short_hash;
use augur_core::{
    ActorMention, ActorResolver, Analysis, Analyzer, Diagnostic, DocId, Document, EventCoder, EventMention, Lang,
    RawDoc, SourceRef, VersionStamp,
};
use augur_nlp::NlpPipeline;
use augur_store::{Failure, Store, StoredDoc};

use crate::Config;

/// Errors building a pipeline or running it against a store. Per-document problems are never
/// errors: they become failure rows.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("actor file {path}: {message}")]
    Actors { path: PathBuf, message: String },
    #[error(transparent)]
    Store(#[from] augur_store::StoreError),
}

/// Everything the analysis of one document produced.
#[derive(Debug, Clone)]
pub struct Coded {
    pub analysis: Analysis,
    pub actors: Vec<ActorMention>,
    pub events: Vec<EventMention>,
    pub diagnostics: Vec<Diagnostic>,
}

/// One document's way through the pipeline, as reported to the caller.
#[derive(Debug)]
pub enum Outcome {
    /// Stored now, or already stored (`events` is then 0).
    Stored {
        id: DocId,
        source: SourceRef,
        events: usize,
    },
    Failed(Failure),
}

/// The closing summary of a run.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RunSummary {
    pub seen: usize,
    pub stored: usize,
    pub duplicates: usize,
    pub failed: usize,
    pub not_coded: usize,
    pub events: usize,
    pub seconds: f64,
}

impl RunSummary {
    pub fn docs_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.seen as f64 / self.seconds
        } else {
            0.0
        }
    }
}

impl std::fmt::Display for RunSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "seen {}, stored {}, duplicates {}, failed {}, not coded (language) {}, event mentions {}, {:.1} documents/s",
            self.seen,
            self.stored,
            self.duplicates,
            self.failed,
            self.not_coded,
            self.events,
            self.docs_per_second()
        )
    }
}

/// The stages, loaded once and shared by every document. No global state: build as many
/// pipelines as you like.
pub struct Pipeline {
    pub config: Config,
    pub analyzer: NlpPipeline,
    pub actors: ActorBase,
    pub coder: Coder,
    version: VersionStamp,
}

impl Pipeline {
    /// Builds a pipeline from a configuration, loading extra actor files it names.
    pub fn new(config: Config) -> Result<Pipeline, PipelineError> {
        let mut actors = ActorBase::load_default();
        let bad = |path: &PathBuf, e: augur_actors::ActorsError| PipelineError::Actors {
            path: path.clone(),
            message: e.to_string(),
        };
        for path in &config.actors.files {
            actors.add_toml_file(path).map_err(|e| bad(path, e))?;
        }
        for path in &config.actors.petrarch_actors {
            actors.add_petrarch_actors_file(path).map_err(|e| bad(path, e))?;
        }
        for path in &config.actors.petrarch_agents {
            actors.add_petrarch_agents_file(path).map_err(|e| bad(path, e))?;
        }
        let analyzer = NlpPipeline::new();
        let coder = Coder::new().with_options(augur_coder::CoderOptions {
            allow_no_target: config.coder.allow_no_target,
            keep_unknown_country: config.coder.keep_unknown_country,
            keep_comments: config.coder.keep_comments,
            ..Default::default()
        });
        let version = VersionStamp {
            pipeline: env!("CARGO_PKG_VERSION").to_string(),
            models: analyzer.model_hash(),
            lexicons: coder.lexicon_hash(),
            actors: short_hash(&[actors.data_hash().as_bytes()]),
        };
        Ok(Pipeline { config, analyzer, actors, coder, version })
    }

    /// The version stamp every result of this pipeline carries.
    pub fn version(&self) -> &VersionStamp {
        &self.version
    }

    /// Extraction options from the configuration.
    pub fn extract_options(&self) -> augur_extract::ExtractOptions {
        augur_extract::ExtractOptions::default()
    }

    /// Ingest caps from the configuration.
    pub fn caps(&self) -> augur_ingest::Caps {
        self.config.caps.ingest()
    }

    /// Raw document → clean document.
    pub fn extract(&self, raw: &RawDoc) -> Result<Document, augur_extract::ExtractError> {
        augur_extract::extract(raw, &self.extract_options())
    }

    /// Whether documents in `lang` are analysed and coded.
    pub fn codes(&self, lang: Lang) -> bool {
        lang.is_supported() && self.config.enabled_langs().contains(&lang)
    }

    /// Analyses and codes one document. `date` (YYYY-MM-DD) overrides the document's date for
    /// relative dates and dated roles.
    pub fn code_document(&self, doc: &Document, date: Option<&str>) -> Coded {
        let analysis = self.analyzer.analyze(&doc.text, doc.lang);
        self.code_analysis(doc, analysis, date)
    }

    /// Codes a document whose analysis is given (e.g. gold CoNLL-U).
    pub fn code_analysis(&self, doc: &Document, analysis: Analysis, date: Option<&str>) -> Coded {
        let day = date.map(str::to_string).or_else(|| doc.meta.date.as_deref().and_then(day_of));
        let mut actors = Vec::new();
        for (i, s) in analysis.sentences.iter().enumerate() {
            actors.extend(self.actors.find_mentions(&doc.text, s, i, doc.lang, day.as_deref()));
        }
        // "He met Erdogan", "the minister said": pronouns and bare titles take the individual
        // named before them.
        augur_actors::coref::link(&doc.text, &analysis.sentences, &mut actors, doc.lang);
        // The coder reads the date from the document; copy it only when the date differs.
        let dated;
        let doc = match &day {
            Some(d) if doc.meta.date.as_deref() != Some(d.as_str()) => {
                let mut copy = doc.clone();
                copy.meta.date = Some(d.clone());
                dated = copy;
                &dated
            }
            _ => doc,
        };
        let (mut events, diagnostics) = self.coder.code(doc, &analysis, &actors, &self.actors);
        let min = self.config.coder.min_confidence;
        events.retain(|e| e.confidence >= min);
        for e in &mut events {
            e.version = self.version.clone();
        }
        Coded { analysis, actors, events, diagnostics }
    }

    /// Runs raw inputs through every stage into `store`, one transaction per batch.
    /// Documents of a batch are analysed on `config.run.jobs` threads and stored in input
    /// order, so results do not depend on the number of threads. `on_doc` sees each outcome
    /// (for progress bars and stderr lines).
    pub fn run(
        &self,
        inputs: &[PathBuf],
        store: &mut Store,
        default_date: Option<&str>,
        mut on_doc: impl FnMut(&Outcome),
    ) -> Result<RunSummary, PipelineError> {
        let started = Instant::now();
        let mut summary = RunSummary::default();
        let batch_size = self.config.store.batch_size.max(1);
        let mut pending: Vec<Result<RawDoc, augur_ingest::IngestError>> = Vec::with_capacity(batch_size);
        let mut items = augur_ingest::read_inputs(inputs, &self.caps());
        loop {
            pending.clear();
            pending.extend(items.by_ref().take(batch_size));
            if pending.is_empty() {
                break;
            }
            let processed = self.process_batch(&pending, store, default_date);
            let mut docs = Vec::new();
            let mut failures = Vec::new();
            for p in processed {
                summary.seen += 1;
                let outcome = match p {
                    Processed::Failed(f) => {
                        summary.failed += 1;
                        failures.push(f.clone());
                        Outcome::Failed(f)
                    }
                    Processed::Known { id, source } => {
                        summary.duplicates += 1;
                        Outcome::Stored { id, source, events: 0 }
                    }
                    Processed::Coded { stored, coded } => {
                        if !coded {
                            summary.not_coded += 1;
                        }
                        let outcome = Outcome::Stored {
                            id: stored.doc.id.clone(),
                            source: stored.doc.source.clone(),
                            events: stored.mentions.len(),
                        };
                        docs.push(*stored);
                        outcome
                    }
                };
                on_doc(&outcome);
            }
            self.flush(store, &mut docs, &mut failures, &mut summary)?;
        }
        summary.seconds = started.elapsed().as_secs_f64();
        Ok(summary)
    }

    /// Extracts and codes a batch on several threads; the result is in input order.
    fn process_batch(
        &self,
        batch: &[Result<RawDoc, augur_ingest::IngestError>],
        store: &Store,
        default_date: Option<&str>,
    ) -> Vec<Processed> {
        // Extraction first (cheap), so that documents already stored are not analysed again.
        let jobs = self.config.run.jobs().min(batch.len()).max(1);
        let extracted: Vec<Result<Document, Failure>> = parallel_map(batch, jobs, |item| match item {
            Err(e) => Err(Failure::new(e.at().to_string(), "ingest", e.to_string())),
            Ok(raw) => self.extract(raw).map_err(|e| Failure::new(raw.source.to_string(), "extract", e.to_string())),
        });
        let known: Vec<bool> =
            extracted.iter().map(|r| r.as_ref().is_ok_and(|d| store.has_document(&d.id).unwrap_or(false))).collect();
        let work: Vec<(Result<Document, Failure>, bool)> = extracted.into_iter().zip(known).collect();
        parallel_map(&work, jobs, |(item, known)| match item {
            Err(f) => Processed::Failed(f.clone()),
            Ok(doc) if *known => Processed::Known { id: doc.id.clone(), source: doc.source.clone() },
            Ok(doc) => {
                let mut doc = doc.clone();
                if doc.meta.date.is_none() {
                    doc.meta.date = default_date.map(str::to_string);
                }
                let coded = self.codes(doc.lang);
                let mut mentions = Vec::new();
                if coded {
                    let date = doc.meta.date.as_deref().and_then(day_of).or(default_date.map(str::to_string));
                    let c = self.code_document(&doc, date.as_deref());
                    doc.diagnostics.extend(c.analysis.diagnostics);
                    doc.diagnostics.extend(c.diagnostics);
                    mentions = c.events;
                }
                let mut stored = StoredDoc::new(doc, mentions);
                stored.version = Some(self.version.clone());
                Processed::Coded { stored: Box::new(stored), coded }
            }
        })
    }

    fn flush(
        &self,
        store: &mut Store,
        docs: &mut Vec<StoredDoc>,
        failures: &mut Vec<Failure>,
        summary: &mut RunSummary,
    ) -> Result<(), PipelineError> {
        if docs.is_empty() && failures.is_empty() {
            return Ok(());
        }
        let report = store.insert_batch(docs, failures)?;
        summary.stored += report.inserted;
        summary.duplicates += report.duplicates;
        summary.events += report.mentions;
        docs.clear();
        failures.clear();
        Ok(())
    }
}

/// What the workers made of one input item.
enum Processed {
    Failed(Failure),
    /// Already in the store: not analysed again.
    Known {
        id: DocId,
        source: SourceRef,
    },
    Coded {
        stored: Box<StoredDoc>,
        coded: bool,
    },
}

/// Maps `f` over `items` on `jobs` scoped threads, keeping the order.
fn parallel_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if jobs <= 1 || items.len() <= 1 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> =
            items.chunks(chunk).map(|part| scope.spawn(|| part.iter().map(&f).collect::<Vec<R>>())).collect();
        // A worker that panicked is a bug; re-raise it rather than lose documents silently.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// The `YYYY-MM-DD` day of a date or RFC 3339 timestamp.
pub fn day_of(date: &str) -> Option<String> {
    let d = date.trim().get(..10)?;
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    ok.then(|| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days() {
        assert_eq!(day_of("2023-08-15T10:00:00Z").as_deref(), Some("2023-08-15"));
        assert_eq!(day_of("2023-08-15").as_deref(), Some("2023-08-15"));
        assert_eq!(day_of("15.08.2023"), None);
        assert_eq!(day_of("2023"), None);
    }
}
