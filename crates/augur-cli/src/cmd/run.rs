//! `augur run` and `augur recode`.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Result;
use augur_pipeline::pipeline::Outcome;
use augur_pipeline::{Config, Pipeline};
use indicatif::{ProgressBar, ProgressStyle};

use super::{add_actor_files, open_store, parse_date};
use crate::args::{RecodeArgs, RunArgs};

pub fn run(mut config: Config, args: RunArgs, quiet: bool) -> Result<ExitCode> {
    add_actor_files(&mut config, &args.actors);
    if let Some(t) = args.threads {
        config.run.threads = t;
    }
    let date = args.date.as_deref().map(parse_date).transpose()?;
    let pipeline = Pipeline::new(config)?;
    let mut store = open_store(&pipeline.config)?;
    let bar = progress(quiet);
    let summary = pipeline.run(&args.inputs, &mut store, date.as_deref(), |outcome| {
        match outcome {
            Outcome::Failed(f) => bar.suspend(|| eprintln!("augur: failed: {} [{}]: {}", f.source, f.stage, f.reason)),
            Outcome::Stored { source, events, .. } => bar.set_message(format!("{source} ({events} events)")),
        }
        bar.inc(1);
    })?;
    bar.finish_and_clear();
    store.checkpoint()?;
    eprintln!("augur: {summary}");
    eprintln!("augur: database {}", pipeline.config.store.db.display());
    Ok(if summary.failed > 0 { ExitCode::from(crate::EXIT_SOME_FAILED) } else { ExitCode::SUCCESS })
}

pub fn recode(config: Config, args: RecodeArgs, quiet: bool) -> Result<ExitCode> {
    let pipeline = Pipeline::new(config)?;
    let mut store = super::open_existing_store(&pipeline.config)?;
    let bar = progress(quiet);
    let report = augur_pipeline::recode::recode(&pipeline, &mut store, args.all, |_| bar.inc(1))?;
    bar.finish_and_clear();
    eprintln!("augur: {report}");
    Ok(ExitCode::SUCCESS)
}

/// A spinner with counts on a terminal; nothing when piped or `--quiet`.
fn progress(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} documents, {per_sec} {wide_msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
