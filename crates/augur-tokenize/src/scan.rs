//! The scanner: splits text into surface tokens with byte spans, in one left-to-right pass.
//!
//! Whitespace separates chunks; inside a chunk, words are runs of letters and digits joined by
//! a few characters whose role depends on both neighbours (the full stop in "15.08.2023" or
//! "U.S.", the comma in "3,5", the hyphen per [`Hyphens`]). Everything else is punctuation,
//! one token per character (with its combining marks, emoji modifiers and joiners), except
//! runs such as "..." and "?!".

use crate::chars::{
    first_char, is_apostrophe, is_extend, is_hyphen, is_regional_indicator, is_space, is_terminal, is_word, run_class,
    starts_lower,
};
use crate::pack::{AbbrevClass, Hyphens, LangPack, NumberHyphens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct,
    Url,
    /// A word with an attached full stop that is an abbreviation.
    Abbrev(AbbrevClass),
    /// A single capital letter with a full stop ("J.").
    Initial,
    /// A German ordinal ("15.").
    Ordinal,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct RawTok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Line breaks in the whitespace before the token: 0, 1, or 2 for a blank line.
    pub nl_before: u8,
}

pub(crate) struct Scanner<'a> {
    text: &'a str,
    pack: &'static LangPack,
    hyphens: Hyphens,
    max_token: usize,
    pub toks: Vec<RawTok>,
    /// How many overlong tokens were cut.
    pub cut_tokens: usize,
    nl: u8,
    /// The last search for '@': where it started and what it found.
    at_cache: Option<(usize, Option<usize>)>,
}

fn char_at(t: &str, i: usize) -> char {
    t.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ')
}

fn prev_char(t: &str, i: usize) -> char {
    t.get(..i).and_then(|s| s.chars().next_back()).unwrap_or(' ')
}

