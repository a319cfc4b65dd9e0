//! Benchmarks as library functions (the CLI wires `augur bench store`): insert throughput,
//! clustering at scale, and database size per million events. Data are synthetic
//! ([`crate::synth::synthetic_doc`]) and reproducible from a seed.

use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::cluster::{ClusterConfig, Clusterer, MentionKey};
use crate::error::{Result, StoreError};
use crate::synth::{synthetic_doc, Rng};
use crate::types::StoredDoc;
use crate::{Store, StoreConfig};

/// Insert throughput.
#[derive(Debug, Clone, Serialize)]
pub struct InsertBench {
    pub docs: u64,
    pub mentions: u64,
    pub events: u64,
    pub batch_size: usize,
    /// Seconds spent in `insert_batch` (generation of the synthetic data excluded).
    pub seconds: f64,
    pub docs_per_second: f64,
    pub mentions_per_second: f64,
    /// CPU time of this thread in the inserts (Linux), so that a busy machine does not
    /// distort the rate: docs per CPU second.
    pub cpu_seconds: Option<f64>,
    pub docs_per_cpu_second: Option<f64>,
}

/// Clustering at scale, without the database.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterBench {
    pub mentions: u64,
    pub events: u64,
    pub seconds: f64,
    pub mentions_per_second: f64,
    pub cpu_seconds: Option<f64>,
    /// Peak resident memory of the whole process (Linux `VmHWM`), if known.
    pub peak_rss_bytes: Option<u64>,
}

/// Database size.
#[derive(Debug, Clone, Serialize)]
pub struct SizeBench {
    pub docs: u64,
    pub mentions: u64,
    pub events: u64,
    /// Database plus WAL after a checkpoint.
    pub bytes: u64,
    pub bytes_per_million_events: f64,
    pub seconds: f64,
}

fn file_size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn wal_of(p: &Path) -> std::path::PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push("-wal");
    s.into()
}

fn fresh(path: &Path) -> Result<Store> {
    if path.exists() {
        return Err(StoreError::Invalid {
            what: "benchmark database (must not exist)",
            value: path.display().to_string(),
        });
    }
    Store::open_with(path, StoreConfig::default())
}

/// Inserts `docs` synthetic coded documents into a new database at `path` in batches of
/// `batch_size`; times only the inserts.
pub fn insert(path: &Path, docs: u64, batch_size: usize, seed: u64) -> Result<InsertBench> {
    let mut store = fresh(path)?;
    let batch_size = batch_size.max(1);
    let (mut secs, mut cpu, mut mentions, mut i) = (0.0, Some(0.0), 0u64, 0u64);
    while i < docs {
        let n = (docs - i).min(batch_size as u64);
        let batch: Vec<StoredDoc> = (i..i + n)
            .map(|k| {
                let (d, m) = synthetic_doc(k, seed);
                StoredDoc::new(d, m)
            })
            .collect();
        let (t, c) = (Instant::now(), cpu_time());
        let r = store.insert_batch(&batch, &[])?;
        secs += t.elapsed().as_secs_f64();
        cpu = match (cpu, c, cpu_time()) {
            (Some(total), Some(a), Some(b)) => Some(total + b - a),
            _ => None,
        };
        mentions += r.mentions as u64;
        i += n;
    }
    let events = store.counts()?.events;
    Ok(InsertBench {
        docs,
        mentions,
        events,
        batch_size,
        seconds: secs,
        docs_per_second: docs as f64 / secs.max(1e-9),
        mentions_per_second: mentions as f64 / secs.max(1e-9),
        cpu_seconds: cpu,
        docs_per_cpu_second: cpu.map(|c| docs as f64 / c.max(1e-9)),
    })
}

