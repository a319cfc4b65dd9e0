//! A language model bundle: tagger, lemmatiser and parser, stored as one deflated file.

use augur_core::{Lang, Sentence};

use crate::io::{decompress, Reader, Writer};
use crate::lemma::Lemmatizer;
use crate::parser::{Attrs, Parser};
use crate::tagger::{AuxRepair, AuxSpan, Tagger};
use crate::NlpError;

const MAGIC: &str = "augur-nlp-model-v1";

/// Finite forms of the German auxiliaries haben, sein and werden (perfect and passive).
#[rustfmt::skip]
const GERMAN_AUX_FORMS: &[&str] = &[
    "habe", "hast", "hat", "haben", "habt", "hatte", "hatten", "ist", "sind", "bin", "seid", "war", "waren", "wird",
    "werden", "wurde", "wurden",
];

/// Finite forms of werden and of the modal verbs, which take an infinitive at the end of a
/// German clause ("Die Regierung will neue Waffen liefern").
#[rustfmt::skip]
const GERMAN_INF_FORMS: &[&str] = &[
    "wird", "werden", "würde", "würden", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste",
    "mussten", "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "darf", "dürfen",
    "durfte", "durften", "möchte", "möchten", "muß", "mußte", "mußten", "mochte", "mochten", "mag", "mögen",
];

/// Finite forms of avoir and être (and "été"), the French compound-tense auxiliaries.
#[rustfmt::skip]
const FRENCH_AUX_FORMS: &[&str] = &[
    "ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
    "suis", "es", "est", "sommes", "êtes", "sont", "était", "étaient", "sera", "seront", "serait", "seraient",
    "été",
];

/// Everything needed to annotate one language.
#[derive(Debug, Default)]
pub struct LangModel {
    /// Free-text note on what the model was trained on.
    pub info: String,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: Parser,
    /// Re-tags a sentence without any finite verb so that its most likely finite verb
    /// candidate becomes one (English: past tense mistaken for a participle).
    pub repair_finite: bool,
    /// Finite auxiliary forms whose non-finite tagging before a participle is repaired
    /// (German perfect and passive); empty for no repair.
    pub aux_forms: &'static [&'static str],
    /// Bare time words parsed apart and attached afterwards (English "Pakistan today
    /// threatened", "resigned Sunday"): see [`floating_temporal`].
    pub news_repairs: bool,
}

/// Which stages [`LangModel::annotate_stages`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    pub tag: bool,
    pub lemma: bool,
    pub parse: bool,
}

impl Stages {
    pub const ALL: Stages = Stages { tag: true, lemma: true, parse: true };
}

