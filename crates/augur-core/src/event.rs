//! Event mentions: one coded event in one sentence, with full provenance.

use serde::{Deserialize, Serialize};

use crate::{Actor, DocId, Span, VersionStamp};

/// How the text presents the act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Reported as having happened or happening.
    Asserted,
    /// Announced, promised or wanted (coded as intent, CAMEO 03x, where the act is promised).
    Intent,
    /// A conditional negative act (coded as a threat, 13x).
    Conditional,
    /// A hypothetical or a question: not a fact.
    Hypothetical,
}

/// The source or target of an event with where it stands in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    pub code: String,
    /// The words of the mention as written.
    pub text: String,
    /// Byte span in the document text.
    pub span: Span,
    /// Character span in the document text.
    pub span_char: Span,
    pub actor: Actor,
}

/// Where an event took place, from the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    /// CAMEO / ISO alpha-3 country code.
    pub country: String,
    /// FIPS 10-4 country code, as GDELT's geography columns use.
    #[serde(default)]
    pub fips: String,
    pub lat: f64,
    pub lon: f64,
    /// GDELT geo type: 1 country, 3 US city, 4 world city.
    pub geo_type: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// One coded event instance in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    pub doc: DocId,
    /// 0-based sentence index in the document.
    pub sentence: usize,
    pub sentence_span: Span,
    pub source: EventActor,
    pub target: Option<EventActor>,
    pub trigger: Span,
    /// The trigger words as written.
    pub trigger_text: String,
    /// Full CAMEO code, e.g. `042`.
    pub cameo: String,
    /// Two-digit root, e.g. `04`.
    pub cameo_root: String,
    pub plover: String,
    pub goldstein: f32,
    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad: u8,
    /// `YYYY-MM-DD`, a month `YYYY-MM`, or `None` when undetermined.
    pub date: Option<String>,
    pub date_reason: String,
    pub negated: bool,
    pub modality: Modality,
    pub location: Option<Location>,
    pub confidence: f32,
    /// The rule that fired, e.g. `de:verb:vorwerfen`.
    pub rule: String,
    pub explanation: String,
    pub version: VersionStamp,
}

impl EventMention {
    /// A deterministic mention id: document, sentence, trigger and the coded tuple.
    pub fn id(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        let target = self.target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
        let key = format!(
            "{}|{}|{}-{}|{}|{}|{}",
            self.doc, self.sentence, self.trigger.start, self.trigger.end, self.source.code, target, self.cameo
        );
        h.update(key.as_bytes());
        h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
    }
}
