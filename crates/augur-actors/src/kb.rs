//! The knowledge base: entries, persons, and the token trie that finds them.

use std::collections::BTreeMap;

use augur_core::Lang;
use serde::Deserialize;

use crate::fx::FxMap;
use crate::inflect;
use crate::model::{Entry, Kind, Office, PersonRec, Role};
use crate::norm::{is_func_in, tokenize};
use crate::ActorsError;

/// A context rule for an ambiguous form (Georgia, Jordan, Turkey…).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct AmbiguityRule {
    pub form: String,
    /// Keys (normalised like the index) that select the alternative reading.
    #[serde(default)]
    pub cues: Vec<String>,
    /// The code of the alternative reading; empty = not an actor.
    #[serde(default)]
    pub alt: String,
    /// The code of the reading when no cue occurs; empty = the indexed entry. "Brussels"
    /// in international news is the EU; Belgian context (the cues) selects `alt`, Belgium.
    #[serde(default)]
    pub default: String,
    pub reason: String,
    /// In lower case the form is a common noun ("turkey", "china").
    #[serde(default)]
    pub needs_cap: bool,
    /// The languages the rule applies to (`["en"]`); empty = all. Lower-case "china" is
    /// porcelain in English but the Spanish adjective "Chinese".
    #[serde(default)]
    pub langs: Vec<String>,
}

#[derive(Deserialize)]
struct AmbiguityFile {
    rule: Vec<AmbiguityRule>,
}

/// Counts shown by `augur actors stats`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    /// Countries and territories known (with codes).
    pub countries: usize,
    /// Countries with at least a name, per language (en, de, fr, es, ru).
    pub country_names: BTreeMap<String, usize>,
    /// Countries with a name in all five languages.
    pub full_coverage: usize,
    /// Countries with adjective forms, per language.
    pub country_adjectives: BTreeMap<String, usize>,
    /// Countries with a capital or seat of power, per language.
    pub country_seats: BTreeMap<String, usize>,
    /// IGOs, regions and named institutions (distinct codes).
    pub igos: usize,
    pub regions: usize,
    pub institutions: usize,
    /// Sector and title words (base forms), per language.
    pub sector_words: BTreeMap<String, usize>,
    pub persons: usize,
    pub person_roles: usize,
    /// Entries from user TOML and PETRARCH dictionaries.
    pub custom_entries: usize,
    pub petrarch_skipped: usize,
    pub surface_forms: usize,
    pub vocabulary: usize,
    pub trie_nodes: usize,
    /// Rough heap size of the index in bytes.
    pub approx_bytes: usize,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "countries and territories: {} ({} named in all five languages)",
            self.countries, self.full_coverage
        )?;
        writeln!(f, "{:<28}{:>6}{:>6}{:>6}{:>6}{:>6}", "per language", "en", "de", "fr", "es", "ru")?;
        let row = |f: &mut std::fmt::Formatter<'_>, label: &str, m: &BTreeMap<String, usize>| {
            write!(f, "{label:<28}")?;
            for l in ["en", "de", "fr", "es", "ru"] {
                write!(f, "{:>6}", m.get(l).copied().unwrap_or(0))?;
            }
            writeln!(f)
        };
        row(f, "  countries with names", &self.country_names)?;
        row(f, "  countries with adjectives", &self.country_adjectives)?;
        row(f, "  countries with seats", &self.country_seats)?;
        row(f, "  sector/title words", &self.sector_words)?;
        writeln!(f, "IGOs: {}, regions: {}, institutions: {}", self.igos, self.regions, self.institutions)?;
        writeln!(f, "persons: {} ({} dated roles)", self.persons, self.person_roles)?;
        writeln!(f, "custom/PETRARCH entries: {} (skipped {})", self.custom_entries, self.petrarch_skipped)?;
        writeln!(
            f,
            "index: {} surface forms, {} tokens, {} trie nodes, ~{:.1} MB",
            self.surface_forms,
            self.vocabulary,
            self.trie_nodes,
            self.approx_bytes as f64 / 1e6
        )
    }
}