impl LangModel {
    /// Loads a model from its serialised bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<LangModel, NlpError> {
        let raw = decompress(bytes)?;
        let mut r = Reader::new(&raw);
        if r.s()? != MAGIC {
            return Err(NlpError::Model("not an augur-nlp model".into()));
        }
        let info = r.s()?;
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = Parser::read(&mut r)?;
        Ok(LangModel { info, tagger, lemmatizer, parser, repair_finite: false, aux_forms: &[], news_repairs: false })
    }

    /// Sets the inference repairs the shipped pipeline uses for `lang`.
    ///
    /// English: the finite-verb repair (measured on EWT dev, neutral, and PUD, +0.2 LAS; it
    /// fixes headline-style "Police arrested ..." read as a noun phrase) and the news repairs.
    /// German: the finite-verb repair (any word, not only participles, may become the
    /// verb-second verb), the auxiliary repair across the middle field, and after parsing
    /// the coordinated-subject and active-perfect repairs. French: the participle after
    /// avoir and être. Against the earlier German setting (auxiliary right before the
    /// participle only) and none for French, on the UD test sets: German GSD UPOS -0.03,
    /// LAS +0.13; German PUD UPOS -0.02, LAS +0.31; French GSD +0.01 both; French PUD UPOS
    /// equal, LAS -0.02.
    pub fn set_shipped_repairs(&mut self, lang: Lang) {
        self.repair_finite = matches!(lang, Lang::En | Lang::De);
        self.news_repairs = lang == Lang::En;
        self.aux_forms = &[];
        self.tagger.aux_repair = AuxRepair::default();
        match lang {
            Lang::De => {
                self.aux_forms = GERMAN_AUX_FORMS;
                self.tagger.aux_repair = AuxRepair { span: AuxSpan::ClauseEnd, inf_forms: GERMAN_INF_FORMS };
            }
            Lang::Fr => {
                self.aux_forms = FRENCH_AUX_FORMS;
                self.tagger.aux_repair = AuxRepair { span: AuxSpan::Adjacent, inf_forms: &[] };
            }
            _ => {}
        }
    }

    /// How the auxiliary repair (forms in [`Self::aux_forms`]) looks for its participle.
    pub fn aux_repair(&self) -> AuxRepair {
        self.tagger.aux_repair
    }

    /// Sets how the auxiliary repair looks for its participle.
    pub fn set_aux_repair(&mut self, repair: AuxRepair) {
        self.tagger.aux_repair = repair;
    }

    /// Loads a model file.
    pub fn load(path: &std::path::Path) -> Result<LangModel, NlpError> {
        let bytes = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        LangModel::from_bytes(&bytes)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.s(MAGIC);
        w.s(&self.info);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        w.compress()
    }

    pub fn save(&self, path: &std::path::Path) -> Result<(), NlpError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NlpError::io(path, e))
    }

    /// Drops the smallest weights of the tagger and parser to bound the model size.
    pub fn prune(&mut self, tagger_max_weights: usize, parser_max_weights: usize) {
        self.tagger.prune(tagger_max_weights);
        self.parser.prune(parser_max_weights);
    }

    /// Predicts UPOS, FEATS, LEMMA, HEAD and DEPREL of every word, keeping the words.
    pub fn annotate(&self, s: &mut Sentence) {
        self.annotate_stages(s, Stages::ALL);
    }

    /// Writes the UPOS and FEATS of tagger output `tags` into `words`.
    fn set_tags(&self, words: &mut [augur_core::Word], tags: Vec<u16>) {
        for (w, t) in words.iter_mut().zip(tags) {
            let (u, f) = self.tagger.split(t);
            w.upos = u.to_string();
            w.feats = f.to_string();
        }
    }

    /// Runs the selected stages (later stages read what earlier ones wrote).
    pub fn annotate_stages(&self, s: &mut Sentence, stages: Stages) {
        if s.words.is_empty() {
            return;
        }
        if stages.tag {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let mut tags = self.tagger.tag_with(&forms, self.repair_finite, self.aux_forms);
            if self.news_repairs {
                self.tagger.repair_head_adjectives(&forms, &mut tags);
            }
            self.set_tags(&mut s.words, tags);
            // "Israeli tanks fired four shells …, witnesses said": the clause before a
            // trailing attribution is a sentence of its own, and gets the finite-verb repair
            // as one ("fired" read as a participle otherwise).
            if self.news_repairs && self.repair_finite {
                if let Some(c) = trailing_attribution(s) {
                    let finite = |w: &augur_core::Word| w.feats.split('|').any(|f| f == "VerbForm=Fin");
                    if !s.words[..c].iter().any(finite) {
                        let forms: Vec<String> = s.words[..c].iter().map(|w| w.form.clone()).collect();
                        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
                        let tags = self.tagger.tag_with(&forms, true, self.aux_forms);
                        self.set_tags(&mut s.words[..c], tags);
                    }
                }
            }
        }
        if stages.lemma {
            let mut buf = crate::lemma::LemmaBuf::default();
            for w in s.words.iter_mut() {
                w.lemma = self.lemmatizer.lemma(&w.form, &w.upos, &w.feats, &mut buf);
            }
        }
        if stages.parse {
            let floated = if self.news_repairs { floating_temporal(s) } else { Vec::new() };
            let kept: Vec<usize> = (0..s.words.len()).filter(|i| !floated.contains(i)).collect();
            // A trailing attribution (", police said on Sunday.") is parsed on its own; its verb
            // is the root and the clause before it its `ccomp`, as the English treebanks have it.
            let split = if self.news_repairs { trailing_attribution(s) } else { None };
            let parts: Vec<Vec<usize>> = match split {
                Some(c) => vec![
                    kept.iter().copied().filter(|&i| i < c).collect(),
                    kept.iter().copied().filter(|&i| i > c).collect(),
                ],
                None => vec![kept],
            };
            let mut roots: Vec<Vec<usize>> = Vec::new();
            for part in &parts {
                let attrs = Attrs::new(
                    part.iter()
                        .map(|&i| (s.words[i].form.as_str(), s.words[i].upos.as_str(), s.words[i].feats.as_str())),
                );
                let (heads, labels) = self.parser.parse(&attrs);
                let mut part_roots = Vec::new();
                for (k, &i) in part.iter().enumerate() {
                    let w = &mut s.words[i];
                    let h = heads.get(k + 1).copied().unwrap_or(0);
                    w.head = if h == 0 { 0 } else { part.get(h - 1).map_or(0, |&j| j + 1) };
                    w.deprel = labels
                        .get(k + 1)
                        .and_then(|&l| self.parser.labels.get(l as usize))
                        .cloned()
                        .unwrap_or_else(|| "dep".to_string());
                    if w.head == 0 {
                        part_roots.push(i);
                    }
                }
                roots.push(part_roots);
            }
            if let [main, tail] = roots.as_slice() {
                if let Some(&t) = tail.iter().find(|&&r| s.words[r].deprel == "root").or(tail.first()) {
                    for &r in main {
                        s.words[r].head = t + 1;
                        s.words[r].deprel = "ccomp".to_string();
                    }
                    if let Some(c) = split {
                        s.words[c].head = t + 1;
                        s.words[c].deprel = "punct".to_string();
                    }
                }
            }
            // The German parse repairs go with the German auxiliary repair, whose tags they
            // rely on.
            if self.tagger.aux_repair.span == AuxSpan::ClauseEnd {
                coordinated_subject(s);
                active_perfect_object(s);
                one_subject(s);
                time_noun_pp(s);
            }
            if !floated.is_empty() {
                let label = ["obl:unmarked", "obl:tmod", "obl"]
                    .into_iter()
                    .find(|l| self.parser.labels.iter().any(|x| x == l))
                    .unwrap_or("obl");
                for &i in &floated {
                    // "on" of a floated "on Friday" is the case marker of its time word.
                    if s.words[i].form.eq_ignore_ascii_case("on") {
                        s.words[i].head = i + 2;
                        s.words[i].deprel = "case".to_string();
                        continue;
                    }
                    let marked = i >= 1 && floated.contains(&(i - 1));
                    let head = temporal_head(s, i);
                    let w = &mut s.words[i];
                    w.head = head;
                    w.deprel = if head == 0 {
                        "root".to_string()
                    } else if marked {
                        "obl".to_string()
                    } else {
                        label.to_string()
                    };
                }
            }
        }
    }
}

