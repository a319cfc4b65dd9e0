//! One module per group of commands; `dispatch` picks the command.

/// `println!` that returns the error instead of panicking when stdout is closed
/// (`augur bench … | head`).
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($t)*)?;
    }};
}

mod actors;
mod bench;
mod code;
mod eval;
mod eval_coder;
mod extract;
mod parse;
mod query;
mod run;
pub mod wire;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use augur_core::Lang;
use augur_pipeline::Config;

use crate::args::{ActorFiles, Cli, Command};

pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    let mut config = Config::load(cli.config.as_deref())?;
    if let Some(db) = &cli.db {
        config.store.db = db.clone();
    }
    let quiet = cli.quiet;
    match cli.command {
        Command::Run(a) => run::run(config, a, quiet),
        Command::Extract(a) => extract::extract(&config, a),
        Command::Docs(a) => query::docs(&config, a),
        Command::Parse(a) => parse::parse(a),
        Command::Code(a) => code::code(config, a),
        Command::Actors(a) => actors::actors(a),
        Command::Lexicon(a) => actors::lexicon(a),
        Command::Events(a) => query::events(&config, a),
        Command::Dyad(a) => query::dyad(&config, a),
        Command::Export(a) => query::export(&config, a),
        Command::Recode(a) => run::recode(config, a, quiet),
        Command::Eval(a) => eval::eval(config, a),
        Command::Bench(a) => bench::bench(config, a),
        Command::Train(a) => parse::train(a),
    }
}

/// Adds the actor files given on the command line to the configuration.
pub fn add_actor_files(config: &mut Config, files: &ActorFiles) {
    config.actors.files.extend(files.actors.iter().cloned());
    config.actors.petrarch_actors.extend(files.petrarch_actors.iter().cloned());
    config.actors.petrarch_agents.extend(files.petrarch_agents.iter().cloned());
}

/// Reads a file, or standard input for `-` or no path.
pub fn read_input(path: Option<&Path>) -> Result<(Vec<u8>, String)> {
    match path {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((bytes, p.display().to_string()))
        }
    }
}

fn read_stdin() -> Result<(Vec<u8>, String)> {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf).context("cannot read standard input")?;
    Ok((buf, "-".to_string()))
}

/// Parses a `--lang` value.
pub fn parse_lang(code: &str) -> Result<Lang> {
    Lang::from_code(code).with_context(|| format!("unknown language {code:?} (use en, de, fr, es or ru)"))
}

/// Checks a `--date` value.
pub fn parse_date(date: &str) -> Result<String> {
    augur_pipeline::pipeline::day_of(date).with_context(|| format!("invalid date {date:?} (use YYYY-MM-DD)"))
}

pub fn db_path(config: &Config) -> PathBuf {
    config.store.db.clone()
}

pub fn open_store(config: &Config) -> Result<augur_store::Store> {
    let path = db_path(config);
    augur_store::Store::open(&path).with_context(|| format!("cannot open database {}", path.display()))
}

/// Opens an existing database for queries (a missing file is an error, not a new database).
pub fn open_existing_store(config: &Config) -> Result<augur_store::Store> {
    let path = db_path(config);
    if !path.exists() {
        anyhow::bail!("no database at {} (run `augur run INPUT...` first, or pass --db)", path.display());
    }
    open_store(config)
}
