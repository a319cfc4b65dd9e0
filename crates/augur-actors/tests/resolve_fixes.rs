//! Actor-resolution fixes: short IGO codes with sectors, Brussels for the EU, envoys and
//! embassies abroad, civilians in a capital, generic alliance words, compound nationality
//! adjectives, misspelt country names — in the five languages.

mod common;

use augur_core::{ActorResolver, Lang};

/// An IGO code shorter than six characters never takes a sector: the scored first six
/// characters stay the IGO's own.
#[test]
fn short_igo_codes_take_no_sector() {
    common::check_all(Lang::En, &[("", "G7 foreign ministers", "IGOG7", ""), ("", "the G7 leaders", "IGOG7", "")]);
    common::check_all(
        Lang::De,
        &[("", "die G7-Außenminister", "IGOG7", ""), ("", "die G7-Finanzminister", "IGOG7", "")],
    );
    common::check_all(Lang::Fr, &[("", "les ministres des Finances du G7", "IGOG7", "")]);
    common::check_all(Lang::Es, &[("", "los ministros de Exteriores del G7", "IGOG7", "")]);
    common::check_all(Lang::Ru, &[("", "министры финансов G7", "IGOG7", "")]);
    // Six-character IGO codes keep their sectors.
    common::check_all(Lang::En, &[("", "EU foreign ministers", "IGOEUREECGOV", "")]);
}

/// "Brussels" as an actor is the EU; Belgian context makes it Belgium's government.
#[test]
fn brussels_is_the_eu_by_default() {
    common::check_all(
        Lang::En,
        &[
            ("", "Brussels", "IGOEUREEC", ""),
            ("", "the Belgian capital Brussels", "BELGOV", ""),
            ("", "the Belgian government", "BELGOV", ""),
            ("", "Belgium", "BEL", ""),
        ],
    );
    common::check_all(
        Lang::De,
        &[("", "Brüssel", "IGOEUREEC", ""), ("", "die belgische Hauptstadt Brüssel", "BELGOV", "")],
    );
    common::check_all(Lang::Fr, &[("", "Bruxelles", "IGOEUREEC", ""), ("", "le gouvernement belge", "BELGOV", "")]);
    common::check_all(
        Lang::Es,
        &[("", "Bruselas", "IGOEUREEC", ""), ("", "Bruselas, capital de Bélgica", "BELGOV BEL", "")],
    );
    common::check_all(Lang::Ru, &[("", "Брюссель", "IGOEUREEC", ""), ("", "Брюсселя", "IGOEUREEC", "")]);
}

/// An envoy or embassy belongs to the sending country; the city is where it sits.
#[test]
fn envoys_belong_to_the_sending_country() {
    common::check_all(
        Lang::En,
        &[
            ("", "the ambassador of Spain in Buenos Aires", "ESPGOV", ""),
            ("", "the US embassy in Kyiv", "USAGOV", ""),
            ("", "the Russian embassy Berlin", "RUSGOV", ""),
        ],
    );
    common::check_all(
        Lang::De,
        &[
            ("", "der spanische Botschafter in Buenos Aires", "ESPGOV", ""),
            ("", "die US-Botschaft in Kiew", "USAGOV", ""),
        ],
    );
    common::check_all(
        Lang::Fr,
        &[
            ("", "l'ambassadeur d'Espagne à Buenos Aires", "ESPGOV", ""),
            ("", "l'ambassade des États-Unis à Kiev", "USAGOV", ""),
        ],
    );
    common::check_all(
        Lang::Es,
        &[
            ("", "el embajador de España en Buenos Aires", "ESPGOV", ""),
            ("", "la embajada de Estados Unidos en Kiev", "USAGOV", ""),
        ],
    );
    common::check_all(
        Lang::Ru,
        &[("", "посол Испании в Буэнос-Айресе", "ESPGOV", ""), ("", "посольство США в Киеве", "USAGOV", "")],
    );
}

/// Civilians in a capital are not its government.
#[test]
fn civilians_in_a_capital_are_not_the_government() {
    common::check_all(
        Lang::En,
        &[("", "demonstrators in Baghdad", "---CVL", ""), ("", "protesters in Tbilisi", "---CVL", "")],
    );
    common::check_all(Lang::De, &[("", "Demonstranten in Bagdad", "---CVL", "")]);
    common::check_all(Lang::Fr, &[("", "des manifestants à Tbilissi", "---CVL", "")]);
    common::check_all(Lang::Es, &[("", "manifestantes en Bagdad", "---CVL", "")]);
    common::check_all(Lang::Ru, &[("", "демонстранты в Багдаде", "---CVL", "")]);
}

