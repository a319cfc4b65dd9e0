//! `find_mentions` on small hand-built parsed sentences.

mod common;

use augur_core::{ActorResolver, Lang, Sentence, Span};

/// Builds a sentence from `(form, upos, head, deprel)` words joined by spaces.
fn sentence(words: &[(&str, &str, usize, &str)]) -> (String, Sentence) {
    common::sentence(words, &[])
}

/// Expected mentions: (first word, last word, codes space-separated, person or "").
type Want = (usize, usize, &'static str, &'static str);

fn check(lang: Lang, date: Option<&str>, words: &[(&str, &str, usize, &str)], want: &[Want]) {
    let (text, s) = sentence(words);
    let got = common::kb().find_mentions(&text, &s, 3, lang, date);
    let got: Vec<(usize, usize, String, String)> = got
        .iter()
        .map(|m| {
            assert_eq!(m.sentence, 3);
            assert_eq!(m.span.slice(&text).map(str::len), Some(m.span.len()), "span on char boundaries");
            let codes: Vec<&str> = m.actors.iter().map(|a| a.code.as_str()).collect();
            let who = m.actors.first().and_then(|a| a.person.as_ref()).map(|p| p.name.clone()).unwrap_or_default();
            (m.words.0, m.words.1, codes.join(" "), who)
        })
        .collect();
    let want: Vec<(usize, usize, String, String)> =
        want.iter().map(|&(a, b, c, p)| (a, b, c.to_string(), p.to_string())).collect();
    assert_eq!(got, want, "{text}");
}

#[test]
fn german_title_and_names() {
    check(
        Lang::De,
        Some("2023-08-15"),
        &[
            ("Der", "DET", 3, "det"),
            ("russische", "ADJ", 3, "amod"),
            ("Präsident", "NOUN", 4, "nsubj"),
            ("traf", "VERB", 0, "root"),
            ("Kim", "PROPN", 4, "obj"),
            ("Jong", "PROPN", 5, "flat"),
            ("Un", "PROPN", 5, "flat"),
            ("in", "ADP", 9, "case"),
            ("Pjöngjang", "PROPN", 4, "obl"),
            (".", "PUNCT", 4, "punct"),
        ],
        &[(1, 2, "RUSGOV", "Vladimir Putin"), (4, 6, "PRKGOV", "Kim Jong Un"), (8, 8, "PRKGOV", "")],
    );
}

#[test]
fn german_spokesperson_nmod_and_appos() {
    check(
        Lang::De,
        Some("2023-08-15"),
        &[
            ("Sprecher", "NOUN", 6, "nsubj"),
            ("des", "DET", 3, "det"),
            ("US-Außenministeriums", "NOUN", 1, "nmod"),
            ("Vedant", "PROPN", 1, "appos"),
            ("Patel", "PROPN", 4, "flat"),
            ("sagte", "VERB", 0, "root"),
        ],
        &[(0, 4, "USAGOV", "Vedant Patel")],
    );
}

#[test]
fn english_coordination_gives_two_mentions() {
    check(
        Lang::En,
        None,
        &[
            ("Russia", "PROPN", 5, "nsubj"),
            ("and", "CCONJ", 4, "cc"),
            ("North", "PROPN", 4, "compound"),
            ("Korea", "PROPN", 1, "conj"),
            ("signed", "VERB", 0, "root"),
            ("a", "DET", 7, "det"),
            ("treaty", "NOUN", 5, "obj"),
        ],
        &[(0, 0, "RUS", ""), (2, 3, "PRK", "")],
    );
}

#[test]
fn first_name_that_is_a_country_is_not_an_actor() {
    check(
        Lang::En,
        None,
        &[
            ("Chad", "PROPN", 3, "nsubj"),
            ("Smith", "PROPN", 1, "flat"),
            ("met", "VERB", 0, "root"),
            ("Jordan", "PROPN", 3, "obj"),
        ],
        &[(3, 3, "JOR", "")],
    );
}

