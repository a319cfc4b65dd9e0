//! Documents: raw input records and clean documents with metadata.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::{Diagnostic, Lang, Span};

/// A stable document id: the first 16 hex digits of SHA-256 over the normalised text
/// and the canonical URL. The same content at the same URL always gets the same id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(String);

impl DocId {
    /// Derives the id from the text (NFC, whitespace collapsed) and the canonical URL.
    pub fn from_content(text: &str, canonical_url: Option<&str>) -> DocId {
        let mut h = Sha256::new();
        h.update(normalise_for_hash(text).as_bytes());
        h.update([0u8]);
        if let Some(url) = canonical_url {
            h.update(url.trim().as_bytes());
        }
        DocId(hex16(&h.finalize()))
    }

    /// Wraps an id given by the user (e.g. JSONL `id` or `--doc`).
    pub fn from_string(s: impl Into<String>) -> DocId {
        DocId(s.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Normalises text for hashing: NFC and collapsed whitespace, so that re-extraction with
/// different line breaks gives the same id.
pub fn normalise_for_hash(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// SHA-256 of bytes as 64 hex digits (content hashes of raw input).
pub fn content_hash(bytes: &[u8]) -> String {
    let d = Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

fn hex16(d: &[u8]) -> String {
    d.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Where a raw document came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// A path, `-` for stdin, or a URL.
    pub location: String,
    /// Sub-record inside a container: JSONL line number, WARC record id, feed item index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

impl SourceRef {
    pub fn path(location: impl Into<String>) -> SourceRef {
        SourceRef { location: location.into(), record: None }
    }

    pub fn with_record(mut self, record: impl Into<String>) -> SourceRef {
        self.record = Some(record.into());
        self
    }
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.record {
            Some(r) => write!(f, "{}#{}", self.location, r),
            None => f.write_str(&self.location),
        }
    }
}

/// The format of a raw document's bytes, detected by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawFormat {
    Html,
    Text,
}

/// One raw document as ingest found it, before decoding and extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDoc {
    pub source: SourceRef,
    pub bytes: Vec<u8>,
    pub format: RawFormat,
    /// Hints from the container (JSONL fields, WARC/HTTP headers, feed item fields).
    pub hints: DocMeta,
    /// Charset declared by a container (HTTP `Content-Type`), if any.
    pub declared_charset: Option<String>,
    /// An id given by the container (JSONL `id`); kept as metadata, the document id is
    /// still derived from content so that the same text is stored once.
    pub id_hint: Option<String>,
}

/// Document metadata; every field optional because inputs give what they give.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DocMeta {
    pub title: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339.
    pub date: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub site: Option<String>,
    /// Language declared by the source (html `lang`, JSONL `lang`).
    pub lang: Option<String>,
}

impl DocMeta {
    /// Fills every empty field of `self` from `other`.
    pub fn fill_from(&mut self, other: &DocMeta) {
        fn fill(a: &mut Option<String>, b: &Option<String>) {
            if a.as_deref().is_none_or(|s| s.trim().is_empty()) {
                if let Some(v) = b {
                    if !v.trim().is_empty() {
                        *a = Some(v.clone());
                    }
                }
            }
        }
        fill(&mut self.title, &other.title);
        fill(&mut self.date, &other.date);
        fill(&mut self.author, &other.author);
        fill(&mut self.url, &other.url);
        fill(&mut self.site, &other.site);
        fill(&mut self.lang, &other.lang);
    }
}

/// A clean document: main text (UTF-8, NFC) with paragraph spans, metadata and language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    pub source: SourceRef,
    /// SHA-256 of the raw bytes.
    pub content_hash: String,
    pub meta: DocMeta,
    /// The identified language ([`Lang::Other`] when not one of ours).
    pub lang: Lang,
    /// Confidence of the language identification, 0..1.
    pub lang_confidence: f32,
    /// Set when the document mixes languages substantially.
    pub mixed_lang: bool,
    pub text: String,
    /// Byte spans of the paragraphs in `text`, in order.
    pub paragraphs: Vec<Span>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// Builds a document from finished text, deriving the id and paragraph spans
    /// (paragraphs are separated by blank lines).
    pub fn from_text(source: SourceRef, content_hash: String, meta: DocMeta, text: String) -> Document {
        let id = DocId::from_content(&text, meta.url.as_deref());
        let paragraphs = paragraph_spans(&text);
        Document {
            id,
            source,
            content_hash,
            meta,
            lang: Lang::Other,
            lang_confidence: 0.0,
            mixed_lang: false,
            text,
            paragraphs,
            diagnostics: Vec::new(),
        }
    }
}

/// Spans of the non-empty paragraphs of `text`, where paragraphs are separated by one or
/// more blank lines.
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, last_end));
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            last_end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_whitespace_insensitive() {
        let a = DocId::from_content("Hallo  Welt.\n\nZweiter Absatz.", Some("u"));
        let b = DocId::from_content("Hallo Welt.\nZweiter Absatz.", Some("u"));
        let c = DocId::from_content("Hallo Welt.\nZweiter Absatz.", Some("v"));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn paragraphs() {
        let t = "Titel\n\n  Erster Absatz.\nNoch eine Zeile.\n\n\nZweiter.\n";
        let p: Vec<&str> = paragraph_spans(t).iter().map(|s| s.slice(t).unwrap()).collect();
        assert_eq!(p, vec!["Titel", "Erster Absatz.\nNoch eine Zeile.", "Zweiter."]);
    }
}
