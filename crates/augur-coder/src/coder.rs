//! The event coder: predicates from the lexicon, roles from the UD tree, modality, date,
//! place and provenance.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use augur_core::span::CharIndex;
use augur_core::version::short_hash;
use augur_core::{
    Actor, ActorMention, ActorResolver, Analysis, Diagnostic, DocId, Document, EventActor, EventCoder, EventMention,
    Lang, Location, Modality, Sentence, Span, VersionStamp,
};

use crate::dates::{find_dates, resolve, Day};
use crate::gazetteer::Gazetteer;
use crate::lang::{has, FunctionWords};
use crate::lexicon::{lexicon_source, lexicons, Cond, Entry, Lexicon, PredPos, Slot};
use crate::ontology::Ontology;

/// Switches of the coder.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CoderOptions {
    /// Also emit hypothetical events and questions (with `Modality::Hypothetical`); off by
    /// default because they are not facts.
    pub keep_hypothetical: bool,
    /// Emit events without a target actor (off: the conventions score dyads).
    pub allow_no_target: bool,
    /// Drop events below this confidence.
    pub min_confidence: f32,
    /// Keep events whose source or target has no country (`---`, sector-only mentions
    /// such as "the soldiers"); off because the conventions score country dyads.
    pub keep_unknown_country: bool,
    /// Emit the root-01 statements the conventions do not code (010 comments, 011, 013 hopes,
    /// 014, 016 denials). Off: their predicates still keep their complements from being
    /// coded as fact.
    pub keep_comments: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            keep_hypothetical: false,
            allow_no_target: false,
            min_confidence: 0.0,
            keep_unknown_country: false,
            keep_comments: false,
        }
    }
}

/// The event coder: one lexicon per language, English as the fallback.
#[derive(Debug, Clone)]
pub struct Coder {
    packs: BTreeMap<Lang, Lexicon>,
    /// What a language without any pack codes with: nothing.
    empty: Lexicon,
    lexicon_hash: String,
    pub options: CoderOptions,
}

impl Default for Coder {
    fn default() -> Self {
        Coder::new()
    }
}

/// Everything the coder needs about one sentence.
pub struct SentenceInput<'a> {
    pub doc: &'a DocId,
    /// The document text the spans point into.
    pub text: &'a str,
    pub sentence: &'a Sentence,
    pub index: usize,
    pub lang: Lang,
    /// Publication date, `YYYY-MM-DD` or RFC 3339.
    pub date: Option<&'a str>,
    /// Actor mentions of this sentence (others are ignored).
    pub mentions: &'a [ActorMention],
    pub resolver: &'a dyn ActorResolver,
}

impl Coder {
    /// Loads the compiled-in lexicons of all five languages.
    pub fn new() -> Coder {
        let packs = lexicons().clone();
        let sources: Vec<&[u8]> = Lang::SUPPORTED.iter().map(|&l| lexicon_source(l).as_bytes()).collect();
        Coder { packs, empty: Lexicon::default(), lexicon_hash: short_hash(&sources), options: CoderOptions::default() }
    }

    /// A coder with one lexicon replaced (for experiments and tests).
    pub fn with_lexicon(mut self, lang: Lang, lexicon: Lexicon) -> Coder {
        self.packs.insert(lang, lexicon);
        self
    }

    pub fn with_options(mut self, options: CoderOptions) -> Coder {
        self.options = options;
        self
    }

    /// The lexicon used for a language: its own when it has rows, else English.
    pub fn pack(&self, lang: Lang) -> (Lang, &Lexicon) {
        match self.packs.get(&lang) {
            Some(l) if !l.is_empty() => (lang, l),
            _ => match self.packs.get(&Lang::En) {
                Some(en) => (Lang::En, en),
                None => (lang, &self.empty),
            },
        }
    }

    /// Codes the events of one sentence.
    pub fn code_sentence(
        &self,
        input: &SentenceInput<'_>,
        version: &VersionStamp,
    ) -> (Vec<EventMention>, Vec<Diagnostic>) {
        let chars = CharIndex::new(input.text);
        let (events, mut diags) = self.code_sentence_with(input, version, &chars);
        diags.extend(self.fallback_note(input.lang));
        (events, diags)
    }

    fn fallback_note(&self, lang: Lang) -> Option<Diagnostic> {
        let (pack_lang, _) = self.pack(lang);
        (pack_lang != lang)
            .then(|| Diagnostic::info("code", "lexicon-fallback", format!("no {lang} lexicon; using {pack_lang}")))
    }

    fn code_sentence_with(
        &self,
        input: &SentenceInput<'_>,
        version: &VersionStamp,
        chars: &CharIndex,
    ) -> (Vec<EventMention>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let s = input.sentence;
        if s.words.is_empty() {
            return (Vec::new(), diags);
        }
        if let Some(bad) = s.words.iter().position(|w| w.head > s.words.len()) {
            diags.push(
                Diagnostic::warning(
                    "code",
                    "bad-head",
                    format!("word {} has head {} outside the sentence", bad + 1, s.words[bad].head),
                )
                .with_span(s.span),
            );
            return (Vec::new(), diags);
        }
        let (pack_lang, lex) = self.pack(input.lang);
        let tree = Tree::new(s, input.lang);
        let args = Args { input, tree: &tree, cache: RefCell::new(HashMap::new()) };
        let preds = find_predicates(&tree, lex);
        let dates = find_dates(s, input.lang);
        let publication = input.date.and_then(Day::parse);
        let question = s.span.slice(input.text).map(|t| t.trim_end().ends_with('?')).unwrap_or(false);
        let mut out: Vec<EventMention> = Vec::new();

        for (pi, pred) in preds.iter().enumerate() {
            // A predicate inside the complement of another is coded through that one.
            if let Some(g) = governor(&tree, &preds, pi) {
                if absorbs(&preds[g]) {
                    continue;
                }
            }
            if tree.under_nonfactive(pred.verb.unwrap_or(pred.word)) {
                continue;
            }
            // "declined to comment", "отказался комментировать", "lehnte eine Stellungnahme
            // ab": refusing to talk rejects nothing.
            if pred.entry.cameo.starts_with("12") {
                if let Some(v) = pred.verb {
                    let refused = tree.kids(v).iter().any(|&c| {
                        matches!(tree.udeprel(c), "xcomp" | "ccomp" | "obj")
                            && has(tree.fw.comment_words, &tree.lemma[c])
                    });
                    if refused {
                        continue;
                    }
                }
            }
            // "cancelled / postponed / welcomed the visit": a nominal event as the object of a
            // verb outside the lexicon is talked about, not reported as happening.
            if pred.verb.is_none()
                && tree.udeprel(pred.word) == "obj"
                && tree.enacting_verb(pred.word).is_none()
                && tree.receiving_verb(pred.word).is_none()
            {
                continue;
            }
            // "Ukraine received aid from the US": the act is the noun's (coded below), the
            // verb receives no visitor.
            if let Some(v) = pred.verb.filter(|&v| has(tree.fw.receive_verbs, &tree.lemma[v])) {
                if preds.iter().any(|p| p.verb.is_none() && tree.receiving_verb(p.word) == Some(v)) {
                    continue;
                }
            }
            let content = if absorbs(pred) {
                preds
                    .iter()
                    .enumerate()
                    .find(|(ci, _)| *ci != pi && governor(&tree, &preds, *ci) == Some(pi))
                    .map(|(_, c)| c)
            } else {
                None
            };
            let mut frame = Frame::build(&tree, &args, pred, content);
            if frame.sources.is_empty() {
                diags.push(
                    Diagnostic::info(
                        "code",
                        "no-source",
                        format!("predicate '{}' has no source actor", pred.entry.lemma),
                    )
                    .with_span(s.words[pred.word].span),
                );
                continue;
            }
            // "The US said Iran must release the sailors": what a speaker says another actor
            // must do is the speaker's demand on that actor.
            let demanded = !question && frame.targets.len() <= 1 && demanded_by_speaker(&tree, &args, &mut frame);
            if pred.entry.lemma == OBLIGATION && (!demanded || frame.targets.is_empty()) {
                continue;
            }
            // Modality and the code it implies.
            let head = frame.clause_head;
            let mut modality = Modality::Asserted;
            let mut rule_notes: Vec<String> = Vec::new();
            if demanded {
                rule_notes.push("demand (reported obligation)".into());
            }
            let chain = if demanded { Vec::new() } else { tree.control_chain(head) };
            let possible_noun =
                pred.verb.is_none() && tree.kids(pred.word).iter().any(|&c| has(POSSIBLE, &tree.lemma[c]));
            let hypothetical = question || possible_noun || chain.iter().any(|&k| tree.hypothetical(k));
            let conditional = chain.iter().any(|&k| tree.has_conditional_clause(k));
            let unless = chain.iter().any(|&k| tree.has_unless_clause(k));
            let planned = if pred.verb.is_none() { tree.planned_nominal(pred.word) } else { None };
            let chain_future = chain.iter().any(|&k| tree.future(k));
            let tense_future = chain_future || planned.is_some();
            // German present tense with an unmarked weekday of the clause is a schedule:
            // "Baerbock reist am Donnerstag nach Israel" is a planned trip.
            let scheduled = input.lang == Lang::De && pred.verb == Some(head) && tree.scheduled_present(head, &dates);
            let tense_future = tense_future || scheduled;
            let future = tense_future || frame.control_intent || chain.iter().any(|&k| tree.intent_aux(k));
            let failed = chain.iter().skip(1).any(|&k| has(tree.fw.failure_verbs, &tree.lemma[k]));
            let negated_text =
                (failed || chain.iter().any(|&k| tree.negated(k))) && !pred.entry.conds.contains(&Cond::Neg);
            // "Russia does not intend to attack NATO" reports no act and no threat.
            let disavowed = chain.iter().skip(1).any(|&k| tree.negated(k) && has(tree.fw.intent_verbs, &tree.lemma[k]));
            if disavowed && is_conflict(&frame.code) {
                continue;
            }
            // "China will not attack Taiwan": an announced non-attack is no event.
            if negated_text && chain_future && is_conflict(&frame.code) && !pred.entry.conds.contains(&Cond::Neg) {
                continue;
            }
            let mut code = frame.code.clone();
            let mut negated = false;
            if conditional && !question && !negated_text && is_conflict(&code) {
                // "said it would attack France if provoked": a hostile act under a condition
                // is a threat, however hypothetical its grammar.
                code = threat_of(&code);
                modality = Modality::Conditional;
                rule_notes.push("threat (condition)".into());
            } else if hypothetical {
                modality = Modality::Hypothetical;
                rule_notes.push("hypothetical".into());
            } else if negated_text && future && matches!(root_num(&code), 3..=8) {
                // An announced refusal is a rejection, not a negated act.
                code = reject_of(&code);
                modality = Modality::Intent;
                rule_notes.push("refusal".into());
            } else if negated_text {
                negated = true;
                rule_notes.push("negated".into());
            } else if unless && future && !matches!(root_num(&code), 12 | 13) {
                let t = threat_of(&code);
                code = if t.starts_with("13") { t } else { "130".to_string() };
                modality = Modality::Conditional;
                rule_notes.push("threat (unless)".into());
            } else if frame.threat {
                modality = Modality::Conditional;
                rule_notes.push("threat".into());
            } else if conditional || (future && is_conflict(&code)) {
                if is_conflict(&code) {
                    code = threat_of(&code);
                    modality = Modality::Conditional;
                    rule_notes.push("threat".into());
                } else {
                    code = intent_of(&code);
                    modality = Modality::Intent;
                    rule_notes.push("intent".into());
                }
            } else if future || frame.intent {
                code = intent_of(&code);
                modality = Modality::Intent;
                rule_notes.push("intent".into());
            }
            if modality == Modality::Hypothetical && !self.options.keep_hypothetical {
                continue;
            }
            if frame.targets.is_empty() && frame.sources.len() >= 2 && frame.symmetric {
                frame.pairwise = true;
                // "Moskau und Pjöngjang drängten auf eine verstärkte Zusammenarbeit": co-subjects
                // urging a joint act on each other announce that act.
                if let (Some(c), 2 | 10) = (content, root_num(&code)) {
                    let intent = intent_of(&c.entry.cameo);
                    if Ontology::get().contains(&intent) {
                        code = intent;
                        modality = Modality::Intent;
                        rule_notes.push("joint appeal = intent".into());
                    }
                }
            }
            if frame.targets.is_empty() && !frame.pairwise && !self.options.allow_no_target {
                diags.push(
                    Diagnostic::info(
                        "code",
                        "no-target",
                        format!("predicate '{}' has no target actor", pred.entry.lemma),
                    )
                    .with_span(s.words[pred.word].span),
                );
                continue;
            }
            if is_plain_statement(&code) && !self.options.keep_comments {
                continue;
            }
            let Some(info) = Ontology::get().lookup(&code) else {
                diags.push(Diagnostic::warning("code", "unknown-code", format!("code {code} is not in the ontology")));
                continue;
            };
            // Date and place.
            let mut clause = tree.clause_words(head);
            if let Some(p) = planned {
                clause.extend(tree.clause_words(p));
            }
            let date = pick_date(&dates, &clause, publication, future, |w| tree.inside_modifier_clause(w));
            let location = tree.location(head, pred.word, input.text);
            let trigger = match pred.verb {
                Some(v) if v != pred.word => s.words[v].span.cover(s.words[pred.word].span),
                _ => s.words[pred.word].span,
            };
            let mut confidence = frame.confidence;
            if hypothetical {
                confidence *= 0.5;
            }
            if tree.reported(head) {
                confidence -= 0.1;
                rule_notes.push("reported".into());
            }
            let rule = {
                let mut r = format!("{}:{}:{}", pack_lang, pos_name(pred.entry.pos), frame.rule_lemma);
                for n in &rule_notes {
                    r.push('+');
                    r.push_str(n);
                }
                r
            };
            let mut pairs: Vec<(&ArgActor, Option<&ArgActor>, bool)> = Vec::new();
            if frame.pairwise {
                for a in &frame.sources {
                    for b in &frame.sources {
                        if a.actor.code != b.actor.code {
                            pairs.push((a, Some(b), true));
                        }
                    }
                }
            } else if frame.targets.is_empty() {
                pairs.extend(frame.sources.iter().map(|a| (a, None, false)));
            } else {
                for a in &frame.sources {
                    for b in &frame.targets {
                        if a.actor.code != b.actor.code {
                            pairs.push((a, Some(b), false));
                        }
                    }
                }
            }
            if !self.options.keep_unknown_country {
                pairs.retain(|(a, b, _)| has_country(&a.actor) && b.is_none_or(|b| has_country(&b.actor)));
            }
            for (src, tgt, sym) in pairs {
                let conf = (if sym { confidence - 0.05 } else { confidence }).clamp(0.05, 0.99);
                if conf < self.options.min_confidence {
                    continue;
                }
                let explanation = format!(
                    "'{}' = {} ({} {}): source '{}' ({}) as {}{}; {}",
                    s.words[pred.word].form,
                    pred.entry.gloss,
                    info.code,
                    info.name,
                    src.text,
                    src.actor.code,
                    src.role,
                    match tgt {
                        Some(t) => format!(
                            ", target '{}' ({}) as {}",
                            t.text,
                            t.actor.code,
                            if sym { "co-subject of a symmetric act" } else { t.role }
                        ),
                        None => String::new(),
                    },
                    modality_words(modality, negated),
                );
                let m = EventMention {
                    doc: input.doc.clone(),
                    sentence: input.index,
                    sentence_span: s.span,
                    source: src.to_event_actor(chars),
                    target: tgt.map(|t| t.to_event_actor(chars)),
                    trigger,
                    trigger_text: trigger.slice(input.text).unwrap_or("").to_string(),
                    cameo: info.code.clone(),
                    cameo_root: info.root().to_string(),
                    plover: Ontology::get().plover(&info.code).to_string(),
                    goldstein: info.goldstein,
                    quad: info.quad(),
                    date: date.date.clone(),
                    date_reason: date.reason.clone(),
                    negated,
                    modality,
                    location: location.clone(),
                    confidence: conf,
                    rule: rule.clone(),
                    explanation,
                    version: version.clone(),
                };
                let dup = out.iter().any(|o| {
                    o.cameo == m.cameo
                        && o.source.code == m.source.code
                        && o.target.as_ref().map(|t| &t.code) == m.target.as_ref().map(|t| &t.code)
                        && o.trigger == m.trigger
                });
                if !dup {
                    out.push(m);
                }
            }
        }
        out.sort_by_key(|m| (m.trigger.start, m.source.span.start));
        (out, diags)
    }
}

