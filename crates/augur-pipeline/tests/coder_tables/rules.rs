//! Regression cases for rule-engine fixes that cut across languages, one table per language
//! (the per-language files hold the construction tables).

use augur_core::Lang;

use crate::{check_table, Case};

const D: Option<&str> = Some("2024-03-12");

const EN: &[Case] = &[
    // The parser splits "NATO Secretary General Jens Stoltenberg" into two subjects; the
    // resolved name straddles them.
    (
        "title and name parsed as two subjects",
        D,
        "NATO Secretary General Jens Stoltenberg met Ukrainian President Volodymyr Zelensky in Kyiv.",
        &["IGOWSTNAT 040 UKRGOV"],
    ),
];

#[test]
fn en() {
    check_table(Lang::En, EN);
}
