//! Language packs: everything language-specific the tokeniser knows, as data.
//!
//! Adding a language means adding one [`LangPack`] to [`PACKS`]; the scanner, the sentence
//! splitter and the multiword-token expander only read packs. Languages without a pack use
//! [`FALLBACK`].

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use augur_core::Lang;

use crate::mwt;

/// How a hyphen between two letters or digits is tokenised (UD treebanks differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hyphens {
    /// "Saint-Pétersbourg", "северо-западная" stay one token (French, Russian).
    Keep,
    /// "EU-Staaten" → "EU" "-" "Staaten" (German GSD/PUD, Spanish GSD/PUD).
    Split,
    /// Split, except after these lower-case prefixes: "e-mail", "re-elect" stay whole (EWT).
    SplitExceptPrefixes(&'static [&'static str]),
}

/// How a hyphen between two numbers is tokenised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberHyphens {
    /// "1904-1905" stays one token.
    Join,
    /// "1904 - 1905".
    Split,
    /// Ranges split, phone numbers ("303-832-8160", "3-5213") stay whole (EWT).
    Phone,
}

/// Number conventions beyond the common ones ("3,5", "15.08.2023", "10:30" are always one token).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub hyphens: NumberHyphens,
    /// "25 785" (thousands separated by a space, no-break space or narrow no-break space).
    pub space_thousands: bool,
    /// "14h30" → "14" "h" "30", "160km" → "160" "km" (ordinal suffixes like "2e" stay).
    pub split_units: bool,
    /// "-0,8" with its sign is one token.
    pub signed: bool,
}

/// Whether a word with an attached full stop is an abbreviation, and whether it may end a
/// sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Titles ("Dr.", "Mme.", "Sr."): never the last word of a sentence.
    Title,
    /// Ends a sentence only when the next word is a typical sentence opener or a line breaks.
    Regular,
    /// Often sentence-final ("etc.", "usw.", "и т. д."): ends a sentence before a capital.
    Final,
    /// An abbreviation only before a number ("No. 5", "Nr. 3", "art. 12").
    BeforeNumber,
}

/// Language-specific rule for multiword tokens that a table cannot express.
pub type MwtRule = fn(&mwt::Ctx<'_>) -> Option<Vec<String>>;

/// Everything the tokeniser knows about one language.
pub struct LangPack {
    pub lang: Lang,
    pub hyphens: Hyphens,
    pub titles: &'static [&'static str],
    pub abbreviations: &'static [&'static str],
    pub final_abbreviations: &'static [&'static str],
    pub number_abbreviations: &'static [&'static str],
    /// Capitalised words that typically open a sentence; an ambiguous abbreviation followed
    /// by one of them ends the sentence.
    pub sentence_starters: &'static [&'static str],
    /// Lower-case elided forms without the apostrophe ("l", "qu"): "l'homme" → "l'" "homme".
    pub elisions: &'static [&'static str],
    /// Lower-case enclitics split off after a hyphen ("-t-il", "-vous"): "dit-il" → "dit" "-il".
    pub hyphen_enclitics: &'static [&'static str],
    /// Lower-case tokens that must stay whole although the rules would split them.
    pub fixed_tokens: &'static [&'static str],
    pub numbers: NumberStyle,
    /// Whether runs such as "!!!" or "?!" are one token (EWT) or one token per mark (German GSD).
    pub punct_runs: bool,
    /// Whether ";" before a capital ends a sentence (French and Spanish GSD split there).
    pub semicolon_ends: bool,
    /// Abbreviations that end a sentence after a number and before a capital ("1905 гг. В").
    pub year_abbreviations: &'static [&'static str],
    /// Whether "15." before a noun is an ordinal token (German).
    pub ordinal_dot: bool,
    /// Lower-case month names (ordinal context).
    pub months: &'static [&'static str],
    /// The closed class of contractions: lower-case token → its syntactic words.
    pub contractions: &'static [(&'static str, &'static [&'static str])],
    /// Whether a capitalised contraction inside a sentence, before a capitalised word, is part
    /// of a name and stays one word ("Al Qaeda", "Del Bosque" in Spanish; German capitalises
    /// nouns and French GSD splits "Au Bonheur du Jour", so only Spanish sets this).
    pub contractions_in_names_stay: bool,
    /// Productive multiword tokens (English clitics, Spanish verb + clitics, French "des").
    pub mwt_rule: Option<MwtRule>,
    pub(crate) index: OnceLock<PackIndex>,
}