/// Per-country facts from `countries.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct CountryInfo {
    pub name_en: String,
    pub fips: String,
    pub iso2: String,
}

/// The actor knowledge base. Build with [`ActorBase::load_default`], extend with the
/// `add_*` methods; look-ups go through [`augur_core::ActorResolver`].
#[derive(Debug, Clone, Default)]
pub struct ActorBase {
    pub(crate) entries: Vec<Entry>,
    pub(crate) persons: Vec<PersonRec>,
    pub(crate) person_ids: FxMap<String, u32>,
    /// Roles by the country they are held for: (person, role index).
    pub(crate) roles_by_country: FxMap<String, Vec<(Office, u32, u16)>>,
    pub(crate) countries: BTreeMap<String, CountryInfo>,
    /// Canonical English names of IGOs, regions and institutions by code.
    pub(crate) group_names: BTreeMap<String, String>,
    pub(crate) vocab: FxMap<String, u32>,
    pub(crate) edges: FxMap<u64, u32>,
    /// Entries ending at each trie node (node 0 is the root).
    pub(crate) nodes: Vec<Vec<u32>>,
    pub(crate) node_rule: FxMap<u32, u16>,
    /// Nodes reached only by acronyms ("UN", "AU"): they match only text in capitals, so
    /// the articles "un", "Un", "au" never read as the UN or the African Union.
    pub(crate) acronym_only: FxMap<u32, bool>,
    /// Nodes reached only by names that lost an article when indexed ("La Paz" → "paz",
    /// "La Haye"): the remaining word is often a common noun ("paz" is peace), so it
    /// matches only when capitalised in the text.
    pub(crate) capital_only: FxMap<u32, bool>,
    /// Nodes reached only by combining forms of country adjectives ("américano", "Sino",
    /// "американо"): they match only before a hyphen ("américano-sud-coréen"), since alone
    /// some are common words or names (Spanish "franco", General Franco).
    pub(crate) combining_only: FxMap<u32, bool>,
    /// Keys of the first word of every multi-word person name: given names known to occur.
    pub(crate) given_names: FxMap<String, ()>,
    pub(crate) rules: Vec<AmbiguityRule>,
    /// Misspelt country names, built on first use (see `fuzzy.rs`).
    pub(crate) fuzzy: std::sync::OnceLock<crate::fuzzy::Fuzzy>,
    pub(crate) stats: Stats,
    /// Languages (bit per `Lang::SUPPORTED` index) each country has names in.
    pub(crate) name_langs: BTreeMap<String, u8>,
    hashes: Vec<String>,
}

