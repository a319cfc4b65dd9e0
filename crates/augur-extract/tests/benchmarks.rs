//! Benchmarks on third-party data (not bundled). Run with
//! `AUGUR_SHARED=/work/shared cargo test -p augur-extract --release --test benchmarks -- --ignored --nocapture`.

use std::path::PathBuf;

use augur_extract::{eval, ExtractOptions};

fn shared() -> PathBuf {
    PathBuf::from(std::env::var("AUGUR_SHARED").unwrap_or_else(|_| "/work/shared".into()))
}

#[test]
#[ignore]
fn scrapinghub() {
    let r = eval::scrapinghub(&shared().join("data/extract/scrapinghub"), &ExtractOptions::default()).unwrap();
    println!("{r}");
    if std::env::var("AUGUR_WORST").is_ok() {
        let mut per = r.per_page.clone();
        per.sort_by(|a, b| (a.1 + a.2).partial_cmp(&(b.1 + b.2)).unwrap());
        for (id, p, rc) in per.iter().take(25) {
            println!("  {id} P {p:.2} R {rc:.2}");
        }
    }
}

#[test]
#[ignore]
fn trafilatura() {
    let r = eval::trafilatura(&shared().join("data/extract/trafilatura_eval"), &ExtractOptions::default()).unwrap();
    println!("{r}");
}

#[test]
#[ignore]
fn readability_metadata() {
    let r = eval::readability_metadata(&shared().join("data/extract/readability_js"), &ExtractOptions::default()).unwrap();
    println!("{r}");
}

#[test]
#[ignore]
fn lang_id() {
    let r = eval::lang_id(&shared().join("data/ud"), 200, 300).unwrap();
    println!("{r}");
}

/// Prints one page's extraction: `AUGUR_PAGE=path/to/page.html.gz`.
#[test]
#[ignore]
fn show_page() {
    let Ok(p) = std::env::var("AUGUR_PAGE") else { return };
    let bytes = std::fs::read(&p).unwrap();
    let mut html = Vec::new();
    use std::io::Read;
    flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut html).unwrap();
    let raw = augur_core::RawDoc {
        source: augur_core::SourceRef::path(p),
        bytes: html,
        format: augur_core::doc::RawFormat::Html,
        hints: Default::default(),
        declared_charset: None,
        id_hint: None,
    };
    match augur_extract::extract(&raw, &ExtractOptions::default()) {
        Ok(d) => {
            println!("{:?}\n{:?} {}\n-----\n{}", d.meta, d.lang, d.mixed_lang, d.text);
            for x in d.diagnostics {
                println!("diag {} {}", x.code, x.message);
            }
        }
        Err(e) => println!("ERR {e}"),
    }
}

/// Scrapinghub under option variants, to measure what each rule contributes.
#[test]
#[ignore]
fn scrapinghub_variants() {
    let dir = shared().join("data/extract/scrapinghub");
    let base = ExtractOptions::default();
    let variants = [
        ("default", base.clone()),
        ("no preclean", ExtractOptions { preclean_dom: false, ..base.clone() }),
        ("no line rules", ExtractOptions { clean_boilerplate: false, ..base.clone() }),
        ("bare dom_smoothie", ExtractOptions { preclean_dom: false, clean_boilerplate: false, drop_foreign_tail: false, ..base.clone() }),
    ];
    for (name, o) in variants {
        println!("{name}: {}", eval::scrapinghub(&dir, &o).unwrap());
    }
}
