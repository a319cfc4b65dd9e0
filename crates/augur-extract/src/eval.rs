//! Evaluation of extraction and language identification on public benchmarks. Each
//! function takes the benchmark folder (never bundled: third-party data) and returns a
//! report with a `Display`.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use augur_core::doc::RawFormat;
use augur_core::{DocMeta, Lang, RawDoc, SourceRef};
use regex::Regex;

use crate::{extract, ExtractOptions};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {err}")]
    Io { path: PathBuf, err: std::io::Error },
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
}

fn read_file(path: &Path) -> Result<Vec<u8>, EvalError> {
    let bytes = std::fs::read(path).map_err(|err| EvalError::Io { path: path.to_path_buf(), err })?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|err| EvalError::Io { path: path.to_path_buf(), err })?;
        return Ok(out);
    }
    Ok(bytes)
}

fn read_json(path: &Path) -> Result<serde_json::Value, EvalError> {
    let bytes = read_file(path)?;
    serde_json::from_slice(&bytes).map_err(|e| EvalError::Format { path: path.to_path_buf(), message: e.to_string() })
}

fn html_raw(bytes: Vec<u8>, location: &str, url: Option<&str>) -> RawDoc {
    RawDoc {
        source: SourceRef::path(location),
        bytes,
        format: RawFormat::Html,
        hints: DocMeta { url: url.map(str::to_string), ..DocMeta::default() },
        declared_charset: None,
        id_hint: None,
    }
}

/// CPU time of the calling thread (Linux `schedstat`), so that speed is measured per core
/// even on a loaded machine; `None` elsewhere.
fn thread_cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Runs `extract` and returns the document and the time it took: thread CPU time where
/// available, else wall-clock time.
fn timed_extract(raw: &RawDoc, opts: &ExtractOptions) -> (Option<augur_core::Document>, Duration) {
    let cpu = thread_cpu_time();
    let t = Instant::now();
    let doc = extract(raw, opts).ok();
    let wall = t.elapsed();
    let spent = match (cpu, thread_cpu_time()) {
        (Some(a), Some(b)) if b >= a => b - a,
        _ => wall,
    };
    (doc, spent)
}

// ---------------------------------------------------------------------------------------
// Scrapinghub article-extraction-benchmark

/// Shingle precision/recall/F1 and speed on the scrapinghub benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct ShingleReport {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Pages whose extraction failed or returned nothing.
    pub empty: usize,
    pub pages_per_sec: f64,
    /// Per-page (id, precision, recall), for finding the worst pages.
    pub per_page: Vec<(String, f64, f64)>,
}

impl fmt::Display for ShingleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "scrapinghub: {} pages, P {:.3} R {:.3} F1 {:.3}, {} empty, {:.0} pages/s (one core, CPU time of extraction)",
            self.pages, self.precision, self.recall, self.f1, self.empty, self.pages_per_sec
        )
    }
}

fn word_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\w+").expect("valid regex"))
}

/// The multiset of 4-token shingles of `text` (tokens are `\w+`, case-sensitive); 1–3
/// tokens make one short shingle.
pub fn shingles(text: &str) -> HashMap<String, usize> {
    let tokens: Vec<&str> = word_re().find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    if tokens.len() < 4 {
        out.insert(tokens.join("\u{1}"), 1);
        return out;
    }
    for w in tokens.windows(4) {
        *out.entry(w.join("\u{1}")).or_insert(0) += 1;
    }
    out
}

/// (tp, fp, fn) between the true and predicted shingle multisets.
pub fn shingle_counts(truth: &str, pred: &str) -> (usize, usize, usize) {
    let t = shingles(truth);
    let p = shingles(pred);
    let mut tp = 0;
    let mut fp = 0;
    let mut fneg = 0;
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        tp += pc.min(tc);
        fp += pc.saturating_sub(tc);
    }
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        fneg += tc.saturating_sub(pc);
    }
    (tp, fp, fneg)
}

