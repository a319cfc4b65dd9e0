//! Bytes → UTF-8 NFC text: BOM, declared charset (HTTP header), `<meta charset>`,
//! statistical detection (chardetng), and repair of UTF-8 mis-read as Windows-1252.

use augur_core::Diagnostic;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Decodes `bytes` to NFC UTF-8. `declared` is a container's charset (HTTP header);
/// `html` enables the `<meta charset>` prescan.
pub fn decode(bytes: &[u8], declared: Option<&str>, html: bool) -> (String, Vec<Diagnostic>) {
    let (text, diags) = decode_raw(bytes, declared, html);
    (nfc(text), diags)
}

/// NFC, skipping the copy when the text is already normalised (the common case).
pub fn nfc(text: String) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    }
}

/// Like [`decode`] but without NFC normalisation, for callers that normalise only the
/// extracted text (a fraction of an HTML page).
pub fn decode_raw(bytes: &[u8], declared: Option<&str>, html: bool) -> (String, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let (encoding, how) = choose_encoding(bytes, declared, html, &mut diags);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        diags.push(Diagnostic::warning(
            "decode",
            "invalid-bytes",
            format!("invalid {} byte sequences replaced with U+FFFD ({how})", encoding.name()),
        ));
    }
    let mut text = text.into_owned();
    if let Some(fixed) = repair_mojibake(&text) {
        diags.push(Diagnostic::info(
            "decode",
            "mojibake-repaired",
            "repaired UTF-8 text that had been read as Windows-1252",
        ));
        text = fixed;
    }
    (text, diags)
}

fn choose_encoding(
    bytes: &[u8],
    declared: Option<&str>,
    html: bool,
    diags: &mut Vec<Diagnostic>,
) -> (&'static Encoding, &'static str) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, "byte order mark");
    }
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let non_ascii = !bytes.is_ascii();
    let declared = declared.and_then(|d| Encoding::for_label(d.trim().as_bytes())).or_else(|| {
        if html {
            meta_charset(bytes)
        } else {
            None
        }
    });
    if let Some(enc) = declared {
        // A legacy declaration over bytes that are valid, non-ASCII UTF-8 is almost always
        // wrong: such byte sequences are vanishingly rare in real legacy text.
        if enc != UTF_8 && valid_utf8 && non_ascii && enc.is_ascii_compatible() {
            diags.push(Diagnostic::warning(
                "decode",
                "charset-mismatch",
                format!("declared {} but the bytes are valid UTF-8; decoded as UTF-8", enc.name()),
            ));
            return (UTF_8, "valid UTF-8 overrides declaration");
        }
        if enc == UTF_8 && !valid_utf8 {
            let guess = detect(bytes);
            if guess != UTF_8 {
                diags.push(Diagnostic::warning(
                    "decode",
                    "charset-mismatch",
                    format!("declared UTF-8 but the bytes are not; detected {}", guess.name()),
                ));
                return (guess, "detected");
            }
        }
        // `replacement` and UTF-16 labels in a meta tag are not trustworthy for ASCII-
        // compatible bytes; the HTML standard treats them as UTF-8.
        if !enc.is_ascii_compatible() || enc.name() == "replacement" {
            return (UTF_8, "declared charset unusable");
        }
        return (enc, "declared");
    }
    if valid_utf8 {
        return (UTF_8, "valid UTF-8");
    }
    (detect(bytes), "detected")
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    det.feed(&bytes[..bytes.len().min(64 * 1024)], bytes.len() <= 64 * 1024);
    det.guess(None, true)
}

/// Finds `<meta charset=…>` or `<meta http-equiv=Content-Type content="…charset=…">` in the
/// first 4 KB, as browsers do.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.iter().skip_while(|b| b.is_ascii_whitespace()).copied().collect::<Vec<_>>();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let value: Vec<u8> = rest
                    .iter()
                    .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                    .take_while(|b| !(b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>')))
                    .copied()
                    .collect();
                if let Some(enc) = Encoding::for_label(&value) {
                    return Some(enc);
                }
            }
        }
        from = end.max(start + 5);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Repairs runs of UTF-8 read as Windows-1252 ("FranÃ§ais" → "Français", "â€™" → "’").
