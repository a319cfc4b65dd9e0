//! Greedy left-to-right tagger predicting UPOS and FEATS jointly as one tag, with an
//! averaged perceptron, candidate tags from a training lexicon (known words) or from
//! suffixes (rare and unknown words).

use rustc_hash::FxHashMap;

use crate::hash::{h2, h3, h4, hs, Fnv, Rng};
use crate::io::{Reader, Writer};
use crate::perceptron::{Model, Trainer};
use crate::NlpError;

const NONE: u16 = u16::MAX;
/// Words seen at least this often are restricted to their training tags.
const KNOWN_MIN: u32 = 3;
/// Words seen at least this often get their training tags as a feature (rarer ones
/// would leak their gold tag into training).
const AMB_MIN: u32 = 5;

/// Words seen at most this often feed the suffix guesser.
const RARE_MAX: u32 = 5;

#[derive(Debug, Default)]
pub(crate) struct Tagger {
    /// Joint tags `UPOS\tFEATS`.
    pub(crate) tags: Vec<String>,
    lexicon: FxHashMap<u64, (u32, Vec<u16>)>,
    suffixes: FxHashMap<u64, Vec<u16>>,
    open: Vec<u16>,
    model: Model,
    /// Per tag, derived from `tags` once: UPOS hash, participle, finite, auxiliary and
    /// nominal (PROPN, NOUN, ADJ, X, NUM) flags.
    upos_keys: Vec<u64>,
    part: Vec<bool>,
    finite: Vec<bool>,
    aux: Vec<bool>,
    nominal: Vec<bool>,
    /// Open-class tags that are nouns or names, in id order.
    open_names: Vec<u16>,
    /// Finite past verb tags, in id order.
    fin_past: Vec<u16>,
    /// Infinitive verb tags (German werden/modal + infinitive repair).
    inf: Vec<bool>,
    /// Any verb tag.
    verb: Vec<bool>,
    /// Inference repairs of auxiliary constructions; none by default.
    pub(crate) aux_repair: AuxRepair,
}

/// Where the auxiliary repair looks for the participle of an auxiliary form in
/// [`LangModel::aux_forms`](crate::LangModel::aux_forms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AuxSpan {
    /// Right after the auxiliary only, and only when the auxiliary was tagged non-finite.
    #[default]
    Next,
    /// German verb-second clauses: the participle (or, after werden and modals, the
    /// infinitive) closes the clause, after the whole middle field ("Die Ukraine hat Russland
    /// mit Drohnen angegriffen").
    ClauseEnd,
    /// French compound tenses: the participle follows the auxiliary, at most one adverb
    /// between ("a arrêté", "a vivement protesté").
    Adjacent,
}

/// Settings of the auxiliary repair.
#[derive(Debug, Clone, Copy, Default)]
pub struct AuxRepair {
    pub span: AuxSpan,
    /// Finite forms of modal verbs and of werden, which take an infinitive at the clause end
    /// ([`AuxSpan::ClauseEnd`] only).
    pub inf_forms: &'static [&'static str],
}

struct WordInfo {
    lower: u64,
    /// Length of the lowercased form in chars.
    chars: usize,
    form: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
    amb: u64,
    first: bool,
    /// Capitalised and not all capitals ("Beirut", not "NATO").
    cap: bool,
}

/// The characters of the word's shape (`Xxxd`): upper, lower and digit classes, other
/// characters as they are, runs capped at two.
fn shape_chars(form: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = ' ';
    let mut run = 0;
    form.chars().filter_map(move |c| {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run > 2 {
                return None;
            }
        } else {
            run = 1;
            last = k;
        }
        Some(k)
    })
}

/// The word's shape as a string; the tagger hashes it via [`shape_hash`].
#[cfg(test)]
fn shape(form: &str) -> String {
    shape_chars(form).collect()
}

/// `hs(&shape(form))` without building the string.
fn shape_hash(form: &str) -> u64 {
    let mut h = Fnv::new();
    for k in shape_chars(form) {
        h.push_char(k);
    }
    h.finish()
}

fn suffix(chars: &[char], n: usize) -> String {
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

fn suffix_key(lower: &[char], n: usize) -> u64 {
    h2(n as u64, hs(&suffix(lower, n)))
}

struct Lex<'a> {
    lexicon: &'a FxHashMap<u64, (u32, Vec<u16>)>,
    suffixes: &'a FxHashMap<u64, Vec<u16>>,
    open: &'a [u16],
}

impl Lex<'_> {
    /// Candidate tags of a word; `suf[k]` is the hash of its last k+1 lowercase chars
    /// (see [`suffix_key`]).
    fn candidates(&self, w: &WordInfo, out: &mut Vec<u16>) {
        out.clear();
        if let Some((count, tags)) = self.lexicon.get(&w.lower) {
            out.extend_from_slice(tags);
            if *count >= KNOWN_MIN {
                return;
            }
        }
        let mut found = false;
        for n in (1..=3).rev() {
            if w.chars < n {
                continue;
            }
            if let Some(tags) = self.suffixes.get(&h2(n as u64, w.suf[n - 1])) {
                out.extend_from_slice(tags);
                found = true;
                break;
            }
        }
        if !found {
            out.extend_from_slice(self.open);
        }
        out.sort_unstable();
        out.dedup();
    }

    /// `suf2` is the hash of the word's last two lowercase chars.
    fn amb(&self, lower_h: u64, suf2: u64) -> u64 {
        match self.lexicon.get(&lower_h) {
            Some((c, tags)) if *c >= AMB_MIN => tags.iter().fold(17, |a, &t| h2(a, t as u64)),
            _ => h2(99, suf2),
        }
    }
}

