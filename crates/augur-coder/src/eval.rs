//! `augur eval`: scores a coder against gold sets (PETRARCH2 unit records, CAMEO manual
//! examples, PLOVER gold records, augur's own JSONL gold) at root code, full code,
//! (source, target, root) and PLOVER type, overall and per language.
//!
//! The functions take the coder as a [`DocCoder`] (any `FnMut(&EvalDoc) -> Vec<Coded>`),
//! so this crate does not depend on the parser: the caller analyses and codes each
//! document and returns what it found.
//!
//! For error analysis, `AUGUR_EVAL_TRACE=1` prints one tab-separated line per document to
//! stderr: `TRACE`, document id, gold events (`SRC>TGT:CODE`, `!` negated, `?` optional),
//! predicted events (`SRC>TGT:CODE/PLOVER`) and the document text.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use augur_core::{Actor, EventMention, Lang};
use serde::Deserialize;

use crate::ontology::Ontology;

/// I/O or format errors of a gold file, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Format { path: PathBuf, line: usize, message: String },
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })
}

/// One document to code.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalDoc {
    pub id: String,
    pub text: String,
    pub lang: Option<Lang>,
    /// Publication date `YYYY-MM-DD`, when known.
    pub date: Option<String>,
}

/// One coded event as the scorer needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Coded {
    pub source: String,
    pub target: Option<String>,
    pub cameo: String,
    pub plover: String,
    pub negated: bool,
    /// The sentence text, for the sentence-level metric.
    pub sentence: Option<String>,
}

impl Coded {
    /// From a mention, without the sentence text (the sentence-level metric then misses).
    pub fn from_mention(m: &EventMention) -> Coded {
        Coded {
            source: m.source.code.clone(),
            target: m.target.as_ref().map(|t| t.code.clone()),
            cameo: m.cameo.clone(),
            plover: m.plover.clone(),
            negated: m.negated,
            sentence: None,
        }
    }

    /// From a mention with its sentence text; `text` is the document text its spans point into.
    pub fn from_mention_in(m: &EventMention, text: &str) -> Coded {
        Coded { sentence: m.sentence_span.slice(text).map(str::to_string), ..Coded::from_mention(m) }
    }
}

/// Something that codes a whole document.
pub trait DocCoder {
    fn code_doc(&mut self, doc: &EvalDoc) -> Vec<Coded>;
}

impl<F: FnMut(&EvalDoc) -> Vec<Coded>> DocCoder for F {
    fn code_doc(&mut self, doc: &EvalDoc) -> Vec<Coded> {
        self(doc)
    }
}

/// One gold event; absent fields are not scored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoldEvent {
    pub doc: String,
    /// The sentence text, when the gold gives it (sentence-level metric).
    pub sentence: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: Option<String>,
    pub plover: Option<String>,
    pub negated: bool,
    pub optional: bool,
    pub cameo_alt: Vec<String>,
    pub plover_alt: Vec<String>,
    pub target_alt: Vec<String>,
}

/// A gold set: the documents and their events.
#[derive(Debug, Clone, Default)]
pub struct GoldSet {
    pub name: String,
    pub docs: Vec<EvalDoc>,
    pub events: Vec<GoldEvent>,
}

/// The dictionaries a PETRARCH2 records file names in its `<Environment>`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PetrarchEnvironment {
    pub verbs: Option<PathBuf>,
    pub actors: Option<PathBuf>,
    pub agents: Option<PathBuf>,
    pub discards: Option<PathBuf>,
}

fn tag_text<'a>(s: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let a = s.find(&open)? + open.len();
    let b = s[a..].find(&close)? + a;
    Some(s[a..b].trim())
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    // Attributes appear as name="v", name = "v" or name='v'.
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let after = rest[i + name.len()..].trim_start();
        let before_ok = i == 0 || rest[..i].ends_with(char::is_whitespace);
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let end = v[1..].find(q)? + 1;
                    return Some(&v[1..end]);
                }
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

