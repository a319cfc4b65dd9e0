//! Re-coding stored documents with the current pipeline: documents keep their text, so an
//! improved coder does not require re-ingesting the world.

use augur_store::{DocFilter, Store};

use crate::pipeline::{day_of, Pipeline, PipelineError};

/// What a re-coding run did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RecodeReport {
    pub documents: usize,
    pub recoded: usize,
    pub skipped_current: usize,
    pub skipped_language: usize,
    pub mentions_removed: usize,
    pub mentions_inserted: usize,
}

impl std::fmt::Display for RecodeReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} documents: {} re-coded, {} already current, {} not coded (language); mentions {} removed, {} inserted",
            self.documents,
            self.recoded,
            self.skipped_current,
            self.skipped_language,
            self.mentions_removed,
            self.mentions_inserted
        )
    }
}

/// Re-codes every stored document (`all`) or those whose version stamp differs from the
/// pipeline's; replaces their mentions and re-clusters.
pub fn recode(
    pipeline: &Pipeline,
    store: &mut Store,
    all: bool,
    mut on_doc: impl FnMut(&augur_core::DocId),
) -> Result<RecodeReport, PipelineError> {
    let current = pipeline.version().compact();
    let mut report = RecodeReport::default();
    let docs = store.documents(&DocFilter::default())?;
    for stored in docs {
        report.documents += 1;
        on_doc(&stored.doc.id);
        if !pipeline.codes(stored.doc.lang) {
            report.skipped_language += 1;
            continue;
        }
        if !all && stored.version.as_deref() == Some(current.as_str()) {
            report.skipped_current += 1;
            continue;
        }
        let date = stored.doc.meta.date.as_deref().and_then(day_of);
        let coded = pipeline.code_document(&stored.doc, date.as_deref());
        let r = store.replace_mentions(&stored.doc.id, &coded.events)?;
        report.recoded += 1;
        report.mentions_removed += r.removed;
        report.mentions_inserted += r.inserted;
    }
    Ok(report)
}