impl EventCoder for Coder {
    fn code(
        &self,
        doc: &Document,
        analysis: &Analysis,
        actors: &[ActorMention],
        resolver: &dyn ActorResolver,
    ) -> (Vec<EventMention>, Vec<Diagnostic>) {
        let lang = analysis.lang.unwrap_or(doc.lang);
        // Languages without a pack are stored and marked, not coded.
        if lang == Lang::Other {
            return (
                Vec::new(),
                vec![Diagnostic::info("code", "not-coded", "the document's language has no pack; not coded")],
            );
        }
        let version = VersionStamp {
            lexicons: self.lexicon_hash.clone(),
            actors: resolver.data_hash(),
            ..VersionStamp::pipeline_only()
        };
        let chars = CharIndex::new(&doc.text);
        let mut events = Vec::new();
        let mut diags: Vec<Diagnostic> = self.fallback_note(lang).into_iter().collect();
        for (i, sentence) in analysis.sentences.iter().enumerate() {
            let mentions: Vec<ActorMention> = actors.iter().filter(|m| m.sentence == i).cloned().collect();
            let input = SentenceInput {
                doc: &doc.id,
                text: &doc.text,
                sentence,
                index: i,
                lang,
                date: doc.meta.date.as_deref(),
                mentions: &mentions,
                resolver,
            };
            let (e, d) = self.code_sentence_with(&input, &version, &chars);
            events.extend(e);
            diags.extend(d);
        }
        (events, diags)
    }

    fn lexicon_hash(&self) -> String {
        self.lexicon_hash.clone()
    }
}

fn pos_name(p: PredPos) -> &'static str {
    match p {
        PredPos::Verb => "verb",
        PredPos::Noun => "noun",
        PredPos::Light => "light",
    }
}

fn modality_words(m: Modality, negated: bool) -> &'static str {
    match (m, negated) {
        (_, true) => "the text says it did not happen",
        (Modality::Asserted, _) => "asserted",
        (Modality::Intent, _) => "announced or intended",
        (Modality::Conditional, _) => "conditional or announced negative act: a threat",
        (Modality::Hypothetical, _) => "hypothetical or question",
    }
}

fn pick_date(
    dates: &[crate::dates::DateExpr],
    clause: &[usize],
    publication: Option<Day>,
    future: bool,
    in_other_clause: impl Fn(usize) -> bool,
) -> crate::dates::DateResolution {
    // A lone date elsewhere in the sentence ("said on Monday that …") dates the event too,
    // unless it belongs to another act's clause ("the minister, who met X on Monday, …").
    let lone = if dates.len() == 1 { dates.first().filter(|d| !in_other_clause(d.word)) } else { None };
    let chosen = dates.iter().find(|d| clause.contains(&d.word)).or(lone);
    match chosen {
        Some(d) => resolve(d, publication, future),
        None if dates.is_empty() => {
            crate::dates::DateResolution { date: None, reason: "no date expression in the sentence".into() }
        }
        None => crate::dates::DateResolution {
            date: None,
            reason: "several date expressions, none in the event's clause".into(),
        },
    }
}

// ---------------------------------------------------------------------------------------
// Code transformations for modality and governing predicates.

/// Root-01 codes the conventions do not code: comments, declining to comment, hopes,
/// considering an option, denials. Concern (012), condolences (018) and the like are acts
/// towards the target and stay.
fn is_plain_statement(code: &str) -> bool {
    matches!(code, "010" | "011" | "013" | "014" | "016")
}

/// Whether an actor names a country or organisation, not only a sector ("---MIL").
/// A country that owns a sector word ("officials of Gondor", "Niger's junta") takes the
/// sector, unless it names one itself or is an IGO.
fn owner_with_sectors(mut a: ArgActor, sectors: &[String]) -> ArgActor {
    if a.actor.sectors.is_empty() && !a.actor.country.starts_with("IGO") {
        a.actor.code = augur_core::Actor::derive_code(&a.actor.country, sectors);
        a.actor.sectors = sectors.to_vec();
    }
    a
}

fn has_country(a: &Actor) -> bool {
    !(a.country.is_empty() || a.country.starts_with("---"))
}

fn root_num(code: &str) -> u8 {
    code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0)
}

fn is_conflict(code: &str) -> bool {
    root_num(code) >= 14
}

/// The intent (03x) code of a cooperative act; other codes unchanged.
pub fn intent_of(code: &str) -> String {
    let c = match code {
        _ if code.starts_with("03") => code,
        _ if code.starts_with("04") => "036",
        "057" => "030",
        _ if code.starts_with("05") => "032",
        "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        _ if code.starts_with("06") => "031",
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        _ if code.starts_with("07") => "033",
        "081" | "0811" | "0812" | "0813" | "0814" => "0351",
        "082" => "0352",
        "083" | "0831" | "0832" | "0833" | "0834" => "034",
        "084" | "0841" | "0842" => "0353",
        "085" => "0354",
        "086" | "0861" | "0862" | "0863" => "0355",
        _ if code.starts_with("087") => "0356",
        _ if code.starts_with("08") => "035",
        _ => code,
    };
    c.to_string()
}

/// The threat (13x) code of an announced or conditional negative act.
pub fn threat_of(code: &str) -> String {
    let c = match code {
        _ if code.starts_with("13") => code,
        _ if code.starts_with("14") => "133",
        _ if code.starts_with("15") => "138",
        "161" => "1313",
        _ if code.starts_with("162") => "1311",
        "163" => "1312",
        "164" => "134",
        "165" => "135",
        _ if code.starts_with("166") => "136",
        _ if code.starts_with("16") => "131",
        "172" => "132",
        "1721" => "1321",
        "1722" => "1322",
        "1723" => "1323",
        "1724" => "1324",
        "173" | "174" => "132",
        _ if code.starts_with("17") => "130",
        _ if code.starts_with("18") => "137",
        "191" => "1381",
        "192" => "1382",
        _ if code.starts_with("19") => "1384",
        "204" | "2041" | "2042" => "1385",
        _ if code.starts_with("20") => "1383",
        _ => code,
    };
    c.to_string()
}

/// The rejection (12x) matching a refused act.
pub fn reject_of(code: &str) -> String {
    let c = match root_num(code) {
        12 => code,
        3 | 4 => "125",
        5 => "120",
        6 => "121",
        7 => "122",
        8 => "124",
        _ => "120",
    };
    c.to_string()
}

/// What a demand (10x) for an act is.
fn demand_of(code: &str) -> String {
    let c = match code {
        _ if code.starts_with("10") => code,
        _ if code.starts_with("04") || code.starts_with("03") => "106",
        _ if code.starts_with("06") => "101",
        _ if code.starts_with("07") => "103",
        "084" | "0841" | "0842" => "1053",
        "085" => "1054",
        _ if code.starts_with("087") => "1056",
        _ if code.starts_with("08") => "105",
        _ => return String::new(),
    };
    c.to_string()
}

/// What an appeal (02x) for an act is.
fn appeal_of(code: &str) -> String {
    let c = match code {
        _ if code.starts_with("02") => code,
        _ if code.starts_with("04") || code.starts_with("03") => "026",
        _ if code.starts_with("06") => "021",
        _ if code.starts_with("07") => "023",
        _ if code.starts_with("08") => "025",
        _ => return String::new(),
    };
    c.to_string()
}

// ---------------------------------------------------------------------------------------
// The tree.

/// A sentence with precomputed lemmas and children.
struct Tree<'a> {
    s: &'a Sentence,
    lang: Lang,
    fw: &'static FunctionWords,
    /// Lower-case lemma, with German separable particles joined.
    lemma: Vec<String>,
    form: Vec<String>,
    children: Vec<Vec<usize>>,
    /// Head of each word (`None` for the root), as the parser gave it except where a repair
    /// moved a word (dependents of a verb particle go to the verb).
    heads: Vec<Option<usize>>,
    /// Words that carry a date expression ("on Tuesday"): never an argument of a `prep=` row.
    dated: Vec<usize>,
    /// A complex preposition read as an adverb and "de" ("auprès de Tokyo"): the adverb is
    /// the argument's marker.
    markers: Vec<Option<String>>,
}

/// Moves word `c` under `h` in a tree being repaired (the caller keeps `children` sorted).
fn reattach(heads: &mut [Option<usize>], children: &mut [Vec<usize>], c: usize, h: usize) {
    if let Some(old) = heads[c] {
        children[old].retain(|&k| k != c);
    }
    heads[c] = Some(h);
    children[h].push(c);
}

/// French adverbs that with "de" or "à" make a preposition ("auprès de", "face à").
const FR_COMPLEX_PREPOSITIONS: &[&str] = &["auprès", "autour", "près", "face", "lors", "hors"];

const CLAUSAL: &[&str] = &["ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"];