/// German "Russland und die Ukraine haben … ausgetauscht": the parser may read the first
/// conjunct of a coordinated subject as the root and the rest of the sentence as a clause
/// coordinated with it. When the root is a noun or name and its conjunct is a verb with an
/// auxiliary and a subject of its own between the two, the verb becomes the root, the root
/// noun its subject, and the verb's subject the noun's conjunct (with the conjunction).
fn coordinated_subject(s: &mut Sentence) {
    let w = &mut s.words;
    let Some(r) = w.iter().position(|x| x.head == 0) else { return };
    if !matches!(w[r].upos.as_str(), "NOUN" | "PROPN") {
        return;
    }
    let has_aux = |w: &[augur_core::Word], j: usize| w.iter().any(|x| x.head == j + 1 && x.udeprel() == "aux");
    let Some(v) = (r + 1..w.len())
        .find(|&j| w[j].head == r + 1 && w[j].udeprel() == "conj" && w[j].upos == "VERB" && has_aux(w, j))
    else {
        return;
    };
    let Some(n) = (r + 1..v).find(|&j| w[j].head == v + 1 && w[j].udeprel() == "nsubj") else { return };
    // A nominal predicate ("ist … Selbstbedienung und wenn …") or a subordinate clause is
    // another structure; the two subjects must be joined by a conjunction.
    let cop = w.iter().any(|x| x.head == r + 1 && x.udeprel() == "cop");
    let sconj = w[r..v].iter().any(|x| x.upos == "SCONJ");
    let joined = w[r + 1..n].iter().any(|x| x.upos == "CCONJ");
    if cop || sconj || !joined {
        return;
    }
    for (k, x) in w.iter_mut().enumerate() {
        if x.head == v + 1 && x.udeprel() == "cc" && r < k && k < n {
            x.head = n + 1;
        } else if x.head == r + 1 && x.udeprel() == "punct" && k > v {
            x.head = v + 1;
        }
    }
    w[v].head = 0;
    w[v].deprel = "root".to_string();
    w[r].head = v + 1;
    w[r].deprel = "nsubj".to_string();
    w[n].head = r + 1;
    w[n].deprel = "conj".to_string();
}

