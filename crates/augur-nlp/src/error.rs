//! Typed errors of model loading, training and evaluation.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("model data is corrupt: {0}")]
    Model(String),
    #[error("no training data: {0}")]
    NoData(String),
    #[error("no model for language {0}")]
    NoModel(augur_core::Lang),
}

impl NlpError {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> NlpError {
        NlpError::Io { path: path.to_path_buf(), source }
    }
}