impl<'a> Tree<'a> {
    fn new(s: &'a Sentence, lang: Lang) -> Tree<'a> {
        let n = s.words.len();
        let mut children = vec![Vec::new(); n];
        for (i, w) in s.words.iter().enumerate() {
            if w.head >= 1 && w.head <= n && w.head - 1 != i {
                children[w.head - 1].push(i);
            }
        }
        let form: Vec<String> = s.words.iter().map(|w| w.form.to_lowercase()).collect();
        let mut lemma: Vec<String> = s
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let l = w.lemma.trim();
                if l.is_empty() || l == "_" {
                    form[i].clone()
                } else {
                    l.to_lowercase()
                }
            })
            .collect();
        if lang == Lang::De {
            for (i, w) in s.words.iter().enumerate() {
                if w.upos == "VERB" {
                    if let Some(g) = crate::lang::german_verb_lemma(&form[i], &lemma[i]) {
                        lemma[i] = g;
                    }
                }
            }
        }
        let mut heads: Vec<Option<usize>> = s
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.head >= 1 && w.head <= n && w.head - 1 != i).then(|| w.head - 1))
            .collect();
        for i in 0..n {
            // English parsers often tag the particle right after the verb as `advmod`
            // ("hand over", "pull out"); it is a particle all the same.
            let prts: Vec<usize> = children[i]
                .iter()
                .copied()
                .filter(|&c| {
                    s.words[c].deprel == "compound:prt"
                        || (lang == Lang::En
                            && c == i + 1
                            && s.words[c].udeprel() == "advmod"
                            && s.words[i].upos == "VERB"
                            && EN_PARTICLES.contains(&lemma[c].as_str()))
                })
                .collect();
            // "handed over 700 kg of medicine": a particle right after the verb that the parser
            // hung under the object is the verb's particle too (not "up to 4,000 troops").
            let stray = (lang == Lang::En
                && s.words[i].upos == "VERB"
                && i + 1 < n
                && !children[i].contains(&(i + 1))
                && s.words[i + 1].udeprel() == "advmod"
                && matches!(s.words[i + 1].upos.as_str(), "ADP" | "ADV")
                && EN_PARTICLES.contains(&lemma[i + 1].as_str())
                && !children[i + 1].iter().any(|&k| s.words[k].udeprel() == "fixed"))
            .then_some(i + 1);
            if let Some(c) = stray {
                reattach(&mut heads, &mut children, c, i);
            }
            for c in prts.into_iter().chain(stray) {
                let p = lemma[c].clone();
                // German joins the particle in front ("vor" + "werfen"); English phrasal
                // verbs are written `lemma_particle` ("rule_out").
                if lang == Lang::De && !lemma[i].starts_with(&p) {
                    lemma[i] = format!("{p}{}", lemma[i]);
                } else if lang != Lang::De && !lemma[i].contains('_') {
                    lemma[i] = format!("{}_{p}", lemma[i]);
                }
                // What the parser hung under the particle ("handed over to Britain") belongs
                // to the verb.
                for k in std::mem::take(&mut children[c]) {
                    heads[k] = Some(i);
                    children[i].push(k);
                }
            }
            children[i].sort_unstable();
        }
        // "a protesté auprès de Pékin" parsed as the adverb "auprès" with "de Pékin" under
        // it: the phrase is the head's argument, marked "auprès".
        let mut markers: Vec<Option<String>> = vec![None; n];
        if lang == Lang::Fr {
            for a in 0..n {
                if s.words[a].upos != "ADV" || !FR_COMPLEX_PREPOSITIONS.contains(&lemma[a].as_str()) {
                    continue;
                }
                let Some(h) = heads[a] else { continue };
                let args: Vec<usize> = children[a]
                    .iter()
                    .copied()
                    .filter(|&c| {
                        children[c].iter().any(|&k| {
                            s.words[k].udeprel() == "case"
                                && matches!(lemma[k].as_str(), "de" | "d'" | "du" | "des" | "à" | "au" | "aux")
                        })
                    })
                    .collect();
                for c in args {
                    reattach(&mut heads, &mut children, c, h);
                    children[h].sort_unstable();
                    markers[c] = Some(lemma[a].clone());
                }
            }
        }
        let dated = find_dates(s, lang).into_iter().map(|d| d.word).collect();
        Tree { s, lang, fw: FunctionWords::of(lang), lemma, form, children, heads, dated, markers }
    }

    fn deprel(&self, i: usize) -> &str {
        &self.s.words[i].deprel
    }

    fn udeprel(&self, i: usize) -> &str {
        self.s.words[i].udeprel()
    }

    fn head(&self, i: usize) -> Option<usize> {
        self.heads[i]
    }

    fn kids(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    fn kids_rel<'b>(&'b self, i: usize, rels: &'b [&'b str]) -> impl Iterator<Item = usize> + 'b {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| rels.contains(&self.deprel(c)) || rels.contains(&self.udeprel(c)))
    }

    fn upos(&self, i: usize) -> &str {
        &self.s.words[i].upos
    }

    /// The case marker (or a mark) of a nominal, lower-case.
    fn case_marker(&self, i: usize) -> Option<&str> {
        if let Some(m) = &self.markers[i] {
            return Some(m);
        }
        // Quotation marks tagged as `case` by a parser are not prepositions.
        self.children[i]
            .iter()
            .find(|&&c| self.udeprel(c) == "case" && self.s.words[c].form.chars().any(char::is_alphabetic))
            .map(|&c| match self.lemma[c].as_str() {
                // Russian prepositions take a vowel before some clusters: "со своим коллегой".
                "со" => "с",
                "во" => "в",
                "ко" => "к",
                "обо" => "о",
                other => other,
            })
    }

    /// How the mention spanning `words` hangs under `w`: `None` unless through possessor-like
    /// or place links only ("the spokesman of the ministry", "der Sprecher des Ministeriums",
    /// "officials in Gondor"), not through another preposition ("ein Veto gegen Sanktionen
    /// gegen Nordkorea" names no actor for the veto); `Some(true)` when the path passes a
    /// locative marker ("Demonstrators in Baghdad").
    fn mention_path(&self, w: usize, words: (usize, usize)) -> Option<bool> {
        let inside = |u: usize| words.0 <= u && u <= words.1;
        let mut u = (words.0..=words.1.min(self.s.words.len().saturating_sub(1)))
            .find(|&u| self.head(u).is_none_or(|h| !inside(h)))?;
        let mut crossed = false;
        for _ in 0..self.s.words.len() {
            if u == w {
                return Some(crossed);
            }
            if let Some(c) = self.case_marker(u) {
                // "officials in Gondor", "soldiers from Gondor", "strikes on targets in
                // Lebanon" belong to or aim at the place's country.
                let locative = has(self.fw.locative_markers, c);
                let place = locative || has(&["from", "aus", "из"], c);
                if !(has(self.fw.genitive_markers, c) || place) {
                    return None;
                }
                crossed |= locative;
            }
            u = self.head(u)?;
        }
        None
    }

    fn mark(&self, i: usize) -> Option<&str> {
        self.children[i].iter().find(|&&c| self.udeprel(c) == "mark").map(|&c| self.lemma[c].as_str())
    }

    /// German "wird … reisen" parsed as a passive: an infinitive with `werden` is a future.
    fn werden_future(&self, v: usize) -> bool {
        self.lang == Lang::De
            && self.s.words[v].feat("VerbForm") == Some("Inf")
            && self.children[v].iter().any(|&c| self.udeprel(c) == "aux" && self.lemma[c] == "werden")
    }

    /// Two or more subjects of `v`, one before the finite verb or auxiliary and the others
    /// after it: the first is the subject, the others are objects the parser misread ("Polen
    /// hat die Botschafterin Russlands einbestellt", "Der Westen kritisierte Russland").
    fn split_subjects(&self, v: usize) -> Option<(usize, Vec<usize>)> {
        let subjects: Vec<usize> = self.kids_rel(v, &["nsubj"]).collect();
        if subjects.len() < 2 {
            return None;
        }
        let finite = self.auxes(v).filter(|&a| self.deprel(a) != "cop").chain([v]).min().unwrap_or(v);
        let (before, after): (Vec<usize>, Vec<usize>) = subjects.iter().partition(|&&c| c < finite);
        (before.len() == 1 && !after.is_empty()).then(|| (before[0], after))
    }

    /// A reflexive verb the parser labelled passive: "se" as `expl:pass` with neither a
    /// passive auxiliary nor an agent ("Le chancelier s'est entretenu avec …", "se reunió
    /// con …"). Its `nsubj:pass` is the acting subject.
    fn reflexive_middle(&self, v: usize) -> bool {
        let kids = &self.children[v];
        kids.iter().any(|&c| self.deprel(c) == "expl:pass")
            && !kids.iter().any(|&c| matches!(self.deprel(c), "aux:pass" | "obl:agent"))
            && !kids.iter().any(|&c| {
                matches!(self.udeprel(c), "obl" | "nmod")
                    && self.case_marker(c).is_some_and(|m| has(self.fw.agent_markers, m))
            })
    }

    /// The word's mood: the tagger's, or for French verbs the conditional that the ending
    /// shows when the tagger missed it ("envisagerait" tagged indicative).
    fn mood(&self, i: usize) -> Option<&str> {
        let tagged = self.s.words[i].feat("Mood");
        if self.lang == Lang::Fr && tagged != Some("Cnd") && french_ending(self, i) == Some("Cnd") {
            return Some("Cnd");
        }
        tagged
    }

    /// The word's tense, with the French future read from the ending ("se rendra").
    fn tense(&self, i: usize) -> Option<&str> {
        let tagged = self.s.words[i].feat("Tense");
        if self.lang == Lang::Fr && tagged != Some("Fut") && french_ending(self, i) == Some("Fut") {
            return Some("Fut");
        }
        tagged
    }

    fn is_passive(&self, v: usize) -> bool {
        if self.werden_future(v) || self.reflexive_middle(v) {
            return false;
        }
        let kids = &self.children[v];
        // "La France est intervenue": être of an unaccusative verb read as a passive
        // auxiliary, with an active subject and no passive one.
        if kids.iter().any(|&c| self.deprel(c) == "nsubj")
            && !kids.iter().any(|&c| matches!(self.deprel(c), "nsubj:pass" | "csubj:pass"))
        {
            return false;
        }
        kids.iter().any(|&c| matches!(self.deprel(c), "nsubj:pass" | "aux:pass" | "csubj:pass"))
            // Taggers mark past participles Voice=Pass in active perfects too: trust the
            // feature only when the verb has no active subject or object.
            || (self.s.words[v].feat("Voice") == Some("Pass")
                && self.upos(v) == "VERB"
                && !self.children[v].iter().any(|&c| matches!(self.deprel(c), "nsubj" | "obj")))
    }

    fn auxes(&self, v: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[v].iter().copied().filter(move |&c| self.udeprel(c) == "aux" || self.deprel(c) == "cop")
    }

    fn negated(&self, v: usize) -> bool {
        let neg_child = |c: usize| {
            (matches!(self.udeprel(c), "advmod" | "neg" | "det" | "part" | "aux" | "cc")
                && (has(self.fw.negators, &self.lemma[c]) || has(self.fw.negators, &self.form[c])))
                || (self.s.words[c].feat("Polarity") == Some("Neg") && self.udeprel(c) != "conj")
        };
        if self.children[v].iter().any(|&c| neg_child(c)) {
            return true;
        }
        // "verhängten keine Sanktionen", "imposed no sanctions".
        self.kids_rel(v, &["obj"]).any(|o| self.children[o].iter().any(|&c| self.udeprel(c) == "det" && neg_child(c)))
    }

    fn hypothetical(&self, v: usize) -> bool {
        if self.mark(v).is_some_and(|m| has(self.fw.conditional_marks, m)) {
            return true;
        }
        // An indirect or direct yes-no question: "unclear whether Iran will retaliate",
        // "offen, ob Russland angreift", "нападет ли Китай".
        if self
            .kids(v)
            .iter()
            .any(|&c| matches!(self.udeprel(c), "mark" | "advmod" | "part") && has(QUESTION_MARKS, &self.lemma[c]))
        {
            return true;
        }
        if self.reported_future(v) {
            return false;
        }
        // A modal verb heading the act's infinitive ("может ввести", "puede atacar").
        if has(self.fw.hypothetical_aux, &self.lemma[v]) && self.kids_rel(v, &["xcomp"]).next().is_some() {
            return true;
        }
        // "a meeting is possible", "ein Treffen ist möglich", "встреча возможна".
        if self.upos(v) == "ADJ" && has(POSSIBLE, &self.lemma[v]) {
            return true;
        }
        let cnd = |i: usize| self.mood(i) == Some("Cnd");
        if cnd(v) {
            return true;
        }
        self.children[v].iter().any(|&c| {
            let aux_like = matches!(self.udeprel(c), "aux" | "advmod" | "part" | "cop");
            aux_like
                && (has(self.fw.hypothetical_aux, &self.form[c])
                    || has(self.fw.hypothetical_aux, &self.lemma[c])
                    || cnd(c))
        })
    }

    /// "will withdraw its troops unless …", "à moins que …", "a menos que …": an act
    /// announced under a negative condition is a threat, whatever the act.
    fn has_unless_clause(&self, v: usize) -> bool {
        self.kids_rel(v, &["advcl"]).any(|c| {
            self.kids(c).iter().any(|&m| {
                if self.udeprel(m) != "mark" {
                    return false;
                }
                let mut words = vec![self.lemma[m].as_str()];
                words.extend(self.kids_rel(m, &["fixed"]).map(|f| self.lemma[f].as_str()));
                matches!(words.as_slice(), ["unless", ..] | ["à", "moins", ..] | ["a", "menos", ..])
            })
        })
    }

    fn has_conditional_clause(&self, v: usize) -> bool {
        self.kids_rel(v, &["advcl"]).any(|c| self.mark(c).is_some_and(|m| has(self.fw.conditional_marks, m)))
    }

    /// The future of reported speech: "said it would send tanks", "sagte, Russland würde …
    /// liefern", "a dit qu'il enverrait", "dijo que enviaría" announce an act; only a
    /// condition makes them hypothetical. Russian "бы" stays hypothetical.
    fn reported_future(&self, v: usize) -> bool {
        if self.lang == Lang::Ru || !self.reported(v) || self.has_conditional_clause(v) {
            return false;
        }
        let would = |i: usize| match self.lang {
            Lang::En => self.form[i] == "would" || self.form[i] == "'d",
            Lang::De => self.lemma[i] == "werden",
            _ => false,
        };
        let cnd = |i: usize| self.mood(i) == Some("Cnd");
        let aux_would = self.kids_rel(v, &["aux"]).any(would);
        let other_modal =
            self.kids_rel(v, &["aux"]).any(|a| !would(a) && has(self.fw.hypothetical_aux, &self.lemma[a]));
        (aux_would || (matches!(self.lang, Lang::Fr | Lang::Es) && cnd(v))) && !other_modal
    }

    fn future(&self, v: usize) -> bool {
        if self.tense(v) == Some("Fut") || self.reported_future(v) || self.werden_future(v) {
            return true;
        }
        self.auxes(v).any(|a| {
            let w = &self.s.words[a];
            if self.tense(a) == Some("Fut") {
                return true;
            }
            self.deprel(a) == "aux"
                && (has(self.fw.future_aux, &self.lemma[a]) || has(self.fw.future_aux, &self.form[a]))
                && w.feat("Mood") != Some("Sub")
                && w.feat("Tense") != Some("Past")
                && !has(self.fw.hypothetical_aux, &self.form[a])
        })
    }

    /// A nominal event planned by its own clause: "ein Gipfeltreffen, das am Freitag
    /// stattfinden soll", "a summit to be held on Friday", "the visit that will take place".
    /// Returns the planning clause's verb. Parsers often attach the relative clause to the
    /// last noun of the phrase ("ein Treffen der Minister, das … soll"), so the clause may
    /// hang below the nominal's modifiers when its relative pronoun agrees with the nominal.
    fn planned_nominal(&self, n: usize) -> Option<usize> {
        let planning = |c: usize| {
            self.future(c)
                || self.auxes(c).any(|a| matches!(self.lemma[a].as_str(), "sollen" | "devoir" | "deber"))
                || (self.lang == Lang::En
                    && self.kids(c).iter().any(|&m| self.udeprel(m) == "mark" && self.lemma[m] == "to"))
        };
        if let Some(c) = self.kids_rel(n, &["acl", "acl:relcl"]).find(|&c| planning(c)) {
            return Some(c);
        }
        // Modifiers of the nominal, a few levels down.
        let mut below: Vec<usize> = Vec::new();
        let mut frontier = vec![n];
        for _ in 0..3 {
            let mut next = Vec::new();
            for &k in &frontier {
                for &c in self.kids(k) {
                    if matches!(self.udeprel(c), "nmod" | "conj" | "appos" | "flat") {
                        next.push(c);
                    }
                }
            }
            below.extend(&next);
            frontier = next;
        }
        let agrees = |rel: usize| {
            let pron = &self.s.words[rel];
            let noun = &self.s.words[n];
            ["Gender", "Number"].iter().all(|f| match (pron.feat(f), noun.feat(f)) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            })
        };
        below.into_iter().flat_map(|k| self.kids_rel(k, &["acl", "acl:relcl"]).collect::<Vec<_>>()).find(|&c| {
            planning(c)
                && self.kids(c).iter().any(|&p| {
                    self.udeprel(p) == "nsubj"
                        && self.s.words[p].feat("PronType").is_some_and(|t| t.contains("Rel"))
                        && agrees(p)
                })
        })
    }

    /// The verb of a violation in `v`'s clausal complement ("claimed that Russia would
    /// violate", "behauptet, Russland würde gegen … verstoßen"), through coordination.
    fn violation_complement(&self, v: usize) -> Option<usize> {
        // A complement clause after a comma is often attached as a conjunct with its own
        // subject ("haben behauptet, Russland würde … verstoßen").
        let clausal_conj =
            self.kids_rel(v, &["conj"]).filter(|&c| self.kids_rel(c, &["nsubj"]).next().is_some() && c > v);
        let mut frontier: Vec<usize> = self.kids_rel(v, &["ccomp", "parataxis"]).chain(clausal_conj).collect();
        for _ in 0..2 {
            if let Some(&c) = frontier.iter().find(|&&c| has(self.fw.violation_verbs, &self.lemma[c])) {
                return Some(c);
            }
            frontier =
                frontier.iter().flat_map(|&c| self.kids_rel(c, &["conj", "xcomp"]).collect::<Vec<_>>()).collect();
        }
        None
    }

    /// A finite present-tense verb without auxiliaries whose own clause holds an unmarked
    /// weekday ("trifft am Montag").
    fn scheduled_present(&self, v: usize, dates: &[crate::dates::DateExpr]) -> bool {
        let w = &self.s.words[v];
        w.feat("Tense") == Some("Pres")
            && w.feat("VerbForm") == Some("Fin")
            && w.feat("Mood") != Some("Sub")
            && self.auxes(v).next().is_none()
            && !has(self.fw.speech_verbs, &self.lemma[v])
            && dates.iter().any(|d| {
                matches!(d.kind, crate::dates::DateKind::Weekday(_, 0)) && self.clause_words(v).contains(&d.word)
            })
    }

    /// Whether word `w` lies in a clause that modifies a nominal (a relative clause or other
    /// `acl`): such a clause tells its own act.
    fn inside_modifier_clause(&self, w: usize) -> bool {
        let mut k = w;
        for _ in 0..self.s.words.len() {
            if self.udeprel(k) == "acl" {
                return true;
            }
            match self.head(k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    }

    /// The verb that receives nominal `n` as its object ("received aid"), if any.
    fn receiving_verb(&self, n: usize) -> Option<usize> {
        self.governing_object_of(n, self.fw.receive_verbs)
    }

    /// The verb that enacts nominal `n` as its object ("announced a suspension"), if any.
    fn enacting_verb(&self, n: usize) -> Option<usize> {
        self.governing_object_of(n, self.fw.enact_verbs)
    }

    /// Whether word `c` is marked accusative or dative: of two "subjects", such a one is
    /// the object ("Kiew hat Moskau beschuldigt" read as two subjects).
    fn oblique_case(&self, c: usize) -> bool {
        matches!(self.s.words[c].feat("Case"), Some("Acc" | "Dat"))
    }

    /// The head of `n` when `n` is its object and the head's lemma is one of `verbs`.
    fn governing_object_of(&self, n: usize, verbs: &[&str]) -> Option<usize> {
        let h = self.head(n)?;
        (self.udeprel(n) == "obj" && has(verbs, &self.lemma[h])).then_some(h)
    }

    /// A modal of intent as auxiliary ("wollen" in UD German: "wollen … verstärken").
    fn intent_aux(&self, v: usize) -> bool {
        self.auxes(v).any(|a| self.deprel(a) == "aux" && has(self.fw.intent_verbs, &self.lemma[a]))
    }

    /// The verb or predicate adjective whose argument the nominal `n` is (itself if none):
    /// modality of "would host a meeting" comes from there.
    fn governing_verb(&self, n: usize) -> usize {
        let mut k = n;
        for _ in 0..4 {
            if !matches!(self.udeprel(k), "obj" | "obl" | "nmod" | "nsubj" | "iobj") {
                break;
            }
            let Some(h) = self.head(k) else { break };
            if matches!(self.upos(h), "VERB" | "ADJ" | "AUX") {
                return h;
            }
            k = h;
        }
        n
    }

    /// `v` and the verbs it is the `xcomp` of ("will try to attack", "wollen … verstärken").
    fn control_chain(&self, v: usize) -> Vec<usize> {
        let mut out = vec![v];
        let mut k = v;
        // Coordinated verbs share auxiliaries ("müssten … abziehen und … aufheben").
        while (self.udeprel(k) == "xcomp" || (self.udeprel(k) == "conj" && self.upos(k) == "VERB")) && out.len() < 4 {
            match self.head(k) {
                Some(h) => {
                    out.push(h);
                    k = h;
                }
                None => break,
            }
        }
        out
    }

    /// Whether a verb of saying governs the clause (reported speech).
    fn reported(&self, v: usize) -> bool {
        let mut k = v;
        for _ in 0..4 {
            if !matches!(self.udeprel(k), "ccomp" | "parataxis") {
                return false;
            }
            let Some(h) = self.head(k) else { return false };
            if has(self.fw.speech_verbs, &self.lemma[h]) {
                return true;
            }
            k = h;
        }
        false
    }

    /// Whether a non-factive verb (claim, suspect, deny, hope), a noun of mere aim (efforts,
    /// attempt, Versuch) or a report ("reports of a meeting") governs the clause or noun.
    fn under_nonfactive(&self, v: usize) -> bool {
        let mut k = v;
        for _ in 0..5 {
            let rel = self.udeprel(k);
            if !matches!(rel, "ccomp" | "xcomp" | "advcl" | "acl" | "obj" | "obl" | "nmod" | "conj") {
                return false;
            }
            if rel == "advcl" && self.mark(k).is_some_and(|m| has(self.fw.adverbial_marks, m)) {
                return false;
            }
            let Some(h) = self.head(k) else { return false };
            if rel != "conj" && has(self.fw.nonfactive_verbs, &self.lemma[h]) {
                return true;
            }
            if self.upos(h) == "NOUN"
                && ((matches!(rel, "acl" | "xcomp" | "ccomp" | "nmod")
                    && has(self.fw.nonfactual_nouns, &self.lemma[h]))
                    || (rel == "nmod" && has(self.fw.report_nouns, &self.lemma[h])))
            {
                return true;
            }
            k = h;
        }
        false
    }

    /// Words of the clause of `v`: its subtree without nested clauses.
    fn clause_words(&self, v: usize) -> Vec<usize> {
        let mut out = vec![v];
        let mut stack = vec![v];
        while let Some(k) = stack.pop() {
            for &c in &self.children[k] {
                if CLAUSAL.contains(&self.udeprel(c))
                    || self.udeprel(c) == "conj" && self.upos(c) == "VERB"
                    || out.contains(&c)
                {
                    continue;
                }
                out.push(c);
                stack.push(c);
            }
        }
        out.sort_unstable();
        out
    }

    /// A nominal's words for its text: the subtree without clauses, coordination, appositions.
    fn phrase(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(k) = stack.pop() {
            for &c in &self.children[k] {
                let r = self.udeprel(c);
                if CLAUSAL.contains(&r)
                    || matches!(r, "conj" | "cc" | "punct" | "appos" | "case" | "mark" | "dep")
                    || out.contains(&c)
                {
                    continue;
                }
                out.push(c);
                stack.push(c);
            }
        }
        out.sort_unstable();
        out
    }

    /// The part of `i`'s phrase that can name an actor: the phrase cut before a dependent
    /// that names the target of a nested act ("die Verabschiedung neuer Sanktionen | gegen
    /// Nordkorea" names no actor for a veto of it).
    fn actor_span(&self, i: usize) -> Span {
        let p = self.phrase(i);
        let first = p.first().copied().unwrap_or(i);
        let mut last = p.last().copied().unwrap_or(i);
        for &u in &p {
            if u <= i || !matches!(self.udeprel(u), "nmod" | "obl") {
                continue;
            }
            if let Some(c) = self.case_marker(u) {
                if has(AGAINST, c) {
                    // The subtree starts at its leftmost word (usually the preposition).
                    let start = self.children[u].iter().copied().chain(std::iter::once(u)).min().unwrap_or(u);
                    if start > i && start <= last {
                        last = start - 1;
                    }
                }
            }
        }
        self.s.words_span(first, last.max(i))
    }

    /// `i` and its conjuncts (recursively).
    fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let cur = out[k];
            for c in self.kids_rel(cur, &["conj"]) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out
    }

    fn is_reflexive(&self, c: usize) -> bool {
        self.s.words[c].feat("Reflex") == Some("Yes")
            || has(self.fw.reflexives, &self.lemma[c])
            || matches!(self.deprel(c), "expl:pv" | "expl:pass")
    }

    fn is_personal_pronoun(&self, c: usize) -> bool {
        let w = &self.s.words[c];
        w.upos == "PRON" && w.feat("PronType") == Some("Prs") && w.feat("Reflex") != Some("Yes")
    }

    /// The verb of saying whose complement clause `k` is.
    fn speech_governor(&self, k: usize) -> Option<usize> {
        if !matches!(self.udeprel(k), "ccomp" | "parataxis") {
            return None;
        }
        let h = self.head(k)?;
        has(self.fw.speech_verbs, &self.lemma[h]).then_some(h)
    }

    fn is_relative(&self, c: usize) -> bool {
        self.s.words[c].feat("PronType") == Some("Rel")
            || (matches!(self.upos(c), "PRON" | "DET") && has(self.fw.relatives, &self.lemma[c]))
    }

    fn is_genitive(&self, c: usize) -> bool {
        if self.deprel(c) == "nmod:poss" || self.deprel(c) == "nmod:gen" {
            return true;
        }
        match self.case_marker(c) {
            Some(m) => has(self.fw.genitive_markers, m),
            // Indeclinable names ("der USA") show the genitive on their determiner.
            // A German noun modifier without preposition is a genitive attribute, whatever
            // case the tagger guessed.
            None => {
                self.udeprel(c) == "nmod"
                    && (self.lang == Lang::De
                        || self.s.words[c].feat("Case") == Some("Gen")
                        || self.kids_rel(c, &["det"]).any(|d| self.s.words[d].feat("Case") == Some("Gen")))
            }
        }
    }

    /// The event location: a gazetteer place in a locative argument of the predicate.
    fn location(&self, v: usize, noun: usize, text: &str) -> Option<Location> {
        let g = Gazetteer::get();
        let mut cands: Vec<usize> = Vec::new();
        for p in [v, noun] {
            for &c in &self.children[p] {
                if matches!(self.udeprel(c), "obl" | "nmod")
                    && self.case_marker(c).is_some_and(|m| has(self.fw.locative_markers, m))
                {
                    cands.push(c);
                }
            }
        }
        for c in cands {
            let words = self.phrase(c);
            for use_lemma in [false, true] {
                let toks: Vec<&str> = words
                    .iter()
                    .map(|&w| if use_lemma { self.lemma[w].as_str() } else { self.s.words[w].form.as_str() })
                    .collect();
                if let Some((a, b, loc)) = g.find_in(&toks) {
                    let mut loc = loc.clone();
                    let span = self.s.words[words[a]].span.cover(self.s.words[words[b]].span);
                    loc.span = span.slice(text).map(|_| span);
                    return Some(loc);
                }
            }
        }
        None
    }
}

