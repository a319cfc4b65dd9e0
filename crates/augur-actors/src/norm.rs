//! Normalisation shared by the index and the look-ups: case folding, folding of Latin
//! diacritics, a light Russian stemmer, and a tokenizer that keeps byte spans.
//!
//! Keys are language-independent (Cyrillic is stemmed, Latin is folded), so a name written
//! in one language's data still matches in another language's text.

use unicode_normalization::UnicodeNormalization;

/// A token of a mention or sentence: its normalised key and byte span in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    pub key: String,
    pub start: usize,
    pub end: usize,
    /// The surface form starts with an upper-case letter.
    pub cap: bool,
    /// Split-off separator class that follows this token (for coordination and punctuation).
    pub after: Sep,
    /// A function word in some language (article, "of"); never for all-caps ("UN").
    pub func: bool,
    /// Every letter is upper case ("UN", "U.N.", "ООН").
    pub upper: bool,
    /// A hyphen joins it to the next word ("américano-sud-coréen", "Sino-Russian").
    pub hyph: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    None,
    /// `,` `;` `(` … — ends a noun phrase.
    Hard,
}

/// Articles and the genitive "of" words per language. The index leaves them out of a
/// form's key in the form's own language ("the White House" = "White House"); look-ups may
/// skip them inside a match ("Sprecher des Ministeriums" reaches "Sprecher Ministerium").
const FUNC_DE: &[&str] =
    &["der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer", "eines", "von", "vom"];
const FUNC_EN: &[&str] = &["the", "of", "a", "an"];
const FUNC_FR: &[&str] = &["le", "la", "les", "l", "d", "de", "du", "des", "un", "une"];
const FUNC_ES: &[&str] = &["el", "la", "los", "las", "lo", "del", "de", "un", "una"];

/// Whether `key` is a function word in `lang`.
pub(crate) fn is_func_in(key: &str, lang: augur_core::Lang) -> bool {
    use augur_core::Lang;
    match lang {
        Lang::De => FUNC_DE.contains(&key),
        Lang::En | Lang::Other => FUNC_EN.contains(&key),
        Lang::Fr => FUNC_FR.contains(&key),
        Lang::Es => FUNC_ES.contains(&key),
        Lang::Ru => false,
    }
}

/// Whether `key` is a function word in any language (skippable in look-ups).
pub(crate) fn is_func(key: &str) -> bool {
    FUNC_DE.contains(&key) || FUNC_EN.contains(&key) || FUNC_FR.contains(&key) || FUNC_ES.contains(&key)
}

/// Conjunctions that coordinate two actors.
pub(crate) const CONJ: &[&str] = &["und", "and", "et", "y", "e", "и", "sowie", "or", "oder", "ou", "o", "или", "&"];

/// Prepositions that make the following words a place rather than the owner.
const LOC_PREP: &[&str] = &["in", "im", "at", "au", "aux", "en", "в", "во", "на", "near", "bei"];

/// Prepositions that mark the owner or origin of a noun ("spokesman of the ministry",
/// "Soldaten aus Russland"): the phrase they introduce belongs to the noun's mention.
const OWNER_PREP: &[&str] = &["of", "from", "von", "vom", "aus", "de", "du", "des", "d", "del", "di", "из"];

/// Whether a key is a genitive or origin preposition (see [`OWNER_PREP`]) or the English
/// possessive marker ("Haiti 's government").
pub(crate) fn is_owner_prep(key: &str) -> bool {
    OWNER_PREP.contains(&key) || key.trim_start_matches(['\'', '’']).trim_end_matches('s').is_empty()
}

/// Honorifics and forms of address that may stand before a surname alone (folded keys).
const HONORIFIC: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "herr",
    "frau",
    "monsieur",
    "madame",
    "mme",
    "m",
    "mlle",
    "senor",
    "senora",
    "sr",
    "sra",
    "don",
    "dona",
    "general",
    "gen",
    "sheikh",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "president",
    "premier",
    "chancellor",
    "minister",
    "senator",
    "governor",
    "mayor",
    "judge",
];

