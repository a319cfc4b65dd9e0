//! Typed errors of loading actor data.

/// What can go wrong when adding data to an [`crate::ActorBase`].
#[derive(Debug, thiserror::Error)]
pub enum ActorsError {
    #[error("invalid actor TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("{source_name}:{line}: {message}")]
    Data { source_name: String, line: usize, message: String },
    #[error("person `{id}`: {message}")]
    Person { id: String, message: String },
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}