// ---------------------------------------------------------------------------------------
// Predicates.

struct Pred<'e> {
    /// The word carrying the entry: the verb, or the noun of NOUN and LIGHT rows.
    word: usize,
    /// The verb of VERB and LIGHT rows.
    verb: Option<usize>,
    entry: &'e Entry,
}

fn conds_hold(t: &Tree<'_>, v: usize, noun: Option<usize>, e: &Entry) -> bool {
    e.conds.iter().all(|c| match c {
        Cond::Prt(p) => {
            t.kids(v).iter().any(|&k| t.deprel(k) == "compound:prt" && t.lemma[k] == *p)
                || t.lemma[v].starts_with(p.as_str())
        }
        Cond::Prep(p) => {
            let mut nodes = vec![v];
            nodes.extend(noun);
            nodes.iter().any(|&n| {
                t.kids(n).iter().any(|&k| {
                    matches!(t.udeprel(k), "obl" | "nmod" | "obj" | "iobj" | "xcomp" | "advcl" | "ccomp")
                        && (t.case_marker(k) == Some(p.as_str()) || t.mark(k) == Some(p.as_str()))
                        && !t.dated.contains(&k)
                })
            })
        }
        // A phrasal verb ("call_off") is matched as written; other lemmas also through the
        // repairs of `lemma_candidates` ("gesperren" → sperren).
        Cond::Verb(vs) => {
            noun.is_some()
                && (vs.contains(&t.lemma[v])
                    || (!t.lemma[v].contains('_') && lemma_candidates(t, v).iter().any(|l| vs.contains(l))))
        }
        Cond::Refl => t.kids(v).iter().any(|&k| t.is_reflexive(k)),
        Cond::NoRefl => !t.kids(v).iter().any(|&k| t.is_reflexive(k)),
        Cond::Neg => t.negated(v),
        Cond::Obj => t.kids_rel(v, &["obj"]).next().is_some(),
        Cond::NoObj => t.kids_rel(v, &["obj"]).next().is_none(),
        Cond::NoXcomp => t.kids_rel(v, &["xcomp"]).next().is_none(),
        Cond::Viol => t.violation_complement(v).is_some(),
    })
}

fn find_predicates<'e>(t: &Tree<'_>, lex: &'e Lexicon) -> Vec<Pred<'e>> {
    let mut preds: Vec<Pred<'e>> = Vec::new();
    let n = t.s.words.len();
    let is_verb = |i: usize| matches!(t.upos(i), "VERB") || (t.upos(i) == "AUX" && t.deprel(i) == "root");
    // A noun after "an" is often tagged ADJ ("launched an offensive", "issued an
    // ultimatum"); as an argument it is still the noun.
    // A word tagged VERB in a nominal relation (no clause is an object or oblique) is a noun
    // the tagger missed ("отозвала посла/VERB"); a substantivised adjective as complement is one too
    // ("обменялись пленными").
    let is_noun = |i: usize| {
        matches!(t.upos(i), "NOUN" | "PROPN")
            || (t.upos(i) == "ADJ" && matches!(t.deprel(i), "obj" | "obl" | "nsubj" | "nsubj:pass" | "iobj" | "xcomp"))
            || (t.upos(i) == "VERB"
                && matches!(t.deprel(i), "obj" | "obl" | "iobj" | "nmod")
                && !matches!(t.s.words[i].feat("VerbForm"), Some("Inf" | "Ger" | "Conv")))
            // "вызвал посла/VERB": a complement tagged as a finite verb is a noun; a real
            // `xcomp` verb is non-finite.
            || (t.upos(i) == "VERB"
                && t.deprel(i) == "xcomp"
                && t.s.words[i].feat("VerbForm").is_some_and(|f| f == "Fin")
                && t.kids_rel(i, &["nsubj", "mark"]).next().is_none())
    };
    // The first lemma candidate with rows of this kind is looked up.
    let lookup = |i: usize, pos: PredPos| -> std::vec::IntoIter<&'e Entry> {
        for l in lemma_candidates(t, i) {
            let rows: Vec<&'e Entry> = lex.lookup(&l, pos).collect();
            if !rows.is_empty() {
                return rows.into_iter();
            }
        }
        Vec::new().into_iter()
    };
    // LIGHT first: the verb + noun pair is more specific than either alone.
    for i in (0..n).filter(|&i| is_noun(i)) {
        let Some(mut v) = t.head(i) else { continue };
        // "launched a series of strikes", "disparó decenas de cohetes": the act is the "of"
        // phrase of a quantity noun, which stands in the verb's argument slot.
        let mut slot = i;
        if t.udeprel(i) == "nmod" && has(t.fw.quantity_nouns, &t.lemma[v]) {
            if let Some(h) = t.head(v) {
                slot = v;
                v = h;
            }
        }
        // "a annoncé mercredi de nouvelles sanctions", "a mené dans la nuit de nouvelles
        // frappes": the object the parser hung under a time word belongs to the verb.
        if t.udeprel(i) == "nmod"
            && t.case_marker(i).is_some_and(|m| matches!(m, "de" | "d'" | "des"))
            && (t.dated.contains(&v) || has(TIME_NOUNS, &t.lemma[v]))
            && matches!(t.udeprel(v), "obl" | "obj")
        {
            if let Some(h) = t.head(v) {
                slot = v;
                v = h;
            }
        }
        // "bezeichnete den Konflikt als Provokation der USA", "called the strike an act of
        // aggression": a predicative noun parsed under the object belongs to the verb.
        if t.udeprel(i) == "nmod"
            && t.case_marker(i).is_some_and(|m| has(PREDICATIVE_MARKERS, m))
            && t.udeprel(v) == "obj"
        {
            match t.head(v) {
                Some(h) => v = h,
                None => continue,
            }
        }
        if !is_verb(v) || !matches!(t.udeprel(slot), "obj" | "nsubj" | "obl" | "iobj" | "xcomp" | "nmod") {
            continue;
        }
        // A subject is no light verb's noun, unless it is a second "subject" after the verb
        // that a parser made of the object ("разорвала отношения").
        let object_as_subject = slot > v && t.kids_rel(v, &["nsubj"]).any(|c| c < v);
        if t.udeprel(slot) == "nsubj" && t.deprel(slot) != "nsubj:pass" && !object_as_subject {
            continue;
        }
        if let Some(e) = lookup(i, PredPos::Light).find(|e| conds_hold(t, v, Some(i), e)) {
            preds.push(Pred { word: i, verb: Some(v), entry: e });
        }
    }
    for i in 0..n {
        if is_verb(i) && !preds.iter().any(|p| p.verb == Some(i)) {
            if let Some(e) = lookup(i, PredPos::Verb).find(|e| conds_hold(t, i, None, e)) {
                preds.push(Pred { word: i, verb: Some(i), entry: e });
            } else if reported_obligation(t, i) {
                preds.push(Pred { word: i, verb: Some(i), entry: obligation_entry() });
            }
        } else if t.upos(i) == "ADJ" && t.kids(i).iter().any(|&c| t.deprel(c) == "cop") && reported_obligation(t, i) {
            // "said the US must be ready to mediate".
            preds.push(Pred { word: i, verb: Some(i), entry: obligation_entry() });
        }
        // A word with no verb reading may still be a noun the tagger called a verb.
        let verb_taken = is_verb(i) && preds.iter().any(|p| p.verb == Some(i));
        if !verb_taken && is_noun(i) && !preds.iter().any(|p| p.word == i) {
            if let Some(e) = lookup(i, PredPos::Noun).find(|e| conds_hold(t, i, Some(i), e)) {
                preds.push(Pred { word: i, verb: None, entry: e });
            }
        }
    }
    preds.sort_by_key(|p| p.word);
    preds
}

