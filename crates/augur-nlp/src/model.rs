//! A language model bundle: tagger, lemmatiser and parser, stored as one deflated file.

use augur_core::Sentence;

use crate::io::{decompress, Reader, Writer};
use crate::lemma::Lemmatizer;
use crate::parser::{Attrs, Parser};
use crate::tagger::Tagger;
use crate::NlpError;

const MAGIC: &str = "augur-nlp-model-v1";

/// Everything needed to annotate one language.
#[derive(Debug, Default)]
pub struct LangModel {
    /// Free-text note on what the model was trained on.
    pub info: String,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: Parser,
    /// Re-tags a sentence without any finite verb so that its most likely finite verb
    /// candidate becomes one (English: past tense mistaken for a participle).
    pub repair_finite: bool,
    /// Finite auxiliary forms whose non-finite tagging before a participle is repaired
    /// (German perfect and passive); empty for no repair.
    pub aux_forms: &'static [&'static str],
}

/// Which stages [`LangModel::annotate_stages`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    pub tag: bool,
    pub lemma: bool,
    pub parse: bool,
}

impl Stages {
    pub const ALL: Stages = Stages { tag: true, lemma: true, parse: true };
}

impl LangModel {
    /// Loads a model from its serialised bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<LangModel, NlpError> {
        let raw = decompress(bytes)?;
        let mut r = Reader::new(&raw);
        if r.s()? != MAGIC {
            return Err(NlpError::Model("not an augur-nlp model".into()));
        }
        let info = r.s()?;
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = Parser::read(&mut r)?;
        Ok(LangModel { info, tagger, lemmatizer, parser, repair_finite: false, aux_forms: &[] })
    }

    /// Loads a model file.
    pub fn load(path: &std::path::Path) -> Result<LangModel, NlpError> {
        let bytes = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        LangModel::from_bytes(&bytes)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.s(MAGIC);
        w.s(&self.info);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        w.compress()
    }

    pub fn save(&self, path: &std::path::Path) -> Result<(), NlpError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NlpError::io(path, e))
    }

    /// Drops the smallest weights of the tagger and parser to bound the model size.
    pub fn prune(&mut self, tagger_max_weights: usize, parser_max_weights: usize) {
        self.tagger.prune(tagger_max_weights);
        self.parser.prune(parser_max_weights);
    }

    /// Predicts UPOS, FEATS, LEMMA, HEAD and DEPREL of every word, keeping the words.
    pub fn annotate(&self, s: &mut Sentence) {
        self.annotate_stages(s, Stages::ALL);
    }

    /// Runs the selected stages (later stages read what earlier ones wrote).
    pub fn annotate_stages(&self, s: &mut Sentence, stages: Stages) {
        if s.words.is_empty() {
            return;
        }
        if stages.tag {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let tags = self.tagger.tag_with(&forms, self.repair_finite, self.aux_forms);
            for (w, t) in s.words.iter_mut().zip(tags) {
                let (u, f) = self.tagger.split(t);
                w.upos = u.to_string();
                w.feats = f.to_string();
            }
        }
        if stages.lemma {
            let mut buf = crate::lemma::LemmaBuf::default();
            for w in s.words.iter_mut() {
                w.lemma = self.lemmatizer.lemma(&w.form, &w.upos, &w.feats, &mut buf);
            }
        }
        if stages.parse {
            let attrs = Attrs::new(s.words.iter().map(|w| (w.form.as_str(), w.upos.as_str(), w.feats.as_str())));
            let (heads, labels) = self.parser.parse(&attrs);
            for (i, w) in s.words.iter_mut().enumerate() {
                w.head = heads.get(i + 1).copied().unwrap_or(0);
                w.deprel = labels
                    .get(i + 1)
                    .and_then(|&l| self.parser.labels.get(l as usize))
                    .cloned()
                    .unwrap_or_else(|| "dep".to_string());
            }
        }
    }
}