/// Byte length of `prefix` at the start of `s`, compared without case; `None` if it is not there.
fn prefix_ci(s: &str, prefix: &str) -> Option<usize> {
    let mut si = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = si.next()?;
        if c != p && !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(si.next().map_or(s.len(), |(i, _)| i))
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, pack: &'static LangPack, hyphens: Hyphens, max_token: usize) -> Scanner<'a> {
        Scanner {
            text,
            pack,
            hyphens,
            max_token: max_token.max(16),
            toks: Vec::with_capacity(text.len() / 5 + 1),
            cut_tokens: 0,
            nl: 0,
            at_cache: None,
        }
    }

    /// Scans `text[lo..hi]`; spans stay relative to the whole text.
    pub fn run(&mut self, lo: usize, hi: usize) {
        let t = self.text;
        let hi = hi.min(t.len());
        let mut pos = lo;
        let mut nl = 0u8;
        while pos < hi {
            let c = char_at(t, pos);
            if is_space(c) {
                match c {
                    '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' => nl = (nl + 1).min(2),
                    '\r' if char_at(t, pos + 1) != '\n' => nl = (nl + 1).min(2),
                    '\u{2029}' => nl = 2,
                    _ => {}
                }
                pos += c.len_utf8();
                continue;
            }
            let mut end = pos;
            while end < hi {
                let c = char_at(t, end);
                if is_space(c) {
                    break;
                }
                end += c.len_utf8();
            }
            self.nl = nl;
            nl = 0;
            pos = self.chunk(pos, end, hi);
        }
    }

    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        if end <= start {
            return;
        }
        if end - start > self.max_token {
            self.cut_tokens += 1;
            let mut s = start;
            while s < end {
                let mut e = (s + self.max_token).min(end);
                while e > s && !self.text.is_char_boundary(e) {
                    e -= 1;
                }
                if e == s {
                    e = s + char_at(self.text, s).len_utf8();
                }
                self.toks.push(RawTok { start: s, end: e, kind, nl_before: std::mem::take(&mut self.nl) });
                s = e;
            }
            return;
        }
        self.toks.push(RawTok { start, end, kind, nl_before: std::mem::take(&mut self.nl) });
    }

    /// Scans the chunk `s..e` (no whitespace inside); returns where scanning stopped, which is
    /// past `e` when a number continues over a space ("25 785").
    fn chunk(&mut self, s: usize, mut e: usize, hi: usize) -> usize {
        let t = self.text;
        let pack = self.pack;
        let mut i = s;
        while i < e {
            let c = char_at(t, i);
            if let Some(u) = self.url_end(i, e) {
                self.push(i, u, Kind::Url);
                i = u;
                continue;
            }
            let tag = (c == '#' || c == '@') && is_word(char_at(t, i + 1)) && !is_word(prev_char(t, i));
            let signed = pack.numbers.signed
                && matches!(c, '-' | '+' | '−')
                && i == s
                && char_at(t, i + c.len_utf8()).is_ascii_digit();
            if is_word(c) || tag || signed {
                if let Some(n) = emoticon(&t[i..e]) {
                    self.push(i, i + n, Kind::Punct);
                    i += n;
                    continue;
                }
                i = self.word(i, e, hi);
                if i > e {
                    e = chunk_end(t, i, hi);
                }
                continue;
            }
            if let Some(n) = emoticon(&t[i..e]).or_else(|| entities(&t[i..e])) {
                self.push(i, i + n, Kind::Punct);
                i += n;
                continue;
            }
            if let Some(class) = run_class(c) {
                let mut j = i + 1;
                if class != 1 || pack.punct_runs {
                    while j < e && run_class(char_at(t, j)) == Some(class) {
                        j += 1;
                    }
                }
                self.push(i, j, Kind::Punct);
                i = j;
                continue;
            }
            if c.is_ascii_punctuation() && !"()[]{}\"',;:".contains(c) || c == '\'' && char_at(t, i + 1) == '\'' {
                // "***", "====", "$$$", "``", "''" are one token each.
                let mut j = i + 1;
                while j < e && char_at(t, j) == c {
                    j += 1;
                }
                if j > i + 1 {
                    self.push(i, j, Kind::Punct);
                    i = j;
                    continue;
                }
            }
            let mut j = cluster_end(t, i, e);
            if c == '°' && matches!(char_at(t, j), 'C' | 'F') && !is_word(char_at(t, j + 1)) {
                // "°C" is one unit.
                j += 1;
            }
            self.push(i, j, Kind::Punct);
            i = j;
        }
        e.max(i)
    }

    /// End of a URL or e-mail address starting at `i`, without trailing punctuation.
    fn url_end(&mut self, i: usize, e: usize) -> Option<usize> {
        let t = self.text;
        let rest = &t[i..e];
        let b = rest.as_bytes();
        let first = *b.first()?;
        if !first.is_ascii_alphanumeric() {
            return None;
        }
        let scheme = if matches!(first, b'h' | b'H' | b'f' | b'F' | b'w' | b'W') {
            ["https://", "http://", "ftp://", "www."].iter().find_map(|p| prefix_ci(rest, p))
        } else {
            None
        };
        let mut end = if let Some(n) = scheme {
            // "www." alone or "http://" with nothing after is no URL.
            if n >= rest.len() || !char_at(rest, n).is_alphanumeric() {
                return None;
            }
            e
        } else {
            self.email_end(i, e)?
        };
        // Trailing punctuation belongs to the sentence, a ')' only when it is unbalanced.
        let open = t[i..end].bytes().filter(|&b| b == b'(').count();
        let mut close = t[i..end].bytes().filter(|&b| b == b')').count();
        while end > i + 1 {
            let c = prev_char(t, end);
            let strip = match c {
                ')' if open < close => {
                    close -= 1;
                    true
                }
                ')' => false,
                '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '»' | '«' | '”' | '“' | '’' | ']' | '}' | '>' => {
                    true
                }
                _ => false,
            };
            if !strip {
                break;
            }
            end -= c.len_utf8();
        }
        Some(end)
    }

    /// The next '@' at or after `i`; cached so that scanning stays linear.
    fn next_at(&mut self, i: usize) -> Option<usize> {
        if let Some((from, res)) = self.at_cache {
            if i >= from {
                match res {
                    None => return None,
                    Some(a) if a >= i => return Some(a),
                    Some(_) => {}
                }
            }
        }
        let res = self.text.get(i..).and_then(|s| s.find('@')).map(|p| p + i);
        self.at_cache = Some((i, res));
        res
    }

    fn email_end(&mut self, i: usize, e: usize) -> Option<usize> {
        let t = self.text;
        let at = self.next_at(i)?;
        if at >= e || at < i || at - i > 64 {
            return None;
        }
        let local_ok = t[i..at].bytes().all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
        if !local_ok {
            return None;
        }
        let domain_len = t[at + 1..e]
            .char_indices()
            .take(256)
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .map_or(e - at - 1, |(k, _)| k);
        if domain_len > 255 {
            return None;
        }
        let domain = t[at + 1..at + 1 + domain_len].trim_end_matches(['.', '-']);
        let dot = domain.rfind('.')?;
        if dot == 0 || !domain[dot + 1..].chars().all(char::is_alphabetic) || domain.len() - dot < 3 {
            return None;
        }
        Some(at + 1 + domain.len())
    }

    /// Scans a word starting at `i`, pushes its token(s), returns the position after it.
    fn word(&mut self, i: usize, e: usize, hi: usize) -> usize {
        let t = self.text;
        let pack = self.pack;
        for f in pack.fixed_tokens {
            if let Some(n) = prefix_ci(&t[i..e], f) {
                if !is_word(char_at(t, i + n)) || i + n >= e {
                    self.push(i, i + n, Kind::Word);
                    return i + n;
                }
            }
        }
        let mut start = i;
        let mut j = i;
        if matches!(char_at(t, j), '#' | '@' | '-' | '+' | '−') {
            j += char_at(t, j).len_utf8();
        }
        let mut seg = j;
        let mut inner_dot = false;
        // Decided once per word, so that long hyphenated digit runs stay linear.
        let mut phone: Option<bool> = None;
        let units = pack.numbers.split_units && j == start && unit_split(&t[j..e]).is_some();
        if units {
            // "14h30" → "14" "h" "30".
            let mut k = j;
            for len in unit_split(&t[j..e]).unwrap_or_default() {
                self.push(k, k + len, Kind::Word);
                k += len;
            }
            return k;
        }
        loop {
            while j < e {
                let d = char_at(t, j);
                if is_word(d) || is_extend(d) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            if j >= e {
                break;
            }
            let d = char_at(t, j);
            let after = j + d.len_utf8();
            if after >= e {
                break;
            }
            let n = char_at(t, after);
            if d == '.'
                && is_hyphen(n)
                && t[seg..j].chars().count() == 1
                && char_at(t, after + n.len_utf8()).is_uppercase()
            {
                // Hyphenated initials: "J.-P. Bruneau", "J.-C.".
                j = after + n.len_utf8();
                seg = j;
                inner_dot = true;
                continue;
            }
            if !is_word(n) {
                if is_apostrophe(d) && !pack.elisions.is_empty() && !is_space(n) && self.elision(start, j) {
                    // "l'"exigence": the elided article before a quote.
                    self.push(start, after, Kind::Word);
                    return after;
                }
                break;
            }
            let p = prev_char(t, j);
            let join = match d {
                '.' => {
                    (p.is_numeric() && n.is_numeric())
                        || !(glued_sentence(&t[seg..j], n)
                            || (after - start <= 16
                                && glued_abbreviation(pack, &t[start..after], n, char_at(t, after + n.len_utf8()))))
                }
                ',' | ':' => p.is_numeric() && n.is_numeric(),
                // "12/05/2020", "b/c", "w/out".
                '/' => (p.is_numeric() && n.is_numeric()) || (n.is_alphabetic() && t[seg..j].chars().count() == 1),
                '&' | '_' => true,
                c if is_hyphen(c) && p.is_ascii_digit() && n.is_ascii_digit() => match pack.numbers.hyphens {
                    NumberHyphens::Join => true,
                    NumberHyphens::Split => false,
                    NumberHyphens::Phone => *phone.get_or_insert_with(|| phone_like(&t[start..e])),
                },
                c if is_hyphen(c) => match self.hyphens {
                    Hyphens::Keep => true,
                    Hyphens::Split => false,
                    Hyphens::SplitExceptPrefixes(list) => {
                        let s = &t[seg..j];
                        s.len() <= 8 && list.iter().any(|x| x.eq_ignore_ascii_case(s))
                    }
                },
                c if is_apostrophe(c) => {
                    if !pack.elisions.is_empty() && self.elision(start, j) {
                        // "l'homme" → "l'" + "homme": the elided article is its own token.
                        self.push(start, after, Kind::Word);
                        start = after;
                        j = after;
                        seg = after;
                        inner_dot = false;
                        continue;
                    }
                    true
                }
                _ => false,
            };
            if !join {
                break;
            }
            if d == '.' {
                inner_dot = true;
            }
            j = after;
            seg = j;
        }
        if pack.numbers.space_thousands && j - start <= 3 && t[start..j].bytes().all(|b| b.is_ascii_digit()) {
            j = thousands_end(t, j, hi);
        }
        if !pack.hyphen_enclitics.is_empty() && t[start..j].contains('-') {
            if let Some(k) = enclitic_start(&t[start..j], pack.hyphen_enclitics) {
                // "dit-il" → "dit" "-il", "a-t-il" → "a" "-t-il".
                let split = start + k;
                let inner = enclitic_start(&t[start..split], pack.hyphen_enclitics).map(|k2| start + k2);
                if let Some(s2) = inner {
                    self.push(start, s2, Kind::Word);
                    self.push(s2, split, Kind::Word);
                } else {
                    self.push(start, split, Kind::Word);
                }
                self.push(split, j, Kind::Word);
                return j;
            }
        }
        // A full stop right after the word (not an ellipsis) may belong to it.
        if j < e && char_at(t, j) == '.' && char_at(t, j + 1) != '.' {
            if let Some(kind) = self.dot_kind(start, j, inner_dot, hi) {
                self.push(start, j + 1, kind);
                return j + 1;
            }
        }
        self.push(start, j, Kind::Word);
        j
    }

    /// Whether `text[start..end]` is an elided word of the pack ("l", "qu", "jusqu").
    fn elision(&self, start: usize, end: usize) -> bool {
        end - start <= 8 && self.pack.index().elisions.contains(self.text[start..end].to_lowercase().as_str())
    }

    /// Whether `text[start..dot+1]` (a word plus its full stop) is one token.
    fn dot_kind(&self, start: usize, dot: usize, inner_dot: bool, hi: usize) -> Option<Kind> {
        let t = self.text;
        let pack = self.pack;
        let with_dot = &t[start..dot + 1];
        let core = &t[start..dot];
        if let Some(class) = pack.abbreviation(with_dot) {
            if class != AbbrevClass::BeforeNumber {
                return Some(Kind::Abbrev(class));
            }
            if self.next_word(dot + 1, hi).is_some_and(|w| first_char(w).is_some_and(|c| c.is_ascii_digit())) {
                return Some(Kind::Abbrev(class));
            }
        }
        let mut cs = core.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if c.is_uppercase() {
                return Some(Kind::Initial);
            }
        }
        if inner_dot
            && core.split('.').all(|s| {
                let s = s.trim_start_matches('-');
                !s.is_empty() && s.chars().count() <= 3 && s.chars().all(char::is_alphabetic)
            })
        {
            return Some(Kind::Abbrev(AbbrevClass::Regular));
        }
        if pack.ordinal_dot && core.len() <= 5 && core.bytes().all(|b| b"IVXLC".contains(&b)) {
            // "Wilhelm II. kam", "Johannes Paul II. besuchte": a Roman ordinal, unless a
            // typical sentence opener follows.
            let next = self.next_word(dot + 1, hi)?;
            let opener = pack.index().starters.contains(next);
            return (is_word(first_char(next)?) && !opener).then_some(Kind::Ordinal);
        }
        if pack.ordinal_dot && core.bytes().all(|b| b.is_ascii_digit() || b == b'.') && core.len() <= 10 {
            let digits = core.split('.').next_back().map_or(0, str::len);
            let next = self.next_word(dot + 1, hi)?;
            let month = pack.index().months.contains(next.to_lowercase().as_str());
            let lower = starts_lower(next);
            let attach = if inner_dot {
                // "am 15.8. in Berlin": a date with its closing full stop.
                month || lower || digits <= 2
            } else if digits <= 2 {
                // "1. Die Lage": list numbering at the start of a line or sentence; elsewhere
                // a typical sentence opener means the number ended the sentence ("Platz 15. Der").
                let line_start = self.nl > 0 || self.toks.last().is_none_or(|p| is_terminal(&t[p.start..p.end]));
                is_word(first_char(next)?) && (line_start || !pack.index().starters.contains(next))
            } else {
                month || lower
            };
            return attach.then_some(Kind::Ordinal);
        }
        None
    }

    /// The first word of the next chunk in the same paragraph.
    fn next_word(&self, from: usize, hi: usize) -> Option<&'a str> {
        let t = self.text;
        let mut nl = 0;
        let mut k = from;
        while k < hi {
            let c = char_at(t, k);
            if !is_space(c) {
                break;
            }
            if c == '\n' {
                nl += 1;
                if nl >= 2 {
                    return None;
                }
            }
            k += c.len_utf8();
        }
        if k >= hi {
            return None;
        }
        let rest = &t[k..hi];
        let len = rest.char_indices().find(|&(_, c)| !is_word(c)).map_or(rest.len(), |(p, _)| p);
        if len == 0 {
            // Not a word: give its first character so callers can look at it.
            let c = char_at(rest, 0);
            return Some(&rest[..c.len_utf8()]);
        }
        Some(&rest[..len])
    }
}

