//! Consistency of the persons data in `data/persons/` (written by hand, checked here).

use std::collections::BTreeMap;

use augur_actors::{ActorBase, Office};
use augur_core::{ActorResolver, Lang};

const G20: [&str; 19] = [
    "ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
    "ZAF", "TUR", "USA",
];

/// Commonwealth realms of the G20 whose head of state is the British monarch.
fn head_of_state_country(c: &str) -> &str {
    match c {
        "CAN" | "AUS" => "GBR",
        c => c,
    }
}

fn kb() -> ActorBase {
    let (kb, problems) = ActorBase::load_default_checked();
    assert!(problems.is_empty(), "embedded data failed to load: {problems:#?}");
    kb
}

const TODAY: &str = "2025-01-01";

#[test]
fn single_holder_offices_do_not_overlap() {
    let kb = kb();
    // (country, office, title for IGO leaders) → intervals
    type Key = (String, Office, String);
    let mut by: BTreeMap<Key, Vec<(String, String, String)>> = BTreeMap::new();
    for p in kb.persons() {
        for r in &p.roles {
            if !r.office.is_single_holder() {
                continue;
            }
            // IGOs have many leaders at once (UN agency heads): one per title.
            let title = if r.office == Office::IgoLeader { r.title.clone() } else { String::new() };
            let key = (p.role_country(r).to_string(), r.office, title);
            by.entry(key).or_default().push((
                r.from.clone(),
                r.to.clone().unwrap_or_else(|| "9999-12-31".into()),
                p.id.clone(),
            ));
        }
    }
    let mut overlaps = Vec::new();
    for ((country, office, title), mut v) in by {
        v.sort();
        for w in v.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if b.0 < a.1 && a.2 != b.2 {
                overlaps.push(format!(
                    "{country} {} {title}: {} [{}, {}) overlaps {} [{}, {})",
                    office.key(),
                    a.2,
                    a.0,
                    a.1,
                    b.2,
                    b.0,
                    b.1
                ));
            }
        }
    }
    assert!(overlaps.is_empty(), "{} overlaps:\n{}", overlaps.len(), overlaps.join("\n"));
}

#[test]
fn g20_heads_have_no_gaps_since_1990() {
    let kb = kb();
    let mut gaps = Vec::new();
    for c in G20 {
        for office in [Office::HeadOfState, Office::HeadOfGovernment] {
            let country = if office == Office::HeadOfState { head_of_state_country(c) } else { c };
            let mut iv: Vec<(String, String)> = kb
                .persons()
                .iter()
                .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
                .filter(|(p, r)| r.office == office && p.role_country(r) == country)
                .map(|(_, r)| (r.from.clone(), r.to.clone().unwrap_or_else(|| "9999-12-31".into())))
                .collect();
            iv.sort();
            let mut covered = "1990-01-01".to_string();
            for (from, to) in iv {
                if to <= covered {
                    continue;
                }
                if from > covered {
                    gaps.push(format!("{c} {}: nobody from {covered} to {from}", office.key()));
                }
                covered = to;
            }
            if covered.as_str() < TODAY {
                gaps.push(format!("{c} {}: nobody after {covered}", office.key()));
            }
        }
    }
    assert!(gaps.is_empty(), "{} gaps:\n{}", gaps.len(), gaps.join("\n"));
}

#[test]
fn every_alias_resolves_back_to_its_person() {
    let kb = kb();
    let mut bad = Vec::new();
    let mut checked = 0;
    for p in kb.persons() {
        let Some(role) = p.roles.first() else { continue };
        for (l, aliases) in &p.aliases {
            let Some(lang) = Lang::from_code(l) else {
                bad.push(format!("{}: unknown language {l}", p.id));
                continue;
            };
            for alias in aliases {
                checked += 1;
                let got = kb.resolve_text(alias, lang, Some(&role.from));
                let ok = got.iter().any(|a| {
                    a.person.as_ref().is_some_and(|x| x.name == p.name)
                        || (a.reason.contains("ambiguous name") && a.reason.contains(&p.name))
                });
                if !ok {
                    let codes: Vec<String> = got
                        .iter()
                        .map(|a| format!("{} {:?} ({})", a.code, a.person.as_ref().map(|x| &x.name), a.reason))
                        .collect();
                    bad.push(format!("{} {l} {alias:?} @{} → {codes:?}", p.id, role.from));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{} of {checked} aliases do not resolve back:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn role_lookup_finds_office_holders() {
    let kb = kb();
    let check = |lang, date, mention, who: &str| {
        let a = kb.resolve_text(mention, lang, Some(date));
        let got = a.first().and_then(|a| a.person.as_ref()).map(|p| p.name.as_str()).unwrap_or("");
        assert_eq!(got, who, "{mention} @{date}: {a:?}");
    };
    check(Lang::De, "2023-08-15", "der russische Präsident", "Vladimir Putin");
    check(Lang::De, "2010-01-01", "der russische Präsident", "Dmitry Medvedev");
    check(Lang::En, "2019-06-01", "the US president", "Donald Trump");
    check(Lang::En, "2023-06-01", "the US president", "Joe Biden");
    check(Lang::En, "2015-06-01", "the German chancellor", "Angela Merkel");
}
