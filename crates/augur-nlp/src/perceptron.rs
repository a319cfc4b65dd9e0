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
        Model { n_classes: self.n_classes, index, entries, ..Model::default() }.build()
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
/// touches two cache lines. Rows that set many classes (the bias, tag-only features:
/// few, but hit at every step) also get a dense copy, added with vector instructions;
/// the table then points at that copy (`DENSE` bit) and `dense_src` keeps the sparse row
/// for writing and pruning.
#[derive(Debug, Default)]
pub(crate) struct Model {
    n_classes: usize,
    index: FxHashMap<u32, (u32, u32)>,
    entries: Vec<(u16, i16)>,
    table: Vec<(u32, u32)>,
    mask: usize,
    /// Dense rows, [`Model::stride`] weights each (classes past `n_classes` are 0).
    dense: Vec<i16>,
    /// Offset in `entries` of the sparse form of each dense row.
    dense_src: Vec<u32>,
}

const EMPTY: u32 = u32::MAX;
const DENSE: u32 = 1 << 31;
/// A row is stored densely when it sets at least 1/`DENSE_RATIO` of the classes: a
/// sparse entry costs several scalar instructions, a dense one a fraction of one.
const DENSE_RATIO: usize = 8;
/// Dense rows and score buffers are padded to whole groups of this many classes.
const LANES: usize = 8;

impl Model {
    pub(crate) fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Length of a dense row: `n_classes` rounded up to whole vector groups, so that
    /// adding one needs no scalar tail.
    fn stride(&self) -> usize {
        self.n_classes.div_ceil(LANES) * LANES
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
        self.densify()
    }

    /// Adds dense copies of the rows that set many classes (see [`Model`]).
    fn densify(mut self) -> Model {
        let nc = self.n_classes;
        let stride = self.stride();
        if nc == 0 {
            return self;
        }
        for slot in self.table.iter_mut() {
            let off = slot.1;
            if off == EMPTY || off & DENSE != 0 {
                continue;
            }
            let o = off as usize;
            let len = self.entries.get(o).map_or(0, |h| h.1 as usize);
            let idx = self.dense_src.len() as u32;
            if len * DENSE_RATIO < nc || idx >= DENSE - 1 {
                continue;
            }
            let start = self.dense.len();
            self.dense.resize(start + stride, 0);
            let mut ok = true;
            for &(c, w) in self.entries.get(o + 1..o + 1 + len).unwrap_or(&[]) {
                // i16 sums could overflow where a row repeats a class: keep such rows sparse.
                if (c as usize) < nc {
                    if let Some(x) = self.dense.get_mut(start + c as usize) {
                        match x.checked_add(w) {
                            Some(v) => *x = v,
                            None => ok = false,
                        }
                    }
                }
            }
            if !ok {
                self.dense.truncate(start);
                continue;
            }
            self.dense_src.push(off);
            slot.1 = idx | DENSE;
        }
        self
    }

    /// Offset in `entries` of a table value's sparse row.
    #[inline]
    fn sparse_off(&self, v: u32) -> Option<usize> {
        if v == EMPTY {
            None
        } else if v & DENSE != 0 {
            self.dense_src.get((v & !DENSE) as usize).map(|&o| o as usize)
        } else {
            Some(v as usize)
        }
    }

    #[inline]
    fn row(&self, key: u32) -> &[(u16, i16)] {
        if self.table.is_empty() {
            return &[];
        }
        let mut i = (key as usize) & self.mask;
        loop {
            let (k, v) = self.table[i];
            if v == EMPTY {
                return &[];
            }
            if k == key {
                let Some(off) = self.sparse_off(v) else { return &[] };
                let len = self.entries.get(off).map_or(0, |h| h.1 as usize);
                return self.entries.get(off + 1..off + 1 + len).unwrap_or(&[]);
            }
            i = (i + 1) & self.mask;
        }
    }

    pub(crate) fn score(&self, feats: &[u64], scores: &mut Vec<i32>) {
        self.begin_scores(scores);
        self.add_scores(feats, scores);
        self.end_scores(scores);
    }