fn fields(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

/// The `|`-separated values of a TSV field (`-` or empty = none).
pub(crate) fn values(field: Option<&str>) -> impl Iterator<Item = &str> {
    field.unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty() && *s != "-")
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

impl ActorBase {
    /// An empty knowledge base (no countries, no persons).
    pub fn empty() -> ActorBase {
        ActorBase { nodes: vec![Vec::new()], ..Default::default() }
    }

    pub(crate) fn note_source(&mut self, text: &str) {
        self.hashes.push(augur_core::version::short_hash(&[text.as_bytes()]));
    }

    /// Short hash of all data loaded, in order (for version stamps).
    pub fn data_hash(&self) -> String {
        let parts: Vec<&[u8]> = self.hashes.iter().map(|h| h.as_bytes()).collect();
        augur_core::version::short_hash(&parts)
    }

    /// The English name of a country or group code.
    pub fn name_of(&self, code: &str) -> Option<&str> {
        self.countries.get(code).map(|c| c.name_en.as_str()).or_else(|| self.group_names.get(code).map(String::as_str))
    }

    /// The FIPS 10-4 code of a country (GDELT geography), when known.
    pub fn fips_of(&self, code: &str) -> Option<&str> {
        self.countries.get(code).and_then(|c| c.fips.split('|').next()).filter(|f| !f.is_empty())
    }

    /// The CAMEO code of a FIPS 10-4 or ISO alpha-2 country code.
    pub fn code_of_fips(&self, fips: &str) -> Option<&str> {
        self.countries
            .iter()
            .find(|(_, c)| c.fips.split('|').any(|f| f.eq_ignore_ascii_case(fips)))
            .map(|(k, _)| k.as_str())
    }

    pub fn code_of_iso2(&self, iso2: &str) -> Option<&str> {
        self.countries.iter().find(|(_, c)| c.iso2.eq_ignore_ascii_case(iso2)).map(|(k, _)| k.as_str())
    }

    /// All persons loaded.
    pub fn persons(&self) -> &[PersonRec] {
        &self.persons
    }

    pub fn stats(&self) -> Stats {
        let mut s = self.stats.clone();
        s.countries = self.countries.len();
        s.full_coverage = self.name_langs.values().filter(|&&m| m == 0b1_1111).count();
        s.persons = self.persons.len();
        s.person_roles = self.persons.iter().map(|p| p.roles.len()).sum();
        s.vocabulary = self.vocab.len();
        s.trie_nodes = self.nodes.len();
        let entry_bytes: usize = self
            .entries
            .iter()
            .map(|e| std::mem::size_of::<Entry>() + e.name.len() + e.surface.len() + e.sectors.len() * 24)
            .sum();
        s.approx_bytes = entry_bytes
            + self.vocab.keys().map(|k| k.len() + 40).sum::<usize>()
            + self.edges.len() * 24
            + self.nodes.iter().map(|n| 24 + n.len() * 4).sum::<usize>()
            + self.persons.iter().map(|p| 300 + p.roles.len() * 120).sum::<usize>();
        s
    }

    // ---- index ----

    pub(crate) fn push_entry(&mut self, e: Entry) -> u32 {
        self.entries.push(e);
        (self.entries.len() - 1) as u32
    }

    fn intern(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.vocab.get(key) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.vocab.insert(key.to_string(), id);
        id
    }

    /// The trie node for the token keys of `form`, created as needed; `None` when the form
    /// has no tokens (only dropped words).
    fn node_for(&mut self, form: &str, lang: Lang) -> Option<u32> {
        let toks: Vec<_> = tokenize(form).into_iter().filter(|t| !(t.func && is_func_in(&t.key, lang))).collect();
        self.node_for_keys(toks.iter().map(|t| t.key.as_str()))
    }

    /// The trie node for a sequence of token keys, created as needed; `None` for none.
    fn node_for_keys<'k>(&mut self, keys: impl Iterator<Item = &'k str>) -> Option<u32> {
        let mut node = 0u32;
        let mut any = false;
        for key in keys {
            any = true;
            let id = self.intern(key);
            let k = (u64::from(node) << 32) | u64::from(id);
            node = match self.edges.get(&k) {
                Some(&n) => n,
                None => {
                    let n = self.nodes.len() as u32;
                    self.nodes.push(Vec::new());
                    self.edges.insert(k, n);
                    n
                }
            };
        }
        any.then_some(node)
    }

    /// Indexes `form` (written in `lang`) as a surface of entry `id`.
    pub(crate) fn add_form(&mut self, form: &str, id: u32, lang: Lang) {
        self.add_form_case(form, id, lang, crate::norm::is_acronym(form));
    }

    /// [`Self::add_form`] with the acronym decision made by the caller: PETRARCH dictionaries
    /// write every name in capitals, so capitals there do not mark an acronym.
    pub(crate) fn add_form_case(&mut self, form: &str, id: u32, lang: Lang, acr: bool) {
        self.add_form_full(form, id, lang, acr, false);
    }

    /// [`Self::add_form_case`]; `combining`: a combining form that matches only before a
    /// hyphen (see [`Self::combining_only`]).
    pub(crate) fn add_form_full(&mut self, form: &str, id: u32, lang: Lang, acr: bool, combining: bool) {
        let toks = tokenize(form);
        let dropped = |t: &crate::norm::Tok| t.func && is_func_in(&t.key, lang);
        let content: Vec<&str> = toks.iter().filter(|t| !dropped(t)).map(|t| t.key.as_str()).collect();
        let article_led = toks.len() >= 2 && content.len() == 1 && dropped(&toks[0]);
        if let Some(node) = self.node_for_keys(content.into_iter()) {
            let cap = self.capital_only.entry(node).or_insert(article_led);
            *cap = *cap && article_led;
            let flag = self.acronym_only.entry(node).or_insert(acr);
            *flag = *flag && acr;
            let comb = self.combining_only.entry(node).or_insert(combining);
            *comb = *comb && combining;
            let v = &mut self.nodes[node as usize];
            if !v.contains(&id) {
                v.push(id);
                self.stats.surface_forms += 1;
            }
        }
    }

    /// The token id of a key in text of `lang`, with the German genitive fallback
    /// (Russlands → Russland, Putins → Putin).
    #[inline]
    pub(crate) fn tok_id(&self, key: &str, lang: Lang) -> Option<u32> {
        if let Some(&id) = self.vocab.get(key) {
            return Some(id);
        }
        // Plural genitive "Штатов" vs "Штаты": surnames keep -ов in the key, nouns do not.
        if let Some(stem) = key.strip_suffix("ов").or_else(|| key.strip_suffix("ев")) {
            if stem.chars().count() >= 3 {
                if let Some(&id) = self.vocab.get(stem) {
                    return Some(id);
                }
            }
        }
        if lang == Lang::De && key.len() > 4 {
            if let Some(stem) = key.strip_suffix("es").and_then(|s| self.vocab.get(s)) {
                return Some(*stem);
            }
            if let Some(stem) = key.strip_suffix('s').and_then(|s| self.vocab.get(s)) {
                return Some(*stem);
            }
        }
        None
    }

    #[inline]
    pub(crate) fn step(&self, node: u32, tok: u32) -> Option<u32> {
        self.edges.get(&((u64::from(node) << 32) | u64::from(tok))).copied()
    }

    /// Whether any entry at `node` may be used in text of `lang`.
    pub(crate) fn usable(&self, node: u32, lang: Lang) -> bool {
        self.nodes[node as usize].iter().any(|&e| self.entries[e as usize].lang.is_none_or_eq(lang))
    }

    // ---- built-in data ----

    /// The built-in knowledge base: countries, IGOs, sectors in five languages, and the
    /// persons of `data/persons/`. Problems in the embedded person files are returned as
    /// diagnostics-like messages rather than failing.
    pub fn load_default() -> ActorBase {
        let (kb, _problems) = ActorBase::load_default_checked();
        kb
    }

    /// As [`ActorBase::load_default`], also returning what could not be loaded.
    pub fn load_default_checked() -> (ActorBase, Vec<String>) {
        let mut kb = ActorBase::empty();
        let mut problems = Vec::new();
        let builtin: [(&str, &str); 12] = [
            ("countries.tsv", include_str!("../data/countries.tsv")),
            ("names/en.tsv", include_str!("../data/names/en.tsv")),
            ("names/de.tsv", include_str!("../data/names/de.tsv")),
            ("names/fr.tsv", include_str!("../data/names/fr.tsv")),
            ("names/es.tsv", include_str!("../data/names/es.tsv")),
            ("names/ru.tsv", include_str!("../data/names/ru.tsv")),
            ("groups.tsv", include_str!("../data/groups.tsv")),
            ("sectors/en.tsv", include_str!("../data/sectors/en.tsv")),
            ("sectors/de.tsv", include_str!("../data/sectors/de.tsv")),
            ("sectors/fr.tsv", include_str!("../data/sectors/fr.tsv")),
            ("sectors/es.tsv", include_str!("../data/sectors/es.tsv")),
            ("sectors/ru.tsv", include_str!("../data/sectors/ru.tsv")),
        ];
        for (name, text) in builtin {
            let r = if name == "countries.tsv" {
                kb.add_countries_tsv(text)
            } else if let Some(l) = name.strip_prefix("names/") {
                kb.add_names_tsv(lang_of_file(l), text, name)
            } else if let Some(l) = name.strip_prefix("sectors/") {
                kb.add_sectors_tsv(lang_of_file(l), text, name)
            } else {
                kb.add_groups_tsv(text, name)
            };
            if let Err(e) = r {
                problems.push(e.to_string());
            }
        }
        if let Err(e) = kb.add_ambiguity_toml(include_str!("../data/ambiguity.toml")) {
            problems.push(e.to_string());
        }
        if let Err(e) = kb.add_toml(include_str!("../data/actors.toml")) {
            problems.push(format!("actors.toml: {e}"));
        }
        for (name, text) in crate::PERSON_FILES {
            if let Err(e) = kb.add_toml(text) {
                problems.push(format!("persons/{name}: {e}"));
            }
        }
        (kb, problems)
    }

    /// `countries.tsv`: `code  iso2  fips  English name  [other English names|…]`.
    pub fn add_countries_tsv(&mut self, text: &str) -> Result<(), ActorsError> {
        self.note_source(text);
        for (n, line) in data_lines(text) {
            let f = fields(line);
            let (Some(&code), Some(&iso2), Some(&fips), Some(&name)) = (f.first(), f.get(1), f.get(2), f.get(3)) else {
                return Err(ActorsError::Data {
                    source_name: "countries.tsv".into(),
                    line: n,
                    message: "expected code, iso2, fips, name".into(),
                });
            };
            self.countries.insert(
                code.to_string(),
                CountryInfo {
                    name_en: name.to_string(),
                    fips: if fips == "-" { String::new() } else { fips.to_string() },
                    iso2: iso2.to_string(),
                },
            );
            let mut e = Entry::new(Kind::CountryName, name);
            e.src = Some(Lang::En);
            e.country = Some(code.to_string());
            e.name = name.to_string();
            let id = self.push_entry(e);
            self.add_form(name, id, Lang::En);
            for alt in values(f.get(4).copied()) {
                self.add_form(alt, id, Lang::En);
            }
        }
        Ok(())
    }

    /// `names/<lang>.tsv`: `code  names  adjectives  demonyms  seats`, `|`-separated.
    pub fn add_names_tsv(&mut self, lang: Lang, text: &str, source: &str) -> Result<(), ActorsError> {
        self.note_source(text);
        let l = lang.code().to_string();
        for (n, line) in data_lines(text) {
            let f = fields(line);
            let Some(&code) = f.first() else { continue };
            if !self.countries.contains_key(code) {
                return Err(ActorsError::Data {
                    source_name: source.into(),
                    line: n,
                    message: format!("unknown country code {code}"),
                });
            }
            let name = self.countries.get(code).map(|c| c.name_en.clone()).unwrap_or_default();
            let mk = |kind: Kind, surface: &str, sectors: &[&str]| {
                let mut e = Entry::new(kind, surface);
                e.country = Some(code.to_string());
                e.name = name.clone();
                e.sectors = sectors.iter().map(|s| s.to_string()).collect();
                e.src = Some(lang);
                // Names in one language's list are words of that language ("Island" is
                // Iceland in German only); countries.tsv's English names serve everywhere.
                e.lang = Some(lang);
                e
            };
            let names: Vec<&str> = values(f.get(1).copied()).collect();
            if !names.is_empty() {
                *self.stats.country_names.entry(l.clone()).or_default() += 1;
                let bit = Lang::SUPPORTED.iter().position(|&x| x == lang).map_or(0, |i| 1u8 << i);
                *self.name_langs.entry(code.to_string()).or_default() |= bit;
                let id = self.push_entry(mk(Kind::CountryName, names[0], &[]));
                for nm in &names {
                    self.add_form(nm, id, lang);
                }
            }
            let adjs: Vec<&str> = values(f.get(2).copied()).collect();
            if !adjs.is_empty() {
                *self.stats.country_adjectives.entry(l.clone()).or_default() += 1;
                let id = self.push_entry(mk(Kind::CountryAdj, adjs[0], &[]));
                for a in &adjs {
                    for form in inflect::adjective(lang, a) {
                        self.add_form(&form, id, lang);
                    }
                }
            }
            let dems: Vec<&str> = values(f.get(3).copied()).collect();
            if !dems.is_empty() {
                let id = self.push_entry(mk(Kind::Demonym, dems[0], &[]));
                for d in &dems {
                    for form in inflect::demonym(lang, d) {
                        self.add_form(&form, id, lang);
                    }
                }
            }
            // Combining forms ("germano" in "germano-iranien"): only before a hyphen.
            let combining: Vec<&str> = values(f.get(5).copied()).collect();
            if !combining.is_empty() {
                let id = self.push_entry(mk(Kind::CountryAdj, combining[0], &[]));
                for c in &combining {
                    self.add_form_full(c, id, lang, false, true);
                }
            }
            let seats: Vec<&str> = values(f.get(4).copied()).collect();
            if !seats.is_empty() {
                *self.stats.country_seats.entry(l.clone()).or_default() += 1;
                for s in &seats {
                    let id = self.push_entry(mk(Kind::Seat, s, &["GOV"]));
                    self.add_form(s, id, lang);
                }
            }
        }
        Ok(())
    }

    /// `groups.tsv`: `kind  code  sectors  lang  forms` — IGOs, regions, institutions.
    /// `code` is the country or IGO code (`IGOUNO`, `WST`, `USA`); `lang` `*` = any.
    pub fn add_groups_tsv(&mut self, text: &str, source: &str) -> Result<(), ActorsError> {
        self.note_source(text);
        let mut seen: BTreeMap<(Kind, String), ()> = BTreeMap::new();
        for (n, line) in data_lines(text) {
            let f = fields(line);
            let err = |m: &str| ActorsError::Data { source_name: source.into(), line: n, message: m.into() };
            let (Some(&kind), Some(&code), Some(&sectors), Some(&lang)) = (f.first(), f.get(1), f.get(2), f.get(3))
            else {
                return Err(err("expected kind, code, sectors, lang, forms"));
            };
            // `place`: a named place that is no actor although a country's name is part of
            // it ("South China Sea", "Golf von Mexiko"); code `-` reads as nothing, a country
            // code as that country ("Northern Ireland"). Matched as the longest form, it keeps
            // the country name inside it from matching alone.
            let place = kind == "place";
            let kind = match kind {
                "igo" => Kind::Igo,
                "region" | "place" => Kind::Region,
                "inst" => Kind::Institution,
                _ => return Err(err("kind must be igo, region, inst or place")),
            };
            let forms: Vec<&str> = values(f.get(4).copied()).collect();
            let Some(&first) = forms.first() else { return Err(err("no forms")) };
            let sectors: Vec<String> = values(Some(sectors)).map(str::to_string).collect();
            let full = format!("{code}{}", sectors.concat());
            let name = if lang == "en" || lang == "*" {
                self.group_names.entry(full.clone()).or_insert_with(|| first.to_string()).clone()
            } else {
                self.group_names.get(&full).cloned().unwrap_or_else(|| first.to_string())
            };
            if place {
                let mut e = Entry::new(kind, first);
                e.country = (code != "-").then(|| code.to_string());
                e.name = if code == "-" { first.to_string() } else { self.name_of(code).unwrap_or(first).to_string() };
                e.src = crate::lang_from(lang);
                let id = self.push_entry(e);
                let form_lang = crate::lang_from(lang).unwrap_or(Lang::En);
                for form in forms {
                    self.add_form(form, id, form_lang);
                }
                continue;
            }
            if seen.insert((kind, full), ()).is_none() {
                match kind {
                    Kind::Igo => self.stats.igos += 1,
                    Kind::Region => self.stats.regions += 1,
                    _ => self.stats.institutions += 1,
                }
            }
            let mut e = Entry::new(kind, first);
            e.country = Some(code.to_string());
            e.sectors = sectors;
            e.name = name;
            e.src = crate::lang_from(lang);
            if let Some(g) = code.strip_prefix("IGO") {
                e.known_group = Some(g.get(..3).unwrap_or(g).to_string());
            }
            let id = self.push_entry(e);
            let form_lang = crate::lang_from(lang).unwrap_or(Lang::En);
            for form in forms {
                self.add_form(form, id, form_lang);
                // Institutions and IGO body names inflect like nouns in their language.
                if let Some(l) = crate::lang_from(lang) {
                    if l != Lang::En && form.chars().next().is_some_and(char::is_uppercase) && form.contains(' ') {
                        continue;
                    }
                    if form.chars().any(char::is_lowercase) {
                        for inf in inflect::noun(l, form).into_iter().skip(1) {
                            self.add_form(&inf, id, l);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `sectors/<lang>.tsv`: `sector  office  flags  forms`; flags: `w` weak (takes the
    /// sector of what it belongs to), `x` no inflection, `p` portfolio (the field of a
    /// ministry: with a generic minister title it gives `office`), `-` none.
    pub fn add_sectors_tsv(&mut self, lang: Lang, text: &str, source: &str) -> Result<(), ActorsError> {
        self.note_source(text);
        for (n, line) in data_lines(text) {
            let f = fields(line);
            let err = |m: String| ActorsError::Data { source_name: source.into(), line: n, message: m };
            let (Some(&sector), Some(&office), Some(&flags)) = (f.first(), f.get(1), f.get(2)) else {
                return Err(err("expected sector, office, flags, forms".into()));
            };
            let office = match office {
                "-" => None,
                o => Some(Office::parse(o).ok_or_else(|| err(format!("unknown office {o}")))?),
            };
            let forms: Vec<&str> = values(f.get(3).copied()).collect();
            let Some(&first) = forms.first() else { return Err(err("no forms".into())) };
            *self.stats.sector_words.entry(lang.code().to_string()).or_default() += forms.len();
            let portfolio = flags.contains('p');
            let kind = if office.is_some() && !portfolio { Kind::Title } else { Kind::Sector };
            let mut e = Entry::new(kind, first);
            e.lang = Some(lang);
            e.sectors = values(Some(sector)).map(str::to_string).collect();
            if portfolio {
                e.portfolio = office;
            } else {
                e.office = office;
            }
            e.weak = flags.contains('w');
            e.name = first.to_string();
            let id = self.push_entry(e);
            for form in forms {
                if flags.contains('x') {
                    self.add_form(form, id, lang);
                } else {
                    for inf in inflect::noun(lang, form) {
                        self.add_form(&inf, id, lang);
                    }
                }
            }
        }
        Ok(())
    }

    pub(crate) fn add_ambiguity_toml(&mut self, text: &str) -> Result<(), ActorsError> {
        self.note_source(text);
        let file: AmbiguityFile = toml::from_str(text)?;
        for mut r in file.rule {
            r.cues = r.cues.iter().map(|c| crate::norm::key(c)).collect();
            if let Some(node) = self.node_for(&r.form, Lang::En) {
                self.node_rule.insert(node, self.rules.len() as u16);
                self.rules.push(r);
            }
        }
        Ok(())
    }

    // ---- persons ----

    /// Adds a person; aliases in every language are indexed.
    pub fn add_person(&mut self, p: PersonRec) -> Result<(), ActorsError> {
        let err = |m: String| ActorsError::Person { id: p.id.clone(), message: m };
        for r in &p.roles {
            if !valid_date(&r.from) || r.to.as_deref().is_some_and(|t| !valid_date(t)) {
                return Err(err(format!("bad date in role {}", r.title)));
            }
            if r.to.as_deref().is_some_and(|t| t < r.from.as_str()) {
                return Err(err(format!("role {} ends before it starts", r.title)));
            }
        }
        if self.person_ids.contains_key(&p.id) {
            return Err(err("duplicate id".into()));
        }
        let pid = self.persons.len() as u32;
        self.person_ids.insert(p.id.clone(), pid);
        let mut e = Entry::new(Kind::Person, &p.name);
        e.person = Some(pid);
        e.country = Some(p.country.clone());
        e.name = p.name.clone();
        let id = self.push_entry(e);
        self.add_form(&p.name, id, Lang::En);
        for n in std::iter::once(&p.name).chain(p.aliases.values().flatten()) {
            let toks = tokenize(n);
            if let (Some(first), true) = (toks.first(), toks.len() > 1) {
                self.given_names.insert(first.key.clone(), ());
            }
        }
        for (l, forms) in &p.aliases {
            let l = crate::lang_from(l).unwrap_or(Lang::En);
            for a in forms {
                self.add_form(a, id, l);
            }
        }
        for (ri, r) in p.roles.iter().enumerate() {
            let c = p.role_country(r).to_string();
            self.roles_by_country.entry(c).or_default().push((r.office, pid, ri as u16));
        }
        self.persons.push(p);
        Ok(())
    }

    /// Persons holding `office` in `country` on `date` (`None`: holding it now, i.e. a
    /// role without an end).
    pub(crate) fn holders(&self, country: &str, office: Office, date: Option<&str>) -> Vec<(u32, &Role)> {
        let Some(list) = self.roles_by_country.get(country) else { return Vec::new() };
        list.iter()
            .filter(|x| x.0 == office)
            .filter_map(|&(_, pid, ri)| {
                let r = self.persons[pid as usize].roles.get(ri as usize)?;
                let on = match date {
                    Some(d) => r.active_on(d),
                    None => r.to.is_none(),
                };
                (r.office == office && on).then_some((pid, r))
            })
            .collect()
    }
}

trait LangMatch {
    fn is_none_or_eq(&self, l: Lang) -> bool;
}

impl LangMatch for Option<Lang> {
    fn is_none_or_eq(&self, l: Lang) -> bool {
        self.is_none_or(|x| x == l)
    }
}

pub(crate) fn entry_usable(e: &Entry, lang: Lang) -> bool {
    e.lang.is_none_or_eq(lang)
}

fn lang_of_file(f: &str) -> Lang {
    Lang::from_code(f.trim_end_matches(".tsv")).unwrap_or(Lang::Other)
}

/// `YYYY-MM-DD` with plausible month and day.
pub(crate) fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d[..4].parse::<u32>().is_ok()
        && d[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        && d[8..10].parse::<u32>().is_ok_and(|x| (1..=31).contains(&x))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two countries' names, adjectives or seats must not share a key in one language
    /// (the Russian stemmer could fold Кито and Китай together).
    #[test]
    fn no_country_forms_collide() {
        let kb = ActorBase::load_default();
        let mut clashes = Vec::new();
        for (node, ids) in kb.nodes.iter().enumerate() {
            let mut seen: Vec<(Option<Lang>, &str, &str)> = Vec::new();
            for &id in ids {
                let e = &kb.entries[id as usize];
                if !matches!(e.kind, Kind::CountryName | Kind::CountryAdj | Kind::Demonym | Kind::Seat)
                    || e.lang.is_none()
                {
                    continue;
                }
                let c = e.country.as_deref().unwrap_or("");
                if let Some(o) = seen.iter().find(|(l, oc, _)| *l == e.lang && *oc != c) {
                    clashes.push(format!("node {node}: {} {} vs {} {}", o.1, o.2, c, e.surface));
                }
                seen.push((e.lang, c, &e.surface));
            }
        }
        assert!(clashes.is_empty(), "{}", clashes.join("\n"));
    }
}
