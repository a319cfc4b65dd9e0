//! Labelled arc-hybrid transition parser with an averaged perceptron, Zhang & Nivre
//! (2011) style feature templates and a dynamic oracle (Goldberg & Nivre 2013) with
//! exploration. The artificial root sits at the bottom of the stack and takes exactly
//! one dependent, after the buffer is empty, so every output is a single-rooted tree.

use rustc_hash::FxHashMap;

use crate::hash::{h2, h3, h4, hs, Rng};
use crate::io::{Reader, Writer};
use crate::perceptron::{Model, Trainer};
use crate::NlpError;

const NONE: u64 = 0x5bd1_e995;
const NO: usize = usize::MAX;

/// Per-word attributes the parser reads (index 0 is the root).
#[derive(Clone, Debug)]
pub(crate) struct Attrs {
    pub(crate) w: Vec<u64>,
    pub(crate) t: Vec<u64>,
    pub(crate) m: Vec<u64>,
}

impl Attrs {
    /// Builds attributes from (form, upos, feats) of each word.
    pub(crate) fn new<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Attrs {
        let mut a = Attrs { w: vec![hs("<root>")], t: vec![hs("ROOT")], m: vec![hs("ROOT")] };
        for (form, upos, feats) in words {
            a.w.push(hs(&form.to_lowercase()));
            let t = hs(upos);
            a.t.push(t);
            let mut m = t;
            for kv in feats.split('|') {
                if let Some((k, _)) = kv.split_once('=') {
                    if matches!(k, "Case" | "VerbForm" | "Voice" | "Mood" | "PronType") {
                        m = h2(m, hs(kv));
                    }
                }
            }
            a.m.push(m);
        }
        a
    }

    fn n(&self) -> usize {
        self.w.len() - 1
    }
}

struct State {
    stack: Vec<usize>,
    b: usize,
    n: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    lc1: Vec<usize>,
    lc2: Vec<usize>,
    rc1: Vec<usize>,
    rc2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            stack: vec![0],
            b: 1,
            n,
            heads: vec![NO; n + 1],
            labels: vec![u16::MAX; n + 1],
            lc1: vec![NO; n + 1],
            lc2: vec![NO; n + 1],
            rc1: vec![NO; n + 1],
            rc2: vec![NO; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
            lset: vec![0; n + 1],
            rset: vec![0; n + 1],
        }
    }

    fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn can_shift(&self) -> bool {
        self.b <= self.n
    }

    fn can_left(&self) -> bool {
        self.b <= self.n && self.stack.len() >= 2
    }

    fn can_right(&self) -> bool {
        self.stack.len() >= 3 || (self.stack.len() == 2 && self.b > self.n)
    }

    fn arc(&mut self, h: usize, d: usize, l: u16) {
        self.heads[d] = h;
        self.labels[d] = l;
        let bit = 1u64 << (l % 64);
        if d < h {
            if self.lc1[h] == NO || d < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d;
            } else if self.lc2[h] == NO || d < self.lc2[h] {
                self.lc2[h] = d;
            }
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= bit;
        } else {
            if self.rc1[h] == NO || d > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d;
            } else if self.rc2[h] == NO || d > self.rc2[h] {
                self.rc2[h] = d;
            }
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= bit;
        }
    }

    /// Applies a transition class: 0 shift, 1..=L left, L+1..=2L right.
    fn apply(&mut self, class: usize, n_labels: usize) {
        if class == 0 {
            self.stack.push(self.b);
            self.b += 1;
        } else if class <= n_labels {
            if let Some(d) = self.stack.pop() {
                self.arc(self.b, d, (class - 1) as u16);
            }
        } else if let Some(d) = self.stack.pop() {
            let h = self.stack.last().copied().unwrap_or(0);
            self.arc(h, d, (class - 1 - n_labels) as u16);
        }
    }
}

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=9 => 5,
        _ => 6,
    }
}

