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
    if std::env::var("AUGUR_WORST").is_ok() {
        for (url, kind, snip) in &r.failures {
            println!("  {kind} {url} :: {snip}");
        }
    }
}

#[test]
#[ignore]
fn readability_metadata() {
    let r =
        eval::readability_metadata(&shared().join("data/extract/readability_js"), &ExtractOptions::default()).unwrap();
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
    if bytes.starts_with(&[0x1f, 0x8b]) {
        flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut html).unwrap();
    } else {
        html = bytes;
    }
    let raw = html_raw(p, html);
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
        (
            "bare dom_smoothie",
            ExtractOptions { preclean_dom: false, clean_boilerplate: false, drop_foreign_tail: false, ..base.clone() },
        ),
    ];
    for (name, o) in variants {
        println!("{name}: {}", eval::scrapinghub(&dir, &o).unwrap());
    }
}

/// Timing of pathological nesting, step by step.
#[test]
#[ignore]
fn nesting_timing() {
    for n in [1000usize, 2000, 4000] {
        let nested =
            format!("<html><body>{}<p>Deep text survives.</p>{}</body></html>", "<div>".repeat(n), "</div>".repeat(n));
        let t = std::time::Instant::now();
        let dom = dom_query::Document::from(nested.as_str());
        let parse = t.elapsed();
        let t = std::time::Instant::now();
        let mut r = dom_smoothie::Readability::with_document(dom, None, None).unwrap();
        let _ = r.parse();
        println!("divs {n}: parse {parse:?}, readability {:?}", t.elapsed());
        let inline = format!("<p>{}Tief.{}</p>", "<span><b><i>".repeat(n / 3), "</i></b></span>".repeat(n / 3));
        let t = std::time::Instant::now();
        let dom = dom_query::Document::from(inline.as_str());
        println!("inline {n}: parse {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let mut r = dom_smoothie::Readability::with_document(dom, None, None).unwrap();
        let _ = r.parse();
        println!("inline {n}: readability {:?}", t.elapsed());
    }
}

/// Plain-text cleanup on a reference page: prints the paragraphs that were dropped.
/// `AUGUR_TEXT=path/to/file.txt`.
#[test]
#[ignore]
fn show_text_drops() {
    let Ok(p) = std::env::var("AUGUR_TEXT") else { return };
    let bytes = std::fs::read(&p).unwrap();
    let input = String::from_utf8_lossy(&bytes).into_owned();
    let raw = augur_core::RawDoc {
        source: augur_core::SourceRef::path(p),
        bytes,
        format: augur_core::doc::RawFormat::Text,
        hints: Default::default(),
        declared_charset: None,
        id_hint: None,
    };
    let doc = augur_extract::extract(&raw, &ExtractOptions::default()).unwrap();
    let kept: Vec<&str> = doc.paragraphs.iter().map(|s| s.slice(&doc.text).unwrap()).collect();
    for para in input.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let status = if kept.contains(&para) { "KEEP" } else { "DROP" };
        println!("{status} {}", para.chars().take(70).collect::<String>());
    }
    println!("lang {:?} title {:?}", doc.lang, doc.meta.title);
    for d in &doc.diagnostics {
        println!("diag {} {}", d.code, d.message);
    }
}

