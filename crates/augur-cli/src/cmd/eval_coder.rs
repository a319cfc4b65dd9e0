//! `augur eval petrarch|cameo-examples|plover|gold`: the event coder against gold suites.

use anyhow::Result;
use augur_pipeline::Config;

use crate::args::EvalCommand;

pub fn eval(_config: Config, command: EvalCommand) -> Result<()> {
    anyhow::bail!("{command:?}: coder evaluation is not wired yet")
}
