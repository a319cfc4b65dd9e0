//! Links pronouns and bare titles to the actors named before them in the document.
//!
//! News prose names a person once and then says "he" or "the minister": "Lavrov arrived in
//! Ankara on Monday. He met Erdogan." Without a link the second sentence has no source. The
//! rules are deliberately narrow, because a wrong link codes a wrong event:
//!
//! - A third-person singular personal pronoun in subject position ("he", "er", "elle", "él",
//!   "он") takes the first named individual (a person, or a title whose holder or country
//!   is known) of the nearest earlier sentence that names one, at most two sentences back.
//!   When its own sentence names an individual before it, it takes that sentence's subject
//!   if the subject is one ("Macron s'est rendu à Rabat, où il a rencontré …"), else nothing.
//!   It is left alone when a subject the resolver did not know ("analyst John Smith") stands
//!   in between.
//! - Spanish drops subject pronouns: a finite third-person main verb without a subject
//!   ("Además, pidió a Estados Unidos …") gets the pronoun's antecedent as a mention on the
//!   verb, which the coder reads as the implicit subject.
//! - A title without a country ("the minister", "der Präsident", "le ministre") takes the
//!   nearest earlier individual, at most three sentences back, whose mention or office
//!   contains that title word.
//!
//! ```
//! use augur_actors::coref::pronoun_lemmas;
//! use augur_core::Lang;
//!
//! assert!(pronoun_lemmas(Lang::De).contains(&"er"));
//! ```

use augur_core::{Actor, ActorMention, Lang, Sentence, Span};

/// Third-person singular personal pronouns that can stand for a person, per language (lemma
/// or lower-cased form).
pub fn pronoun_lemmas(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["he", "she"],
        Lang::De => &["er", "sie"],
        Lang::Fr => &["il", "elle"],
        Lang::Es => &["él", "ella"],
        Lang::Ru => &["он", "она"],
        _ => &[],
    }
}

/// How many sentences back a pronoun and a bare title may look.
const PRONOUN_REACH: usize = 2;
const TITLE_REACH: usize = 3;

/// A named individual: a person, or a title the resolver tied to a country.
fn individual(a: &Actor) -> bool {
    !a.code.starts_with("---") && (a.person.is_some() || a.reason.starts_with("title '"))
}

/// A title the resolver could not tie to a country ("the minister").
fn bare_title(m: &ActorMention) -> bool {
    m.actors.len() == 1 && m.actors[0].code.starts_with("---") && m.actors[0].reason.starts_with("title '")
}

fn is_subject(s: &Sentence, w: usize) -> bool {
    matches!(s.words[w].deprel.as_str(), "nsubj" | "nsubj:pass")
}

fn is_pronoun(s: &Sentence, w: usize, lang: Lang) -> bool {
    let word = &s.words[w];
    if word.upos != "PRON" || word.feat("Reflex") == Some("Yes") || word.feat("Number") == Some("Plur") {
        return false;
    }
    let lemma = word.lemma.to_lowercase();
    let form = word.form.to_lowercase();
    let list = pronoun_lemmas(lang);
    // German "sie" is also "they" and "Sie" the polite "you": only a singular-marked one.
    if lang == Lang::De && form == "sie" && word.feat("Number") != Some("Sing") {
        return false;
    }
    list.contains(&form.as_str()) || (list.contains(&lemma.as_str()) && form != "ihnen")
}

/// Whether sentence `s` has a subject that names somebody the resolver does not know: a
/// proper noun subject of its root outside every mention.
fn unknown_subject(s: &Sentence, mentions: &[ActorMention]) -> bool {
    let root = s.words.iter().position(|w| w.head == 0);
    let Some(root) = root else { return false };
    s.children(root + 1).any(|c| {
        is_subject(s, c) && s.words[c].upos == "PROPN" && !mentions.iter().any(|m| m.words.0 <= c && c <= m.words.1)
    })
}

/// A finite third-person singular main verb with no subject of its own: its subject is
/// implicit ("pidió a Estados Unidos …").
fn implicit_subject(s: &Sentence, v: usize) -> bool {
    let w = &s.words[v];
    w.deprel == "root"
        && w.upos == "VERB"
        && w.feat("VerbForm") == Some("Fin")
        && w.feat("Person") == Some("3")
        && w.feat("Number") == Some("Sing")
        && !s.children(v + 1).any(|c| matches!(s.words[c].udeprel(), "nsubj" | "csubj" | "expl"))
}

