//! Builders for synthetic documents and event mentions: for tests, golden files and
//! benchmarks, while the NLP and coding stages are built elsewhere. Nothing here guesses
//! at real coding; the caller says what was coded.

use augur_core::{
    Actor, DocId, DocMeta, Document, EventActor, EventMention, Lang, Location, Modality, SourceRef, Span, VersionStamp,
};

/// The GDELT quad class of a CAMEO root: 01–05 verbal cooperation, 06–08 material
/// cooperation, 09–13 verbal conflict, 14–20 material conflict.
pub fn quad_of_root(root: &str) -> u8 {
    match root.parse::<u8>().unwrap_or(0) {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

/// A rough PLOVER category per CAMEO root, for synthetic data only.
pub fn plover_of_root(root: &str) -> &'static str {
    match root {
        "01" | "02" => "OTHER",
        "03" => "AGREE",
        "04" => "CONSULT",
        "05" => "SUPPORT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => "CONCEDE",
        "09" => "OTHER",
        "10" => "DEMAND",
        "11" => "DISAPPROVE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "REDUCE",
        "17" => "SANCTION",
        "18" => "ASSAULT",
        "19" | "20" => "ATTACK",
        _ => "OTHER",
    }
}

/// A synthetic Goldstein-like score per root (a linear ramp, not the published scale).
pub fn score_of_root(root: &str) -> f32 {
    let r = f32::from(root.parse::<u8>().unwrap_or(1));
    ((10.0 - r) * 0.9 * 10.0).round() / 10.0
}

/// An actor from a code: country (or 6-character IGO code) plus 3-letter sectors.
pub fn actor(code: &str, name: &str) -> Actor {
    let country = Actor::scoring_key(code).to_string();
    let rest = code.get(country.len()..).unwrap_or("");
    let sectors: Vec<String> =
        (0..rest.len() / 3).filter_map(|i| rest.get(i * 3..i * 3 + 3)).map(String::from).collect();
    Actor {
        code: code.to_string(),
        country,
        sectors,
        known_group: None,
        ethnicity: None,
        religion: None,
        person: None,
        name: name.to_string(),
        confidence: 0.9,
        reason: "synthetic".into(),
    }
}

/// A document with metadata; the content hash is derived from the text and URL.
pub fn document(text: &str, url: Option<&str>, site: Option<&str>, date: Option<&str>, lang: Lang) -> Document {
    let meta = DocMeta {
        title: text.lines().next().map(|l| l.chars().take(80).collect()),
        date: date.map(String::from),
        author: None,
        url: url.map(String::from),
        site: site.map(String::from),
        lang: Some(lang.code().to_string()),
    };
    let source = SourceRef::path(url.unwrap_or("synthetic"));
    let hash = augur_core::doc::content_hash(format!("{}\u{0}{}", url.unwrap_or(""), text).as_bytes());
    let mut d = Document::from_text(source, hash, meta, text.to_string());
    d.lang = lang;
    d.lang_confidence = 0.99;
    d
}

/// A place.
pub fn location(name: &str, country: &str, fips: &str, lat: f64, lon: f64) -> Location {
    Location { name: name.into(), country: country.into(), fips: fips.into(), lat, lon, geo_type: 4, span: None }
}

/// What a synthetic mention says.
#[derive(Debug, Clone, Default)]
pub struct MentionSpec<'a> {
    pub sentence: usize,
    pub source: (&'a str, &'a str),
    pub target: Option<(&'a str, &'a str)>,
    pub cameo: &'a str,
    pub date: Option<&'a str>,
    pub location: Option<Location>,
    pub trigger: &'a str,
}

/// Byte spans of the sentences of `text` (split after `.`, `!`, `?` followed by space or end).
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) {
            let s = Span::new(start, i + 1);
            let trimmed = text[s.start..s.end].trim_start();
            out.push(Span::new(s.end - trimmed.len(), s.end));
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        let rest = &text[start..];
        out.push(Span::new(start + (rest.len() - rest.trim_start().len()), text.trim_end().len()));
    }
    out
}

fn find_in(text: &str, within: Span, needle: &str) -> Span {
    let hay = within.slice(text).unwrap_or("");
    match (needle.is_empty(), hay.find(needle)) {
        (false, Some(i)) => Span::new(within.start + i, within.start + i + needle.len()),
        _ => Span::new(within.start, within.start),
    }
}

fn event_actor(text: &str, sentence: Span, code: &str, name: &str) -> EventActor {
    let span = find_in(text, sentence, name);
    EventActor {
        code: code.into(),
        text: span.slice(text).unwrap_or("").to_string(),
        span,
        span_char: span.to_char_span(text).unwrap_or_default(),
        actor: actor(code, name),
    }
}