/// "Ende.Der": a full stop between a lower-case word and a capital is a missing space.
fn glued_sentence(left: &str, next: char) -> bool {
    if !next.is_uppercase() {
        return false;
    }
    let mut n = 0;
    let mut last = ' ';
    for c in left.chars() {
        if !c.is_alphabetic() {
            return false;
        }
        n += 1;
        last = c;
    }
    n >= 2 && last.is_lowercase()
}

/// "г.Москве", "Dr.Weber": a known abbreviation glued to a capitalised word ("z.B" stays).
fn glued_abbreviation(pack: &LangPack, with_dot: &str, next: char, after_next: char) -> bool {
    next.is_uppercase()
        && after_next.is_lowercase()
        && matches!(pack.abbreviation(with_dot), Some(AbbrevClass::Title | AbbrevClass::Regular))
}

/// Byte offset where a hyphenated enclitic ("-t-il", "-vous") starts in `word`, if the word
/// ends in one and something precedes it.
fn enclitic_start(word: &str, enclitics: &[&str]) -> Option<usize> {
    for enc in enclitics {
        if word.len() > enc.len() {
            let k = word.len() - enc.len();
            if word.is_char_boundary(k) && word[k..].to_lowercase() == *enc {
                return Some(k);
            }
        }
    }
    None
}