fn iso_date(d: &str) -> Option<String> {
    let d = d.trim();
    (d.len() == 8 && d.chars().all(|c| c.is_ascii_digit())).then(|| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
}

/// Loads PETRARCH2 unit-test records. Only codings whose event code is a real CAMEO code
/// are kept; records whose codings are all invalid are dropped; records that expect no
/// event (`noevents`, discards) are kept with no gold events.
pub fn load_petrarch_records(path: &Path) -> Result<(GoldSet, PetrarchEnvironment), EvalError> {
    let raw = read(path)?;
    let text = strip_comments(&raw);
    let dict_dir = path.parent().and_then(Path::parent).map(|p| p.join("dictionaries")).unwrap_or_default();
    let spanish = path.file_name().is_some_and(|n| n.to_string_lossy().contains("spanish"));
    let env_block = tag_text(&text, "Environment").unwrap_or("");
    let file = |t: &str| tag_text(env_block, t).filter(|s| !s.is_empty()).map(|s| dict_dir.join(s));
    let env = PetrarchEnvironment {
        verbs: file("Verbfile"),
        actors: file("Actorfile"),
        agents: file("Agentfile"),
        discards: file("Discardfile"),
    };
    let ontology = Ontology::get();
    let mut set = GoldSet { name: "petrarch2-unit-records".into(), ..Default::default() };
    let mut rest = text.as_str();
    while let Some(i) = rest.find("<Sentence ") {
        let block_end = rest[i..].find("</Sentence>").map(|j| i + j).unwrap_or(rest.len());
        let block = &rest[i..block_end];
        rest = &rest[block_end.min(rest.len())..];
        if rest.starts_with("</Sentence>") {
            rest = &rest["</Sentence>".len()..];
        }
        let head_end = block.find('>').unwrap_or(block.len());
        let head = &block[..head_end];
        let Some(id) = attr(head, "id") else { continue };
        let Some(sentence_text) = tag_text(block, "Text") else { continue };
        let mut codings = Vec::new();
        let mut any_coding = false;
        let mut search = block;
        while let Some(j) = search.find("<EventCoding") {
            let end = search[j..].find('>').map(|k| j + k).unwrap_or(search.len());
            let tag = &search[j..end];
            search = &search[end..];
            let (Some(s), Some(t), Some(c)) =
                (attr(tag, "sourcecode"), attr(tag, "targetcode"), attr(tag, "eventcode"))
            else {
                continue;
            };
            any_coding = true;
            // UniversalPetrarch writes `130_threaten`: the code is the leading digits.
            let c = c.split('_').next().unwrap_or(c);
            if ontology.contains(c) {
                codings.push((s.to_string(), t.to_string(), c.to_string()));
            }
        }
        if any_coding && codings.is_empty() {
            continue;
        }
        // Some record ids repeat; each record is its own document.
        let mut doc = format!("petr-{id}");
        let mut n = 1;
        while set.docs.iter().any(|d| d.id == doc) {
            n += 1;
            doc = format!("petr-{id}#{n}");
        }
        set.docs.push(EvalDoc {
            id: doc.clone(),
            text: sentence_text.split_whitespace().collect::<Vec<_>>().join(" "),
            lang: Some(if spanish || attr(head, "category").is_some_and(|c| c.contains("spanish")) {
                Lang::Es
            } else {
                Lang::En
            }),
            date: attr(head, "date").and_then(iso_date),
        });
        for (s, t, c) in codings {
            set.events.push(GoldEvent {
                doc: doc.clone(),
                source: (!s.is_empty() && s != "---").then_some(s),
                target: (!t.is_empty() && t != "---").then_some(t),
                cameo: Some(c),
                ..Default::default()
            });
        }
    }
    Ok((set, env))
}

/// Loads the CAMEO manual examples (`cameo_code`, `code_name`, `example`, `example_note`):
/// every example is a document with one event of its code; actors are not given.
pub fn load_cameo_manual(path: &Path) -> Result<GoldSet, EvalError> {
    let raw = read(path)?;
    let mut set = GoldSet { name: "cameo-manual".into(), ..Default::default() };
    let ontology = Ontology::get();
    for (i, line) in raw.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 || f[2].trim().is_empty() {
            continue;
        }
        if !ontology.contains(f[0].trim()) {
            continue;
        }
        let doc = format!("cameo-{}", i + 1);
        set.docs.push(EvalDoc { id: doc.clone(), text: f[2].trim().to_string(), lang: Some(Lang::En), date: None });
        set.events.push(GoldEvent { doc, cameo: Some(f[0].trim().to_string()), ..Default::default() });
    }
    Ok(set)
}

