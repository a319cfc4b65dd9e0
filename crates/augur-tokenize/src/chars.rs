//! Character classes, kept small and table-free on purpose (no Unicode data dependency).

/// Whitespace, control and invisible format characters: they separate tokens and are never
/// part of one.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Letters and digits in any script; superscript and subscript digits are symbols of their
/// own ("km²").
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric() && !matches!(c, '²' | '³' | '¹' | '\u{2070}'..='\u{209F}')
}

/// Characters that extend the preceding one: combining marks, variation selectors, emoji
/// modifiers and tags, joiners, the soft hyphen.
pub(crate) fn is_extend(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}'
        | '\u{0E34}'..='\u{0E3A}'
        | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'
        | '\u{200D}'
        | '\u{00AD}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

pub(crate) fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Sentence-final punctuation tokens.
pub(crate) fn is_terminal(form: &str) -> bool {
    let mut chars = form.chars();
    match chars.next() {
        Some('.') => form.bytes().all(|b| b == b'.'),
        Some('!' | '?') => form.chars().all(|c| matches!(c, '!' | '?')),
        Some('…' | '。' | '！' | '？' | '؟' | '।' | '‼' | '⁇' | '⁈' | '⁉') => chars.next().is_none(),
        _ => false,
    }
}

/// Tokens that close a quotation or a bracket and may follow sentence-final punctuation.
pub(crate) fn is_closer(form: &str) -> bool {
    if matches!(form, "''" | "’’") {
        return true;
    }
    let mut chars = form.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '»' | '«' | '”' | '“' | '’' | '‘' | '›' | '‹' | '」' | '』')
}

/// Double quotation marks, straight or typographic, opening or closing. (Single quotes
/// double as apostrophes, so counting them says little.)
pub(crate) fn is_quote(form: &str) -> bool {
    matches!(form, "\"" | "«" | "»" | "„" | "“" | "”" | "''" | "``")
}

/// Characters that form runs as one token ("...", "?!", "--").
pub(crate) fn run_class(c: char) -> Option<u8> {
    match c {
        '.' => Some(0),
        '!' | '?' => Some(1),
        '-' => Some(2),
        _ => None,
    }
}

/// Removes the acute accent from Spanish vowels (for verb stems with enclitics).
pub(crate) fn strip_acute(c: char) -> char {
    match c {
        'á' => 'a',
        'é' => 'e',
        'í' => 'i',
        'ó' => 'o',
        'ú' => 'u',
        'Á' => 'A',
        'É' => 'E',
        'Í' => 'I',
        'Ó' => 'O',
        'Ú' => 'U',
        other => other,
    }
}

pub(crate) fn has_acute(s: &str) -> bool {
    s.chars().any(|c| strip_acute(c) != c)
}

pub(crate) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

pub(crate) fn starts_upper(s: &str) -> bool {
    first_char(s).is_some_and(char::is_uppercase)
}

pub(crate) fn starts_lower(s: &str) -> bool {
    first_char(s).is_some_and(char::is_lowercase)
}

/// Copies the capitalisation of `model` onto `word`: all capitals, or a capital first letter.
pub(crate) fn transfer_case(model: &str, word: &str, first: bool) -> String {
    let letters = model.chars().filter(|c| c.is_alphabetic()).count();
    let all_upper = letters > 1 && model.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if all_upper {
        word.to_uppercase()
    } else if first && starts_upper(model) {
        let mut chars = word.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    } else {
        word.to_string()
    }
}