/// The linked mention: the antecedent's actors on the anaphor's words.
fn linked(
    sentence: usize,
    words: (usize, usize),
    span: Span,
    ante: &ActorMention,
    what: &str,
    text: &str,
) -> ActorMention {
    let name = ante.span.slice(text).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    let anaphor = span.slice(text).unwrap_or("");
    let actors = ante
        .actors
        .iter()
        .map(|a| {
            let mut a = a.clone();
            a.confidence = (a.confidence * 0.85 * 100.0).round() / 100.0;
            a.reason = format!("{what} '{anaphor}' refers to '{name}' (sentence {}): {}", ante.sentence, a.reason);
            a
        })
        .collect();
    ActorMention { sentence, words, span, actors }
}

/// Adds or replaces mentions for pronouns and bare titles that refer to an individual named
/// earlier. `mentions` holds the resolver's mentions of every sentence of the document.
pub fn link(text: &str, sentences: &[Sentence], mentions: &mut Vec<ActorMention>, lang: Lang) {
    mentions.sort_by_key(|m| (m.sentence, m.words));
    let added = links(text, sentences, mentions, lang);
    for a in added {
        match mentions.iter_mut().find(|m| m.sentence == a.sentence && m.words == a.words) {
            Some(m) => *m = a,
            None => mentions.push(a),
        }
    }
    mentions.sort_by_key(|m| (m.sentence, m.words));
}

