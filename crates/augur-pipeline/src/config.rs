//! Configuration: `augur.toml`, with command-line flags layered on top by the binary.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Everything a run can be configured with. Every section and field is optional in the file;
/// missing values take the defaults below.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub store: StoreConfig,
    pub languages: LanguagesConfig,
    pub caps: CapsConfig,
    pub coder: CoderConfig,
    pub cluster: ClusterConfig,
    pub actors: ActorsConfig,
    pub run: RunConfig,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RunConfig {
    /// Worker threads for analysis; 0 means one per available core.
    pub threads: usize,
}

impl RunConfig {
    /// The number of worker threads to use.
    pub fn jobs(&self) -> usize {
        if self.threads > 0 {
            self.threads
        } else {
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StoreConfig {
    /// Path of the SQLite database.
    pub db: PathBuf,
    /// Documents per transaction.
    pub batch_size: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LanguagesConfig {
    /// Languages that are analysed and coded; others are stored and marked.
    pub enabled: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CapsConfig {
    /// Largest accepted document, in bytes.
    pub max_doc_bytes: u64,
    /// Largest accepted decompressed stream, in bytes (protects against gzip bombs).
    pub max_decompressed_bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CoderConfig {
    /// Events below this confidence are not stored.
    pub min_confidence: f32,
    /// Also code events whose target is not found ("X said it would cooperate"); off by
    /// default because the coding conventions score dyads.
    pub allow_no_target: bool,
    /// Keep events whose source or target has no country ("the soldiers", "rebels"); off by
    /// default for the same reason.
    pub keep_unknown_country: bool,
    /// Also store CAMEO root 01 statements (comments, hopes, denials); off by default
    /// because the conventions do not code them.
    pub keep_comments: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClusterConfig {
    /// A mention joins an event when its date is within this many days of the event's first date.
    pub window_days: u32,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ActorsConfig {
    /// Extra actor files in augur's TOML format.
    pub files: Vec<PathBuf>,
    /// PETRARCH / Phoenix actor dictionaries.
    pub petrarch_actors: Vec<PathBuf>,
    /// PETRARCH / Phoenix agent dictionaries.
    pub petrarch_agents: Vec<PathBuf>,
}

impl Default for StoreConfig {
    fn default() -> StoreConfig {
        StoreConfig { db: PathBuf::from("augur.db"), batch_size: 256 }
    }
}

impl Default for LanguagesConfig {
    fn default() -> LanguagesConfig {
        LanguagesConfig { enabled: ["en", "de", "fr", "es", "ru"].iter().map(|s| s.to_string()).collect() }
    }
}

impl Default for CapsConfig {
    fn default() -> CapsConfig {
        CapsConfig { max_doc_bytes: 20 * 1024 * 1024, max_decompressed_bytes: 512 * 1024 * 1024 }
    }
}

impl Default for ClusterConfig {
    fn default() -> ClusterConfig {
        ClusterConfig { window_days: 1 }
    }
}

/// A configuration file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("invalid configuration in {path}: {message}")]
    Parse { path: PathBuf, message: String },
}

impl CapsConfig {
    /// The limits as the ingest stage takes them.
    pub fn ingest(&self) -> augur_ingest::Caps {
        augur_ingest::Caps {
            max_doc_bytes: usize::try_from(self.max_doc_bytes).unwrap_or(usize::MAX),
            max_decompressed_bytes: self.max_decompressed_bytes,
        }
    }
}

impl Config {
    /// Parses configuration text (the contents of `augur.toml`).
    pub fn from_toml(text: &str, path: &Path) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Parse { path: path.to_path_buf(), message: e.to_string() })
    }

    /// Loads `path`; when `path` is `None`, loads `./augur.toml` if it exists, else defaults.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from("augur.toml"), false),
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::from_toml(&text, &path),
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read { path, source }),
        }
    }

    /// The enabled languages that augur has packs for.
    pub fn enabled_langs(&self) -> Vec<augur_core::Lang> {
        self.languages.enabled.iter().filter_map(|c| augur_core::Lang::from_code(c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_file_keeps_defaults() {
        let c = Config::from_toml("[store]\ndb = \"x.db\"\n[cluster]\nwindow_days = 2\n", Path::new("t")).unwrap();
        assert_eq!(c.store.db, PathBuf::from("x.db"));
        assert_eq!(c.store.batch_size, 256);
        assert_eq!(c.cluster.window_days, 2);
        assert_eq!(c.enabled_langs().len(), 5);
    }

    #[test]
    fn unknown_keys_are_errors() {
        assert!(Config::from_toml("[store]\ndbb = 1\n", Path::new("t")).is_err());
    }
}
