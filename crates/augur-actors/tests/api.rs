//! The public API beyond look-ups: user data, hashes, stats, codes, diagnostics.

mod common;

use augur_actors::{ActorBase, ActorsError};
use augur_core::{ActorResolver, Lang, Sentence, Span, Word};

#[test]
fn user_toml_actors_with_dates() {
    let mut kb = ActorBase::load_default();
    let before = kb.data_hash();
    kb.add_toml(
        r#"
[[actor]]
code = "XYZREB"
name = "Front of Testing"
names = { en = ["Front of Testing", "FOT"], de = ["Testfront"] }
to = "2020-01-01"

[[actor]]
code = "XYZGOV"
name = "Front of Testing"
names = { en = ["Front of Testing", "FOT"], de = ["Testfront"] }
from = "2020-01-01"
"#,
    )
    .expect("valid user TOML");
    assert_ne!(kb.data_hash(), before, "user data changes the hash");
    let code = |m: &str, l, d| kb.resolve_text(m, l, Some(d)).first().map(|a| a.code.clone()).unwrap_or_default();
    assert_eq!(code("the FOT", Lang::En, "2019-05-01"), "XYZREB");
    assert_eq!(code("die Testfront", Lang::De, "2021-05-01"), "XYZGOV");
}

#[test]
fn bad_user_data_gives_typed_errors() {
    let mut kb = ActorBase::empty();
    assert!(matches!(kb.add_toml("[[actor]]\ncode = 5"), Err(ActorsError::Toml(_))));
    let e = kb.add_toml("[[actor]]\ncode = \"AB\"\nnames = { en = [\"x\"] }");
    assert!(matches!(e, Err(ActorsError::Data { .. })), "{e:?}");
    let e = kb.add_toml(
        "[[person]]\nid = \"p\"\nname = \"P\"\ncountry = \"RUS\"\nroles = [ { office = \"minister\", from = \"2020-13-01\" } ]",
    );
    assert!(matches!(e, Err(ActorsError::Person { .. })), "{e:?}");
}

#[test]
fn shared_surname_is_reported_as_ambiguous() {
    let mut kb = ActorBase::load_default();
    kb.add_toml(
        r#"
[[person]]
id = "zyx-a"
name = "Alma Zyxwin"
country = "FRA"
aliases = { en = ["Alma Zyxwin", "Zyxwin"] }
roles = [ { office = "minister", title = "Minister of A", from = "2019-01-01" } ]

[[person]]
id = "zyx-b"
name = "Bert Zyxwin"
country = "FRA"
aliases = { en = ["Bert Zyxwin", "Zyxwin"] }
roles = [ { office = "minister", title = "Minister of B", from = "2018-01-01" } ]
"#,
    )
    .expect("valid");
    let a = kb.resolve_text("Zyxwin", Lang::En, Some("2020-01-01"));
    assert_eq!(a[0].code, "FRAGOV");
    assert!(
        a[0].confidence <= 0.5 && a[0].reason.contains("Alma Zyxwin") && a[0].reason.contains("Bert Zyxwin"),
        "{a:?}"
    );
    // Before the second took office, the date decides.
    let a = kb.resolve_text("Zyxwin", Lang::En, Some("2018-06-01"));
    assert_eq!(a[0].person.as_ref().map(|p| p.name.as_str()), Some("Bert Zyxwin"));
    assert!(a[0].confidence > 0.9);
    // With the full name there is no doubt.
    let a = kb.resolve_text("Alma Zyxwin", Lang::En, Some("2020-01-01"));
    assert_eq!(a[0].person.as_ref().map(|p| p.name.as_str()), Some("Alma Zyxwin"));
}

#[test]
fn fips_and_iso_codes() {
    let kb = ActorBase::load_default();
    let cases =
        [("DEU", "GM", "DE"), ("RUS", "RS", "RU"), ("GBR", "UK", "GB"), ("KSV", "KV", "XK"), ("PRK", "KN", "KP")];
    for (code, fips, iso2) in cases {
        assert_eq!(kb.fips_of(code), Some(fips), "{code}");
        assert_eq!(kb.code_of_fips(fips), Some(code), "{fips}");
        assert_eq!(kb.code_of_iso2(iso2), Some(code), "{iso2}");
    }
    assert_eq!(kb.code_of_fips("GZ"), Some("PSE"));
    assert_eq!(kb.name_of("IGOUNO"), Some("United Nations"));
}