#[derive(Deserialize)]
struct PloverActor {
    code: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum PloverTarget {
    List(Vec<PloverActor>),
    Text(serde::de::IgnoredAny),
}

#[derive(Deserialize)]
struct PloverRecord {
    id: String,
    event: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    source: Option<Vec<PloverActor>>,
    #[serde(default)]
    target: Option<PloverTarget>,
}

/// PLOVER type names of the 2016 gold records mapped to the 2021 ontology, with
/// alternatives where the old type split.
fn plover_2021(old: &str) -> (String, Vec<String>) {
    let one = |s: &str| (s.to_string(), Vec::new());
    match old {
        "DEMAND" => one("REQUEST"),
        "DISAPPROVE" | "INVESTIGATE" => one("ACCUSE"),
        "FIGHT" => ("ASSAULT".into(), vec!["COERCE".into()]),
        // The 2021 table moved destroying property (1712) and abduction (181) from COERCE to
        // ASSAULT; the 2016 records type them COERCE.
        "COERCE" => ("COERCE".into(), vec!["ASSAULT".into()]),
        other => one(other),
    }
}

/// The ISO code for the few non-ISO country codes of the 2016 PLOVER records (`JAP` for Japan,
/// `ITL` for Italy, `VTN` for Vietnam, which the same file elsewhere writes `VNM`): the scoring
/// compares ISO codes, as the conventions define them.
fn iso_code(code: String) -> String {
    match code.as_str() {
        "JAP" => "JPN".into(),
        "ITL" => "ITA".into(),
        "VTN" => "VNM".into(),
        _ => code,
    }
}

/// Loads PLOVER gold records (a JSON array as in `PLOVER_GSR_CAMEO.txt`).
pub fn load_plover(path: &Path) -> Result<GoldSet, EvalError> {
    let raw = read(path)?;
    let records: Vec<serde_json::Value> = serde_json::from_str(&raw).map_err(|e| EvalError::Format {
        path: path.to_path_buf(),
        line: e.line(),
        message: e.to_string(),
    })?;
    let mut set = GoldSet { name: "plover-gold".into(), ..Default::default() };
    for v in records {
        let Ok(r) = serde_json::from_value::<PloverRecord>(v) else { continue };
        let Some(text) = r.text.filter(|t| !t.trim().is_empty()) else { continue };
        if r.event == "DOCUMENT" {
            continue;
        }
        let (plover, plover_alt) = plover_2021(&r.event);
        let sources: Vec<String> =
            r.source.unwrap_or_default().into_iter().filter_map(|a| a.code.map(iso_code)).collect();
        let targets: Vec<String> = match r.target {
            Some(PloverTarget::List(l)) => l.into_iter().filter_map(|a| a.code.map(iso_code)).collect(),
            _ => Vec::new(),
        };
        set.docs.push(EvalDoc {
            id: r.id.clone(),
            text,
            lang: r.language.as_deref().and_then(Lang::from_code),
            date: r.date.filter(|d| d.len() == 10),
        });
        // An act of a state on its own people or institutions ("Museveni banned Ugandan
        // opposition candidates") is purely domestic: optional under the conventions, so a
        // prediction of it is neither a miss nor a false positive.
        let countries: BTreeSet<&str> = sources.iter().chain(&targets).map(|c| Actor::scoring_key(c)).collect();
        let domestic = !targets.is_empty() && countries.len() == 1;
        let targets: Vec<Option<String>> =
            if targets.is_empty() { vec![None] } else { targets.iter().cloned().map(Some).collect() };
        for s in &sources {
            for t in &targets {
                if Some(s) == t.as_ref() && !domestic {
                    continue;
                }
                set.events.push(GoldEvent {
                    doc: r.id.clone(),
                    source: Some(s.clone()),
                    target: t.clone(),
                    plover: Some(plover.clone()),
                    plover_alt: plover_alt.clone(),
                    optional: domestic,
                    ..Default::default()
                });
            }
        }
    }
    Ok(set)
}

#[derive(Deserialize)]
struct JsonlGold {
    doc: serde_json::Value,
    #[serde(default)]
    sentence: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    cameo: Option<String>,
    #[serde(default)]
    plover: Option<String>,
    #[serde(default)]
    negated: bool,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    cameo_alt: Option<Vec<String>>,
    #[serde(default)]
    plover_alt: Option<Vec<String>>,
    #[serde(default)]
    target_alt: Option<Vec<String>>,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Deserialize)]