/// Scores a set of (truth, prediction) pairs: mean page precision over pages with a
/// non-empty prediction, mean page recall over all pages, F1 of the two means.
pub fn shingle_scores<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (f64, f64, f64, Vec<(f64, f64)>) {
    let mut ps = Vec::new();
    let mut rs = Vec::new();
    let mut per = Vec::new();
    for (truth, pred) in pairs {
        let (tp, fp, fneg) = shingle_counts(truth, pred);
        let (p, r) = if fp == 0 && fneg == 0 {
            (Some(1.0), 1.0)
        } else {
            let p = (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64);
            let r = if tp + fneg > 0 { tp as f64 / (tp + fneg) as f64 } else { 0.0 };
            (p, r)
        };
        if let Some(p) = p {
            ps.push(p);
        }
        rs.push(r);
        per.push((p.unwrap_or(0.0), r));
    }
    let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1, per)
}

/// Evaluates on `dir` = the scrapinghub folder (`html/ID.html.gz`, `ground-truth.json`).
pub fn scrapinghub(dir: &Path, opts: &ExtractOptions) -> Result<ShingleReport, EvalError> {
    let gt_path = dir.join("ground-truth.json");
    let gt = read_json(&gt_path)?;
    let obj =
        gt.as_object().ok_or_else(|| EvalError::Format { path: gt_path.clone(), message: "not an object".into() })?;
    let mut ids: Vec<&String> = obj.keys().collect();
    ids.sort();
    let mut truths = Vec::new();
    let mut preds = Vec::new();
    let mut elapsed = Duration::ZERO;
    let mut empty = 0;
    for id in &ids {
        let entry = &obj[id.as_str()];
        let truth = entry["articleBody"].as_str().unwrap_or("").to_string();
        let url = entry["url"].as_str();
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let bytes = read_file(&path)?;
        let raw = html_raw(bytes, &path.display().to_string(), url);
        let (doc, t) = timed_extract(&raw, opts);
        elapsed += t;
        let text = doc.map(|d| d.text).unwrap_or_default();
        if text.is_empty() {
            empty += 1;
        }
        truths.push(truth);
        preds.push(text);
    }
    let (precision, recall, f1, per) =
        shingle_scores(truths.iter().map(String::as_str).zip(preds.iter().map(String::as_str)));
    Ok(ShingleReport {
        pages: ids.len(),
        precision,
        recall,
        f1,
        empty,
        pages_per_sec: ids.len() as f64 / elapsed.as_secs_f64().max(1e-9),
        per_page: ids.iter().zip(per).map(|(id, (p, r))| (id.to_string(), p, r)).collect(),
    })
}

// ---------------------------------------------------------------------------------------
// Trafilatura snippet evaluation

/// Snippet-based precision/recall (trafilatura's evaluation), overall and for German.
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetReport {
    pub pages: usize,
    /// Document language agreement with the benchmark's language guess (pages whose guess
    /// is a plain ISO code; other languages must come out as `und`): (agreeing, judged).
    pub lang_agreement: (usize, usize),
    /// Up to 2000 failures: (url, "missed", "leaked" or "language", detail).
    pub failures: Vec<(String, &'static str, String)>,
    pub all: SnippetScore,
    pub german: SnippetScore,
    pub pages_per_sec: f64,
}

/// Counts of "with" snippets found (tp) or missed (fn) and "without" snippets found (fp)
/// or absent (tn).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SnippetScore {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl SnippetScore {
    pub fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
    fn add(&mut self, o: SnippetScore) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
    }
}

impl fmt::Display for SnippetScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {} tn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_,
            self.tn
        )
    }
}

