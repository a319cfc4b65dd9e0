//! Random and adversarial text: no panics, and every span slices the original text.

use augur_core::{Lang, Sentence, Span};
use augur_tokenize::{tokenize, ConfigError, Tokenizer};

/// xorshift64*: a small seeded generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "word",
    "Wort",
    "Ende",
    ".",
    "..",
    "...",
    "…",
    "!",
    "?",
    "?!",
    ",",
    ";",
    ":",
    "-",
    "--",
    "—",
    "'",
    "’",
    "\"",
    "„",
    "“",
    "«",
    "»",
    "‚",
    "‘",
    "(",
    ")",
    "[",
    "]",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{202e}",
    "\u{301}",
    "\u{fe0f}",
    "👍",
    "🏽",
    "👨‍👩‍👧",
    "🇺🇦",
    "🇺",
    "Москва",
    "г.",
    "т. е.",
    "東京",
    "مرحبا",
    "שלום",
    "नमस्ते",
    "Dr.",
    "z. B.",
    "U.S.",
    "15.",
    "15.08.2023",
    "3,5",
    "25 785",
    "14h30",
    "-0,8",
    "l'",
    "qu'",
    "-t-il",
    "dámelo",
    "del",
    "zum",
    "des",
    "don't",
    "'s",
    "http://",
    "https://x.org/a(b)",
    "www.",
    "a@b.co",
    "@",
    "#",
    "&#39;",
    "&amp",
    ":-)",
    "<3",
    "$$$",
    "***",
    "1",
    "12",
    "1999-2000",
    "e-mail",
    "UN-Resolution",
    "b/c",
    "/",
    "&",
    "_",
    "\u{ad}",
    "\u{2028}",
    "\u{2029}",
    "ǅ",
    "İ",
    "ß",
    "ﬁ",
    "Ⅻ",
    "²",
    "½",
    "\u{10ffff}",
    "\u{e000}",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..pieces {
        match rng.below(10) {
            0 => {
                // Any Unicode scalar value.
                let c = char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('x');
                s.push(c);
            }
            1 => s.push(char::from(rng.below(128) as u8)),
            _ => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
        }
    }
    s
}

/// The invariants every tokenisation must keep.
fn check_invariants(text: &str, sents: &[Sentence]) {
    let mut last_end = 0;
    let mut covered = vec![false; text.len()];
    for s in sents {
        assert!(!s.tokens.is_empty(), "empty sentence in {text:?}");
        assert_eq!(s.span, Span::new(s.tokens[0].span.start, s.tokens[s.tokens.len() - 1].span.end));
        let mut next_word = 0;
        for (ti, t) in s.tokens.iter().enumerate() {
            assert!(!t.span.is_empty(), "empty token in {text:?}");
            assert_eq!(t.span.slice(text), Some(t.form.as_str()), "span round trip in {text:?}");
            assert!(t.span.start >= last_end, "tokens overlap or go backwards in {text:?}");
            last_end = t.span.end;
            for b in &mut covered[t.span.start..t.span.end] {
                *b = true;
            }
            assert_eq!(t.words.0, next_word, "token words are contiguous in {text:?}");
            assert!(t.words.1 >= t.words.0 && t.words.1 < s.words.len());
            for w in &s.words[t.words.0..=t.words.1] {
                assert_eq!(w.token, ti);
                assert_eq!(w.span, t.span);
                assert!(!w.form.is_empty());
            }
            next_word = t.words.1 + 1;
        }
        assert_eq!(next_word, s.words.len());
    }
    // Nothing but separators is dropped.
    for (i, c) in text.char_indices() {
        let separator = c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c);
        assert!(separator || covered[i], "{c:?} at {i} lost in {text:?}");
    }
}

