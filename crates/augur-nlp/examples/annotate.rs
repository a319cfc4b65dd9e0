//! Annotates text from stdin and prints CoNLL-U: `annotate LANG [--model M.bin] [--pretok]`.
//! With `--pretok` each line is one sentence of space-separated tokens.

use std::io::Read;

use augur_core::{Lang, Sentence, Span, Token, Word};
use augur_nlp::{conllu, LangModel, NlpPipeline};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = Lang::from_code(args.first().ok_or("missing LANG")?).ok_or("unknown LANG")?;
    let mut p = NlpPipeline::new();
    if let Some(i) = args.iter().position(|a| a == "--model") {
        let path = args.get(i + 1).ok_or("missing model path")?;
        let mut m = LangModel::load(std::path::Path::new(path))?;
        m.repair_finite = args.iter().any(|a| a == "--repair");
        p = p.with_model(lang, m);
    }
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let mut out = String::new();
    if args.iter().any(|a| a == "--pretok") {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let mut s = Sentence::default();
            let mut pos = 0;
            for (i, form) in line.split_whitespace().enumerate() {
                let span = Span::new(pos, pos + form.len());
                pos += form.len() + 1;
                s.tokens.push(Token { span, form: form.to_string(), words: (i, i), space_after: true });
                s.words.push(Word { form: form.to_string(), span, token: i, ..Word::default() });
            }
            for d in p.annotate(&mut s, lang) {
                eprintln!("{}: {}", d.code, d.message);
            }
            conllu::write_sentence(&mut out, &s, &[], None);
        }
    } else {
        let a = p.analyze_text(&text, lang);
        for d in &a.diagnostics {
            eprintln!("{}: {}", d.code, d.message);
        }
        for s in &a.sentences {
            conllu::write_sentence(&mut out, s, &[], Some(&text));
        }
    }
    print!("{out}");
    Ok(())
}
