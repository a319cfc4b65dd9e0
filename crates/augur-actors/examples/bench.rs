//! Look-up throughput and memory: `cargo run --release -p augur-actors --example bench`.

use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang};

// The same allocator as the `augur` binary, so the figure matches what users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const MENTIONS: &[(Lang, &str)] = &[
    (Lang::De, "der russische Präsident"),
    (Lang::De, "Pjöngjang"),
    (Lang::De, "Sprecher des US-Außenministeriums"),
    (Lang::De, "nordkoreanische Soldaten"),
    (Lang::En, "the White House"),
    (Lang::En, "Russian Foreign Minister Sergei Lavrov"),
    (Lang::En, "protesters"),
    (Lang::En, "the company said"),
    (Lang::Fr, "les troupes russes"),
    (Lang::Fr, "l'Élysée"),
    (Lang::Es, "las tropas rusas"),
    (Lang::Es, "el Gobierno español"),
    (Lang::Ru, "МИД России"),
    (Lang::Ru, "Путиным"),
    (Lang::Ru, "российские войска"),
    (Lang::Ru, "вчера вечером"),
];

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let rss0 = rss_kb();
    let t = Instant::now();
    let kb = ActorBase::load_default();
    let load = t.elapsed();
    println!(
        "RSS: {} kB before load, {} kB after (knowledge base ≈ {} kB)",
        rss0,
        rss_kb(),
        rss_kb().saturating_sub(rss0)
    );
    let n = 400_000;
    let t = Instant::now();
    let mut found = 0usize;
    for i in 0..n {
        let (lang, m) = MENTIONS[i % MENTIONS.len()];
        found += kb.resolve_text(m, lang, Some("2023-08-15")).len();
    }
    let el = t.elapsed();
    println!("load: {:.0} ms", load.as_secs_f64() * 1e3);
    println!(
        "resolve_text: {n} mentions in {:.3} s = {:.0} look-ups/s ({found} actors)",
        el.as_secs_f64(),
        n as f64 / el.as_secs_f64()
    );
    // find_mentions on a parsed 10-word sentence.
    let words: &[(&str, &str, usize, &str)] = &[
        ("Der", "DET", 3, "det"),
        ("russische", "ADJ", 3, "amod"),
        ("Präsident", "NOUN", 4, "nsubj"),
        ("traf", "VERB", 0, "root"),
        ("Kim", "PROPN", 4, "obj"),
        ("Jong", "PROPN", 5, "flat"),
        ("Un", "PROPN", 5, "flat"),
        ("in", "ADP", 9, "case"),
        ("Pjöngjang", "PROPN", 4, "obl"),
        (".", "PUNCT", 4, "punct"),
    ];
    let mut text = String::new();
    let mut s = augur_core::Sentence::default();
    for (i, &(form, upos, head, deprel)) in words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let span = augur_core::Span::new(text.len(), text.len() + form.len());
        text.push_str(form);
        s.words.push(augur_core::Word {
            form: form.into(),
            lemma: form.to_lowercase(),
            upos: upos.into(),
            head,
            deprel: deprel.into(),
            span,
            token: i,
            ..Default::default()
        });
    }
    let t = Instant::now();
    let m = 100_000;
    for _ in 0..m {
        std::hint::black_box(kb.find_mentions(&text, &s, 0, Lang::De, Some("2023-08-15")));
    }
    let el = t.elapsed();
    println!("find_mentions: {:.0} sentences/s (10 words, 3 mentions)", m as f64 / el.as_secs_f64());
    if std::env::args().any(|a| a == "--each") {
        for &(lang, m) in MENTIONS {
            let t = Instant::now();
            for _ in 0..50_000 {
                std::hint::black_box(kb.resolve_text(m, lang, Some("2023-08-15")));
            }
            println!("{:>8.0} ns  {m}", t.elapsed().as_secs_f64() * 1e9 / 50_000.0);
        }
    }
    println!("{}", kb.stats());
}

/// CPU time of this thread (the build machine is shared, wall time is not meaningful).
struct Instant(u64);

impl Instant {
    fn now() -> Instant {
        let ns = std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
            .unwrap_or(0);
        Instant(ns)
    }

    fn elapsed(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(Instant::now().0.saturating_sub(self.0))
    }
}
