//! Actors: structured values from which CAMEO-style codes are derived.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A named person with the office held on the date of the mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    /// Wikidata id, only where certain; `None` otherwise.
    pub qid: Option<String>,
    /// The office held on the date, e.g. `President of Russia`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
}

/// A resolved actor. `code` is derived from the structure: country or IGO code followed by
/// up to three sector codes (`RUSGOV`, `IGOUNO`, `PRKMIL`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub code: String,
    /// Country code (`RUS`), region (`WST`) or IGO code (`IGOUNO`).
    pub country: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Known group (GDELT KnownGroupCode, e.g. `UNO`, `NAT`), when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub religion: Option<String>,
    pub person: Option<Person>,
    /// Canonical English name of the actor (for GDELT's ActorName column).
    #[serde(default)]
    pub name: String,
    pub confidence: f32,
    pub reason: String,
}

impl Actor {
    /// Builds the CAMEO-style code from country and sectors.
    pub fn derive_code(country: &str, sectors: &[String]) -> String {
        let mut code = country.to_string();
        for s in sectors.iter().take(3) {
            code.push_str(s);
        }
        code
    }

    /// The country or organisation level the conventions score on: the first 3 characters,
    /// or the first 6 for IGO codes.
    pub fn scoring_key(code: &str) -> &str {
        let n = if code.starts_with("IGO") { 6 } else { 3 };
        code.get(..n.min(code.len())).unwrap_or(code)
    }
}

/// Actors found for a stretch of words of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    pub sentence: usize,
    /// 0-based word range `[first, last]` inclusive.
    pub words: (usize, usize),
    pub span: Span,
    pub actors: Vec<Actor>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(Actor::derive_code("RUS", &["GOV".into()]), "RUSGOV");
        assert_eq!(Actor::scoring_key("RUSGOV"), "RUS");
        assert_eq!(Actor::scoring_key("IGOUNOGOV"), "IGOUNO");
        assert_eq!(Actor::scoring_key("US"), "US");
    }
}