#[test]
fn stats_cover_five_languages() {
    let kb = ActorBase::load_default();
    let s = kb.stats();
    assert!(s.countries >= 250 && s.full_coverage >= 60, "{s}");
    for l in ["en", "de", "fr", "es", "ru"] {
        assert!(s.country_names.get(l).copied().unwrap_or(0) >= 60, "{l}: {s}");
        assert!(s.country_adjectives.get(l).copied().unwrap_or(0) >= 60, "{l}: {s}");
        assert!(s.sector_words.get(l).copied().unwrap_or(0) >= 100, "{l}: {s}");
    }
    assert!(s.igos >= 20 && s.persons > 0, "{s}");
    assert!(s.approx_bytes < 50_000_000, "{s}");
    let text = s.to_string();
    assert!(text.contains("countries with names") && text.contains("persons:"), "{text}");
}

#[test]
fn diagnostics_for_bad_dates_and_low_confidence() {
    let kb = ActorBase::load_default();
    let (a, d) = kb.resolve_text_diag("Russland", Lang::De, Some("15.08.2023"));
    assert_eq!(a[0].code, "RUS");
    assert!(d.iter().any(|d| d.code == "bad-date"), "{d:?}");
    let (_, d) = kb.resolve_text_diag("soldiers", Lang::En, None);
    assert!(d.iter().any(|d| d.code == "low-confidence"), "{d:?}");
    // Nothing to find, nothing to say, and no panic on odd input.
    for odd in ["", "  ", "'s", "...", "U.", "\u{0301}", "(((", "Ё", "a-b-c-d-e-f-g-h"] {
        let _ = kb.resolve_text_diag(odd, Lang::Ru, Some("2023-01-01"));
    }
}

fn word(form: &str, upos: &str, head: usize, deprel: &str, start: usize) -> Word {
    Word {
        form: form.into(),
        lemma: form.into(),
        upos: upos.into(),
        head,
        deprel: deprel.into(),
        span: Span::new(start, start + form.len()),
        ..Default::default()
    }
}

#[test]
fn german_common_noun_is_not_a_surname() {
    let mut kb = ActorBase::load_default();
    kb.add_toml("[[person]]\nid = \"t-koch\"\nname = \"Karla Koch\"\ncountry = \"DEU\"\naliases = { de = [\"Karla Koch\", \"Koch\"] }\nroles = [ { office = \"minister\", from = \"2020-01-01\" } ]")
        .expect("valid");
    let text = "Der Koch kocht";
    let s = Sentence {
        span: Span::new(0, text.len()),
        tokens: Vec::new(),
        words: vec![
            word("Der", "DET", 2, "det", 0),
            word("Koch", "NOUN", 3, "nsubj", 4),
            word("kocht", "VERB", 0, "root", 9),
        ],
    };
    let (m, d) = kb.find_mentions_diag(text, &s, 0, Lang::De, Some("2023-01-01"));
    assert!(m.is_empty(), "{m:?}");
    assert!(d.iter().any(|d| d.code == "common-noun"));
    let text = "Ministerin Koch sagte";
    let s = Sentence {
        span: Span::new(0, text.len()),
        tokens: Vec::new(),
        words: vec![
            word("Ministerin", "NOUN", 3, "nsubj", 0),
            word("Koch", "PROPN", 1, "flat", 11),
            word("sagte", "VERB", 0, "root", 16),
        ],
    };
    let m = kb.find_mentions(text, &s, 0, Lang::De, Some("2023-01-01"));
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].actors[0].code, "DEUGOV");
}

#[test]
fn georgia_in_a_us_context() {
    let kb = common::kb();
    let text = "Georgia Governor Brian Kemp signed the bill in Atlanta";
    let a = kb.resolve_text(text, Lang::En, None);
    assert_eq!(a[0].country, "USA", "{a:?}");
    let a = kb.resolve_text("Georgia and Armenia", Lang::En, None);
    assert_eq!(a.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(), ["GEO", "ARM"]);
}
