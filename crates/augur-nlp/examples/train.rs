//! Trains a model: `train LANG OUT.bin [--dev DEV.conllu] [--jackknife K] [--epochs P]
//! [--parser-weights N] [--tagger-weights N] TRAIN.conllu...` (a file given twice counts twice).

use std::path::PathBuf;

use augur_core::Lang;
use augur_nlp::train::{train_with, TrainOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let all: Vec<String> = std::env::args().skip(1).collect();
    if all.first().map(String::as_str) == Some("--prune") {
        // --prune IN OUT TAGGER_WEIGHTS PARSER_WEIGHTS
        let get = |i: usize| all.get(i).cloned().ok_or("usage: --prune IN OUT TAGGER_WEIGHTS PARSER_WEIGHTS");
        let mut m = augur_nlp::LangModel::load(std::path::Path::new(&get(1)?))?;
        m.prune(get(3)?.parse()?, get(4)?.parse()?);
        m.save(std::path::Path::new(&get(2)?))?;
        return Ok(());
    }
    let mut args = std::env::args().skip(1);
    let lang = Lang::from_code(&args.next().ok_or("missing LANG")?).ok_or("unknown LANG")?;
    let out = PathBuf::from(args.next().ok_or("missing OUT")?);
    let mut dev = None;
    let mut files = Vec::new();
    let mut opts = TrainOptions::default();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dev" => dev = args.next().map(PathBuf::from),
            "--jackknife" => opts.jackknife_folds = args.next().ok_or("value")?.parse()?,
            "--epochs" => opts.parser_epochs = args.next().ok_or("value")?.parse()?,
            "--parser-weights" => opts.parser_max_weights = args.next().ok_or("value")?.parse()?,
            "--tagger-weights" => opts.tagger_max_weights = args.next().ok_or("value")?.parse()?,
            "--drop-initial-article" => opts.drop_initial_article = true,
            "--tagger-epochs" => opts.tagger_epochs = args.next().ok_or("value")?.parse()?,
            _ => files.push(PathBuf::from(a)),
        }
    }
    let r = train_with(lang, &files, dev.as_deref(), &out, &opts, &mut |m| eprintln!("{m}"))?;
    println!("{r}");
    Ok(())
}
