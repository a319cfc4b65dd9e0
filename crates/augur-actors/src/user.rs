//! User actor files (`--actors my-actors.toml`): `[[person]]` tables in the format of
//! `data/persons/FORMAT.md` and `[[actor]]` tables naming a code.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::kb::{valid_date, ActorBase};
use crate::model::{Dated, Entry, Kind, PersonRec};
use crate::ActorsError;

/// An `[[actor]]` table:
///
/// ```toml
/// [[actor]]
/// code = "RUSGOV"                 # country or IGO code plus up to three sectors
/// name = "Kremlin"                # canonical English name
/// names = { en = ["Kremlin"], de = ["Kreml"] }
/// from = "1991-12-26"             # optional validity
/// ```
#[derive(Debug, Deserialize)]
struct ActorToml {
    code: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    names: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ActorFile {
    #[serde(default)]
    person: Vec<PersonRec>,
    #[serde(default)]
    actor: Vec<ActorToml>,
}

/// Splits `IGOUNOGOV` → (`IGOUNO`, [`GOV`]), `RUSGOVMIL` → (`RUS`, [`GOV`, `MIL`]).
pub(crate) fn split_code(code: &str) -> (String, Vec<String>) {
    let code = code.trim().to_ascii_uppercase();
    let n = if code.starts_with("IGO") { 6 } else { 3 };
    let n = n.min(code.len());
    let country = code[..n].to_string();
    let rest = &code[n..];
    let sectors = rest.as_bytes().chunks(3).filter_map(|c| std::str::from_utf8(c).ok()).map(str::to_string).collect();
    (country, sectors)
}

impl ActorBase {
    /// Adds persons and actors from TOML text (the format of the data files).
    pub fn add_toml(&mut self, text: &str) -> Result<(), ActorsError> {
        let file: ActorFile = toml::from_str(text)?;
        self.note_source(text);
        for p in file.person {
            self.add_person(p)?;
        }
        for a in file.actor {
            let err = |m: &str| ActorsError::Data {
                source_name: "actor".into(),
                line: 0,
                message: format!("{}: {m}", a.code),
            };
            if a.code.len() < 3 || !a.code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(err("code must be 3+ letters"));
            }
            for d in [&a.from, &a.to].into_iter().flatten() {
                if !valid_date(d) {
                    return Err(err("dates must be YYYY-MM-DD"));
                }
            }
            let (country, sectors) = split_code(&a.code);
            let first = a.names.values().flatten().next().cloned().or_else(|| a.name.clone());
            let Some(first) = first else { return Err(err("no names")) };
            let mut e = Entry::new(Kind::Custom, &first);
            e.name = a.name.clone().unwrap_or_else(|| first.clone());
            if a.from.is_some() || a.to.is_some() {
                e.dated.push(Dated {
                    from: a.from.clone(),
                    to: a.to.clone(),
                    country: country.clone(),
                    sectors: sectors.clone(),
                });
            }
            if e.dated.is_empty() {
                e.country = Some(country);
                e.sectors = sectors;
            }
            let id = self.push_entry(e);
            self.stats.custom_entries += 1;
            for (l, forms) in &a.names {
                let l = crate::lang_from(l).unwrap_or(augur_core::Lang::En);
                for f in forms {
                    self.add_form(f, id, l);
                }
            }
            if let Some(n) = &a.name {
                self.add_form(n, id, augur_core::Lang::En);
            }
        }
        Ok(())
    }
}
