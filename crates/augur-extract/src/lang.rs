//! Language identification with whatlang: the five supported languages, `Other` for the
//! rest, and a flag for documents that mix languages substantially.

use augur_core::{Diagnostic, Lang};
use whatlang::{Detector, Lang as WLang};

/// The result of identifying a document's language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangGuess {
    pub lang: Lang,
    /// 0..1.
    pub confidence: f32,
    /// Whether a substantial part (≥ 20 % of the characters in paragraphs long enough to
    /// judge) is reliably in another language.
    pub mixed: bool,
}

/// Text beyond this many bytes adds little certainty but costs time.
const SAMPLE_BYTES: usize = 3000;

/// Paragraphs judged for the mixed-language flag: an even spread of at most this many,
/// each cut to `PARA_SAMPLE_BYTES`; enough to see a substantial share, and bounded cost.
const MAX_JUDGED_PARAS: usize = 8;
const PARA_SAMPLE_BYTES: usize = 500;

fn map(l: WLang) -> Lang {
    match l {
        WLang::Eng => Lang::En,
        WLang::Deu => Lang::De,
        WLang::Fra => Lang::Fr,
        WLang::Spa => Lang::Es,
        WLang::Rus => Lang::Ru,
        _ => Lang::Other,
    }
}

fn sample(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

struct Detectors {
    all: Detector,
    ours: Detector,
}

fn detectors() -> &'static Detectors {
    static D: std::sync::OnceLock<Detectors> = std::sync::OnceLock::new();
    D.get_or_init(|| Detectors {
        all: Detector::new(),
        ours: Detector::with_allowlist(vec![WLang::Eng, WLang::Deu, WLang::Fra, WLang::Spa, WLang::Rus]),
    })
}

/// Function words of each Latin-script language of ours that the others do not share (or
/// rarely use); a single sentence carries a few of them where letter trigrams mislead.
const FUNCTION_WORDS: [(Lang, &[&str]); 4] = [
    (
        Lang::En,
        &[
            "the", "of", "and", "to", "on", "in", "has", "have", "will", "was", "were", "is", "are", "with", "that",
            "for", "by", "from", "it", "its", "said", "would", "at", "an", "a",
        ],
    ),
    (
        Lang::De,
        &[
            "der", "die", "das", "und", "ist", "sind", "hat", "haben", "wird", "werden", "mit", "von", "den", "dem",
            "des", "ein", "eine", "einen", "nicht", "auf", "für", "sich", "im", "zu", "am", "an",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "la", "les", "des", "du", "et", "est", "sont", "une", "un", "dans", "pour", "avec", "sur", "au",
            "aux", "qui", "que", "ne", "pas", "a", "ont", "l", "d", "de",
        ],
    ),
    (
        Lang::Es,
        &[
            "el", "la", "los", "las", "del", "y", "es", "son", "una", "un", "en", "para", "con", "por", "al", "que",
            "no", "ha", "han", "se", "lo", "de", "su",
        ],
    ),
];

/// Our language for a short text by its script and function words; `None` when neither
/// decides.
fn function_word_guess(s: &str) -> Option<Lang> {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let cyrillic = s.chars().filter(|c| matches!(c, '\u{0400}'..='\u{04FF}')).count();
    if letters > 0 && cyrillic * 2 > letters {
        // Ukrainian and Belarusian letters rule out Russian.
        return (!s.chars().any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'ў' | 'І' | 'Ї' | 'Є'))).then_some(Lang::Ru);
    }
    let mut scores = [0usize; 4];
    // Letters only one of the four languages uses.
    for c in s.chars() {
        match c {
            'ä' | 'ö' | 'ü' | 'ß' => scores[1] += 1,
            'è' | 'ê' | 'à' | 'ç' | 'ù' | 'â' | 'î' | 'ô' | 'œ' | 'ë' => scores[2] += 1,
            'ñ' | '¿' | '¡' | 'ó' | 'í' | 'á' | 'ú' => scores[3] += 1,
            _ => {}
        }
    }
    for w in s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        let w = w.to_lowercase();
        for (i, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            if words.contains(&w.as_str()) {
                scores[i] += 1;
            }
        }
    }
    let best = (0..4).max_by_key(|&i| scores[i])?;
    let second = (0..4).filter(|&i| i != best).map(|i| scores[i]).max().unwrap_or(0);
    (scores[best] >= 1 && scores[best] > second).then_some(FUNCTION_WORDS[best].0)
}

/// Texts shorter than this (one or two sentences) fall back to our own five languages.
const SHORT_TEXT_BYTES: usize = 160;

