//! `cargo run -p augur-actors --example resolve -- de 2023-08-15 "der russische Präsident"`

use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (kb, problems) = ActorBase::load_default_checked();
    for p in problems {
        eprintln!("problem: {p}");
    }
    let lang = args.first().and_then(|l| Lang::from_code(l)).unwrap_or(Lang::En);
    let date = args.get(1).filter(|d| d.as_str() != "-").map(String::as_str);
    for m in args.iter().skip(2) {
        let a = kb.resolve_text(m, lang, date);
        println!("{m} => {}", serde_json::to_string(&a).unwrap_or_default());
    }
    if args.is_empty() {
        println!("{}", kb.stats());
    }
}