impl fmt::Display for SnippetReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "trafilatura eval: {} pages, {:.0} pages/s", self.pages, self.pages_per_sec)?;
        let (a, n) = self.lang_agreement;
        writeln!(f, "  document language agrees with the benchmark's guess: {:.1}% ({a}/{n})", pct(a, n))?;
        writeln!(f, "  all:    {}", self.all)?;
        write!(f, "  German: {}", self.german)
    }
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores one page's output against its "with" and "without" snippets.
pub fn snippet_score(output: &str, with: &[&str], without: &[&str]) -> SnippetScore {
    let out = norm_ws(output);
    let mut s = SnippetScore::default();
    for w in with {
        if out.contains(&norm_ws(w)) {
            s.tp += 1;
        } else {
            s.fn_ += 1;
        }
    }
    for w in without {
        if out.contains(&norm_ws(w)) {
            s.fp += 1;
        } else {
            s.tn += 1;
        }
    }
    s
}

/// Evaluates on `dir` = the trafilatura_eval folder (`evaldata_with_lang.json`,
/// `eval/*.html.gz`, `cache/*.html.gz`).
pub fn trafilatura(dir: &Path, opts: &ExtractOptions) -> Result<SnippetReport, EvalError> {
    let meta_path = dir.join("evaldata_with_lang.json");
    let data = read_json(&meta_path)?;
    let obj = data
        .as_object()
        .ok_or_else(|| EvalError::Format { path: meta_path.clone(), message: "not an object".into() })?;
    let mut urls: Vec<&String> = obj.keys().collect();
    urls.sort();
    let mut all = SnippetScore::default();
    let mut german = SnippetScore::default();
    let mut elapsed = Duration::ZERO;
    let mut pages = 0;
    let mut failures = Vec::new();
    let mut lang_agreement = (0, 0);
    for url in urls {
        let e = &obj[url.as_str()];
        let Some(file) = e["file"].as_str() else { continue };
        let sub = if e["path"].as_str().is_some_and(|p| p.contains("/cache/")) { "cache" } else { "eval" };
        let path = dir.join(sub).join(format!("{file}.gz"));
        let Ok(bytes) = read_file(&path) else { continue };
        pages += 1;
        let raw = html_raw(bytes, &path.display().to_string(), Some(url));
        let (doc, t) = timed_extract(&raw, opts);
        elapsed += t;
        if let (Some(d), Some(guess)) = (&doc, e["lang_guess"].as_str().filter(|g| g.len() == 2)) {
            let expected = Lang::from_code(guess).unwrap_or(Lang::Other);
            lang_agreement.1 += 1;
            lang_agreement.0 += usize::from(d.lang == expected);
            if d.lang != expected && failures.len() < 2000 {
                failures.push((url.to_string(), "language", format!("expected {expected}, got {}", d.lang)));
            }
        }
        let text = doc.map(|d| d.text).unwrap_or_default();
        let list = |k: &str| -> Vec<&str> {
            e[k].as_array().map(|a| a.iter().filter_map(|v| v.as_str()).collect()).unwrap_or_default()
        };
        let s = snippet_score(&text, &list("with"), &list("without"));
        let norm = norm_ws(&text);
        for (k, want) in [("with", true), ("without", false)] {
            for snip in list(k) {
                if norm.contains(&norm_ws(snip)) != want && failures.len() < 2000 {
                    failures.push((url.to_string(), if want { "missed" } else { "leaked" }, snip.to_string()));
                }
            }
        }
        all.add(s);
        if e["lang_guess"].as_str() == Some("de") {
            german.add(s);
        }
    }
    Ok(SnippetReport {
        pages,
        lang_agreement,
        failures,
        all,
        german,
        pages_per_sec: pages as f64 / elapsed.as_secs_f64().max(1e-9),
    })
}

// ---------------------------------------------------------------------------------------
// readability.js test pages: metadata

/// Metadata agreement with readability.js's expected metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataReport {
    pub pages: usize,
    pub title_exact: usize,
    pub with_date: usize,
    pub date_match: usize,
    /// Pages without an expected date where we reported one.
    pub spurious_date: usize,
    pub with_byline: usize,
    pub byline_exact: usize,
    pub with_site: usize,
    pub site_exact: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

