//! Checks against third-party data in `/work/shared` (or `$AUGUR_SHARED`). Skipped with a
//! note when the data is not there: the crate must build and test without it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang};

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(std::env::var("AUGUR_SHARED").unwrap_or_else(|_| "/work/shared".into()));
    p.join("data").is_dir().then_some(p)
}

#[test]
fn petrarch_dictionaries_load_with_explained_skips() {
    let Some(root) = shared() else {
        eprintln!("skipped: no shared data");
        return;
    };
    let dir = root.join("data/gold/petrarch2/dictionaries");
    let mut kb = ActorBase::load_default();
    let mut total = 0;
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "PETR.Validate.actors.txt",
    ] {
        let rep = kb.add_petrarch_actors_file(&dir.join(f)).expect("readable");
        eprintln!("{f}: {rep}");
        assert!(rep.entries > 100 || f.starts_with("PETR"), "{f}: too few entries: {rep}");
        // Skips are counted by reason and stay a small share of what was read (the
        // validation file has deliberately odd entries).
        assert!(rep.skipped_total() * 5 < rep.forms.max(1), "{f}: too many skips: {rep}");
        total += rep.entries;
    }
    for f in ["Phoenix.agents.txt", "PETR.Validate.agents.txt"] {
        let rep = kb.add_petrarch_agents_file(&dir.join(f)).expect("readable");
        eprintln!("{f}: {rep}");
        assert!(rep.entries > 50, "{f}: {rep}");
        total += rep.entries;
    }
    assert!(total > 10_000, "{total}");
    // Dated roles from the dictionaries are honoured.
    let a = kb.resolve_text("Ban Ki-moon", Lang::En, Some("2010-06-01"));
    assert_eq!(a.first().map(|a| a.code.as_str()), Some("IGOUNO"), "{a:?}");
    // An agent from the agents file combines with a country.
    let a = kb.resolve_text("Afghan farmers", Lang::En, None);
    assert_eq!(a.first().map(|a| a.code.as_str()), Some("AFGAGR"), "{a:?}");
}

/// Compares our English country names with the text_to_CAMEO country table (checked, not
/// copied): every name there that we know must give the same code.
#[test]
fn country_names_agree_with_text_to_cameo() {
    let Some(root) = shared() else {
        eprintln!("skipped: no shared data");
        return;
    };
    let text = std::fs::read_to_string(root.join("data/gold/text_to_cameo/countrynames.txt")).expect("readable");
    let kb = ActorBase::load_default();
    let mut disagree = BTreeMap::new();
    let (mut known, mut total) = (0, 0);
    for line in text.lines() {
        let mut f = line.split('\t');
        let (Some(name), Some(code)) = (f.next(), f.next()) else { continue };
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            continue; // sub-national codes such as USAASM
        }
        total += 1;
        let got = kb.resolve_text(name, Lang::En, None);
        match got.first() {
            Some(a) if a.code == code => known += 1,
            Some(a) => {
                disagree.insert(name.to_string(), format!("{code} vs ours {}", a.code));
            }
            None => {
                disagree.insert(name.to_string(), format!("{code} vs ours none"));
            }
        }
    }
    eprintln!("text_to_CAMEO: {known}/{total} agree; differences: {disagree:#?}");
    // Known, deliberate differences are CAMEO-era codes (Romania ROM, DR Congo ZAR …);
    // everything else must agree.
    assert!(known * 10 >= total * 9, "{known}/{total}: {disagree:#?}");
}
