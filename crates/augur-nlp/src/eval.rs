//! CoNLL 2018 shared-task style scoring: Tokens, Words, UPOS, UFeats, Lemma, UAS, LAS.
//!
//! System and gold words are aligned by their character offsets with whitespace
//! removed, so a system that tokenised raw text differently is scored fairly: words that
//! do not align count as errors. LAS compares HEAD and the universal part of DEPREL.

use augur_core::{Sentence, Span};

use crate::model::LangModel;

/// Correct, gold and system counts of one metric.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    pub correct: usize,
    pub gold: usize,
    pub system: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// F1 in percent (equals accuracy when the tokenisation is gold).
    pub fn f1(&self) -> f64 {
        ratio(2 * self.correct, self.gold + self.system)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Scores of a system against gold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EvalReport {
    pub tokens: Prf,
    pub words: Prf,
    pub upos: Prf,
    pub ufeats: Prf,
    pub lemma: Prf,
    pub uas: Prf,
    pub las: Prf,
}

impl std::fmt::Display for EvalReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "Metric     | Precision |    Recall |  F1 Score")?;
        writeln!(f, "-----------+-----------+-----------+-----------")?;
        for (name, p) in [
            ("Tokens", self.tokens),
            ("Words", self.words),
            ("UPOS", self.upos),
            ("UFeats", self.ufeats),
            ("Lemmas", self.lemma),
            ("UAS", self.uas),
            ("LAS", self.las),
        ] {
            writeln!(f, "{name:<10} | {:>9.2} | {:>9.2} | {:>9.2}", p.precision(), p.recall(), p.f1())?;
        }
        Ok(())
    }
}

const UNIVERSAL_FEATS: [&str; 21] = [
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case", "Definite",
    "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
];

fn ufeats(f: &str) -> Vec<&str> {
    let mut v: Vec<&str> =
        f.split('|').filter(|kv| kv.split_once('=').is_some_and(|(k, _)| UNIVERSAL_FEATS.contains(&k))).collect();
    v.sort_unstable();
    v
}

struct Flat<'a> {
    /// Non-whitespace character span of the word's token.
    span: (usize, usize),
    token: usize,
    multi: bool,
    form: &'a str,
    upos: &'a str,
    feats: &'a str,
    lemma: &'a str,
    /// Global index of the head word, `None` for the root.
    head: Option<usize>,
    deprel: &'a str,
}

/// Non-whitespace character count before each byte offset.
fn nonws_prefix(text: &str) -> Vec<usize> {
    let mut v = Vec::with_capacity(text.len() + 1);
    let mut count = 0;
    for (i, c) in text.char_indices() {
        while v.len() <= i {
            v.push(count);
        }
        if !c.is_whitespace() {
            count += 1;
        }
    }
    while v.len() <= text.len() {
        v.push(count);
    }
    v
}

fn flatten<'a>(text: &str, sents: &'a [Sentence]) -> (Vec<Flat<'a>>, Vec<(usize, usize)>) {
    let pre = nonws_prefix(text);
    let at = |b: usize| pre.get(b).copied().unwrap_or(*pre.last().unwrap_or(&0));
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    for s in sents {
        let base = out.len();
        let tok_base = tokens.len();
        for t in &s.tokens {
            tokens.push(nspan(t.span, &at));
        }
        for w in &s.words {
            let tok = s.tokens.get(w.token);
            out.push(Flat {
                span: nspan(tok.map_or(w.span, |t| t.span), &at),
                token: tok_base + w.token,
                multi: tok.is_some_and(|t| t.words.1 > t.words.0),
                form: &w.form,
                upos: &w.upos,
                feats: &w.feats,
                lemma: &w.lemma,
                head: if w.head == 0 || w.head > s.words.len() { None } else { Some(base + w.head - 1) },
                deprel: w.udeprel(),
            });
        }
    }
    (out, tokens)
}

fn nspan(s: Span, at: &dyn Fn(usize) -> usize) -> (usize, usize) {
    (at(s.start), at(s.end))
}