struct JsonlText {
    #[serde(alias = "doc")]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

fn id_string(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Loads augur's JSONL gold (the record shape of the coding conventions). `texts` is an
/// optional JSONL file of the documents (`id` or `doc`, `text`, `date`, `lang`); without it
/// each document is made of its gold sentences.
pub fn load_jsonl(path: &Path, texts: Option<&Path>) -> Result<GoldSet, EvalError> {
    let raw = read(path)?;
    let mut set = GoldSet { name: "augur-jsonl".into(), ..Default::default() };
    let mut sentences: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut langs: BTreeMap<String, Lang> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: JsonlGold = serde_json::from_str(line).map_err(|e| EvalError::Format {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        let doc = id_string(&g.doc);
        if !order.contains(&doc) {
            order.push(doc.clone());
        }
        if let Some(s) = &g.sentence {
            let list = sentences.entry(doc.clone()).or_default();
            if !list.contains(s) {
                list.push(s.clone());
            }
        }
        if let Some(l) = g.lang.as_deref().and_then(Lang::from_code) {
            langs.insert(doc.clone(), l);
        }
        set.events.push(GoldEvent {
            doc,
            sentence: g.sentence.clone(),
            source: g.source,
            target: g.target.filter(|t| !t.is_empty()),
            cameo: g.cameo,
            plover: g.plover,
            negated: g.negated,
            optional: g.optional,
            cameo_alt: g.cameo_alt.unwrap_or_default(),
            plover_alt: g.plover_alt.unwrap_or_default(),
            target_alt: g.target_alt.unwrap_or_default(),
        });
    }
    match texts {
        Some(tp) => {
            let raw = read(tp)?;
            for (i, line) in raw.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let t: JsonlText = serde_json::from_str(line).map_err(|e| EvalError::Format {
                    path: tp.to_path_buf(),
                    line: i + 1,
                    message: e.to_string(),
                })?;
                let id = id_string(&t.id);
                let lang = t.lang.as_deref().and_then(Lang::from_code).or_else(|| langs.get(&id).copied());
                set.docs.push(EvalDoc { id, text: t.text, lang, date: t.date });
            }
        }
        None => {
            for doc in order {
                let text = sentences.get(&doc).map(|s| s.join("\n\n")).unwrap_or_default();
                set.docs.push(EvalDoc { lang: langs.get(&doc).copied(), id: doc, text, date: None });
            }
        }
    }
    Ok(set)
}

/// Precision and recall counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Predictions that match a required gold event.
    pub tp_pred: usize,
    /// Predictions counted (those matching only optional gold events are not).
    pub n_pred: usize,
    /// Required gold events found.
    pub tp_gold: usize,
    pub n_gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.n_pred == 0 {
            0.0
        } else {
            self.tp_pred as f64 / self.n_pred as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.n_gold == 0 {
            0.0
        } else {
            self.tp_gold as f64 / self.n_gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: Prf) {
        self.tp_pred += o.tp_pred;
        self.n_pred += o.n_pred;
        self.tp_gold += o.tp_gold;
        self.n_gold += o.n_gold;
    }
}

/// The metrics a report can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    /// (document, CAMEO root)
    Root,
    /// (document, full CAMEO code)
    Full,
    /// (document, PLOVER type): the event type alone
    Plover,
    /// (document, source, target): actor resolution and direction, whatever the act
    Dyad,
    /// (document, source, target, CAMEO root)
    DyadRoot,
    /// (document, source, target, PLOVER type)
    DyadPlover,
    /// (document, sentence text, source, target, CAMEO root)
    SentenceDyadRoot,
}

impl Metric {
    pub const ALL: [Metric; 7] = [
        Metric::Root,
        Metric::Full,
        Metric::Plover,
        Metric::Dyad,
        Metric::DyadRoot,
        Metric::DyadPlover,
        Metric::SentenceDyadRoot,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Metric::Root => "root",
            Metric::Full => "full code",
            Metric::Plover => "PLOVER type",
            Metric::Dyad => "(src, tgt)",
            Metric::DyadRoot => "(src, tgt, root)",
            Metric::DyadPlover => "(src, tgt, PLOVER)",
            Metric::SentenceDyadRoot => "sentence+(s, t, root)",
        }
    }
}

/// Scores per metric for the metrics the gold set supports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores(pub BTreeMap<Metric, Prf>);

/// The result of one evaluation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub name: String,
    pub docs: usize,
    pub gold_events: usize,
    pub predicted_events: usize,
    pub overall: Scores,
    pub per_lang: BTreeMap<String, Scores>,
}

fn actor_key(code: &str) -> String {
    Actor::scoring_key(code.trim()).to_string()
}

fn root(code: &str) -> String {
    code.get(..2).unwrap_or(code).to_string()
}

/// The keys a gold event accepts under a metric; `None` when it lacks the fields.
fn gold_keys(g: &GoldEvent, metric: Metric) -> Option<BTreeSet<String>> {
    let neg = if g.negated { "neg" } else { "pos" };
    let cameos: Vec<&String> = g.cameo.iter().chain(&g.cameo_alt).collect();
    let targets: Vec<String> = std::iter::once(g.target.as_deref().map(actor_key).unwrap_or_default())
        .chain(g.target_alt.iter().map(|t| actor_key(t)))
        .collect();
    let plovers = || -> Vec<String> {
        let listed: Vec<String> = g.plover.iter().chain(&g.plover_alt).cloned().collect();
        if listed.is_empty() {
            // Derive from CAMEO when the gold gives only CAMEO.
            cameos.iter().map(|c| Ontology::get().plover(c).to_string()).filter(|p| !p.is_empty()).collect()
        } else {
            listed
        }
    };
    let keys: BTreeSet<String> = match metric {
        Metric::Root => cameos.iter().map(|c| format!("{}|{neg}", root(c))).collect(),
        Metric::Plover => plovers().iter().map(|p| format!("{p}|{neg}")).collect(),
        Metric::Dyad => {
            let s = actor_key(g.source.as_deref()?);
            targets.iter().map(|t| format!("{s}|{t}||{neg}")).collect()
        }
        Metric::Full => cameos.iter().map(|c| format!("{c}|{neg}")).collect(),
        Metric::SentenceDyadRoot => {
            let sentence = normalise_sentence(g.sentence.as_deref()?);
            let s = actor_key(g.source.as_deref()?);
            let s = s.as_str();
            cameos
                .iter()
                .flat_map(|c| {
                    targets.iter().map(|t| format!("{sentence}|{s}|{t}|{}|{neg}", root(c))).collect::<Vec<_>>()
                })
                .collect()
        }
        Metric::DyadRoot => {
            let s = actor_key(g.source.as_deref()?);
            let s = s.as_str();
            cameos.iter().flat_map(|c| targets.iter().map(move |t| format!("{s}|{t}|{}|{neg}", root(c)))).collect()
        }
        Metric::DyadPlover => {
            let s = actor_key(g.source.as_deref()?);
            let s = s.as_str();
            plovers().iter().flat_map(|p| targets.iter().map(move |t| format!("{s}|{t}|{p}|{neg}"))).collect()
        }
    };
    (!keys.is_empty()).then_some(keys)
}