/// Hash lookups built on first use from a pack's lists.
pub(crate) struct PackIndex {
    pub abbrevs: HashMap<&'static str, AbbrevClass>,
    pub starters: HashSet<&'static str>,
    pub elisions: HashSet<&'static str>,
    pub months: HashSet<&'static str>,
    pub contractions: HashMap<&'static str, &'static [&'static str]>,
    pub max_contraction_len: usize,
}

impl LangPack {
    pub(crate) fn index(&self) -> &PackIndex {
        self.index.get_or_init(|| {
            let mut abbrevs = HashMap::new();
            // Later lists win: a word listed twice gets the more specific class.
            for (list, class) in [
                (self.abbreviations, AbbrevClass::Regular),
                (self.final_abbreviations, AbbrevClass::Final),
                (self.titles, AbbrevClass::Title),
                (self.number_abbreviations, AbbrevClass::BeforeNumber),
            ] {
                for a in list {
                    abbrevs.insert(*a, class);
                }
            }
            PackIndex {
                abbrevs,
                starters: self.sentence_starters.iter().copied().collect(),
                elisions: self.elisions.iter().copied().collect(),
                months: self.months.iter().copied().collect(),
                contractions: self.contractions.iter().copied().collect(),
                max_contraction_len: self.contractions.iter().map(|(f, _)| f.len()).max().unwrap_or(0),
            }
        })
    }

    /// The class of an abbreviation written with its full stop ("Dr.", "z.", "etc."), also
    /// when it is capitalised at the start of a sentence ("Vgl." for "vgl.").
    pub fn abbreviation(&self, with_dot: &str) -> Option<AbbrevClass> {
        let idx = self.index();
        if let Some(c) = idx.abbrevs.get(with_dot) {
            return Some(*c);
        }
        let mut chars = with_dot.chars();
        let first = chars.next()?;
        if first.is_uppercase() {
            let lowered: String = first.to_lowercase().chain(chars).collect();
            return idx.abbrevs.get(lowered.as_str()).copied();
        }
        None
    }
}

/// The packs, keyed by language. [`pack_for`] falls back to [`FALLBACK`].
pub static PACKS: [&LangPack; 5] = [&EN, &DE, &FR, &ES, &RU];

/// The pack of a language, or [`FALLBACK`] when it has none.
pub fn pack_for(lang: Lang) -> &'static LangPack {
    PACKS.iter().copied().find(|p| p.lang == lang).unwrap_or(&FALLBACK)
}

