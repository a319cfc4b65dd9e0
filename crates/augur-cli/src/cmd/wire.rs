//! The JSON shapes the CLI prints (documented in `docs/contracts.md`). Only this module knows
//! them; the pipeline passes typed values.

use augur_core::span::CharIndex;
use augur_core::{Document, EventActor, EventMention, Span};
use serde_json::{json, Value};

fn pair(s: Span) -> Value {
    json!([s.start, s.end])
}

fn actor(a: &EventActor, chars: &CharIndex) -> Value {
    json!({
        "code": a.code,
        "text": a.text,
        "span": pair(a.span),
        "span_char": pair(chars.char_span(a.span)),
        "country": a.actor.country,
        "sectors": a.actor.sectors,
        "person": a.actor.person,
        "name": a.actor.name,
        "actor": a.actor,
    })
}

/// One event mention as `augur code` prints it.
pub fn event(e: &EventMention, text: &str, chars: &CharIndex) -> Value {
    json!({
        "doc": e.doc,
        "sentence": e.sentence,
        "sentence_span": pair(e.sentence_span),
        "sentence_span_char": pair(chars.char_span(e.sentence_span)),
        "sentence_text": e.sentence_span.slice(text).unwrap_or(""),
        "source": actor(&e.source, chars),
        "target": e.target.as_ref().map(|t| actor(t, chars)),
        "trigger": {"text": e.trigger_text, "span": pair(e.trigger), "span_char": pair(chars.char_span(e.trigger))},
        "cameo": e.cameo,
        "cameo_root": e.cameo_root,
        "plover": e.plover,
        "goldstein": e.goldstein,
        "quad": e.quad,
        "date": e.date,
        "date_reason": e.date_reason,
        "negated": e.negated,
        "modality": e.modality,
        "location": e.location,
        "confidence": e.confidence,
        "rule": e.rule,
        "explanation": e.explanation,
        "id": e.id(),
        "version": e.version,
    })
}

/// One document as `augur extract` prints it.
pub fn document(d: &Document) -> Value {
    json!({
        "id": d.id,
        "source": d.source.to_string(),
        "url": d.meta.url,
        "title": d.meta.title,
        "date": d.meta.date,
        "author": d.meta.author,
        "site": d.meta.site,
        "lang": d.lang.code(),
        "lang_confidence": d.lang_confidence,
        "mixed_lang": d.mixed_lang,
        "declared_lang": d.meta.lang,
        "content_hash": d.content_hash,
        "paragraphs": d.paragraphs.iter().map(|p| pair(*p)).collect::<Vec<_>>(),
        "text": d.text,
        "diagnostics": d.diagnostics,
    })
}