fn features(st: &State, a: &Attrs, out: &mut Vec<u64>) {
    out.clear();
    let sl = st.stack.len();
    let s0 = if sl >= 1 { st.stack[sl - 1] } else { NO };
    let s1 = if sl >= 2 { st.stack[sl - 2] } else { NO };
    let s2 = if sl >= 3 { st.stack[sl - 3] } else { NO };
    let b0 = if st.b <= st.n { st.b } else { NO };
    let b1 = if st.b < st.n { st.b + 1 } else { NO };
    let b2 = if st.b + 1 < st.n { st.b + 2 } else { NO };
    let w = |i: usize| if i == NO { NONE } else { a.w[i] };
    let t = |i: usize| if i == NO { NONE } else { a.t[i] };
    let m = |i: usize| if i == NO { NONE } else { a.m[i] };
    let l = |i: usize| if i == NO { NONE } else { st.labels[i] as u64 };
    let ch = |v: &Vec<usize>, i: usize| if i == NO { NO } else { v[i] };
    let (s0w, s0t, s0m) = (w(s0), t(s0), m(s0));
    let (s1w, s1t, s1m) = (w(s1), t(s1), m(s1));
    let (b0w, b0t, b0m) = (w(b0), t(b0), m(b0));
    let (b1w, b1t) = (w(b1), t(b1));
    let (b2w, b2t) = (w(b2), t(b2));
    let s2t = t(s2);
    let s0lc1 = ch(&st.lc1, s0);
    let s0lc2 = ch(&st.lc2, s0);
    let s0rc1 = ch(&st.rc1, s0);
    let s0rc2 = ch(&st.rc2, s0);
    let s1lc1 = ch(&st.lc1, s1);
    let s1rc1 = ch(&st.rc1, s1);
    let b0lc1 = ch(&st.lc1, b0);
    let b0lc2 = ch(&st.lc2, b0);
    let d = if s0 != NO && b0 != NO { dist_bucket(b0 - s0) } else { 7 };
    let d1 = if s0 != NO && s1 != NO { dist_bucket(s0 - s1) } else { 7 };
    let s0nl = if s0 == NO { 9 } else { st.nl[s0] as u64 };
    let s0nr = if s0 == NO { 9 } else { st.nr[s0] as u64 };
    let b0nl = if b0 == NO { 9 } else { st.nl[b0] as u64 };
    let s0wt = h2(s0w, s0t);
    let b0wt = h2(b0w, b0t);
    let s1wt = h2(s1w, s1t);
    let mut p = |f: u64| out.push(f);
    p(1);
    p(h2(2, s0w));
    p(h2(3, s0t));
    p(h2(4, s0wt));
    p(h2(5, s0m));
    p(h2(6, b0w));
    p(h2(7, b0t));
    p(h2(8, b0wt));
    p(h2(9, b0m));
    p(h2(10, b1w));
    p(h2(11, b1t));
    p(h3(12, b1w, b1t));
    p(h2(13, b2w));
    p(h2(14, b2t));
    p(h2(15, s1w));
    p(h2(16, s1t));
    p(h2(17, s1wt));
    p(h2(18, s1m));
    p(h2(19, s2t));
    p(h3(20, s0wt, b0wt));
    p(h3(21, s0wt, b0w));
    p(h3(22, s0w, b0wt));
    p(h3(23, s0wt, b0t));
    p(h3(24, s0t, b0wt));
    p(h3(25, s0w, b0w));
    p(h3(26, s0t, b0t));
    p(h3(27, b0t, b1t));
    p(h3(28, s1t, s0t));
    p(h3(29, s1w, s0w));
    p(h3(30, s1t, s0wt));
    p(h3(31, s1wt, s0t));
    p(h4(32, b0t, b1t, b2t));
    p(h4(33, s0t, b0t, b1t));
    p(h4(34, s1t, s0t, b0t));
    p(h4(35, s0t, t(s0lc1), b0t));
    p(h4(36, s0t, t(s0rc1), b0t));
    p(h4(37, s0t, b0t, t(b0lc1)));
    p(h4(38, s1t, t(s1rc1), s0t));
    p(h4(39, s2t, s1t, s0t));
    p(h4(40, s1t, s0t, b1t));
    p(h3(41, s0w, d));
    p(h3(42, s0t, d));
    p(h3(43, b0w, d));
    p(h3(44, b0t, d));
    p(h4(45, s0t, b0t, d));
    p(h4(46, s1t, s0t, d1));
    p(h3(47, s0w, s0nr));
    p(h3(48, s0t, s0nr));
    p(h3(49, s0w, s0nl));
    p(h3(50, s0t, s0nl));
    p(h3(51, b0w, b0nl));
    p(h3(52, b0t, b0nl));
    p(h2(53, w(s0lc1)));
    p(h2(54, t(s0lc1)));
    p(h2(55, l(s0lc1)));
    p(h2(56, w(s0rc1)));
    p(h2(57, t(s0rc1)));
    p(h2(58, l(s0rc1)));
    p(h2(59, t(s0lc2)));
    p(h2(60, l(s0lc2)));
    p(h2(61, t(s0rc2)));
    p(h2(62, l(s0rc2)));
    p(h2(63, w(b0lc1)));
    p(h2(64, t(b0lc1)));
    p(h2(65, l(b0lc1)));
    p(h2(66, t(b0lc2)));
    p(h2(67, l(b0lc2)));
    p(h3(68, t(s1lc1), l(s1lc1)));
    p(h3(69, t(s1rc1), l(s1rc1)));
    p(h4(70, s0t, l(s0lc1), l(s0lc2)));
    p(h4(71, s0t, l(s0rc1), l(s0rc2)));
    p(h4(72, b0t, l(b0lc1), l(b0lc2)));
    p(h3(73, s0t, if s0 == NO { 0 } else { st.lset[s0] }));
    p(h3(74, s0t, if s0 == NO { 0 } else { st.rset[s0] }));
    p(h3(75, b0t, if b0 == NO { 0 } else { st.lset[b0] }));
    p(h3(76, s0m, b0m));
    p(h3(77, s1m, s0m));
    p(h4(78, s1m, s0m, b0t));
    p(h4(79, s0m, b0m, d));
    p(h4(80, s0w, b0t, b1t));
    p(h4(81, s0t, b0w, b1t));
    p(h4(82, s1w, s0t, b0t));
    p(h4(83, s1t, s0w, b0t));
    p(h4(84, s1t, s0t, b0w));
    p(h4(85, s0t, t(s0lc1), t(s0lc2)));
    p(h4(86, s0t, t(s0rc1), t(s0rc2)));
    p(h4(87, b0t, t(b0lc1), t(b0lc2)));
}