pub static EN: LangPack = LangPack {
    lang: Lang::En,
    hyphens: Hyphens::SplitExceptPrefixes(&[
        "e", "re", "co", "pre", "post", "non", "semi", "pro", "multi", "mid", "ex", "anti", "vice", "un", "sub",
        "socio", "inter", "over", "under", "counter", "bi", "tri", "neo", "quasi", "ultra", "mega", "mini", "micro",
        "macro", "pseudo", "de", "psycho", "intra", "extra", "trans", "cyber",
    ]),
    titles: &[
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Gov.", "Sen.", "Rep.", "Rev.", "Col.", "Lt.", "Capt.", "Sgt.",
        "Maj.", "Adm.", "Cmdr.", "Hon.", "Messrs.", "Mt.", "Pres.", "Supt.", "Insp.", "Cpl.", "Pvt.", "Fr.", "Gens.",
        "Reps.", "Sens.", "Amb.", "Drs.",
    ],
    abbreviations: &[
        "vs.", "v.", "St.", "Sr.", "Jr.", "Dept.", "Univ.", "Assn.", "approx.", "est.", "ca.", "cf.", "al.", "viz.",
        "Ave.", "Blvd.", "Rd.", "Ph.D.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Kan.",
        "Ky.", "Md.", "Mich.", "Minn.", "Mont.", "Neb.", "Nev.", "Okla.", "Penn.", "Tenn.", "Tex.", "Va.", "Vt.",
        "Wis.", "Wyo.", "a.m.", "p.m.", "e.g.", "i.e.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.",
        "Fri.", "Sat.", "Jan.", "Feb.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    ],
    final_abbreviations: &["etc.", "Inc.", "Ltd.", "Corp.", "Co.", "Bros.", "LLC.", "Plc."],
    number_abbreviations: &["No.", "Nos.", "no.", "nos.", "Vol.", "vol.", "Fig.", "fig.", "pp.", "p.", "Art.", "ext."],
    sentence_starters: &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "In",
        "On",
        "At",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "For",
        "So",
        "Yet",
        "However",
        "Meanwhile",
        "According",
        "Some",
        "Many",
        "Most",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Now",
        "Then",
        "Still",
        "Also",
        "Although",
        "Since",
    ],
    elisions: &[],
    hyphen_enclitics: &[],
    fixed_tokens: &[],
    numbers: NumberStyle { hyphens: NumberHyphens::Phone, space_thousands: false, split_units: false, signed: false },
    punct_runs: true,
    semicolon_ends: false,
    year_abbreviations: &[],
    ordinal_dot: false,
    months: &[],
    contractions: &[
        ("cannot", &["can", "not"]),
        ("gonna", &["gon", "na"]),
        ("wanna", &["wan", "na"]),
        ("gotta", &["got", "ta"]),
        ("dont", &["do", "nt"]),
        ("didnt", &["did", "nt"]),
        ("doesnt", &["does", "nt"]),
        ("cant", &["ca", "nt"]),
        ("wont", &["wo", "nt"]),
        ("isnt", &["is", "nt"]),
        ("wasnt", &["was", "nt"]),
        ("arent", &["are", "nt"]),
        ("couldnt", &["could", "nt"]),
        ("wouldnt", &["would", "nt"]),
        ("shouldnt", &["should", "nt"]),
        ("havent", &["have", "nt"]),
        ("thats", &["that", "s"]),
        ("ive", &["i", "ve"]),
        ("im", &["i", "m"]),
    ],
    contractions_in_names_stay: false,
    mwt_rule: Some(mwt::english_clitics),
    index: OnceLock::new(),
};