/// "Alliance", "bloc", "Militärbündnis" name no particular organisation.
#[test]
fn generic_alliance_words_are_no_igo() {
    let kb = common::kb();
    let cases: &[(Lang, &str)] = &[
        (Lang::En, "the alliance"),
        (Lang::En, "the military alliance"),
        (Lang::En, "the bloc"),
        (Lang::De, "das Militärbündnis"),
        (Lang::De, "das Verteidigungsbündnis"),
        (Lang::De, "das Bündnis"),
        (Lang::Fr, "l'alliance militaire"),
        (Lang::Es, "la alianza militar"),
        (Lang::Ru, "военный альянс"),
        (Lang::Ru, "блок"),
    ];
    for &(lang, text) in cases {
        let got = kb.resolve_text(text, lang, None);
        assert!(got.iter().all(|a| !a.code.starts_with("IGO")), "{lang} {text:?}: {got:?}");
    }
    // The named alliance still is NATO.
    common::check_all(Lang::De, &[("", "das Nato-Bündnis", "IGOWSTNAT", ""), ("", "die Nato", "IGOWSTNAT", "")]);
    common::check_all(Lang::En, &[("", "the Atlantic alliance", "IGOWSTNAT", "")]);
}

/// "américano-sud-coréens", "deutsch-iranisch", "российско-китайский": both countries.
#[test]
fn compound_nationality_adjectives_give_both_countries() {
    common::check_all(
        Lang::Fr,
        &[
            ("", "les exercices américano-sud-coréens", "USA KOR", ""),
            ("", "le dialogue germano-iranien", "DEU IRN", ""),
            ("", "le sommet sino-russe", "CHN RUS", ""),
            ("", "le conflit israélo-palestinien", "ISR PSE", ""),
        ],
    );
    common::check_all(
        Lang::De,
        &[("", "deutsch-iranische Gespräche", "DEU IRN", ""), ("", "die US-südkoreanischen Manöver", "USA KOR", "")],
    );
    common::check_all(
        Lang::Ru,
        &[("", "российско-китайские учения", "RUS CHN", ""), ("", "американо-южнокорейские учения", "USA KOR", "")],
    );
    common::check_all(
        Lang::Es,
        &[("", "la cumbre franco-alemana", "FRA DEU", ""), ("", "las relaciones sino-rusas", "CHN RUS", "")],
    );
    common::check_all(
        Lang::En,
        &[("", "Sino-Russian drills", "CHN RUS", ""), ("", "Franco-German talks", "FRA DEU", "")],
    );
    // Alone, a combining form is no adjective: Spanish "franco" (frank, franc), General Franco.
    common::check_all(Lang::Es, &[("", "el franco", "", ""), ("", "Franco", "", "")]);
    common::check_all(Lang::En, &[("", "Franco", "", ""), ("", "General Franco", "---MIL", "")]);
}

/// A capitalised unknown word one edit away from a one-word country name.
#[test]
fn misspelt_country_names() {
    common::check_all(
        Lang::En,
        &[
            ("", "Ethopia", "ETH", ""),
            ("", "Afganistan", "AFG", ""),
            ("", "Isreal", "ISR", ""),
            ("", "Quatar", "QAT", ""),
            ("", "Venezuala", "VEN", ""),
            // Not a country: names one letter off, lower case, short words.
            ("", "Phillippines", "PHL", ""),
            ("", "Ismael", "", ""),
            ("", "Syriac", "", ""),
            ("", "Tsonga", "", ""),
            ("", "Columbia", "", ""),
            ("", "Simon Bolivar", "", ""),
            ("", "isreal", "", ""),
            ("", "Irak", "", ""),
        ],
    );
    common::check_all(Lang::De, &[("", "Äthopien", "ETH", ""), ("", "Afganistan", "AFG", "")]);
    common::check_all(Lang::Fr, &[("", "l'Ethopie", "ETH", ""), ("", "Isreal", "ISR", "")]);
    common::check_all(Lang::Es, &[("", "Etíopia", "ETH", ""), ("", "Quatar", "QAT", "")]);
}

// ---- parsed sentences ----

