//! Training a [`LangModel`] from CoNLL-U treebanks.

use std::path::{Path, PathBuf};
use std::time::Instant;

use augur_core::{Lang, Sentence};

use crate::conllu;
use crate::eval::{evaluate_gold_tok, EvalReport};
use crate::lemma::Lemmatizer;
use crate::model::LangModel;
use crate::parser::{Attrs, LabelSet, ParseSent, Parser};
use crate::tagger::Tagger;
use crate::NlpError;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub tagger_epochs: usize,
    pub lemma_epochs: usize,
    pub parser_epochs: usize,
    /// Train the parser on tags predicted by taggers trained on the other folds
    /// (0 or 1: parser sees gold tags).
    pub jackknife_folds: usize,
    /// Weights kept after training (the largest by magnitude); bounds model size.
    pub tagger_max_weights: usize,
    pub parser_max_weights: usize,
    /// Adds a copy of every sentence that opens with an article, without it ("The police
    /// arrested" → "Police arrested"): treebanks have few headline-style bare subjects,
    /// news has many.
    pub drop_initial_article: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger_epochs: 8,
            lemma_epochs: 6,
            parser_epochs: 10,
            jackknife_folds: 4,
            tagger_max_weights: 1_500_000,
            parser_max_weights: 1_200_000,
            drop_initial_article: false,
        }
    }
}

/// What training did.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub lang: Lang,
    pub sentences: usize,
    pub words: usize,
    pub model_bytes: usize,
    pub seconds: f64,
    pub dev: Option<EvalReport>,
    pub log: Vec<String>,
}

impl std::fmt::Display for TrainReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}: trained on {} sentences / {} words in {:.1}s; model {:.2} MB",
            self.lang,
            self.sentences,
            self.words,
            self.seconds,
            self.model_bytes as f64 / 1e6
        )?;
        if let Some(d) = &self.dev {
            writeln!(f, "dev (gold tokenisation):\n{d}")?;
        }
        Ok(())
    }
}

/// Trains a model on `train_files`, reports on `dev` if given, and writes it to `out`.
pub fn train(lang: Lang, train_files: &[PathBuf], dev: Option<&Path>, out: &Path) -> Result<TrainReport, NlpError> {
    train_with(lang, train_files, dev, out, &TrainOptions::default(), &mut |_| {})
}

