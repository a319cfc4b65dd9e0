//! `augur eval petrarch|cameo-examples|plover|gold`: the event coder against gold suites.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use augur_coder::eval::{self, Coded, EvalDoc, GoldSet};
use augur_core::doc::content_hash;
use augur_core::{Analysis, DocId, DocMeta, Document, Lang, Sentence, SourceRef};
use augur_pipeline::{Config, Pipeline};

use crate::args::EvalCommand;

pub fn eval(config: Config, command: EvalCommand) -> Result<()> {
    match command {
        EvalCommand::Petrarch { files } => {
            for f in &files {
                let (gold, env) = eval::load_petrarch_records(f)?;
                let mut cfg = config.clone();
                let dict_dir = f.parent().and_then(Path::parent).map(|p| p.join("dictionaries")).unwrap_or_default();
                if let Some(a) = env.actors {
                    cfg.actors.petrarch_actors.extend(split_dictionaries(&a, &dict_dir));
                }
                if let Some(a) = env.agents {
                    cfg.actors.petrarch_agents.extend(split_dictionaries(&a, &dict_dir));
                }
                let pipeline = Pipeline::new(cfg)?;
                report(&pipeline, &gold, Some(Lang::En))?;
            }
        }
        EvalCommand::CameoExamples { files } => {
            // The manual's examples carry codes but no actors: they test what the predicate
            // is coded as, so events are kept without a target or a known country.
            let mut config = config;
            config.coder.allow_no_target = true;
            config.coder.keep_unknown_country = true;
            config.coder.keep_comments = true;
            say!("cameo-manual: coded with allow_no_target, keep_unknown_country and keep_comments (the examples carry no actors and include root 01)");
            let pipeline = Pipeline::new(config)?;
            for f in &files {
                report(&pipeline, &eval::load_cameo_manual(f)?, None)?;
            }
        }
        EvalCommand::Plover { files } => {
            let pipeline = Pipeline::new(config)?;
            for f in &files {
                report(&pipeline, &eval::load_plover(f)?, None)?;
            }
        }
        EvalCommand::Gold { conllu, doc_prefix, texts, files } => {
            let pipeline = Pipeline::new(config)?;
            for f in &files {
                if conllu.is_empty() {
                    report(&pipeline, &eval::load_jsonl(f, texts.as_deref())?, None)?;
                    continue;
                }
                let gold = eval::load_jsonl(f, None)?;
                for c in &conllu {
                    gold_on_conllu(&pipeline, &gold, c, doc_prefix.as_deref())?;
                }
            }
        }
        EvalCommand::Ud { .. } | EvalCommand::Extract { .. } => unreachable!("handled by eval::eval"),
    }
    Ok(())
}

/// A records file may name several dictionaries, comma-separated, each relative to the
/// dictionary folder (UniversalPetrarch does: `spanish/a.txt,spanish/b.txt`).
fn split_dictionaries(joined: &Path, dict_dir: &Path) -> Vec<PathBuf> {
    let s = joined.to_string_lossy();
    if !s.contains(',') {
        return vec![joined.to_path_buf()];
    }
    let base = dict_dir.to_string_lossy();
    s.split(',')
        .map(|piece| {
            let piece = piece.trim();
            let rel = piece.strip_prefix(base.as_ref()).map(|r| r.trim_start_matches('/')).unwrap_or(piece);
            dict_dir.join(rel)
        })
        .filter(|p| {
            let exists = p.exists();
            if !exists {
                eprintln!("augur: warning: dictionary {} named by the records file is missing; skipped", p.display());
            }
            exists
        })
        .collect()
}

/// Codes every document of `gold` from its text and prints the scores.
fn report(pipeline: &Pipeline, gold: &GoldSet, lang: Option<Lang>) -> Result<()> {
    let mut coder = |d: &EvalDoc| -> Vec<Coded> {
        let meta = DocMeta { date: d.date.clone(), ..DocMeta::default() };
        let mut doc =
            Document::from_text(SourceRef::path(d.id.clone()), content_hash(d.text.as_bytes()), meta, d.text.clone());
        doc.lang = d.lang.or(lang).unwrap_or_else(|| super::parse::identify(&d.text));
        pipeline
            .code_document(&doc, d.date.as_deref())
            .events
            .iter()
            .map(|m| Coded::from_mention_in(m, &doc.text))
            .collect()
    };
    let r = eval::evaluate(gold, &mut coder);
    say!("{r}");
    Ok(())
}

/// Scores `gold` on the documents of one gold-parsed CoNLL-U file.
fn gold_on_conllu(pipeline: &Pipeline, gold: &GoldSet, file: &Path, prefix: Option<&str>) -> Result<()> {
    let (doc, _) = augur_nlp::conllu::read_file(file).with_context(|| format!("reading {}", file.display()))?;
    let lang = super::parse::identify(&doc.text);
    // Group sentences by `# newdoc id`.
    let mut docs: BTreeMap<String, Vec<Sentence>> = BTreeMap::new();
    let mut order = Vec::new();
    let mut current = String::from("doc");
    for s in &doc.sentences {
        if let Some(id) = s.comment("newdoc id") {
            current = id.to_string();
        }
        if prefix.is_some_and(|p| !current.starts_with(p)) {
            continue;
        }
        if !docs.contains_key(&current) {
            order.push(current.clone());
        }
        docs.entry(current.clone()).or_default().push(s.sentence.clone());
    }
    let mut set =
        GoldSet { name: format!("{} on {}", gold.name, file.display()), docs: Vec::new(), events: Vec::new() };
    set.events = gold.events.iter().filter(|e| docs.contains_key(&e.doc)).cloned().collect();
    set.docs =
        order.iter().map(|id| EvalDoc { id: id.clone(), text: String::new(), lang: Some(lang), date: None }).collect();
    // One document over the whole file's text (the sentences' spans point into it); only its id
    // changes from gold document to gold document.
    let mut document =
        Document::from_text(SourceRef::path(file.display().to_string()), String::new(), DocMeta::default(), doc.text);
    document.lang = lang;
    let mut coder = |d: &EvalDoc| -> Vec<Coded> {
        let Some(sentences) = docs.get(&d.id) else { return Vec::new() };
        document.id = DocId::from_string(d.id.clone());
        document.source = SourceRef::path(d.id.clone());
        let analysis = Analysis { lang: Some(lang), sentences: sentences.clone(), diagnostics: Vec::new() };
        pipeline
            .code_analysis(&document, analysis, None)
            .events
            .iter()
            .map(|m| Coded::from_mention_in(m, &document.text))
            .collect()
    };
    let r = eval::evaluate(&set, &mut coder);
    say!("{r}");
    Ok(())
}
