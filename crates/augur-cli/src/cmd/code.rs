//! `augur code`: the events of one document as JSON lines.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use augur_core::doc::{content_hash, RawFormat};
use augur_core::span::CharIndex;
use augur_core::{Analysis, DocId, DocMeta, Document, RawDoc, SourceRef};
use augur_nlp::conllu;
use augur_pipeline::{Config, Pipeline};

use super::{add_actor_files, parse_date, parse_lang, read_input, wire};
use crate::args::{CodeArgs, InputFormat};

pub fn code(mut config: Config, args: CodeArgs) -> Result<ExitCode> {
    add_actor_files(&mut config, &args.actors);
    let date = args.date.as_deref().map(parse_date).transpose()?;
    let lang = args.lang.as_deref().map(parse_lang).transpose()?;
    let pipeline = Pipeline::new(config)?;
    let (bytes, name) = read_input(args.input.as_deref())?;
    let source = SourceRef::path(name.clone());

    let (doc, coded) = if args.input_format == Some(InputFormat::Conllu) {
        let text = String::from_utf8_lossy(&bytes);
        let (gold, diags) = conllu::parse(&text);
        let mut doc = Document::from_text(source, content_hash(&bytes), DocMeta::default(), gold.text.clone());
        doc.lang = lang.unwrap_or_else(|| super::parse::identify(&doc.text));
        doc.diagnostics = diags;
        let analysis = Analysis {
            lang: Some(doc.lang),
            sentences: gold.sentences.into_iter().map(|s| s.sentence).collect(),
            diagnostics: Vec::new(),
        };
        if let Some(id) = &args.doc {
            doc.id = DocId::from_string(id.clone());
        }
        let coded = pipeline.code_analysis(&doc, analysis, date.as_deref());
        (doc, coded)
    } else {
        let format = match args.input_format {
            Some(InputFormat::Html) => RawFormat::Html,
            Some(InputFormat::Text) => RawFormat::Text,
            _ => match augur_ingest::sniff(&bytes[..bytes.len().min(4096)], args.input.as_deref()) {
                augur_ingest::InputKind::Html => RawFormat::Html,
                _ => RawFormat::Text,
            },
        };
        let raw = RawDoc { source, bytes, format, hints: DocMeta::default(), declared_charset: None, id_hint: None };
        let mut doc = pipeline.extract(&raw).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        if let Some(l) = lang {
            doc.lang = l;
        }
        if let Some(id) = &args.doc {
            doc.id = DocId::from_string(id.clone());
        }
        let coded = pipeline.code_document(&doc, date.as_deref());
        (doc, coded)
    };
    for d in coded.analysis.diagnostics.iter().chain(&coded.diagnostics) {
        // AUGUR_EVAL_TRACE=1 also shows the coder's notes (predicates without a source or
        // target), which explain a missing event.
        if d.severity >= augur_core::Severity::Warning || std::env::var_os("AUGUR_EVAL_TRACE").is_some() {
            eprintln!("augur: {name}: {}: {}", d.code, d.message);
        }
    }
    let chars = CharIndex::new(&doc.text);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for e in &coded.events {
        writeln!(out, "{}", wire::event(e, &doc.text, &chars))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
