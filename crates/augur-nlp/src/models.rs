//! The shipped models, embedded in the binary so that a fresh clone, `cargo test` and an
//! installed binary all find them.

use augur_core::Lang;

pub(crate) fn embedded(lang: Lang) -> Option<&'static [u8]> {
    match lang {
        Lang::En => Some(include_bytes!("../../../models/en.bin")),
        _ => None,
    }
}