/// French conditional and future forms by their endings, for verbs the tagger left
/// without the feature. Regular -er verbs build both on the infinitive ("déclarerait",
/// "enverra" aside): a plain "-erait" or "-era" is no imperfect or past ("déclarait",
/// "considéra"). Frequent irregular stems are listed.
fn french_ending(t: &Tree<'_>, i: usize) -> Option<&'static str> {
    if !matches!(t.upos(i), "VERB" | "AUX") {
        return None;
    }
    const IRREGULAR: &[&str] = &[
        "ser",
        "aur",
        "pourr",
        "devr",
        "fer",
        "ir",
        "voudr",
        "viendr",
        "enverr",
        "prendr",
        "mettr",
        "rendr",
        "recevr",
        "tiendr",
        "faudr",
        "verr",
        "saur",
        "reviendr",
        "obtiendr",
        "soutiendr",
        "interviendr",
    ];
    let f = t.form[i].as_str();
    let split = |endings: &[&str]| endings.iter().find_map(|e| f.strip_suffix(e));
    if let Some(stem) = split(&["raient", "rait", "rais"]) {
        let stem_r = format!("{stem}r");
        if stem.ends_with('e') && !stem.ends_with("ée") || IRREGULAR.contains(&stem_r.as_str()) {
            return Some("Cnd");
        }
    }
    if let Some(stem) = split(&["ront", "ra"]) {
        let stem_r = format!("{stem}r");
        if stem.ends_with('e') && stem.len() > 2 || IRREGULAR.contains(&stem_r.as_str()) {
            return Some("Fut");
        }
    }
    None
}

/// Particles and complementisers of yes-no questions ("si" in French and Spanish is also
/// "if", which `conditional_marks` covers).
const QUESTION_MARKS: &[&str] = &["whether", "ob", "ли"];

/// Modal verbs of obligation: as auxiliaries (must, müssen, sollen) or as the head of the
/// act's infinitive (devoir, deber, должен).
const DEONTIC: &[&str] =
    &["must", "should", "müssen", "sollen", "devoir", "deber", "должен", "должна", "должны", "должный", "обязан"];

/// The row of an act outside the lexicon that a speaker says another actor must do ("the
/// Bush administration declared that China must drop barriers"): coded only as the speaker's
/// demand (100) on that actor, never as an act of its own.
fn obligation_entry() -> &'static Entry {
    static E: std::sync::OnceLock<Entry> = std::sync::OnceLock::new();
    E.get_or_init(|| Entry {
        lemma: OBLIGATION.to_string(),
        pos: PredPos::Verb,
        conds: Vec::new(),
        target: Vec::new(),
        cameo: "100".to_string(),
        flags: Default::default(),
        gloss: "obligation stated in reported speech".to_string(),
        line: 0,
    })
}

const OBLIGATION: &str = "(obligation)";

/// The word that carries the obligation of verb `v`: `v` itself with a deontic auxiliary
/// ("must withdraw"), or the deontic verb it is the `xcomp` of ("должен вывести").
fn obligation_top(t: &Tree<'_>, v: usize) -> Option<usize> {
    if t.kids_rel(v, &["aux"]).any(|a| has(DEONTIC, &t.lemma[a]) || has(DEONTIC, &t.form[a])) {
        Some(v)
    } else {
        t.head(v).filter(|&h| t.udeprel(v) == "xcomp" && has(DEONTIC, &t.lemma[h]))
    }
}

/// Whether verb `v` is an obligation ("must", "should", "müssen", "devoir", "deber",
/// "должен") with a subject, in the complement of a verb of saying.
fn reported_obligation(t: &Tree<'_>, v: usize) -> bool {
    let Some(top) = obligation_top(t, v) else { return false };
    let subject = t.kids_rel(v, &["nsubj"]).chain(t.kids_rel(top, &["nsubj"])).next().is_some();
    subject && !t.negated(v) && !t.negated(top) && t.speech_governor(top).is_some()
}

/// Turns a frame whose act is an obligation stated in reported speech into the speaker's
/// demand (10x) on the obliged actor. Returns whether it did.
fn demanded_by_speaker(t: &Tree<'_>, args: &Args<'_>, frame: &mut Frame) -> bool {
    let v = frame.clause_head;
    let Some(top) = obligation_top(t, v) else { return false };
    if t.negated(v) || t.negated(top) {
        return false;
    }
    // Parsers also hang the said clause as `xcomp` when it has its own subject.
    let said = t.speech_governor(top).or_else(|| {
        let h = t.head(top)?;
        (t.udeprel(top) == "xcomp"
            && t.kids_rel(top, &["nsubj"]).next().is_some()
            && has(t.fw.speech_verbs, &t.lemma[h]))
        .then_some(h)
    });
    let Some(h) = said else { return false };
    let demand = demand_of(&frame.code);
    if demand.is_empty() {
        return false;
    }
    let (Some((w, _)), _) = subject_of(t, h) else { return false };
    let speakers = args.actors(w, "speaker of the obligation");
    if speakers.is_empty() || speakers.iter().any(|sp| frame.sources.iter().any(|s| s.actor.code == sp.actor.code)) {
        return false;
    }
    frame.targets = std::mem::replace(&mut frame.sources, speakers);
    frame.code = demand;
    frame.clause_head = h;
    frame.intent = false;
    frame.control_intent = false;
    frame.symmetric = false;
    true
}

/// The lemmas to look word `i` up under: its lemma, then (English) repairs of a lemmatiser
/// that cut too much ("blamed" → "blam", "shelled" → "shel", "ties" → "ti") and the form.
fn lemma_candidates(t: &Tree<'_>, i: usize) -> Vec<String> {
    let lemma = t.lemma[i].to_lowercase();
    let mut out = vec![lemma.clone()];
    if t.lang == Lang::En && lemma.len() >= 2 && lemma.is_ascii() {
        let last = lemma.chars().last().unwrap_or('e');
        if !"aeiouy".contains(last) {
            out.push(format!("{lemma}e"));
            out.push(format!("{lemma}{last}"));
        } else if lemma.len() == 2 {
            out.push(format!("{lemma}e"));
        }
    }
    // German participles the lemmatiser kept the "ge" of: "gedrohen" → drohen,
    // "angegreifen" → angreifen (after a separable particle).
    if t.lang == Lang::De && lemma.len() > 6 {
        if let Some(rest) = lemma.strip_prefix("ge") {
            out.push(rest.to_string());
        }
        const PARTICLES: &[&str] = &[
            "an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "fest", "frei", "weg", "los",
            "statt", "teil", "heraus", "hinaus", "vorbei", "zusammen",
        ];
        for pre in PARTICLES {
            if let Some(rest) = lemma.strip_prefix(pre).and_then(|r| r.strip_prefix("ge")) {
                if rest.len() >= 4 {
                    out.push(format!("{pre}{rest}"));
                }
            }
        }
    }
    let form = t.form[i].to_lowercase();
    // Past forms the lemmatiser cut wrongly ("raided" → raide, "vetoed" → vetoe): the form
    // without its ending, with -ied as -y and a doubled final consonant single.
    if t.lang == Lang::En && form.is_ascii() && form.len() >= 5 {
        if let Some(stem) = form.strip_suffix("ied") {
            out.push(format!("{stem}y"));
        } else if let Some(stem) = form.strip_suffix("ed") {
            out.push(stem.to_string());
            out.push(format!("{stem}e"));
            let b = stem.as_bytes();
            if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1]) {
                out.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    // German participles from the form: "geöffnet" → öffnen, "herabgestuft" → herabstufen.
    if t.lang == Lang::De && t.s.words[i].feat("VerbForm") == Some("Part") && form.ends_with('t') {
        const PARTICLES: &[&str] = &[
            "", "an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "fest", "frei", "weg",
            "los", "herab", "herauf", "hin", "her", "weiter", "wieder", "zusammen", "heraus", "hinaus",
        ];
        for pre in PARTICLES {
            let Some(rest) = form.strip_prefix(pre).and_then(|r| r.strip_prefix("ge")) else { continue };
            let Some(stem) = rest.strip_suffix('t') else { continue };
            if stem.chars().count() >= 3 {
                let inf = if stem.ends_with('e') { format!("{pre}{stem}n") } else { format!("{pre}{stem}en") };
                out.push(inf);
            }
        }
    }
    if !out.contains(&form) {
        out.push(form);
    }
    out
}

/// Adjectives that make the nominal act they predicate of a possibility.
const POSSIBLE: &[&str] = &[
    "possible",
    "likely",
    "möglich",
    "denkbar",
    "wahrscheinlich",
    "posible",
    "probable",
    "возможный",
    "вероятный",
    "возможен",
];

/// Markers of the victim of an attack-like noun ("the attack on Kyiv", "Angriff auf",
/// "attaque contre", "ataque contra", "нападение на").
const VICTIM: &[&str] = &["on", "against", "auf", "gegen", "contre", "sur", "contra", "на", "против"];

/// "against" in every language: its argument is the target of a nested hostile act.
const AGAINST: &[&str] = &["against", "gegen", "contre", "contra", "против"];

/// Markers of a predicative complement ("als", "as", "comme", "como", "как").
const PREDICATIVE_MARKERS: &[&str] = &["als", "as", "comme", "como", "как"];

/// English verb particles that parsers may attach as `advmod`.
/// Parts of the day that head a time phrase ("dans la nuit", "por la noche").
const TIME_NOUNS: &[&str] = &["nuit", "matinée", "soirée", "journée", "noche", "madrugada", "tarde", "jornada"];

/// Conjunctions that do not add a participant ("but", "or", "nor").
const NEGATIVE_CONJ: &[&str] = &["but", "or", "nor", "aber", "oder", "mais", "ou", "pero", "o", "но", "или"];

const EN_PARTICLES: &[&str] = &["over", "out", "off", "down", "back", "away", "in"];

/// Prepositions of time and concession in all languages (lowercase), beside each language's
/// adverbial subordinators.
const BACKGROUND_PREPS: &[&str] = &[
    "during",
    "amid",
    "despite",
    "seit",
    "während",
    "trotz",
    "inmitten",
    "pendant",
    "malgré",
    "durante",
    "tras",
    "pese",
    "несмотря",
    "во",
];

/// The predicate whose complement or argument contains predicate `pi`, if any.
fn governor(t: &Tree<'_>, preds: &[Pred<'_>], pi: usize) -> Option<usize> {
    let p = &preds[pi];
    let mut k = p.verb.unwrap_or(p.word);
    for _ in 0..5 {
        let rel = t.udeprel(k);
        if !matches!(rel, "xcomp" | "ccomp" | "obj" | "obl" | "nmod" | "advcl" | "acl" | "iobj" | "csubj") {
            return None;
        }
        if matches!(rel, "advcl" | "acl") && t.mark(k).is_some_and(|m| has(t.fw.adverbial_marks, m)) {
            return None;
        }
        if t.deprel(k) == "acl:relcl" {
            return None;
        }
        // "since the start of its offensive", "seit Beginn der Offensive": a temporal or
        // concessive adverbial is background, not what the predicate is about.
        if matches!(rel, "obl" | "nmod")
            && t.case_marker(k).is_some_and(|m| has(t.fw.adverbial_marks, m) || has(BACKGROUND_PREPS, m))
        {
            return None;
        }
        let h = t.head(k)?;
        if let Some(g) = preds.iter().position(|q| (q.verb == Some(h) || q.word == h) && !std::ptr::eq(q, p)) {
            return Some(g);
        }
        // Control verbs ("wants to", "plant") pass through; other verbs stop the search.
        if matches!(t.upos(h), "VERB" | "AUX") && !has(t.fw.intent_verbs, &t.lemma[h]) {
            return None;
        }
        k = h;
    }
    None
}

/// Whether a predicate codes its complement itself (intent, appeal, demand, accusation,
/// rejection, threat, investigation, denial) instead of letting it stand as a fact.
fn absorbs(g: &Pred<'_>) -> bool {
    let e = g.entry;
    e.flags.intent
        || e.flags.nonfactive
        || matches!(e.root(), "02" | "03" | "09" | "10" | "11" | "12" | "13")
        || e.cameo == "016"
}

// ---------------------------------------------------------------------------------------
// Arguments.

/// An actor filling a role, with where it is in the text.
#[derive(Debug, Clone)]
struct ArgActor {
    actor: Actor,
    text: String,
    span: Span,
    role: &'static str,
    from_mention: bool,
}

impl ArgActor {
    fn to_event_actor(&self, chars: &CharIndex) -> EventActor {
        EventActor {
            code: self.actor.code.clone(),
            text: self.text.clone(),
            span: self.span,
            span_char: chars.char_span(self.span),
            actor: self.actor.clone(),
        }
    }
}

struct Args<'a> {
    input: &'a SentenceInput<'a>,
    tree: &'a Tree<'a>,
    cache: RefCell<HashMap<usize, Vec<ArgActor>>>,
}

