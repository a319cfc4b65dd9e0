//! Multiword tokens: a surface token that stands for several syntactic words ("zum" = zu dem,
//! "du" = de le, "dámelo" = da me lo, "don't" = do n't), following the UD treebanks.

use crate::chars::{has_acute, starts_upper, strip_acute, transfer_case};
use augur_core::Token;

use crate::pack::LangPack;

/// What an expansion rule sees of a token and its neighbours in the sentence.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The token.
    pub form: &'a str,
    /// The previous and next tokens of the sentence, if any.
    pub prev: Option<&'a str>,
    pub next: Option<&'a str>,
    /// No word precedes the token in its sentence (punctuation may).
    pub sentence_initial: bool,
    /// The tokens before this one in the sentence, with the decisions already taken
    /// (`Token::words` spans two or more words for a multiword token).
    pub earlier: &'a [Token],
}

/// The syntactic words of a token when it is a multiword token, else `None`.
pub fn expand(pack: &LangPack, ctx: &Ctx<'_>) -> Option<Vec<String>> {
    let idx = pack.index();
    if ctx.form.len() <= idx.max_contraction_len {
        let lower = ctx.form.to_lowercase();
        if let Some(words) = idx.contractions.get(lower.as_str()) {
            let upper_all = ctx.form.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            if pack.contractions_in_names_stay
                && !ctx.sentence_initial
                && starts_upper(ctx.form)
                && !upper_all
                && ctx.next.is_some_and(starts_upper)
            {
                return None;
            }
            return Some(apply(ctx.form, &lower, words));
        }
    }
    pack.mwt_rule.and_then(|rule| rule(ctx))
}

/// Words of a table entry: slices of the token when they spell it ("cannot" = can not), else
/// the entry's words with the token's capitalisation ("Zum" = Zu dem).
fn apply(form: &str, lower: &str, words: &[&str]) -> Vec<String> {
    let concat_len: usize = words.iter().map(|w| w.len()).sum();
    if concat_len == lower.len() && words.iter().zip(split_like(lower, words)).all(|(w, s)| *w == s) {
        return split_like(form, words).into_iter().map(str::to_string).collect();
    }
    words.iter().enumerate().map(|(k, w)| transfer_case(form, w, k == 0)).collect()
}

/// Cuts `s` into pieces with the char counts of `words`.
fn split_like<'s>(s: &'s str, words: &[&str]) -> Vec<&'s str> {
    let mut out = Vec::with_capacity(words.len());
    let mut rest = s;
    for (k, w) in words.iter().enumerate() {
        if k + 1 == words.len() {
            out.push(rest);
            break;
        }
        let n = w.chars().count();
        let cut = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

/// Words after which "its" stands for "it is" (a possessive is followed by a noun phrase).
const EN_ITS_IS_IT_IS: &[&str] = &[
    "a", "an", "the", "not", "all", "so", "been", "going", "gonna", "just", "really", "very", "ok", "okay", "about",
    "like", "too", "still", "always", "never", "only", "getting", "now", "true", "in", "on", "at", "because", "what",
    "probably", "actually", "pretty", "no", "my", "your", "his", "her", "their", "our", "this", "that",
];

/// English: "don't" = do n't, "can't" = ca n't, "it's" = it 's, "Bush's" = Bush 's (EWT).
pub fn english_clitics(ctx: &Ctx<'_>) -> Option<Vec<String>> {
    let f = ctx.form;
    if f.eq_ignore_ascii_case("its")
        && ctx.next.is_some_and(|n| EN_ITS_IS_IT_IS.iter().any(|w| w.eq_ignore_ascii_case(n)))
    {
        // "its a shame": "it's" written without its apostrophe (EWT: it s).
        return Some(vec![f[..2].to_string(), f[2..].to_string()]);
    }
    if !f.contains(['\'', '’']) {
        return None;
    }
    let l = &f.to_lowercase();
    for suf in ["n't", "n’t"] {
        if l.ends_with(suf) && l.len() > suf.len() + 1 {
            let k = f.len() - suf.len();
            if f.is_char_boundary(k) && f[..k].chars().all(char::is_alphabetic) {
                return Some(vec![f[..k].to_string(), f[k..].to_string()]);
            }
        }
    }
    let a = f.rfind(['\'', '’'])?;
    let apos_len = if f[a..].starts_with('’') { '’'.len_utf8() } else { 1 };
    let suffix = l.get(a + apos_len..)?;
    let stem = &f[..a];
    if !matches!(suffix, "s" | "m" | "re" | "ve" | "ll" | "d") || stem.is_empty() {
        return None;
    }
    if !stem.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-' || c == '\'' || c == '’') {
        return None;
    }
    Some(vec![stem.to_string(), f[a..].to_string()])
}