/// German "Die Ukraine hat … mehrere Grenzregionen angegriffen": a verb whose auxiliary is a
/// form of haben is active and has no passive subject, but the parser sometimes reads the
/// object of such a perfect as one. When the verb also has an ordinary subject, that
/// "passive subject" is its object.
fn active_perfect_object(s: &mut Sentence) {
    let w = &mut s.words;
    for v in 0..w.len() {
        let dep = |x: &augur_core::Word, rel: &str| x.head == v + 1 && x.deprel == rel;
        let haben = w.iter().any(|x| dep(x, "aux") && x.lemma == "haben");
        let passive_aux = w.iter().any(|x| x.head == v + 1 && x.deprel == "aux:pass");
        if !haben || passive_aux || !w.iter().any(|x| dep(x, "nsubj")) {
            continue;
        }
        for x in w.iter_mut().filter(|x| x.head == v + 1 && x.deprel == "nsubj:pass") {
            x.deprel = "obj".to_string();
        }
    }
}

/// German determiners and pronouns that are never nominative: a noun phrase they open cannot
/// be the subject ("dem Iran", "den Vereinigten Staaten", "einer Delegation", "ihm").
#[rustfmt::skip]
const NOT_NOMINATIVE: &[&str] = &[
    "dem", "den", "des", "einem", "einen", "eines", "einer", "diesem", "diesen", "jenem", "jenen", "keinem",
    "keinen", "keines", "keiner", "seinem", "seinen", "seines", "seiner", "ihrem", "ihren", "ihres", "ihrer",
    "unserem", "unseren", "unseres", "unserer", "deren", "dessen", "ihm", "ihn", "ihnen", "mir", "mich", "dir",
    "dich", "uns", "euch", "sich", "wem", "wen",
];

/// How a German noun phrase's own words mark its case, as far as [`one_subject`] needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NpCase {
    /// Cannot be nominative, and is dative ("dem Iran", "der Ukraine").
    Dative,
    /// Cannot be nominative, dative or accusative not told apart ("den Präsidenten").
    Oblique,
    /// May be the subject.
    Open,
}

/// The determiner of the noun phrase headed by `k` (it precedes its noun in German).
fn determiner(w: &[augur_core::Word], k: usize) -> Option<usize> {
    (0..k).rev().find(|&j| w[j].head == k + 1 && w[j].udeprel() == "det")
}

