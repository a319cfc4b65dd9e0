//! JSON Lines: one document per line with fields `id`, `url`, `date`, `lang`, `title`,
//! `author`, `site`, and `text` or `html`.

use std::io::BufRead;

use augur_core::doc::RawFormat;
use augur_core::{DocMeta, RawDoc};
use serde::Deserialize;

use crate::{raw, Ctx, IngestError};

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    url: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    title: Option<String>,
    author: Option<String>,
    site: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

pub(crate) struct JsonlLines {
    reader: Box<dyn BufRead>,
    ctx: Ctx,
    line_no: usize,
    done: bool,
}

impl JsonlLines {
    pub(crate) fn new(reader: Box<dyn BufRead>, ctx: Ctx) -> JsonlLines {
        JsonlLines { reader, ctx, line_no: 0, done: false }
    }

    /// Reads one line of at most `max_doc_bytes`; an overlong line is skipped to its end.
    fn read_line(&mut self) -> Option<Result<Vec<u8>, IngestError>> {
        let limit = self.ctx.caps.max_doc_bytes;
        let mut buf = Vec::new();
        let mut too_long = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) => {
                    self.done = true;
                    let at = self.ctx.at_record(format!("line {}", self.line_no + 1));
                    return Some(Err(self.ctx.read_error(at, e)));
                }
            };
            if chunk.is_empty() {
                self.done = true;
                if buf.is_empty() && !too_long {
                    return None;
                }
                break;
            }
            let (take, found) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if buf.len() + take > limit + 1 {
                    too_long = true;
                    buf.clear();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if found {
                break;
            }
        }
        self.line_no += 1;
        if too_long {
            let at = self.ctx.at_record(format!("line {}", self.line_no));
            return Some(Err(IngestError::TooLarge { at, size: limit as u64 + 1, limit }));
        }
        Some(Ok(buf))
    }
}

impl Iterator for JsonlLines {
    type Item = Result<RawDoc, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let line = match self.read_line()? {
                Ok(l) => l,
                Err(e) => return Some(Err(e)),
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let at = self.ctx.at_record(format!("line {}", self.line_no));
            return Some(parse_line(&line, at));
        }
        None
    }
}

fn parse_line(line: &[u8], at: augur_core::SourceRef) -> Result<RawDoc, IngestError> {
    let rec: Line =
        serde_json::from_slice(line).map_err(|e| IngestError::Json { at: at.clone(), message: e.to_string() })?;
    let (bytes, format) = match (rec.html, rec.text) {
        (Some(h), _) if !h.trim().is_empty() => (h.into_bytes(), RawFormat::Html),
        (_, Some(t)) => (t.into_bytes(), RawFormat::Text),
        (Some(h), None) => (h.into_bytes(), RawFormat::Html),
        (None, None) => {
            return Err(IngestError::Json { at, message: "record has neither `text` nor `html`".into() });
        }
    };
    let id_hint = rec.id.and_then(|v| match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let mut doc = raw(at, bytes, format);
    doc.hints =
        DocMeta { title: rec.title, date: rec.date, author: rec.author, url: rec.url, site: rec.site, lang: rec.lang };
    // JSON strings are UTF-8 by definition.
    doc.declared_charset = Some("utf-8".into());
    doc.id_hint = id_hint;
    Ok(doc)
}