pub fn train_with(
    lang: Lang,
    train_files: &[PathBuf],
    dev: Option<&Path>,
    out: &Path,
    opts: &TrainOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<TrainReport, NlpError> {
    let start = Instant::now();
    let mut log: Vec<String> = Vec::new();
    let mut say = |m: String, log: &mut Vec<String>| {
        progress(&m);
        log.push(m);
    };
    let mut sents: Vec<Sentence> = Vec::new();
    for p in train_files {
        let (doc, diags) = conllu::read_file(p)?;
        say(format!("{}: {} sentences, {} diagnostics", p.display(), doc.sentences.len(), diags.len()), &mut log);
        sents.extend(doc.sentences.into_iter().map(|s| s.sentence));
    }
    let words: usize = sents.iter().map(|s| s.words.len()).sum();
    if sents.is_empty() {
        return Err(NlpError::NoData("the training files hold no sentences".into()));
    }
    let model = train_sentences(lang, &sents, opts, &mut |m| say(m, &mut log))?;
    model.save(out)?;
    let model_bytes = std::fs::metadata(out).map(|m| m.len() as usize).unwrap_or(0);
    let dev_report = match dev {
        Some(d) => {
            let (doc, _) = conllu::read_file(d)?;
            let gold: Vec<Sentence> = doc.sentences.into_iter().map(|s| s.sentence).collect();
            Some(evaluate_gold_tok(&model, &gold))
        }
        None => None,
    };
    Ok(TrainReport {
        lang,
        sentences: sents.len(),
        words,
        model_bytes,
        seconds: start.elapsed().as_secs_f64(),
        dev: dev_report,
        log,
    })
}

fn joint_tag(upos: &str, feats: &str) -> String {
    format!("{upos}\t{feats}")
}

fn tagger_data(sents: &[&Sentence]) -> Vec<(Vec<String>, Vec<String>)> {
    sents
        .iter()
        .map(|s| {
            (
                s.words.iter().map(|w| w.form.clone()).collect(),
                s.words.iter().map(|w| joint_tag(&w.upos, &w.feats)).collect(),
            )
        })
        .collect()
}

/// Trains all three stages on in-memory sentences.
pub fn train_sentences(
    lang: Lang,
    sents: &[Sentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Result<LangModel, NlpError> {
    let augmented: Vec<Sentence> =
        if opts.drop_initial_article { sents.iter().filter_map(without_initial_article).collect() } else { Vec::new() };
    if !augmented.is_empty() {
        log(format!("augmentation: {} sentences without their initial article", augmented.len()));
    }
    let all: Vec<&Sentence> = sents.iter().chain(&augmented).filter(|s| !s.words.is_empty()).collect();
    if all.is_empty() {
        return Err(NlpError::NoData("no words".into()));
    }
    let t0 = Instant::now();
    let tagger = Tagger::train(&tagger_data(&all), opts.tagger_epochs, opts.tagger_max_weights, log);
    log(format!("tagger trained in {:.1}s", t0.elapsed().as_secs_f64()));
    let lem_data: Vec<(String, String, String, String)> = all
        .iter()
        .flat_map(|s| s.words.iter().map(|w| (w.form.clone(), w.upos.clone(), w.feats.clone(), w.lemma.clone())))
        .collect();
    let t0 = Instant::now();
    let lemmatizer = Lemmatizer::train(&lem_data, opts.lemma_epochs, log);
    log(format!("lemmatiser trained in {:.1}s", t0.elapsed().as_secs_f64()));

    // Tags the parser trains on: gold, or jackknifed predictions.
    let mut tags: Vec<Vec<(String, String)>> =
        all.iter().map(|s| s.words.iter().map(|w| (w.upos.clone(), w.feats.clone())).collect()).collect();
    let k = opts.jackknife_folds;
    if k > 1 {
        for fold in 0..k {
            let train_part: Vec<&Sentence> =
                all.iter().enumerate().filter(|(i, _)| i % k != fold).map(|(_, s)| *s).collect();
            let t = Tagger::train(
                &tagger_data(&train_part),
                opts.tagger_epochs.min(6),
                opts.tagger_max_weights,
                &mut |_| {},
            );
            for (i, s) in all.iter().enumerate().filter(|(i, _)| i % k == fold) {
                let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                tags[i] = t
                    .tag(&forms, false)
                    .into_iter()
                    .map(|id| {
                        let (u, f) = t.split(id);
                        (u.to_string(), f.to_string())
                    })
                    .collect();
            }
            log(format!("jackknife fold {} done", fold + 1));
        }
    }
    let mut labels = LabelSet::default();
    let mut data = Vec::with_capacity(all.len());
    for (s, tg) in all.iter().zip(&tags) {
        let attrs = Attrs::new(s.words.iter().zip(tg).map(|(w, (u, f))| (w.form.as_str(), u.as_str(), f.as_str())));
        let mut heads = vec![0usize];
        let mut ls = vec![0u16];
        for w in &s.words {
            heads.push(w.head);
            ls.push(labels.id(if w.deprel.is_empty() { "dep" } else { &w.deprel }));
        }
        data.push(ParseSent { attrs, heads, labels: ls });
    }
    let t0 = Instant::now();
    let parser = Parser::train(labels.labels, &data, opts.parser_epochs, opts.parser_max_weights, log);
    log(format!("parser trained in {:.1}s", t0.elapsed().as_secs_f64()));
    let words: usize = all.iter().map(|s| s.words.len()).sum();
    Ok(LangModel {
        info: format!("{lang}: {} sentences, {words} words", all.len()),
        tagger,
        lemmatizer,
        parser,
        repair_finite: false,
        news_repairs: false,
        aux_forms: &[],
    })
}

/// The sentence without its first word when that is an article (a `det` without
/// dependents, its own token), the next word capitalised.
fn without_initial_article(s: &Sentence) -> Option<Sentence> {
    let first = s.words.first()?;
    let ok = s.words.len() >= 3
        && first.upos == "DET"
        && first.deprel == "det"
        && first.feat("PronType") == Some("Art")
        && s.tokens.first().is_some_and(|t| t.words == (0, 0))
        && !s.words.iter().any(|w| w.head == 1);
    if !ok {
        return None;
    }
    let mut out = Sentence { span: s.span, tokens: s.tokens[1..].to_vec(), words: s.words[1..].to_vec() };
    for t in &mut out.tokens {
        t.words = (t.words.0 - 1, t.words.1 - 1);
    }
    for w in &mut out.words {
        w.token -= 1;
        if w.head > 0 {
            w.head -= 1;
        }
    }
    let cap = |f: &str| -> String {
        let mut c = f.chars();
        c.next().map(|x| x.to_uppercase().chain(c).collect()).unwrap_or_default()
    };
    let f = cap(&out.words[0].form);
    out.words[0].form = f.clone();
    if out.tokens[0].words == (0, 0) {
        out.tokens[0].form = f;
    }
    Some(out)
}