/// The case the determiner (or the pronoun itself) of the noun phrase headed by `k` marks.
/// "der" before a singular feminine noun is dative or genitive, never nominative: the tagger's
/// gender of a noun ("Ukraine", "Regierung") is more reliable than its guess at the case.
fn np_case(w: &[augur_core::Word], k: usize) -> NpCase {
    let own = w[k].form.to_lowercase();
    if w[k].upos == "PRON" && NOT_NOMINATIVE.contains(&own.as_str()) {
        return NpCase::Oblique;
    }
    let Some(d) = determiner(w, k) else { return NpCase::Open };
    let form = w[d].form.to_lowercase();
    let fem_sing = w[k].feat("Gender") == Some("Fem") && w[k].feat("Number") != Some("Plur");
    match form.as_str() {
        "dem" | "einem" | "diesem" | "jenem" | "keinem" | "seinem" | "ihrem" | "unserem" => NpCase::Dative,
        "der" | "einer" if fem_sing => NpCase::Dative,
        f if NOT_NOMINATIVE.contains(&f) => NpCase::Oblique,
        _ => NpCase::Open,
    }
}

/// German "Pistorius hat der Ukraine ein Patriot-System zugesagt": the parser, which sees only
/// a noun phrase's tags and not its case, may give a verb two subjects, one of them the dative
/// (or accusative) object. A verb keeps one subject: among the noun phrases whose determiner
/// allows the nominative, the one the morphology points to (see `rank` below), else the first,
/// as German puts the subject first when nothing marks the order. The others become the dative
/// object (`obl:arg`, as the German treebank labels it) when so marked or when the verb has a
/// direct object already, else the direct object. The parser's own label scores would be the
/// better judge, but they are not kept after parsing.
fn one_subject(s: &mut Sentence) {
    let w = &mut s.words;
    for v in 0..w.len() {
        let subjects: Vec<usize> = (0..w.len())
            .filter(|&k| {
                w[k].head == v + 1
                    && w[k].deprel == "nsubj"
                    && matches!(w[k].upos.as_str(), "NOUN" | "PROPN" | "PRON")
                    && !w.iter().any(|x| x.head == k + 1 && x.udeprel() == "case")
            })
            .collect();
        if subjects.len() < 2 {
            continue;
        }
        // "Xi und Biden trafen sich": subjects joined by a conjunction are coordinated, which
        // the coder reads from two subjects as well.
        let (a, b) = (subjects[0], subjects[subjects.len() - 1]);
        if w[a..b].iter().any(|x| x.upos == "CCONJ") {
            continue;
        }
        let cases: Vec<NpCase> = subjects.iter().map(|&k| np_case(w, k)).collect();
        let open: Vec<usize> = subjects.iter().zip(&cases).filter(|p| *p.1 == NpCase::Open).map(|p| *p.0).collect();
        if open.is_empty() {
            continue;
        }
        let finite = std::iter::once(v)
            .chain((0..w.len()).filter(|&j| w[j].head == v + 1 && w[j].udeprel() == "aux"))
            .find(|&j| w[j].feat("VerbForm") == Some("Fin"));
        let number = finite.and_then(|f| w[f].feat("Number"));
        // Evidence for the subject, strongest first: a pronoun that is only nominative ("er",
        // "wir"); agreement with the finite verb; the tagger's nominative (on the determiner
        // when there is one); not a time noun ("Dieses Mal", "Anfang Oktober"); then the first
        // position.
        let rank = |k: usize| {
            let x = &w[k];
            let lower = x.form.to_lowercase();
            let nom_pronoun = x.upos == "PRON" && ["ich", "du", "er", "wir", "man", "jemand"].contains(&lower.as_str());
            let agrees = number.is_none() || x.feat("Number") == number;
            let time = TIME_NOUNS.contains(&x.lemma.to_lowercase().as_str()) || lower == "mal";
            // The determiner's case is a safer guess than a name's own ("Die Türkei"); a bare
            // noun or name ("Moskau warf Kiew vor") gives no evidence either way.
            let nominative = match determiner(w, k) {
                Some(d) => w[d].feat("Case") == Some("Nom"),
                None => x.upos != "PRON" || x.feat("Case") == Some("Nom"),
            };
            (nom_pronoun, agrees, nominative, !time, std::cmp::Reverse(k))
        };
        let Some(subject) = open.iter().copied().max_by_key(|&k| rank(k)) else { continue };
        for (&k, &case) in subjects.iter().zip(&cases) {
            if k == subject {
                continue;
            }
            // Read anew for each: a subject relabelled `obj` just before is the object now.
            let has_obj = w.iter().any(|x| x.head == v + 1 && x.deprel == "obj");
            w[k].deprel = if case == NpCase::Dative || has_obj { "obl:arg" } else { "obj" }.to_string();
        }
    }
}