fn pred_key_as(c: &Coded, metric: Metric, plover: &str) -> String {
    let neg = if c.negated { "neg" } else { "pos" };
    let s = actor_key(&c.source);
    let t = c.target.as_deref().map(actor_key).unwrap_or_default();
    match metric {
        Metric::Root => format!("{}|{neg}", root(&c.cameo)),
        Metric::Full => format!("{}|{neg}", c.cameo),
        Metric::Plover => format!("{plover}|{neg}"),
        Metric::Dyad => format!("{s}|{t}||{neg}"),
        Metric::DyadRoot => format!("{s}|{t}|{}|{neg}", root(&c.cameo)),
        Metric::DyadPlover => format!("{s}|{t}|{plover}|{neg}"),
        Metric::SentenceDyadRoot => {
            format!("{}|{s}|{t}|{}|{neg}", normalise_sentence(c.sentence.as_deref().unwrap_or("")), root(&c.cameo))
        }
    }
}

/// A prediction's key and the keys it is also accepted under: the conventions accept the
/// CAMEO→PLOVER table's own type for 057 and 163 (SUPPORT, COERCE) next to AGREE and SANCTION.
fn pred_keys(c: &Coded, metric: Metric) -> (String, Vec<String>) {
    let key = pred_key_as(c, metric, &c.plover);
    let mut keys = vec![key.clone()];
    if matches!(metric, Metric::Plover | Metric::DyadPlover) {
        if let Some(alt) = Ontology::get().lookup(&c.cameo).and_then(|x| x.plover_alt.as_deref()) {
            keys.push(pred_key_as(c, metric, alt));
        }
    }
    (key, keys)
}

/// A dyad key with its target field emptied; `None` for metrics without actors or when the
/// key has no target. Every dyad key ends `…|target|code|negation`.
fn without_target(key: &str, metric: Metric) -> Option<String> {
    if matches!(metric, Metric::Root | Metric::Full | Metric::Plover) {
        return None;
    }
    let mut fields: Vec<&str> = key.split('|').collect();
    let i = fields.len().checked_sub(3)?;
    if fields[i].is_empty() {
        return None;
    }
    fields[i] = "";
    Some(fields.join("|"))
}

