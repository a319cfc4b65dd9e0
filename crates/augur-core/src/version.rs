//! The version stamp stored with every result, so results can be traced and re-coded.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Pipeline version plus short hashes of the models, lexicons and actor data used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct VersionStamp {
    pub pipeline: String,
    #[serde(default)]
    pub models: String,
    #[serde(default)]
    pub lexicons: String,
    #[serde(default)]
    pub actors: String,
}

impl VersionStamp {
    /// A stamp with this crate's version and empty component hashes.
    pub fn pipeline_only() -> VersionStamp {
        VersionStamp { pipeline: env!("CARGO_PKG_VERSION").to_string(), ..Default::default() }
    }

    /// One compact string: `0.1.0+m1a2b+l3c4d+a5e6f`.
    pub fn compact(&self) -> String {
        format!("{}+m{}+l{}+a{}", self.pipeline, self.models, self.lexicons, self.actors)
    }
}

/// A short (12 hex digit) hash of some data, for version stamps.
pub fn short_hash(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect()
}
