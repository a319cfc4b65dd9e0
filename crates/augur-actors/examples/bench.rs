//! Look-up throughput and memory: `cargo run --release -p augur-actors --example bench`.


use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang};

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

fn main() {
    let t = Instant::now();
    let kb = ActorBase::load_default();
    let load = t.elapsed();
    let n = 400_000;
    let t = Instant::now();
    let mut found = 0usize;
    for i in 0..n {
        let (lang, m) = MENTIONS[i % MENTIONS.len()];
        found += kb.resolve_text(m, lang, Some("2023-08-15")).len();
    }
    let el = t.elapsed();
    println!("load: {:.0} ms", load.as_secs_f64() * 1e3);
    println!("resolve_text: {n} mentions in {:.3} s = {:.0} look-ups/s ({found} actors)", el.as_secs_f64(), n as f64 / el.as_secs_f64());
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