/// Whether a key is an honorific or title word that may precede a bare surname.
pub(crate) fn is_honorific(key: &str) -> bool {
    HONORIFIC.contains(&key) || matches!(key, "господин" | "госпожа" | "господ" | "госпож")
}

/// Whether a key is a preposition of place in `lang` (French/Spanish "à"/"a" too; English
/// "a" is an article).
pub(crate) fn is_loc_prep(key: &str, lang: augur_core::Lang) -> bool {
    LOC_PREP.contains(&key) || (key == "a" && matches!(lang, augur_core::Lang::Fr | augur_core::Lang::Es))
}

/// Whether every letter of `raw` is upper case and there are at least two ("UN", "U.N.",
/// "ООН"; not "Un", "A").
pub(crate) fn is_upper_word(raw: &str) -> bool {
    let mut letters = 0;
    for c in raw.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether a surface form is an acronym: one word, all capitals ("UN", "U.N.", "AU", "ONU").
pub(crate) fn is_acronym(form: &str) -> bool {
    let form = form.trim();
    !form.contains(char::is_whitespace) && !form.contains('-') && is_upper_word(form)
}

/// Folds one word: lower case, Latin diacritics removed (ä→a, é→e, ß→ss), ё→е.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            // Dots only occur inside abbreviations ("U.S." → "us").
            if c != '.' {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        match c {
            'А'..='Я' => out.push(char::from_u32(c as u32 + 32).unwrap_or(c)),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            'ё' | 'Ё' => out.push('е'),
            // Latin letters with diacritics: decompose and keep the base letter. Cyrillic
            // (й, ё handled above) is left alone because й ≠ и.
            c if ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c) => {
                for d in c.nfd() {
                    if d.is_ascii() {
                        out.push(d.to_ascii_lowercase());
                    }
                }
            }
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Russian noun/adjective endings, longest first.
/// Names in -ия keep their и (Нигерия ≠ Нигер).
const RU_ENDINGS: &[&str] = &[
    "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ых",
    "их", "ым", "им", "ом", "ем", "ей", "ам", "ям", "ах", "ях", "ые", "ие", "а", "я", "о", "е", "ы", "и", "у", "ю",
    "ь", "й",
];

/// A light Russian stemmer for names and the few nouns and adjectives the base lists:
/// strips one case ending, then one more vowel, keeping at least three letters
/// (Путина → путин, России → росси, Россией → росси, российского → российск).
pub(crate) fn ru_stem(word: &str) -> String {
    let mut s = word;
    for e in RU_ENDINGS {
        if let Some(rest) = s.strip_suffix(e) {
            if rest.chars().count() >= 3 {
                s = rest;
                break;
            }
        }
    }
    let mut out: String = s.to_string();
    // One more vowel goes (Сергея → серге → серг), but not the и of -ия names.
    if out.chars().count() > 3
        && matches!(out.chars().last(), Some('а' | 'е' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'й' | 'ь'))
    {
        out.pop();
    }
    out
}

/// The key of one word: folded, and stemmed when Cyrillic.
pub(crate) fn key(word: &str) -> String {
    let f = fold(word);
    if f.chars().any(is_cyrillic) {
        ru_key(&f)
    } else {
        f
    }
}

fn ru_key(f: &str) -> String {
    // Surnames in -ов/-ев/-ин: the stemmer must give the same key to Лавров, Лаврова,
    // Лавровым; removing "ов" from Лавров would give лавр but Лаврова → лавров. Keep
    // "ов"/"ев" when they are the very end of the word.
    if f.ends_with("ов") || f.ends_with("ев") || f.ends_with("ёв") {
        return f.to_string();
    }
    ru_stem(f)
}

/// Splits text into word tokens with byte spans. Letters and digits form tokens; "U.S."
/// and "U.N." become one token; an English possessive "'s" is swallowed; hyphens and
/// apostrophes separate ("UN-Sicherheitsrat", "l'Élysée").
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let mut it = text.char_indices();
    let flush = |start: &mut Option<usize>, end: usize, out: &mut Vec<Tok>| {
        if let Some(st) = start.take() {
            let raw = &text[st..end];
            let k = key(raw);
            // "UN" is a name, French "un" an article.
            let func = is_func(&k) && !(raw.chars().count() >= 2 && raw.chars().all(char::is_uppercase));
            let cap = raw.chars().next().is_some_and(char::is_uppercase);
            let upper = is_upper_word(raw);
            out.push(Tok { key: k, start: st, end, cap, after: Sep::None, func, upper, hyph: false });
        }
    };
    while let Some((b, c)) = it.next() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(b);
            }
            continue;
        }
        let mut look = it.clone();
        let next = look.next().map(|(_, c)| c);
        let next2 = look.next().map(|(_, c)| c);
        // Abbreviations with dots ("U.S.", "EE.UU."): up to three capitals, a dot, a capital.
        if c == '.' {
            if let Some(st) = start {
                let raw = &text[st..b];
                let run = raw.rsplit('.').next().unwrap_or(raw);
                let short_caps = run.chars().count() <= 3 && run.chars().all(char::is_uppercase);
                if short_caps && next.is_some_and(char::is_uppercase) && !matches!(next2, Some(c) if c.is_lowercase()) {
                    continue;
                }
            }
        }
        if matches!(c, '\'' | '’') && matches!(next, Some('s' | 'S')) && !matches!(next2, Some(c) if is_word_char(c))
        {
            flush(&mut start, b, &mut out);
            it.next();
            continue;
        }
        let had_word = start.is_some();
        flush(&mut start, b, &mut out);
        if had_word && matches!(c, '-' | '‐' | '‑') && next.is_some_and(is_word_char) {
            if let Some(t) = out.last_mut() {
                t.hyph = true;
            }
        }
        // Parentheses stay soft: "Cocos (Keeling) Islands".
        if matches!(c, ',' | ';' | ':' | '[' | ']' | '"' | '«' | '»' | '„' | '“' | '”' | '/' | '!' | '?') {
            if let Some(t) = out.last_mut() {
                t.after = Sep::Hard;
            }
        }
    }
    flush(&mut start, text.len(), &mut out);
    out
}

