//! MinHash signatures over word shingles, for linking syndicated copies of one story.
//!
//! A signature holds [`HASHES`] minimum hash values over the document's word 3-shingles;
//! the share of equal values estimates the Jaccard similarity of the shingle sets. Copies
//! (the same wire story with another dateline, credit line or headline) score high even in
//! short texts, where SimHash bit distances are too noisy. Lookup is by locality-sensitive
//! hashing: [`BANDS`] bands of [`ROWS`] values each; documents sharing any band hash are
//! candidates, then compared by their estimated similarity.

/// Number of hash values in a signature.
pub const HASHES: usize = 32;
/// LSH bands and values per band (`BANDS * ROWS == HASHES`). With 8 × 4, a pair of
/// similarity 0.8 becomes a candidate with probability 0.985, one of 0.3 with 0.06.
pub const BANDS: usize = 8;
pub const ROWS: usize = 4;
/// Estimated Jaccard similarity from which two documents are copies of one story.
pub const THRESHOLD: f64 = 0.6;

const SHINGLE: usize = 3;
/// Fewer shingles than this and short texts would link by chance.
const MIN_SHINGLES: usize = 8;

fn mix(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// FNV-1a over the words, then mixed: stable across platforms and releases (unlike
/// `std`'s hasher), because signatures are stored.
fn shingle_hash(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    mix(h)
}

/// A MinHash signature of 16-bit values (b-bit MinHash: chance collisions of 1 in 65,536
/// barely move the similarity estimate, and the signature takes half the space).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u16; HASHES]);

impl Signature {
    /// The signature of `text`, or `None` when it has too few words to be meaningful.
    /// Words are lower-cased alphanumeric runs, so markup, punctuation and case do not matter.
    pub fn of(text: &str) -> Option<Signature> {
        let words: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        if words.len() < SHINGLE + MIN_SHINGLES - 1 {
            return None;
        }
        let mut mins = [u16::MAX; HASHES];
        for w in words.windows(SHINGLE) {
            let h = shingle_hash(w);
            for (i, m) in mins.iter_mut().enumerate() {
                let v = (mix(h ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) >> 48) as u16;
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(Signature(mins))
    }

    /// Estimated Jaccard similarity.
    pub fn similarity(&self, other: &Signature) -> f64 {
        self.0.iter().zip(other.0.iter()).filter(|(a, b)| a == b).count() as f64 / HASHES as f64
    }

    /// The LSH keys: one per band, the band number in the top byte.
    pub fn band_keys(&self) -> [i64; BANDS] {
        let mut keys = [0i64; BANDS];
        for (b, key) in keys.iter_mut().enumerate() {
            let mut h: u64 = b as u64;
            for v in &self.0[b * ROWS..(b + 1) * ROWS] {
                h = mix(h ^ u64::from(*v));
            }
            *key = ((b as u64) << 56 | (h & 0x00ff_ffff_ffff_ffff)) as i64;
        }
        keys
    }

    /// Little-endian bytes, as stored.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != HASHES * 2 {
            return None;
        }
        let mut out = [0u16; HASHES];
        for (i, c) in b.chunks_exact(2).enumerate() {
            out[i] = u16::from_le_bytes([c[0], c[1]]);
        }
        Some(Signature(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on \
        Monday to discuss grain exports across the Black Sea and a possible ceasefire, officials said.";

    fn check(b: &str, expected_copy: bool) {
        let (x, y) = (Signature::of(WIRE).unwrap(), Signature::of(b).unwrap());
        let sim = x.similarity(&y);
        assert_eq!(sim >= THRESHOLD, expected_copy, "similarity {sim} for {b:?}");
        if expected_copy {
            assert!(x.band_keys().iter().zip(y.band_keys()).any(|(p, q)| *p == q), "no shared band: {b:?}");
        }
    }

    #[test]
    fn copies_and_different_stories() {
        let cases = [
            (format!("{WIRE}\n\nReporting by staff; editing by the desk."), true),
            (format!("ANKARA (AP) — {WIRE}"), true),
            (format!("{WIRE} (Reuters)"), true),
            (WIRE.to_uppercase().replace(',', " ,"), true),
            (
                "Lavrov and Fidan held talks in the Turkish capital on Monday. The two ministers focused on \
                 grain shipments, according to a statement from the Turkish foreign ministry."
                    .to_string(),
                false,
            ),
            (
                "The German chancellor travelled to Paris on Friday for talks with the French president about \
                 the budget of the European Union, officials in Berlin said."
                    .to_string(),
                false,
            ),
        ];
        for (b, e) in cases {
            check(&b, e);
        }
        assert_eq!(Signature::of("too short to sign"), None);
    }

    #[test]
    fn bytes_round_trip() {
        let s = Signature::of(WIRE).unwrap();
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }
}
