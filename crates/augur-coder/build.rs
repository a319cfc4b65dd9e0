//! Copies the lexicons into OUT_DIR so that a language whose file has not been written yet
//! compiles as an empty lexicon instead of breaking the build.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=lexicons");
    for lang in ["en", "de", "fr", "es", "ru"] {
        let src = Path::new("lexicons").join(format!("{lang}.tsv"));
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src).unwrap_or_default();
        let dst = Path::new(&out).join(format!("{lang}.tsv"));
        std::fs::write(&dst, text).expect("write lexicon copy");
    }
}