impl fmt::Display for MetadataReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "readability_js metadata: {} pages", self.pages)?;
        writeln!(
            f,
            "  title exact:      {:.1}% ({}/{})",
            pct(self.title_exact, self.pages),
            self.title_exact,
            self.pages
        )?;
        writeln!(
            f,
            "  date (day) match: {:.1}% ({}/{}), {} spurious dates on {} pages without one",
            pct(self.date_match, self.with_date),
            self.date_match,
            self.with_date,
            self.spurious_date,
            self.pages - self.with_date
        )?;
        writeln!(
            f,
            "  byline exact:     {:.1}% ({}/{})",
            pct(self.byline_exact, self.with_byline),
            self.byline_exact,
            self.with_byline
        )?;
        write!(
            f,
            "  site name exact:  {:.1}% ({}/{})",
            pct(self.site_exact, self.with_site),
            self.site_exact,
            self.with_site
        )
    }
}

/// Evaluates on `dir` = the readability_js folder (`NAME/source.html.gz`,
/// `NAME/expected-metadata.json`).
pub fn readability_metadata(dir: &Path, opts: &ExtractOptions) -> Result<MetadataReport, EvalError> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|err| EvalError::Io { path: dir.to_path_buf(), err })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected-metadata.json").exists())
        .collect();
    names.sort();
    let mut r = MetadataReport {
        pages: 0,
        title_exact: 0,
        with_date: 0,
        date_match: 0,
        spurious_date: 0,
        with_byline: 0,
        byline_exact: 0,
        with_site: 0,
        site_exact: 0,
    };
    for page in names {
        let expected = read_json(&page.join("expected-metadata.json"))?;
        let Ok(bytes) = read_file(&page.join("source.html.gz")).or_else(|_| read_file(&page.join("source.html")))
        else {
            continue;
        };
        r.pages += 1;
        // readability's tests run with this base URL.
        let raw = html_raw(bytes, &page.display().to_string(), Some("http://fakehost/test/page.html"));
        let meta = extract(&raw, opts).map(|d| d.meta).unwrap_or_default();
        let exp = |k: &str| expected[k].as_str().map(str::trim).filter(|s| !s.is_empty());
        if exp("title").unwrap_or("") == meta.title.as_deref().unwrap_or("").trim() {
            r.title_exact += 1;
        }
        match exp("publishedTime") {
            Some(d) => {
                r.with_date += 1;
                if meta.date.as_deref().is_some_and(|m| m.get(..10) == d.get(..10)) {
                    r.date_match += 1;
                }
            }
            None => r.spurious_date += usize::from(meta.date.is_some()),
        }
        if let Some(b) = exp("byline") {
            r.with_byline += 1;
            r.byline_exact += usize::from(meta.author.as_deref() == Some(b));
        }
        if let Some(s) = exp("siteName") {
            r.with_site += 1;
            r.site_exact += usize::from(meta.site.as_deref() == Some(s));
        }
    }
    Ok(r)
}

// ---------------------------------------------------------------------------------------
// Language identification

/// Accuracy of language identification per language.
#[derive(Debug, Clone, PartialEq)]
pub struct LangIdReport {
    /// (expected language, samples, correct).
    pub per_lang: Vec<(Lang, usize, usize)>,
    pub min_chars: usize,
    /// A few (expected, got, text start) confusions.
    pub confusions: Vec<(Lang, Lang, String)>,
}

impl LangIdReport {
    pub fn accuracy(&self) -> f64 {
        let (n, c) = self.per_lang.iter().fold((0, 0), |(n, c), (_, a, b)| (n + a, c + b));
        c as f64 / n.max(1) as f64
    }
}

impl fmt::Display for LangIdReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "language id on texts > {} chars: accuracy {:.2}%", self.min_chars, 100.0 * self.accuracy())?;
        for (l, n, c) in &self.per_lang {
            write!(f, "\n  {l}: {:.2}% ({c}/{n})", 100.0 * *c as f64 / (*n).max(1) as f64)?;
        }
        for (e, g, t) in self.confusions.iter().take(10) {
            write!(f, "\n  expected {e}, got {g}: {t}")?;
        }
        Ok(())
    }
}

