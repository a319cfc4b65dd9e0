//! Evaluates: `eval MODEL.bin GOLD.conllu [--raw --lang=xx] [--bench [--lang=xx]] [--parse-only]
//! [--shipped --lang=xx] [--write=OUT.conllu]` (gold tokenisation unless --raw; `--shipped` turns on
//! the inference repairs the pipeline uses for the language instead of `--repair`/`--float`).

use augur_core::Lang;
use augur_nlp::{bench, conllu, eval, LangModel};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model_path = args.first().ok_or("missing MODEL")?;
    let gold_path = args.get(1).ok_or("missing GOLD")?;
    let t = std::time::Instant::now();
    let mut model = LangModel::load(std::path::Path::new(model_path))?;
    model.repair_finite = args.iter().any(|a| a == "--repair");
    model.news_repairs = args.iter().any(|a| a == "--float");
    let lang = args.iter().find_map(|a| a.strip_prefix("--lang=")).and_then(Lang::from_code);
    if let (true, Some(lang)) = (args.iter().any(|a| a == "--shipped"), lang) {
        model.set_shipped_repairs(lang);
    }
    eprintln!("loaded in {:.3}s", t.elapsed().as_secs_f64());
    let (doc, _) = conllu::read_file(std::path::Path::new(gold_path))?;
    let gold: Vec<_> = doc.sentences.iter().map(|s| s.sentence.clone()).collect();
    if args.iter().any(|a| a == "--bench") {
        match lang {
            Some(lang) => {
                let p = augur_nlp::NlpPipeline::new().with_model(lang, model);
                println!("{}", bench::bench_file(&p, lang, std::path::Path::new(gold_path))?);
            }
            None => println!("{}", bench::bench(&model, &gold, None)),
        }
        return Ok(());
    }
    if let Some(out) = args.iter().find_map(|a| a.strip_prefix("--write=")) {
        let mut sys = doc.clone();
        for s in &mut sys.sentences {
            augur_nlp::strip_annotation(&mut s.sentence);
            model.annotate(&mut s.sentence);
        }
        std::fs::write(out, conllu::write(&sys))?;
    }
    if args.iter().any(|a| a == "--parse-only") {
        let text = doc.text.clone();
        let sys: Vec<_> = gold
            .iter()
            .map(|s| {
                let mut c = s.clone();
                model.annotate_stages(&mut c, augur_nlp::Stages { tag: false, lemma: false, parse: true });
                c
            })
            .collect();
        println!("{}", eval::score(&text, &gold, &text, &sys));
        return Ok(());
    }
    if let (true, Some(lang)) = (args.iter().any(|a| a == "--raw"), lang) {
        let p = augur_nlp::NlpPipeline::new().with_model(lang, model);
        println!("{}", eval::evaluate_raw(&doc, &|t| p.analyze_text(t, lang).sentences));
    } else {
        println!("{}", eval::evaluate_gold_tok(&model, &gold));
    }
    Ok(())
}
