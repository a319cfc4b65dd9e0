//! Languages augur knows about. Per-language behaviour is looked up by this key.

use serde::{Deserialize, Serialize};

/// A language. The five with full packs come first; everything else is `Other`
/// and is stored and marked, not coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    Ru,
    /// Any language without a pack (or not identified).
    Other,
}

impl Lang {
    /// The five languages with full packs.
    pub const SUPPORTED: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ru];

    /// ISO 639-1 code (`und` for [`Lang::Other`]).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Other => "und",
        }
    }

    /// Parses ISO 639-1/-3 codes and BCP 47 tags such as `de-AT`; `None` when unknown.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" | "eng" => Some(Lang::En),
            "de" | "deu" | "ger" => Some(Lang::De),
            "fr" | "fra" | "fre" => Some(Lang::Fr),
            "es" | "spa" => Some(Lang::Es),
            "ru" | "rus" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// Whether augur has a full pack (NLP, lexicons, actor names) for this language.
    pub fn is_supported(self) -> bool {
        self != Lang::Other
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::SUPPORTED {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_code("pt"), None);
    }
}