/// Letters and digits, with fast paths for ASCII, Latin and Cyrillic.
#[inline]
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x400..=0x4FF => true,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_stemming() {
        let cases = [
            ("Pjöngjang", "pjongjang"),
            ("Außenminister", "aussenminister"),
            ("Élysée", "elysee"),
            ("Путина", "путин"),
            ("Путиным", "путин"),
            ("России", "росси"),
            ("Россию", "росси"),
            ("Россией", "росси"),
            ("Россия", "росси"),
            ("Нигерия", "нигери"),
            ("Нигер", "нигер"),
            ("российского", "российск"),
            ("Лавров", "лавров"),
            ("Сергея", "серг"),
            ("Сергей", "серг"),
            ("США", "сша"),
            ("Кремлём", "кремл"),
            ("Кремль", "кремл"),
        ];
        for (i, e) in cases {
            assert_eq!(key(i), e, "{i}");
        }
    }

    #[test]
    fn tokens() {
        let t = tokenize("the U.S. State Department's spokesman, l'Élysée und UN-Sicherheitsrat");
        let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            ["the", "us", "state", "department", "spokesman", "l", "elysee", "und", "un", "sicherheitsrat"]
        );
        assert_eq!(t[4].after, Sep::Hard);
        assert!(t[0].func && t[5].func && !t[8].func);
        let s = "Der Präsident";
        let t = tokenize(s);
        assert_eq!(&s[t[1].start..t[1].end], "Präsident");
    }
}
