//! CoNLL-U reading and writing, converted to and from [`augur_core::Sentence`].
//!
//! Reading is lenient: malformed lines are skipped with a diagnostic, empty nodes
//! (`8.1`) are skipped, multiword tokens (`1-2`) become one [`Token`] covering several
//! words. Spans are byte offsets into the reconstructed document text
//! ([`ConlluDoc::text`]): sentences separated by a newline, tokens by a space unless
//! `SpaceAfter=No`.

use augur_core::{Diagnostic, Sentence, Span, Token, Word};

/// One sentence of a CoNLL-U file with its comment lines (without the leading `# `).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConlluSentence {
    pub comments: Vec<String>,
    pub sentence: Sentence,
}

impl ConlluSentence {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }
}

/// A parsed CoNLL-U file.
#[derive(Debug, Clone, Default)]
pub struct ConlluDoc {
    /// The reconstructed text; every span in `sentences` points into it.
    pub text: String,
    pub sentences: Vec<ConlluSentence>,
}

/// Parses CoNLL-U text. Never fails; problems come back as diagnostics.
pub fn parse(input: &str) -> (ConlluDoc, Vec<Diagnostic>) {
    let mut doc = ConlluDoc::default();
    let mut diags = Vec::new();
    let mut block: Vec<(usize, &str)> = Vec::new();
    for (no, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !block.is_empty() {
                build_sentence(&block, &mut doc, &mut diags);
                block.clear();
            }
        } else {
            block.push((no + 1, line));
        }
    }
    if !block.is_empty() {
        build_sentence(&block, &mut doc, &mut diags);
    }
    (doc, diags)
}

/// Reads and parses a CoNLL-U file.
pub fn read_file(path: &std::path::Path) -> Result<(ConlluDoc, Vec<Diagnostic>), crate::NlpError> {
    let text = std::fs::read_to_string(path).map_err(|e| crate::NlpError::io(path, e))?;
    Ok(parse(&text))
}

fn field(s: &str) -> String {
    if s == "_" {
        String::new()
    } else {
        s.to_string()
    }
}

fn build_sentence(block: &[(usize, &str)], doc: &mut ConlluDoc, diags: &mut Vec<Diagnostic>) {
    let mut cs = ConlluSentence::default();
    // (first, last, form, space_after) of multiword tokens, by first word id.
    let mut ranges: Vec<(usize, usize, String, bool)> = Vec::new();
    let mut words: Vec<(Word, bool)> = Vec::new();
    for &(no, line) in block {
        if let Some(c) = line.strip_prefix('#') {
            cs.comments.push(c.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            diags.push(Diagnostic::warning("conllu", "bad-line", format!("line {no}: expected 10 columns")));
            continue;
        }
        let id = cols[0];
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((a, b)) = id.split_once('-') {
            match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a >= 1 && b >= a => ranges.push((a, b, cols[1].to_string(), space_after)),
                _ => diags.push(Diagnostic::warning("conllu", "bad-id", format!("line {no}: bad range {id}"))),
            }
            continue;
        }
        if id.contains('.') {
            continue; // empty node of enhanced UD
        }
        let Ok(n) = id.parse::<usize>() else {
            diags.push(Diagnostic::warning("conllu", "bad-id", format!("line {no}: bad id {id}")));
            continue;
        };
        if n != words.len() + 1 {
            diags.push(Diagnostic::warning("conllu", "bad-id", format!("line {no}: id {n} out of order")));
            continue;
        }
        let head = if cols[6] == "_" {
            0
        } else {
            match cols[6].parse::<usize>() {
                Ok(h) => h,
                Err(_) => {
                    diags.push(Diagnostic::warning("conllu", "bad-head", format!("line {no}: bad head {}", cols[6])));
                    0
                }
            }
        };
        let w = Word {
            form: cols[1].to_string(),
            lemma: field(cols[2]),
            upos: field(cols[3]),
            xpos: field(cols[4]),
            feats: field(cols[5]),
            head,
            deprel: field(cols[7]),
            span: Span::default(),
            token: 0,
        };
        words.push((w, space_after));
    }
    if words.is_empty() {
        if !cs.comments.is_empty() {
            diags.push(Diagnostic::warning("conllu", "empty-sentence", "sentence without words skipped"));
        }
        return;
    }
    let n = words.len();
    for (w, _) in words.iter_mut() {
        if w.head > n {
            w.head = 0;
        }
    }
    let start = doc.text.len();
    let mut i = 0;
    let mut s = Sentence::default();
    while i < n {
        let (first, last, form, space_after) = match ranges.iter().find(|r| r.0 == i + 1 && r.1 <= n) {
            Some(r) => (i, r.1 - 1, r.2.clone(), r.3),
            None => (i, i, words[i].0.form.clone(), words[i].1),
        };
        let span = Span::new(doc.text.len(), doc.text.len() + form.len());
        doc.text.push_str(&form);
        if space_after {
            doc.text.push(' ');
        }
        let ti = s.tokens.len();
        for (w, _) in &mut words[first..=last] {
            w.span = span;
            w.token = ti;
        }
        s.tokens.push(Token { span, form, words: (first, last), space_after });
        i = last + 1;
    }
    let end = doc.text.trim_end().len().max(start);
    s.span = Span::new(start, end);
    s.words = words.into_iter().map(|(w, _)| w).collect();
    doc.text.truncate(end);
    doc.text.push('\n');
    cs.sentence = s;
    doc.sentences.push(cs);
}

