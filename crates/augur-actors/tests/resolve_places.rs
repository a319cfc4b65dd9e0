//! Places, regions and memberships that contain an actor's name without being that actor:
//! seas and gulfs named after a country, direction words before a country, "NATO member
//! Norway", offices named after an IGO, short Russian surnames, frequent companies and UN
//! missions — in the five languages.

mod common;

use augur_core::Lang;

/// A sea, gulf, strait or peninsula named after a country is not the country; "Northern
/// Ireland" is the United Kingdom, "New Mexico" the United States.
#[test]
fn places_named_after_a_country() {
    common::check_all(
        Lang::En,
        &[
            ("", "the South China Sea", "", ""),
            ("", "Chinese coast guard ships in the South China Sea", "CHNMIL", ""),
            ("", "the East China Sea", "", ""),
            ("", "the Sea of Japan", "", ""),
            ("", "the Gulf of Mexico", "", ""),
            ("", "the Korean Peninsula", "", ""),
            ("", "the Taiwan Strait", "", ""),
            ("", "the Indian Ocean", "", ""),
            ("", "Northern Ireland", "GBR", ""),
            ("", "New Mexico", "USA", ""),
            // No cue word anywhere in the sentence silences the country any more.
            ("", "Mexico announced new tariffs", "MEX", ""),
            ("", "Mexico and the Gulf states", "MEX", ""),
        ],
    );
    common::check_all(
        Lang::De,
        &[
            ("", "im Südchinesischen Meer", "", ""),
            ("", "das Ostchinesische Meer", "", ""),
            ("", "das Japanische Meer", "", ""),
            ("", "im Golf von Mexiko", "", ""),
            ("", "die Koreanische Halbinsel", "", ""),
            ("", "Nordirland", "GBR", ""),
            ("", "Mexiko", "MEX", ""),
        ],
    );
    common::check_all(
        Lang::Fr,
        &[
            ("", "la mer de Chine méridionale", "", ""),
            ("", "la mer de Chine orientale", "", ""),
            ("", "la mer du Japon", "", ""),
            ("", "le golfe du Mexique", "", ""),
            ("", "la péninsule coréenne", "", ""),
            ("", "l'Irlande du Nord", "GBR", ""),
            ("", "le Sahara occidental", "ESH", ""),
        ],
    );
    common::check_all(
        Lang::Es,
        &[
            ("", "el mar de China Meridional", "", ""),
            ("", "el mar de China Oriental", "", ""),
            ("", "el mar de Japón", "", ""),
            ("", "el golfo de México", "", ""),
            ("", "la península de Corea", "", ""),
            ("", "Irlanda del Norte", "GBR", ""),
            ("", "Nuevo México", "USA", ""),
            ("", "México", "MEX", ""),
        ],
    );
    common::check_all(
        Lang::Ru,
        &[
            ("", "в Южно-Китайском море", "", ""),
            ("", "Восточно-Китайское море", "", ""),
            ("", "Японского моря", "", ""),
            ("", "Мексиканского залива", "", ""),
            ("", "на Корейском полуострове", "", ""),
            ("", "Северной Ирландии", "GBR", ""),
        ],
    );
}

/// A direction word before (in French and Spanish after) a country is part of the place,
/// not "the West"; named regions read as their region (West Africa → Africa).
#[test]
fn direction_words_belong_to_the_place() {
    common::check_all(
        Lang::En,
        &[
            ("", "Western Cambodia", "KHM", ""),
            ("", "Eastern Ukraine", "UKR", ""),
            ("", "Northern Syria", "SYR", ""),
            ("", "West Africa", "AFR", ""),
            ("", "Western Europe", "EUR", ""),
            ("", "Latin America", "LAM", ""),
            // The political West stays the West.
            ("", "the West and Russia", "WST RUS", ""),
            ("", "Western allies", "WST", ""),
            ("", "the West Bank", "PSE", ""),
        ],
    );
    common::check_all(
        Lang::De,
        &[
            ("", "Westafrika", "AFR", ""),
            ("", "Lateinamerika", "LAM", ""),
            ("", "die westliche Ukraine", "UKR", ""),
            ("", "die westlichen Staaten", "WST", ""),
        ],
    );
    common::check_all(
        Lang::Fr,
        &[
            ("", "l'Afrique de l'Ouest", "AFR", ""),
            ("", "l'Amérique latine", "LAM", ""),
            ("", "l'Ukraine occidentale", "UKR", ""),
            ("", "les pays occidentaux", "WST", ""),
        ],
    );
    common::check_all(
        Lang::Es,
        &[
            ("", "África Occidental", "AFR", ""),
            ("", "América Latina", "LAM", ""),
            ("", "Ucrania occidental", "UKR", ""),
            ("", "Occidente", "WST", ""),
        ],
    );
    common::check_all(
        Lang::Ru,
        &[
            ("", "Западной Африки", "AFR", ""),
            ("", "Латинской Америки", "LAM", ""),
            ("", "Западной Украины", "UKR", ""),
            ("", "западные страны", "WST", ""),
        ],
    );
}