/// Clusters `mentions` synthetic mention keys: 40 countries, 20 roots, two years, a quarter
/// with a location; many reports per real event, as news has.
pub fn cluster(mentions: u64, seed: u64) -> ClusterBench {
    const COUNTRIES: usize = 40;
    let codes: Vec<String> = (0..COUNTRIES).map(|i| format!("C{:02}", i)).collect();
    let config = ClusterConfig::default();
    let mut c = Clusterer::new(config.clone());
    let mut rng = Rng(seed);
    let (t, c0) = (Instant::now(), cpu_time());
    for _ in 0..mentions {
        let a = &codes[rng.below(COUNTRIES as u64) as usize];
        let b = &codes[rng.below(COUNTRIES as u64) as usize];
        let root = format!("{:02}", 1 + rng.below(20));
        let block = config.block_key(&format!("{a}GOV"), Some(&format!("{b}MIL")), &root);
        let day = 19_000 + rng.below(730) as i64;
        let location = (rng.below(4) == 0).then(|| format!("{a}|city{}", rng.below(5)));
        c.add(MentionKey { block, day, location });
    }
    let secs = t.elapsed().as_secs_f64();
    ClusterBench {
        mentions,
        events: c.events() as u64,
        seconds: secs,
        mentions_per_second: mentions as f64 / secs.max(1e-9),
        cpu_seconds: c0.zip(cpu_time()).map(|(a, b)| b - a),
        peak_rss_bytes: peak_rss(),
    }
}

/// Fills a new database at `path` with synthetic coded documents until it holds `events`
/// events, then measures its size.
pub fn size(path: &Path, events: u64, seed: u64) -> Result<SizeBench> {
    let mut store = fresh(path)?;
    let t = Instant::now();
    let (mut i, mut have) = (0u64, 0u64);
    while have < events {
        let batch: Vec<StoredDoc> = (i..i + 1000)
            .map(|k| {
                let (d, m) = synthetic_doc(k, seed);
                StoredDoc::new(d, m)
            })
            .collect();
        i += 1000;
        have += store.insert_batch(&batch, &[])?.new_events as u64;
    }
    store.checkpoint()?;
    let c = store.counts()?;
    drop(store);
    let bytes = file_size(path) + file_size(&wal_of(path));
    Ok(SizeBench {
        docs: c.documents,
        mentions: c.mentions,
        events: c.events,
        bytes,
        bytes_per_million_events: bytes as f64 * 1e6 / c.events.max(1) as f64,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// CPU time of the current thread in seconds (Linux `/proc/thread-self/schedstat`).
pub fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

/// Peak resident set size of this process, from `/proc/self/status` (Linux only).
pub fn peak_rss() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

impl std::fmt::Display for InsertBench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "insert: {} coded documents ({} mentions, {} events) in batches of {}: {:.2} s wall = {:.0} documents/s",
            self.docs, self.mentions, self.events, self.batch_size, self.seconds, self.docs_per_second
        )?;
        if let (Some(cpu), Some(rate)) = (self.cpu_seconds, self.docs_per_cpu_second) {
            write!(f, "; {cpu:.2} s CPU = {rate:.0} documents per CPU-second")?;
        }
        Ok(())
    }
}

impl std::fmt::Display for ClusterBench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cluster: {} mentions into {} events in {:.2} s wall = {:.0} mentions/s",
            self.mentions, self.events, self.seconds, self.mentions_per_second
        )?;
        if let Some(cpu) = self.cpu_seconds {
            write!(f, "; {cpu:.2} s CPU")?;
        }
        if let Some(rss) = self.peak_rss_bytes {
            write!(f, "; peak RSS {:.0} MB", rss as f64 / 1e6)?;
        }
        Ok(())
    }
}

impl std::fmt::Display for SizeBench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "size: {} documents, {} mentions, {} events = {:.1} MB, {:.2} GB per million events (with documents)",
            self.docs,
            self.mentions,
            self.events,
            self.bytes as f64 / 1e6,
            self.bytes_per_million_events / 1e9
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_runs_report_consistent_numbers() {
        let c = cluster(5_000, 7);
        assert_eq!(c.mentions, 5_000);
        assert!(c.events > 0 && c.events <= 5_000);
        let dir = std::env::temp_dir().join(format!("augur-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("b.db");
        let _ = std::fs::remove_file(&p);
        let r = insert(&p, 300, 100, 1).unwrap();
        assert_eq!(r.docs, 300);
        assert!(r.mentions >= 300 && r.events > 0);
        assert!(insert(&p, 1, 1, 1).is_err(), "refuses an existing database");
        let s = size(&dir.join("s.db"), 200, 1).unwrap();
        assert!(s.events >= 200 && s.bytes > 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
