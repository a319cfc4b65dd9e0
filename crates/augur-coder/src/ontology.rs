//! The CAMEO 1.1b3 code table with Goldstein values, GDELT quad classes and the PLOVER
//! mapping augur uses (see `data/cameo.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

const CAMEO_TSV: &str = include_str!("../data/cameo.tsv");

/// The 16 PLOVER event types.
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
];

/// One CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub name: String,
    pub goldstein: f32,
    /// PLOVER event type; empty for the 01 family, which PLOVER drops.
    pub plover: String,
    /// A PLOVER type also accepted (057 → SUPPORT, 163 → COERCE).
    pub plover_alt: Option<String>,
    /// PLOVER mode, when the table gives one.
    pub mode: Option<String>,
    /// PLOVER contexts, when the table gives them.
    pub contexts: Vec<String>,
}

impl CameoCode {
    /// The two-digit root.
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }

    /// GDELT quad class 1–4.
    pub fn quad(&self) -> u8 {
        quad_of_root(self.root())
    }
}

/// GDELT quad class of a two-digit root: 1 roots 01–05, 2 06–08, 3 09–13, 4 14–20; 0 if invalid.
pub fn quad_of_root(root: &str) -> u8 {
    match root.parse::<u8>() {
        Ok(1..=5) => 1,
        Ok(6..=8) => 2,
        Ok(9..=13) => 3,
        Ok(14..=20) => 4,
        _ => 0,
    }
}

/// The code table, parsed once.
#[derive(Debug)]
pub struct Ontology {
    codes: Vec<CameoCode>,
    index: HashMap<String, usize>,
}

impl Ontology {
    /// The compiled-in table.
    pub fn get() -> &'static Ontology {
        static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
        ONTOLOGY.get_or_init(|| Ontology::parse(CAMEO_TSV))
    }

    fn parse(text: &str) -> Ontology {
        let mut codes = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 7 {
                continue;
            }
            let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
            codes.push(CameoCode {
                code: f[0].to_string(),
                goldstein: f[1].parse().unwrap_or(0.0),
                plover: opt(f[2]).unwrap_or_default(),
                plover_alt: opt(f[3]),
                mode: opt(f[4]),
                contexts: opt(f[5]).map(|c| c.split('|').map(str::to_string).collect()).unwrap_or_default(),
                name: f[6].to_string(),
            });
        }
        let index = codes.iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect();
        Ontology { codes, index }
    }

    pub fn lookup(&self, code: &str) -> Option<&CameoCode> {
        self.index.get(code).map(|&i| &self.codes[i])
    }

    pub fn contains(&self, code: &str) -> bool {
        self.index.contains_key(code)
    }

    pub fn codes(&self) -> &[CameoCode] {
        &self.codes
    }

    /// The PLOVER type for a code; for codes missing from the table, the root's type.
    pub fn plover(&self, code: &str) -> &str {
        match self.lookup(code) {
            Some(c) if !c.plover.is_empty() => &c.plover,
            _ => code.get(..2).and_then(|r| self.lookup(r)).map(|c| c.plover.as_str()).unwrap_or(""),
        }
    }

    /// The modes and contexts the table gives for a PLOVER type.
    pub fn plover_modes_contexts(&self, plover: &str) -> (Vec<String>, Vec<String>) {
        let mut modes: Vec<String> = Vec::new();
        let mut contexts: Vec<String> = Vec::new();
        for c in self.codes.iter().filter(|c| c.plover == plover) {
            if let Some(m) = &c.mode {
                if !modes.contains(m) {
                    modes.push(m.clone());
                }
            }
            for x in &c.contexts {
                if !contexts.contains(x) {
                    contexts.push(x.clone());
                }
            }
        }
        (modes, contexts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(code: &str, goldstein: f32, plover: &str, quad: u8) {
        let o = Ontology::get();
        let c = o.lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(c.goldstein, goldstein, "{code}");
        assert_eq!(o.plover(code), plover, "{code}");
        assert_eq!(c.quad(), quad, "{code}");
    }

    #[test]
    fn table() {
        for (code, g, p, q) in [
            ("01", 0.0, "", 1),
            ("020", 3.0, "REQUEST", 1),
            ("036", 4.0, "AGREE", 1),
            ("042", 1.9, "CONSULT", 1),
            ("057", 8.0, "AGREE", 1),
            ("0841", 7.0, "RETREAT", 2),
            ("100", -5.0, "REQUEST", 3),
            ("112", -2.0, "ACCUSE", 3),
            ("163", -8.0, "SANCTION", 4),
            ("190", -10.0, "ASSAULT", 4),
            ("2042", -10.0, "ASSAULT", 4),
        ] {
            check(code, g, p, q);
        }
        let o = Ontology::get();
        assert_eq!(o.codes().len(), 311);
        assert_eq!(o.lookup("057").and_then(|c| c.plover_alt.as_deref()), Some("SUPPORT"));
        assert_eq!(o.lookup("163").and_then(|c| c.plover_alt.as_deref()), Some("COERCE"));
        assert!(!o.contains("999"));
        for p in PLOVER_TYPES {
            assert!(o.codes().iter().any(|c| c.plover == p), "{p} unused");
        }
        let (modes, _) = o.plover_modes_contexts("CONSULT");
        assert!(modes.contains(&"visit".to_string()));
    }
}