pub static DE: LangPack = LangPack {
    lang: Lang::De,
    hyphens: Hyphens::Split,
    titles: &["Dr.", "Prof.", "Hr.", "Hrn.", "Fr.", "Dipl.", "Ing.", "St.", "Pfr.", "Dres."],
    abbreviations: &[
        "bzw.",
        "ca.",
        "ggf.",
        "evtl.",
        "inkl.",
        "exkl.",
        "vgl.",
        "Mio.",
        "Mrd.",
        "Tsd.",
        "Jh.",
        "Jhd.",
        "Mill.",
        "Str.",
        "Tel.",
        "Bd.",
        "Hrsg.",
        "Kap.",
        "Abb.",
        "geb.",
        "gest.",
        "verh.",
        "zzgl.",
        "zz.",
        "zzt.",
        "bspw.",
        "sog.",
        "allg.",
        "insb.",
        "einschl.",
        "Fa.",
        "Ges.",
        "Jan.",
        "Feb.",
        "Mär.",
        "Apr.",
        "Aug.",
        "Sept.",
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
        "Mo.",
        "Di.",
        "Mi.",
        "Do.",
        "Sa.",
        "So.",
        "z.",
        "d.",
        "u.",
        "v.",
        "i.",
        "a.",
        "o.",
        "s.",
        "e.",
        "h.",
        "ä.",
        "chr.",
        "Chr.",
        "n.",
        "gegr.",
        "Min.",
        "Std.",
        "Dt.",
        "dt.",
        "lt.",
        "jun.",
        "sen.",
        "Verf.",
        "Univ.",
        "Bhf.",
        "Pkt.",
        "Prozentpkt.",
        "rd.",
        "max.",
        "min.",
        "ff.",
        "f.",
        "Ziff.",
        "Kfz.",
        "Reg.",
        "Bez.",
        "Kr.",
        "Lkr.",
        "Ortst.",
    ],
    final_abbreviations: &["usw.", "usf.", "etc.", "Co.", "Ltd.", "Inc.", "a.D.", "e.V."],
    number_abbreviations: &["Nr.", "Art.", "Abs.", "S.", "Bd.", "Nrn."],
    sentence_starters: &[
        "Der",
        "Die",
        "Das",
        "Ein",
        "Eine",
        "Er",
        "Sie",
        "Es",
        "Wir",
        "Ich",
        "In",
        "Im",
        "Am",
        "Auf",
        "Aber",
        "Doch",
        "Dies",
        "Diese",
        "Dieser",
        "Dieses",
        "Damit",
        "Dabei",
        "Dann",
        "Danach",
        "Auch",
        "So",
        "Nach",
        "Bei",
        "Mit",
        "Man",
        "Seit",
        "Wie",
        "Was",
        "Wer",
        "Wenn",
        "Als",
        "Zudem",
        "Außerdem",
        "Nun",
        "Deshalb",
    ],
    elisions: &[],
    hyphen_enclitics: &[],
    fixed_tokens: &[],
    numbers: NumberStyle { hyphens: NumberHyphens::Join, space_thousands: false, split_units: false, signed: false },
    punct_runs: false,
    semicolon_ends: false,
    year_abbreviations: &[],
    ordinal_dot: true,
    months: &[
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jan.",
        "feb.",
        "apr.",
        "aug.",
        "sept.",
        "okt.",
        "nov.",
        "dez.",
    ],
    contractions: &[
        ("zum", &["zu", "dem"]),
        ("zur", &["zu", "der"]),
        ("im", &["in", "dem"]),
        ("am", &["an", "dem"]),
        ("ins", &["in", "das"]),
        ("ans", &["an", "das"]),
        ("vom", &["von", "dem"]),
        ("beim", &["bei", "dem"]),
        ("ums", &["um", "das"]),
        ("aufs", &["auf", "das"]),
        ("fürs", &["für", "das"]),
        ("durchs", &["durch", "das"]),
        ("übers", &["über", "das"]),
        ("überm", &["über", "dem"]),
        ("unters", &["unter", "das"]),
        ("unterm", &["unter", "dem"]),
        ("vors", &["vor", "das"]),
        ("vorm", &["vor", "dem"]),
        ("hinters", &["hinter", "das"]),
        ("hinterm", &["hinter", "dem"]),
    ],
    contractions_in_names_stay: false,
    mwt_rule: None,
    index: OnceLock::new(),
};

