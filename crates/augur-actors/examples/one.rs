//! Profiles one mention: `cargo run --release -p augur-actors --example one -- ru "вчера вечером"`.
use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang};
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let lang = a.first().and_then(|l| Lang::from_code(l)).unwrap_or(Lang::En);
    let m = a.get(1).cloned().unwrap_or_default();
    let kb = ActorBase::load_default();
    let t = Instant::now();
    for _ in 0..300_000 {
        std::hint::black_box(kb.resolve_text(&m, lang, Some("2023-08-15")));
    }
    println!("{:.0} ns", t.elapsed().as_secs_f64() * 1e9 / 300_000.0);
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