#[derive(Debug, Default)]
pub(crate) struct Parser {
    pub(crate) labels: Vec<String>,
    model: Model,
}

/// A training sentence: attributes plus gold heads/labels (index 0 unused).
pub(crate) struct ParseSent {
    pub(crate) attrs: Attrs,
    pub(crate) heads: Vec<usize>,
    pub(crate) labels: Vec<u16>,
}

fn costs(st: &State, gh: &[usize], cost: &mut [u32; 3]) {
    // [shift, left, right] costs without label errors; u32::MAX when invalid.
    let sl = st.stack.len();
    let s0 = st.stack[sl - 1];
    let in_buf = |x: usize| x != NO && x >= st.b && x <= st.n;
    *cost = [u32::MAX; 3];
    if st.can_shift() {
        let b0 = st.b;
        let mut c = 0;
        for (i, &s) in st.stack.iter().enumerate() {
            if s != 0 && gh[s] == b0 {
                c += 1;
            }
            if gh[b0] == s && i + 1 < sl {
                c += 1;
            }
        }
        cost[0] = c;
    }
    let deps_in_buf = || (st.b..=st.n).filter(|&d| gh[d] == s0).count() as u32;
    if st.can_left() {
        let b0 = st.b;
        let mut c = deps_in_buf();
        if gh[s0] != b0 && ((sl >= 2 && gh[s0] == st.stack[sl - 2]) || (gh[s0] > b0 && in_buf(gh[s0]))) {
            c += 1;
        }
        cost[1] = c;
    }
    if st.can_right() {
        let s1 = st.stack[sl - 2];
        let mut c = deps_in_buf();
        if gh[s0] != s1 && in_buf(gh[s0]) {
            c += 1;
        }
        cost[2] = c;
    }
}

impl Parser {
    fn n_labels(&self) -> usize {
        self.labels.len()
    }

    fn best_valid(&self, st: &State, scores: &[i32]) -> usize {
        let nl = self.n_labels();
        let mut best = NO;
        let mut best_s = i32::MIN;
        let mut consider = |c: usize| {
            if let Some(&s) = scores.get(c) {
                if best == NO || s > best_s {
                    best = c;
                    best_s = s;
                }
            }
        };
        if st.can_shift() {
            consider(0);
        }
        if st.can_left() {
            (1..=nl).for_each(&mut consider);
        }
        if st.can_right() {
            (nl + 1..=2 * nl).for_each(&mut consider);
        }
        if best == NO {
            // Unreachable with a well-formed model; keep going safely.
            if st.can_shift() {
                0
            } else {
                nl + 1
            }
        } else {
            best
        }
    }