#[test]
fn random_text_never_panics_and_spans_round_trip() {
    // AUGUR_FUZZ_ROUNDS and AUGUR_FUZZ_SEED run longer or other fuzzing sessions.
    let rounds = std::env::var("AUGUR_FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    let seed = std::env::var("AUGUR_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng(seed | 1);
    for round in 0..rounds {
        let text = random_text(&mut rng, 1 + round % 60);
        for lang in [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ru, Lang::Other] {
            let (sents, _) = tokenize(&text, lang);
            check_invariants(&text, &sents);
        }
    }
}

#[test]
fn a_megabyte_sentence_is_cut_with_a_diagnostic() {
    let text = "the talks went on and on ".repeat(42_000);
    assert!(text.len() > 1_000_000);
    let (sents, diags) = tokenize(&text, Lang::En);
    check_invariants(&text, &sents);
    assert!(sents.iter().all(|s| s.tokens.len() <= Tokenizer::DEFAULT_MAX_SENTENCE_TOKENS));
    assert!(diags.iter().any(|d| d.code == "sentence-too-long"));
    // A limit in tokens: 210,000 tokens make at least 840 sentences.
    assert!(sents.len() >= 840);
}

#[test]
fn a_megabyte_without_spaces_is_cut_into_tokens() {
    for unit in [
        "x", "é", "👍", ".", "a.", "-a", "'l", "&#39;", "@a", "\"", "”", ".\n", "1. ", "1 000 ", "a-", "l'\"", "1-",
        "a.a", "&", "&#", "(", ")", "a@", ".a", "1.", "-1 ", "'", "’",
    ] {
        // 256 KB each: enough to expose anything quadratic, cheap enough for CI.
        let text = unit.repeat(256_000 / unit.len());
        for lang in [Lang::En, Lang::De, Lang::Fr] {
            let (sents, _diags) = tokenize(&text, lang);
            check_invariants(&text, &sents);
        }
    }
    let url = format!("see http://x.org/{}", ")".repeat(200_000));
    let (sents, _) = tokenize(&url, Lang::En);
    check_invariants(&url, &sents);
    let text = "x".repeat(1_000_000);
    let (sents, diags) = tokenize(&text, Lang::De);
    assert!(diags.iter().any(|d| d.code == "token-too-long"));
    assert!(sents.iter().flat_map(|s| &s.tokens).all(|t| t.span.len() <= Tokenizer::DEFAULT_MAX_TOKEN_BYTES));
}

#[test]
fn empty_and_blank_texts_give_no_sentences() {
    for text in ["", " ", "\n\n\t", "\u{200b}\u{feff}"] {
        let (sents, diags) = tokenize(text, Lang::En);
        assert!(sents.is_empty(), "{text:?}");
        assert!(diags.is_empty());
    }
}

#[test]
fn ranges_keep_document_offsets() {
    let text = "Titel\n\nErster Absatz. Zweiter Satz.\n\nLetzter.";
    let start = text.find("Erster").unwrap();
    let end = text.find("\n\nLetzter").unwrap();
    let (sents, diags) = Tokenizer::new().tokenize_range(text, Span::new(start, end), Lang::De);
    assert!(diags.is_empty());
    assert_eq!(sents.len(), 2);
    assert_eq!(sents[0].span.slice(text), Some("Erster Absatz."));
    assert_eq!(sents[1].span.slice(text), Some("Zweiter Satz."));
    // A range off character boundaries or past the end is adjusted, with a diagnostic.
    let (sents, diags) = Tokenizer::new().tokenize_range("Grüße aus Köln", Span::new(3, 99), Lang::De);
    assert_eq!(diags.len(), 1);
    assert_eq!(sents[0].tokens[0].form, "ße");
}

#[test]
fn limits_are_validated() {
    assert_eq!(Tokenizer::with_limits(1, 100), Err(ConfigError::SentenceLimit { min: 2, got: 1 }));
    assert_eq!(Tokenizer::with_limits(10, 3), Err(ConfigError::TokenLimit { min: 16, got: 3 }));
    let t = Tokenizer::with_limits(5, 16).unwrap();
    let (sents, diags) = t.tokenize("one two three four five six seven eight nine ten eleven", Lang::En);
    assert!(sents.iter().all(|s| s.tokens.len() <= 5));
    assert_eq!(diags.len(), 1);
}
