//! Format detection by content, with the file extension as a tie-breaker.

use std::path::Path;

/// What an input (after gzip decompression) contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Warc,
    Jsonl,
    Feed,
    Html,
    Text,
    Binary,
}

/// Detects the kind of an input from its first bytes (a few KB suffice) and its name.
pub fn sniff(head: &[u8], name: Option<&Path>) -> InputKind {
    let ext = name.and_then(|p| p.extension()).map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let body = strip_bom(head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(body.len());
    let body = &body[start..];
    if body.starts_with(b"WARC/") {
        return InputKind::Warc;
    }
    if looks_binary(head) {
        return InputKind::Binary;
    }
    if body.starts_with(b"{") {
        return InputKind::Jsonl;
    }
    let lower: Vec<u8> = body.iter().take(4096).map(|b| b.to_ascii_lowercase()).collect();
    if body.starts_with(b"<") {
        let has = |needle: &str| contains(&lower, needle.as_bytes());
        // Feeds: the root element, possibly after an XML declaration, comments or a stylesheet PI.
        if has("<rss") || has("<feed") || has("<rdf:rdf") {
            let html_first = ["<html", "<!doctype html"].iter().any(|t| {
                position(&lower, t.as_bytes()).is_some_and(|h| {
                    ["<rss", "<feed", "<rdf:rdf"].iter().filter_map(|f| position(&lower, f.as_bytes())).all(|f| h < f)
                })
            });
            if !html_first {
                return InputKind::Feed;
            }
        }
        const HTML_MARKERS: [&str; 12] = [
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<meta",
            "<title",
            "<div",
            "<p>",
            "<p ",
            "<article",
            "<!--",
            "<h1",
        ];
        if HTML_MARKERS.iter().any(|m| has(m)) {
            return InputKind::Html;
        }
    }
    match ext.as_str() {
        "html" | "htm" | "xhtml" => InputKind::Html,
        "rss" | "atom" => InputKind::Feed,
        "jsonl" | "ndjson" => InputKind::Jsonl,
        _ => {
            // HTML fragments without a leading tag: many tags in the head means markup.
            let tags = lower.windows(3).filter(|w| w == b"<p>" || w == b"<br" || w == b"<a ").count();
            if tags >= 3 {
                InputKind::Html
            } else {
                InputKind::Text
            }
        }
    }
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b)
}

/// NUL bytes or many control characters mean binary data; UTF-16 (BOM) is text.
fn looks_binary(head: &[u8]) -> bool {
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return false;
    }
    let sample = &head[..head.len().min(4096)];
    if sample.is_empty() {
        return false;
    }
    let ctrl = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)).count();
    sample.contains(&0) || ctrl * 20 > sample.len()
}

fn position(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    position(hay, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[u8], name: Option<&str>, expected: InputKind) {
        let got = sniff(input, name.map(Path::new));
        assert_eq!(got, expected, "input {:?}", String::from_utf8_lossy(input));
    }

    #[test]
    fn detects_by_content() {
        let cases: &[(&[u8], Option<&str>, InputKind)] = &[
            (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", Some("x.txt"), InputKind::Warc),
            (b"\xef\xbb\xbf<!DOCTYPE html><html>", None, InputKind::Html),
            (b"  <html lang=\"de\"><head>", Some("page.txt"), InputKind::Html),
            (b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", None, InputKind::Feed),
            (
                b"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">",
                None,
                InputKind::Feed,
            ),
            (b"<!DOCTYPE html><html><body><p>Unser RSS-Feed: <code>&lt;rss&gt;</code></p>", None, InputKind::Html),
            (b"{\"id\": \"1\", \"text\": \"x\"}\n{\"id\": \"2\"}", Some("dump.txt"), InputKind::Jsonl),
            (b"Plain text, first line.\n\nSecond paragraph.", Some("a.html"), InputKind::Html),
            (b"Plain text, first line.\n\nSecond paragraph.", Some("a.txt"), InputKind::Text),
            (b"Plain text, first line.", None, InputKind::Text),
            (b"\x00\x01\x02\x03binary\x00", None, InputKind::Binary),
            (b"", None, InputKind::Text),
            (b"Ein Text mit <p>Absatz</p> und <br> und <a href=x>Link</a>.", None, InputKind::Html),
        ];
        for &(input, name, expected) in cases {
            check(input, name, expected);
        }
    }
}