/// After these words "des" is the plural indefinite article, elsewhere it is de + les
/// ("le président des États-Unis"). Measured on French GSD dev and Sequoia train, where
/// about two thirds of all "des" are the contraction and nouns precede most of them.
const FR_ARTICLE_DES_AFTER: &[&str] = &[
    "à",
    "a",
    "par",
    "sur",
    "dans",
    "pour",
    "chez",
    "avec",
    "sans",
    "entre",
    "contre",
    "vers",
    "comme",
    "selon",
    "parmi",
    "envers",
    "que",
    "qu'",
    "qu’",
    "ou",
    "mais",
    "également",
    "aussi",
    "notamment",
    "souvent",
    "encore",
    "déjà",
    "toujours",
    "surtout",
    "même",
    "alors",
    "est",
    "sont",
    "était",
    "étaient",
    "sera",
    "seront",
    "serait",
    "ont",
    "avait",
    "avaient",
    "aura",
    "auront",
    "aurait",
    "avoir",
    "être",
    "y",
    "sous",
    "devant",
    "derrière",
    "fait",
    "font",
    "faire",
    "voir",
    "trouver",
    "trouve",
    "utiliser",
    "obtenir",
    "propose",
    "proposent",
    "offre",
    "offrent",
    "présente",
    "présentant",
    "compte",
    "comprend",
    "accueille",
    "possède",
    "contient",
    "donne",
    "donner",
    "prendre",
    "prend",
    "créer",
    "conduire",
    "mettre",
    "subi",
    "reçu",
    "organise",
    "organiser",
    "comme",
    "plus",
    "moins",
    "très",
    "ainsi",
    "dont",
    "où",
    "quand",
    "si",
    "car",
    "puis",
    "depuis",
    "pendant",
    "durant",
    "lors",
    "avant",
    "après",
    "c'est",
    "il",
    "elle",
    "on",
    "ils",
    "elles",
    "nous",
    "vous",
    "je",
    "tu",
    "ce",
    "cela",
    "ça",
    "y'a",
    "voici",
    "voilà",
    "mais",
    "ni",
    "soit",
];

/// French: "des" is de + les unless it is the indefinite article (see the list above).
pub fn french_des(ctx: &Ctx<'_>) -> Option<Vec<String>> {
    if !ctx.form.eq_ignore_ascii_case("des") {
        return None;
    }
    let prev = ctx.prev?;
    if !prev.chars().any(char::is_alphanumeric) && prev != "%" {
        return None;
    }
    let p = prev.to_lowercase();
    if matches!(p.as_str(), "et" | "ou") {
        // "des pommes et des poires", "le prix des pommes et des poires": a coordinated
        // "des" repeats the decision taken for the first one.
        let first = ctx.earlier.iter().rev().take(10).skip(1).find(|t| t.form.eq_ignore_ascii_case("des"));
        if let Some(first) = first {
            return (first.words.1 > first.words.0).then(|| apply(ctx.form, "des", &["de", "les"]));
        }
    }
    if FR_ARTICLE_DES_AFTER.contains(&p.as_str()) || looks_like_french_verb(&p) {
        return None;
    }
    Some(apply(ctx.form, "des", &["de", "les"]))
}

/// Reflexive / indirect clitics (first in a pair) and all clitics.
const ES_CLITIC_FIRST: &[&str] = &["me", "te", "se", "nos", "os"];
/// "os" alone is left out: after "-er" it is far more often a plural ("primeros").
const ES_CLITICS: &[&str] = &["nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le"];
/// Infinitives too short for the length rule.
const ES_SHORT_INFINITIVES: &[&str] = &["dar", "ver", "ir", "ser", "oir", "reir", "freir"];