/// German time nouns that head a time phrase ("am Sonntag", "seit Wochen", "im März").
#[rustfmt::skip]
const TIME_NOUNS: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "wochenende",
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "tag", "woche", "monat", "jahr", "morgen", "vormittag", "mittag", "nachmittag",
    "abend", "nacht", "stunde", "frühjahr", "sommer", "herbst", "winter",
];

/// Prepositions whose phrase after a time noun belongs to the time ("am Tag nach der Wahl",
/// "am Montag um zehn Uhr", "bis zum Abend"). Dates and other time nouns ("vom 1. Mai",
/// "in der Nacht zu dem Sonntag") stay whatever the preposition.
const TIME_PREPS: &[&str] = &["vor", "nach", "bis", "ab", "um", "seit", "zu", "zum", "gegen"];

/// German "Scholz telefonierte am Sonntag mit Macron", "seit Wochen zwischen den Parteien": the
/// parser hangs a prepositional phrase on the time noun before it, so the verb loses its
/// argument ("mit Macron"). A time noun that is itself a case-marked or bare time phrase takes
/// no such phrase; it goes to the time noun's head, as an `obl` when that head is a verb.
/// Phrases that date the time itself keep their place.
fn time_noun_pp(s: &mut Sentence) {
    let w = &mut s.words;
    for k in 0..w.len() {
        let h = w[k].head;
        if h == 0 || h > k || w[k].udeprel() != "nmod" {
            continue;
        }
        let t = h - 1;
        let time = |x: &augur_core::Word| {
            TIME_NOUNS.contains(&x.lemma.to_lowercase().as_str())
                || TIME_NOUNS.contains(&x.form.to_lowercase().as_str())
        };
        if !time(&w[t]) || w[t].head == 0 || !matches!(w[t].udeprel(), "obl" | "nmod") || time(&w[k]) {
            continue;
        }
        let prep = |j: usize| (0..j).rev().find(|&c| w[c].head == j + 1 && w[c].udeprel() == "case");
        let (Some(p), Some(_)) = (prep(k), prep(t)) else { continue };
        if TIME_PREPS.contains(&w[p].form.to_lowercase().as_str()) || w[k].upos == "NUM" {
            continue;
        }
        let g = w[t].head;
        let verb = matches!(w[g - 1].upos.as_str(), "VERB" | "AUX");
        w[k].head = g;
        if verb {
            w[k].deprel = "obl".to_string();
        }
    }
}

