//! Lemmatiser: a lexicon of training (form, UPOS) pairs, and for other words an
//! averaged-perceptron classifier over edit scripts (suffix rewrite plus casing).

use rustc_hash::FxHashMap;

use crate::hash::{h2, h3, hs, Rng};
use crate::io::{Reader, Writer};
use crate::perceptron::{Model, Trainer};
use crate::NlpError;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Script {
    remove: String,
    add: String,
    /// 0: keep the form's casing, 1: lowercase, 2: titlecase.
    case: u8,
}

#[derive(Debug, Default)]
pub(crate) struct Lemmatizer {
    scripts: Vec<Script>,
    by_suffix: FxHashMap<u64, Vec<u16>>,
    max_remove: usize,
    lexicon: FxHashMap<u64, String>,
    model: Model,
}

fn apply(form: &str, s: &Script) -> Option<String> {
    let lower: Vec<char> = form.to_lowercase().chars().collect();
    let orig: Vec<char> = form.chars().collect();
    let rl = s.remove.chars().count();
    if rl > lower.len() {
        return None;
    }
    let keep = lower.len() - rl;
    let mut out: String = match s.case {
        0 if orig.len() == lower.len() => orig[..keep].iter().collect(),
        2 => {
            let mut t = String::new();
            for (i, c) in lower[..keep].iter().enumerate() {
                if i == 0 {
                    t.extend(c.to_uppercase());
                } else {
                    t.push(*c);
                }
            }
            t
        }
        _ => lower[..keep].iter().collect(),
    };
    out.push_str(&s.add);
    Some(out)
}

fn derive(form: &str, lemma: &str) -> Option<Script> {
    let lower: Vec<char> = form.to_lowercase().chars().collect();
    let ll: Vec<char> = lemma.to_lowercase().chars().collect();
    let lc: Vec<char> = lemma.chars().collect();
    let p = lower.iter().zip(&ll).take_while(|(a, b)| a == b).count();
    let add: String = if lc.len() == ll.len() { lc[p..].iter().collect() } else { ll[p..].iter().collect() };
    let remove: String = lower[p..].iter().collect();
    (0..3)
        .map(|case| Script { remove: remove.clone(), add: add.clone(), case })
        .find(|s| apply(form, s).as_deref() == Some(lemma))
}

fn lex_key(form: &str, upos: &str) -> u64 {
    h2(hs(form), hs(upos))
}

/// Byte offset of each char of `s`, then `s.len()`: the start of its suffix of n chars
/// is `b[b.len() - 1 - n]`.
fn char_bounds(s: &str, b: &mut Vec<usize>) {
    b.clear();
    b.extend(s.char_indices().map(|(i, _)| i));
    b.push(s.len());
}

/// The last `n` chars of `s` (all of it when shorter); `b` from [`char_bounds`].
fn last_chars<'a>(s: &'a str, b: &[usize], n: usize) -> &'a str {
    let chars = b.len() - 1;
    s.get(b[chars.saturating_sub(n)]..).unwrap_or("")
}

fn features(form: &str, upos: &str, feats: &str, out: &mut Vec<u64>) {
    let lower = form.to_lowercase();
    let mut b = Vec::new();
    char_bounds(&lower, &mut b);
    features_lower(form, &lower, &b, upos, feats, out);
}

/// [`features`] given the lowercase form and its [`char_bounds`].
fn features_lower(form: &str, lower: &str, b: &[usize], upos: &str, feats: &str, out: &mut Vec<u64>) {
    out.clear();
    let chars = b.len() - 1;
    let u = hs(upos);
    let f = hs(feats);
    out.push(1);
    out.push(h2(2, u));
    out.push(h3(3, u, f));
    let first_upper = form.chars().next().is_some_and(char::is_uppercase);
    let all_upper = form.chars().all(|c| !c.is_lowercase());
    out.push(h3(4, first_upper as u64, all_upper as u64));
    out.push(h3(5, u, first_upper as u64));
    for n in 1..=6usize {
        let sh = hs(last_chars(lower, b, n));
        out.push(h3(10, n as u64, sh));
        out.push(h3(20 + n as u64, u, sh));
        if n <= 3 {
            out.push(h3(30 + n as u64, f, sh));
        }
    }
    out.push(h2(40, hs(lower.get(..b[chars.min(2)]).unwrap_or(""))));
    out.push(h2(41, chars.min(12) as u64));
}

