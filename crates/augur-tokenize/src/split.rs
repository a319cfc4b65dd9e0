//! Sentence boundaries over scanned tokens.

use crate::chars::{first_char, is_closer, is_quote, is_terminal, starts_lower, starts_upper};
use crate::pack::{AbbrevClass, LangPack};
use crate::scan::{Kind, RawTok};

/// How the text uses single line breaks.
struct Layout {
    /// Most lines end in final punctuation: line breaks mark structure (headlines, captions,
    /// one paragraph per line) rather than hard wrapping.
    structural: bool,
    /// The longest line, in characters.
    max_line: usize,
}

fn layout(text: &str, toks: &[RawTok]) -> Layout {
    let mut breaks = 0usize;
    let mut terminal = 0usize;
    let mut max_line = 0usize;
    let mut line_start = toks.first().map_or(0, |t| t.start);
    for k in 1..toks.len() {
        if toks[k].nl_before >= 1 {
            max_line = max_line.max(text.get(line_start..toks[k - 1].end).map_or(0, |l| l.chars().count()));
            line_start = toks[k].start;
        }
        if toks[k].nl_before == 1 {
            breaks += 1;
            if ends_with_terminal(text, toks, k - 1) {
                terminal += 1;
            }
        }
    }
    if let Some(last) = toks.last() {
        max_line = max_line.max(text.get(line_start..last.end).map_or(0, |l| l.chars().count()));
    }
    Layout { structural: breaks > 0 && terminal * 2 >= breaks, max_line }
}

fn form<'t>(text: &'t str, t: &RawTok) -> &'t str {
    text.get(t.start..t.end).unwrap_or("")
}

/// Token `k` is final punctuation, possibly followed by attached closing quotes/brackets.
fn ends_with_terminal(text: &str, toks: &[RawTok], k: usize) -> bool {
    let mut i = k;
    loop {
        let f = form(text, &toks[i]);
        if is_terminal(f) {
            return true;
        }
        if i == 0 || !is_closer(f) || toks[i - 1].end != toks[i].start {
            return false;
        }
        i -= 1;
    }
}

