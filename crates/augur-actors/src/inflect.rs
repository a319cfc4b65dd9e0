//! Regular inflection by rule, so the data files list base forms only.
//! Russian needs none here: the stemmer in `norm` folds its cases.

use augur_core::Lang;

fn push(out: &mut Vec<String>, s: String) {
    if !out.contains(&s) {
        out.push(s);
    }
}

/// Forms of a country adjective given as German stem (`russisch`), English/French/Spanish
/// masculine singular (`Russian`, `russe`, `ruso`) or Russian base (`российский`).
pub(crate) fn adjective(lang: Lang, base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    match lang {
        Lang::De => {
            for e in ["e", "en", "er", "es", "em"] {
                push(&mut out, format!("{base}{e}"));
            }
        }
        Lang::Fr => {
            if base.ends_with('e') {
                push(&mut out, format!("{base}s"));
            } else if base.ends_with("ien") || base.ends_with("éen") {
                for e in ["ne", "nes", "s"] {
                    push(&mut out, format!("{base}{e}"));
                }
            } else if let Some(stem) = base.strip_suffix("al") {
                for e in ["ale", "ales", "aux"] {
                    push(&mut out, format!("{stem}{e}"));
                }
            } else if base.ends_with('s') || base.ends_with('x') {
                for e in ["e", "es"] {
                    push(&mut out, format!("{base}{e}"));
                }
            } else {
                for e in ["e", "s", "es"] {
                    push(&mut out, format!("{base}{e}"));
                }
            }
        }
        Lang::Es => {
            if let Some(stem) = base.strip_suffix('o') {
                for e in ["a", "os", "as"] {
                    push(&mut out, format!("{stem}{e}"));
                }
            } else if base.ends_with('e') || base.ends_with('a') {
                push(&mut out, format!("{base}s"));
            } else if base.ends_with('í') || base.ends_with('ú') {
                for e in ["es", "s"] {
                    push(&mut out, format!("{base}{e}"));
                }
            } else {
                // alemán → alemana, alemanes, alemanas: the stress accent goes.
                let stem = unstress_last(base);
                for e in ["a", "es", "as"] {
                    push(&mut out, format!("{stem}{e}"));
                }
            }
        }
        Lang::En => {
            // "Russian" is also the singular demonym; plurals come from `noun`.
        }
        Lang::Ru | Lang::Other => {}
    }
    out
}

/// Removes the written accent of a final stressed syllable (`alemán` → `aleman`).
fn unstress_last(w: &str) -> String {
    let mut chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if n >= 2 {
        let plain = match chars[n - 2] {
            'á' => Some('a'),
            'é' => Some('e'),
            'í' => Some('i'),
            'ó' => Some('o'),
            'ú' => Some('u'),
            _ => None,
        };
        if let Some(p) = plain {
            chars[n - 2] = p;
        }
    }
    chars.into_iter().collect()
}

/// Forms of a demonym (`Russe`, `Russian`, `russe`, `ruso`, `россиянин`).
pub(crate) fn demonym(lang: Lang, base: &str) -> Vec<String> {
    match lang {
        Lang::De => {
            let mut out = vec![base.to_string()];
            if let Some(stem) = base.strip_suffix('e') {
                for f in [format!("{base}n"), format!("{stem}in"), format!("{stem}innen")] {
                    push(&mut out, f);
                }
            } else if base.ends_with("er") {
                for e in ["n", "s", "in", "innen"] {
                    push(&mut out, format!("{base}{e}"));
                }
            } else {
                for e in ["en", "in", "innen"] {
                    push(&mut out, format!("{base}{e}"));
                }
            }
            out
        }
        Lang::Fr | Lang::Es => adjective(lang, base),
        Lang::En => noun(lang, base),
        Lang::Ru | Lang::Other => vec![base.to_string()],
    }
}