/// End of one punctuation or symbol character with what extends it (marks, emoji modifiers,
/// zero-width-joiner sequences, flag pairs).
fn cluster_end(t: &str, i: usize, e: usize) -> usize {
    let c = char_at(t, i);
    let mut j = i + c.len_utf8();
    if is_regional_indicator(c) && j < e && is_regional_indicator(char_at(t, j)) {
        j += char_at(t, j).len_utf8();
    }
    while j < e {
        let d = char_at(t, j);
        if d == '\u{200D}' {
            j += d.len_utf8();
            if j < e {
                j += char_at(t, j).len_utf8();
            }
            continue;
        }
        if is_extend(d) {
            j += d.len_utf8();
            continue;
        }
        break;
    }
    j.min(e)
}

fn chunk_end(t: &str, from: usize, hi: usize) -> usize {
    t.get(from..hi).and_then(|r| r.char_indices().find(|&(_, c)| is_space(c)).map(|(k, _)| from + k)).unwrap_or(hi)
}

/// Extends a number of 1–3 digits over groups of exactly three digits after a space:
/// "25 785", "1 000 000".
fn thousands_end(t: &str, mut j: usize, hi: usize) -> usize {
    loop {
        let sep = char_at(t, j);
        if !matches!(sep, ' ' | '\u{A0}' | '\u{202F}') {
            return j;
        }
        let g = j + sep.len_utf8();
        let digits = t.get(g..hi).map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
        let after = char_at(t, g + digits);
        if digits != 3 || is_word(after) {
            return j;
        }
        j = g + 3;
    }
}