    /// Parses; returns (heads, label ids), index 0 unused.
    pub(crate) fn parse(&self, a: &Attrs) -> (Vec<usize>, Vec<u16>) {
        let n = a.n();
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(96);
        let mut scores = Vec::new();
        let nl = self.n_labels().max(1);
        while !st.terminal() {
            // With only the root on the stack, shift is the one valid move (see
            // `best_valid`): no need to score. This is each sentence's first word and
            // every word after a left arc that emptied the stack.
            let c = if st.can_shift() && !st.can_left() && !st.can_right() {
                0
            } else {
                features(&st, a, &mut feats);
                self.model.score(&feats, &mut scores);
                self.best_valid(&st, &scores)
            };
            st.apply(c, nl);
        }
        for h in st.heads.iter_mut().skip(1) {
            if *h == NO {
                *h = 0;
            }
        }
        (st.heads, st.labels)
    }

    pub(crate) fn train(
        labels: Vec<String>,
        data: &[ParseSent],
        epochs: usize,
        max_weights: usize,
        log: &mut dyn FnMut(String),
    ) -> Parser {
        let nl = labels.len();
        let mut trainer = Trainer::new(1 + 2 * nl);
        let mut rng = Rng::new(42);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut feats = Vec::with_capacity(96);
        let mut scores = Vec::new();
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            let (mut correct, mut total) = (0usize, 0usize);
            for &si in &order {
                let s = &data[si];
                let n = s.attrs.n();
                let mut st = State::new(n);
                let mut cost = [0u32; 3];
                while !st.terminal() {
                    features(&st, &s.attrs, &mut feats);
                    trainer.score(&feats, &mut scores);
                    costs(&st, &s.heads, &mut cost);
                    let sl = st.stack.len();
                    let s0 = st.stack[sl - 1];
                    let full = |c: usize| -> u32 {
                        if c == 0 {
                            cost[0]
                        } else if c <= nl {
                            let base = cost[1];
                            if base == u32::MAX {
                                return base;
                            }
                            base + (s.heads[s0] == st.b && s.labels[s0] as usize != c - 1) as u32
                        } else {
                            let base = cost[2];
                            if base == u32::MAX {
                                return base;
                            }
                            let s1 = st.stack[sl - 2];
                            base + (s.heads[s0] == s1 && s.labels[s0] as usize != c - 1 - nl) as u32
                        }
                    };
                    let mut pred = NO;
                    let mut gold = NO;
                    let mut min_cost = u32::MAX;
                    for c in 0..=2 * nl {
                        let fc = full(c);
                        if fc == u32::MAX {
                            continue;
                        }
                        if pred == NO || scores[c] > scores[pred] {
                            pred = c;
                        }
                        if fc < min_cost || (fc == min_cost && scores[c] > scores[gold]) {
                            min_cost = fc;
                            gold = c;
                        }
                    }
                    if pred == NO {
                        break;
                    }
                    if full(pred) > min_cost {
                        trainer.update(&feats, gold, pred);
                    } else {
                        correct += 1;
                    }
                    total += 1;
                    trainer.tick();
                    let next = if epoch > 0 && rng.unit() < 0.9 { pred } else { gold };
                    st.apply(next, nl);
                }
            }
            log(format!(
                "parser epoch {}: {:.2}% zero-cost transitions",
                epoch + 1,
                100.0 * correct as f64 / total.max(1) as f64
            ));
        }
        let model = trainer.finish(0.5, max_weights);
        log(format!("parser: {} labels, {} weights", nl, model.n_weights()));
        Parser { labels, model }
    }

    pub(crate) fn prune(&mut self, max_weights: usize) {
        self.model = std::mem::take(&mut self.model).prune(max_weights);
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u(self.labels.len() as u64);
        for l in &self.labels {
            w.s(l);
        }
        self.model.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Parser, NlpError> {
        let n = r.len()?;
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            labels.push(r.s()?);
        }
        let model = Model::read(r)?;
        if model.n_classes() != 1 + 2 * labels.len() {
            return Err(NlpError::Model("parser classes do not match labels".into()));
        }
        Ok(Parser { labels, model })
    }
}

/// Interns dependency labels.
#[derive(Default)]
pub(crate) struct LabelSet {
    pub(crate) labels: Vec<String>,
    ids: FxHashMap<String, u16>,
}

impl LabelSet {
    pub(crate) fn id(&mut self, l: &str) -> u16 {
        if let Some(&i) = self.ids.get(l) {
            return i;
        }
        self.labels.push(l.to_string());
        let i = (self.labels.len() - 1) as u16;
        self.ids.insert(l.to_string(), i);
        i
    }
}
