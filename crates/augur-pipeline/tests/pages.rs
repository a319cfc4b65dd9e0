//! Whole news pages with their furniture, through the whole pipeline: raw page (plain text as
//! copied from a browser, or HTML) → extraction → analysis → events, as `augur code` runs it,
//! with the language detected, not given.
//!
//! Each fixture in `tests/pages/` (`de-text.txt`, `fr-page.html`, …) has a sidecar
//! `<name>.expect` with one directive a line (`#` starts a comment):
//!
//! - `date YYYY-MM-DD`: the publication date passed to the coder;
//! - `event SRC ROOT TGT`: an event of the body that must be coded, compared as the judge does
//!   (actors at country level: the first 3 characters of the code, 6 for `IGO…`; CAMEO root;
//!   `-` for no target);
//! - `body TEXT`: body text that must survive extraction;
//! - `furniture TEXT`: text of the page furniture (teasers, other headlines, captions, comments,
//!   menus …) that must be removed, and that no event's sentence may come from.
//!
//! Extra events in the body are not failures here: the per-language tables pin the coder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use augur_core::doc::RawFormat;
use augur_core::{DocMeta, Lang, RawDoc, SourceRef};
use augur_pipeline::{Config, Pipeline};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Config::default()).expect("default pipeline"))
}

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("pages")
}

/// The fixtures: every `.txt` and `.html` file with its `.expect` sidecar.
fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(pages_dir())
        .expect("tests/pages")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "html")))
        .collect();
    files.sort();
    files
}

#[derive(Default)]
struct Expect {
    date: Option<String>,
    events: Vec<String>,
    body: Vec<String>,
    furniture: Vec<String>,
}

fn read_expect(page: &Path) -> Expect {
    let path = page.with_extension("expect");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut x = Expect::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        let rest = rest.trim().to_string();
        match key {
            "date" => x.date = Some(rest),
            "event" => x.events.push(rest.split_whitespace().collect::<Vec<_>>().join(" ")),
            "body" => x.body.push(rest),
            "furniture" => x.furniture.push(rest),
            _ => panic!("{}: unknown directive {key:?}", path.display()),
        }
    }
    x
}

/// An actor code at the level the judge compares: country, or IGO organisation.
fn scored(code: &str) -> &str {
    let n = if code.starts_with("IGO") { 6 } else { 3 };
    &code[..code.len().min(n)]
}

fn lang_of(page: &Path) -> Lang {
    let name = page.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    Lang::from_code(&name[..2]).unwrap_or_else(|| panic!("{name}: name must start with a language code"))
}

/// Whitespace-normalised text, so furniture is found whatever the line breaks.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs one page; returns its failures.
fn check_page(page: &Path) -> Vec<String> {
    let name = page.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    let expect = read_expect(page);
    let format = if name.ends_with(".html") { RawFormat::Html } else { RawFormat::Text };
    let raw = RawDoc {
        source: SourceRef::path(name.clone()),
        bytes: std::fs::read(page).expect("fixture"),
        format,
        hints: DocMeta::default(),
        declared_charset: None,
        id_hint: None,
    };
    let p = pipeline();
    let doc = p.extract(&raw).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut failures = Vec::new();
    if doc.lang != lang_of(page) {
        failures.push(format!("{name}: language {} identified, expected {}", doc.lang, lang_of(page)));
    }
    let coded = p.code_document(&doc, expect.date.as_deref());
    let text = squash(&doc.text);
    let got: BTreeSet<String> = coded
        .events
        .iter()
        .map(|e| {
            let tgt = e.target.as_ref().map_or("-", |t| scored(&t.code));
            format!("{} {} {}", scored(&e.source.code), e.cameo_root, tgt)
        })
        .collect();
    for want in &expect.events {
        if !got.contains(want) {
            failures.push(format!("{name}: body event {want} missing; got {got:?}"));
        }
    }
    for b in &expect.body {
        if !text.contains(&squash(b)) {
            failures.push(format!("{name}: body text dropped: {b:?}"));
        }
    }
    for f in &expect.furniture {
        let f = squash(f);
        if text.contains(&f) {
            failures.push(format!("{name}: furniture kept in the text: {f:?}"));
        }
    }
    for e in &coded.events {
        let sentence = squash(&doc.text[e.sentence_span.start..e.sentence_span.end]);
        let trigger = &doc.text[e.trigger.start..e.trigger.end];
        // The event's sentence lies in a furniture line, or a furniture line in it.
        if let Some(f) =
            expect.furniture.iter().map(|f| squash(f)).find(|f| f.contains(&sentence) || sentence.contains(f))
        {
            failures.push(format!(
                "{name}: event {} {} from furniture (trigger {trigger:?}): {f:?}",
                e.source.code, e.cameo
            ));
        }
    }
    failures
}

#[test]
fn pages_code_the_body_and_not_the_furniture() {
    let pages = fixtures();
    // Two pages (text and HTML) per supported language at least.
    for lang in ["de", "en", "fr", "es", "ru"] {
        for ext in ["txt", "html"] {
            assert!(
                pages.iter().any(|p| {
                    let n = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                    n.starts_with(lang) && n.ends_with(ext)
                }),
                "no {lang} .{ext} page in tests/pages"
            );
        }
    }
    let failures: Vec<String> = pages.iter().flat_map(|p| check_page(p)).collect();
    assert!(failures.is_empty(), "{} failure(s) on {} pages:\n{}", failures.len(), pages.len(), failures.join("\n"));
}
