//! Predicate lexicons in the format of `lexicons/FORMAT.md`: loading, validation and stats.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::OnceLock;

use augur_core::Lang;

use crate::ontology::Ontology;

/// The lexicon text of a language: the compiled-in file (empty when it is not written yet),
/// or `$AUGUR_LEXICON_DIR/<lang>.tsv` when that variable names a folder holding one, so that
/// lexicon edits can be tried and evaluated without rebuilding the binary.
pub fn lexicon_source(lang: Lang) -> &'static str {
    static OVERRIDES: OnceLock<BTreeMap<Lang, &'static str>> = OnceLock::new();
    let overrides = OVERRIDES.get_or_init(|| {
        let Some(dir) = std::env::var_os("AUGUR_LEXICON_DIR") else { return BTreeMap::new() };
        Lang::SUPPORTED
            .iter()
            .filter_map(|&l| {
                let text =
                    std::fs::read_to_string(std::path::Path::new(&dir).join(format!("{}.tsv", l.code()))).ok()?;
                Some((l, &*Box::leak(text.into_boxed_str())))
            })
            .collect()
    });
    if let Some(text) = overrides.get(&lang) {
        return text;
    }
    compiled_lexicon(lang)
}

fn compiled_lexicon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.tsv")),
        Lang::De => include_str!(concat!(env!("OUT_DIR"), "/de.tsv")),
        Lang::Fr => include_str!(concat!(env!("OUT_DIR"), "/fr.tsv")),
        Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/es.tsv")),
        Lang::Ru => include_str!(concat!(env!("OUT_DIR"), "/ru.tsv")),
        Lang::Other => "",
    }
}

/// A row that does not follow FORMAT.md.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{lang} lexicon line {line}: {message}")]
pub struct LexiconError {
    pub lang: Lang,
    pub line: usize,
    pub message: String,
}

/// Column 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PredPos {
    Verb,
    Noun,
    Light,
}

/// One condition of column 3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cond {
    Prt(String),
    Prep(String),
    Verb(Vec<String>),
    Refl,
    /// Extension: no reflexive pronoun ("ausweisen" expel, not "sich ausweisen" identify).
    NoRefl,
    Neg,
    Obj,
    NoObj,
    /// Extension: no object complement ("called Israel a terrorist state" is naming, not a
    /// phone call).
    NoXcomp,
    /// Extension: the predicate's clausal complement is a violation ("said Russia would
    /// violate the resolutions"): claiming a violation is an accusation.
    Viol,
}

/// One target slot of column 4.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Obj,
    Iobj,
    /// `obl:X`; `None` for `obl:*`.
    Obl(Option<String>),
    /// `nmod:X`; `None` for `nmod:*`.
    Nmod(Option<String>),
    Gen,
    Poss,
    XcompObj,
    Subj,
    /// Extension: the subject of the predicate's clausal complement (`ccomp-subj`).
    CcompSubj,
    /// Extension: a LIGHT row's noun itself names the target ("expel German diplomats").
    Noun,
}

/// Column 6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    pub sym: bool,
    pub intent: bool,
    pub speech: bool,
    pub passive_ok: bool,
    /// Extension (see FORMAT.md): the complement of this predicate is not coded as fact.
    pub nonfactive: bool,
}

/// One lexicon row.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Lower-cased lemma (the noun for LIGHT rows).
    pub lemma: String,
    pub pos: PredPos,
    pub conds: Vec<Cond>,
    pub target: Vec<Slot>,
    pub cameo: String,
    pub flags: Flags,
    pub gloss: String,
    /// 1-based line in the file.
    pub line: usize,
}

impl Entry {
    pub fn root(&self) -> &str {
        self.cameo.get(..2).unwrap_or(&self.cameo)
    }