pub static FR: LangPack = LangPack {
    lang: Lang::Fr,
    hyphens: Hyphens::Keep,
    titles: &[
        "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Dr.", "Me.", "Mgr.", "St.", "Ste.", "Pr.", "Prof.", "Mr.",
    ],
    abbreviations: &[
        "av.", "apr.", "env.", "ex.", "cf.", "éd.", "coll.", "chap.", "janv.", "févr.", "avr.", "juil.", "sept.",
        "oct.", "nov.", "déc.", "boul.", "bd.", "hab.", "dép.", "arr.", "réf.", "suiv.", "vol.", "sq.", "anc.", "gén.",
        "col.", "cap.", "cdt.", "lt.", "J.-C.", "Ier.",
    ],
    final_abbreviations: &["etc.", "Cie.", "Inc.", "Ltd.", "Co."],
    number_abbreviations: &["no.", "No.", "n.", "art.", "Art.", "p.", "pp.", "t."],
    sentence_starters: &[
        "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Je", "Ce", "Cette", "Mais", "En",
        "Dans", "Pour", "Selon", "Au", "Aux", "Des", "Du", "De", "Depuis", "Après", "Avant", "Alors", "Puis", "Ainsi",
        "Par", "Sur", "Si", "Quand", "Lors", "Cela", "Ces",
    ],
    elisions: &["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"],
    hyphen_enclitics: &[
        "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-ils", "-elle", "-elles", "-on", "-je", "-tu",
        "-nous", "-vous", "-moi", "-toi", "-lui", "-leur", "-le", "-la", "-les", "-en", "-y", "-ce",
    ],
    fixed_tokens: &[
        "c'est-à-dire",
        "c’est-à-dire",
        "rendez-vous",
        "vis-à-vis",
        "aujourd'hui",
        "aujourd’hui",
        "quelqu'un",
        "quelqu’un",
    ],
    numbers: NumberStyle { hyphens: NumberHyphens::Join, space_thousands: true, split_units: true, signed: true },
    punct_runs: true,
    semicolon_ends: true,
    year_abbreviations: &[],
    ordinal_dot: false,
    months: &[],
    contractions: &[
        ("du", &["de", "le"]),
        ("au", &["à", "le"]),
        ("aux", &["à", "les"]),
        ("auquel", &["à", "lequel"]),
        ("auxquels", &["à", "lesquels"]),
        ("auxquelles", &["à", "lesquelles"]),
        ("duquel", &["de", "lequel"]),
        ("desquels", &["de", "lesquels"]),
        ("desquelles", &["de", "lesquelles"]),
    ],
    contractions_in_names_stay: false,
    mwt_rule: Some(mwt::french_des),
    index: OnceLock::new(),
};

pub static ES: LangPack = LangPack {
    lang: Lang::Es,
    hyphens: Hyphens::Split,
    titles: &[
        "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "D.", "Dña.", "Lic.", "Ing.", "Prof.", "Mons.", "Gral.", "St.",
        "Mr.",
    ],
    abbreviations: &[
        "pág.", "págs.", "cap.", "aprox.", "ej.", "Av.", "Avda.", "Cía.", "ene.", "feb.", "abr.", "jun.", "jul.",
        "ago.", "sept.", "oct.", "nov.", "dic.", "ss.", "vs.", "Uds.", "Ud.", "Vd.", "Vds.", "EE.", "UU.", "Ltda.",
        "Excmo.", "Ilmo.", "tel.", "admón.", "dpto.", "C.", "p.", "hab.", "v.", "n.", "f.",
    ],
    final_abbreviations: &["etc.", "S.A.", "S.L.", "Inc.", "Ltd.", "Co.", "Bros."],
    number_abbreviations: &["núm.", "nº.", "art.", "Art.", "vol.", "No.", "no."],
    sentence_starters: &[
        "El", "La", "Los", "Las", "Un", "Una", "En", "Por", "Pero", "Es", "Este", "Esta", "Ese", "Esa", "Él", "Ella",
        "Ellos", "Se", "Según", "Con", "Para", "Desde", "Tras", "Sin", "Además", "También", "Así", "Al", "Del", "No",
        "Yo", "Nosotros", "Durante", "Cuando", "Si",
    ],
    elisions: &[],
    hyphen_enclitics: &[],
    fixed_tokens: &[],
    numbers: NumberStyle { hyphens: NumberHyphens::Join, space_thousands: false, split_units: false, signed: false },
    punct_runs: true,
    semicolon_ends: true,
    year_abbreviations: &[],
    ordinal_dot: false,
    months: &[],
    contractions: &[("del", &["de", "el"]), ("al", &["a", "el"])],
    contractions_in_names_stay: true,
    mwt_rule: Some(mwt::spanish_clitics),
    index: OnceLock::new(),
};

