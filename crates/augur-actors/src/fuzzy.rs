//! Misspelt country names ("Ethopia", "Afganistan", "Isreal", "Quatar"): a capitalised
//! word the index does not know, one edit away from a one-word country name.
//!
//! Rules, to keep personal names and common words out: Latin letters only, six letters or
//! more; a missing letter (Ethopia) only from words of seven letters or more; a letter too
//! many (Quatar, Phillippines) or two neighbours swapped (Isreal) from six, the extra letter
//! a vowel or a doubled letter and not the last one (so "Syriac", "Crimean", "Tsonga" stay
//! unknown); a wrong letter only from nine (so "Bolivar" is not Bolivia, "Columbia" not
//! Colombia, "Ismael" not Israel); never a known given name.
//! The variants of the names are built once, on first use.

use crate::fx::FxMap;
use crate::kb::ActorBase;
use crate::model::Kind;

/// One-word country names by key, and their one-letter deletions.
#[derive(Debug, Default, Clone)]
pub(crate) struct Fuzzy {
    /// Key of a one-word country name → its token id.
    names: FxMap<String, u32>,
    /// A name with one letter deleted → (token id, position of the deleted letter).
    deletions: FxMap<String, Vec<(u32, u8)>>,
}

fn eligible(key: &str) -> bool {
    key.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether letter `i` of `b` looks like a typing slip rather than a derivation: a doubled
/// letter ("Phillippines") or a vowel ("Quatar"), not the last letter ("Syriac",
/// "Crimean" are words of their own) nor a stray consonant ("Tsonga" is no Tonga).
fn inserted_typo(b: &[u8], i: usize) -> bool {
    let c = b[i];
    let doubled = (i > 0 && b[i - 1] == c) || b.get(i + 1) == Some(&c);
    i + 1 < b.len() && (doubled || matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

impl Fuzzy {
    pub(crate) fn build(kb: &ActorBase) -> Fuzzy {
        let mut f = Fuzzy::default();
        for (key, &id) in &kb.vocab {
            if key.len() < 5 || !eligible(key) {
                continue;
            }
            let Some(node) = kb.step(0, id) else { continue };
            let country = kb.nodes[node as usize].iter().any(|&e| kb.entries[e as usize].kind == Kind::CountryName);
            if !country {
                continue;
            }
            f.names.insert(key.clone(), id);
            if key.len() >= 6 {
                for i in 0..key.len() {
                    let mut d = key.clone();
                    d.remove(i);
                    f.deletions.entry(d).or_default().push((id, i as u8));
                }
            }
        }
        f
    }

    /// The token id of the country name `key` (an unknown capitalised word) misspells.
    pub(crate) fn lookup(&self, key: &str) -> Option<u32> {
        let n = key.len();
        if n < 6 || !eligible(key) {
            return None;
        }
        // A letter missing: the word is a deletion of a name.
        if n >= 7 {
            if let Some(&(id, _)) = self.deletions.get(key).and_then(|v| v.first()) {
                return Some(id);
            }
        }
        let mut buf = String::with_capacity(n);
        // A letter too many: deleting one gives a name. A wrong letter: the same position
        // deleted from both gives the same string.
        for i in 0..n {
            buf.clear();
            buf.push_str(&key[..i]);
            buf.push_str(&key[i + 1..]);
            if inserted_typo(key.as_bytes(), i) {
                if let Some(&id) = self.names.get(buf.as_str()) {
                    return Some(id);
                }
            }
            if n >= 9 {
                if let Some(&(id, _)) =
                    self.deletions.get(buf.as_str()).and_then(|v| v.iter().find(|x| x.1 as usize == i))
                {
                    return Some(id);
                }
            }
        }
        // Two neighbours swapped.
        let b = key.as_bytes();
        for i in 0..n - 1 {
            if b[i] == b[i + 1] {
                continue;
            }
            let mut v = b.to_vec();
            v.swap(i, i + 1);
            if let Some(&id) = std::str::from_utf8(&v).ok().and_then(|s| self.names.get(s)) {
                return Some(id);
            }
        }
        None
    }
}

impl ActorBase {
    /// The token id of a token of text in `lang`: the index's, else the country name a
    /// capitalised unknown word misspells. A word known only as another language's country
    /// name ("Afganistan", Spanish, in English text) counts as unknown here.
    #[inline]
    pub(crate) fn token_id(&self, t: &crate::norm::Tok, lang: augur_core::Lang) -> Option<u32> {
        let id = self.tok_id(&t.key, lang);
        if !t.cap || t.upper || t.key.len() < 6 {
            return id;
        }
        match id {
            None => self.fuzzy_country(&t.key, t.cap, t.upper),
            Some(i) => {
                let foreign = self.step(0, i).is_some_and(|n| {
                    let es = &self.nodes[n as usize];
                    !es.is_empty()
                        && !self.usable(n, lang)
                        && es.iter().all(|&e| self.entries[e as usize].kind == Kind::CountryName)
                });
                if foreign {
                    self.fuzzy_country(&t.key, t.cap, t.upper).or(Some(i))
                } else {
                    Some(i)
                }
            }
        }
    }

    /// The token id of a one-word country name that an unknown capitalised token misspells
    /// (see the module notes); `None` for known given names and everything else.
    pub(crate) fn fuzzy_country(&self, key: &str, cap: bool, upper: bool) -> Option<u32> {
        if !cap || upper || key.len() < 6 || self.given_names.contains_key(key) {
            return None;
        }
        self.fuzzy.get_or_init(|| Fuzzy::build(self)).lookup(key)
    }
}