fn infos(forms: &[&str], lex: &Lex<'_>) -> Vec<WordInfo> {
    let mut out = Vec::with_capacity(forms.len());
    let mut lower = String::new();
    // Byte offset of each char of `lower`, then its length: affixes are byte slices.
    let mut bounds: Vec<usize> = Vec::new();
    for (i, f) in forms.iter().enumerate() {
        lower.clear();
        if f.is_ascii() {
            lower.push_str(f);
            lower.make_ascii_lowercase();
        } else {
            // Not per char: `str::to_lowercase` knows the word-final sigma.
            lower.push_str(&f.to_lowercase());
        }
        bounds.clear();
        bounds.extend(lower.char_indices().map(|(b, _)| b));
        let n = bounds.len();
        bounds.push(lower.len());
        let lh = hs(&lower);
        let mut suf = [0u64; 4];
        for (k, s) in suf.iter_mut().enumerate() {
            *s = hs(lower.get(bounds[n.saturating_sub(k + 1)]..).unwrap_or(""));
        }
        let mut pre = [0u64; 3];
        for (k, p) in pre.iter_mut().enumerate() {
            *p = hs(lower.get(..bounds[(k + 1).min(n)]).unwrap_or(""));
        }
        out.push(WordInfo {
            lower: lh,
            chars: n,
            form: hs(f),
            suf,
            pre,
            shape: shape_hash(f),
            amb: lex.amb(lh, suf[1]),
            first: i == 0,
            cap: f.chars().next().is_some_and(char::is_uppercase) && f.chars().skip(1).any(char::is_lowercase),
        });
    }
    out
}

fn features(w: &[WordInfo], i: usize, p1: u16, p2: u16, p1u: u64, out: &mut Vec<u64>) {
    out.clear();
    let get = |j: isize| -> Option<&WordInfo> {
        if j < 0 {
            None
        } else {
            w.get(j as usize)
        }
    };
    let i_ = i as isize;
    let c = &w[i];
    let lw = |j: isize| get(j).map_or(1, |x| x.lower);
    out.push(1);
    out.push(h2(2, c.lower));
    out.push(h2(3, c.form));
    for k in 0..4 {
        out.push(h2(4 + k as u64, c.suf[k]));
    }
    for k in 0..3 {
        out.push(h2(8 + k as u64, c.pre[k]));
    }
    out.push(h2(11, c.shape));
    out.push(h2(12, lw(i_ - 1)));
    out.push(h2(13, lw(i_ + 1)));
    out.push(h2(14, lw(i_ - 2)));
    out.push(h2(15, lw(i_ + 2)));
    out.push(h2(16, p1 as u64));
    out.push(h2(17, p2 as u64));
    out.push(h3(18, p1 as u64, p2 as u64));
    out.push(h3(19, p1 as u64, c.lower));
    out.push(h2(20, get(i_ + 1).map_or(1, |x| x.suf[2])));
    out.push(h2(21, get(i_ - 1).map_or(1, |x| x.suf[2])));
    out.push(h2(22, get(i_ + 1).map_or(1, |x| x.amb)));
    out.push(h2(23, c.amb));
    out.push(h3(24, p1u, c.suf[1]));
    out.push(h3(25, lw(i_ - 1), c.lower));
    out.push(h3(26, c.lower, lw(i_ + 1)));
    out.push(h3(27, c.first as u64, c.shape));
    out.push(h2(28, get(i_ + 2).map_or(1, |x| x.amb)));
    out.push(h3(29, c.amb, get(i_ + 1).map_or(1, |x| x.amb)));
    out.push(h3(30, p1 as u64, c.suf[2]));
    out.push(h3(31, p1u, get(i_ + 1).map_or(1, |x| x.amb)));
    // Right context against the word's own ending: "-ed" before a determiner is a
    // finite past more often than a participle.
    out.push(h3(32, c.suf[1], get(i_ + 1).map_or(1, |x| x.amb)));
    out.push(h4(33, p1u, c.suf[1], get(i_ + 1).map_or(1, |x| x.amb)));
    out.push(h3(34, c.suf[2], get(i_ + 1).map_or(1, |x| x.lower)));
}

fn upos_key(tag: &str) -> u64 {
    hs(tag.split('\t').next().unwrap_or(""))
}

/// Words that open a new German clause: the auxiliary repair does not look past them.
#[rustfmt::skip]
const CLAUSE_WORDS: &[&str] = &[
    "dass", "daß", "weil", "ob", "wenn", "als", "nachdem", "bevor", "obwohl", "während", "damit", "sondern", "aber",
    "denn",
];