/// Indices `k` after which a sentence ends (the last token is implied).
pub(crate) fn boundaries(text: &str, toks: &[RawTok], pack: &LangPack) -> Vec<usize> {
    let layout = layout(text, toks);
    let idx = pack.index();
    let mut line_start = toks.first().map_or(0, |t| t.start);
    let mut out = Vec::new();
    // Quote marks seen in the current sentence: after an odd number, a quote closes.
    let mut quotes = 0usize;
    // Token `k` continues a stretch of final punctuation and closing quotes.
    let mut carry = false;
    // The first token of the current line.
    let mut line_tok = 0usize;
    for k in 0..toks.len().saturating_sub(1) {
        let t = &toks[k];
        let next = &toks[k + 1];
        let nf = form(text, next);
        let f = form(text, t);
        let this_line = line_start;
        let this_line_tok = line_tok;
        if next.nl_before >= 1 {
            line_start = next.start;
            line_tok = k + 1;
        }
        // "WARSAW, March 12 (Reuters) - Poland summoned …": the dateline is no part of the
        // first sentence (parsed together, the city becomes the subject).
        if matches!(f, "-" | "–" | "—") && starts_upper(nf) && dateline(text, toks, this_line_tok, k) {
            out.push(k);
            quotes = 0;
            continue;
        }
        if is_quote(f) {
            quotes += 1;
        }
        // "[...]" and "(…)" mark an omission, not the end of a sentence.
        let omission = k > 0 && matches!(form(text, &toks[k - 1]), "(" | "[") && toks[k - 1].end == t.start;
        let terminal = (is_terminal(f) && !omission) || (carry && is_closer(f));
        carry = false;
        if next.nl_before >= 2 {
            out.push(k);
            quotes = 0;
            continue;
        }
        // "-" after a full stop continues the sentence in the treebanks (list items, dialogue).
        let next_opens = !starts_lower(nf) && !matches!(nf, "," | ";" | ":" | ")" | "]" | "}" | "%");
        if terminal {
            let glued = next.start == t.end;
            // Closers glued to the final punctuation, or a quote that closes an open one,
            // belong to this sentence.
            let closes = is_closer(nf) && (glued || (is_quote(nf) && quotes % 2 == 1));
            if closes || is_terminal(nf) {
                carry = true;
                continue;
            }
            if next_opens || lower_case_restart(text, toks, k, nf) {
                out.push(k);
                quotes = 0;
            }
            continue;
        }
        // A line break ends an unpunctuated line when lines mark structure, or when the line is
        // much shorter than the longest (a headline above hard-wrapped text).
        let short_line = || {
            let len = text.get(this_line..t.end).map_or(0, |l| l.chars().count());
            layout.max_line >= 30 && len * 5 < layout.max_line * 3
        };
        let line_break = next.nl_before == 1 && (layout.structural || short_line());
        if f == ";" && pack.semicolon_ends && starts_upper(nf) {
            out.push(k);
            quotes = 0;
            continue;
        }
        // "im Jahr 1905 гг. Популяции": a year abbreviation after a number ends the sentence.
        if starts_upper(nf)
            && pack.year_abbreviations.contains(&f)
            && k > 0
            && form(text, &toks[k - 1]).starts_with(|c: char| c.is_ascii_digit())
        {
            out.push(k);
            quotes = 0;
            continue;
        }
        match t.kind {
            Kind::Abbrev(AbbrevClass::Final) if starts_upper(nf) || line_break && next_opens => {
                out.push(k);
                quotes = 0;
                continue;
            }
            Kind::Abbrev(AbbrevClass::Regular)
                if line_break && next_opens || (starts_upper(nf) && idx.starters.contains(nf)) =>
            {
                out.push(k);
                quotes = 0;
                continue;
            }
            _ => {}
        }
        if line_break && next_opens && !continues(f) {
            out.push(k);
            quotes = 0;
        }
    }
    out
}

/// Whether tokens `first..dash` open a line as a news dateline: a city in capitals
/// ("WARSAW, March 12", "МОСКВА, 12 мар") or a place with the agency in brackets
/// ("Berlin (dpa)", "MADRID, 12 mar (EFE)."), short and before any sentence.
fn dateline(text: &str, toks: &[RawTok], first: usize, dash: usize) -> bool {
    if dash <= first || dash - first > 12 {
        return false;
    }
    let lead = form(text, &toks[first]);
    let letters = lead.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3 && lead.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let before = form(text, &toks[dash - 1]);
    let closes_agency = before == ")" || (before == "." && dash >= 2 && form(text, &toks[dash - 2]) == ")");
    let agency = closes_agency && (first..dash).any(|j| form(text, &toks[j]) == "(");
    let no_sentence_inside = !(first..dash).any(|j| is_terminal(form(text, &toks[j])) && j + 1 < dash);
    (capitals || agency) && no_sentence_inside
}

/// A line ending in one of these continues on the next line.
fn continues(f: &str) -> bool {
    matches!(f, "," | "-" | "–" | "(" | "[" | "&" | "/" | "„" | "«" | "‚")
        || first_char(f).is_some_and(|c| matches!(c, '¿' | '¡'))
}

/// Informal text starts sentences in lower case: after "!" or "?", or after a full stop that
/// follows a longer word (short words before a full stop are often unknown abbreviations).
fn lower_case_restart(text: &str, toks: &[RawTok], k: usize, next: &str) -> bool {
    if !starts_lower(next) {
        return false;
    }
    let f = form(text, &toks[k]);
    if f.starts_with(['!', '?']) {
        return true;
    }
    if f != "." || k == 0 {
        return false;
    }
    let prev = &toks[k - 1];
    let pf = form(text, prev);
    prev.kind == Kind::Word
        && prev.end == toks[k].start
        && pf.chars().count() >= 4
        && pf.chars().all(char::is_alphabetic)
}