/// Russian lemma exceptions (`lemma_ru.txt`): frequent news words whose lemma the trained
/// model gets wrong (посла → пасти, визит → визить), keyed by the lowercase form with "ё" as "е".
fn ru_exceptions() -> &'static FxHashMap<String, &'static str> {
    static MAP: std::sync::OnceLock<FxHashMap<String, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = FxHashMap::default();
        for line in include_str!("lemma_ru.txt").lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split_whitespace();
            let Some(lemma) = words.next() else { continue };
            for form in words {
                m.insert(form.replace('ё', "е"), lemma);
            }
        }
        m
    })
}

/// The exception lemma of a Russian word: Cyrillic forms only (the other shipped languages
/// never reach the table), not proper nouns, not acronyms in capitals.
fn ru_exception(form: &str, upos: &str) -> Option<&'static str> {
    if upos == "PROPN" || !form.chars().any(|c| matches!(c, 'а'..='я' | 'ё')) {
        return None;
    }
    ru_exceptions().get(&form.to_lowercase().replace('ё', "е")).copied()
}

/// Scratch space for [`Lemmatizer::lemma`], reused across words.
#[derive(Default)]
pub(crate) struct LemmaBuf {
    feats: Vec<u64>,
    /// Candidate scripts the model knows, sorted, and their scores.
    wanted: Vec<u16>,
    scores: Vec<i32>,
    slot: Vec<u32>,
}

impl Lemmatizer {
    pub(crate) fn lemma(&self, form: &str, upos: &str, feats: &str, buf: &mut LemmaBuf) -> String {
        if let Some(l) = ru_exception(form, upos) {
            return l.to_string();
        }
        if let Some(l) = self.lexicon.get(&lex_key(form, upos)) {
            return l.clone();
        }
        let lower = form.to_lowercase();
        let mut b = Vec::new();
        char_bounds(&lower, &mut b);
        let mut cands: Vec<u16> = Vec::new();
        for n in 0..=self.max_remove.min(b.len() - 1) {
            if let Some(v) = self.by_suffix.get(&hs(last_chars(&lower, &b, n))) {
                cands.extend_from_slice(v);
            }
        }
        if cands.is_empty() {
            return form.to_string();
        }
        features_lower(form, &lower, &b, upos, feats, &mut buf.feats);
        // Only the candidates are scored (thousands of scripts, a few candidates);
        // scripts the model lacks rank last.
        buf.wanted.clear();
        buf.wanted.extend(cands.iter().copied().filter(|&c| (c as usize) < self.model.n_classes()));
        buf.wanted.sort_unstable();
        buf.wanted.dedup();
        self.model.score_classes(&buf.feats, &buf.wanted, &mut buf.slot, &mut buf.scores);
        let score =
            |c: u16| buf.wanted.binary_search(&c).ok().and_then(|i| buf.scores.get(i)).copied().unwrap_or(i32::MIN);
        let best = cands.iter().copied().max_by_key(|&c| (score(c), std::cmp::Reverse(c)));
        best.and_then(|b| self.scripts.get(b as usize)).and_then(|s| apply(form, s)).unwrap_or_else(|| form.to_string())
    }