fn ud_lang(dir_name: &str) -> Option<Lang> {
    let name = dir_name.strip_prefix("UD_")?;
    let lang = name.split('-').next()?;
    match lang {
        "English" => Some(Lang::En),
        "German" => Some(Lang::De),
        "French" => Some(Lang::Fr),
        "Spanish" => Some(Lang::Es),
        "Russian" => Some(Lang::Ru),
        _ => None,
    }
}

/// Evaluates language identification on UD treebanks under `ud_dir`: consecutive
/// `# text` sentences are joined until longer than `min_chars`; at most
/// `max_per_treebank` samples per treebank.
pub fn lang_id(ud_dir: &Path, min_chars: usize, max_per_treebank: usize) -> Result<LangIdReport, EvalError> {
    let mut banks: Vec<PathBuf> = std::fs::read_dir(ud_dir)
        .map_err(|err| EvalError::Io { path: ud_dir.to_path_buf(), err })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    banks.sort();
    let mut per: Vec<(Lang, usize, usize)> = Vec::new();
    let mut confusions = Vec::new();
    for bank in banks {
        let Some(expected) = bank.file_name().and_then(|n| ud_lang(&n.to_string_lossy())) else { continue };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&bank)
            .map_err(|err| EvalError::Io { path: bank.clone(), err })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "conllu"))
            .collect();
        files.sort();
        let mut samples = Vec::new();
        'files: for f in files {
            let content = String::from_utf8_lossy(&read_file(&f)?).into_owned();
            let mut cur = String::new();
            for line in content.lines() {
                if let Some(t) = line.strip_prefix("# text = ") {
                    if !cur.is_empty() {
                        cur.push(' ');
                    }
                    cur.push_str(t.trim());
                    if cur.chars().count() > min_chars {
                        samples.push(std::mem::take(&mut cur));
                        if samples.len() >= max_per_treebank {
                            break 'files;
                        }
                    }
                }
            }
        }
        let idx = match per.iter().position(|(l, _, _)| *l == expected) {
            Some(i) => i,
            None => {
                per.push((expected, 0, 0));
                per.len() - 1
            }
        };
        for s in samples {
            let got = crate::lang::identify_text(&s).map_or(Lang::Other, |g| g.0);
            per[idx].1 += 1;
            if got == expected {
                per[idx].2 += 1;
            } else if confusions.len() < 40 {
                confusions.push((expected, got, s.chars().take(80).collect()));
            }
        }
    }
    per.sort_by_key(|(l, _, _)| *l);
    Ok(LangIdReport { per_lang: per, min_chars, confusions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_metric() {
        // (truth, prediction, tp, fp, fn)
        let cases = [
            ("a b c d e", "a b c d e", 2, 0, 0),
            ("a b c d e", "a b c d", 1, 0, 1),
            ("a b", "a b", 1, 0, 0),
            ("a b", "", 0, 0, 1),
            ("", "x y z w", 0, 1, 0),
            ("Der Hund bellt laut", "der Hund bellt laut", 0, 1, 1),
            ("one two three four one two three four", "one two three four", 1, 0, 4),
        ];
        for (t, p, tp, fp, fneg) in cases {
            assert_eq!(shingle_counts(t, p), (tp, fp, fneg), "{t:?} vs {p:?}");
        }
        let (p, r, f1, _) = shingle_scores([("a b c d e", "a b c d e"), ("a b c d e", "")]);
        assert_eq!((p, r), (1.0, 0.5));
        assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn snippets() {
        let s =
            snippet_score("Der  Hund\nbellt laut. Impressum", &["Hund bellt", "Katze"], &["Impressum", "Datenschutz"]);
        assert_eq!(s, SnippetScore { tp: 1, fp: 1, fn_: 1, tn: 1 });
    }

    #[test]
    fn ud_names() {
        assert_eq!(ud_lang("UD_French-GSD"), Some(Lang::Fr));
        assert_eq!(ud_lang("UD_Polish-PDB"), None);
    }
}