/// A phone number: three or more digit groups, or a short group before a long one.
fn phone_like(chunk: &str) -> bool {
    let groups: Vec<&str> =
        chunk.split(|c: char| !c.is_ascii_digit() && !is_hyphen(c)).next().unwrap_or("").split(is_hyphen).collect();
    groups.len() >= 3 || (groups.len() == 2 && groups[0].len() <= 3 && groups[1].len() >= 4)
}

/// "14h30" → [2, 1, 2], "160km" → [3, 2]; `None` for ordinals ("2e", "1er") and other words.
fn unit_split(chunk: &str) -> Option<Vec<usize>> {
    let digits = chunk.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let rest = &chunk[digits..];
    let letters: usize = rest.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
    if letters == 0 || letters > 4 {
        return None;
    }
    let unit = &rest[..letters];
    if matches!(unit, "e" | "er" | "ère" | "ème" | "eme" | "es" | "èmes" | "nd" | "nde" | "re" | "ers" | "res") {
        return None;
    }
    let more = &rest[letters..];
    let tail = more.bytes().take_while(u8::is_ascii_digit).count();
    if is_word(char_at(more, tail)) && tail < more.len() {
        return None;
    }
    Some(if tail > 0 { vec![digits, letters, tail] } else { vec![digits, letters] })
}