/// Spanish: verb + enclitic pronouns, as AnCora and GSD split them: "decirle" = decir le,
/// "encontrándose" = encontrando se, "dámelo" = da me lo. Infinitives and gerunds take one or
/// two clitics; other forms (imperatives) only two, and only with the written accent that
/// cliticisation adds, because "parte" or "Ángeles" must stay whole.
pub fn spanish_clitics(ctx: &Ctx<'_>) -> Option<Vec<String>> {
    let f = ctx.form;
    let tail = f.as_bytes().last().map(u8::to_ascii_lowercase);
    if f.len() < 5 || !matches!(tail, Some(b'e' | b'o' | b'a' | b's')) {
        return None;
    }
    let l = &f.to_lowercase();
    if l.len() < 5 || l.len() > 40 || !l.chars().all(char::is_alphabetic) || l.len() != f.len() {
        return None;
    }
    if !ctx.sentence_initial && starts_upper(f) {
        return None;
    }
    let last = ES_CLITICS.iter().find(|c| l.ends_with(*c))?;
    let cut2 = l.len() - last.len();
    let before = &l[..cut2];
    // Two clitics first: "dárselo" = dar se lo.
    if let Some(first) = ES_CLITIC_FIRST.iter().find(|c| before.ends_with(*c)) {
        let cut1 = cut2 - first.len();
        if let Some(verb) = spanish_verb(&f[..cut1], 2) {
            return Some(vec![verb, f[cut1..cut2].to_string(), f[cut2..].to_string()]);
        }
    }
    let verb = spanish_verb(&f[..cut2], 1)?;
    Some(vec![verb, f[cut2..].to_string()])
}

/// The verb form before enclitics, without the accent that cliticisation added, if `stem`
/// looks like an infinitive, a gerund, or (with two clitics) an accented imperative.
fn spanish_verb(stem: &str, clitics: usize) -> Option<String> {
    let plain: String = stem.chars().map(strip_acute).collect();
    let lower = plain.to_lowercase();
    let n = lower.chars().count();
    let accented = has_acute(stem);
    // No infinitive ends in "-uer" or "-ier": "muerte", "fuerte", "convierte" are not verb + te.
    let infinitive = ["ar", "er", "ir"].iter().any(|e| lower.ends_with(e))
        && !lower.ends_with("uer")
        && !lower.ends_with("ier")
        && (ES_SHORT_INFINITIVES.contains(&lower.as_str())
            || (n >= 4 && lower[..lower.len() - 2].chars().any(|c| "aeiou".contains(c))));
    let gerund = n >= 5 && ["ando", "iendo", "yendo"].iter().any(|e| lower.ends_with(e));
    // Imperatives end in a vowel or "n" ("dá-melo", "díga-selo", "tráigan-noslo").
    let imperative = clitics == 2 && accented && n >= 2 && lower.ends_with(['a', 'e', 'i', 'o', 'u', 'n']);
    if infinitive && (clitics == 2 || !accented || lower == "oir" || lower == "reir") {
        // "oír"/"reír" keep their own accent.
        return Some(if lower == "oir" || lower == "reir" { stem.to_string() } else { plain });
    }
    if gerund || imperative {
        return Some(plain);
    }
    None
}

/// Verb forms by their endings (infinitives, participles, imperfect), skipping the noun
/// endings that share them ("-ier", "-té", "-ment"). Verbs take "des" as an article four times
/// out of five in the French treebanks.
fn looks_like_french_verb(w: &str) -> bool {
    let n = w.chars().count();
    if n < 4 {
        return false;
    }
    let noun_like = ["ier", "té", "tés", "ée", "ées", "ment", "ants", "oir", "sir", "nir"];
    if noun_like.iter().any(|s| w.ends_with(s)) {
        return false;
    }
    let verb_like = ["er", "ir", "ant", "é", "és", "ait", "aient", "èrent", "ons", "ez", "aît"];
    verb_like.iter().any(|s| w.ends_with(s))
}
