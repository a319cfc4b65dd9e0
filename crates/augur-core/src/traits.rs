//! The narrow traits that join the stages. The pipeline crate composes them; each stage
//! crate implements one. Analysis never fails: results come with diagnostics.

use crate::{Actor, ActorMention, Analysis, Diagnostic, Document, EventMention, Lang, Sentence};

/// Text → sentences of parsed UD words (tokenise, tag, lemmatise, parse).
pub trait Analyzer: Send + Sync {
    /// Analyses `text` in `lang`. Spans in the result are byte offsets into `text`.
    fn analyze(&self, text: &str, lang: Lang) -> Analysis;

    /// Short hash of the models in use (for the version stamp).
    fn model_hash(&self) -> String;
}

/// Mentions in a parsed sentence → actors, on a date.
pub trait ActorResolver: Send + Sync {
    /// Resolves a free-text mention (as `augur actors resolve` does). `date` is `YYYY-MM-DD`.
    fn resolve_text(&self, mention: &str, lang: Lang, date: Option<&str>) -> Vec<Actor>;

    /// Finds and resolves every actor mention in a parsed sentence.
    fn find_mentions(
        &self,
        text: &str,
        sentence: &Sentence,
        sentence_index: usize,
        lang: Lang,
        date: Option<&str>,
    ) -> Vec<ActorMention>;

    /// Short hash of the actor data (for the version stamp).
    fn data_hash(&self) -> String;
}

/// A parsed document plus its actor mentions → event mentions.
pub trait EventCoder: Send + Sync {
    /// Codes the events of `doc`. `actors` are the mentions the resolver found sentence by
    /// sentence; `resolver` is there for arguments those mentions do not cover.
    fn code(
        &self,
        doc: &Document,
        analysis: &Analysis,
        actors: &[ActorMention],
        resolver: &dyn ActorResolver,
    ) -> (Vec<EventMention>, Vec<Diagnostic>);

    /// Short hash of the lexicons (for the version stamp).
    fn lexicon_hash(&self) -> String;
}
