//! `augur parse` and `augur train`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use augur_core::{Analyzer, Lang};
use augur_nlp::{conllu, NlpPipeline};

use super::{parse_lang, read_input};
use crate::args::{InputFormat, ParseArgs, TrainArgs};

pub fn parse(args: ParseArgs) -> Result<ExitCode> {
    let (bytes, name) = read_input(args.input.as_deref())?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let nlp = NlpPipeline::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.input_format {
        InputFormat::Conllu => {
            let (mut doc, diags) = conllu::parse(&text);
            for d in &diags {
                eprintln!("augur: {name}: {}", d.message);
            }
            let lang = match &args.lang {
                Some(l) => parse_lang(l)?,
                None => identify(&doc.text),
            };
            for s in &mut doc.sentences {
                augur_nlp::strip_annotation(&mut s.sentence);
                for d in nlp.annotate(&mut s.sentence, lang) {
                    eprintln!("augur: {name}: {}", d.message);
                }
            }
            out.write_all(conllu::write(&doc).as_bytes())?;
        }
        InputFormat::Text | InputFormat::Html => {
            let text = if args.input_format == InputFormat::Html { html_text(&bytes, &name)? } else { text };
            let lang = match &args.lang {
                Some(l) => parse_lang(l)?,
                None => identify(&text),
            };
            let analysis = nlp.analyze(&text, lang);
            for d in &analysis.diagnostics {
                eprintln!("augur: {name}: {}", d.message);
            }
            let mut buf = String::new();
            for (i, s) in analysis.sentences.iter().enumerate() {
                let comments = vec![format!("sent_id = {}", i + 1), format!("lang = {lang}")];
                conllu::write_sentence_with(&mut buf, s, &comments, Some(&text), true);
            }
            out.write_all(buf.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn html_text(bytes: &[u8], name: &str) -> Result<String> {
    let raw = augur_core::RawDoc {
        source: augur_core::SourceRef::path(name),
        bytes: bytes.to_vec(),
        format: augur_core::doc::RawFormat::Html,
        hints: Default::default(),
        declared_charset: None,
        id_hint: None,
    };
    let doc = augur_extract::extract(&raw, &Default::default()).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    Ok(doc.text)
}

/// The language of a text; English when identification is unsure.
pub fn identify(text: &str) -> Lang {
    augur_extract::identify_text(text).map(|(l, _)| l).unwrap_or(Lang::En)
}

pub fn train(args: TrainArgs) -> Result<ExitCode> {
    let lang = parse_lang(&args.lang)?;
    let report = augur_nlp::train::train(lang, &args.files, args.dev.as_deref(), &args.out)
        .with_context(|| format!("training {lang} failed"))?;
    say!("{report}");
    Ok(ExitCode::SUCCESS)
}
