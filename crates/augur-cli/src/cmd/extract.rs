//! `augur extract`: one JSON object per document.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use augur_pipeline::Config;

use super::wire;
use crate::args::ExtractArgs;

pub fn extract(config: &Config, args: ExtractArgs) -> Result<ExitCode> {
    let caps = config.caps.ingest();
    let opts = augur_extract::ExtractOptions::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for item in augur_ingest::read_inputs(&args.inputs, &caps) {
        let result = item.map_err(|e| e.to_string()).and_then(|raw| {
            let src = raw.source.to_string();
            augur_extract::extract(&raw, &opts).map_err(|e| format!("{src}: {e}"))
        });
        match result {
            Ok(doc) => writeln!(out, "{}", wire::document(&doc))?,
            Err(e) => {
                failed += 1;
                eprintln!("augur: failed: {e}");
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(crate::EXIT_SOME_FAILED) } else { ExitCode::SUCCESS })
}
