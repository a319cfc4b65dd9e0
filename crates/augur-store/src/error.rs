//! Typed errors of the store.

use std::path::PathBuf;

/// Everything the store can fail with. Analysis results never fail; only storage and I/O do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("i/o on {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("write: {0}")]
    Write(#[from] std::io::Error),
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("unknown document {0}")]
    UnknownDocument(String),
    #[error("invalid {what}: {value}")]
    Invalid { what: &'static str, value: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