fn dash(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// Writes one sentence as CoNLL-U (comments, multiword token lines, words, blank line).
/// `text` is the document text the spans point into, used for `# text` when there is
/// no such comment.
pub fn write_sentence(out: &mut String, s: &Sentence, comments: &[String], text: Option<&str>) {
    write_sentence_with(out, s, comments, text, false);
}

/// Like [`write_sentence`]; with `token_ranges`, MISC also carries `TokenRange=start:end`, the
/// byte span of each token in the text (as `augur parse` prints raw-text analyses).
pub fn write_sentence_with(
    out: &mut String,
    s: &Sentence,
    comments: &[String],
    text: Option<&str>,
    token_ranges: bool,
) {
    use std::fmt::Write;
    for c in comments {
        let _ = writeln!(out, "# {c}");
    }
    if !comments.iter().any(|c| c.starts_with("text ") || c.starts_with("text=")) {
        let t = text.and_then(|t| s.span.slice(t)).map(str::to_string).unwrap_or_else(|| sentence_text(s));
        let _ = writeln!(out, "# text = {}", t.replace(['\n', '\r'], " "));
    }
    for (ti, t) in s.tokens.iter().enumerate() {
        let multi = t.words.1 > t.words.0;
        let mut misc: Vec<String> = Vec::new();
        if token_ranges {
            misc.push(format!("TokenRange={}:{}", t.span.start, t.span.end));
        }
        if !t.space_after && ti + 1 < s.tokens.len() {
            misc.push("SpaceAfter=No".into());
        }
        let misc = if misc.is_empty() { "_".to_string() } else { misc.join("|") };
        if multi {
            let _ = writeln!(out, "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}", t.words.0 + 1, t.words.1 + 1, t.form, misc);
        }
        for wi in t.words.0..=t.words.1.min(s.words.len().saturating_sub(1)) {
            write_word(out, wi, &s.words[wi], if multi { "_" } else { &misc });
        }
    }
    if s.tokens.is_empty() {
        for (wi, w) in s.words.iter().enumerate() {
            write_word(out, wi, w, "_");
        }
    }
    out.push('\n');
}

fn write_word(out: &mut String, index: usize, w: &augur_core::Word, misc: &str) {
    use std::fmt::Write;
    let _ = writeln!(
        out,
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
        index + 1,
        dash(&w.form),
        dash(&w.lemma),
        dash(&w.upos),
        dash(&w.xpos),
        dash(&w.feats),
        w.head,
        dash(&w.deprel),
        misc
    );
}

/// Writes a whole document.
pub fn write(doc: &ConlluDoc) -> String {
    let mut out = String::new();
    for s in &doc.sentences {
        write_sentence(&mut out, &s.sentence, &s.comments, Some(&doc.text));
    }
    out
}

/// The sentence text rebuilt from token forms and `space_after`.
pub fn sentence_text(s: &Sentence) -> String {
    let mut t = String::new();
    for (i, tok) in s.tokens.iter().enumerate() {
        t.push_str(&tok.form);
        if tok.space_after && i + 1 < s.tokens.len() {
            t.push(' ');
        }
    }
    if s.tokens.is_empty() {
        t = s.words.iter().map(|w| w.form.as_str()).collect::<Vec<_>>().join(" ");
    }
    t
}
