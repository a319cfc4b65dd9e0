//! Averaged perceptron over hashed features with sparse per-feature rows, and its
//! compact frozen form (u32 keys, i16 weights) used at run time.

use rustc_hash::FxHashMap;

use crate::io::{Reader, Writer};
use crate::NlpError;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    w: f32,
    total: f32,
    ts: u32,
}

/// Training-time weights.
pub(crate) struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u64, Vec<Entry>>,
    step: u32,
}

impl Trainer {
    pub(crate) fn new(n_classes: usize) -> Trainer {
        Trainer { n_classes, rows: FxHashMap::default(), step: 1 }
    }

    pub(crate) fn score(&self, feats: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for e in row {
                    scores[e.class as usize] += e.w;
                }
            }
        }
    }

    /// One training instance seen (advances the averaging clock).
    pub(crate) fn tick(&mut self) {
        self.step += 1;
    }

    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let step = self.step;
        for f in feats {
            let row = self.rows.entry(*f).or_default();
            bump(row, truth as u16, 1.0, step);
            bump(row, guess as u16, -1.0, step);
        }
    }

    /// Averages, prunes weights below `min_abs` and quantises.
    pub(crate) fn finish(self, min_abs: f32, max_weights: usize) -> Model {
        let step = self.step as f32;
        let mut min_abs = min_abs;
        let mut mags: Vec<f32> = self
            .rows
            .values()
            .flat_map(|r| r.iter().map(|e| ((e.total + (self.step - e.ts) as f32 * e.w) / step).abs()))
            .filter(|m| *m >= min_abs)
            .collect();
        if mags.len() > max_weights && max_weights > 0 {
            let k = mags.len() - max_weights;
            let (_, kth, _) = mags.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
            min_abs = min_abs.max(*kth);
        }
        drop(mags);
        let mut folded: FxHashMap<u32, Vec<(u16, f32)>> = FxHashMap::default();
        let mut max_abs = 0f32;
        for (k, row) in self.rows {
            for e in row {
                let avg = (e.total + (self.step - e.ts) as f32 * e.w) / step;
                if avg.abs() < min_abs || !avg.is_finite() {
                    continue;
                }
                max_abs = max_abs.max(avg.abs());
                let r = folded.entry(fold(k)).or_default();
                match r.iter_mut().find(|x| x.0 == e.class) {
                    Some(x) => x.1 += avg,
                    None => r.push((e.class, avg)),
                }
            }
        }
        let scale = if max_abs > 0.0 { 32000.0 / max_abs } else { 1.0 };
        let mut keys: Vec<u32> = folded.keys().copied().collect();
        keys.sort_unstable();
        let mut index = FxHashMap::default();
        let mut entries = Vec::new();
        for k in keys {
            let start = entries.len() as u32;
            for &(c, w) in &folded[&k] {
                let q = (w * scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    entries.push((c, q));
                }
            }
            let len = entries.len() as u32 - start;
            if len > 0 {
                index.insert(k, (start, len));
            }
        }
        Model { n_classes: self.n_classes, index, entries, table: Vec::new(), mask: 0 }.build()
    }
}

fn bump(row: &mut Vec<Entry>, class: u16, delta: f32, step: u32) {
    let e = match row.iter_mut().position(|e| e.class == class) {
        Some(i) => &mut row[i],
        None => {
            row.push(Entry { class, w: 0.0, total: 0.0, ts: step });
            let n = row.len() - 1;
            &mut row[n]
        }
    };
    e.total += (step - e.ts) as f32 * e.w;
    e.ts = step;
    e.w += delta;
}

#[inline]
fn fold(k: u64) -> u32 {
    (k ^ (k >> 32)) as u32
}

/// Frozen weights: an open-addressing table of feature keys pointing into one array of
/// rows, each row a length header followed by (class, weight) pairs, so that a lookup
/// touches two cache lines.
#[derive(Debug, Default)]
pub(crate) struct Model {
    n_classes: usize,
    index: FxHashMap<u32, (u32, u32)>,
    entries: Vec<(u16, i16)>,
    table: Vec<(u32, u32)>,
    mask: usize,
}

const EMPTY: u32 = u32::MAX;

impl Model {
    pub(crate) fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Builds the lookup table from `index` (called after training and loading).
    fn build(mut self) -> Model {
        let cap = (self.index.len() * 2).next_power_of_two().max(16);
        let mut table = vec![(0u32, EMPTY); cap];
        let mut packed: Vec<(u16, i16)> = Vec::with_capacity(self.entries.len() + self.index.len());
        let mask = cap - 1;
        let mut keys: Vec<(&u32, &(u32, u32))> = self.index.iter().collect();
        keys.sort_unstable();
        for (k, &(s, l)) in keys {
            let off = packed.len() as u32;
            packed.push((u16::MAX, l.min(i16::MAX as u32) as i16));
            packed.extend_from_slice(&self.entries[s as usize..(s + l.min(i16::MAX as u32)) as usize]);
            let mut i = (*k as usize) & mask;
            while table[i].1 != EMPTY {
                i = (i + 1) & mask;
            }
            table[i] = (*k, off);
        }
        self.table = table;
        self.mask = mask;
        self.entries = packed;
        self.index = FxHashMap::default();
        self
    }