/// A mention in `doc` as `spec` says. Spans point at the actor names and trigger where
/// they occur in the sentence, else are empty at the sentence start.
pub fn mention(doc: &Document, spec: &MentionSpec<'_>) -> EventMention {
    let sentences = sentence_spans(&doc.text);
    let sentence_span = sentences.get(spec.sentence).copied().unwrap_or_default();
    let root = spec.cameo.get(..2).unwrap_or(spec.cameo).to_string();
    let trigger = find_in(&doc.text, sentence_span, spec.trigger);
    EventMention {
        doc: doc.id.clone(),
        sentence: spec.sentence,
        sentence_span,
        source: event_actor(&doc.text, sentence_span, spec.source.0, spec.source.1),
        target: spec.target.map(|(c, n)| event_actor(&doc.text, sentence_span, c, n)),
        trigger,
        trigger_text: spec.trigger.to_string(),
        cameo: spec.cameo.to_string(),
        plover: plover_of_root(&root).to_string(),
        goldstein: score_of_root(&root),
        quad: quad_of_root(&root),
        cameo_root: root,
        date: spec.date.map(String::from),
        date_reason: if spec.date.is_some() { "explicit".into() } else { "none".into() },
        negated: false,
        modality: Modality::Asserted,
        location: spec.location.clone(),
        confidence: 0.8,
        rule: "synthetic".into(),
        explanation: "synthetic mention".into(),
        version: VersionStamp {
            pipeline: "0.1.0".into(),
            models: "m0".into(),
            lexicons: "l0".into(),
            actors: "a0".into(),
        },
    }
}

/// A deterministic pseudo-random generator (SplitMix64) for reproducible synthetic data.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

const COUNTRIES: [&str; 24] = [
    "USA", "RUS", "CHN", "DEU", "FRA", "GBR", "UKR", "IRN", "ISR", "TUR", "IND", "PAK", "JPN", "KOR", "PRK", "BRA",
    "MEX", "ESP", "ITA", "POL", "SYR", "EGY", "SAU", "ZAF",
];
const SECTORS: [&str; 5] = ["GOV", "MIL", "", "BUS", "OPP"];
const WORDS: [&str; 16] = [
    "minister",
    "talks",
    "said",
    "government",
    "border",
    "agreement",
    "capital",
    "officials",
    "on",
    "the",
    "of",
    "after",
    "security",
    "trade",
    "statement",
    "meeting",
];

/// A synthetic coded document number `i` of a reproducible stream: about 60 words of text,
/// one to three mentions between random countries within a two-year span.
pub fn synthetic_doc(i: u64, seed: u64) -> (Document, Vec<EventMention>) {
    let mut rng = Rng(seed ^ i.wrapping_mul(0x2545_f491_4f6c_dd1d));
    let mut text = format!("Report {i}. ");
    for s in 0..4 {
        for _ in 0..14 {
            text.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
            text.push(' ');
        }
        text.push_str(&format!("number {i}-{s}. "));
    }
    let day = 19_000 + rng.below(730) as i64;
    let date = crate::dates::format_day(day);
    let url = format!("https://site{}.example/{i}", rng.below(200));
    let lang = Lang::SUPPORTED[rng.below(5) as usize];
    let doc = document(&text, Some(&url), None, Some(&date), lang);
    let n = 1 + rng.below(3) as usize;
    let mut mentions = Vec::with_capacity(n);
    for k in 0..n {
        let a = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
        let b = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
        let sa = format!("{a}{}", SECTORS[rng.below(5) as usize]);
        let sb = format!("{b}{}", SECTORS[rng.below(5) as usize]);
        let root = 1 + rng.below(20);
        let cameo = format!("{root:02}{}", rng.below(4));
        let d = crate::dates::format_day(day - rng.below(2) as i64);
        let spec = MentionSpec {
            sentence: k,
            source: (&sa, "Alpha"),
            target: Some((&sb, "Beta")),
            cameo: &cameo,
            date: Some(&d),
            location: None,
            trigger: "talks",
        };
        mentions.push(mention(&doc, &spec));
    }
    (doc, mentions)
}

/// A document id that is stable for synthetic data keyed by a name.
pub fn doc_id(name: &str) -> DocId {
    DocId::from_string(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_spans() {
        let t = "Merkel traf Macron. Sie sprachen in Paris!  Danach nichts";
        let s: Vec<&str> = sentence_spans(t).iter().map(|s| s.slice(t).unwrap()).collect();
        assert_eq!(s, vec!["Merkel traf Macron.", "Sie sprachen in Paris!", "Danach nichts"]);
        let d = document(t, None, None, None, Lang::De);
        let m = mention(
            &d,
            &MentionSpec {
                sentence: 0,
                source: ("DEUGOV", "Merkel"),
                target: Some(("FRAGOV", "Macron")),
                cameo: "040",
                trigger: "traf",
                ..Default::default()
            },
        );
        assert_eq!(m.source.text, "Merkel");
        assert_eq!(m.target.as_ref().unwrap().span.slice(t), Some("Macron"));
        assert_eq!(m.trigger.slice(t), Some("traf"));
        assert_eq!((m.quad, m.cameo_root.as_str(), m.plover.as_str()), (1, "04", "CONSULT"));
        assert_eq!(actor("IGOUNOGOV", "UN").sectors, vec!["GOV".to_string()]);
    }
}