/// Emoticons such as ":-)" or ";)" at the start of `s`, as one token.
fn emoticon(s: &str) -> Option<usize> {
    const FACES: &[&str] = &[
        ":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", ":-/", ":-*", ":-|", "^_^", ":)", ":(", ";)", ":D", ":P",
        ":p", ":/", ":*", ":|", ";D", "<3", "^^", "xD", "XD", "=)", "=(",
    ];
    if !matches!(s.as_bytes().first(), Some(b':' | b';' | b'<' | b'^' | b'x' | b'X' | b'=')) {
        return None;
    }
    let f = FACES.iter().find(|f| s.starts_with(*f))?;
    let after = char_at(s, f.len());
    (f.len() == s.len() || !is_word(after) && after != '/').then_some(f.len())
}

/// A run of HTML character references ("&#39;&#39;", "&amp;") left in the text, as one token.
fn entities(s: &str) -> Option<usize> {
    let mut n = 0;
    loop {
        let r = &s[n..];
        if !r.starts_with('&') {
            break;
        }
        let body = &r[1..];
        let len = body.bytes().take(10).position(|b| b == b';').filter(|&k| {
            (2..=8).contains(&k)
                && (body[..k].bytes().all(|b| b.is_ascii_alphabetic())
                    || body[..k].starts_with('#') && body[1..k].bytes().all(|b| b.is_ascii_digit()))
        });
        match len {
            Some(len) => n += len + 2,
            None => break,
        }
    }
    (n > 0).then_some(n)
}
