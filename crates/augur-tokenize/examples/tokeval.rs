//! Evaluates tokens, words (after multiword-token expansion) and sentences against UD
//! treebanks, CoNLL 2018 style: the raw text is rebuilt from the gold tokens and `SpaceAfter`
//! (paragraphs and documents separated by a blank line), tokenised, and system and gold units
//! are matched by their character spans (words also by lower-cased form).
//!
//! ```text
//! cargo run -p augur-tokenize --example tokeval --release -- /work/shared/data/ud [test|dev] [--errors N]
//!     [--only NAME] [--no-paragraphs]
//! ```
//!
//! `--no-paragraphs` joins all sentences of a file with single spaces, so that `# newpar` and
//! `# newdoc` give no free sentence boundaries.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Instant;

use augur_core::Lang;
use augur_tokenize::Tokenizer;

const TEST_FILES: &[(&str, &str)] = &[
    ("en", "UD_English-EWT/en_ewt-ud-test.conllu"),
    ("en", "UD_English-PUD/en_pud-ud-test.conllu"),
    ("de", "UD_German-GSD/de_gsd-ud-test.conllu"),
    ("de", "UD_German-PUD/de_pud-ud-test.conllu"),
    ("fr", "UD_French-GSD/fr_gsd-ud-test.conllu"),
    ("fr", "UD_French-PUD/fr_pud-ud-test.conllu"),
    ("es", "UD_Spanish-GSD/es_gsd-ud-test.conllu"),
    ("es", "UD_Spanish-PUD/es_pud-ud-test.conllu"),
    ("es", "UD_Spanish-AnCora/es_ancora-ud-test.2021-10-29.conllu"),
    ("ru", "UD_Russian-GSD/ru_gsd-ud-test.conllu"),
    ("ru", "UD_Russian-PUD/ru_pud-ud-test.conllu"),
];

const DEV_FILES: &[(&str, &str)] = &[
    ("en", "UD_English-EWT/en_ewt-ud-dev.conllu"),
    ("de", "UD_German-GSD/de_gsd-ud-dev.conllu"),
    ("fr", "UD_French-GSD/fr_gsd-ud-dev.conllu"),
    ("fr", "UD_French-Sequoia/fr_sequoia-ud-dev.conllu"),
    ("es", "UD_Spanish-GSD/es_gsd-ud-dev.conllu"),
    ("es", "UD_Spanish-AnCora/es_ancora-ud-dev.2021-10-29.conllu"),
    ("ru", "UD_Russian-GSD/ru_gsd-ud-dev.conllu"),
    ("ru", "UD_Russian-Taiga/ru_taiga-ud-dev.conllu"),
];

/// One document rebuilt from gold: its text and the gold units as byte spans.
#[derive(Default)]
struct Gold {
    text: String,
    tokens: Vec<(usize, usize)>,
    words: Vec<(usize, usize, String)>,
    sentences: Vec<(usize, usize)>,
}

