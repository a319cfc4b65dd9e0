//! The en table: every construction of the coder's role rules and every modality.

use augur_core::Lang;

use crate::{check_table, Case};

const CASES: &[Case] = &[
    ("plain transitive act", Some("2024-03-12"), "Russia attacked Ukraine on Monday.", &["RUS 190 UKR @2024-03-11"]),
    ("nothing without a second actor", None, "The weather was cold in Moscow.", &[]),
];

#[test]
fn table() {
    check_table(Lang::En, CASES);
}