impl Args<'_> {
    /// The actors of the argument headed by `w` and its conjuncts.
    fn actors(&self, w: usize, role: &'static str) -> Vec<ArgActor> {
        let t = self.tree;
        let mut out: Vec<ArgActor> = Vec::new();
        // Conjuncts of the head, and those a parser hung on a word inside the phrase
        // ("die EU-Staaten, die USA und Polen" with the conjuncts under "EU").
        let mut words = t.conjuncts(w);
        for u in t.phrase(w) {
            for c in t.conjuncts(u).into_iter().skip(1) {
                if !words.contains(&c) {
                    words.push(c);
                }
            }
        }
        for c in words {
            for mut a in self.actors_one(c) {
                a.role = role;
                if !out.iter().any(|o| o.actor.code == a.actor.code) {
                    out.push(a);
                }
            }
        }
        out
    }

    /// The implicit subject the document linked to the verb of `v`'s main clause (Spanish
    /// drops subject pronouns: "Además, pidió a Estados Unidos …"; see `augur_actors::coref`).
    fn implicit_subject(&self, v: usize) -> Vec<ArgActor> {
        let t = self.tree;
        let mut k = v;
        for _ in 0..5 {
            let on_verb = self
                .input
                .mentions
                .iter()
                .any(|m| m.sentence == self.input.index && m.words == (k, k) && !m.actors.is_empty());
            if on_verb {
                return self
                    .actors_one(k)
                    .into_iter()
                    .map(|mut a| {
                        a.role = "implicit subject (named in the sentence before)";
                        a
                    })
                    .collect();
            }
            match t.head(k) {
                Some(h) if matches!(t.udeprel(k), "conj" | "xcomp" | "advcl" | "ccomp") => k = h,
                _ => break,
            }
        }
        Vec::new()
    }

    fn actors_one(&self, w: usize) -> Vec<ArgActor> {
        if let Some(c) = self.cache.borrow().get(&w) {
            return c.clone();
        }
        let mut found = self.find_actors(w);
        found.retain(|a| self.written_like_a_name(a));
        self.cache.borrow_mut().insert(w, found.clone());
        found
    }

    fn find_actors(&self, w: usize) -> Vec<ArgActor> {
        let t = self.tree;
        let text = self.input.text;
        let mentions: Vec<&ActorMention> =
            self.input.mentions.iter().filter(|m| m.sentence == self.input.index).collect();
        let from_mention = |m: &ActorMention| -> Vec<ArgActor> {
            let best = m.actors.iter().map(|a| a.confidence).fold(0.0f32, f32::max);
            let mut out: Vec<ArgActor> = Vec::new();
            for a in m.actors.iter().filter(|a| a.confidence >= best * 0.5) {
                if !out.iter().any(|o| o.actor.country == a.country) {
                    out.push(ArgActor {
                        actor: a.clone(),
                        text: m.span.slice(text).unwrap_or("").to_string(),
                        span: m.span,
                        role: "",
                        from_mention: true,
                    });
                }
            }
            out
        };
        let mut sector_head: Option<(Vec<ArgActor>, (usize, usize))> = None;
        // The mention that covers the head word. When one mention spans a whole
        // coordination, each conjunct is resolved on its own ("EU-Staaten, die USA und Polen").
        if let Some(m) = mentions.iter().find(|m| m.words.0 <= w && w <= m.words.1) {
            let spans_coordination = (m.words.0..=m.words.1.min(t.s.words.len().saturating_sub(1)))
                .any(|u| t.udeprel(u) == "conj" && t.head(u).is_some_and(|h| m.words.0 <= h && h <= m.words.1));
            if spans_coordination {
                let own = self.resolve_phrase(w);
                if !own.is_empty() {
                    return own;
                }
            }
            let found = from_mention(m);
            if found.iter().any(|a| has_country(&a.actor)) {
                return found;
            }
            // "Lawmakers in France", "officials of Gondor": a sector word whose country is
            // named inside its phrase takes that country (below).
            if !found.is_empty() {
                sector_head = Some((found, m.words));
            }
        }
        if matches!(t.upos(w), "PRON") && !t.is_relative(w) {
            return Vec::new();
        }
        // Mentions inside the phrase ("the spokesman of the ministry", "leaders of A, B and C").
        let phrase = t.phrase(w);
        let mut inner: Vec<ArgActor> = Vec::new();
        let head_words = sector_head.as_ref().map(|h| h.1);
        for (m, place) in mentions.iter().filter_map(|m| {
            let inner_mention =
                phrase.contains(&m.words.0) && phrase.contains(&m.words.1) && Some(m.words) != head_words;
            inner_mention.then(|| t.mention_path(w, m.words)).flatten().map(|place| (m, place))
        }) {
            // "Demonstrators in Baghdad": a place names the country, not the sector.
            inner.extend(from_mention(m).into_iter().map(|mut a| {
                if place {
                    a.role = "place";
                }
                a
            }));
            // "the leaders of South Korea, the US and Japan": every listed state.
            for u in m.words.0..=m.words.1.min(t.s.words.len().saturating_sub(1)) {
                for c in t.conjuncts(u).into_iter().skip(1) {
                    if let Some(m2) = mentions.iter().find(|m2| m2.words.0 <= c && c <= m2.words.1) {
                        inner.extend(from_mention(m2));
                    }
                }
            }
        }
        inner.dedup_by(|a, b| a.actor.code == b.actor.code);
        if let Some((head, _)) = sector_head {
            let owners: Vec<ArgActor> = inner.into_iter().filter(|a| has_country(&a.actor)).collect();
            if owners.is_empty() {
                return head;
            }
            let sectors = head[0].actor.sectors.clone();
            return owners
                .into_iter()
                .map(|mut a| {
                    if a.role == "place" && !a.actor.country.starts_with("IGO") {
                        a.actor.sectors.clear();
                    }
                    let mut a = owner_with_sectors(a, &sectors);
                    a.text = head[0].text.clone();
                    a.span = head[0].span;
                    a
                })
                .collect();
        }
        if !inner.is_empty() {
            return inner;
        }
        // An apposition names the actor ("der Sprecher, Vedant Patel").
        for a in t.kids_rel(w, &["appos"]) {
            if let Some(m) = mentions.iter().find(|m| m.words.0 <= a && a <= m.words.1) {
                return from_mention(m);
            }
        }
        self.resolve_phrase(w)
    }

    /// Organisations are written as names: an acronym in capitals ("the UN", "la ONU",
    /// "ООН") or a capitalised word ("Nato", "l'Union africaine", "Евросоюз"). A phrase with
    /// neither ("un caso", "au concert", "Un billet") holds an article the resolver took for
    /// an acronym.
    fn written_like_a_name(&self, a: &ArgActor) -> bool {
        if !(a.actor.code.starts_with("IGO") || a.actor.code.starts_with("NGO")) {
            return true;
        }
        let text = a.span.slice(self.input.text).unwrap_or(&a.text);
        text.split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '-')).any(|w| {
            // "U.N." is the acronym UN.
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            // "G7", "G20": a capital with digits is an acronym too.
            let digits = w.chars().any(|c| c.is_ascii_digit());
            let acronym =
                (letters.len() >= 2 || (digits && !letters.is_empty())) && letters.iter().all(|c| c.is_uppercase());
            let name = letters.len() >= 4 && letters[0].is_uppercase();
            acronym || name
        })
    }

    /// Resolves the words of the phrase headed by `w` with the resolver.
    fn resolve_phrase(&self, w: usize) -> Vec<ArgActor> {
        let t = self.tree;
        let text = self.input.text;
        let span = t.actor_span(w);
        let Some(phrase_text) = span.slice(text) else { return Vec::new() };
        if phrase_text.trim().is_empty() || phrase_text.len() > 200 {
            return Vec::new();
        }
        let date = self.input.date.map(|d| d.get(..10).unwrap_or(d));
        self.input
            .resolver
            .resolve_text(phrase_text, self.input.lang, date)
            .into_iter()
            .take(1)
            .map(|a| ArgActor { actor: a, text: phrase_text.to_string(), span, role: "", from_mention: false })
            .collect()
    }
}

/// Source, target and code of one predicate after reading its arguments.
struct Frame {
    sources: Vec<ArgActor>,
    targets: Vec<ArgActor>,
    code: String,
    rule_lemma: String,
    /// The verb whose clause carries modality (the noun for stand-alone nominal events).
    clause_head: usize,
    intent: bool,
    control_intent: bool,
    /// The row is an intent whose content is a negative act: a threat.
    threat: bool,
    symmetric: bool,
    pairwise: bool,
    confidence: f32,
}

impl Frame {
    fn build(t: &Tree<'_>, args: &Args<'_>, pred: &Pred<'_>, content: Option<&Pred<'_>>) -> Frame {
        let e = pred.entry;
        let mut frame = Frame {
            sources: Vec::new(),
            targets: Vec::new(),
            code: e.cameo.clone(),
            rule_lemma: match pred.verb {
                Some(v) if v != pred.word => format!("{}+{}", t.lemma[v], e.lemma),
                _ => e.lemma.clone(),
            },
            clause_head: pred.verb.unwrap_or_else(|| t.governing_verb(pred.word)),
            intent: e.flags.intent,
            control_intent: false,
            threat: false,
            symmetric: e.flags.sym,
            pairwise: false,
            confidence: if e.pos == PredPos::Noun { 0.6 } else { 0.85 },
        };
        let mut used: Vec<usize> = Vec::new();
        match pred.verb {
            Some(v) => {
                let (src, control) = subject_of(t, v);
                frame.control_intent = control;
                if let Some((w, role)) = src {
                    used.push(w);
                    frame.sources = args.actors(w, role);
                    // "He met Erdogan, the ministry said": a speaker without a country leaves
                    // the pronoun to what it refers to in the text before.
                    if role == "speaker (pronoun in reported speech)"
                        && !frame.sources.iter().any(|a| has_country(&a.actor))
                    {
                        if let Some(p) = t.kids_rel(v, &["nsubj"]).find(|&c| t.is_personal_pronoun(c)) {
                            let own = args.actors(p, "pronoun (refers to an earlier sentence)");
                            if !own.is_empty() {
                                frame.sources = own;
                            }
                        }
                    }
                    // "Niger's junta expelled …" parsed with the possessor on the verb: the
                    // sector word takes the possessor's country.
                    if role == "subject"
                        && !frame.sources.is_empty()
                        && !frame.sources.iter().any(|a| has_country(&a.actor))
                    {
                        if let Some(p) = t.kids(v).iter().copied().find(|&c| t.deprel(c) == "nmod:poss" && c < w) {
                            let sectors = frame.sources[0].actor.sectors.clone();
                            let owners: Vec<ArgActor> = args
                                .actors(p, "possessor of the subject")
                                .into_iter()
                                .filter(|a| has_country(&a.actor))
                                .map(|a| owner_with_sectors(a, &sectors))
                                .collect();
                            if !owners.is_empty() {
                                used.push(p);
                                frame.sources = owners;
                            }
                        }
                    }
                    // "NATO Secretary General Jens Stoltenberg met …" parsed as two subjects
                    // ("NATO Secretary", "General Jens Stoltenberg"): the name the actor
                    // resolver finds straddles them, so the other subject carries it.
                    if frame.sources.is_empty() && role == "subject" {
                        if let Some(h) = t.head(w) {
                            let split = t.kids_rel(h, &["nsubj"]).find(|&o| o != w && o < h && !t.oblique_case(o));
                            if let Some(o) = split {
                                used.push(o);
                                frame.sources = args.actors(o, role);
                            }
                        }
                    }
                    // A long coordinated subject is sometimes split into two `nsubj` of the
                    // same verb ("Mordor, Rohan, Fornost and Bree welcomed …").
                    if role == "subject" {
                        if let Some(h) = t.head(w) {
                            let listed = |x: usize| t.kids_rel(x, &["conj"]).next().is_some();
                            // "EEUU y el Reino Unido lanzaron …" parsed as two subjects with the
                            // conjunction between them but no `conj` relation.
                            let joined = |a: usize, b: usize| {
                                let (l, r) = (a.min(b), a.max(b));
                                (l + 1..r).any(|k| t.upos(k) == "CCONJ" && !has(NEGATIVE_CONJ, &t.lemma[k]))
                            };
                            let others: Vec<usize> = t
                                .kids_rel(h, &["nsubj"])
                                .filter(|&o| o != w && o < h && (listed(o) || listed(w) || joined(o, w)))
                                .collect();
                            for other in others {
                                used.push(other);
                                for a in args.actors(other, role) {
                                    if !frame.sources.iter().any(|s| s.actor.code == a.actor.code) {
                                        frame.sources.push(a);
                                    }
                                }
                            }
                        }
                    }
                }
                if frame.sources.is_empty() && t.lang == Lang::Es {
                    frame.sources = args.implicit_subject(v);
                }
                if let Some(noun) = (pred.word != v).then_some(pred.word) {
                    used.push(noun);
                }
                frame.targets = targets_of(t, args, v, Some(pred.word).filter(|&n| n != v), e, &used);
            }
            None => {
                let n = pred.word;
                // "talks between A and B": both ways.
                if let Some(b) = t
                    .kids_rel(n, &["nmod", "obl"])
                    .find(|&c| t.case_marker(c).is_some_and(|m| has(t.fw.between_markers, m)))
                {
                    let members = args.actors(b, "member of 'between'");
                    if members.len() >= 2 {
                        frame.sources = members;
                        frame.pairwise = true;
                        frame.symmetric = true;
                    }
                }
                if frame.sources.is_empty() {
                    let agentive = t
                        .kids(n)
                        .iter()
                        .copied()
                        .find(|&c| matches!(t.deprel(c), "nmod:poss" | "det:poss" | "poss") && t.upos(c) != "PRON")
                        .map(|c| (c, "possessor"))
                        .or_else(|| {
                            t.kids_rel(n, &["nmod"])
                                .find(|&c| {
                                    t.case_marker(c).is_some_and(|m| has(t.fw.agent_markers, m))
                                        && !has(t.fw.genitive_markers, t.case_marker(c).unwrap_or(""))
                                })
                                .map(|c| (c, "agent"))
                        })
                        .or_else(|| {
                            // "the Russian strike on Kyiv", "westliche Sanktionen": a national
                            // adjective names the author ("anti-Russian protests" does not).
                            t.kids_rel(n, &["amod"])
                                .find(|&c| {
                                    let form = t.form[c].to_lowercase();
                                    let hostile_to = ["anti", "pro-", "проти"].iter().any(|p| form.starts_with(p));
                                    !hostile_to && !args.actors_one(c).is_empty()
                                })
                                .map(|c| (c, "national adjective"))
                        });
                    let genitive = t.kids(n).iter().copied().find(|&c| t.is_genitive(c));
                    match (agentive, genitive) {
                        (Some((w, role)), _) => {
                            used.push(w);
                            frame.sources = args.actors(w, role);
                            frame.targets = targets_of(t, args, n, Some(n), e, &used);
                        }
                        (None, Some(g)) => {
                            // The genitive is the agent when another slot names the target
                            // ("the visit of the minister to China"), the patient when the row
                            // takes it as target and nothing else does ("the arrest of X").
                            let mut without = used.clone();
                            without.push(g);
                            let others = targets_of(t, args, n, Some(n), e, &without);
                            let lowered =
                                if others.is_empty() { misattached_target(t, args, g, e) } else { Vec::new() };
                            if !others.is_empty() {
                                frame.sources = args.actors(g, "genitive");
                                frame.targets = others;
                            } else if !lowered.is_empty() {
                                frame.sources = args.actors(g, "genitive");
                                frame.targets = lowered;
                            } else if !slots_take_genitive(t, e) {
                                frame.sources = args.actors(g, "genitive");
                            } else {
                                frame.targets = targets_of(t, args, n, Some(n), e, &used);
                            }
                        }
                        (None, None) => frame.targets = targets_of(t, args, n, Some(n), e, &used),
                    }
                }
                // "Russia announced a suspension of the agreement": the announcer acts; an
                // announced act of cooperation ("announced a visit") is an intent.
                if let Some(h) = t.receiving_verb(n) {
                    // The receiver is the target; the giver is the noun's owner or the verb's
                    // "from" argument.
                    let giver = t
                        .kids_rel(h, &["obl"])
                        .chain(t.kids_rel(n, &["nmod"]))
                        .find(|&c| t.case_marker(c).is_some_and(|m| has(t.fw.from_markers, m)));
                    let receiver = subject_of(t, h).0;
                    if let (Some(g), Some((r, _))) = (giver, receiver) {
                        frame.sources = args.actors(g, "giver");
                        frame.targets = args.actors(r, "receiver (subject of the receiving verb)");
                    } else if let Some((r, _)) = receiver {
                        if !frame.sources.is_empty() {
                            frame.targets = args.actors(r, "receiver (subject of the receiving verb)");
                        }
                    }
                    frame.clause_head = h;
                }
                if let Some(h) = t.enacting_verb(n) {
                    if frame.sources.is_empty() {
                        if let (Some((w, _)), _) = subject_of(t, h) {
                            used.push(w);
                            frame.sources = args.actors(w, "subject of the announcing verb");
                            if frame.targets.is_empty() {
                                frame.targets = targets_of(t, args, n, Some(n), e, &used);
                            }
                        }
                    }
                    if root_num(&e.cameo) <= 8 {
                        frame.intent = true;
                    }
                    frame.clause_head = h;
                }
            }
        }
        // A complement predicate tells what is promised, demanded, refused or threatened.
        if let Some(c) = content {
            let inner = c.entry.cameo.as_str();
            let refined = if e.flags.intent || e.root() == "03" {
                if is_conflict(inner) {
                    threat_of(inner)
                } else {
                    intent_of(inner)
                }
            } else {
                match e.root() {
                    "13" if is_conflict(inner) => threat_of(inner),
                    "12" => {
                        if e.cameo == "120" {
                            reject_of(inner)
                        } else {
                            e.cameo.clone()
                        }
                    }
                    "10" => demand_of(inner),
                    "02" => appeal_of(inner),
                    _ => String::new(),
                }
            };
            let intent_row = e.flags.intent || e.root() == "03";
            if !refined.is_empty()
                && Ontology::get().contains(&refined)
                && (refined.get(..2) == Some(e.root()) || intent_row)
            {
                frame.threat = intent_row && refined.starts_with("13");
                frame.code = refined;
                frame.rule_lemma = format!("{}>{}", frame.rule_lemma, c.entry.lemma);
            }
            // "demanded that Russia withdraw", "urged Iran to stop": the content's subject.
            if frame.targets.is_empty() && matches!(e.root(), "02" | "10" | "11" | "12") {
                if let Some(cv) = c.verb {
                    if let (Some((w, _)), _) = subject_of(t, cv) {
                        if !used.contains(&w) {
                            frame.targets = args.actors(w, "subject of the demanded act");
                        }
                    }
                }
            }
            // Rejecting or vetoing a hostile act against X ("ein Veto gegen Sanktionen gegen
            // Nordkorea") is no act against X: the content's target is not the rejection's.
            let shields_target = e.root() == "12" && is_conflict(inner);
            if frame.targets.is_empty() && !shields_target {
                let cv = c.verb.unwrap_or(c.word);
                frame.targets = targets_of(t, args, cv, Some(c.word), c.entry, &[]);
            }
            if c.entry.flags.sym {
                frame.symmetric = true;
            }
        }
        // "threatened to resume attacks in Israel", "to cut off electricity to Nakhichevan",
        // "refused to allow UN planes to land", "promised to democratize Serbia": with no
        // content predicate in the lexicon, the threatened, refused or promised act's own
        // arguments name the target (its object, an oblique, or a modifier of its object).
        if frame.targets.is_empty() && content.is_none() && (matches!(e.root(), "03" | "12" | "13") || e.flags.intent) {
            if let Some(v) = pred.verb {
                for x in t.kids_rel(v, &["xcomp"]).collect::<Vec<_>>() {
                    let objs: Vec<usize> = t.kids_rel(x, &["obj"]).collect();
                    let cands = objs
                        .iter()
                        .copied()
                        .chain(t.kids_rel(x, &["obl", "nmod"]))
                        .chain(objs.iter().flat_map(|&o| t.kids_rel(o, &["nmod"]).collect::<Vec<_>>()))
                        .filter(|&c| t.case_marker(c).is_none_or(|m| !has(t.fw.agent_markers, m)))
                        .filter(|&c| t.deprel(c) != "obl:tmod" && !used.contains(&c));
                    for c in cands.collect::<Vec<_>>() {
                        // A generic word ("joint military exercises") names no one.
                        let found: Vec<ArgActor> = args
                            .actors(c, "argument of the complement act")
                            .into_iter()
                            .filter(|a| has_country(&a.actor))
                            .collect();
                        if !found.is_empty() {
                            frame.targets = found;
                            break;
                        }
                    }
                    if !frame.targets.is_empty() {
                        break;
                    }
                }
            }
        }
        // "threatened to stop the talks if the United States goes ahead", "drohte mit
        // Vergeltung, falls Israel …": a threat is aimed at the party whose act is its condition.
        if frame.targets.is_empty() && (e.root() == "13" || frame.code.starts_with("13")) {
            if let Some(v) = pred.verb {
                let clauses: Vec<usize> = std::iter::once(v)
                    .chain(t.kids_rel(v, &["xcomp", "ccomp"]))
                    .flat_map(|h| t.kids_rel(h, &["advcl"]).collect::<Vec<_>>())
                    .filter(|&c| t.mark(c).is_some_and(|m| has(t.fw.conditional_marks, m)))
                    .collect();
                for c in clauses {
                    if let (Some((w, _)), _) = subject_of(t, c) {
                        if used.contains(&w) {
                            continue;
                        }
                        let found: Vec<ArgActor> = args
                            .actors(w, "subject of the threat's condition")
                            .into_iter()
                            .filter(|a| has_country(&a.actor))
                            .collect();
                        if !found.is_empty() {
                            frame.targets = found;
                            break;
                        }
                    }
                }
            }
        }
        // "demanded that the US cancel the sale", "urged that Iran stop": with no content
        // predicate in the lexicon, the subject of the demanded clause is still the target.
        if frame.targets.is_empty() && matches!(e.root(), "02" | "10") {
            if let Some(v) = pred.verb {
                let subjects: Vec<usize> = t
                    .kids_rel(v, &["ccomp"])
                    .filter_map(|c| subject_of(t, c).0.map(|(w, _)| w))
                    .filter(|w| !used.contains(w))
                    .collect();
                if let Some(&w) = subjects.first() {
                    frame.targets = args.actors(w, "subject of the demanded act");
                }
            }
        }
        // "condemned the Russian attack on Kyiv", "rejected the US accusations": criticism
        // and rejection aim at the author of the act named by the object, not its victim.
        if matches!(e.root(), "11" | "12") {
            if let Some(v) = pred.verb {
                let obj = if t.is_passive(v) {
                    t.kids(v).iter().copied().find(|&c| t.deprel(c) == "nsubj:pass")
                } else {
                    t.kids_rel(v, &["obj"]).find(|&c| Some(c) != Some(pred.word).filter(|&w| w != v))
                };
                if let Some(o) = obj {
                    let agents = event_agent(t, args, o);
                    // "condamné la visite de la présidente de la Chambre américaine à
                    // Taïwan", "осудил визит спикера США": a person or an institution in the
                    // genitive of the act is its author, whatever else the object names (a
                    // place there, as in "the shelling of Kharkiv", is the act's victim).
                    let actor_of_act: Vec<ArgActor> = content
                        .filter(|c| c.verb.is_none() && c.word == o)
                        .and_then(|_| t.kids(o).iter().copied().find(|&g| t.is_genitive(g)))
                        .map(|g| args.actors(g, "author of the criticised act (genitive)"))
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|a| {
                            let civilians = a.actor.sectors.iter().any(|s| s == "CVL");
                            has_country(&a.actor)
                                && !civilians
                                && (a.actor.person.is_some() || !a.actor.sectors.is_empty())
                        })
                        .collect();
                    if !agents.is_empty() {
                        frame.targets = agents;
                    } else if !actor_of_act.is_empty() {
                        frame.targets = actor_of_act;
                    } else if t.upos(o) == "NOUN"
                        && t.kids_rel(o, &["nmod"]).any(|c| t.case_marker(c).is_some_and(|m| has(VICTIM, m)))
                    {
                        // "condemned the attack on Israel" with no attacker named: the victim
                        // inside the object is not whom the criticism aims at.
                        let p = t.phrase(o);
                        let (first, last) = (p.first().copied().unwrap_or(o), p.last().copied().unwrap_or(o));
                        let inside = t.s.words_span(first, last);
                        frame.targets.retain(|a| !(inside.start <= a.span.start && a.span.end <= inside.end));
                    }
                }
            }
        }
        // A cooperation noun as argument ("plädierten für eine Zusammenarbeit") makes the act mutual.
        if !frame.symmetric {
            let v = pred.verb.unwrap_or(pred.word);
            frame.symmetric = t.kids(v).iter().any(|&k| {
                matches!(t.udeprel(k), "obj" | "obl")
                    && (mutual_noun(t, k) || t.kids_rel(k, &["nmod"]).any(|n| mutual_noun(t, n)))
            });
        }
        if frame.sources.iter().chain(&frame.targets).any(|a| !a.from_mention) {
            frame.confidence -= 0.1;
        }
        if t.s.words.len() > 60 {
            frame.confidence -= 0.1;
        }
        frame
    }
}

