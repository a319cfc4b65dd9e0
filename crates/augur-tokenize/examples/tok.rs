//! Prints the sentences, tokens and words of a text:
//!
//! ```text
//! cargo run -p augur-tokenize --example tok -- de "Er ging zum Bahnhof. Dann kam er."
//! echo "Texte" | cargo run -p augur-tokenize --example tok -- fr
//! ```

use std::io::Read;

use augur_core::Lang;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args.first().and_then(|c| Lang::from_code(c)).unwrap_or(Lang::Other);
    let text = match args.get(1) {
        Some(t) => t.clone(),
        None => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("usage: tok LANG [TEXT] (or the text on stdin)");
                std::process::exit(2);
            }
            s
        }
    };
    let (sentences, diagnostics) = augur_tokenize::tokenize(&text, lang);
    for (i, s) in sentences.iter().enumerate() {
        let tokens: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        println!("{i:>3} tokens: {}", tokens.join(" | "));
        if words.len() != tokens.len() {
            println!("    words:  {}", words.join(" | "));
        }
    }
    for d in diagnostics {
        eprintln!("{:?} {}: {}", d.severity, d.code, d.message);
    }
}
