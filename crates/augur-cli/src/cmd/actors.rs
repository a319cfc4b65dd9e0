//! `augur actors` and `augur lexicon`.

use std::process::ExitCode;

use anyhow::{Context, Result};
use augur_actors::ActorBase;
use augur_core::ActorResolver;

use super::{parse_date, parse_lang};
use crate::args::{ActorFiles, ActorsArgs, ActorsCommand, LexiconArgs, LexiconCommand};

fn load(files: &ActorFiles) -> Result<ActorBase> {
    let mut kb = ActorBase::load_default();
    for p in &files.actors {
        kb.add_toml_file(p).with_context(|| format!("actor file {}", p.display()))?;
    }
    for p in &files.petrarch_actors {
        let r = kb.add_petrarch_actors_file(p).with_context(|| format!("PETRARCH actors {}", p.display()))?;
        eprintln!("augur: {}: {r}", p.display());
    }
    for p in &files.petrarch_agents {
        let r = kb.add_petrarch_agents_file(p).with_context(|| format!("PETRARCH agents {}", p.display()))?;
        eprintln!("augur: {}: {r}", p.display());
    }
    Ok(kb)
}

pub fn actors(args: ActorsArgs) -> Result<ExitCode> {
    match args.command {
        ActorsCommand::Resolve { lang, date, actors, mention } => {
            let lang = parse_lang(&lang)?;
            let date = date.as_deref().map(parse_date).transpose()?;
            let kb = load(&actors)?;
            let found = kb.resolve_text(&mention, lang, date.as_deref());
            say!("{}", serde_json::to_string_pretty(&found)?);
        }
        ActorsCommand::Stats { actors } => {
            let kb = load(&actors)?;
            say!("{}", kb.stats());
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn lexicon(args: LexiconArgs) -> Result<ExitCode> {
    match args.command {
        LexiconCommand::Stats => say!("{}", augur_coder::lexicon_stats()),
    }
    Ok(ExitCode::SUCCESS)
}