    #[inline]
    fn row(&self, key: u32) -> &[(u16, i16)] {
        if self.table.is_empty() {
            return &[];
        }
        let mut i = (key as usize) & self.mask;
        loop {
            let (k, off) = self.table[i];
            if off == EMPTY {
                return &[];
            }
            if k == key {
                let off = off as usize;
                let len = self.entries.get(off).map_or(0, |h| h.1 as usize);
                return self.entries.get(off + 1..off + 1 + len).unwrap_or(&[]);
            }
            i = (i + 1) & self.mask;
        }
    }

    pub(crate) fn score(&self, feats: &[u64], scores: &mut Vec<i32>) {
        scores.clear();
        scores.resize(self.n_classes, 0);
        // Two passes: all table probes first, then the rows, so that the independent
        // memory loads overlap instead of waiting one after another.
        let mut offs = [u32::MAX; 128];
        for chunk in feats.chunks(128) {
            for (o, f) in offs.iter_mut().zip(chunk) {
                *o = self.find(fold(*f));
            }
            for &off in &offs[..chunk.len()] {
                if off == EMPTY {
                    continue;
                }
                let off = off as usize;
                let len = self.entries.get(off).map_or(0, |h| h.1 as usize);
                for &(c, w) in self.entries.get(off + 1..off + 1 + len).unwrap_or(&[]) {
                    if let Some(x) = scores.get_mut(c as usize) {
                        *x += w as i32;
                    }
                }
            }
        }
    }

    #[inline]
    fn find(&self, key: u32) -> u32 {
        if self.table.is_empty() {
            return EMPTY;
        }
        let mut i = (key as usize) & self.mask;
        loop {
            let (k, off) = self.table[i];
            if off == EMPTY || k == key {
                return off;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u(self.n_classes as u64);
        let mut keys: Vec<u32> = self.table.iter().filter(|x| x.1 != EMPTY).map(|x| x.0).collect();
        keys.sort_unstable();
        w.u(keys.len() as u64);
        let mut prev = 0u32;
        for k in keys {
            w.u((k - prev) as u64);
            prev = k;
            let row = self.row(k);
            w.u(row.len() as u64);
            for &(c, x) in row {
                w.u(c as u64);
                w.i(x as i64);
            }
        }
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Model, NlpError> {
        let n_classes = r.u()? as usize;
        let n = r.len()?;
        let cap = (n * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut table = vec![(0u32, EMPTY); cap];
        let mut entries: Vec<(u16, i16)> = Vec::with_capacity(n * 4);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.wrapping_add(r.u()? as u32);
            let l = r.len()?.min(i16::MAX as usize);
            let off = entries.len() as u32;
            entries.push((u16::MAX, l as i16));
            for _ in 0..l {
                let c = r.u()? as u16;
                let x = r.i()? as i16;
                entries.push((c, x));
            }
            let mut i = (key as usize) & mask;
            while table[i].1 != EMPTY {
                if table[i].0 == key {
                    return Err(NlpError::Model("duplicate feature key".into()));
                }
                i = (i + 1) & mask;
            }
            table[i] = (key, off);
        }
        entries.shrink_to_fit();
        Ok(Model { n_classes, index: FxHashMap::default(), entries, table, mask })
    }

    /// Keeps the `max_weights` largest weights (by magnitude).
    pub(crate) fn prune(self, max_weights: usize) -> Model {
        let mut rows: Vec<(u32, Vec<(u16, i16)>)> = Vec::new();
        for &(k, off) in &self.table {
            if off != EMPTY {
                rows.push((k, self.row(k).to_vec()));
            }
        }
        let mut mags: Vec<u16> = rows.iter().flat_map(|r| r.1.iter().map(|e| e.1.unsigned_abs())).collect();
        let mut min = 0u16;
        if mags.len() > max_weights && max_weights > 0 {
            let k = mags.len() - max_weights;
            let (_, kth, _) = mags.select_nth_unstable(k);
            min = *kth;
        }
        let mut index = FxHashMap::default();
        let mut entries = Vec::new();
        for (k, row) in rows {
            let start = entries.len() as u32;
            entries.extend(row.into_iter().filter(|e| e.1.unsigned_abs() >= min));
            let len = entries.len() as u32 - start;
            if len > 0 {
                index.insert(k, (start, len));
            }
        }
        Model { n_classes: self.n_classes, index, entries, table: Vec::new(), mask: 0 }.build()
    }

    pub(crate) fn n_weights(&self) -> usize {
        self.entries.len() - self.table.iter().filter(|x| x.1 != EMPTY).count()
    }
}