/// Where extraction time goes, on the scrapinghub pages (CPU time, one thread).
#[test]
#[ignore]
fn time_breakdown() {
    use std::io::Read;
    fn cpu() -> std::time::Duration {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap();
        std::time::Duration::from_nanos(s.split_whitespace().next().unwrap().parse().unwrap())
    }
    let dir = shared().join("data/extract/scrapinghub/html");
    let mut pages = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        let mut html = String::new();
        flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_string(&mut html).unwrap();
        pages.push(html);
    }
    let n = pages.len() as f64;
    let t = cpu();
    for p in &pages {
        let _ = dom_query::Document::from(p.as_str());
    }
    println!("parse only: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let t = cpu();
    for p in &pages {
        let mut r = dom_smoothie::Readability::new(p.as_str(), None, None).unwrap();
        let _ = r.parse();
    }
    println!("dom_smoothie default: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let t = cpu();
    for p in &pages {
        let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
        let mut r = dom_smoothie::Readability::new(p.as_str(), None, Some(cfg)).unwrap();
        let _ = r.parse();
    }
    println!("dom_smoothie formatted: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let t = cpu();
    for p in &pages {
        let _ = augur_extract::decode::decode(p.as_bytes(), None, true);
    }
    println!("decode: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let t = cpu();
    for p in &pages {
        let _ = augur_extract::identify_text(&p[..p.len().min(6000)]);
    }
    println!("lang id: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let t = cpu();
    for p in &pages {
        let _ = augur_core::doc::content_hash(p.as_bytes());
    }
    println!("content hash (SHA-256): {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let texts: Vec<String> = pages
        .iter()
        .filter_map(|p| {
            augur_extract::extract(&html_raw("x", p.as_bytes().to_vec()), &ExtractOptions::default())
                .ok()
                .map(|d| d.text)
        })
        .collect();
    let t = cpu();
    for text in &texts {
        let paras: Vec<&str> = text.split("\n\n").collect();
        let _ = augur_extract::identify(text, &paras);
    }
    println!("document language + mixed flag: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
    let t = cpu();
    for p in &pages {
        let _ = augur_extract::extract(&html_raw("x", p.as_bytes().to_vec()), &ExtractOptions::default());
    }
    println!("extract: {:.0} pages/s", n / (cpu() - t).as_secs_f64());
}

/// Both snippet and shingle benchmarks with and without the headline rule.
#[test]
#[ignore]
fn headline_variants() {
    let base = ExtractOptions::default();
    let variants = [
        ("no headline", ExtractOptions { headline: false, ..base.clone() }),
        ("h1 headline", ExtractOptions { headline: true, title_fallback: false, ..base.clone() }),
        ("h1 or title", ExtractOptions { headline: true, title_fallback: true, ..base.clone() }),
    ];
    for (name, o) in variants {
        let s = eval::scrapinghub(&shared().join("data/extract/scrapinghub"), &o).unwrap();
        let t = eval::trafilatura(&shared().join("data/extract/trafilatura_eval"), &o).unwrap();
        println!("{name}: scrapinghub P {:.3} R {:.3} F1 {:.3}", s.precision, s.recall, s.f1);
        println!("{name}: trafilatura all {} | de {}", t.all, t.german);
    }
}

/// Trafilatura snippets under option variants, to see which stage loses or leaks what.
/// `AUGUR_DIFF=1` lists the snippets each variant gets right that the default gets wrong.
#[test]
#[ignore]
fn trafilatura_variants() {
    let dir = shared().join("data/extract/trafilatura_eval");
    let base = ExtractOptions::default();
    let d = eval::trafilatura(&dir, &base).unwrap();
    println!("default: all {} | de {}", d.all, d.german);
    let variants = [
        ("no preclean", ExtractOptions { preclean_dom: false, ..base.clone() }),
        ("no line rules", ExtractOptions { clean_boilerplate: false, ..base.clone() }),
        ("no foreign tail", ExtractOptions { drop_foreign_tail: false, ..base.clone() }),
    ];
    for (name, o) in variants {
        let r = eval::trafilatura(&dir, &o).unwrap();
        println!("{name}: all {} | de {}", r.all, r.german);
        if std::env::var("AUGUR_DIFF").is_ok() {
            for f in d.failures.iter().filter(|f| f.1 != "language" && !r.failures.contains(f)) {
                println!("  {name} fixes {} {} :: {}", f.1, f.0, f.2);
            }
        }
    }
}

/// An HTML page as a raw document.
fn html_raw(location: impl Into<String>, bytes: Vec<u8>) -> augur_core::RawDoc {
    augur_core::RawDoc {
        source: augur_core::SourceRef::path(location),
        bytes,
        format: augur_core::doc::RawFormat::Html,
        hints: Default::default(),
        declared_charset: None,
        id_hint: None,
    }
}