/// Time words that English news puts bare between a subject and its verb or right after the
/// verb ("Pakistan today threatened", "resigned Sunday").
#[rustfmt::skip]
const BARE_TIME_WORDS: &[&str] = &[
    "today", "yesterday", "tomorrow", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// The words to leave out of parsing and attach afterwards: a bare time word after a nominal
/// and before a verb, or right after a verb. The parser, trained on few such sentences, reads
/// "Pakistan today threatened" as a compound subject "Pakistan today"; without the time word
/// the clause is ordinary, and the word is then attached to its verb as a time modifier.
fn floating_temporal(s: &Sentence) -> Vec<usize> {
    let w = &s.words;
    let time_word = |i: usize| w.get(i).is_some_and(|x| BARE_TIME_WORDS.contains(&x.form.to_lowercase().as_str()));
    // "The Security Council on Friday adopted …": the time phrase between the subject and its
    // verb, preposition included.
    let on_phrase: Vec<usize> = (1..w.len().saturating_sub(2))
        .filter(|&i| {
            w[i].form.eq_ignore_ascii_case("on")
                && time_word(i + 1)
                && matches!(w[i - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON")
                && matches!(w[i + 2].upos.as_str(), "VERB" | "AUX")
        })
        .flat_map(|i| [i, i + 1])
        .collect();
    if !on_phrase.is_empty() {
        return on_phrase;
    }
    (1..w.len())
        .filter(|&i| {
            let lower = w[i].form.to_lowercase();
            if !BARE_TIME_WORDS.contains(&lower.as_str()) || !matches!(w[i].upos.as_str(), "NOUN" | "PROPN" | "ADV") {
                return false;
            }
            let next = w.get(i + 1);
            if next.is_some_and(|n| {
                matches!(n.upos.as_str(), "NOUN" | "PROPN" | "PART" | "NUM") || n.form.starts_with('\'')
            }) {
                return false;
            }
            match w[i - 1].upos.as_str() {
                "NOUN" | "PROPN" | "PRON" | "ADJ" => next.is_some_and(|n| matches!(n.upos.as_str(), "VERB" | "AUX")),
                "VERB" => true,
                _ => false,
            }
        })
        .collect()
}

/// The 1-based head for a floated time word: the verb right after it (through an auxiliary to
/// its main verb), else the verb right before it, else the nearest verb, else the root.
fn temporal_head(s: &Sentence, i: usize) -> usize {
    let w = &s.words;
    let verb = |j: usize| w[j].upos == "VERB";
    if let Some(n) = w.get(i + 1) {
        if n.upos == "VERB" {
            return i + 2;
        }
        if n.upos == "AUX" && n.head >= 1 && n.udeprel() != "root" {
            return n.head;
        }
    }
    if verb(i - 1) {
        return i;
    }
    let left = (0..i).rev().find(|&j| verb(j));
    let right = (i + 1..w.len()).find(|&j| verb(j));
    let nearest = match (left, right) {
        (Some(l), Some(r)) => Some(if i - l <= r - i { l } else { r }),
        (l, r) => l.or(r),
    };
    nearest
        .map(|j| j + 1)
        .or_else(|| w.iter().position(|x| x.head == 0 && x.udeprel() == "root").map(|j| j + 1))
        .unwrap_or(0)
}

/// Verbs of saying that end an English wire sentence after a comma.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "reported",
    "reports",
    "announced",
    "stated",
    "confirmed",
    "claimed",
    "quoted",
    "wrote",
    "noted",
    "insisted",
    "explained",
];

/// The comma that opens a trailing attribution (", a senior official said on Saturday."): the
/// last comma of the sentence followed by at most 14 words that hold a verb of saying and no
/// further clause. The parser, trained mostly on other genres, otherwise tends to read the
/// first clause's subject as the sentence's head.
fn trailing_attribution(s: &Sentence) -> Option<usize> {
    let w = &s.words;
    let c = w.iter().rposition(|x| x.form == ",")?;
    let tail = &w[c + 1..];
    if c < 4 || tail.len() < 2 || tail.len() > 14 {
        return None;
    }
    let verb = tail.iter().position(|x| ATTRIBUTION_VERBS.contains(&x.form.to_lowercase().as_str()))?;
    let clause_after = tail[verb + 1..].iter().any(|x| {
        matches!(x.upos.as_str(), "VERB" | "SCONJ")
            || matches!(x.form.to_lowercase().as_str(), "that" | "who" | "which")
    });
    let main_has_verb = w[..c].iter().any(|x| matches!(x.upos.as_str(), "VERB" | "AUX"));
    (!clause_after && main_has_verb).then_some(c)
}
