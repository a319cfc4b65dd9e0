//! Office holders, IGO officials and armed groups of 2022–2026 news, in the five languages.
mod common;
use augur_core::Lang;

#[test]
fn ministers_and_leaders_2020s_en() {
    common::check_all(
        Lang::En,
        &[
            ("2024-03-12", "Swedish Defence Minister Pål Jonson", "SWEGOV", "Pål Jonson"),
            ("2024-03-12", "Hanno Pevkur", "ESTGOV", "Hanno Pevkur"),
            ("2025-06-01", "Kallas", "IGOEUREECGOV", "Kaja Kallas"),
            ("2023-06-01", "Kallas", "ESTGOV", "Kaja Kallas"),
            ("2025-06-01", "Costa", "IGOEUREECGOV", "António Costa"),
            ("2024-03-12", "Mitsotakis", "GRCGOV", "Kyriakos Mitsotakis"),
            ("2024-03-12", "Greek Defence Minister Nikos Dendias", "GRCGOV", "Nikos Dendias"),
            ("2025-03-01", "Theo Francken", "BELGOV", "Theo Francken"),
            ("2024-03-12", "Robert Kalinak", "SVKGOV", "Robert Kaliňák"),
            ("2024-03-12", "Sadio Camara", "MLIGOV", "Sadio Camara"),
            ("2024-03-12", "Traoré", "BFAGOV", "Ibrahim Traoré"),
            ("2024-03-12", "Musalia Mudavadi", "KENGOV", "Musalia Mudavadi"),
            ("2025-03-01", "Sharaa", "SYRGOV", "Ahmed al-Sharaa"),
            ("2025-06-01", "Ahmed al-Sharaa", "SYRGOV", "Ahmed al-Sharaa"),
            ("2024-03-12", "Kyslytsya", "UKRGOV", "Sergiy Kyslytsya"),
            ("2024-03-12", "Hans Grundberg", "IGOUNO", "Hans Grundberg"),
            ("2024-03-12", "Jean-Pierre Bemba", "CODGOV", "Jean-Pierre Bemba"),
            ("2026-06-01", "José Antonio Kast", "CHLGOV", "José Antonio Kast"),
            ("2024-03-12", "Sinwar", "PSEREB", ""),
            ("", "the Qassam Brigades", "PSEREB", ""),
            ("", "the Pakistani Taliban", "PAKREB", ""),
            ("", "Kataib Hezbollah", "IRQREB", ""),
            ("", "the TPLF", "ETHREB", ""),
            ("2024-03-12", "the RSF", "SDNREB", ""),
            ("", "the SDF", "SYRREB", ""),
            ("", "Africa Corps", "RUSMIL", ""),
        ],
    );
}

#[test]
fn ministers_and_leaders_2020s_de() {
    common::check_all(
        Lang::De,
        &[
            ("2025-06-01", "EU-Außenbeauftragte Kallas", "IGOEUREECGOV", "Kaja Kallas"),
            ("2024-03-12", "Häkkänen", "FINGOV", "Antti Häkkänen"),
            ("2025-03-01", "Ahmed al-Scharaa", "SYRGOV", "Ahmed al-Sharaa"),
            ("2024-03-12", "Kyslyzja", "UKRGOV", "Sergiy Kyslytsya"),
            ("", "die Kassam-Brigaden", "PSEREB", ""),
            ("", "die pakistanischen Taliban", "PAKREB", ""),
            ("", "die Huthi-Rebellen", "YEMREB", ""),
        ],
    );
}

#[test]
fn ministers_and_leaders_2020s_fr() {
    common::check_all(
        Lang::Fr,
        &[
            ("2025-06-01", "Kaja Kallas", "IGOEUREECGOV", "Kaja Kallas"),
            ("2023-03-01", "Hadja Lahbib", "BELGOV", "Hadja Lahbib"),
            ("2025-03-01", "Ahmed al-Charaa", "SYRGOV", "Ahmed al-Sharaa"),
            ("2024-03-12", "Abdoulaye Diop", "MLIGOV", "Abdoulaye Diop"),
            ("2024-03-12", "les FSR", "SDNREB", ""),
            ("", "les brigades al-Qassam", "PSEREB", ""),
            ("", "l'État islamique au Grand Sahara", "MLIREB", ""),
        ],
    );
}

#[test]
fn ministers_and_leaders_2020s_es() {
    common::check_all(
        Lang::Es,
        &[
            ("2025-06-01", "Kallas", "IGOEUREECGOV", "Kaja Kallas"),
            ("2025-03-01", "Laura Sarabia", "COLGOV", "Laura Sarabia"),
            ("2026-06-01", "Kast", "CHLGOV", "José Antonio Kast"),
            ("2024-03-12", "Kislitsia", "UKRGOV", "Sergiy Kyslytsya"),
            ("", "Hizbulá", "LBNREB", ""),
            ("", "los talibanes paquistaníes", "PAKREB", ""),
        ],
    );
}

#[test]
fn ministers_and_leaders_2020s_ru() {
    common::check_all(
        Lang::Ru,
        &[
            ("2025-06-01", "Каллас", "IGOEUREECGOV", "Kaja Kallas"),
            ("2025-06-01", "Кошта", "IGOEUREECGOV", "António Costa"),
            ("2024-03-12", "Мицотакис", "GRCGOV", "Kyriakos Mitsotakis"),
            ("2024-03-12", "Пол Йонсон", "SWEGOV", "Pål Jonson"),
            ("2024-03-12", "Кислица", "UKRGOV", "Sergiy Kyslytsya"),
            ("2025-03-01", "Шараа", "SYRGOV", "Ahmed al-Sharaa"),
            ("", "Хамас", "PSEREB", ""),
            ("", "бригады «Изз ад-Дин аль-Кассам»", "PSEREB", ""),
            ("", "Африканский корпус", "RUSMIL", ""),
        ],
    );
}
