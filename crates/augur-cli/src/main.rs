//! The `augur` binary: glue between the command line and the library crates.
//!
//! Exit status: 0 when every document was processed; 1 when a command failed as a whole
//! (bad arguments, unreadable database); 2 when the command ran but at least one document
//! failed (each failure is one line on stderr and one row in the failures table).

mod args;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use args::Cli;

// mimalloc: the pipeline allocates many small strings per token and actor; the system
// allocator cost ~25% of actor look-up time in profiles.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status when some documents failed but the run went on.
pub const EXIT_SOME_FAILED: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cmd::dispatch(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`augur events | head`) is not an error.
            if err
                .chain()
                .any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("augur: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