    /// Verbs a LIGHT row needs.
    pub fn light_verbs(&self) -> &[String] {
        self.conds
            .iter()
            .find_map(|c| match c {
                Cond::Verb(v) => Some(v.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }
}

/// The rows of one language, indexed by lemma.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub lang: Option<Lang>,
    pub entries: Vec<Entry>,
    by_lemma: HashMap<(String, PredPos), Vec<usize>>,
}

impl Lexicon {
    /// Parses a lexicon; every bad row is reported, good rows are kept.
    pub fn parse(lang: Lang, text: &str) -> (Lexicon, Vec<LexiconError>) {
        let mut lex = Lexicon { lang: Some(lang), ..Default::default() };
        let mut errors = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            match parse_row(line, i + 1) {
                Ok(e) => lex.entries.push(e),
                Err(message) => errors.push(LexiconError { lang, line: i + 1, message }),
            }
        }
        // Rows with conditions are more specific; try them before bare rows of the same lemma.
        let mut order: Vec<usize> = (0..lex.entries.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(lex.entries[i].conds.len()));
        for i in order {
            let e = &lex.entries[i];
            lex.by_lemma.entry((e.lemma.clone(), e.pos)).or_default().push(i);
        }
        (lex, errors)
    }

    /// Rows for a lemma (lower-cased) and part of speech, most specific first.
    pub fn lookup(&self, lemma: &str, pos: PredPos) -> impl Iterator<Item = &Entry> {
        self.by_lemma.get(&(lemma.to_lowercase(), pos)).into_iter().flatten().map(|&i| &self.entries[i])
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn parse_row(line: &str, lineno: usize) -> Result<Entry, String> {
    let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
    if cols.len() != 7 {
        return Err(format!("expected 7 tab-separated columns, found {}", cols.len()));
    }
    let lemma = cols[0];
    if lemma.is_empty() || lemma == "-" {
        return Err("empty lemma".into());
    }
    let pos = match cols[1] {
        "VERB" => PredPos::Verb,
        "NOUN" => PredPos::Noun,
        "LIGHT" => PredPos::Light,
        other => return Err(format!("unknown pos {other:?}")),
    };
    let mut conds = Vec::new();
    if cols[2] != "-" {
        for c in cols[2].split(';').map(str::trim).filter(|c| !c.is_empty()) {
            conds.push(match c.split_once('=') {
                Some(("prt", v)) if !v.is_empty() => Cond::Prt(v.to_lowercase()),
                Some(("prep", v)) if !v.is_empty() => Cond::Prep(v.to_lowercase()),
                Some(("verb", v)) if !v.is_empty() => {
                    Cond::Verb(v.split('|').map(|s| s.trim().to_lowercase()).collect())
                }
                None if c == "refl" => Cond::Refl,
                None if c == "norefl" => Cond::NoRefl,
                None if c == "neg" => Cond::Neg,
                None if c == "obj" => Cond::Obj,
                None if c == "noobj" => Cond::NoObj,
                None if c == "noxcomp" => Cond::NoXcomp,
                None if c == "viol" => Cond::Viol,
                _ => return Err(format!("unknown condition {c:?}")),
            });
        }
    }
    if pos == PredPos::Light && !conds.iter().any(|c| matches!(c, Cond::Verb(_))) {
        return Err("LIGHT row without verb=".into());
    }
    let mut target = Vec::new();
    if cols[3] != "-" {
        for s in cols[3].split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let marker = |v: &str| (v != "*").then(|| v.to_lowercase());
            target.push(match s {
                "obj" => Slot::Obj,
                "iobj" => Slot::Iobj,
                "gen" => Slot::Gen,
                "poss" => Slot::Poss,
                "xcomp-obj" => Slot::XcompObj,
                "subj" => Slot::Subj,
                "ccomp-subj" => Slot::CcompSubj,
                "noun" => Slot::Noun,
                _ => match s.split_once(':') {
                    Some(("obl", v)) if !v.is_empty() => Slot::Obl(marker(v)),
                    Some(("nmod", v)) if !v.is_empty() => Slot::Nmod(marker(v)),
                    _ => return Err(format!("unknown target slot {s:?}")),
                },
            });
        }
    }
    let cameo = cols[4];
    if !(2..=4).contains(&cameo.len()) || !cameo.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("bad CAMEO code {cameo:?}"));
    }
    if !Ontology::get().contains(cameo) {
        return Err(format!("CAMEO code {cameo} is not in the ontology"));
    }
    let mut flags = Flags::default();
    if cols[5] != "-" {
        for f in cols[5].split(';').map(str::trim).filter(|f| !f.is_empty()) {
            match f {
                "sym" => flags.sym = true,
                "intent" => flags.intent = true,
                "speech" => flags.speech = true,
                "passive-ok" => flags.passive_ok = true,
                "nonfactive" => flags.nonfactive = true,
                other => return Err(format!("unknown flag {other:?}")),
            }
        }
    }
    Ok(Entry {
        lemma: lemma.to_lowercase(),
        pos,
        conds,
        target,
        cameo: cameo.to_string(),
        flags,
        gloss: cols[6].to_string(),
        line: lineno,
    })
}

/// The parsed compiled-in lexicons, one per supported language.
pub fn lexicons() -> &'static BTreeMap<Lang, Lexicon> {
    static LEX: OnceLock<BTreeMap<Lang, Lexicon>> = OnceLock::new();
    LEX.get_or_init(|| Lang::SUPPORTED.iter().map(|&l| (l, Lexicon::parse(l, lexicon_source(l)).0)).collect())
}

/// Errors in the compiled-in lexicons (empty when all rows are valid).
pub fn lexicon_errors() -> Vec<LexiconError> {
    Lang::SUPPORTED.iter().flat_map(|&l| Lexicon::parse(l, lexicon_source(l)).1).collect()
}

