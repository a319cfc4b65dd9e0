//! Mentions that the event coder needed and that once failed to resolve (or resolved
//! wrongly).

use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang};

fn lang_of(s: &str) -> Lang {
    match s {
        "de" => Lang::De,
        "fr" => Lang::Fr,
        "es" => Lang::Es,
        "ru" => Lang::Ru,
        _ => Lang::En,
    }
}

#[test]
fn coder_gaps_resolve() {
    let kb = ActorBase::load_default();
    let cases: &[(&str, &str, &str, &str)] = &[
        ("en", "Amnesty International", "2024-03-12", "NGOAMN"),
        ("en", "the PKK", "2024-03-12", "TURREB"),
        ("en", "Kurdish militants", "2024-03-12", "TURREB"),
        ("en", "Mark Zuckerberg", "2024-03-12", "USABUS"),
        ("en", "Chamberlain", "1938-09-30", "GBRGOV"),
        ("en", "Lord Halifax", "1939-03-01", "GBRGOV"),
        ("en", "Hitler", "1939-09-01", "DEUGOV"),
        ("en", "Tsar Alexander", "1860-01-01", "RUSGOV"),
        ("en", "the Pope", "2010-01-01", "VATGOV"),
        ("de", "der Papst", "2024-03-12", "VATGOV"),
        ("de", "Kanzler", "2024-03-12", "DEUGOV"),
        ("de", "der österreichische Kanzler", "2024-03-12", "AUTGOV"),
        ("de", "Odessa", "2024-03-12", "UKR"),
        ("de", "Japanische Meer", "2024-03-12", ""),
        ("fr", "l'Otan", "2024-03-12", "IGOWSTNAT"),
        ("fr", "la Cédéao", "2024-03-12", "IGOWAFWAS"),
        ("fr", "Crimée", "2024-03-12", "UKR"),
        ("fr", "Bruxelles", "2024-03-12", "BELGOV"),
        ("es", "Járkov", "2024-03-12", "UKR"),
        ("es", "Nagorno Karabaj", "2024-03-12", "AZE"),
        ("es", "Pionyang", "2024-03-12", "PRKGOV"),
        ("es", "Fuerzas de Apoyo Rápido", "2024-03-12", "SDNREB"),
        ("es", "Fuerzas de Apoyo Rápido", "2020-01-01", "SDNMIL"),
        ("es", "homólogo brasileño", "2024-03-12", "BRAGOV"),
        ("es", "Tribunal de La Haya", "2024-03-12", "IGOUNO"),
        ("es", "las FARC", "2024-03-12", "COLREB"),
        ("ru", "судья МУС", "2024-03-12", "IGOINTJUD"),
        ("ru", "в делах", "2024-03-12", ""),
        ("en", "Philippine Marines", "2024-03-12", "PHLMIL"),
        ("en", "his Ukrainian counterpart", "2024-03-12", "UKRGOV"),
        ("en", "Israeli helicopters", "2024-03-12", "ISRMIL"),
        ("en", "the Taliban", "2019-01-01", "AFGREB"),
        ("en", "the Taliban", "2024-03-12", "AFGGOV"),
    ];
    let mut bad = Vec::new();
    for &(l, text, date, want) in cases {
        let got = kb.resolve_text(text, lang_of(l), Some(date)).first().map(|a| a.code.clone()).unwrap_or_default();
        if got != want {
            bad.push(format!("{l} {text:?} @{date}: want {want:?}, got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