#[test]
fn french_coordinated_adjectives_share_the_noun() {
    check(
        Lang::Fr,
        None,
        &[
            ("les", "DET", 2, "det"),
            ("troupes", "NOUN", 0, "root"),
            ("russes", "ADJ", 2, "amod"),
            ("et", "CCONJ", 5, "cc"),
            ("ukrainiennes", "ADJ", 3, "conj"),
        ],
        &[(1, 4, "RUSMIL UKRMIL", "")],
    );
}

#[test]
fn russian_title_with_genitive_country_and_name() {
    check(
        Lang::Ru,
        Some("2023-08-15"),
        &[
            ("Министр", "NOUN", 0, "root"),
            ("иностранных", "ADJ", 3, "amod"),
            ("дел", "NOUN", 1, "nmod"),
            ("России", "PROPN", 1, "nmod"),
            ("Сергей", "PROPN", 1, "appos"),
            ("Лавров", "PROPN", 5, "flat"),
        ],
        &[(0, 5, "RUSGOV", "Sergey Lavrov")],
    );
}

#[test]
fn hyphenated_compound_in_one_word() {
    check(
        Lang::De,
        None,
        &[
            ("Die", "DET", 2, "det"),
            ("Nato-Truppen", "NOUN", 3, "nsubj"),
            ("rückten", "VERB", 0, "root"),
            ("vor", "ADP", 3, "compound:prt"),
        ],
        &[(1, 1, "IGOWSTNATMIL", "")],
    );
}

#[test]
fn place_after_preposition_is_its_own_low_confidence_mention() {
    let (text, s) = sentence(&[
        ("El", "DET", 2, "det"),
        ("embajador", "NOUN", 0, "root"),
        ("ruso", "ADJ", 2, "amod"),
        ("en", "ADP", 5, "case"),
        ("Madrid", "PROPN", 2, "nmod"),
    ]);
    let got = common::kb().find_mentions(&text, &s, 0, Lang::Es, None);
    let codes: Vec<(usize, usize, &str)> =
        got.iter().map(|m| (m.words.0, m.words.1, m.actors[0].code.as_str())).collect();
    assert_eq!(codes, [(1, 2, "RUSGOV"), (4, 4, "ESPGOV")]);
    assert!(got[1].actors[0].confidence < got[0].actors[0].confidence);
}

#[test]
fn lemma_is_used_when_the_form_is_unknown() {
    // An inflected form the lexicon does not generate, with the lemma from the tagger.
    let (text, mut s) = sentence(&[("Soldatinnen", "NOUN", 0, "root"), ("Nordkoreas", "PROPN", 1, "nmod")]);
    s.words[0].form = "Soldatenx".into();
    s.words[0].lemma = "Soldat".into();
    let got = common::kb().find_mentions(&text, &s, 0, Lang::De, None);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].actors[0].code, "PRKMIL");
}

#[test]
fn malformed_trees_do_not_panic() {
    let kb = common::kb();
    // Heads out of range, a cycle, an empty sentence, words without spans.
    let (text, mut s) =
        sentence(&[("russische", "ADJ", 2, "amod"), ("Soldaten", "NOUN", 1, "nmod"), ("Kiew", "PROPN", 99, "nmod")]);
    let m = kb.find_mentions(&text, &s, 0, Lang::De, Some("not a date"));
    assert!(!m.is_empty());
    s.words[0].span = Span::new(500, 600);
    let _ = kb.find_mentions(&text, &s, 0, Lang::De, None);
    let _ = kb.find_mentions("", &Sentence::default(), 0, Lang::Ru, None);
}