/// Entries per language and per CAMEO root, for `augur lexicon stats`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stats {
    /// Language → (root → entries).
    pub per_lang: BTreeMap<Lang, BTreeMap<String, usize>>,
    /// Language → rows that failed to parse.
    pub errors: BTreeMap<Lang, usize>,
}

impl Stats {
    pub fn total(&self, lang: Lang) -> usize {
        self.per_lang.get(&lang).map(|m| m.values().sum()).unwrap_or(0)
    }
}

/// Counts the compiled-in lexicons.
pub fn lexicon_stats() -> Stats {
    let mut stats = Stats::default();
    for &lang in &Lang::SUPPORTED {
        let (lex, errors) = Lexicon::parse(lang, lexicon_source(lang));
        let roots = stats.per_lang.entry(lang).or_default();
        for r in 1..=20 {
            roots.insert(format!("{r:02}"), 0);
        }
        for e in &lex.entries {
            *roots.entry(e.root().to_string()).or_default() += 1;
        }
        stats.errors.insert(lang, errors.len());
    }
    stats
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "root")?;
        for lang in self.per_lang.keys() {
            write!(f, "\t{lang}")?;
        }
        writeln!(f)?;
        let roots: Vec<String> = (1..=20).map(|r| format!("{r:02}")).collect();
        for root in &roots {
            write!(f, "{root}")?;
            for m in self.per_lang.values() {
                write!(f, "\t{}", m.get(root).copied().unwrap_or(0))?;
            }
            writeln!(f)?;
        }
        write!(f, "total")?;
        for &lang in self.per_lang.keys() {
            write!(f, "\t{}", self.total(lang))?;
        }
        writeln!(f)?;
        write!(f, "errors")?;
        for lang in self.per_lang.keys() {
            write!(f, "\t{}", self.errors.get(lang).copied().unwrap_or(0))?;
        }
        writeln!(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_examples_parse() {
        let text = "# lemma\tpos\tcond\ttarget\tcameo\tflags\tgloss\n\
vorwerfen\tVERB\t-\tiobj,obj\t112\t-\taccuse\n\
Besuch\tNOUN\t-\tobl:in,nmod:in,gen\t042\t-\tvisit\n\
Sanktion\tLIGHT\tverb=verhängen|erlassen|beschließen\tobl:gegen,nmod:gegen,iobj\t163\t-\timpose sanctions\n\
aussprechen\tVERB\trefl;prep=für\tobl:mit,nmod:mit\t030\tintent\tspeak out for (cooperation)\n\
treffen\tVERB\t-\tobj,obl:mit\t040\tsym\tmeet\n";
        let (lex, errors) = Lexicon::parse(Lang::De, text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(lex.entries.len(), 5);
        let s = lex.lookup("sanktion", PredPos::Light).next().unwrap();
        assert_eq!(s.light_verbs(), ["verhängen", "erlassen", "beschließen"]);
        assert_eq!(s.target[0], Slot::Obl(Some("gegen".into())));
        let a = lex.lookup("Aussprechen", PredPos::Verb).next().unwrap();
        assert_eq!(a.conds, vec![Cond::Refl, Cond::Prep("für".into())]);
        assert!(a.flags.intent);
    }

    #[test]
    fn bad_rows_are_reported_with_line() {
        for (row, needle) in [
            ("x\tVERB\t-\tobj\t999\t-\tg", "not in the ontology"),
            ("x\tADJ\t-\tobj\t042\t-\tg", "unknown pos"),
            ("x\tVERB\t-\tobj\t042\tfoo\tg", "unknown flag"),
            ("x\tVERB\tbogus\tobj\t042\t-\tg", "unknown condition"),
            ("x\tVERB\t-\tsomewhere\t042\t-\tg", "unknown target"),
            ("x\tLIGHT\t-\tobj\t163\t-\tg", "without verb="),
            ("x\tVERB\t-\tobj\t042", "7 tab-separated"),
        ] {
            let (_, errors) = Lexicon::parse(Lang::En, &format!("# c\n{row}\n"));
            assert_eq!(errors.len(), 1, "{row}");
            assert_eq!(errors[0].line, 2);
            assert!(errors[0].message.contains(needle), "{row}: {}", errors[0].message);
        }
    }

    /// Every row of every compiled-in lexicon parses and names a code of the ontology.
    #[test]
    fn compiled_lexicons_are_valid() {
        let errors = lexicon_errors();
        assert!(errors.is_empty(), "{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
    }

    #[test]
    fn english_and_german_cover_every_root() {
        let stats = lexicon_stats();
        for lang in [Lang::En, Lang::De] {
            assert!(stats.total(lang) >= 300, "{lang}: {}", stats.total(lang));
            for (root, n) in &stats.per_lang[&lang] {
                assert!(*n > 0, "{lang} has no entry for root {root}");
            }
        }
        let shown = stats.to_string();
        assert!(shown.starts_with("root\ten\tde"));
        assert!(shown.contains("total"));
    }
}
