//! The embedded gazetteer: countries, capitals and major cities with coordinates and FIPS
//! codes (`data/gazetteer.tsv`), for event locations.

use std::collections::HashMap;
use std::sync::OnceLock;

use augur_core::Location;

const GAZETTEER_TSV: &str = include_str!("../data/gazetteer.tsv");

/// Name → place, over all languages' variants (lower-case).
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Location>,
    by_name: HashMap<String, usize>,
    /// Longest variant in words, to bound phrase lookups.
    max_words: usize,
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(GAZETTEER_TSV))
    }

    fn parse(text: &str) -> Gazetteer {
        let mut places = Vec::new();
        let mut by_name = HashMap::new();
        let mut max_words = 1;
        for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 7 {
                continue;
            }
            let (Ok(lat), Ok(lon)) = (f[3].parse::<f64>(), f[4].parse::<f64>()) else { continue };
            let geo_type = match (f[0], f[1]) {
                ("country", _) => 1,
                (_, "USA") => 3,
                _ => 4,
            };
            let i = places.len();
            places.push(Location {
                name: f[5].to_string(),
                country: f[1].to_string(),
                fips: f[2].to_string(),
                lat,
                lon,
                geo_type,
                span: None,
            });
            for v in f[6].split('|').map(|v| v.trim().to_lowercase()).filter(|v| !v.is_empty()) {
                max_words = max_words.max(v.split_whitespace().count());
                by_name.entry(v).or_insert(i);
            }
        }
        Gazetteer { places, by_name, max_words }
    }

    /// The place named exactly `name` (any case, any of the five languages).
    pub fn lookup(&self, name: &str) -> Option<&Location> {
        let key = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        self.by_name.get(&key).map(|&i| &self.places[i])
    }

    /// The longest place name among consecutive words (forms or lemmas), with its word range.
    pub fn find_in(&self, words: &[&str]) -> Option<(usize, usize, &Location)> {
        for len in (1..=self.max_words.min(words.len())).rev() {
            for start in 0..=words.len() - len {
                if let Some(loc) = self.lookup(&words[start..start + len].join(" ")) {
                    return Some((start, start + len - 1, loc));
                }
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let g = Gazetteer::get();
        assert!(g.len() > 150);
        for (name, country, fips, geo) in [
            ("Pjöngjang", "PRK", "KN", 4),
            ("Nordkorea", "PRK", "KN", 1),
            ("Москве", "RUS", "RS", 4),
            ("washington", "USA", "US", 3),
            ("La Haye", "NLD", "NL", 4),
            ("Kosovo", "KSV", "KV", 1),
        ] {
            let l = g.lookup(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!((l.country.as_str(), l.fips.as_str(), l.geo_type), (country, fips, geo), "{name}");
        }
        assert!(g.lookup("us").is_none());
        let (a, b, l) = g.find_in(&["in", "Saint", "Petersburg", "today"]).unwrap();
        assert_eq!((a, b, l.name.as_str()), (1, 2, "Saint Petersburg"));
    }
}