fn normalise_sentence(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_doc(gold: &[&GoldEvent], preds: &[Coded], metric: Metric) -> Prf {
    let golds: Vec<(BTreeSet<String>, bool)> =
        gold.iter().filter_map(|g| gold_keys(g, metric).map(|k| (k, g.optional))).collect();
    let mut keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in preds {
        let (key, also) = pred_keys(c, metric);
        keys.entry(key).or_default().extend(also);
    }
    // A gold event without a target ("the US and Jordan agreed") leaves the target open:
    // a prediction matches it whatever target it names.
    let matches = |accepted: &BTreeSet<String>, ks: &Vec<String>| {
        ks.iter().any(|k| accepted.contains(k) || without_target(k, metric).is_some_and(|e| accepted.contains(&e)))
    };
    let mut prf = Prf::default();
    for (accepted, optional) in &golds {
        if !optional {
            prf.n_gold += 1;
            if keys.values().any(|k| matches(accepted, k)) {
                prf.tp_gold += 1;
            }
        }
    }
    for k in keys.values() {
        let required = golds.iter().any(|(a, o)| !o && matches(a, k));
        let optional_only = !required && golds.iter().any(|(a, o)| *o && matches(a, k));
        if optional_only {
            continue;
        }
        prf.n_pred += 1;
        if required {
            prf.tp_pred += 1;
        }
    }
    prf
}

fn trace_doc(doc: &EvalDoc, golds: &[&GoldEvent], preds: &[Coded]) {
    let gold: Vec<String> = golds
        .iter()
        .map(|g| {
            format!(
                "{}>{}:{}{}{}",
                g.source.as_deref().unwrap_or("?"),
                g.target.as_deref().unwrap_or("-"),
                g.cameo.as_deref().or(g.plover.as_deref()).unwrap_or("?"),
                if g.negated { "!" } else { "" },
                if g.optional { "?" } else { "" }
            )
        })
        .collect();
    let pred: Vec<String> = preds
        .iter()
        .map(|c| {
            let neg = if c.negated { "!" } else { "" };
            format!("{}>{}:{}/{}{neg}", c.source, c.target.as_deref().unwrap_or("-"), c.cameo, c.plover)
        })
        .collect();
    let text: String = doc.text.split_whitespace().collect::<Vec<_>>().join(" ");
    eprintln!("TRACE\t{}\t{}\t{}\t{}", doc.id, gold.join(" "), pred.join(" "), text);
}

/// Cuts an IGO / NGO code to its type when the gold set codes them bare.
fn coarsen(code: &mut String, (igo, ngo): (bool, bool)) {
    if (igo && code.starts_with("IGO")) || (ngo && code.starts_with("NGO")) {
        code.truncate(3);
    }
}

/// Codes every document of the set and scores the result.
pub fn evaluate(gold: &GoldSet, coder: &mut dyn DocCoder) -> Report {
    // A metric counts only when the gold set supports it at all.
    let supported: Vec<Metric> =
        Metric::ALL.into_iter().filter(|&m| gold.events.iter().any(|g| gold_keys(g, m).is_some())).collect();
    let mut by_doc: BTreeMap<&str, Vec<&GoldEvent>> = BTreeMap::new();
    for g in &gold.events {
        by_doc.entry(g.doc.as_str()).or_default().push(g);
    }
    // Gold sets that code organisations only as bare "IGO" / "NGO" (PLOVER's) are scored at
    // that granularity: a predicted `IGOUNO` is an IGO there.
    let bare =
        |code: &str| gold.events.iter().any(|g| [&g.source, &g.target].iter().any(|a| a.as_deref() == Some(code)));
    let coarse = (bare("IGO"), bare("NGO"));
    // Error analysis: `AUGUR_EVAL_TRACE=1` prints every document's gold and predicted events.
    let trace = std::env::var_os("AUGUR_EVAL_TRACE").is_some_and(|v| v != "0");
    let mut report =
        Report { name: gold.name.clone(), docs: gold.docs.len(), gold_events: gold.events.len(), ..Default::default() };
    for doc in &gold.docs {
        let mut preds = coder.code_doc(doc);
        if coarse.0 || coarse.1 {
            for c in &mut preds {
                coarsen(&mut c.source, coarse);
                if let Some(t) = &mut c.target {
                    coarsen(t, coarse);
                }
            }
        }
        report.predicted_events += preds.len();
        let golds = by_doc.get(doc.id.as_str()).cloned().unwrap_or_default();
        if trace {
            trace_doc(doc, &golds, &preds);
        }
        let lang = doc.lang.map(|l| l.code().to_string()).unwrap_or_else(|| "und".into());
        for &m in &supported {
            let prf = score_doc(&golds, &preds, m);
            report.overall.0.entry(m).or_default().add(prf);
            report.per_lang.entry(lang.clone()).or_default().0.entry(m).or_default().add(prf);
        }
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: {} documents, {} gold events, {} predicted events",
            self.name, self.docs, self.gold_events, self.predicted_events
        )?;
        writeln!(
            f,
            "{:<6} {:<20} {:>9} {:>9} {:>9} {:>12} {:>12}",
            "lang", "metric", "precision", "recall", "F1", "tp/pred", "tp/gold"
        )?;
        let mut rows: Vec<(&str, &Scores)> = vec![("all", &self.overall)];
        if self.per_lang.len() > 1 {
            rows.extend(self.per_lang.iter().map(|(l, s)| (l.as_str(), s)));
        }
        for (lang, scores) in rows {
            for (m, p) in &scores.0 {
                writeln!(
                    f,
                    "{:<6} {:<20} {:>9.3} {:>9.3} {:>9.3} {:>12} {:>12}",
                    lang,
                    m.name(),
                    p.precision(),
                    p.recall(),
                    p.f1(),
                    format!("{}/{}", p.tp_pred, p.n_pred),
                    format!("{}/{}", p.tp_gold, p.n_gold)
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plover_2016_types_map_to_2021_with_split_alternatives() {
        assert_eq!(plover_2021("DEMAND"), ("REQUEST".to_string(), vec![]));
        assert_eq!(plover_2021("FIGHT"), ("ASSAULT".to_string(), vec!["COERCE".to_string()]));
        assert_eq!(plover_2021("COERCE"), ("COERCE".to_string(), vec!["ASSAULT".to_string()]));
        assert_eq!(plover_2021("AGREE"), ("AGREE".to_string(), vec![]));
    }

    #[test]
    fn plover_records_non_iso_codes_become_iso() {
        assert_eq!(iso_code("JAP".into()), "JPN");
        assert_eq!(iso_code("ITL".into()), "ITA");
        assert_eq!(iso_code("VTN".into()), "VNM");
        assert_eq!(iso_code("IGO".into()), "IGO");
    }

    fn coded(s: &str, t: &str, c: &str) -> Coded {
        Coded {
            source: s.into(),
            target: Some(t.into()),
            cameo: c.into(),
            plover: Ontology::get().plover(c).into(),
            negated: false,
            sentence: Some("S1.".into()),
        }
    }

    fn gold(doc: &str, s: &str, t: &str, c: &str) -> GoldEvent {
        GoldEvent {
            doc: doc.into(),
            source: Some(s.into()),
            target: Some(t.into()),
            cameo: Some(c.into()),
            ..Default::default()
        }
    }

    fn set(events: Vec<GoldEvent>) -> GoldSet {
        let docs = ["a", "b"]
            .iter()
            .map(|d| EvalDoc { id: d.to_string(), text: String::new(), lang: Some(Lang::En), date: None })
            .collect();
        GoldSet { name: "t".into(), docs, events }
    }

    fn check(events: Vec<GoldEvent>, preds: &[(&str, Vec<Coded>)], metric: Metric, expected: Prf) {
        let gold = set(events);
        let mut coder =
            |d: &EvalDoc| preds.iter().find(|(id, _)| *id == d.id).map(|(_, p)| p.clone()).unwrap_or_default();
        let report = evaluate(&gold, &mut coder);
        assert_eq!(report.overall.0.get(&metric).copied(), Some(expected), "{report}");
    }

    #[test]
    fn scoring_rules() {
        let prf = |tp_pred, n_pred, tp_gold, n_gold| Prf { tp_pred, n_pred, tp_gold, n_gold };
        // Exact match at country level: sectors are not scored.
        check(
            vec![gold("a", "USAGOV", "RUS", "112")],
            &[("a", vec![coded("USA", "RUSGOV", "112")])],
            Metric::DyadRoot,
            prf(1, 1, 1, 1),
        );
        // Wrong direction is a miss and a false positive.
        check(
            vec![gold("a", "USA", "RUS", "112")],
            &[("a", vec![coded("RUS", "USA", "112")])],
            Metric::DyadRoot,
            prf(0, 1, 0, 1),
        );
        // Alternatives are accepted.
        let mut g = gold("a", "DEU", "RUS", "114");
        g.cameo_alt = vec!["040".into()];
        check(vec![g], &[("a", vec![coded("DEU", "RUS", "040")])], Metric::Full, prf(1, 1, 1, 1));
        // Optional gold neither counts as a miss nor makes the prediction wrong.
        let mut g = gold("a", "USA", "RUS", "190");
        g.optional = true;
        check(
            vec![g, gold("a", "USA", "IRN", "111")],
            &[("a", vec![coded("USA", "RUS", "190")])],
            Metric::DyadRoot,
            prf(0, 0, 0, 1),
        );
        // Negation must agree.
        let mut g = gold("a", "ISR", "IRN", "190");
        g.negated = true;
        check(vec![g], &[("a", vec![coded("ISR", "IRN", "190")])], Metric::Root, prf(0, 1, 0, 1));
        // Duplicate predictions in a document count once; other documents are separate.
        check(
            vec![gold("a", "USA", "RUS", "112"), gold("b", "USA", "RUS", "112")],
            &[("a", vec![coded("USA", "RUS", "112"), coded("USA", "RUSGOV", "1121")])],
            Metric::DyadRoot,
            prf(1, 1, 1, 2),
        );
        // The sentence-level metric also matches the sentence text (whitespace-normalised).
        let mut g = gold("a", "USA", "RUS", "112");
        g.sentence = Some("S1. ".into());
        let mut h = gold("a", "USA", "IRN", "112");
        h.sentence = Some("S2.".into());
        check(
            vec![g, h],
            &[("a", vec![coded("USA", "RUS", "112"), coded("USA", "IRN", "112")])],
            Metric::SentenceDyadRoot,
            prf(1, 2, 1, 2),
        );
        // A signed agreement (057, AGREE) is also accepted as the table's SUPPORT; a plain
        // agreement (030) is not.
        let mut g = gold("a", "CZE", "CHN", "");
        g.cameo = None;
        g.plover = Some("SUPPORT".into());
        check(vec![g.clone()], &[("a", vec![coded("CZE", "CHN", "057")])], Metric::DyadPlover, prf(1, 1, 1, 1));
        check(vec![g], &[("a", vec![coded("CZE", "CHN", "030")])], Metric::DyadPlover, prf(0, 1, 0, 1));
        // A gold set that codes organisations as bare "IGO" scores IGOs at that level;
        // one that names them (IGOUNO) keeps the name.
        check(
            vec![gold("a", "IGO", "SRB", "111")],
            &[("a", vec![coded("IGOUNOSEC", "SRB", "111")])],
            Metric::DyadRoot,
            prf(1, 1, 1, 1),
        );
        check(
            vec![gold("a", "IGOEUREEC", "SRB", "111")],
            &[("a", vec![coded("IGOUNOSEC", "SRB", "111")])],
            Metric::DyadRoot,
            prf(0, 1, 0, 1),
        );
        // PLOVER from CAMEO when gold gives CAMEO only; 057 is AGREE.
        check(
            vec![gold("a", "USA", "JOR", "057")],
            &[("a", vec![coded("USA", "JOR", "057")])],
            Metric::DyadPlover,
            prf(1, 1, 1, 1),
        );
        // A gold event without a target leaves it open; the source must still agree.
        let mut g = gold("a", "USA", "", "057");
        g.target = None;
        check(vec![g.clone()], &[("a", vec![coded("USA", "JOR", "057")])], Metric::DyadRoot, prf(1, 1, 1, 1));
        check(vec![g], &[("a", vec![coded("JOR", "USA", "057")])], Metric::DyadRoot, prf(0, 1, 0, 1));
        // The actor level ignores the act; the type level ignores the actors.
        check(
            vec![gold("a", "USAGOV", "RUS", "112")],
            &[("a", vec![coded("USA", "RUS", "040")])],
            Metric::Dyad,
            prf(1, 1, 1, 1),
        );
        check(
            vec![gold("a", "USA", "RUS", "112")],
            &[("a", vec![coded("RUS", "USA", "112")])],
            Metric::Dyad,
            prf(0, 1, 0, 1),
        );
        check(
            vec![gold("a", "USA", "RUS", "112")],
            &[("a", vec![coded("CHN", "IRN", "111"), coded("CHN", "IRN", "040")])],
            Metric::Plover,
            prf(1, 2, 1, 1),
        );
    }

    #[test]
    fn petrarch_xml_parsing() {
        let dir = std::env::temp_dir().join(format!("augur-eval-test-{}", std::process::id()));
        let text_dir = dir.join("text");
        std::fs::create_dir_all(&text_dir).unwrap();
        let xml = r#"<Validation>
<Environment>
    <Verbfile>V.txt</Verbfile>
    <Actorfile>A.txt</Actorfile>
</Environment>
<Sentences>
<!-- <Sentence date="19950101" id="X" category="DEMO" sentence="true"> -->
<Sentence date="19950101" id="D-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="223"></EventCoding>
<Text>
Arnor is about to restore
full ties with Gondor.
</Text>
</Sentence>
<Sentence date="19950102" id="D-01" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950102" id="D-02" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="999"></EventCoding>
<Text>Bad code only.</Text>
</Sentence>
</Sentences></Validation>"#;
        let path = text_dir.join("records.xml");
        std::fs::write(&path, xml).unwrap();
        let (set, env) = load_petrarch_records(&path).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(set.docs.len(), 2);
        assert_eq!(set.docs[0].text, "Arnor is about to restore full ties with Gondor.");
        assert_eq!(set.docs[0].date.as_deref(), Some("1995-01-01"));
        assert_eq!(set.events.len(), 1);
        assert_eq!(set.events[0].cameo.as_deref(), Some("064"));
        assert_eq!(env.verbs, Some(dir.join("dictionaries").join("V.txt")));
        assert_eq!(env.agents, None);
    }

    #[test]
    fn plover_records_joint_domestic_and_legacy_codes() {
        let dir = std::env::temp_dir().join(format!("augur-eval-plover-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.json");
        std::fs::write(
            &path,
            r#"[{"id": "D", "event": "DOCUMENT", "eventText": "documentation"},
{"id": "A", "event": "AGREE", "text": "Jordan and Japan agreed.", "source": [{"code": "JOR"}, {"code": "JAP"}], "target": "-"},
{"id": "B", "event": "COERCE", "text": "Uganda banned Ugandan candidates.", "source": [{"code": "UGA"}], "target": [{"code": "UGA"}]},
{"id": "C", "event": "FIGHT", "text": "Serb forces shelled Bosnia.", "source": [{"code": "SRB"}], "target": [{"code": "BIH"}]}]"#,
        )
        .unwrap();
        let set = load_plover(&path).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        let ev = |doc: &str| set.events.iter().filter(|e| e.doc == doc).collect::<Vec<_>>();
        assert_eq!(set.docs.len(), 3);
        // A joint act: each party a source, the target left open; JAP read as JPN.
        assert_eq!(
            ev("A").iter().map(|e| (e.source.as_deref(), e.target.as_deref())).collect::<Vec<_>>(),
            [(Some("JOR"), None), (Some("JPN"), None)]
        );
        // A purely domestic act is optional.
        assert!(ev("B").len() == 1 && ev("B")[0].optional);
        // An old type is mapped to the 2021 ontology with the split type as alternative.
        assert_eq!(ev("C")[0].plover.as_deref(), Some("ASSAULT"));
        assert_eq!(ev("C")[0].plover_alt, ["COERCE"]);
        assert!(!ev("C")[0].optional);
    }

    #[test]
    fn jsonl_gold_reads_the_convention_shape() {
        let dir = std::env::temp_dir().join(format!("augur-eval-jsonl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.jsonl");
        std::fs::write(
            &path,
            r#"{"doc": "017", "sentence": "S1.", "source": "USAGOV", "target": "RUS", "cameo": "112", "cameo_root": "11", "plover": "ACCUSE", "date": "2023-09-14", "negated": false, "optional": false, "cameo_alt": ["111"], "plover_alt": null, "target_alt": null}
{"doc": 18, "sentence": "S2.", "source": "DEU", "target": "", "cameo": "040", "negated": false, "optional": true}
"#,
        )
        .unwrap();
        let set = load_jsonl(&path, None).unwrap();
        assert!(load_jsonl(&dir.join("missing.jsonl"), None).is_err());
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(set.docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["017", "18"]);
        assert_eq!(set.docs[0].text, "S1.");
        assert_eq!(set.events[0].cameo_alt, ["111"]);
        assert_eq!(set.events[1].target, None);
        assert_eq!(set.events[0].sentence.as_deref(), Some("S1."));
        assert!(set.events[1].optional);
    }
}
