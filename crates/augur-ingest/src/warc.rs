//! WARC (ISO 28500) reader: `response` records with an HTML (or plain-text) HTTP payload
//! become documents; other record types and payloads are skipped.

use std::io::{self, BufRead, Read};

use augur_core::doc::RawFormat;
use augur_core::RawDoc;

use crate::{charset_of_content_type, raw, read_capped, Ctx, IngestError};

/// Header blocks larger than this are corrupt, not real.
const MAX_HEADER_BYTES: usize = 256 * 1024;

pub(crate) struct WarcRecords {
    reader: Box<dyn BufRead>,
    ctx: Ctx,
    index: usize,
    done: bool,
}

struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl WarcRecords {
    pub(crate) fn new(reader: Box<dyn BufRead>, ctx: Ctx) -> WarcRecords {
        WarcRecords { reader, ctx, index: 0, done: false }
    }

    fn record_ref(&self, id: Option<&str>) -> augur_core::SourceRef {
        match id {
            Some(id) => self.ctx.at_record(id.trim_matches(['<', '>']).to_string()),
            None => self.ctx.at_record(format!("record {}", self.index)),
        }
    }

    /// Reads one CRLF- or LF-terminated line; `None` at a clean end of input.
    fn line(&mut self, budget: &mut usize) -> io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = (&mut self.reader).take(*budget as u64 + 1).read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        if n > *budget {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "header block too large"));
        }
        *budget -= n;
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    fn fail(&mut self, at: augur_core::SourceRef, message: impl Into<String>) -> Option<Result<RawDoc, IngestError>> {
        self.done = true;
        Some(Err(IngestError::Warc { at, message: message.into() }))
    }

    fn next_record(&mut self) -> Option<Result<RawDoc, IngestError>> {
        loop {
            if self.done {
                return None;
            }
            self.index += 1;
            let mut budget = MAX_HEADER_BYTES;
            // Version line, after any blank separator lines.
            let version = loop {
                match self.line(&mut budget) {
                    Ok(None) => {
                        self.done = true;
                        return None;
                    }
                    Ok(Some(l)) if l.trim().is_empty() => continue,
                    Ok(Some(l)) => break l,
                    Err(e) => {
                        self.done = true;
                        let at = self.record_ref(None);
                        return Some(Err(self.ctx.read_error(at, e)));
                    }
                }
            };
            if !version.starts_with("WARC/") {
                let at = self.record_ref(None);
                return self.fail(at, format!("expected a WARC version line, found {:?}", truncate(&version, 40)));
            }
            let mut headers = Vec::new();
            loop {
                match self.line(&mut budget) {
                    Ok(Some(l)) if l.is_empty() => break,
                    Ok(Some(l)) => {
                        if let Some((k, v)) = l.split_once(':') {
                            headers.push((k.trim().to_string(), v.trim().to_string()));
                        }
                    }
                    Ok(None) => {
                        let at = self.record_ref(None);
                        return self.fail(at, "truncated header block");
                    }
                    Err(e) => {
                        self.done = true;
                        let at = self.record_ref(None);
                        return Some(Err(self.ctx.read_error(at, e)));
                    }
                }
            }
            let headers = Headers(headers);
            let at = self.record_ref(headers.get("WARC-Record-ID"));
            let Some(len) = headers.get("Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
                return self.fail(at, "missing or invalid Content-Length");
            };
            let wanted = headers.get("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"));
            let limit = self.ctx.caps.max_doc_bytes;
            if !wanted || len > limit as u64 {
                match io::copy(&mut (&mut self.reader).take(len), &mut io::sink()) {
                    Ok(n) if n == len => {}
                    Ok(_) => return self.fail(at, "truncated record body"),
                    Err(e) => {
                        self.done = true;
                        return Some(Err(self.ctx.read_error(at, e)));
                    }
                }
                if wanted {
                    return Some(Err(IngestError::TooLarge { at, size: len, limit }));
                }
                continue;
            }
            let mut body = Vec::with_capacity(len as usize);
            if let Err(e) = read_capped(&mut (&mut self.reader).take(len), limit, &mut body) {
                self.done = true;
                return Some(Err(self.ctx.read_error(at, e)));
            }
            if (body.len() as u64) < len {
                return self.fail(at, format!("truncated record body ({} of {} bytes)", body.len(), len));
            }
            match http_payload(&body, &self.ctx, &at) {
                Ok(Some((payload, format, charset))) => {
                    let mut doc = raw(at, payload, format);
                    doc.hints.url = headers.get("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
                    doc.hints.date = headers.get("WARC-Date").map(str::to_string);
                    doc.declared_charset = charset;
                    return Some(Ok(doc));
                }
                Ok(None) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl Iterator for WarcRecords {
    type Item = Result<RawDoc, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_record()
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

type Payload = (Vec<u8>, RawFormat, Option<String>);

/// Splits an HTTP response into headers and body; `None` for non-text payloads and
/// non-2xx responses (redirects, errors carry no article).
fn http_payload(body: &[u8], ctx: &Ctx, at: &augur_core::SourceRef) -> Result<Option<Payload>, IngestError> {
    let bad = |m: &str| IngestError::Warc { at: at.clone(), message: m.to_string() };
    let Some(split) = find(body, b"\r\n\r\n").map(|i| (i, i + 4)).or_else(|| find(body, b"\n\n").map(|i| (i, i + 2)))
    else {
        return Err(bad("HTTP response without a header/body separator"));
    };
    let head = String::from_utf8_lossy(&body[..split.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    if !status.starts_with("HTTP/") {
        return Err(bad("response record does not hold an HTTP response"));
    }
    let code: u16 = status.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let headers = Headers(
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect(),
    );
    let ctype = headers.get("Content-Type").unwrap_or("text/html").to_ascii_lowercase();
    let format = if ctype.contains("html") {
        RawFormat::Html
    } else if ctype.starts_with("text/plain") {
        RawFormat::Text
    } else {
        return Ok(None);
    };
    let charset = charset_of_content_type(&ctype);
    let mut payload = body[split.1..].to_vec();
    if headers.get("Transfer-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
        payload = dechunk(&payload).ok_or_else(|| bad("malformed chunked transfer encoding"))?;
    }
    if headers.get("Content-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("gzip")) {
        let mut out = Vec::new();
        let dec = flate2::read::MultiGzDecoder::new(&payload[..]);
        match read_capped(&mut { dec }, ctx.caps.max_doc_bytes, &mut out) {
            Ok(false) => payload = out,
            Ok(true) => {
                return Err(IngestError::TooLarge {
                    at: at.clone(),
                    size: out.len() as u64,
                    limit: ctx.caps.max_doc_bytes,
                })
            }
            Err(err) => return Err(IngestError::Gzip { at: at.clone(), err }),
        }
    }
    Ok(Some((payload, format, charset)))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let nl = find(data, b"\n")?;
        let size_line = std::str::from_utf8(&data[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        data = &data[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if data.len() < size {
            return None;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size..];
        data = data.strip_prefix(b"\r\n").or_else(|| data.strip_prefix(b"\n")).unwrap_or(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks() {
        let cases: &[(&[u8], Option<&[u8]>)] = &[
            (b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n", Some(b"Wikipedia")),
            (b"3;ext=1\r\nabc\r\n0\r\n", Some(b"abc")),
            (b"ff\r\nshort", None),
            (b"zz\r\n", None),
        ];
        for &(input, expected) in cases {
            assert_eq!(dechunk(input).as_deref(), expected);
        }
    }
}
