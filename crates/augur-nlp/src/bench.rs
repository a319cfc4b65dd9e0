//! Throughput per stage and peak memory.

use std::time::Instant;

use augur_core::Sentence;

use crate::model::{LangModel, Stages};

/// Words per CPU second (one thread) of each stage on one input.
#[derive(Debug, Clone, Default)]
pub struct BenchReport {
    pub words: usize,
    pub sentences: usize,
    pub tokenize_wps: Option<f64>,
    pub tag_wps: f64,
    pub lemma_wps: f64,
    pub parse_wps: f64,
    pub total_wps: f64,
    pub load_seconds: f64,
    /// Peak resident memory (VmHWM) in MB, when /proc is available.
    pub peak_mb: Option<f64>,
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} sentences, {} words", self.sentences, self.words)?;
        if let Some(t) = self.tokenize_wps {
            writeln!(f, "tokenise   {t:>10.0} words/s")?;
        }
        writeln!(f, "tag        {:>10.0} words/s", self.tag_wps)?;
        writeln!(f, "lemmatise  {:>10.0} words/s", self.lemma_wps)?;
        writeln!(f, "parse      {:>10.0} words/s", self.parse_wps)?;
        writeln!(f, "total      {:>10.0} words/s", self.total_wps)?;
        writeln!(f, "model load {:.3} s (CPU)", self.load_seconds)?;
        if let Some(m) = self.peak_mb {
            writeln!(f, "peak RSS   {m:.1} MB")?;
        }
        Ok(())
    }
}

/// Peak resident set size in MB from /proc/self/status.
pub fn peak_memory_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time of the calling thread in seconds (wall time where /proc is missing), so
/// that throughput is per core even when other processes share the machine.
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

struct Clock(Instant, Option<f64>);

impl Clock {
    fn start() -> Clock {
        Clock(Instant::now(), thread_cpu_seconds())
    }
    fn secs(&self) -> f64 {
        match (self.1, thread_cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => self.0.elapsed().as_secs_f64(),
        }
    }
}

/// Times each stage over gold-tokenised sentences (and the tokeniser over `text` when
/// given), one thread.
pub fn bench(model: &LangModel, sentences: &[Sentence], text: Option<(&str, augur_core::Lang)>) -> BenchReport {
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    let wps = |secs: f64| if secs > 0.0 { words as f64 / secs } else { 0.0 };
    let mut work: Vec<Sentence> = sentences.to_vec();
    work.iter_mut().for_each(crate::strip_annotation);
    let mut time_stage = |st: Stages| {
        let t = Clock::start();
        for s in work.iter_mut() {
            model.annotate_stages(s, st);
        }
        t.secs()
    };
    let tag = time_stage(Stages { tag: true, lemma: false, parse: false });
    let lemma = time_stage(Stages { tag: false, lemma: true, parse: false });
    let parse = time_stage(Stages { tag: false, lemma: false, parse: true });
    let tokenize = text.map(|(t, lang)| {
        let start = Clock::start();
        let (toks, _) = crate::tokenize(t, lang);
        let secs = start.secs();
        let n: usize = toks.iter().map(|s| s.words.len()).sum();
        if secs > 0.0 {
            n as f64 / secs
        } else {
            0.0
        }
    });
    let tok_secs = tokenize.map_or(0.0, |w| if w > 0.0 { words as f64 / w } else { 0.0 });
    let total = tag + lemma + parse + tok_secs;
    BenchReport {
        words,
        sentences: sentences.len(),
        tokenize_wps: tokenize,
        tag_wps: wps(tag),
        lemma_wps: wps(lemma),
        parse_wps: wps(parse),
        total_wps: wps(total),
        load_seconds: 0.0,
        peak_mb: peak_memory_mb(),
    }
}

/// Benchmarks the model for `lang` on a file: CoNLL-U (its words, and its text for the
/// tokeniser) or plain text (tokenised first).
pub fn bench_file(
    nlp: &crate::NlpPipeline,
    lang: augur_core::Lang,
    path: &std::path::Path,
) -> Result<BenchReport, crate::NlpError> {
    let t = Clock::start();
    let model = nlp.model(lang)?;
    let load_seconds = t.secs();
    let text = std::fs::read_to_string(path).map_err(|e| crate::NlpError::io(path, e))?;
    let is_conllu = path.extension().is_some_and(|e| e == "conllu")
        || text
            .lines()
            .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .is_some_and(|l| l.split('\t').count() == 10);
    let (raw, sentences) = if is_conllu {
        let (doc, _) = crate::conllu::parse(&text);
        let s: Vec<Sentence> = doc.sentences.into_iter().map(|s| s.sentence).collect();
        (doc.text, s)
    } else {
        let (s, _) = crate::tokenize(&text, lang);
        (text, s)
    };
    let mut r = bench(&model, &sentences, Some((&raw, lang)));
    r.load_seconds = load_seconds;
    Ok(r)
}
