//! Sentence splitting and tokenisation following Universal Dependencies conventions for
//! English, German, French, Spanish and Russian, with multiword-token expansion.
//!
//! ```
//! use augur_core::Lang;
//! use augur_tokenize::tokenize;
//!
//! let text = "Der Minister kam am 15. August zum Gipfel, z. B. mit Dr. Weber. Dann ging er.";
//! let (sentences, diagnostics) = tokenize(text, Lang::De);
//! assert!(diagnostics.is_empty());
//! assert_eq!(sentences.len(), 2);
//! let s = &sentences[0];
//! let tokens: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
//! assert_eq!(tokens, ["Der", "Minister", "kam", "am", "15.", "August", "zum", "Gipfel", ",",
//!                     "z.", "B.", "mit", "Dr.", "Weber", "."]);
//! // Multiword tokens are expanded into syntactic words that share the token's span.
//! let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
//! assert_eq!(&words[3..5], ["an", "dem"]);
//! assert_eq!(s.words[3].span, s.tokens[3].span);
//! // Every span slices the original text.
//! for t in &s.tokens {
//!     assert_eq!(t.span.slice(text), Some(t.form.as_str()));
//! }
//! ```
//!
//! Everything language-specific lives in [`LangPack`]s ([`PACKS`], looked up with
//! [`pack_for`]); a language without a pack gets [`pack::FALLBACK`]. Tokenisation never fails
//! and never panics: what it notices (overlong sentences or tokens that it cut) comes back as
//! [`Diagnostic`]s with the stage `tokenize`.
//!
//! # Conventions
//!
//! Tokens follow the UD treebanks augur's parser is trained on (EWT, GSD, PUD, AnCora):
//!
//! * **Hyphens** differ by treebank: German and Spanish split "EU-Staaten" into three tokens,
//!   French and Russian keep "Saint-Pétersbourg" whole, English splits except after prefixes
//!   ("e-mail", "re-elect"). [`Tokenizer::with_hyphens`] overrides this for other consumers.
//! * **Multiword tokens** are one token with several words: de "zum" = zu dem; fr "du" = de le,
//!   "des" = de les after nouns (the indefinite article "des" stays whole); es "del" = de el,
//!   "dárselo" = dar se lo; en "don't" = do n't, "Bush's" = Bush 's. French elisions ("l'")
//!   and enclitics ("-t-il") are separate tokens, as in the treebanks.
//! * **Full stops** stay on abbreviations ("Dr.", "z.", "bzw.", "г."), initials ("J."),
//!   dotted acronyms ("U.S.") and German ordinals ("15. August"); numbers keep their inner
//!   separators ("15.08.2023", "3,5", "10:30"); URLs and e-mail addresses are one token.
//! * **Sentences** end at final punctuation (with closing quotes and brackets) before
//!   something that can open a sentence, at blank lines, after abbreviations that commonly end
//!   a sentence before a capital, and at single line breaks after unpunctuated lines
//!   (headlines, captions) when most lines of the text end in final punctuation.
//! * **Limits**: sentences over [`Tokenizer::DEFAULT_MAX_SENTENCE_TOKENS`] tokens are cut
//!   (preferably after a comma, semicolon or dash) and tokens over
//!   [`Tokenizer::DEFAULT_MAX_TOKEN_BYTES`] bytes are cut, each with a warning.
//!
//! Words carry only `form`, `span` (their token's) and `token`; tagging and parsing fill the
//! rest. `examples/tokeval.rs` measures tokens, words and sentences against UD treebanks.

mod chars;
pub mod mwt;
pub mod pack;
mod scan;
mod split;

use augur_core::{Diagnostic, Document, Lang, Sentence, Span, Token, Word};

pub use pack::{pack_for, AbbrevClass, Hyphens, LangPack, NumberHyphens, NumberStyle, PACKS};

use crate::scan::{Kind, RawTok, Scanner};

const STAGE: &str = "tokenize";

/// Invalid tokeniser settings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("max_sentence_tokens must be at least {min}, got {got}")]
    SentenceLimit { min: usize, got: usize },
    #[error("max_token_bytes must be at least {min}, got {got}")]
    TokenLimit { min: usize, got: usize },
}