/// "NATO member Norway": the country is the head, the IGO only says what it belongs to.
#[test]
fn igo_membership_modifies_the_country() {
    common::check_all(
        Lang::En,
        &[
            ("", "NATO-member Norway", "NOR", ""),
            ("", "NATO member Norway", "NOR", ""),
            ("", "EU member Hungary", "HUN", ""),
            ("", "EU member state Hungary", "HUN", ""),
            ("", "NATO ally Turkey", "TUR", ""),
            // Without a country the IGO stays.
            ("", "EU member states", "IGOEUREEC", ""),
            ("", "NATO", "IGOWSTNAT", ""),
        ],
    );
    common::check_all(
        Lang::De,
        &[
            ("", "Nato-Mitglied Norwegen", "NOR", ""),
            ("", "EU-Mitglied Ungarn", "HUN", ""),
            ("", "das EU-Mitgliedsland Ungarn", "HUN", ""),
        ],
    );
    common::check_all(Lang::Fr, &[("", "le membre de l'Otan Norvège", "NOR", "")]);
    common::check_all(Lang::Es, &[("", "el miembro de la OTAN Noruega", "NOR", "")]);
    common::check_all(Lang::Ru, &[("", "член НАТО Норвегия", "NOR", "")]);
}

/// An office named after an IGO wins over the nationality of its holder.
#[test]
fn igo_office_wins_over_nationality() {
    common::check_all(
        Lang::En,
        &[
            ("2024-03-12", "EU trade chief Valdis Dombrovskis", "IGOEUREECGOV", "Valdis Dombrovskis"),
            ("2024-03-12", "NATO chief Jens Stoltenberg", "IGOWSTNAT", "Jens Stoltenberg"),
        ],
    );
    common::check_all(
        Lang::De,
        &[("2024-03-12", "EU-Handelskommissar Valdis Dombrovskis", "IGOEUREECGOV", "Valdis Dombrovskis")],
    );
    // A person the data knows no role of on the date, under an IGO title: the IGO.
    common::check_all(
        Lang::En,
        &[("2014-06-01", "EU trade chief Valdis Dombrovskis", "IGOEUREEC", "Valdis Dombrovskis")],
    );
}

/// Russian: a short word that stems like a longer surname is no form of it.
#[test]
fn russian_stems_cover_the_whole_surname() {
    common::check_all(
        Lang::Ru,
        &[
            ("", "Изз ад-Дин", "", ""),
            ("1996-03-12", "Дини", "ITAGOV", "Lamberto Dini"),
            ("2024-03-12", "Путина", "RUSGOV", "Vladimir Putin"),
            ("2024-03-12", "Лаврову", "RUSGOV", "Sergey Lavrov"),
        ],
    );
}

/// Frequent companies and UN missions.
#[test]
fn frequent_entities() {
    common::check_all(
        Lang::En,
        &[
            ("", "Gazprom", "RUSBUS", ""),
            ("", "Rosatom", "RUSBUS", ""),
            ("", "Naftogaz", "UKRBUS", ""),
            ("", "QatarEnergy", "QATBUS", ""),
            ("", "Saudi Aramco", "SAUBUS", ""),
            ("", "Minusma", "IGOUNO", ""),
            ("", "Unifil", "IGOUNO", ""),
            ("2024-03-12", "Zelenskiy", "UKRGOV", "Volodymyr Zelensky"),
        ],
    );
    common::check_all(Lang::De, &[("", "Gazprom", "RUSBUS", ""), ("", "die Monusco", "IGOUNO", "")]);
    common::check_all(Lang::Fr, &[("", "la Finul", "IGOUNO", ""), ("", "la finul", "IGOUNO", "")]);
    common::check_all(Lang::Es, &[("", "la Minusma", "IGOUNO", ""), ("", "Aramco", "SAUBUS", "")]);
    common::check_all(
        Lang::Ru,
        &[
            ("", "Газпром", "RUSBUS", ""),
            ("", "Газпрома", "RUSBUS", ""),
            ("", "ВСУ", "UKRMIL", ""),
            ("", "Газпрому", "RUSBUS", ""),
            ("", "Росатом", "RUSBUS", ""),
            ("", "Росатома", "RUSBUS", ""),
        ],
    );
}
