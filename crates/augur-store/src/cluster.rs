//! Event clustering: which mentions report the same event.
//!
//! A mention joins an event when, at country / IGO level ([`Actor::scoring_key`]), its
//! source and target agree with the event's (in either order for the symmetric roots of
//! [`ClusterConfig::symmetric_roots`]), its CAMEO root agrees, its date lies within
//! [`ClusterConfig::window_days`] of the event's *anchor* date (the date of the mention that
//! founded the event; it never moves, so daily reports cannot chain a week into one event),
//! and its location equals the event's or one of them is unknown.
//!
//! Events are indexed by a blocking key `source|target|root` and, inside a block, by anchor
//! day in an ordered map, so each assignment is a hash lookup plus a range scan: n log n in all.
//! Codes are language-neutral, so reports in different languages cluster by construction.

use std::collections::{BTreeMap, HashMap};

use augur_core::{Actor, EventMention, Location};

/// Clustering parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterConfig {
    /// A mention joins an event whose anchor date is at most this many days away.
    pub window_days: i64,
    /// CAMEO roots whose actor pair is unordered: the act is mutual, so "A met B" and
    /// "B met A" are one event. 03 intent to cooperate, 04 consult, 05 diplomatic
    /// cooperation, 06 material cooperation.
    pub symmetric_roots: Vec<String>,
}

impl Default for ClusterConfig {
    fn default() -> ClusterConfig {
        ClusterConfig { window_days: 1, symmetric_roots: ["03", "04", "05", "06"].map(String::from).to_vec() }
    }
}

impl ClusterConfig {
    pub fn is_symmetric(&self, root: &str) -> bool {
        self.symmetric_roots.iter().any(|r| r == root)
    }

    /// The blocking key: `source|target|root` at country / IGO level, with the pair sorted
    /// for symmetric roots.
    pub fn block_key(&self, source_code: &str, target_code: Option<&str>, root: &str) -> String {
        let a = Actor::scoring_key(source_code);
        let b = target_code.map(Actor::scoring_key).unwrap_or("");
        let (a, b) = if self.is_symmetric(root) && !b.is_empty() && b < a { (b, a) } else { (a, b) };
        format!("{a}|{b}|{root}")
    }

    /// The blocking key of a mention.
    pub fn mention_block(&self, m: &EventMention) -> String {
        let root = if m.cameo_root.is_empty() { m.cameo.get(..2).unwrap_or(&m.cameo) } else { &m.cameo_root };
        self.block_key(&m.source.code, m.target.as_ref().map(|t| t.code.as_str()), root)
    }
}

/// The comparable identity of a place: country plus the lower-cased name.
pub fn location_key(loc: &Location) -> String {
    format!("{}|{}", loc.country.trim().to_uppercase(), loc.name.trim().to_lowercase())
}

/// What clustering needs to know of a mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionKey {
    pub block: String,
    pub day: i64,
    pub location: Option<String>,
}

/// The decision for one mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assignment {
    /// No event fits: found a new one.
    New,
    /// Join this event.
    Join(i64),
    /// The mention fits several events that also fit each other (possible after the window
    /// was widened): they become one, keeping the oldest id; the others redirect to it.
    Merge { into: i64, absorbed: Vec<i64> },
}

#[derive(Debug, Clone)]
struct Slot {
    id: i64,
    location: Option<String>,
}

/// The in-memory index of events: block key → anchor day → events.
#[derive(Debug, Clone, Default)]
pub struct ClusterIndex {
    blocks: HashMap<String, BTreeMap<i64, Vec<Slot>>>,
    len: usize,
}

fn compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

impl ClusterIndex {
    pub fn new() -> ClusterIndex {
        ClusterIndex::default()
    }

    /// Number of events indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn insert(&mut self, block: &str, anchor: i64, id: i64, location: Option<String>) {
        let days = match self.blocks.get_mut(block) {
            Some(d) => d,
            None => self.blocks.entry(block.to_string()).or_default(),
        };
        days.entry(anchor).or_default().push(Slot { id, location });
        self.len += 1;
    }

    pub fn remove(&mut self, block: &str, anchor: i64, id: i64) {
        if let Some(days) = self.blocks.get_mut(block) {
            if let Some(slots) = days.get_mut(&anchor) {
                let before = slots.len();
                slots.retain(|s| s.id != id);
                self.len -= before - slots.len();
                if slots.is_empty() {
                    days.remove(&anchor);
                }
            }
            if days.is_empty() {
                self.blocks.remove(block);
            }
        }
    }

    /// Records the location an event adopted from a mention.
    pub fn set_location(&mut self, block: &str, anchor: i64, id: i64, location: Option<String>) {
        if let Some(slot) =
            self.blocks.get_mut(block).and_then(|d| d.get_mut(&anchor)).and_then(|s| s.iter_mut().find(|s| s.id == id))
        {
            slot.location = location;
        }
    }

    /// Decides where a mention goes; does not change the index.
    pub fn assign(&self, key: &MentionKey, window: i64) -> Assignment {
        let Some(days) = self.blocks.get(&key.block) else { return Assignment::New };
        let loc = key.location.as_deref();
        let mut cands: Vec<(i64, i64, Option<&str>)> = Vec::new();
        for (anchor, slots) in days.range(key.day - window..=key.day + window) {
            for s in slots {
                if compatible(loc, s.location.as_deref()) {
                    cands.push((s.id, *anchor, s.location.as_deref()));
                }
            }
        }
        // Best: nearest anchor, then an exact location over an unknown one, then the oldest.
        let best = cands
            .iter()
            .min_by_key(|(id, anchor, l)| ((anchor - key.day).abs(), !(loc.is_some() && *l == loc), *id))
            .copied();
        let Some((best_id, best_anchor, best_loc)) = best else { return Assignment::New };
        let merge_loc = loc.or(best_loc);
        let mut group: Vec<i64> = cands
            .iter()
            .filter(|(id, anchor, l)| {
                *id != best_id && (anchor - best_anchor).abs() <= window && compatible(merge_loc, *l)
            })
            .map(|c| c.0)
            .collect();
        if group.is_empty() {
            return Assignment::Join(best_id);
        }
        group.push(best_id);
        group.sort_unstable();
        let into = group[0];
        Assignment::Merge { into, absorbed: group[1..].to_vec() }
    }
}