/// The author of the act named by the common noun `o` ("den russischen Angriff", "Moscow's
/// annexation", "an attack by the rebels"); empty when `o` names an actor itself.
fn event_agent(t: &Tree<'_>, args: &Args<'_>, o: usize) -> Vec<ArgActor> {
    // The noun must name an act, not an actor ("the Russian ambassador"): on its own it
    // resolves to nothing. Its modifiers are resolved on their own too, since actor mentions
    // may span the whole phrase ("russischen Angriff auf Kiew").
    if t.upos(o) != "NOUN" {
        return Vec::new();
    }
    let date = args.input.date.map(|d| d.get(..10).unwrap_or(d));
    // A sector word alone ("Militärhilfe", "soldiers") has no country: its modifiers decide.
    let own = args.input.resolver.resolve_text(&t.s.words[o].form, args.input.lang, date);
    if own.iter().any(has_country) {
        return Vec::new();
    }
    let cands = t
        .kids(o)
        .iter()
        .copied()
        .filter(|&c| matches!(t.deprel(c), "nmod:poss" | "det:poss") && t.upos(c) != "PRON")
        .map(|c| (c, "author of the criticised act (possessor)"))
        .chain(t.kids_rel(o, &["amod"]).map(|c| (c, "author of the criticised act")))
        .chain(
            t.kids_rel(o, &["nmod"])
                .filter(|&c| {
                    t.case_marker(c).is_some_and(|m| has(t.fw.agent_markers, m) && !has(t.fw.genitive_markers, m))
                })
                .map(|c| (c, "author of the criticised act (agent)")),
        );
    for (c, role) in cands {
        let phrase = t.phrase(c);
        let own_mention = args
            .input
            .mentions
            .iter()
            .any(|m| m.sentence == args.input.index && phrase.contains(&m.words.0) && phrase.contains(&m.words.1));
        let mut found = if own_mention { args.actors_one(c) } else { args.resolve_phrase(c) };
        found.retain(|a| args.written_like_a_name(a));
        if !found.is_empty() {
            return found
                .into_iter()
                .map(|mut a| {
                    a.role = role;
                    a
                })
                .collect();
        }
    }
    Vec::new()
}

/// "der Besuch des Ministers in Nordkorea", "the visit of the minister to China": parsers
/// often hang the destination on the genitive noun. A prepositional slot of the row that is
/// not a genitive marker, found under the genitive `g`, is the nominal event's target.
fn misattached_target(t: &Tree<'_>, args: &Args<'_>, g: usize, e: &Entry) -> Vec<ArgActor> {
    for slot in &e.target {
        let (Slot::Obl(Some(m)) | Slot::Nmod(Some(m))) = slot else { continue };
        if has(t.fw.genitive_markers, m) {
            continue;
        }
        for c in t.kids_rel(g, &["nmod", "obl"]) {
            if t.case_marker(c) == Some(m.as_str()) {
                let found = args.actors(c, "oblique (attached to the genitive)");
                if !found.is_empty() {
                    return found;
                }
            }
        }
    }
    Vec::new()
}

/// Whether a row's target slots can take a noun's genitive (`gen`, `nmod:of`, `nmod:de`).
fn slots_take_genitive(t: &Tree<'_>, e: &Entry) -> bool {
    e.target.iter().any(|s| match s {
        Slot::Gen => true,
        Slot::Nmod(Some(m)) | Slot::Obl(Some(m)) => has(t.fw.genitive_markers, m),
        _ => false,
    })
}

fn mutual_noun(t: &Tree<'_>, k: usize) -> bool {
    // Nouns of mutual action in any of the five languages.
    const MUTUAL: &[&str] = &[
        "cooperation",
        "co-operation",
        "collaboration",
        "partnership",
        "talks",
        "dialogue",
        "zusammenarbeit",
        "kooperation",
        "partnerschaft",
        "gespräch",
        "gespräche",
        "dialog",
        "annäherung",
        "coopération",
        "collaboration",
        "partenariat",
        "dialogue",
        "rapprochement",
        "cooperación",
        "colaboración",
        "asociación",
        "diálogo",
        "acercamiento",
        "сотрудничество",
        "партнерство",
        "партнёрство",
        "диалог",
        "сближение",
    ];
    MUTUAL.contains(&t.lemma[k].as_str())
}