/// A minimal CoNLL-U reader: documents split at `# newdoc`, paragraphs at `# newpar`.
fn read_conllu(src: &str, paragraphs: bool) -> Vec<Gold> {
    let mut docs = vec![Gold::default()];
    let mut new_par = false;
    let mut sent_start: Option<usize> = None;
    let mut mwt_end = 0usize;
    let mut space_after = true;
    for line in src.lines() {
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if c.starts_with("newdoc") && !docs.last().is_some_and(|d| d.text.is_empty()) {
                if paragraphs {
                    docs.push(Gold::default());
                }
            } else if c.starts_with("newpar") {
                new_par = paragraphs;
            }
            continue;
        }
        let doc = docs.last_mut().expect("at least one document");
        if line.trim().is_empty() {
            mwt_end = 0;
            space_after = true;
            if let Some(s) = sent_start.take() {
                let end = doc.tokens.last().map_or(s, |t| t.1);
                doc.sentences.push((s, end));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains('.') {
            continue;
        }
        let form = cols[1];
        let (id_a, id_b) = match cols[0].split_once('-') {
            Some((a, b)) => (a.parse::<usize>().unwrap_or(0), b.parse::<usize>().unwrap_or(0)),
            None => {
                let a = cols[0].parse::<usize>().unwrap_or(0);
                (a, a)
            }
        };
        let is_mwt = id_b > id_a;
        if !is_mwt && id_a <= mwt_end {
            // A word inside a multiword token: shares the token's span.
            let span = doc.tokens.last().copied().unwrap_or((0, 0));
            doc.words.push((span.0, span.1, form.to_lowercase()));
            continue;
        }
        if sent_start.is_none() {
            if !doc.text.is_empty() {
                doc.text.push_str(if new_par { "\n\n" } else { " " });
            }
            new_par = false;
            sent_start = Some(doc.text.len());
        } else if space_after {
            doc.text.push(' ');
        }
        let start = doc.text.len();
        doc.text.push_str(form);
        doc.tokens.push((start, doc.text.len()));
        space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if is_mwt {
            mwt_end = id_b;
        } else {
            doc.words.push((start, doc.text.len(), form.to_lowercase()));
        }
    }
    if let (Some(s), Some(doc)) = (sent_start, docs.last_mut()) {
        let end = doc.tokens.last().map_or(s, |t| t.1);
        doc.sentences.push((s, end));
    }
    docs.retain(|d| !d.tokens.is_empty());
    docs
}

#[derive(Default, Clone, Copy)]
struct Prf {
    gold: usize,
    sys: usize,
    hit: usize,
}

impl Prf {
    fn add(&mut self, o: Prf) {
        self.gold += o.gold;
        self.sys += o.sys;
        self.hit += o.hit;
    }
    fn f1(&self) -> f64 {
        if self.gold + self.sys == 0 {
            return 100.0;
        }
        200.0 * self.hit as f64 / (self.gold + self.sys) as f64
    }
}

fn prf_set<T: std::hash::Hash + Eq + Clone>(gold: &[T], sys: &[T]) -> Prf {
    let mut counts: HashMap<T, usize> = HashMap::new();
    for g in gold {
        *counts.entry(g.clone()).or_default() += 1;
    }
    let mut hit = 0;
    for s in sys {
        if let Some(c) = counts.get_mut(s) {
            if *c > 0 {
                *c -= 1;
                hit += 1;
            }
        }
    }
    Prf { gold: gold.len(), sys: sys.len(), hit }
}

fn context(text: &str, at: usize) -> String {
    let mut a = at.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (at + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace('\n', "⏎")
}

/// On-CPU time of this thread in seconds (Linux), so that the speed is not skewed by other
/// processes on a shared machine; `None` elsewhere.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(root) = args.get(1) else {
        eprintln!("usage: eval UD_ROOT [test|dev] [--errors N] [--only NAME] [--no-paragraphs]");
        std::process::exit(2);
    };
    let files = if args.iter().any(|a| a == "dev") { DEV_FILES } else { TEST_FILES };
    let errors: usize = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let only: Option<&str> = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).map(String::as_str);
    let tokenizer = Tokenizer::new();
    let mut total_tokens = 0usize;
    let mut total_bytes = 0usize;
    let mut total_secs = 0.0f64;
    let mut total_cpu = 0.0f64;
    println!("{:<48} {:>8} {:>8} {:>8}", "treebank", "tokens", "words", "sents");
    for (code, rel) in files {
        if only.is_some_and(|o| !rel.contains(o)) {
            continue;
        }
        let path = Path::new(root).join(rel);
        let Ok(src) = std::fs::read_to_string(&path) else {
            println!("{rel:<48} (missing)");
            continue;
        };
        let lang = Lang::from_code(code).unwrap_or(Lang::Other);
        let docs = read_conllu(&src, !args.iter().any(|a| a == "--no-paragraphs"));
        let (mut tok, mut word, mut sent) = (Prf::default(), Prf::default(), Prf::default());
        let mut shown = (0, 0, 0);
        let mut mwt = (0usize, 0usize);
        let mut des = (0usize, 0usize);
        for doc in &docs {
            let t0 = Instant::now();
            let c0 = thread_cpu_secs();
            let (sents, _diags) = tokenizer.tokenize(&doc.text, lang);
            total_secs += t0.elapsed().as_secs_f64();
            if let (Some(a), Some(b)) = (c0, thread_cpu_secs()) {
                total_cpu += b - a;
            }
            total_bytes += doc.text.len();
            let sys_tokens: Vec<(usize, usize)> =
                sents.iter().flat_map(|s| s.tokens.iter().map(|t| (t.span.start, t.span.end))).collect();
            total_tokens += sys_tokens.len();
            let sys_words: Vec<(usize, usize, String)> = sents
                .iter()
                .flat_map(|s| s.words.iter().map(|w| (w.span.start, w.span.end, w.form.to_lowercase())))
                .collect();
            let sys_sents: Vec<(usize, usize)> = sents.iter().map(|s| (s.span.start, s.span.end)).collect();
            tok.add(prf_set(&doc.tokens, &sys_tokens));
            word.add(prf_set(&doc.words, &sys_words));
            // Multiword-token decisions on tokens both sides agree on: every token that is
            // split in gold or by the system, and the French "des" on its own.
            let group = |words: &[(usize, usize, String)]| {
                let mut m: HashMap<(usize, usize), Vec<String>> = HashMap::new();
                for w in words {
                    m.entry((w.0, w.1)).or_default().push(w.2.clone());
                }
                m
            };
            let (gw, sw) = (group(&doc.words), group(&sys_words));
            for (span, g) in &gw {
                let Some(s) = sw.get(span) else { continue };
                if g.len() > 1 || s.len() > 1 {
                    mwt.0 += usize::from(g == s);
                    mwt.1 += 1;
                }
                if *code == "fr" && doc.text[span.0..span.1].eq_ignore_ascii_case("des") {
                    des.0 += usize::from(g == s);
                    des.1 += 1;
                }
            }
            sent.add(prf_set(&doc.sentences, &sys_sents));
            if errors > 0 {
                let st: HashSet<_> = sys_tokens.iter().collect();
                for g in &doc.tokens {
                    if !st.contains(g) && shown.0 < errors {
                        shown.0 += 1;
                        println!("  TOK miss {:?} in «{}»", &doc.text[g.0..g.1], context(&doc.text, g.0));
                    }
                }
                let gw: HashSet<_> = doc.words.iter().collect();
                for w in &sys_words {
                    if !gw.contains(w)
                        && st.contains(&(w.0, w.1))
                        && doc.tokens.contains(&(w.0, w.1))
                        && shown.1 < errors
                    {
                        shown.1 += 1;
                        println!("  WORD wrong {:?} in «{}»", w.2, context(&doc.text, w.0));
                    }
                }
                let gs: HashSet<_> = doc.sentences.iter().map(|s| s.1).collect();
                let ss: HashSet<_> = sys_sents.iter().map(|s| s.1).collect();
                for s in &sys_sents {
                    if !gs.contains(&s.1) && shown.2 < errors {
                        shown.2 += 1;
                        let at = s.1;
                        let a = doc.text[..at].char_indices().rev().nth(30).map_or(0, |x| x.0);
                        let b = doc.text[at..].char_indices().nth(30).map_or(doc.text.len(), |x| x.0 + at);
                        println!(
                            "  SENT extra «{}‖{}»",
                            &doc.text[a..at].replace('\n', "⏎"),
                            &doc.text[at..b].replace('\n', "⏎")
                        );
                    }
                }
                for g in &doc.sentences {
                    if !ss.contains(&g.1) && shown.2 < 2 * errors {
                        shown.2 += 1;
                        let at = g.1;
                        let a = doc.text[..at].char_indices().rev().nth(30).map_or(0, |x| x.0);
                        let b = doc.text[at..].char_indices().nth(30).map_or(doc.text.len(), |x| x.0 + at);
                        println!(
                            "  SENT missed «{}‖{}»",
                            &doc.text[a..at].replace('\n', "⏎"),
                            &doc.text[at..b].replace('\n', "⏎")
                        );
                    }
                }
            }
        }
        let pct = |(a, b): (usize, usize)| if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 };
        print!("{rel:<48} {:>8.2} {:>8.2} {:>8.2}", tok.f1(), word.f1(), sent.f1());
        if mwt.1 > 0 {
            print!("   MWT decisions {:.1}% of {}", pct(mwt), mwt.1);
        }
        if des.1 > 0 {
            print!(", \"des\" {:.1}% of {}", pct(des), des.1);
        }
        println!();
    }
    if total_secs > 0.0 {
        println!(
            "speed: {total_tokens} tokens, {:.1} MB in {:.3} s = {:.2} M tokens/s, {:.1} MB/s (one core)",
            total_bytes as f64 / 1e6,
            total_secs,
            total_tokens as f64 / total_secs / 1e6,
            total_bytes as f64 / total_secs / 1e6
        );
    }
    if total_cpu > 0.0 {
        println!(
            "speed by CPU time: {:.3} s = {:.2} M tokens/s, {:.1} MB/s",
            total_cpu,
            total_tokens as f64 / total_cpu / 1e6,
            total_bytes as f64 / total_cpu / 1e6
        );
    }
}