#[test]
fn prepositional_dependent_starts_its_own_mention() {
    // "… den russischen Angriff auf Kiew": the attack is not an actor, its adjective is.
    check(
        Lang::De,
        Some("2023-08-15"),
        &[
            ("Er", "PRON", 2, "nsubj"),
            ("verurteilte", "VERB", 0, "root"),
            ("den", "DET", 5, "det"),
            ("russischen", "ADJ", 5, "amod"),
            ("Angriff", "NOUN", 2, "obj"),
            ("auf", "ADP", 7, "case"),
            ("Kiew", "PROPN", 5, "nmod"),
        ],
        &[(3, 3, "RUS", ""), (6, 6, "UKRGOV", "")],
    );
    // "… durch den Besuch des russischen Verteidigungsministers Sergej Schoigu in Nordkorea".
    check(
        Lang::De,
        Some("2023-07-20"),
        &[
            ("durch", "ADP", 3, "case"),
            ("den", "DET", 3, "det"),
            ("Besuch", "NOUN", 0, "root"),
            ("des", "DET", 6, "det"),
            ("russischen", "ADJ", 6, "amod"),
            ("Verteidigungsministers", "NOUN", 3, "nmod"),
            ("Sergej", "PROPN", 6, "appos"),
            ("Schoigu", "PROPN", 7, "flat"),
            ("in", "ADP", 10, "case"),
            ("Nordkorea", "PROPN", 6, "nmod"),
        ],
        &[(4, 7, "RUSGOV", "Sergei Shoigu"), (9, 9, "PRK", "")],
    );
    // English: "the attack on Kyiv by Russian troops".
    check(
        Lang::En,
        None,
        &[
            ("the", "DET", 2, "det"),
            ("attack", "NOUN", 0, "root"),
            ("on", "ADP", 4, "case"),
            ("Kyiv", "PROPN", 2, "nmod"),
            ("by", "ADP", 7, "case"),
            ("Russian", "ADJ", 7, "amod"),
            ("troops", "NOUN", 2, "nmod"),
        ],
        &[(3, 3, "UKRGOV", ""), (5, 6, "RUSMIL", "")],
    );
    // A genitive still joins its head: "the spokesman of the Russian ministry".
    check(
        Lang::En,
        None,
        &[
            ("the", "DET", 2, "det"),
            ("spokesman", "NOUN", 0, "root"),
            ("of", "ADP", 6, "case"),
            ("the", "DET", 6, "det"),
            ("Russian", "ADJ", 6, "amod"),
            ("military", "NOUN", 2, "nmod"),
        ],
        &[(1, 5, "RUSMIL", "")],
    );
}

#[test]
fn lower_case_articles_are_not_acronyms() {
    // French "un"/"Un"/"au" are articles, not the UN or the African Union.
    check(
        Lang::Fr,
        None,
        &[
            ("Un", "DET", 2, "det"),
            ("soldat", "NOUN", 3, "nsubj"),
            ("arrive", "VERB", 0, "root"),
            ("au", "ADP", 5, "case"),
            ("Mali", "PROPN", 3, "obl"),
        ],
        &[(1, 1, "---MIL", ""), (4, 4, "MLI", "")],
    );
}

#[test]
fn contradicting_given_name_in_a_parse_blocks_the_surname() {
    // Only Boris Testov is known: "Ivan Testov" is somebody else.
    let (text, s) =
        sentence(&[("Ivan", "PROPN", 3, "nsubj"), ("Testov", "PROPN", 1, "flat"), ("said", "VERB", 0, "root")]);
    let (got, diags) = common::kb().find_mentions_diag(&text, &s, 0, Lang::En, Some("2017-01-01"));
    assert!(got.is_empty(), "{got:?}");
    assert!(diags.iter().any(|d| d.code == "given-name"), "{diags:?}");
    check(
        Lang::En,
        Some("2017-01-01"),
        &[("Boris", "PROPN", 3, "nsubj"), ("Testov", "PROPN", 1, "flat"), ("said", "VERB", 0, "root")],
        &[(0, 1, "RUSGOV", "Boris Testov")],
    );
    let words = [
        ("Foreign", "ADJ", 2, "amod"),
        ("Minister", "PROPN", 3, "compound"),
        ("Joschka", "PROPN", 5, "nsubj"),
        ("Fischer", "PROPN", 3, "flat"),
        ("said", "VERB", 0, "root"),
    ];
    check(Lang::En, Some("2000-06-01"), &words, &[(0, 3, "DEUGOV", "Joschka Fischer")]);
}

#[test]
fn possessive_marker_joins_the_owner() {
    check(
        Lang::En,
        None,
        &[
            ("Haiti", "PROPN", 4, "nmod:poss"),
            ("'s", "PART", 1, "case"),
            ("interim", "ADJ", 4, "amod"),
            ("government", "NOUN", 0, "root"),
        ],
        &[(0, 3, "HTIGOV", "")],
    );
}