    /// The scores of `classes` only, `out[i]` for `classes[i]`: the same sums as
    /// [`Model::score`] gives them, without touching the other classes (a word has a
    /// few candidate tags or scripts among hundreds or thousands). `classes` must be
    /// distinct; `slot` is scratch space, kept between calls.
    pub(crate) fn score_classes(&self, feats: &[u64], classes: &[u16], slot: &mut Vec<u32>, out: &mut Vec<i32>) {
        out.clear();
        out.resize(classes.len(), 0);
        if slot.len() != self.n_classes {
            slot.clear();
            slot.resize(self.n_classes, u32::MAX);
        }
        for (i, &c) in classes.iter().enumerate() {
            if let Some(s) = slot.get_mut(c as usize) {
                *s = i as u32;
            }
        }
        let stride = self.stride();
        for f in feats {
            let v = self.find(fold(*f));
            if v == EMPTY {
                continue;
            }
            if v & DENSE != 0 {
                let start = (v & !DENSE) as usize * stride;
                if let Some(row) = self.dense.get(start..start + stride) {
                    for (o, &c) in out.iter_mut().zip(classes) {
                        if (c as usize) < self.n_classes {
                            *o += row.get(c as usize).map_or(0, |&w| w as i32);
                        }
                    }
                }
                continue;
            }
            let off = v as usize;
            let len = self.entries.get(off).map_or(0, |h| h.1 as usize);
            for &(c, w) in self.entries.get(off + 1..off + 1 + len).unwrap_or(&[]) {
                if let Some(&s) = slot.get(c as usize) {
                    if let Some(o) = out.get_mut(s as usize) {
                        *o += w as i32;
                    }
                }
            }
        }
        for &c in classes {
            if let Some(s) = slot.get_mut(c as usize) {
                *s = u32::MAX;
            }
        }
    }

    /// Zeroes `scores` for [`Model::add_scores`]: one per class, padded to a whole
    /// number of vector groups for the dense rows.
    pub(crate) fn begin_scores(&self, scores: &mut Vec<i32>) {
        scores.clear();
        scores.resize(self.stride(), 0);
    }

    /// Drops the padding of [`Model::begin_scores`]: one score per class remains.
    pub(crate) fn end_scores(&self, scores: &mut Vec<i32>) {
        scores.truncate(self.n_classes);
    }

    /// Adds the weights of `feats` to `scores` (started with [`Model::begin_scores`]).
    pub(crate) fn add_scores(&self, feats: &[u64], scores: &mut Vec<i32>) {
        let stride = self.stride();
        scores.resize(stride, 0);
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
                if off & DENSE != 0 {
                    let start = (off & !DENSE) as usize * stride;
                    if let Some(row) = self.dense.get(start..start + stride) {
                        // A plain zip vectorises (chunked arrays did not); with whole
                        // groups its scalar tail never runs.
                        for (x, &w) in scores.iter_mut().zip(row) {
                            *x += w as i32;
                        }
                    }
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
        // Load factor 1/3 to 2/3: half the memory of 2x, no slower in measurements.
        let cap = (n + n / 2).next_power_of_two().max(16);
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
        Ok(Model { n_classes, entries, table, mask, ..Model::default() }.densify())
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
        Model { n_classes: self.n_classes, index, entries, ..Model::default() }.build()
    }

    pub(crate) fn n_weights(&self) -> usize {
        self.entries.len() - self.table.iter().filter(|x| x.1 != EMPTY).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model with rows of many densities: feature `f` sets classes 0..f and 63, so rows
    /// from f = 7 on are dense (at least 1/8 of the 64 classes).
    fn model() -> Model {
        let mut t = Trainer::new(64);
        for f in 1..=16u64 {
            for c in 0..f as usize {
                t.update(&[f], c, 63);
                t.tick();
            }
        }
        t.finish(0.0, 0)
    }

    /// Scores as the sum of each feature's sparse row, one weight at a time.
    fn naive(m: &Model, feats: &[u64]) -> Vec<i32> {
        let mut s = vec![0i32; m.n_classes()];
        for f in feats {
            for &(c, w) in m.row(fold(*f)) {
                s[c as usize] += w as i32;
            }
        }
        s
    }

    fn check(m: &Model, feats: &[u64]) {
        let mut scores = Vec::new();
        m.score(feats, &mut scores);
        let all = naive(m, feats);
        assert_eq!(scores, all, "{feats:?}");
        let mut slot = Vec::new();
        for classes in [&[][..], &[0], &[0, 5, 9, 63], &[3, 7, 20, 40, 62]] {
            let mut sub = Vec::new();
            m.score_classes(feats, classes, &mut slot, &mut sub);
            let expected: Vec<i32> = classes.iter().map(|&c| all[c as usize]).collect();
            assert_eq!(sub, expected, "{feats:?} {classes:?}");
        }
    }

    #[test]
    fn dense_and_sparse_rows_score_alike() {
        let m = model();
        assert_eq!(m.dense_src.len(), 10, "rows 7..=16 dense");
        let cases: [&[u64]; 5] = [&[], &[1], &[16], &[1, 2, 3, 15, 16, 99], &[16, 16, 4, 8, 12]];
        for feats in cases {
            check(&m, feats);
        }
    }

    #[test]
    fn write_read_round_trip_is_exact() {
        let m = model();
        let mut w = Writer::default();
        m.write(&mut w);
        let back = Model::read(&mut Reader::new(&w.buf)).expect("round trip");
        let mut w2 = Writer::default();
        back.write(&mut w2);
        assert_eq!(w.buf, w2.buf);
        let feats: Vec<u64> = (1..=16).collect();
        check(&back, &feats);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        m.score(&feats, &mut a);
        back.score(&feats, &mut b);
        assert_eq!(a, b);
    }
}
