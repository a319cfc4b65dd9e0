//! Per-language coder tables: a sentence of raw text in, the expected events out, through the
//! whole pipeline (tokeniser, tagger, parser, actors, coder) with the embedded models.
//!
//! Each case is `(name, date, text, expected)`. An expected event is written
//! `SRC CAMEO TGT` with the full actor codes (`-` for no target), followed by ` intent`,
//! ` conditional` or ` hypothetical` for a modality other than asserted, ` negated`, and
//! ` @YYYY-MM-DD` or ` @YYYY-MM` for a resolved date. The list is compared as a set: a case
//! fails on a missing event and on an extra one, so a table also pins what must *not* be coded.
//!
//! One file per language (`en.rs`, `de.rs`, …): adding a language is adding a file.

use std::sync::OnceLock;

use augur_core::doc::content_hash;
use augur_core::{DocMeta, Document, EventMention, Lang, SourceRef};
use augur_pipeline::{Config, Pipeline};

mod de;
mod en;
mod es;
mod fr;
mod parallel;
mod ru;
mod rules;

/// One table row: name, publication date, text, expected events.
pub type Case = (&'static str, Option<&'static str>, &'static str, &'static [&'static str]);

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Config::default()).expect("default pipeline"))
}

pub use augur_coder::notation as render;

/// Codes `text` as a document in `lang`.
pub fn code(lang: Lang, date: Option<&str>, text: &str) -> Vec<EventMention> {
    let meta = DocMeta { date: date.map(str::to_string), ..DocMeta::default() };
    let mut doc = Document::from_text(SourceRef::path("table"), content_hash(text.as_bytes()), meta, text.to_string());
    doc.lang = lang;
    pipeline().code_document(&doc, date).events
}

/// One test per language over the tables `EN`, `DE`, `FR`, `ES`, `RU` of a file.
#[macro_export]
macro_rules! tables_per_language {
    ($en:ident, $de:ident, $fr:ident, $es:ident, $ru:ident) => {
        #[test]
        fn en() {
            $crate::check_table(augur_core::Lang::En, $en);
        }

        #[test]
        fn de() {
            $crate::check_table(augur_core::Lang::De, $de);
        }

        #[test]
        fn fr() {
            $crate::check_table(augur_core::Lang::Fr, $fr);
        }

        #[test]
        fn es() {
            $crate::check_table(augur_core::Lang::Es, $es);
        }

        #[test]
        fn ru() {
            $crate::check_table(augur_core::Lang::Ru, $ru);
        }
    };
}

/// Runs every case of a table and reports all failures at once.
pub fn check_table(lang: Lang, table: &[Case]) {
    let mut failures = Vec::new();
    for (name, date, text, expected) in table {
        let events = code(lang, *date, text);
        let mut got: Vec<String> = events.iter().map(render).collect();
        got.sort();
        got.dedup();
        let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        want.sort();
        if got != want {
            let why: Vec<String> = events.iter().map(|e| format!("{} [{}]", render(e), e.rule)).collect();
            failures.push(format!(
                "{lang} case '{name}':\n  text: {text}\n  want: {want:?}\n  got:  {got:?}\n  rules: {why:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} {lang} cases failed:\n{}", failures.len(), table.len(), failures.join("\n"));
}