/// Each maximal run of non-ASCII characters is re-encoded as Windows-1252 and decoded as
/// UTF-8; it is replaced only when that succeeds strictly and yields fewer characters, so
/// genuine Latin text ("Ärger", "garçon") is never touched. `None` when nothing changed.
pub fn repair_mojibake(text: &str) -> Option<String> {
    if text.is_ascii() || !has_lead_then_continuation(text) {
        return None;
    }
    // Runs of characters that Windows-1252 bytes 0x80..=0xFF decode to are re-encoded
    // and read as UTF-8; the output is only built once a run actually changes.
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut run_start: Option<usize> = None;
    let mut run_chars = 0usize;
    let flush = |from: usize, to: usize, chars: usize, out: &mut Option<String>, copied: &mut usize| {
        let run = &text[from..to];
        // UTF-8 starts with a lead byte, which Windows-1252 shows as Â..ô; other runs
        // cannot decode.
        if chars < 2 || !run.starts_with(|c: char| ('\u{c2}'..='\u{f4}').contains(&c)) {
            return;
        }
        if let Some(fixed) = unmangle(run) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[*copied..from]);
            o.push_str(&fixed);
            *copied = to;
        }
    };
    for (i, c) in text.char_indices() {
        if in_cp1252_upper(c) {
            run_start.get_or_insert(i);
            run_chars += 1;
        } else if let Some(s) = run_start.take() {
            flush(s, i, run_chars, &mut out, &mut copied);
            run_chars = 0;
        }
    }
    if let Some(s) = run_start {
        flush(s, text.len(), run_chars, &mut out, &mut copied);
    }
    out.map(|mut o| {
        o.push_str(&text[copied..]);
        o
    })
}

/// Whether a UTF-8 lead byte seen as Windows-1252 (Â..ô) is followed by a continuation
/// byte seen as Windows-1252 (0x80..=0xBF): the shape of every mojibake sequence. A
/// cheap scan that lets clean text skip the repair.
fn has_lead_then_continuation(text: &str) -> bool {
    let mut prev_lead = false;
    for c in text.chars() {
        let u = c as u32;
        if prev_lead
            && (matches!(u, 0xA0..=0xBF | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D) || (u >= 0x152 && in_cp1252_upper(c)))
        {
            return true;
        }
        prev_lead = (0xC2..=0xF4).contains(&u);
    }
    false
}

/// Characters that Windows-1252 bytes 0x80..=0xFF decode to.
fn in_cp1252_upper(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0xA0..=0xFF | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D)
        || ((0x152..=0x2122).contains(&u) && "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".contains(c))
}

fn unmangle(run: &str) -> Option<String> {
    let (bytes, _, unmappable) = WINDOWS_1252.encode(run);
    if unmappable {
        return None;
    }
    let s = std::str::from_utf8(&bytes).ok()?;
    (s.chars().count() < run.chars().count()).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], declared: Option<&str>, expected: &str, codes: &[&str]) {
        let (text, diags) = decode(bytes, declared, true);
        assert_eq!(text, expected);
        let got: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(got, codes, "diagnostics for {expected:?}");
    }

    #[test]
    fn decodes() {
        let latin1 = b"<p>Gr\xfc\xdfe aus K\xf6ln</p>";
        type Case<'a> = (&'a [u8], Option<&'a str>, &'a str, &'a [&'a str]);
        let cases: &[Case<'_>] = &[
            ("Grüße".as_bytes(), None, "Grüße", &[]),
            (b"\xef\xbb\xbfHallo", Some("iso-8859-1"), "Hallo", &[]),
            (b"\xff\xfeH\x00i\x00", None, "Hi", &[]),
            (latin1, Some("ISO-8859-1"), "<p>Grüße aus Köln</p>", &[]),
            (latin1, None, "<p>Grüße aus Köln</p>", &[]),
            (
                b"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
                None,
                "<meta charset=\"windows-1251\"><p>Привет</p>",
                &[],
            ),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"><p>\xa4</p>",
                None,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"><p>€</p>",
                &[],
            ),
            // A wrong declaration: UTF-8 bytes declared as Latin-1.
            ("Straße".as_bytes(), Some("iso-8859-1"), "Straße", &["charset-mismatch"]),
            // Latin-1 bytes declared as UTF-8.
            (
                b"Stra\xdfe und Gr\xfc\xdfe und sch\xf6n",
                Some("utf-8"),
                "Straße und Grüße und schön",
                &["charset-mismatch"],
            ),
            // Decomposed input comes out NFC.
            ("Cafe\u{301}".as_bytes(), None, "Café", &[]),
            ("FranÃ§ais â€“ Ã©tÃ©".as_bytes(), None, "Français – été", &["mojibake-repaired"]),
        ];
        for &(bytes, declared, expected, codes) in cases {
            check(bytes, declared, expected, codes);
        }
    }

    #[test]
    fn mojibake_repair_leaves_real_text_alone() {
        let cases = [
            ("Ärger über Äpfel", None),
            ("garçon, à côté", None),
            ("MÃ¼nchen und ZÃ¼rich", Some("München und Zürich")),
            ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", Some("Привет")),
            ("Ã", None),
        ];
        for (input, expected) in cases {
            assert_eq!(repair_mojibake(input).as_deref(), expected, "{input}");
        }
    }
}
