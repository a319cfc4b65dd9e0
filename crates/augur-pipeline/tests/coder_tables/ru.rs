//! The ru table: every construction of the coder's role rules and every modality.

use augur_core::Lang;

use crate::{check_table, Case};

const CASES: &[Case] = &[];

#[test]
fn table() {
    check_table(Lang::Ru, CASES);
}