/// Identifies the language of one stretch of text; `None` when there are no letters.
pub fn identify_text(text: &str) -> Option<(Lang, f32)> {
    let d = detectors();
    let s = sample(text, SAMPLE_BYTES);
    let all = d.all.detect(s)?;
    if s.len() < SHORT_TEXT_BYTES && !all.is_reliable() {
        if let Some(l) = function_word_guess(s) {
            return Some((l, 0.5));
        }
    }
    let mapped = map(all.lang());
    if mapped != Lang::Other {
        return Some((mapped, all.confidence() as f32));
    }
    // A language outside our five. Close relatives (pt/es, uk/ru, nl/de) are confused on
    // short texts, so only a reliable verdict of a script or language we lack wins.
    let ours = d.ours.detect(s);
    match ours {
        // A single sentence rarely gives any detector a reliable verdict; there an unreliable
        // guess outside our languages is weaker evidence than the best of ours.
        Some(o) if !all.is_reliable() && (o.confidence() > 0.3 || s.len() < SHORT_TEXT_BYTES) => {
            Some((map(o.lang()), (o.confidence() * 0.5) as f32))
        }
        _ => Some((Lang::Other, all.confidence() as f32)),
    }
}

/// Identifies the document language from its paragraphs and flags mixed documents.
pub fn identify(text: &str, paragraphs: &[&str]) -> (LangGuess, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let Some((lang, confidence)) = identify_text(text) else {
        diags.push(Diagnostic::warning("lang", "no-language", "no letters to identify a language from"));
        return (LangGuess { lang: Lang::Other, confidence: 0.0, mixed: false }, diags);
    };
    // Mixed: long paragraphs reliably in another of our languages (or, for a document in
    // none of ours, in one of ours).
    let mut judged = 0usize;
    let mut foreign = 0usize;
    let mut foreign_lang = None;
    let d = detectors();
    let long: Vec<&str> = paragraphs.iter().copied().filter(|p| p.len() >= 120).collect();
    let step = long.len().div_ceil(MAX_JUDGED_PARAS).max(1);
    for p in long.iter().step_by(step) {
        judged += p.len();
        // For a document in none of our languages, the five-language detector would call
        // every paragraph foreign; the full detector judges those.
        let detector = if lang == Lang::Other { &d.all } else { &d.ours };
        if let Some(info) = detector.detect(sample(p, PARA_SAMPLE_BYTES)) {
            let l = map(info.lang());
            if l != lang && l != Lang::Other && info.is_reliable() {
                foreign += p.len();
                foreign_lang = Some(info.lang());
            }
        }
    }
    let mixed = judged > 0 && foreign * 5 >= judged;
    if mixed {
        let other = foreign_lang.map_or("?", |l| l.code());
        diags.push(Diagnostic::info(
            "lang",
            "mixed-language",
            format!("{}% of the text is in another language ({other})", foreign * 100 / judged.max(1)),
        ));
    }
    (LangGuess { lang, confidence, mixed }, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Lang) {
        let got = identify_text(text).map(|g| g.0);
        assert_eq!(got, Some(expected), "{text}");
    }

    #[test]
    fn identifies_languages() {
        let cases = [
            ("The government announced on Monday that it would raise taxes on fuel to pay for new schools and hospitals across the country.", Lang::En),
            ("Die Regierung kündigte am Montag an, die Steuern auf Kraftstoff zu erhöhen, um neue Schulen und Krankenhäuser im ganzen Land zu bezahlen.", Lang::De),
            ("Le gouvernement a annoncé lundi qu'il augmenterait les taxes sur le carburant pour financer de nouvelles écoles et des hôpitaux.", Lang::Fr),
            ("El gobierno anunció el lunes que subirá los impuestos sobre el combustible para pagar nuevas escuelas y hospitales en todo el país.", Lang::Es),
            ("Правительство объявило в понедельник, что повысит налоги на топливо, чтобы оплатить строительство новых школ и больниц по всей стране.", Lang::Ru),
            ("Rząd ogłosił w poniedziałek, że podniesie podatki na paliwo, aby sfinansować budowę nowych szkół i szpitali w całym kraju.", Lang::Other),
            ("政府は月曜日、全国の新しい学校や病院の費用を賄うため燃料税を引き上げると発表した。", Lang::Other),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
        assert_eq!(identify_text("12345 !!! ---"), None);
    }

    /// Regression: one short English sentence was identified as no language of ours, so
    /// `echo "Russia attacked Ukraine on Monday." | augur code -` coded nothing.
    #[test]
    fn short_sentences_fall_back_to_our_languages() {
        check("Russia attacked Ukraine on Monday.", Lang::En);
        check("Finland will give Tanzania a grant.", Lang::En);
        check("Russland griff die Ukraine an.", Lang::De);
        check("La France condamne l'attaque.", Lang::Fr);
        check("Alemania anunció que enviará más ayuda a Ucrania.", Lang::Es);
    }

    #[test]
    fn flags_mixed_documents() {
        let en = "The committee met for three hours on Tuesday evening and agreed to publish its final report about the harbour reconstruction next month.";
        let de = "Der Ausschuss tagte am Dienstagabend drei Stunden lang und einigte sich darauf, seinen Abschlussbericht über den Wiederaufbau des Hafens im nächsten Monat zu veröffentlichen.";
        let text = format!("{en}\n\n{de}\n\n{en}");
        let (g, diags) = identify(&text, &[en, de, en]);
        assert!(g.mixed);
        assert_eq!(diags[0].code, "mixed-language");
        let text = format!("{en}\n\n{en}");
        let (g, _) = identify(&text, &[en, en]);
        assert!(!g.mixed);
        assert_eq!(g.lang, Lang::En);
    }
}