/// A German past participle's shape, uninflected: ge-…-t/-en ("angegriffen", "aufgekündigt"
/// with a separable prefix before ge-), …-iert, or an inseparable prefix with -t
/// ("erhöht", "verhängt").
fn german_participle_shape(w: &str) -> bool {
    if !(w.ends_with('t') || w.ends_with("en")) || w.chars().count() < 5 {
        return false;
    }
    if w.ends_with("iert") || w.starts_with("ge") || w.get(2..6).is_some_and(|s| s.starts_with("ge")) {
        return true;
    }
    let rest = |p: &str| w.strip_prefix(p).filter(|r| r.chars().count() >= 3);
    w.ends_with('t') && ["be", "er", "ver", "zer", "ent", "emp", "miss"].iter().any(|p| rest(p).is_some())
}

/// A French past participle's ending: -é(e)(s), -i(e)(s), -u(e)(s), and the -t participles of
/// frequent irregular verbs (dit, fait, pris, mis, conduit and their compounds).
fn french_participle_shape(w: &str) -> bool {
    let stem = w.strip_suffix("es").or_else(|| w.strip_suffix('e')).or_else(|| w.strip_suffix('s')).unwrap_or(w);
    stem.chars().count() >= 2
        && (["é", "i", "u"].iter().any(|e| stem.ends_with(e))
            || ["dit", "fait", "pris", "mis", "duit", "crit"].iter().any(|e| stem.ends_with(e)))
}

impl Tagger {
    /// Fills the per-tag tables derived from `tags`.
    fn with_tag_index(mut self) -> Tagger {
        let verb = |t: &str| t.starts_with("VERB\t");
        self.upos_keys = self.tags.iter().map(|t| upos_key(t)).collect();
        self.part = self.tags.iter().map(|t| verb(t) && t.contains("VerbForm=Part")).collect();
        self.finite = self.tags.iter().map(|t| t.contains("VerbForm=Fin")).collect();
        let upos = |t: &str| t.split('\t').next().unwrap_or("").to_string();
        self.aux = self.tags.iter().map(|t| upos(t) == "AUX").collect();
        self.nominal =
            self.tags.iter().map(|t| matches!(upos(t).as_str(), "PROPN" | "NOUN" | "ADJ" | "X" | "NUM")).collect();
        self.open_names = self
            .open
            .iter()
            .copied()
            .filter(|&c| self.tags.get(c as usize).is_some_and(|t| matches!(upos(t).as_str(), "PROPN" | "NOUN")))
            .collect();
        self.fin_past = (0..self.tags.len())
            .filter(|&c| {
                let t = &self.tags[c];
                verb(t) && t.contains("VerbForm=Fin") && t.contains("Tense=Past")
            })
            .map(|c| c as u16)
            .collect();
        self.inf = self.tags.iter().map(|t| t.contains("VerbForm=Inf")).collect();
        self.verb = self.tags.iter().map(|t| verb(t)).collect();
        self
    }