/// A tokeniser with its limits. [`Tokenizer::default`] uses the documented defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tokenizer {
    max_sentence_tokens: usize,
    max_token_bytes: usize,
    hyphens: Option<Hyphens>,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer {
            max_sentence_tokens: Tokenizer::DEFAULT_MAX_SENTENCE_TOKENS,
            max_token_bytes: Tokenizer::DEFAULT_MAX_TOKEN_BYTES,
            hyphens: None,
        }
    }
}

impl Tokenizer {
    /// Longer sentences are cut (at a comma or semicolon where possible), with a diagnostic.
    pub const DEFAULT_MAX_SENTENCE_TOKENS: usize = 250;
    /// Longer tokens (a megabyte without spaces) are cut at character boundaries.
    pub const DEFAULT_MAX_TOKEN_BYTES: usize = 1024;

    pub fn new() -> Tokenizer {
        Tokenizer::default()
    }

    /// A tokeniser with other limits; `max_sentence_tokens` ≥ 2, `max_token_bytes` ≥ 16.
    pub fn with_limits(max_sentence_tokens: usize, max_token_bytes: usize) -> Result<Tokenizer, ConfigError> {
        if max_sentence_tokens < 2 {
            return Err(ConfigError::SentenceLimit { min: 2, got: max_sentence_tokens });
        }
        if max_token_bytes < 16 {
            return Err(ConfigError::TokenLimit { min: 16, got: max_token_bytes });
        }
        Ok(Tokenizer { max_sentence_tokens, max_token_bytes, hyphens: None })
    }

    /// Overrides the packs' hyphen rule for every language, e.g. [`Hyphens::Keep`] to keep
    /// "US-Außenministerium" whole where the treebank (German GSD) splits it. The parser
    /// models are trained on the treebanks' tokenisation, so this is for other consumers.
    pub fn with_hyphens(mut self, hyphens: Hyphens) -> Tokenizer {
        self.hyphens = Some(hyphens);
        self
    }

    /// Tokenises a document's text in its identified language.
    pub fn tokenize_document(&self, doc: &Document) -> (Vec<Sentence>, Vec<Diagnostic>) {
        self.tokenize(&doc.text, doc.lang)
    }

    /// Splits `text` into sentences of tokens and words.
    pub fn tokenize(&self, text: &str, lang: Lang) -> (Vec<Sentence>, Vec<Diagnostic>) {
        self.tokenize_range(text, Span::new(0, text.len()), lang)
    }

    /// Tokenises `range` of `text` (e.g. one paragraph of a document); spans stay relative to
    /// the whole `text`. A range off character boundaries is shrunk to them, with a diagnostic.
    pub fn tokenize_range(&self, text: &str, range: Span, lang: Lang) -> (Vec<Sentence>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let (lo, hi) = clamp_range(text, range, &mut diags);
        let pack = pack_for(lang);
        let toks = self.scan(text, lo, hi, pack, &mut diags);
        let cuts = split::boundaries(text, &toks, pack);
        let mut ranges = Vec::with_capacity(cuts.len() + 1);
        let mut a = 0;
        for k in cuts {
            ranges.push((a, k + 1));
            a = k + 1;
        }
        if a < toks.len() {
            ranges.push((a, toks.len()));
        }
        let ranges = self.cap_sentences(text, &toks, ranges, &mut diags);
        let sentences = ranges.into_iter().map(|(a, b)| build_sentence(text, &toks, a, b, pack)).collect();
        (sentences, diags)
    }

    /// Tokenises `text` as one sentence (no sentence splitting and no length limit), e.g. a
    /// treebank sentence whose boundaries are given.
    pub fn tokenize_sentence(&self, text: &str, lang: Lang) -> (Sentence, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let pack = pack_for(lang);
        let toks = self.scan(text, 0, text.len(), pack, &mut diags);
        (build_sentence(text, &toks, 0, toks.len(), pack), diags)
    }

    fn scan(
        &self,
        text: &str,
        lo: usize,
        hi: usize,
        pack: &'static LangPack,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<RawTok> {
        let mut scanner = Scanner::new(text, pack, self.hyphens.unwrap_or(pack.hyphens), self.max_token_bytes);
        scanner.run(lo, hi);
        if scanner.cut_tokens > 0 {
            diags.push(Diagnostic::warning(
                STAGE,
                "token-too-long",
                format!(
                    "{} token(s) longer than {} bytes were cut into pieces",
                    scanner.cut_tokens, self.max_token_bytes
                ),
            ));
        }
        scanner.toks
    }

