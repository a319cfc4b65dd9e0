//! The analysed-text model: sentences of UD tokens and words, all with byte spans
//! into the document text.

use serde::{Deserialize, Serialize};

use crate::{Diagnostic, Lang, Span};

/// A surface token. A multiword token ("zum", "du", "del") covers several [`Word`]s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte span in the document text.
    pub span: Span,
    pub form: String,
    /// Index range `[first, last]` (inclusive) into [`Sentence::words`].
    pub words: (usize, usize),
    /// `SpaceAfter=No` in CoNLL-U terms.
    pub space_after: bool,
}

/// A syntactic word with its UD annotation. `head` is 0 for the root, otherwise the
/// 1-based index of the head word in the sentence, as in CoNLL-U.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    #[serde(default)]
    pub xpos: String,
    /// UD features as `Feat=Val|Feat=Val`, or empty.
    #[serde(default)]
    pub feats: String,
    pub head: usize,
    pub deprel: String,
    /// Byte span of the word; words of a multiword token share the token's span.
    pub span: Span,
    /// Index of the token this word belongs to.
    pub token: usize,
}

impl Word {
    /// The value of a UD feature (`feat("Case")` → `Some("Nom")`).
    pub fn feat(&self, name: &str) -> Option<&str> {
        self.feats.split('|').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == name).then_some(v)
        })
    }

    /// The universal part of the relation (`nsubj:pass` → `nsubj`).
    pub fn udeprel(&self) -> &str {
        self.deprel.split(':').next().unwrap_or("")
    }
}

/// One sentence: its span in the document, tokens and words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Token>,
    pub words: Vec<Word>,
}

impl Sentence {
    /// The 0-based indices of the dependents of the 1-based word `head` (0 = root).
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().filter(move |(_, w)| w.head == head).map(|(i, _)| i)
    }

    /// The 0-based indices of the subtree rooted at 0-based word `i`, including `i`,
    /// in order. Robust against cycles in malformed trees.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for j in 0..self.words.len() {
            let mut k = j;
            let mut steps = 0;
            loop {
                if k == i {
                    out.push(j);
                    break;
                }
                let h = self.words[k].head;
                if h == 0 || steps > self.words.len() {
                    break;
                }
                k = h - 1;
                steps += 1;
            }
        }
        out
    }

    /// The byte span covering the words `first..=last` (0-based).
    pub fn words_span(&self, first: usize, last: usize) -> Span {
        let a = self.words[first].span;
        let b = self.words[last].span;
        a.cover(b)
    }
}

/// The analysis of a whole text: sentences plus what the analyser noticed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Analysis {
    pub lang: Option<Lang>,
    pub sentences: Vec<Sentence>,
    pub diagnostics: Vec<Diagnostic>,
}
