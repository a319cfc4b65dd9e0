//! The augur library API: configuration and the [`Pipeline`] that joins the stages
//! (ingest → extract → analyse → resolve actors → code events → store). No global state: the
//! CLI, a server or bindings each build a `Pipeline` and drive it.
//!
//! ```no_run
//! use augur_pipeline::{Config, Pipeline};
//!
//! let pipeline = Pipeline::new(Config::default())?;
//! let mut store = augur_store::Store::open_in_memory()?;
//! let summary = pipeline.run(&["examples".into()], &mut store, None, |_| {})?;
//! println!("{summary}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod config;
pub mod pipeline;
pub mod recode;

pub use config::Config;
pub use pipeline::{Coded, Outcome, Pipeline, PipelineError, RunSummary};