    /// Cuts sentences longer than the limit, preferring a cut after a comma, semicolon, colon
    /// or dash, or before a line break, in the second half of each piece.
    fn cap_sentences(
        &self,
        text: &str,
        toks: &[RawTok],
        ranges: Vec<(usize, usize)>,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<(usize, usize)> {
        let max = self.max_sentence_tokens;
        if ranges.iter().all(|(a, b)| b - a <= max) {
            return ranges;
        }
        let mut out = Vec::with_capacity(ranges.len());
        for (a, b) in ranges {
            if b - a <= max {
                out.push((a, b));
                continue;
            }
            diags.push(
                Diagnostic::warning(
                    STAGE,
                    "sentence-too-long",
                    format!("a sentence of {} tokens was cut into pieces of at most {max}", b - a),
                )
                .with_span(Span::new(toks[a].start, toks[b - 1].end)),
            );
            let mut s = a;
            while b - s > max {
                let hi = s + max;
                let lo = s + max / 2;
                let cut = (lo..hi)
                    .rev()
                    .find(|&c| {
                        let f = text.get(toks[c].start..toks[c].end).unwrap_or("");
                        matches!(f, "," | ";" | ":" | "–" | "—" | "-") || toks[c + 1].nl_before > 0
                    })
                    .map_or(hi, |c| c + 1);
                out.push((s, cut));
                s = cut;
            }
            out.push((s, b));
        }
        out
    }
}

/// Splits `text` into sentences with the default [`Tokenizer`].
pub fn tokenize(text: &str, lang: Lang) -> (Vec<Sentence>, Vec<Diagnostic>) {
    Tokenizer::default().tokenize(text, lang)
}

/// Tokenises `text` as one given sentence: its tokens and syntactic words.
pub fn tokenize_sentence_words(text: &str, lang: Lang) -> (Sentence, Vec<Diagnostic>) {
    Tokenizer::default().tokenize_sentence(text, lang)
}

fn clamp_range(text: &str, range: Span, diags: &mut Vec<Diagnostic>) -> (usize, usize) {
    let mut lo = range.start.min(text.len());
    let mut hi = range.end.min(text.len()).max(lo);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let hi = hi.max(lo);
    if (lo, hi) != (range.start, range.end) {
        diags.push(
            Diagnostic::warning(STAGE, "range-adjusted", "the range was outside the text or off character boundaries")
                .with_span(Span::new(lo, hi)),
        );
    }
    (lo, hi)
}

fn build_sentence(text: &str, toks: &[RawTok], a: usize, b: usize, pack: &LangPack) -> Sentence {
    let form = |k: usize| text.get(toks[k].start..toks[k].end).unwrap_or("");
    let mut tokens = Vec::with_capacity(b - a);
    let mut words = Vec::with_capacity(b - a + 4);
    let mut initial = true;
    for k in a..b {
        let t = &toks[k];
        let f = form(k);
        let span = Span::new(t.start, t.end);
        let space_after = toks.get(k + 1).is_none_or(|n| n.start > t.end);
        let ti = tokens.len();
        let first_word = words.len();
        let expanded = if t.kind == Kind::Word && f.len() <= 40 {
            let ctx = mwt::Ctx {
                form: f,
                prev: (k > a).then(|| form(k - 1)),
                next: (k + 1 < b).then(|| form(k + 1)),
                sentence_initial: initial,
                earlier: &tokens,
            };
            mwt::expand(pack, &ctx)
        } else {
            None
        };
        match expanded {
            Some(ws) if ws.len() > 1 => {
                for w in ws {
                    words.push(Word { form: w, span, token: ti, ..Word::default() });
                }
            }
            _ => words.push(Word { form: f.to_string(), span, token: ti, ..Word::default() }),
        }
        tokens.push(Token { span, form: f.to_string(), words: (first_word, words.len() - 1), space_after });
        if t.kind != Kind::Punct {
            initial = false;
        }
    }
    let span = if b > a { Span::new(toks[a].start, toks[b - 1].end) } else { Span::default() };
    Sentence { span, tokens, words }
}
