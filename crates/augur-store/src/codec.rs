//! The stored form of a mention: its JSON with the field names replaced by one- or two-byte
//! tokens. Mentions are the bulk of a database, and most of a mention's JSON is field
//! names: this takes a typical one from about 900 bytes to about 400, losslessly, at the
//! cost of one pass over the bytes. (Deflate would reach about 270 but costs ~40 µs per
//! mention without a preset dictionary, which the pure-Rust backend lacks.)
//!
//! Schema v1 stored plain JSON, which starts with `{`; the encoded form starts with
//! [`FORMAT_V1`]. [`decode`] reads both.

use crate::error::{Result, StoreError};

/// First byte of the encoded form.
pub const FORMAT_V1: u8 = 0x01;

/// The field names that get tokens. Part of the stored format: append only, never reorder.
const KEYS: [&str; 46] = [
    "doc",
    "sentence",
    "sentence_span",
    "start",
    "end",
    "source",
    "code",
    "text",
    "span",
    "span_char",
    "actor",
    "country",
    "sectors",
    "known_group",
    "ethnicity",
    "religion",
    "person",
    "name",
    "qid",
    "office",
    "confidence",
    "reason",
    "target",
    "trigger",
    "trigger_text",
    "cameo",
    "cameo_root",
    "plover",
    "goldstein",
    "quad",
    "date",
    "date_reason",
    "negated",
    "modality",
    "location",
    "fips",
    "lat",
    "lon",
    "geo_type",
    "rule",
    "explanation",
    "version",
    "pipeline",
    "models",
    "lexicons",
    "actors",
];

/// Tokens 0x02..=0x1E stand for the first 29 keys; 0x1F followed by one byte for the rest.
/// Compact JSON never contains raw bytes below 0x20 (control characters in strings are
/// escaped), so tokens cannot be confused with text.
const ONE_BYTE: usize = 29;
const ESCAPE: u8 = 0x1f;

fn tokenize(json: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < json.len() {
        let b = json[i];
        if b != b'"' {
            out.push(b);
            i += 1;
            continue;
        }
        // A string: find its closing quote, skipping escapes.
        let mut j = i + 1;
        while j < json.len() && json[j] != b'"' {
            j += if json[j] == b'\\' { 2 } else { 1 };
        }
        let end = j.min(json.len());
        let is_key = json.get(end + 1) == Some(&b':');
        let k = if is_key { KEYS.iter().position(|k| k.as_bytes() == &json[i + 1..end]) } else { None };
        match k {
            Some(k) if k < ONE_BYTE => {
                out.push(k as u8 + 2);
                i = end + 2;
            }
            Some(k) => {
                out.extend([ESCAPE, (k - ONE_BYTE) as u8 + 0x20]);
                i = end + 2;
            }
            None => {
                let stop = (end + 1).min(json.len());
                out.extend_from_slice(&json[i..stop]);
                i = stop;
            }
        }
    }
}

fn detokenize(data: &[u8]) -> Result<Vec<u8>> {
    let bad = || StoreError::Invalid { what: "encoded mention", value: "unknown token".into() };
    let mut out = Vec::with_capacity(data.len() * 2);
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let key = match b {
            ESCAPE => {
                let n = *data.get(i + 1).ok_or_else(bad)?;
                i += 2;
                (n as usize).checked_sub(0x20).and_then(|k| KEYS.get(k + ONE_BYTE)).ok_or_else(bad)?
            }
            0x02..=0x1e => {
                i += 1;
                KEYS[(b - 2) as usize]
            }
            0x00 | 0x01 => return Err(bad()),
            _ => {
                out.push(b);
                i += 1;
                continue;
            }
        };
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
    }
    Ok(out)
}

/// Encodes compact JSON.
pub fn encode(json: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() / 2 + 1);
    out.push(FORMAT_V1);
    tokenize(json.as_bytes(), &mut out);
    out
}

/// Decodes what [`encode`] wrote, or plain JSON, to JSON text.
pub fn decode(data: &[u8]) -> Result<String> {
    let bytes = match data.first() {
        Some(&FORMAT_V1) => detokenize(&data[1..])?,
        _ => data.to_vec(),
    };
    String::from_utf8(bytes).map_err(|e| StoreError::Invalid { what: "stored mention (UTF-8)", value: e.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str) {
        let enc = encode(json);
        assert_eq!(enc[0], FORMAT_V1);
        assert_eq!(decode(&enc).unwrap(), json);
    }

    #[test]
    fn round_trips() {
        let cases = [
            r#"{"doc":"ab","sentence":0,"actors":"x"}"#,
            r#"{"text":"a \"quoted\" \\ \"code\": inside","code":"RUS"}"#,
            r#"{"unknown_key":1,"lat":1.5,"nested":{"explanation":"Привет, мир"}}"#,
            r#"{"sectors":["GOV","MIL"],"person":null,"name":""}"#,
            r#""#,
            r#"{"truncated":"#,
        ];
        for c in cases {
            check(c);
        }
        assert_eq!(decode(br#"{"plain":true}"#).unwrap(), r#"{"plain":true}"#);
        let bad: [&[u8]; 4] =
            [&[FORMAT_V1, 0x00], &[FORMAT_V1, ESCAPE, 0x05], &[FORMAT_V1, ESCAPE], &[FORMAT_V1, 0xff]];
        for b in bad {
            assert!(decode(b).is_err(), "{b:?}");
        }
        assert!(KEYS.len() - ONE_BYTE < 0xff - 0x20);
    }
}