/// Aligns gold and system words: returns for each gold word its system word.
fn align(g: &[Flat<'_>], s: &[Flat<'_>]) -> Vec<Option<usize>> {
    let mut out = vec![None; g.len()];
    let (mut i, mut j) = (0, 0);
    while i < g.len() && j < s.len() {
        let (gs, ss) = (g[i].span, s[j].span);
        if gs == ss {
            // Same token span: align its words.
            let gi_end = (i..g.len()).find(|&k| g[k].token != g[i].token).unwrap_or(g.len());
            let sj_end = (j..s.len()).find(|&k| s[k].token != s[j].token).unwrap_or(s.len());
            let (gn, sn) = (gi_end - i, sj_end - j);
            if gn == sn {
                for k in 0..gn {
                    out[i + k] = Some(j + k);
                }
            } else if g[i].multi || s[j].multi {
                lcs_align(&g[i..gi_end], &s[j..sj_end], i, j, &mut out);
            }
            i = gi_end;
            j = sj_end;
        } else if gs.1 <= ss.0 || (gs.0 < ss.0) || (gs.0 == ss.0 && gs.1 < ss.1) {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn lcs_align(g: &[Flat<'_>], s: &[Flat<'_>], gi: usize, sj: usize, out: &mut [Option<usize>]) {
    let (n, m) = (g.len(), s.len());
    let mut dp = vec![vec![0usize; m + 1]; n + 1];
    for a in (0..n).rev() {
        for b in (0..m).rev() {
            dp[a][b] = if g[a].form.to_lowercase() == s[b].form.to_lowercase() {
                dp[a + 1][b + 1] + 1
            } else {
                dp[a + 1][b].max(dp[a][b + 1])
            };
        }
    }
    let (mut a, mut b) = (0, 0);
    while a < n && b < m {
        if g[a].form.to_lowercase() == s[b].form.to_lowercase() {
            out[gi + a] = Some(sj + b);
            a += 1;
            b += 1;
        } else if dp[a + 1][b] >= dp[a][b + 1] {
            a += 1;
        } else {
            b += 1;
        }
    }
}

/// Scores system sentences against gold sentences; spans of each point into its text.
pub fn score(gold_text: &str, gold: &[Sentence], sys_text: &str, system: &[Sentence]) -> EvalReport {
    let (g, gt) = flatten(gold_text, gold);
    let (s, st) = flatten(sys_text, system);
    let mut r = EvalReport::default();
    r.words = Prf { correct: 0, gold: g.len(), system: s.len() };
    r.upos = r.words;
    r.ufeats = r.words;
    r.lemma = r.words;
    r.uas = r.words;
    r.las = r.words;
    r.tokens = Prf { correct: 0, gold: gt.len(), system: st.len() };
    let (mut a, mut b) = (0, 0);
    while a < gt.len() && b < st.len() {
        if gt[a] == st[b] {
            r.tokens.correct += 1;
            a += 1;
            b += 1;
        } else if gt[a].0 < st[b].0 || (gt[a].0 == st[b].0 && gt[a].1 < st[b].1) {
            a += 1;
        } else {
            b += 1;
        }
    }
    let al = align(&g, &s);
    let mut rev = vec![None; s.len()];
    for (gi, sj) in al.iter().enumerate() {
        if let Some(sj) = sj {
            rev[*sj] = Some(gi);
        }
    }
    for (gi, sj) in al.iter().enumerate() {
        let Some(sj) = *sj else { continue };
        let (gw, sw) = (&g[gi], &s[sj]);
        r.words.correct += 1;
        r.upos.correct += (gw.upos == sw.upos) as usize;
        r.ufeats.correct += (gw.upos == sw.upos && ufeats(gw.feats) == ufeats(sw.feats)) as usize;
        r.lemma.correct += (gw.lemma == "_" || gw.lemma == sw.lemma) as usize;
        let head_ok = match (gw.head, sw.head) {
            (None, None) => true,
            (Some(gh), Some(sh)) => rev[sh] == Some(gh),
            _ => false,
        };
        if head_ok {
            r.uas.correct += 1;
            r.las.correct += (gw.deprel == sw.deprel) as usize;
        }
    }
    r
}

/// Annotates copies of gold sentences (keeping their tokenisation) and scores them.
pub fn evaluate_gold_tok(model: &LangModel, gold: &[Sentence]) -> EvalReport {
    let text = synth_text(gold);
    let system: Vec<Sentence> = gold
        .iter()
        .map(|s| {
            let mut c = s.clone();
            crate::strip_annotation(&mut c);
            model.annotate(&mut c);
            c
        })
        .collect();
    score(&text, gold, &text, &system)
}

/// A text covering the spans of sentences read from CoNLL-U (they point into the file's
/// reconstructed text; rebuilt here from the token forms at their offsets).
pub(crate) fn synth_text(sents: &[Sentence]) -> String {
    let end = sents.iter().flat_map(|s| s.tokens.iter().map(|t| t.span.end)).max().unwrap_or(0);
    let mut bytes = vec![b' '; end];
    for s in sents {
        for t in &s.tokens {
            if let Some(dst) = bytes.get_mut(t.span.start..t.span.end) {
                if dst.len() == t.form.len() {
                    dst.copy_from_slice(t.form.as_bytes());
                }
            }
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// Scores the full pipeline from raw text, as the CoNLL 2018 shared task does: the gold
/// file's text, sentences within a paragraph joined by spaces and paragraphs (`# newpar`,
/// `# newdoc`) by line breaks, so sentence splitting is the system's job, is analysed by
/// `analyze`, and its words are aligned to the gold words by characters.
pub fn evaluate_raw(doc: &crate::conllu::ConlluDoc, analyze: &dyn Fn(&str) -> Vec<Sentence>) -> EvalReport {
    // Same byte length as the document text, so gold spans stay valid.
    let mut raw = doc.text.replace('\n', " ").into_bytes();
    for (i, s) in doc.sentences.iter().enumerate().skip(1) {
        let new_par = s.comments.iter().any(|c| c.starts_with("newpar") || c.starts_with("newdoc"));
        let prev_end = doc.sentences[i - 1].sentence.span.end;
        if new_par && raw.get(prev_end) == Some(&b' ') {
            raw[prev_end] = b'\n';
        }
    }
    let raw = String::from_utf8(raw).unwrap_or_default();
    let gold: Vec<Sentence> = doc.sentences.iter().map(|s| s.sentence.clone()).collect();
    let system = analyze(&raw);
    score(&raw, &gold, &raw, &system)
}

/// Scores of one treebank file: with gold tokenisation and from raw text.
#[derive(Debug, Clone)]
pub struct UdEval {
    pub file: String,
    pub lang: augur_core::Lang,
    pub gold_tokenisation: EvalReport,
    pub raw_text: EvalReport,
}

impl std::fmt::Display for UdEval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} ({})", self.file, self.lang)?;
        writeln!(f, "\nGold tokenisation:\n{}", self.gold_tokenisation)?;
        write!(f, "Raw text (CoNLL 2018 alignment):\n{}", self.raw_text)
    }
}

/// Evaluates `nlp`'s model for `lang` on a CoNLL-U file, both ways (`augur eval ud`).
pub fn evaluate_file(
    nlp: &crate::NlpPipeline,
    lang: augur_core::Lang,
    path: &std::path::Path,
) -> Result<UdEval, crate::NlpError> {
    let model = nlp.model(lang)?;
    let (doc, _) = crate::conllu::read_file(path)?;
    let gold: Vec<Sentence> = doc.sentences.iter().map(|s| s.sentence.clone()).collect();
    let gold_tokenisation = evaluate_gold_tok(&model, &gold);
    let raw_text = evaluate_raw(&doc, &|t| nlp.analyze_text(t, lang).sentences);
    Ok(UdEval { file: path.display().to_string(), lang, gold_tokenisation, raw_text })
}