/// The links of a document whose mentions are sorted by sentence. Every link is made against
/// the resolver's mentions, never against another link.
fn links(text: &str, sentences: &[Sentence], mentions: &[ActorMention], lang: Lang) -> Vec<ActorMention> {
    let mut added: Vec<ActorMention> = Vec::new();
    let of = |i: usize| -> &[ActorMention] {
        let from = mentions.partition_point(|m| m.sentence < i);
        let to = mentions.partition_point(|m| m.sentence <= i);
        &mentions[from..to]
    };
    // The first named individual of the nearest earlier sentence that names one, unless a
    // subject the resolver does not know comes first.
    let earlier_individual = |i: usize| -> Option<&ActorMention> {
        for back in 1..=PRONOUN_REACH.min(i) {
            let j = i - back;
            if unknown_subject(&sentences[j], of(j)) {
                return None;
            }
            if let Some(m) = of(j).iter().find(|m| m.actors.len() == 1 && individual(&m.actors[0])) {
                return Some(m);
            }
        }
        None
    };
    for (i, s) in sentences.iter().enumerate() {
        let own = of(i);
        // Pronouns in subject position.
        for w in (0..s.words.len()).filter(|&w| is_subject(s, w) && is_pronoun(s, w, lang)) {
            // An individual named earlier in the sentence: the pronoun of a later clause
            // refers to that clause's subject ("s'est rendu à Rabat, où il a rencontré …").
            let before: Vec<&ActorMention> =
                own.iter().filter(|m| m.words.1 < w && m.actors.iter().any(individual)).collect();
            let ante = if before.is_empty() {
                earlier_individual(i)
            } else {
                before
                    .into_iter()
                    .find(|m| m.actors.len() == 1 && (m.words.0..=m.words.1).any(|u| s.words[u].deprel == "nsubj"))
            };
            if let Some(a) = ante {
                added.push(linked(i, (w, w), s.words[w].span, a, "pronoun", text));
            }
        }
        // Spanish drops the subject pronoun: "Además, pidió a Estados Unidos que …" continues
        // with the individual of the sentence before. The link is a mention on the verb.
        if lang == Lang::Es && !own.iter().any(|m| m.actors.iter().any(individual)) {
            for v in (0..s.words.len()).filter(|&v| implicit_subject(s, v)) {
                if let Some(a) = earlier_individual(i) {
                    added.push(linked(i, (v, v), s.words[v].span, a, "implicit subject of", text));
                }
            }
        }
        // Titles without a country.
        for m in own.iter().filter(|m| bare_title(m)) {
            let surface = m.span.slice(text).unwrap_or("").to_lowercase();
            let Some(title) = surface.split_whitespace().last().map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
            else {
                continue;
            };
            if title.chars().count() < 4 {
                continue;
            }
            let matches = |a: &ActorMention| {
                a.actors.len() == 1
                    && individual(&a.actors[0])
                    && (a.span.slice(text).unwrap_or("").to_lowercase().contains(title)
                        || a.actors[0]
                            .person
                            .as_ref()
                            .is_some_and(|p| p.office.as_ref().is_some_and(|o| o.to_lowercase().contains(title))))
            };
            let ante = own
                .iter()
                .rfind(|a| a.words.1 < m.words.0 && matches(a))
                .or_else(|| (1..=TITLE_REACH.min(i)).find_map(|back| of(i - back).iter().rfind(|a| matches(a))));
            if let Some(a) = ante {
                added.push(linked(i, m.words, m.span, a, "title", text));
            }
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorBase;
    use augur_core::ActorResolver;

    /// A hand-built sentence: (form, lemma, upos, head, deprel, feats) per word.
    fn sentence(text: &str, start: usize, words: &[(&str, &str, &str, usize, &str, &str)]) -> Sentence {
        let mut out = Vec::new();
        let mut at = start;
        for &(form, lemma, upos, head, deprel, feats) in words {
            let b = text[at..].find(form).map(|o| at + o).expect("form in text");
            at = b + form.len();
            out.push(augur_core::Word {
                form: form.into(),
                lemma: lemma.into(),
                upos: upos.into(),
                xpos: String::new(),
                feats: feats.into(),
                head,
                deprel: deprel.into(),
                span: augur_core::Span { start: b, end: b + form.len() },
                token: out.len(),
            });
        }
        let span = augur_core::Span { start: out[0].span.start, end: out.last().map(|w| w.span.end).unwrap_or(start) };
        Sentence { span, tokens: Vec::new(), words: out }
    }

    fn check(text: &str, sentences: &[Sentence], lang: Lang, expected: &[(usize, usize, &str)]) {
        let kb = ActorBase::load_default();
        let mut mentions = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            mentions.extend(kb.find_mentions(text, s, i, lang, Some("2024-03-12")));
        }
        link(text, sentences, &mut mentions, lang);
        for &(si, w, code) in expected {
            let got = mentions
                .iter()
                .find(|m| m.sentence == si && m.words.0 <= w && w <= m.words.1)
                .map(|m| m.actors.iter().map(|a| a.code.clone()).collect::<Vec<_>>());
            let want = (!code.is_empty()).then(|| vec![code.to_string()]);
            assert_eq!(got.filter(|g| !g.is_empty()), want, "sentence {si} word {w} in {text:?}");
        }
    }

    /// "Sergei Lavrov arrived in Ankara." at the start of `text`.
    fn lavrov_arrives(text: &str) -> Sentence {
        sentence(
            text,
            0,
            &[
                ("Sergei", "Sergei", "PROPN", 3, "nsubj", ""),
                ("Lavrov", "Lavrov", "PROPN", 1, "flat", ""),
                ("arrived", "arrive", "VERB", 0, "root", ""),
                ("in", "in", "ADP", 5, "case", ""),
                ("Ankara", "Ankara", "PROPN", 3, "obl", ""),
                (".", ".", "PUNCT", 3, "punct", ""),
            ],
        )
    }

    #[test]
    fn pronoun_and_title_take_the_named_individual() {
        let text = "Sergei Lavrov arrived in Ankara. He met Erdogan. The minister criticised Washington.";
        let s0 = lavrov_arrives(text);
        let s1 = sentence(
            text,
            33,
            &[
                ("He", "he", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=3|PronType=Prs"),
                ("met", "meet", "VERB", 0, "root", ""),
                ("Erdogan", "Erdogan", "PROPN", 2, "obj", ""),
                (".", ".", "PUNCT", 2, "punct", ""),
            ],
        );
        let s2 = sentence(
            text,
            49,
            &[
                ("The", "the", "DET", 2, "det", ""),
                ("minister", "minister", "NOUN", 3, "nsubj", ""),
                ("criticised", "criticise", "VERB", 0, "root", ""),
                ("Washington", "Washington", "PROPN", 3, "obj", ""),
                (".", ".", "PUNCT", 3, "punct", ""),
            ],
        );
        check(text, &[s0, s1, s2], Lang::En, &[(1, 0, "RUSGOV"), (2, 1, "RUSGOV")]);
    }

    #[test]
    fn an_unknown_subject_in_between_blocks_the_pronoun() {
        let text = "Sergei Lavrov arrived in Ankara. Analyst Smith doubted it. He said so.";
        let s0 = lavrov_arrives(text);
        let s1 = sentence(
            text,
            33,
            &[
                ("Analyst", "analyst", "NOUN", 2, "compound", ""),
                ("Smith", "Smith", "PROPN", 3, "nsubj", ""),
                ("doubted", "doubt", "VERB", 0, "root", ""),
                ("it", "it", "PRON", 3, "obj", ""),
                (".", ".", "PUNCT", 3, "punct", ""),
            ],
        );
        let s2 = sentence(
            text,
            59,
            &[
                ("He", "he", "PRON", 2, "nsubj", "Number=Sing|Person=3|PronType=Prs"),
                ("said", "say", "VERB", 0, "root", ""),
                ("so", "so", "ADV", 2, "advmod", ""),
                (".", ".", "PUNCT", 2, "punct", ""),
            ],
        );
        check(text, &[s0, s1, s2], Lang::En, &[(2, 0, "")]);
    }
}
