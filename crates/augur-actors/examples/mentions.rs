//! Prints the actor mentions of every sentence of a CoNLL-U file (as `augur parse`
//! writes it, with `TokenRange=a:b` in MISC and `# text =` lines):
//! `augur parse --lang en FILE | cargo run --release -p augur-actors --example mentions -- en 2024-03-12`.

use std::io::Read as _;

use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang, Sentence, Span, Token, Word};

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().and_then(|l| Lang::from_code(&l)).unwrap_or(Lang::En);
    let date = args.next();
    let mut src = String::new();
    if std::io::stdin().read_to_string(&mut src).is_err() {
        return;
    }
    let kb = ActorBase::load_default();
    for (i, block) in src.split("\n\n").enumerate() {
        let mut text = String::new();
        let mut s = Sentence::default();
        let mut base = None;
        for line in block.lines() {
            if let Some(t) = line.strip_prefix("# text = ") {
                text = t.to_string();
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 10 || f[0].contains('-') || f[0].contains('.') {
                continue;
            }
            let range = f[9].split('|').find_map(|kv| kv.strip_prefix("TokenRange="));
            let (a, b) = range
                .and_then(|r| r.split_once(':'))
                .and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
                .unwrap_or((0, 0));
            let off = *base.get_or_insert(a);
            let span = Span::new(a - off, b - off);
            let k = s.words.len();
            s.tokens.push(Token { span, form: f[1].into(), words: (k, k), space_after: true });
            s.words.push(Word {
                form: f[1].into(),
                lemma: f[2].into(),
                upos: f[3].into(),
                feats: if f[5] == "_" { String::new() } else { f[5].into() },
                head: f[6].parse().unwrap_or(0),
                deprel: f[7].into(),
                span,
                token: k,
                ..Default::default()
            });
        }
        if s.words.is_empty() {
            continue;
        }
        s.span = Span::new(0, text.len());
        println!("# {text}");
        for m in kb.find_mentions(&text, &s, i, lang, date.as_deref()) {
            let codes: Vec<String> = m.actors.iter().map(|a| format!("{} ({})", a.code, a.reason)).collect();
            println!("  {}: {}", m.span.slice(&text).unwrap_or("?"), codes.join("; "));
        }
    }
}