/// Forms of a common noun (sector words): plurals everywhere, German cases and feminines.
/// German over-generates a little (a few non-words); that is harmless in a look-up table.
pub(crate) fn noun(lang: Lang, base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let last_word = base.rsplit(' ').next().unwrap_or(base);
    let head = &base[..base.len() - last_word.len()];
    let mut add = |w: String| push(&mut out, format!("{head}{w}"));
    match lang {
        Lang::De => {
            if last_word.ends_with('e') {
                for e in ["n", "r", "s"] {
                    add(format!("{last_word}{e}"));
                }
            } else if last_word.ends_with("ung") || last_word.ends_with("ei") || last_word.ends_with("heit") {
                add(format!("{last_word}en"));
            } else if last_word.ends_with("er") || last_word.ends_with("el") {
                for e in ["s", "n", "in", "innen"] {
                    add(format!("{last_word}{e}"));
                }
            } else {
                for e in ["s", "es", "en", "e", "in", "innen", "n"] {
                    add(format!("{last_word}{e}"));
                }
            }
        }
        Lang::En => {
            if let Some(stem) = last_word.strip_suffix("man") {
                add(format!("{stem}men"));
            } else if let Some(stem) = last_word.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o'])) {
                add(format!("{stem}ies"));
            } else if last_word.ends_with('s') || last_word.ends_with("ch") || last_word.ends_with("sh") {
                add(format!("{last_word}es"));
            } else {
                add(format!("{last_word}s"));
            }
        }
        Lang::Fr => {
            // Multiword French nouns inflect the first word ("ministre des affaires…").
            if base.contains(' ') {
                return out;
            }
            if let Some(stem) = base.strip_suffix("al") {
                add(format!("{stem}aux"));
            } else if base.ends_with("eau") {
                add(format!("{base}x"));
            } else if !base.ends_with(['s', 'x', 'z']) {
                add(format!("{base}s"));
            }
        }
        Lang::Es => {
            if base.contains(' ') {
                return out;
            }
            if base.ends_with(['a', 'e', 'i', 'o', 'u', 'é']) {
                add(format!("{base}s"));
            } else {
                add(format!("{}es", unstress_last(base)));
            }
        }
        Lang::Ru | Lang::Other => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let cases: &[(Lang, &str, &str, &[&str])] = &[
            (Lang::De, "adj", "russisch", &["russisch", "russische", "russischen", "russischer", "russisches"]),
            (Lang::Fr, "adj", "russe", &["russe", "russes"]),
            (Lang::Fr, "adj", "français", &["français", "française", "françaises"]),
            (Lang::Fr, "adj", "ukrainien", &["ukrainienne", "ukrainiens"]),
            (Lang::Es, "adj", "ruso", &["ruso", "rusa", "rusos", "rusas"]),
            (Lang::Es, "adj", "alemán", &["alemana", "alemanes"]),
            (Lang::Es, "adj", "iraní", &["iraníes"]),
            (Lang::De, "dem", "Russe", &["Russen", "Russin"]),
            (Lang::De, "dem", "Amerikaner", &["Amerikanern", "Amerikanerin"]),
            (Lang::En, "dem", "Russian", &["Russians"]),
            (Lang::De, "noun", "Präsident", &["Präsidenten", "Präsidentin"]),
            (Lang::De, "noun", "Minister", &["Ministers", "Ministerin"]),
            (Lang::En, "noun", "spokesman", &["spokesmen"]),
            (Lang::En, "noun", "army", &["armies"]),
            (Lang::Es, "noun", "tropa", &["tropas"]),
            (Lang::Fr, "noun", "général", &["généraux"]),
        ];
        for &(lang, what, base, expected) in cases {
            let got = match what {
                "adj" => adjective(lang, base),
                "dem" => demonym(lang, base),
                _ => noun(lang, base),
            };
            for e in expected {
                assert!(got.iter().any(|g| g == e), "{lang} {base}: {e} not in {got:?}");
            }
        }
    }
}
