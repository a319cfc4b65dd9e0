//! Feature hashing: features are 64-bit hashes of a template id and its values.

#[inline]
pub(crate) fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser: cheap and well distributed.
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[inline]
pub(crate) fn h2(a: u64, b: u64) -> u64 {
    mix(a.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ b)
}

#[inline]
pub(crate) fn h3(a: u64, b: u64, c: u64) -> u64 {
    h2(h2(a, b), c)
}

#[inline]
pub(crate) fn h4(a: u64, b: u64, c: u64, d: u64) -> u64 {
    h2(h3(a, b, c), d)
}

/// FNV-1a over bytes, then mixed; stable across runs and platforms (models store it).
pub(crate) fn hs(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// FNV-1a fed piece by piece: `finish` equals [`hs`] of the concatenated text, without
/// building it.
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    #[inline]
    pub(crate) fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub(crate) fn finish(&self) -> u64 {
        mix(self.0)
    }
}

/// Small deterministic RNG (xorshift64*) for shuffling and exploration.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let mut f = Fnv::new();
        text.chars().for_each(|c| f.push_char(c));
        assert_eq!(f.finish(), hs(text), "{text:?}");
    }

    #[test]
    fn incremental_hash_equals_whole_string_hash() {
        for t in ["", "a", "Straße", "Москвы", "日本語", "x1-é"] {
            check(t);
        }
    }
}