    fn lex(&self) -> Lex<'_> {
        Lex { lexicon: &self.lexicon, suffixes: &self.suffixes, open: &self.open }
    }

    /// Tags a sentence; returns tag ids.
    pub(crate) fn tag(&self, forms: &[&str], repair_finite: bool) -> Vec<u16> {
        self.tag_with(forms, repair_finite, &[])
    }

    /// [`Self::tag`], and with `aux_forms` (German: haben, hat, ist, wird …) the perfect and
    /// passive repaired: an auxiliary form tagged as a non-finite verb right before a word that
    /// can be a participle ("Die Vereinigten Staaten haben behauptet, …") is re-tagged as the
    /// finite auxiliary and the word after it as the participle, then the rest re-tagged.
    /// [`AuxRepair`] (set on the tagger) widens where the participle is looked for.
    pub(crate) fn tag_with(&self, forms: &[&str], repair_finite: bool, aux_forms: &[&str]) -> Vec<u16> {
        let lex = self.lex();
        let infos = infos(forms, &lex);
        let mut out: Vec<u16> = Vec::with_capacity(forms.len());
        // Per word: the best finite-verb candidate and how far below the winner it scored.
        let mut fin_alt: Vec<Option<(i32, u16)>> = Vec::with_capacity(forms.len());
        self.tag_from(&infos, &mut out, &mut fin_alt);
        let finite = |t: u16| self.finite.get(t as usize).copied().unwrap_or(false);
        let german = self.aux_repair.span == AuxSpan::ClauseEnd;
        if repair_finite && german && forms.len() >= 3 && !out.iter().any(|&t| finite(t)) {
            self.repair_finite_any(&infos, &mut out, &mut fin_alt);
        } else if repair_finite && forms.len() >= 3 && !out.iter().any(|&t| finite(t)) {
            // A sentence without a finite verb is usually a mistagged past tense read as a
            // participle ("Police arrested ..."): flip the participle closest to finite.
            let flip = fin_alt.iter().enumerate().filter_map(|(i, a)| a.map(|(m, t)| (m, i, t))).min();
            if let Some((_, i, t)) = flip {
                out.truncate(i);
                out.push(t);
                fin_alt.truncate(i + 1);
                self.tag_from(&infos, &mut out, &mut fin_alt);
            }
        }
        if !aux_forms.is_empty() {
            self.repair_aux(forms, &infos, aux_forms, &mut out, &mut fin_alt);
        }
        out
    }

    /// English "a senior official said", "the official added": a word read as an adjective
    /// that ends its noun phrase, right before a finite verb or the end of the sentence, is the
    /// phrase's head noun when the training data saw it as a noun. Only the tagger's own noun
    /// tags are allowed, and its scores choose among them.
    pub(crate) fn repair_head_adjectives(&self, forms: &[&str], out: &mut [u16]) {
        let upos = |t: u16| self.split(t).0;
        let finite = |t: u16| self.finite.get(t as usize).copied().unwrap_or(false);
        let lex = self.lex();
        let mut infos_once: Option<Vec<WordInfo>> = None;
        let mut cands = Vec::new();
        for i in 1..forms.len() {
            if upos(out[i]) != "ADJ" || !matches!(upos(out[i - 1]), "DET" | "ADJ" | "NOUN" | "PROPN") {
                continue;
            }
            // Before a comma the word is as often the first of two adjectives ("a long,
            // confusing day"); only a finite verb or the sentence end closes the phrase.
            let next_ok = match out.get(i + 1) {
                None => true,
                Some(&t) => {
                    (finite(t) && matches!(upos(t), "VERB" | "AUX")) || (i + 2 == forms.len() && forms[i + 1] == ".")
                }
            };
            if !next_ok {
                continue;
            }
            let infos = infos_once.get_or_insert_with(|| infos(forms, &lex));
            lex.candidates(&infos[i], &mut cands);
            let nouns: Vec<u16> = cands.iter().copied().filter(|&c| upos(c) == "NOUN").collect();
            if !nouns.is_empty() {
                out[i] = self.best_of(infos, out, i, &nouns);
            }
        }
    }

    /// German sentences without a finite verb: the verb-second word was read as an adjective,
    /// a noun or a participle ("Die Ukraine bat Deutschland um …", "Nordkorea schickte
    /// Tausende Soldaten"). Of the lowercase words after the first whose candidates include a
    /// finite verb, the one whose best finite verb tag scored closest to its winning tag
    /// becomes a finite verb, and the rest of the sentence is tagged again. Unlike the English
    /// repair this looks beyond participles: German past tenses are not participle-shaped.
    fn repair_finite_any(&self, infos: &[WordInfo], out: &mut Vec<u16>, fin_alt: &mut Vec<Option<(i32, u16)>>) {
        let lex = self.lex();
        let flag = |v: &[bool], t: u16| v.get(t as usize).copied().unwrap_or(false);
        let (mut feats, mut scores, mut cands) = (Vec::new(), Vec::new(), Vec::new());
        let mut best: Option<(i32, usize, Vec<u16>)> = None;
        for i in 1..infos.len() {
            if infos[i].cap {
                continue;
            }
            lex.candidates(&infos[i], &mut cands);
            let fin: Vec<u16> = cands
                .iter()
                .copied()
                .filter(|&c| flag(&self.verb, c) && flag(&self.finite, c) && (c as usize) < self.model.n_classes())
                .collect();
            if fin.is_empty() {
                continue;
            }
            let p1 = out[i - 1];
            let p2 = if i > 1 { out[i - 2] } else { NONE };
            let p1u = self.upos_keys.get(p1 as usize).copied().unwrap_or(0);
            features(infos, i, p1, p2, p1u, &mut feats);
            self.model.score(&feats, &mut scores);
            let Some(top) = fin.iter().map(|&c| scores[c as usize]).max() else { continue };
            let margin = scores[out[i] as usize] - top;
            if best.as_ref().is_none_or(|b| margin < b.0) {
                best = Some((margin, i, fin));
            }
        }
        if let Some((_, i, fin)) = best {
            out.truncate(i);
            fin_alt.truncate(i);
            self.tag_pinned(infos, out, fin_alt, &[(i, fin)]);
        }
    }

    fn repair_aux(
        &self,
        forms: &[&str],
        infos: &[WordInfo],
        aux_forms: &[&str],
        out: &mut Vec<u16>,
        fin_alt: &mut Vec<Option<(i32, u16)>>,
    ) {
        if self.aux_repair.span != AuxSpan::Next {
            self.repair_aux_span(forms, infos, aux_forms, out, fin_alt);
            return;
        }
        let lex = self.lex();
        let finite = |t: u16| self.finite.get(t as usize).copied().unwrap_or(false);
        let is_aux = |t: u16| self.aux.get(t as usize).copied().unwrap_or(false);
        let mut cands = Vec::new();
        let mut i = 1;
        while i + 1 < forms.len() {
            let form = forms[i].to_lowercase();
            let after_zu = forms[i - 1].eq_ignore_ascii_case("zu");
            if !aux_forms.contains(&form.as_str()) || after_zu || is_aux(out[i]) || finite(out[i]) {
                i += 1;
                continue;
            }
            lex.candidates(&infos[i], &mut cands);
            let aux = cands.iter().copied().find(|&c| is_aux(c) && finite(c));
            lex.candidates(&infos[i + 1], &mut cands);
            let part = cands.iter().copied().find(|&c| self.part.get(c as usize).copied().unwrap_or(false));
            if let (Some(aux), Some(part)) = (aux, part) {
                let pins = [(i, vec![aux]), (i + 1, vec![part])];
                out.truncate(i);
                fin_alt.truncate(i);
                self.tag_pinned(infos, out, fin_alt, &pins);
            }
            i += 2;
        }
    }

    /// The auxiliary repair for [`AuxSpan::ClauseEnd`] and [`AuxSpan::Adjacent`]: a finite
    /// auxiliary form whose participle (or infinitive) is found where the language puts it is
    /// re-tagged as an auxiliary, and the participle as a verb, when the tagger got either
    /// wrong. The tagger, deciding left to right, often reads the auxiliary as the main verb
    /// before it sees the participle, or a participle with no verb before it as a noun or
    /// adjective; the parser then hangs the objects on the wrong word. Both words keep the
    /// tagger's own choice among the tags the repair allows them (its scores decide the
    /// features); the other words keep their tags.
    fn repair_aux_span(
        &self,
        forms: &[&str],
        infos: &[WordInfo],
        aux_forms: &[&str],
        out: &mut [u16],
        fin_alt: &mut [Option<(i32, u16)>],
    ) {
        let lex = self.lex();
        let flag = |v: &[bool], t: u16| v.get(t as usize).copied().unwrap_or(false);
        let mut cands = Vec::new();
        let mut pins: Vec<(usize, Vec<u16>)> = Vec::new();
        // Auxiliaries are a closed class of frequent words: a word the training data did not
        // see often as one got its auxiliary tag from its ending ("kündigten" like "wurden")
        // and is a main verb; it keeps its other candidates.
        if self.aux_repair.span == AuxSpan::ClauseEnd {
            for i in 0..forms.len() {
                let known_aux = lex
                    .lexicon
                    .get(&infos[i].lower)
                    .is_some_and(|(n, t)| *n >= KNOWN_MIN && t.iter().any(|&c| flag(&self.aux, c)));
                let lower = forms[i].to_lowercase();
                let listed = aux_forms.contains(&lower.as_str()) || self.aux_repair.inf_forms.contains(&lower.as_str());
                let lower_word = forms[i].chars().next().is_some_and(char::is_lowercase);
                if !flag(&self.aux, out[i]) || known_aux || listed || !lower_word {
                    continue;
                }
                lex.candidates(&infos[i], &mut cands);
                let other: Vec<u16> = cands.iter().copied().filter(|&c| flag(&self.verb, c)).collect();
                if !other.is_empty() {
                    pins.push((i, other));
                }
            }
        }
        for i in 0..forms.len() {
            let form = forms[i].to_lowercase();
            let takes_inf = self.aux_repair.inf_forms.contains(&form.as_str());
            let takes_part = aux_forms.contains(&form.as_str());
            // "zu haben" is an infinitive; a pinned word was already decided.
            let after_zu = i > 0 && forms[i - 1].eq_ignore_ascii_case("zu");
            if !(takes_inf || takes_part) || after_zu || pins.iter().any(|p| p.0 == i) {
                continue;
            }
            let target = match self.aux_repair.span {
                AuxSpan::ClauseEnd => self.clause_final_verb(forms, infos, out, i, takes_part, takes_inf, aux_forms),
                _ => self.adjacent_participle(forms, infos, out, i),
            };
            let Some((j, allowed)) = target else { continue };
            // The auxiliary keeps its tags that are auxiliaries (finite ones in German, where
            // the form list holds finite forms only).
            lex.candidates(&infos[i], &mut cands);
            let german = self.aux_repair.span == AuxSpan::ClauseEnd;
            let aux: Vec<u16> =
                cands.iter().copied().filter(|&c| flag(&self.aux, c) && (!german || flag(&self.finite, c))).collect();
            let aux_ok = flag(&self.aux, out[i]) && (!german || flag(&self.finite, out[i]));
            if aux_ok && allowed.contains(&out[j]) {
                continue;
            }
            if !aux.is_empty() {
                pins.push((i, aux));
            }
            pins.push((j, allowed));
        }
        // Only the two words change: tagging the words between them again in the new context
        // was measured to gain nothing on the treebanks and to unsettle nouns in the middle
        // field.
        pins.sort_by_key(|p| p.0);
        for (i, allowed) in &pins {
            out[*i] = self.best_of(infos, out, *i, allowed);
            fin_alt[*i] = None;
        }
    }

    /// The best scoring of `allowed` for word `i`, the words before it tagged as in `out`.
    fn best_of(&self, infos: &[WordInfo], out: &[u16], i: usize, allowed: &[u16]) -> u16 {
        let p1 = if i > 0 { out[i - 1] } else { NONE };
        let p2 = if i > 1 { out[i - 2] } else { NONE };
        let p1u = if p1 == NONE { 0 } else { self.upos_keys.get(p1 as usize).copied().unwrap_or(0) };
        let (mut feats, mut scores) = (Vec::new(), Vec::new());
        features(infos, i, p1, p2, p1u, &mut feats);
        self.model.score(&feats, &mut scores);
        allowed
            .iter()
            .copied()
            .filter(|&c| (c as usize) < scores.len())
            .max_by_key(|&c| (scores[c as usize], std::cmp::Reverse(c)))
            .unwrap_or(allowed[0])
    }

    /// German: the word that closes the clause begun by the finite auxiliary at `i`, when it
    /// can be the participle (haben, sein, werden) or the infinitive (werden, modals) the
    /// auxiliary needs, with the tags allowed to it. The clause ends at punctuation, at a
    /// subordinating word or at the next auxiliary form; the last candidate before that wins
    /// ("hat gezielt Zivilisten angegriffen": "angegriffen", not "gezielt").
    #[allow(clippy::too_many_arguments)]
    fn clause_final_verb(
        &self,
        forms: &[&str],
        infos: &[WordInfo],
        out: &[u16],
        i: usize,
        takes_part: bool,
        takes_inf: bool,
        aux_forms: &[&str],
    ) -> Option<(usize, Vec<u16>)> {
        let lex = self.lex();
        let flag = |v: &[bool], t: u16| v.get(t as usize).copied().unwrap_or(false);
        let mut cands = Vec::new();
        let mut found = None;
        for j in i + 1..forms.len() {
            let f = forms[j];
            let lower = f.to_lowercase();
            if !f.chars().any(char::is_alphanumeric) || CLAUSE_WORDS.contains(&lower.as_str()) {
                break;
            }
            if aux_forms.contains(&lower.as_str()) || self.aux_repair.inf_forms.contains(&lower.as_str()) {
                break;
            }
            // German nouns are capitalised; participles and infinitives are not.
            if !f.chars().next().is_some_and(char::is_lowercase) {
                continue;
            }
            let want = |c: u16| {
                (takes_part && flag(&self.part, c)) || (takes_inf && flag(&self.inf, c) && flag(&self.verb, c))
            };
            lex.candidates(&infos[j], &mut cands);
            let mut allowed: Vec<u16> = cands.iter().copied().filter(|&c| want(c)).collect();
            // A participle the training data saw only as an adjective or a finite verb
            // ("erhöht", "aufgekündigt"): any participle tag, if the tagger already reads the
            // word as a verb or adjective and it has a participle's shape.
            if allowed.is_empty()
                && takes_part
                && matches!(self.split(out[j]).0, "VERB" | "ADJ")
                && german_participle_shape(&lower)
            {
                allowed = (0..self.tags.len() as u16).filter(|&c| flag(&self.part, c)).collect();
            }
            if !allowed.is_empty() {
                found = Some((j, allowed));
            }
        }
        found
    }

    /// French: a participle right after the auxiliary at `i`, or after one adverb, that the
    /// tagger read as a noun or adjective ("a arrêté une ressortissante": "arrêté" as the
    /// noun "an order"). The word must have a participle's ending and the tagger's lexicon
    /// must allow it as a verb participle.
    fn adjacent_participle(
        &self,
        forms: &[&str],
        infos: &[WordInfo],
        out: &[u16],
        i: usize,
    ) -> Option<(usize, Vec<u16>)> {
        let lex = self.lex();
        let mut j = i + 1;
        if j < forms.len() && self.split(out[j]).0 == "ADV" {
            j += 1;
        }
        if j >= forms.len() || !matches!(self.split(out[j]).0, "NOUN" | "ADJ") {
            return None;
        }
        if !french_participle_shape(&forms[j].to_lowercase()) {
            return None;
        }
        let mut cands = Vec::new();
        lex.candidates(&infos[j], &mut cands);
        let allowed: Vec<u16> =
            cands.iter().copied().filter(|&c| self.part.get(c as usize).copied().unwrap_or(false)).collect();
        (!allowed.is_empty()).then_some((j, allowed))
    }

    /// Greedy tagging of the words after those already in `out`.
    fn tag_from(&self, infos: &[WordInfo], out: &mut Vec<u16>, fin_alt: &mut Vec<Option<(i32, u16)>>) {
        self.tag_pinned(infos, out, fin_alt, &[]);
    }

    /// [`Self::tag_from`] with some words restricted to the tags given for them in `pins`
    /// (the scores still choose among those).
    fn tag_pinned(
        &self,
        infos: &[WordInfo],
        out: &mut Vec<u16>,
        fin_alt: &mut Vec<Option<(i32, u16)>>,
        pins: &[(usize, Vec<u16>)],
    ) {
        let lex = self.lex();
        let mut feats = Vec::with_capacity(40);
        let mut scores = Vec::new();
        let mut cands = Vec::new();
        let (mut wanted, mut slot, mut sub) = (Vec::new(), Vec::new(), Vec::new());
        let (noun_key, propn_key, adj_key, ed_key) = (hs("NOUN"), hs("PROPN"), hs("ADJ"), hs("ed"));
        for i in out.len()..infos.len() {
            let p1 = if i > 0 { out[i - 1] } else { NONE };
            let p2 = if i > 1 { out[i - 2] } else { NONE };
            let p1u = if p1 == NONE { 0 } else { self.upos_keys.get(p1 as usize).copied().unwrap_or(0) };
            let pinned = pins.iter().find(|p| p.0 == i);
            match pinned {
                Some((_, tags)) => {
                    cands.clear();
                    cands.extend_from_slice(tags);
                }
                None => lex.candidates(&infos[i], &mut cands),
            }
            // An unknown or rare capitalised word is a name or a noun, never a verb or a
            // function word ("Beirut rejected …" read "Beirut" as a verb by its suffix).
            let known = lex.lexicon.get(&infos[i].lower);
            if pinned.is_none() && infos[i].cap && known.is_none_or(|(n, _)| *n < KNOWN_MIN) {
                // A rare word keeps the tags it was seen with; only guesses from its suffix
                // are narrowed.
                let seen: &[u16] = known.map_or(&[], |(_, t)| t.as_slice());
                let nominal = |c: &u16| seen.contains(c) || self.nominal.get(*c as usize).copied().unwrap_or(false);
                if cands.iter().any(nominal) {
                    cands.retain(nominal);
                } else {
                    // The suffix suggested no nominal tag at all: fall back to the open
                    // classes' noun and name tags.
                    if !self.open_names.is_empty() {
                        cands.clear();
                        cands.extend(seen.iter().copied().chain(self.open_names.iter().copied()));
                        cands.sort_unstable();
                        cands.dedup();
                    }
                }
            }
            // A word with one candidate tag gets it whatever the scores; they are needed
            // only for a participle's finite alternative below.
            if let [only] = cands[..] {
                let part = self.part.get(only as usize).copied().unwrap_or(true);
                if (only as usize) < self.model.n_classes() && (!part || pinned.is_some()) {
                    fin_alt.push(None);
                    out.push(only);
                    continue;
                }
            }
            features(infos, i, p1, p2, p1u, &mut feats);
            // Only the candidates' scores decide; all tags are scored just for a
            // participle (below).
            wanted.clear();
            wanted.extend(cands.iter().copied().filter(|&c| (c as usize) < self.model.n_classes()));
            wanted.sort_unstable();
            wanted.dedup();
            self.model.score_classes(&feats, &wanted, &mut slot, &mut sub);
            let best = wanted.iter().zip(&sub).max_by_key(|&(&c, &s)| (s, std::cmp::Reverse(c))).map_or(0, |(&c, _)| c);
            // English "G20 finance ministers criticised China": an "-ed" word right after a noun
            // read as an adjective also gets its finite alternative, for the repair of sentences
            // without a finite verb.
            let ed_adj = p1u != 0
                && (p1u == noun_key || p1u == propn_key)
                && infos[i].suf[1] == ed_key
                && self.upos_keys.get(best as usize) == Some(&adj_key);
            let is_part = pinned.is_none() && (ed_adj || self.part.get(best as usize).copied().unwrap_or(false));
            // Past-tense finite readings of a participle, among all tags: the training
            // lexicon may only have seen the word as a participle.
            let alt = if is_part {
                self.model.score(&feats, &mut scores);
                self.fin_past
                    .iter()
                    .map(|&c| c as usize)
                    .filter(|&c| c < scores.len())
                    .max_by_key(|&c| scores[c])
                    .map(|c| (scores[best as usize] - scores[c], c as u16))
            } else {
                None
            };
            fin_alt.push(alt);
            out.push(best);
        }
    }

    /// The UPOS and FEATS of a tag id.
    pub(crate) fn split(&self, tag: u16) -> (&str, &str) {
        let t = self.tags.get(tag as usize).map_or("X\t", |s| s.as_str());
        t.split_once('\t').unwrap_or((t, ""))
    }

    pub(crate) fn train(
        sents: &[(Vec<String>, Vec<String>)],
        epochs: usize,
        max_weights: usize,
        log: &mut dyn FnMut(String),
    ) -> Tagger {
        // sents: (forms, joint tags)
        let mut tag_ids: FxHashMap<String, u16> = FxHashMap::default();
        let mut tags: Vec<String> = Vec::new();
        let mut gold: Vec<Vec<u16>> = Vec::new();
        let mut counts: FxHashMap<u64, (u32, Vec<u16>)> = FxHashMap::default();
        let mut lowers_all: Vec<(String, u16)> = Vec::new();
        for (forms, ts) in sents {
            let mut g = Vec::with_capacity(ts.len());
            for (f, t) in forms.iter().zip(ts) {
                let id = *tag_ids.entry(t.clone()).or_insert_with(|| {
                    tags.push(t.clone());
                    (tags.len() - 1) as u16
                });
                g.push(id);
                let lower = f.to_lowercase();
                let e = counts.entry(hs(&lower)).or_default();
                e.0 += 1;
                if !e.1.contains(&id) {
                    e.1.push(id);
                }
                lowers_all.push((lower, id));
            }
            gold.push(g);
        }
        let mut suffixes: FxHashMap<u64, Vec<u16>> = FxHashMap::default();
        let mut open: Vec<u16> = Vec::new();
        for (lower, id) in &lowers_all {
            if counts.get(&hs(lower)).is_some_and(|c| c.0 <= RARE_MAX) {
                let chars: Vec<char> = lower.chars().collect();
                for n in 1..=3.min(chars.len()) {
                    let v = suffixes.entry(suffix_key(&chars, n)).or_default();
                    if !v.contains(id) {
                        v.push(*id);
                    }
                }
                if !open.contains(id) {
                    open.push(*id);
                }
            }
        }
        for v in counts.values_mut() {
            v.1.sort_unstable();
        }
        for v in suffixes.values_mut() {
            v.sort_unstable();
        }
        open.sort_unstable();
        let mut t = Tagger { tags, lexicon: counts, suffixes, open, ..Tagger::default() }.with_tag_index();
        let upos_keys: Vec<u64> = t.tags.iter().map(|s| upos_key(s)).collect();
        let mut trainer = Trainer::new(t.tags.len());
        let mut order: Vec<usize> = (0..sents.len()).collect();
        let mut rng = Rng::new(7);
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        let mut cands = Vec::new();
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            let (mut correct, mut total) = (0usize, 0usize);
            for &si in &order {
                let forms: Vec<&str> = sents[si].0.iter().map(String::as_str).collect();
                let lex = t.lex();
                let infos = infos(&forms, &lex);
                let mut pred: Vec<u16> = Vec::with_capacity(forms.len());
                for i in 0..forms.len() {
                    let p1 = if i > 0 { pred[i - 1] } else { NONE };
                    let p2 = if i > 1 { pred[i - 2] } else { NONE };
                    let p1u = if p1 == NONE { 0 } else { upos_keys[p1 as usize] };
                    features(&infos, i, p1, p2, p1u, &mut feats);
                    trainer.score(&feats, &mut scores);
                    lex.candidates(&infos[i], &mut cands);
                    let g = gold[si][i];
                    if !cands.contains(&g) {
                        cands.push(g);
                    }
                    let best = cands
                        .iter()
                        .copied()
                        .max_by(|&a, &b| scores[a as usize].total_cmp(&scores[b as usize]).then(b.cmp(&a)))
                        .unwrap_or(g);
                    trainer.update(&feats, g as usize, best as usize);
                    trainer.tick();
                    correct += (best == g) as usize;
                    total += 1;
                    pred.push(best);
                }
            }
            log(format!("tagger epoch {}: train acc {:.2}%", epoch + 1, 100.0 * correct as f64 / total.max(1) as f64));
        }
        t.model = trainer.finish(0.05, max_weights);
        log(format!("tagger: {} tags, {} weights", t.tags.len(), t.model.n_weights()));
        t
    }

    pub(crate) fn prune(&mut self, max_weights: usize) {
        self.model = std::mem::take(&mut self.model).prune(max_weights);
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u(self.tags.len() as u64);
        for t in &self.tags {
            w.s(t);
        }
        let mut lex: Vec<_> = self.lexicon.iter().collect();
        lex.sort_unstable_by_key(|x| x.0);
        w.u(lex.len() as u64);
        for (k, (c, tags)) in lex {
            w.u64(*k);
            w.u(*c as u64);
            w.u(tags.len() as u64);
            for t in tags {
                w.u(*t as u64);
            }
        }
        let mut suf: Vec<_> = self.suffixes.iter().collect();
        suf.sort_unstable_by_key(|x| x.0);
        w.u(suf.len() as u64);
        for (k, tags) in suf {
            w.u64(*k);
            w.u(tags.len() as u64);
            for t in tags {
                w.u(*t as u64);
            }
        }
        w.u(self.open.len() as u64);
        for t in &self.open {
            w.u(*t as u64);
        }
        self.model.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Tagger, NlpError> {
        let n = r.len()?;
        let mut tags = Vec::with_capacity(n);
        for _ in 0..n {
            tags.push(r.s()?);
        }
        let read_ids = |r: &mut Reader<'_>| -> Result<Vec<u16>, NlpError> {
            let n = r.len()?;
            let mut v = Vec::with_capacity(n);
            for _ in 0..n {
                let t = r.u()? as u16;
                if t as usize >= tags.len() {
                    return Err(NlpError::Model("tag id out of range".into()));
                }
                v.push(t);
            }
            Ok(v)
        };
        let n = r.len()?;
        let mut lexicon = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let c = r.u()? as u32;
            lexicon.insert(k, (c, read_ids(r)?));
        }
        let n = r.len()?;
        let mut suffixes = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            suffixes.insert(k, read_ids(r)?);
        }
        let open = read_ids(r)?;
        let model = Model::read(r)?;
        if model.n_classes() != tags.len() {
            return Err(NlpError::Model("tagger classes do not match tags".into()));
        }
        Ok(Tagger { tags, lexicon, suffixes, open, model, ..Tagger::default() }.with_tag_index())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(form: &str, expected: &str) {
        assert_eq!(shape(form), expected, "{form}");
        assert_eq!(shape_hash(form), hs(expected), "{form}");
    }

    #[test]
    fn shapes() {
        for (form, expected) in
            [("Police", "Xxx"), ("USA", "XX"), ("1990s", "ddx"), ("e-mail", "x-xx"), ("Москвы", "Xxx"), ("", "")]
        {
            check(form, expected);
        }
    }
}