/// (first word, last word, codes space-separated) of every mention.
fn mentions(lang: Lang, words: &[(&str, &str, usize, &str)], glued: &[usize]) -> Vec<(usize, usize, String)> {
    let (text, s) = common::sentence(words, glued);
    common::kb()
        .find_mentions(&text, &s, 0, lang, Some("2024-03-12"))
        .iter()
        .map(|m| (m.words.0, m.words.1, m.actors.iter().map(|a| a.code.as_str()).collect::<Vec<_>>().join(" ")))
        .collect()
}

fn want(v: &[(usize, usize, &str)]) -> Vec<(usize, usize, String)> {
    v.iter().map(|&(a, b, c)| (a, b, c.to_string())).collect()
}

/// A place the parser hung as `flat` under the subject keeps its preposition: it is a
/// mention of its own, not part of the protesters' name nor their owner.
#[test]
fn place_misparsed_as_flat_is_its_own_mention() {
    let got = mentions(
        Lang::Es,
        &[
            ("Manifestantes", "PROPN", 4, "nsubj"),
            ("en", "ADP", 3, "case"),
            ("Bagdad", "PROPN", 1, "flat"),
            ("asaltaron", "VERB", 0, "root"),
            ("la", "DET", 6, "det"),
            ("embajada", "NOUN", 4, "obj"),
            ("sueca", "ADJ", 6, "amod"),
        ],
        &[],
    );
    assert_eq!(got, want(&[(0, 0, "---CVL"), (2, 2, "IRQGOV"), (5, 6, "SWEGOV")]));
}

/// An embassy named with its host city in one phrase belongs to the sending country.
#[test]
fn embassy_with_host_city_in_one_phrase() {
    let got = mentions(
        Lang::En,
        &[
            ("The", "DET", 4, "det"),
            ("US", "PROPN", 4, "compound"),
            ("Kyiv", "PROPN", 4, "compound"),
            ("embassy", "NOUN", 5, "nsubj"),
            ("warned", "VERB", 0, "root"),
            ("Russia", "PROPN", 5, "obj"),
        ],
        &[],
    );
    assert_eq!(got, want(&[(1, 3, "USAGOV"), (5, 5, "RUS")]));
}

/// A compound adjective split by the tokeniser ("américano", "-", "sud-coréens") still
/// names both countries.
#[test]
fn compound_adjective_split_by_the_tokeniser() {
    let got = mentions(
        Lang::Fr,
        &[
            ("Pyongyang", "PROPN", 2, "nsubj"),
            ("condamne", "VERB", 0, "root"),
            ("les", "DET", 4, "det"),
            ("manoeuvres", "NOUN", 2, "obj"),
            ("américano", "ADJ", 4, "amod"),
            ("-", "PUNCT", 5, "punct"),
            ("sud-coréennes", "ADJ", 5, "amod"),
        ],
        &[5, 6],
    );
    assert_eq!(got, want(&[(0, 0, "PRKGOV"), (4, 6, "USA KOR")]));
}

/// Brussels criticising a member state is the EU; in a sentence about Belgium it is
/// Belgium's government.
#[test]
fn brussels_in_sentences() {
    let got = mentions(
        Lang::De,
        &[("Brüssel", "PROPN", 2, "nsubj"), ("kritisiert", "VERB", 0, "root"), ("Ungarn", "PROPN", 2, "obj")],
        &[],
    );
    assert_eq!(got, want(&[(0, 0, "IGOEUREEC"), (2, 2, "HUN")]));
    let got = mentions(
        Lang::Ru,
        &[("Брюссель", "PROPN", 2, "nsubj"), ("осудил", "VERB", 0, "root"), ("Венгрию", "PROPN", 2, "obj")],
        &[],
    );
    assert_eq!(got, want(&[(0, 0, "IGOEUREEC"), (2, 2, "HUN")]));
    let got = mentions(
        Lang::Fr,
        &[
            ("Bruxelles", "PROPN", 2, "nsubj"),
            ("convoque", "VERB", 0, "root"),
            ("l'", "DET", 4, "det"),
            ("ambassadeur", "NOUN", 2, "obj"),
            ("russe", "ADJ", 4, "amod"),
            ("en", "ADP", 7, "case"),
            ("Belgique", "PROPN", 4, "nmod"),
        ],
        &[3],
    );
    assert_eq!(got, want(&[(0, 0, "BELGOV"), (3, 4, "RUSGOV"), (6, 6, "BEL")]));
}