pub static RU: LangPack = LangPack {
    lang: Lang::Ru,
    hyphens: Hyphens::Keep,
    titles: &["г-н.", "проф.", "акад.", "тов.", "им.", "ул.", "пр.", "пл."],
    abbreviations: &[
        "г.",
        "гг.",
        "т.",
        "е.",
        "обл.",
        "р.",
        "руб.",
        "тыс.",
        "млн.",
        "млрд.",
        "коп.",
        "см.",
        "стр.",
        "с.",
        "в.",
        "вв.",
        "ст.",
        "чел.",
        "кв.",
        "н.",
        "э.",
        "ч.",
        "мин.",
        "сек.",
        "нач.",
        "зам.",
        "ген.",
        "янв.",
        "февр.",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
        "напр.",
        "пос.",
        "дер.",
        "ср.",
        "рис.",
        "англ.",
        "нем.",
        "франц.",
        "лат.",
        "греч.",
        "род.",
        "ок.",
        "гос.",
        "доп.",
    ],
    final_abbreviations: &["д.", "п.", "др.", "пр.", "etc."],
    number_abbreviations: &["№.", "Ст."],
    sentence_starters: &[
        "В",
        "На",
        "По",
        "Он",
        "Она",
        "Оно",
        "Они",
        "Это",
        "Но",
        "Как",
        "Я",
        "Мы",
        "Так",
        "И",
        "А",
        "При",
        "Для",
        "С",
        "Из",
        "После",
        "Однако",
        "Кроме",
        "Также",
        "Если",
        "Когда",
        "Его",
        "Её",
        "Их",
        "Там",
    ],
    elisions: &[],
    hyphen_enclitics: &[],
    fixed_tokens: &[],
    numbers: NumberStyle { hyphens: NumberHyphens::Split, space_thousands: true, split_units: false, signed: false },
    punct_runs: true,
    semicolon_ends: false,
    year_abbreviations: &["г.", "гг.", "в.", "вв."],
    ordinal_dot: false,
    months: &[],
    contractions: &[],
    contractions_in_names_stay: false,
    mwt_rule: None,
    index: OnceLock::new(),
};

/// For languages without a pack: generic punctuation rules, hyphenated words whole, no
/// abbreviations beyond initials and dotted acronyms, no multiword tokens.
pub static FALLBACK: LangPack = LangPack {
    lang: Lang::Other,
    hyphens: Hyphens::Keep,
    titles: &[],
    abbreviations: &["etc.", "e.g.", "i.e.", "vs.", "Dr.", "Prof."],
    final_abbreviations: &[],
    number_abbreviations: &[],
    sentence_starters: &[],
    elisions: &[],
    hyphen_enclitics: &[],
    fixed_tokens: &[],
    numbers: NumberStyle { hyphens: NumberHyphens::Join, space_thousands: false, split_units: false, signed: false },
    punct_runs: true,
    semicolon_ends: false,
    year_abbreviations: &[],
    ordinal_dot: false,
    months: &[],
    contractions: &[],
    contractions_in_names_stay: false,
    mwt_rule: None,
    index: OnceLock::new(),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_language_has_its_own_pack() {
        for l in Lang::SUPPORTED {
            assert_eq!(pack_for(l).lang, l);
        }
        assert_eq!(pack_for(Lang::Other).lang, Lang::Other);
    }

    #[test]
    fn abbreviation_lookup_accepts_sentence_initial_capital() {
        assert_eq!(DE.abbreviation("vgl."), Some(AbbrevClass::Regular));
        assert_eq!(DE.abbreviation("Vgl."), Some(AbbrevClass::Regular));
        assert_eq!(DE.abbreviation("Haus."), None);
        assert_eq!(EN.abbreviation("Dr."), Some(AbbrevClass::Title));
    }
}