/// A self-contained clusterer over mention keys (no database), used by the benchmark and by
/// the quality evaluation. Returns the event id of each mention in order.
#[derive(Debug, Default)]
pub struct Clusterer {
    pub config: ClusterConfig,
    index: ClusterIndex,
    anchors: HashMap<i64, (String, i64)>,
    redirects: HashMap<i64, i64>,
    next_id: i64,
}

impl Clusterer {
    pub fn new(config: ClusterConfig) -> Clusterer {
        Clusterer { config, next_id: 1, ..Default::default() }
    }

    /// Adds one mention; returns its event id at the time of adding.
    pub fn add(&mut self, key: MentionKey) -> i64 {
        match self.index.assign(&key, self.config.window_days) {
            Assignment::New => {
                let id = self.next_id;
                self.next_id += 1;
                self.index.insert(&key.block, key.day, id, key.location);
                self.anchors.insert(id, (key.block, key.day));
                id
            }
            Assignment::Join(id) => {
                if key.location.is_some() {
                    if let Some((b, a)) = self.anchors.get(&id) {
                        let (b, a) = (b.clone(), *a);
                        self.adopt(&b, a, id, key.location);
                    }
                }
                id
            }
            Assignment::Merge { into, absorbed } => {
                for old in absorbed {
                    if let Some((b, a)) = self.anchors.remove(&old) {
                        self.index.remove(&b, a, old);
                    }
                    self.redirects.insert(old, into);
                }
                into
            }
        }
    }

    fn adopt(&mut self, block: &str, anchor: i64, id: i64, location: Option<String>) {
        // Only an unknown location is filled; a known one never changes.
        let unknown = self
            .index
            .blocks
            .get(block)
            .and_then(|d| d.get(&anchor))
            .and_then(|s| s.iter().find(|s| s.id == id))
            .is_some_and(|s| s.location.is_none());
        if unknown {
            self.index.set_location(block, anchor, id, location);
        }
    }

    /// The current id of an event, following merges.
    pub fn resolve(&self, mut id: i64) -> i64 {
        while let Some(n) = self.redirects.get(&id) {
            id = *n;
        }
        id
    }

    /// Number of live events.
    pub fn events(&self) -> usize {
        self.index.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(block: &str, day: i64, loc: Option<&str>) -> MentionKey {
        MentionKey { block: block.into(), day, location: loc.map(String::from) }
    }

    #[test]
    fn block_keys() {
        let c = ClusterConfig::default();
        let cases = [
            (("RUSGOV", Some("CHNGOV"), "04"), "CHN|RUS|04"),
            (("CHN", Some("RUSMIL"), "04"), "CHN|RUS|04"),
            (("RUSGOV", Some("CHNGOV"), "19"), "RUS|CHN|19"),
            (("IGOUNOGOV", Some("SYR"), "05"), "IGOUNO|SYR|05"),
            (("USA", None, "01"), "USA||01"),
        ];
        for ((s, t, r), expected) in cases {
            assert_eq!(c.block_key(s, t, r), expected);
        }
    }

    #[test]
    fn window_is_anchored_not_sliding() {
        let mut c = Clusterer::new(ClusterConfig::default());
        // Daily reports of one dyad: days 0 and 1 join the event anchored at 0; day 2 is
        // more than a day from the anchor and starts a new one, and so on.
        let ids: Vec<i64> = (0..7).map(|d| c.add(key("A|B|04", d, None))).collect();
        assert_eq!(ids, vec![1, 1, 2, 2, 3, 3, 4]);
    }

    #[test]
    fn locations_and_blocks_separate() {
        let mut c = Clusterer::new(ClusterConfig::default());
        let cases = [
            (key("A|B|04", 10, Some("RUS|moscow")), 1),
            (key("A|B|04", 10, None), 1),
            (key("A|B|04", 11, Some("UKR|kyiv")), 2),
            (key("A|B|04", 10, Some("RUS|moscow")), 1),
            (key("A|B|19", 10, None), 3),
            (key("A|C|04", 10, None), 4),
        ];
        for (k, expected) in cases {
            assert_eq!(c.add(k.clone()), expected, "{k:?}");
        }
    }

    #[test]
    fn unknown_location_adopts_first_known() {
        let mut c = Clusterer::new(ClusterConfig::default());
        assert_eq!(c.add(key("A|B|04", 10, None)), 1);
        assert_eq!(c.add(key("A|B|04", 10, Some("X|paris"))), 1);
        // Now the event is in Paris: a Berlin report of the same day is another event.
        assert_eq!(c.add(key("A|B|04", 10, Some("X|berlin"))), 2);
    }

    #[test]
    fn widened_window_merges_into_oldest() {
        let mut c = Clusterer::new(ClusterConfig::default());
        assert_eq!(c.add(key("A|B|04", 10, None)), 1);
        assert_eq!(c.add(key("A|B|04", 12, None)), 2);
        c.config.window_days = 2;
        assert_eq!(c.add(key("A|B|04", 11, None)), 1);
        assert_eq!(c.resolve(2), 1);
        assert_eq!(c.events(), 1);
    }
}
