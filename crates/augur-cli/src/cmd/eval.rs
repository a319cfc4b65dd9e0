//! `augur eval`: scores against gold data in `../shared` (never shipped with augur).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use augur_core::Lang;
use augur_nlp::NlpPipeline;
use augur_pipeline::Config;

use super::parse_lang;
use crate::args::{EvalArgs, EvalCommand};

pub fn eval(config: Config, args: EvalArgs) -> Result<ExitCode> {
    match args.command {
        EvalCommand::Ud { lang, files } => {
            let nlp = NlpPipeline::new();
            for f in &files {
                let lang = match &lang {
                    Some(l) => parse_lang(l)?,
                    None => lang_of_file(f)
                        .with_context(|| format!("cannot tell the language of {}; pass --lang", f.display()))?,
                };
                eval_ud(&nlp, f, lang)?;
            }
        }
        EvalCommand::Extract { dir } => {
            let opts = augur_extract::ExtractOptions::default();
            let sh = augur_extract::eval::scrapinghub(&dir.join("scrapinghub"), &opts)?;
            say!("scrapinghub article benchmark\n{sh}\n");
            let tr = augur_extract::eval::trafilatura(&dir.join("trafilatura_eval"), &opts)?;
            say!("trafilatura evaluation pages\n{tr}\n");
            let rd = augur_extract::eval::readability_metadata(&dir.join("readability_js"), &opts)?;
            say!("readability.js metadata\n{rd}\n");
            let ud = dir.parent().map(|p| p.join("ud")).unwrap_or_else(|| Path::new("../shared/data/ud").to_path_buf());
            let li = augur_extract::eval::lang_id(&ud, 200, 400)?;
            say!("language identification (documents > 200 characters from UD text)\n{li}");
        }
        other => super::eval_coder::eval(config, other)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The language of a UD file from its name (`en_ewt-ud-test.conllu`) or folder (`UD_German-GSD`).
fn lang_of_file(path: &Path) -> Option<Lang> {
    let name = path.file_name()?.to_str()?;
    if let Some((code, _)) = name.split_once('_') {
        if let Some(l) = Lang::from_code(code) {
            return Some(l);
        }
    }
    let dir = path.parent()?.file_name()?.to_str()?;
    [("English", Lang::En), ("German", Lang::De), ("French", Lang::Fr), ("Spanish", Lang::Es), ("Russian", Lang::Ru)]
        .into_iter()
        .find(|(n, _)| dir.contains(n))
        .map(|(_, l)| l)
}

fn eval_ud(nlp: &NlpPipeline, file: &Path, lang: Lang) -> Result<()> {
    // Raw text keeps paragraph breaks (`# newpar`) as the CoNLL 2018 evaluation does.
    let report = augur_nlp::eval::evaluate_file(nlp, lang, file)?;
    say!("{report}\n");
    Ok(())
}