/// The subject of verb `v` (following control and coordination), with its role name, and
/// whether a control verb of intent ("want", "wollen") was passed on the way.
fn subject_of(t: &Tree<'_>, v: usize) -> (Option<(usize, &'static str)>, bool) {
    let mut k = v;
    let mut intent = false;
    let mut passive = t.is_passive(v);
    for _ in 0..6 {
        let found = if passive {
            t.kids(k)
                .iter()
                .copied()
                .find(|&c| t.deprel(c) == "obl:agent")
                .or_else(|| {
                    // Parsers also hang the agent as `obj` or `iobj` ("fue atacada por Rusia",
                    // "был принят президентом").
                    t.kids_rel(k, &["obl", "nmod", "obj", "iobj"]).find(|&c| match t.case_marker(c) {
                        Some(m) => has(t.fw.agent_markers, m),
                        None => t.lang == Lang::Ru && t.s.words[c].feat("Case") == Some("Ins"),
                    })
                })
                .map(|c| (c, "passive agent"))
        } else {
            let pass_is_subject = t.werden_future(k) || t.reflexive_middle(k);
            let subjects: Vec<usize> = t
                .kids(k)
                .iter()
                .copied()
                .filter(|&c| {
                    t.deprel(c) == "nsubj"
                        || t.deprel(c) == "nsubj:outer"
                        || (pass_is_subject && t.deprel(c) == "nsubj:pass")
                })
                .collect();
            // Of two "subjects", the one before the finite verb is the subject; otherwise one
            // in an oblique case is the object (see `oblique_case`).
            let subject = if let Some((first, _)) = t.split_subjects(k) {
                Some(first)
            } else if subjects.len() >= 2 {
                subjects.iter().copied().find(|&c| !t.oblique_case(c)).or(subjects.first().copied())
            } else {
                subjects.first().copied()
            };
            subject
                .map(|c| (c, "subject"))
                // "Polen hat … einbestellt" with the subject hung on the auxiliary.
                .or_else(|| {
                    t.auxes(k).find_map(|a| t.kids_rel(a, &["nsubj"]).next()).map(|c| (c, "subject (on the auxiliary)"))
                })
                .or_else(|| {
                    // A name the tagger misread opening the clause ("Macron/ADV a critiqué"):
                    // a capitalised, case-less dependent before a verb without subject.
                    let first = t.kids(k).first().copied()?;
                    let capitalised = t.s.words[first].form.chars().next().is_some_and(char::is_uppercase);
                    (first < k
                        && capitalised
                        && matches!(t.deprel(first), "advmod" | "amod" | "dep" | "obl" | "nmod")
                        && t.case_marker(first).is_none()
                        && !t.kids(k).iter().any(|&c| t.udeprel(c) == "expl"))
                    .then_some((first, "subject (mis-tagged name)"))
                })
        };
        if let Some((s, role)) = found {
            // A relative pronoun stands for the antecedent; parsers also hang a relative
            // clause between commas as `parataxis` ("South Africa, which accuses Israel").
            let after_comma = s > 0 && t.s.words[s - 1].form == ",";
            let relative_parataxis = t.udeprel(k) == "parataxis"
                && after_comma
                && t.head(k).is_some_and(|h| matches!(t.upos(h), "NOUN" | "PROPN") && h < s);
            if t.is_relative(s) && (t.udeprel(k) == "acl" || relative_parataxis) {
                let Some(h) = t.head(k) else { return (None, intent) };
                // "a resolution that condemns Iran": a document speaks for its author.
                if let Some(a) = document_author(t, h) {
                    return (Some(a), intent);
                }
                return (Some((h, "antecedent of a relative clause")), intent);
            }
            // "Syria says it will withdraw": a personal pronoun in what a speaker says is the speaker.
            if t.is_personal_pronoun(s) {
                if let Some(h) = t.speech_governor(k) {
                    let (sp, _) = subject_of(t, h);
                    return (sp.map(|(w, _)| (w, "speaker (pronoun in reported speech)")), intent);
                }
            }
            return (Some((s, role)), intent);
        }
        if passive {
            return (None, intent);
        }
        // "Syria says it is willing to …" with an expletive: the speaker.
        if t.kids(k).iter().any(|&c| t.udeprel(c) == "expl") {
            if let Some(h) = t.speech_governor(k) {
                let (sp, _) = subject_of(t, h);
                return (sp.map(|(w, _)| (w, "speaker (pronoun in reported speech)")), intent);
            }
        }
        match t.udeprel(k) {
            "xcomp" => {
                let Some(h) = t.head(k) else { break };
                if has(t.fw.intent_verbs, &t.lemma[h]) {
                    intent = true;
                }
                // Object control ("urged Russia to stop") takes the object of the governor.
                if !has(t.fw.intent_verbs, &t.lemma[h]) {
                    if let Some(o) = t.kids_rel(h, &["obj", "iobj"]).next() {
                        return (Some((o, "controller object")), intent);
                    }
                }
                passive = t.is_passive(h);
                k = h;
            }
            "conj" => {
                let Some(h) = t.head(k) else { break };
                passive = t.is_passive(h);
                k = h;
            }
            // Spanish and Russian drop a subject the main clause gives: "Alemania anunció
            // que enviará ayuda", "Россия заявила, что введёт санкции".
            "ccomp" if matches!(t.lang, Lang::Es | Lang::Ru) && !passive => {
                let Some(h) = t.head(k) else { break };
                if !has(t.fw.speech_verbs, &t.lemma[h]) && !has(t.fw.enact_verbs, &t.lemma[h]) {
                    break;
                }
                passive = t.is_passive(h);
                k = h;
            }
            // "ambushed a convoy, killing 20 soldiers", "viajó a Pyongyang para reunirse con
            // Kim": a non-finite adverbial clause without a subject has the main clause's.
            "advcl" if !passive && matches!(t.s.words[k].feat("VerbForm"), Some("Ger" | "Part" | "Inf" | "Conv")) => {
                let Some(h) = t.head(k) else { break };
                if !matches!(t.upos(h), "VERB" | "AUX") {
                    break;
                }
                passive = t.is_passive(h);
                k = h;
            }
            _ if t.deprel(k) == "acl:relcl" => return (None, intent),
            // "A top U.S. official today praised …" parsed with the subject noun as the root
            // and the finite verb as its dependent clause: the nominal root before the verb,
            // with no verb of its own, is the subject.
            "advcl" | "ccomp" | "parataxis" | "acl" | "nmod"
                if k == v && t.s.words[k].feat("VerbForm") == Some("Fin") && t.upos(k) == "VERB" =>
            {
                let Some(h) = t.head(k) else { break };
                let verbless = !t.kids(h).iter().any(|&c| matches!(t.udeprel(c), "cop" | "nsubj" | "aux"));
                if h < k && t.head(h).is_none() && matches!(t.upos(h), "NOUN" | "PROPN" | "ADJ") && verbless {
                    return (Some((h, "subject (nominal root)")), intent);
                }
                if t.udeprel(k) == "acl" {
                    return (None, intent);
                }
                break;
            }
            "acl" | "amod" => {
                // "adopted a resolution condemning Iran": a document speaks for its author.
                if let Some(a) = t.head(k).and_then(|h| document_author(t, h)) {
                    return (Some(a), intent);
                }
                // "die von X verhängten Sanktionen" has its agent inside; else the noun is not the source.
                return (None, intent);
            }
            _ => break,
        }
    }
    (None, intent)
}

/// The author of a document noun ("resolution", "Erklärung", "communiqué") whose clause
/// condemns or demands: its possessor or genitive owner ("the EU's statement"), else the
/// subject of the verb that adopts, issues or publishes it ("the Council adopted a resolution").
fn document_author(t: &Tree<'_>, n: usize) -> Option<(usize, &'static str)> {
    if t.upos(n) != "NOUN" || !has(t.fw.document_nouns, &t.lemma[n]) {
        return None;
    }
    let owner = t.kids(n).iter().copied().find(|&c| {
        t.deprel(c) == "nmod:poss"
            || (t.udeprel(c) == "nmod" && t.case_marker(c).is_none_or(|m| has(t.fw.genitive_markers, m)))
                && matches!(t.upos(c), "PROPN" | "NOUN")
    });
    if let Some(o) = owner {
        return Some((o, "author of the document"));
    }
    if t.udeprel(n) == "obj" {
        let h = t.head(n)?;
        if let (Some((w, _)), _) = subject_of(t, h) {
            return Some((w, "author of the document"));
        }
    }
    None
}

/// The target of a predicate: the row's slots in order, first one that names an actor.
fn targets_of(
    t: &Tree<'_>,
    args: &Args<'_>,
    v: usize,
    noun: Option<usize>,
    e: &Entry,
    used: &[usize],
) -> Vec<ArgActor> {
    let default_slots = [Slot::Obj, Slot::Iobj, Slot::Obl(None)];
    let slots: &[Slot] = if e.target.is_empty() { &default_slots } else { &e.target };
    let passive = t.is_passive(v);
    let mut nodes = vec![v];
    nodes.extend(noun.filter(|&n| n != v));
    for slot in slots {
        let cands: Vec<(usize, &'static str)> = match slot {
            Slot::Obj if passive => t
                .kids(v)
                .iter()
                .copied()
                .filter(|&c| t.deprel(c) == "nsubj:pass")
                .map(|c| (c, "passive subject"))
                .collect(),
            Slot::Obj => {
                let mut objs: Vec<(usize, &'static str)> = Vec::new();
                let date_word = |c: usize| t.dated.contains(&c) && t.case_marker(c).is_none();
                let slot_word = |c: usize| t.udeprel(c) == "obj" || (t.udeprel(c) == "obl" && date_word(c));
                // A nominal's dependents that a parser made of the verb's object.
                // Spanish marks a person object with "a" ("recibirá el martes a Zelenski"); a
                // noun parsed as the date word's conjunct or modifier is the object too ("a
                // reconnu jeudi la victoire", "emitió este jueves órdenes de arresto").
                let caseless_dependents = |x: usize| {
                    t.kids(x).iter().copied().filter(|&d| {
                        (matches!(t.udeprel(d), "nmod" | "appos" | "flat" | "obj" | "conj")
                            || (t.udeprel(d) == "amod" && t.upos(d) == "NOUN"))
                            && (t.case_marker(d).is_none() || (t.lang == Lang::Es && t.case_marker(d) == Some("a")))
                            && !t.dated.contains(&d)
                    })
                };
                for c in t.kids(v).iter().copied().filter(|&c| slot_word(c) && Some(c) != noun) {
                    if date_word(c) {
                        // "a appelé lundi Benjamin Netanyahu": a weekday parsed as the object
                        // holds the real one, if any, among its dependents.
                        objs.extend(caseless_dependents(c).map(|d| (d, "object (under a date word)")));
                    } else {
                        objs.push((c, "object"));
                    }
                }
                // "a mis en garde Washington", "a pointé du doigt l'Iran": the object after an
                // idiom's prepositional noun is parsed as that noun's case-less dependent.
                if let Some(nn) =
                    noun.filter(|&nn| objs.is_empty() && t.head(nn) == Some(v) && t.case_marker(nn).is_some())
                {
                    objs.extend(
                        caseless_dependents(nn).filter(|&d| d > nn).map(|d| (d, "object (under the idiom's noun)")),
                    );
                }
                // "Rusia bombardeó Ucrania", "Венесуэла разорвала отношения": with a subject
                // before the verb, a second "subject" after it is the object.
                let subjects: Vec<usize> = t.kids_rel(v, &["nsubj"]).collect();
                let split = t.split_subjects(v).map(|(_, after)| after).unwrap_or_default();
                if objs.is_empty() && !split.is_empty() {
                    split.into_iter().filter(|&c| Some(c) != noun).map(|c| (c, "object (parsed as subject)")).collect()
                } else if objs.is_empty() && subjects.len() >= 2 {
                    let after: Vec<(usize, &'static str)> = subjects
                        .iter()
                        .copied()
                        .filter(|&c| (c > v && subjects[0] < v || t.oblique_case(c)) && Some(c) != noun)
                        .map(|c| (c, "object (parsed as subject)"))
                        .collect();
                    // Never every subject: one of them is the source.
                    if after.len() < subjects.len() {
                        after
                    } else {
                        Vec::new()
                    }
                } else {
                    objs
                }
            }
            Slot::Iobj => t
                .kids(v)
                .iter()
                .copied()
                .filter(|&c| {
                    t.udeprel(c) == "iobj"
                        || t.deprel(c) == "obl:arg" && t.case_marker(c).is_none()
                        // "передали Украине пакет помощи": a bare dative name parsed as `advmod`.
                        || (t.udeprel(c) == "advmod"
                            && matches!(t.upos(c), "PROPN" | "NOUN")
                            && t.s.words[c].feat("Case") == Some("Dat")
                            && t.case_marker(c).is_none())
                        // "Die USA haben Israel Munition geliefert": German treebanks label a
                        // bare dative name beside an object `obl`.
                        || (t.lang == Lang::De
                            && t.deprel(c) == "obl"
                            && t.upos(c) == "PROPN"
                            && t.case_marker(c).is_none()
                            && !t.dated.contains(&c)
                            && t.kids_rel(v, &["obj"]).next().is_some())
                })
                .map(|c| (c, "indirect object"))
                .collect(),
            Slot::Obl(m) | Slot::Nmod(m) => {
                let mut out = Vec::new();
                for &n in &nodes {
                    // "se reunirá el jueves con Trump": the parser hangs the oblique under the
                    // date word that precedes it.
                    let under_date = t
                        .kids(n)
                        .iter()
                        .copied()
                        .filter(|&d| t.dated.contains(&d) && matches!(t.udeprel(d), "obj" | "obl" | "nsubj"))
                        .flat_map(|d| t.kids_rel(d, &["nmod", "obl"]).collect::<Vec<_>>());
                    let direct: Vec<usize> = t.kids_rel(n, &["obl", "nmod", "obl:arg"]).collect();
                    for c in direct.into_iter().chain(under_date) {
                        let cm = t.case_marker(c);
                        let ok = match m {
                            Some(x) => cm == Some(x.as_str()),
                            None => {
                                cm.is_some_and(|x| !has(t.fw.agent_markers, x) && !has(t.fw.locative_markers, x))
                                    && t.deprel(c) != "obl:tmod"
                            }
                        };
                        if ok {
                            out.push((c, "oblique"));
                        }
                    }
                }
                // Deeper: "für eine Stärkung der Zusammenarbeit mit Pjöngjang".
                // Only through the row's own noun, the object, or the oblique its `prep=`
                // names, so that "zu Beginn der Konferenz von London" is not searched.
                if out.is_empty() && matches!(slot, Slot::Nmod(_)) {
                    if let Some(x) = m {
                        let preps: Vec<&str> = e
                            .conds
                            .iter()
                            .filter_map(|c| match c {
                                Cond::Prep(p) => Some(p.as_str()),
                                _ => None,
                            })
                            .collect();
                        let mut frontier: Vec<usize> = noun.filter(|&n| n != v).into_iter().collect();
                        frontier.extend(t.kids(v).iter().copied().filter(|&c| {
                            t.udeprel(c) == "obj"
                                || (t.udeprel(c) == "obl" && t.case_marker(c).is_some_and(|m| preps.contains(&m)))
                        }));
                        for _ in 0..3 {
                            let mut next = Vec::new();
                            for f in frontier {
                                for c in t.kids_rel(f, &["nmod", "obl"]) {
                                    if t.case_marker(c) == Some(x.as_str()) {
                                        out.push((c, "oblique"));
                                    }
                                    next.push(c);
                                }
                            }
                            frontier = next;
                        }
                    }
                }
                out
            }
            Slot::Gen => nodes
                .iter()
                .flat_map(|&n| t.kids(n).iter().copied().filter(|&c| t.is_genitive(c)).collect::<Vec<_>>())
                .map(|c| (c, "genitive"))
                .collect(),
            // A possessor hung on the verb belongs to the subject ("Niger's junta expelled"),
            // never to the act.
            Slot::Poss => nodes
                .iter()
                .filter(|&&n| !(n == v && matches!(t.upos(n), "VERB" | "AUX")))
                .flat_map(|&n| {
                    t.kids(n)
                        .iter()
                        .copied()
                        .filter(|&c| matches!(t.deprel(c), "nmod:poss" | "det:poss"))
                        .collect::<Vec<_>>()
                })
                .map(|c| (c, "possessor"))
                .collect(),
            Slot::Noun => noun.filter(|&n| n != v).map(|n| (n, "object")).into_iter().collect(),
            Slot::CcompSubj => t
                .violation_complement(v)
                .into_iter()
                .chain(t.kids_rel(v, &["ccomp", "parataxis"]))
                .filter_map(|c| subject_of(t, c).0)
                .map(|(c, _)| (c, "subject of the complement"))
                .collect(),
            Slot::XcompObj => t
                .kids_rel(v, &["xcomp"])
                .flat_map(|x| t.kids_rel(x, &["obj"]).collect::<Vec<_>>())
                .map(|c| (c, "object of the complement"))
                .collect(),
            Slot::Subj => nodes
                .iter()
                .flat_map(|&n| {
                    t.kids_rel(n, &["nmod", "obl"])
                        .filter(|&c| t.case_marker(c).is_some_and(|m| has(&["with", "mit", "avec", "con", "с"], m)))
                        .collect::<Vec<_>>()
                })
                .map(|c| (c, "with-argument"))
                .collect(),
        };
        for (c, role) in cands {
            if used.contains(&c) && *slot != Slot::Noun {
                continue;
            }
            let found = args.actors(c, role);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// One event in the notation of the test tables: `SRC CAMEO TGT` (`-` without a target), then
/// ` intent`, ` conditional` or ` hypothetical`, ` negated`, and ` @date` when resolved.
pub fn notation(e: &EventMention) -> String {
    let mut s = format!("{} {} {}", e.source.code, e.cameo, e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-"));
    match e.modality {
        Modality::Asserted => {}
        Modality::Intent => s.push_str(" intent"),
        Modality::Conditional => s.push_str(" conditional"),
        Modality::Hypothetical => s.push_str(" hypothetical"),
    }
    if e.negated {
        s.push_str(" negated");
    }
    if let Some(d) = &e.date {
        s.push_str(&format!(" @{d}"));
    }
    s
}
