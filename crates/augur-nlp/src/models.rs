//! The shipped models, embedded in the binary so that a fresh clone, `cargo test` and an
//! installed binary all find them.

use augur_core::Lang;

pub(crate) fn embedded(lang: Lang) -> Option<&'static [u8]> {
    match lang {
        Lang::En => Some(include_bytes!("../../../models/en.bin")),
        Lang::De => Some(include_bytes!("../../../models/de.bin")),
        Lang::Fr => Some(include_bytes!("../../../models/fr.bin")),
        Lang::Es => Some(include_bytes!("../../../models/es.bin")),
        Lang::Ru => Some(include_bytes!("../../../models/ru.bin")),
        _ => None,
    }
}
