//! Runs the store benchmarks: `cargo run --release -p augur-store --example store_bench -- DIR
//! [DOCS] [MENTIONS] [EVENTS]`. Prints one JSON object per benchmark.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().ok_or("usage: store_bench DIR [DOCS] [MENTIONS] [EVENTS]")?);
    let num = |i: usize, d: u64| -> Result<u64, std::num::ParseIntError> { args.get(i).map_or(Ok(d), |s| s.parse()) };
    let (docs, mentions, events) = (num(1, 20_000)?, num(2, 1_000_000)?, num(3, 100_000)?);
    std::fs::create_dir_all(&dir)?;
    let c = augur_store::bench::cluster(mentions, 42);
    println!("{}", serde_json::to_string(&c)?);
    let i = augur_store::bench::insert(&dir.join("insert.db"), docs, 1000, 42)?;
    println!("{}", serde_json::to_string(&i)?);
    let s = augur_store::bench::size(&dir.join("size.db"), events, 43)?;
    println!("{}", serde_json::to_string(&s)?);
    Ok(())
}