    /// Trains on (form, UPOS, FEATS, lemma) tokens.
    pub(crate) fn train(
        data: &[(String, String, String, String)],
        epochs: usize,
        log: &mut dyn FnMut(String),
    ) -> Lemmatizer {
        let mut lex_counts: FxHashMap<u64, FxHashMap<String, u32>> = FxHashMap::default();
        let mut types: FxHashMap<(String, String, String), FxHashMap<String, u32>> = FxHashMap::default();
        for (form, upos, feats, lemma) in data {
            if lemma.is_empty() {
                continue;
            }
            *lex_counts.entry(lex_key(form, upos)).or_default().entry(lemma.clone()).or_default() += 1;
            *types.entry((form.clone(), upos.clone(), feats.clone())).or_default().entry(lemma.clone()).or_default() +=
                1;
        }
        let lexicon: FxHashMap<u64, String> = lex_counts
            .into_iter()
            .filter_map(|(k, m)| m.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(l, _)| (k, l)))
            .collect();
        let mut script_ids: FxHashMap<Script, u16> = FxHashMap::default();
        let mut scripts = Vec::new();
        let mut instances: Vec<(String, String, String, u16)> = Vec::new();
        let mut type_list: Vec<_> = types.into_iter().collect();
        type_list.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for ((form, upos, feats), m) in type_list {
            let Some((lemma, _)) = m.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) else { continue };
            let Some(s) = derive(&form, &lemma) else { continue };
            if scripts.len() >= u16::MAX as usize - 1 && !script_ids.contains_key(&s) {
                continue;
            }
            let id = *script_ids.entry(s.clone()).or_insert_with(|| {
                scripts.push(s);
                (scripts.len() - 1) as u16
            });
            instances.push((form, upos, feats, id));
        }
        let mut by_suffix: FxHashMap<u64, Vec<u16>> = FxHashMap::default();
        let mut max_remove = 0;
        for (i, s) in scripts.iter().enumerate() {
            by_suffix.entry(hs(&s.remove)).or_default().push(i as u16);
            max_remove = max_remove.max(s.remove.chars().count());
        }
        let mut lem = Lemmatizer { scripts, by_suffix, max_remove, lexicon, model: Model::default() };
        let mut trainer = Trainer::new(lem.scripts.len());
        let mut rng = Rng::new(11);
        let mut feats_buf = Vec::new();
        let mut scores = Vec::new();
        for epoch in 0..epochs {
            rng.shuffle(&mut instances);
            let mut correct = 0;
            for (form, upos, feats, gold) in &instances {
                let lower: Vec<char> = form.to_lowercase().chars().collect();
                features(form, upos, feats, &mut feats_buf);
                trainer.score(&feats_buf, &mut scores);
                let mut best = *gold;
                let mut best_score = f32::NEG_INFINITY;
                for n in 0..=lem.max_remove.min(lower.len()) {
                    let s: String = lower[lower.len() - n..].iter().collect();
                    if let Some(v) = lem.by_suffix.get(&hs(&s)) {
                        for &c in v {
                            if scores[c as usize] > best_score {
                                best_score = scores[c as usize];
                                best = c;
                            }
                        }
                    }
                }
                trainer.update(&feats_buf, *gold as usize, best as usize);
                trainer.tick();
                correct += (best == *gold) as usize;
            }
            log(format!(
                "lemmatiser epoch {}: type acc {:.2}%",
                epoch + 1,
                100.0 * correct as f64 / instances.len().max(1) as f64
            ));
        }
        lem.model = trainer.finish(0.05, 500_000);
        log(format!("lemmatiser: {} scripts, {} lexicon entries", lem.scripts.len(), lem.lexicon.len()));
        lem
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u(self.scripts.len() as u64);
        for s in &self.scripts {
            w.s(&s.remove);
            w.s(&s.add);
            w.u(s.case as u64);
        }
        let mut lex: Vec<_> = self.lexicon.iter().collect();
        lex.sort_unstable_by_key(|x| x.0);
        w.u(lex.len() as u64);
        for (k, l) in lex {
            w.u64(*k);
            w.s(l);
        }
        self.model.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Lemmatizer, NlpError> {
        let n = r.len()?;
        let mut scripts = Vec::with_capacity(n);
        for _ in 0..n {
            let remove = r.s()?;
            let add = r.s()?;
            let case = r.u()? as u8;
            scripts.push(Script { remove, add, case });
        }
        let mut by_suffix: FxHashMap<u64, Vec<u16>> = FxHashMap::default();
        let mut max_remove = 0;
        for (i, s) in scripts.iter().enumerate() {
            by_suffix.entry(hs(&s.remove)).or_default().push(i as u16);
            max_remove = max_remove.max(s.remove.chars().count());
        }
        let n = r.len()?;
        let mut lexicon = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            lexicon.insert(k, r.s()?);
        }
        let model = Model::read(r)?;
        Ok(Lemmatizer { scripts, by_suffix, max_remove, lexicon, model })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(form: &str, lemma: &str, expected: Option<(&str, &str, u8)>) {
        let s = derive(form, lemma);
        assert_eq!(s.as_ref().map(|s| (s.remove.as_str(), s.add.as_str(), s.case)), expected, "{form} -> {lemma}");
        if let Some(s) = s {
            assert_eq!(apply(form, &s).as_deref(), Some(lemma));
        }
    }

    #[test]
    fn last_chars_count_chars_not_bytes() {
        let mut b = Vec::new();
        for (s, n, expected) in
            [("Москвы", 2, "вы"), ("Москвы", 9, "Москвы"), ("walked", 0, ""), ("", 3, ""), ("für", 2, "ür")]
        {
            char_bounds(s, &mut b);
            assert_eq!(last_chars(s, &b, n), expected, "{s} {n}");
        }
    }

    #[test]
    fn edit_scripts() {
        check("arrested", "arrest", Some(("ed", "", 0)));
        check("The", "the", Some(("", "", 1)));
        check("Häuser", "Haus", Some(("äuser", "aus", 0)));
        check("went", "go", Some(("went", "go", 0)));
        check("USA", "USA", Some(("", "", 0)));
        check("Москвы", "Москва", Some(("ы", "а", 0)));
        check("HAUS", "Haus", Some(("", "", 2)));
    }

    #[test]
    fn russian_exceptions_override_the_model() {
        // Known errors of the trained model: посла → пасти, визит → визить, позициям → позицие.
        for (form, upos, lemma) in [
            ("посла", "VERB", "посол"),
            ("Послы", "NOUN", "посол"),
            ("визит", "VERB", "визит"),
            ("визите", "NOUN", "визит"),
            ("позициям", "NOUN", "позиция"),
            ("переговорами", "NOUN", "переговоры"),
            ("вторглись", "VERB", "вторгнуться"),
            ("нанесён", "VERB", "нанести"),
            ("нанесен", "VERB", "нанести"),
        ] {
            assert_eq!(ru_exception(form, upos), Some(lemma), "{form}");
        }
        // Ambiguous forms, proper nouns, acronyms and other scripts are left to the model.
        for (form, upos) in [("после", "ADP"), ("Визит", "PROPN"), ("ПОСЛА", "NOUN"), ("visit", "NOUN")]
        {
            assert_eq!(ru_exception(form, upos), None, "{form}");
        }
        // The table overrides even a lexicon entry of the model.
        let data = vec![("посла".to_string(), "VERB".to_string(), String::new(), "пасти".to_string())];
        let lem = Lemmatizer::train(&data, 1, &mut |_| {});
        assert_eq!(lem.lemma("посла", "VERB", "", &mut LemmaBuf::default()), "посол");
    }

    #[test]
    fn russian_exception_table_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for line in include_str!("lemma_ru.txt").lines().filter(|l| !l.starts_with('#')) {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert!(words.len() >= 2, "lemma without forms: {line:?}");
            for w in &words {
                assert!(w.chars().all(|c| matches!(c, 'а'..='я' | 'ё' | '-')), "not lowercase Cyrillic: {w:?}");
            }
            for f in &words[1..] {
                assert!(seen.insert(f.replace('ё', "е")), "form listed twice: {f}");
            }
        }
        assert!(seen.len() > 500);
    }

    #[test]
    fn unknown_words_use_the_classifier() {
        let data: Vec<(String, String, String, String)> = [("walked", "walk"), ("talked", "talk"), ("jumped", "jump")]
            .iter()
            .map(|(f, l)| (f.to_string(), "VERB".to_string(), "Tense=Past".to_string(), l.to_string()))
            .collect();
        let lem = Lemmatizer::train(&data, 5, &mut |_| {});
        let mut buf = LemmaBuf::default();
        assert_eq!(lem.lemma("walked", "VERB", "Tense=Past", &mut buf), "walk");
        assert_eq!(lem.lemma("kicked", "VERB", "Tense=Past", &mut buf), "kick");
        let mut w = crate::io::Writer::default();
        lem.write(&mut w);
        let back = Lemmatizer::read(&mut crate::io::Reader::new(&w.buf)).expect("round trip");
        assert_eq!(back.lemma("kicked", "VERB", "Tense=Past", &mut buf), "kick");
    }
}
