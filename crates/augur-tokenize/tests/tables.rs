//! Data-driven tokenisation cases per language. Expected output: tokens (or words) separated
//! by spaces, sentences by " | "; a space inside a token is written "_".

use augur_core::{Lang, Sentence};
use augur_tokenize::tokenize;

fn render(sents: &[Sentence], words: bool) -> String {
    sents
        .iter()
        .map(|s| {
            if words {
                s.words.iter().map(|w| w.form.replace(' ', "_")).collect::<Vec<_>>().join(" ")
            } else {
                s.tokens.iter().map(|t| t.form.replace(' ', "_")).collect::<Vec<_>>().join(" ")
            }
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn assert_spans(text: &str, sents: &[Sentence]) {
    for s in sents {
        for t in &s.tokens {
            assert_eq!(t.span.slice(text), Some(t.form.as_str()), "token span in {text:?}");
        }
        for w in &s.words {
            assert_eq!(w.span, s.tokens[w.token].span, "word span in {text:?}");
        }
    }
}

/// Checks tokens (`words == false`) or syntactic words of `input`.
fn check(lang: Lang, cases: &[(&str, &str)], words: bool) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let (sents, _) = tokenize(input, lang);
        assert_spans(input, &sents);
        let got = render(&sents, words);
        if got != *expected {
            failures.push(format!("{lang} {input:?}\n   expected: {expected}\n   got:      {got}"));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn english_tokens() {
    check(
        Lang::En,
        &[
            ("Dr. Smith arrived at 10:30 a.m. on Monday.", "Dr. Smith arrived at 10:30 a.m. on Monday ."),
            ("The U.S. Army left. The U.N. stayed.", "The U.S. Army left . | The U.N. stayed ."),
            ("It cost $3.5 million (about 5%).", "It cost $ 3.5 million ( about 5 % ) ."),
            ("He said: \"We won't go.\" Then he left.", "He said : \" We won't go . \" | Then he left ."),
            ("a search-engine and e-mail, re-elected", "a search - engine and e-mail , re-elected"),
            ("Kim Jong-un met Moon Jae-in.", "Kim Jong - un met Moon Jae - in ."),
            (
                "Mail bob@example.com or see https://example.org/a_(b).",
                "Mail bob@example.com or see https://example.org/a_(b) .",
            ),
            ("Call 303-832-8160 between 1999-2000.", "Call 303-832-8160 between 1999 - 2000 ."),
            ("Wait... what?! No way!!!", "Wait ... what ?! | No way !!!"),
            ("He said [...] Paris was calm.", "He said [ ... ] Paris was calm ."),
            ("George W. Bush and J. K. Rowling met.", "George W. Bush and J. K. Rowling met ."),
            ("I love it :-) really", "I love it :-) really"),
            ("see No. 5 and say No. Then go.", "see No. 5 and say No . | Then go ."),
            ("Apple Inc. The company said so.", "Apple Inc. | The company said so ."),
            ("It's 5 p.m. and 'quoted' text.", "It's 5 p.m. and ' quoted ' text ."),
            ("Go to www.example.com, then stop.", "Go to www.example.com , then stop ."),
            ("done b/c of rain and/or snow", "done b/c of rain and / or snow"),
        ],
        false,
    );
}

#[test]
fn english_words() {
    check(
        Lang::En,
        &[
            ("I don't know, it's Bush's plan.", "I do n't know , it 's Bush 's plan ."),
            ("We can't and won't; you cannot.", "We ca n't and wo n't ; you can not ."),
            ("I'm sure they're gonna say we'd've", "I 'm sure they 're gon na say we'd 've"),
            ("DON'T", "DO N'T"),
            ("It’s fine", "It ’s fine"),
        ],
        true,
    );
}

#[test]
fn german_tokens() {
    check(
        Lang::De,
        &[
            ("Am 15. August 2023 kam er. Dann ging er.", "Am 15. August 2023 kam er . | Dann ging er ."),
            ("Das kostet 3,5 Mio. Euro, z. B. für Nr. 5.", "Das kostet 3,5 Mio. Euro , z. B. für Nr. 5 ."),
            ("Der Termin am 15.08.2023 fiel aus.", "Der Termin am 15.08.2023 fiel aus ."),
            ("Die UN-Resolutionen und das US-Außenministerium", "Die UN - Resolutionen und das US - Außenministerium"),
            ("Er sagte: „Wir kommen.“ Danach schwieg er.", "Er sagte : „ Wir kommen . “ | Danach schwieg er ."),
            ("Ende.Der Präsident sprach.", "Ende . | Der Präsident sprach ."),
            ("Das ist z.B. gut, sagte Dr.Weber.", "Das ist z.B. gut , sagte Dr. Weber ."),
            ("»Nein«, sagte sie, ‚gut‘.", "» Nein « , sagte sie , ‚ gut ‘ ."),
            ("Das ist gut!! Wirklich!", "Das ist gut ! ! | Wirklich !"),
            ("Wir spielen im 3. Spiel.", "Wir spielen im 3. Spiel ."),
            ("Sie belegte Platz 15. Der Sieger kam aus Bern.", "Sie belegte Platz 15 . | Der Sieger kam aus Bern ."),
            (
                "Die Punkte sind klar.\n1. Die Lage ist ernst.\n2. Wir handeln.",
                "Die Punkte sind klar . | 1. Die Lage ist ernst . | 2. Wir handeln .",
            ),
            ("Das war im Jahr 1990. Dann kam die Wende.", "Das war im Jahr 1990 . | Dann kam die Wende ."),
            ("Dr. Weber bzw. Prof. Müller u. a. kamen.", "Dr. Weber bzw. Prof. Müller u. a. kamen ."),
            ("Papst Johannes Paul II. besuchte Polen.", "Papst Johannes Paul II. besuchte Polen ."),
            ("Es kam Wilhelm II. Der Kaiser sprach.", "Es kam Wilhelm II . | Der Kaiser sprach ."),
        ],
        false,
    );
}

#[test]
fn german_words() {
    check(
        Lang::De,
        &[
            (
                "Er ging zum Bahnhof und zur Post, im Haus am Markt.",
                "Er ging zu dem Bahnhof und zu der Post , in dem Haus an dem Markt .",
            ),
            ("Zum Glück ins Kino vom Bahnhof beim Bäcker", "Zu dem Glück in das Kino von dem Bahnhof bei dem Bäcker"),
            ("fürs Leben", "für das Leben"),
            ("Er sagte: Im Haus ist es warm.", "Er sagte : In dem Haus ist es warm ."),
        ],
        true,
    );
}

#[test]
fn french_tokens() {
    check(
        Lang::Fr,
        &[
            ("L'homme qu'il a vu aujourd'hui.", "L' homme qu' il a vu aujourd'hui ."),
            ("M. Dupont et Mme Durand sont à Saint-Pétersbourg.", "M. Dupont et Mme Durand sont à Saint-Pétersbourg ."),
            ("« Bonjour », dit-il. A-t-il fini ?", "« Bonjour » , dit -il . | A -t-il fini ?"),
            ("La ville compte 25 785 habitants.", "La ville compte 25_785 habitants ."),
            ("Rendez-vous à 14h30 près de 160km.", "Rendez-vous à 14 h 30 près de 160 km ."),
            ("Le 2e tour, c'est-à-dire demain.", "Le 2e tour , c'est-à-dire demain ."),
            ("La température passe de -1 à -0,8.", "La température passe de -1 à -0,8 ."),
            ("Est-ce que celui-ci vient ?", "Est -ce que celui-ci vient ?"),
            ("Il a dit « non . » Les autres ont ri.", "Il a dit « non . » | Les autres ont ri ."),
            ("J.-P. Bruneau exige l'\"absolu\" à -6°C.", "J.-P. Bruneau exige l' \" absolu \" à -6 °C ."),
        ],
        false,
    );
}

#[test]
fn french_words() {
    check(
        Lang::Fr,
        &[
            ("Le président du pays va au marché aux puces.", "Le président de le pays va à le marché à les puces ."),
            ("Le président des États-Unis parle.", "Le président de les États-Unis parle ."),
            (
                "Il y a des enfants qui veulent trouver des pommes.",
                "Il y a des enfants qui veulent trouver des pommes .",
            ),
            ("Des soldats sont arrivés.", "Des soldats sont arrivés ."),
            ("Le prix des pommes et des poires.", "Le prix de les pommes et de les poires ."),
            ("Il y a des pommes et des poires.", "Il y a des pommes et des poires ."),
            ("Au début, auquel il pense.", "À le début , à lequel il pense ."),
        ],
        true,
    );
}

#[test]
fn spanish_tokens() {
    check(
        Lang::Es,
        &[
            ("¿Dónde está el Sr. García? ¡Aquí!", "¿ Dónde está el Sr. García ? | ¡ Aquí !"),
            ("Los EE.UU. y la ONU, etc. Luego hablaron.", "Los EE.UU. y la ONU , etc. | Luego hablaron ."),
            ("El acuerdo hispano-francés de 1904-1905", "El acuerdo hispano - francés de 1904-1905"),
            ("\"¡Sería genial! \", exclamó. Luego calló.", "\" ¡ Sería genial ! \" , exclamó . | Luego calló ."),
            ("Un área de 814,21 km². Vive aquí.", "Un área de 814,21 km ² . | Vive aquí ."),
            // GSD ends sentences at a semicolon before a capital, never before lower case.
            ("Murió en 1242; Ambas cayeron; luego nada.", "Murió en 1242 ; | Ambas cayeron ; luego nada ."),
        ],
        false,
    );
}

#[test]
fn spanish_words() {
    check(
        Lang::Es,
        &[
            ("Vino del norte al sur.", "Vino de el norte a el sur ."),
            ("Quiere decirle algo y dámelo.", "Quiere decir le algo y da me lo ."),
            ("Está encontrándose con ellos para verlo.", "Está encontrando se con ellos para ver lo ."),
            ("Quiere dárselo mañana.", "Quiere dar se lo mañana ."),
            ("La parte del arte de Carlos en Los Ángeles.", "La parte de el arte de Carlos en Los Ángeles ."),
            ("Del Bosque habló con Al Qaeda.", "De el Bosque habló con Al Qaeda ."),
        ],
        true,
    );
}

#[test]
fn russian_tokens() {
    check(
        Lang::Ru,
        &[
            ("В 2005 г. В. В. Путин приехал в г. Москву.", "В 2005 г. | В. В. Путин приехал в г. Москву ."),
            ("Это т. е. важно, и т. д. Потом всё.", "Это т. е. важно , и т. д. | Потом всё ."),
            (
                "северо-западная часть, войну 1904-1905 гг. Затем",
                "северо-западная часть , войну 1904 - 1905 гг. | Затем",
            ),
            ("Он сказал: «Да». Она ушла.", "Он сказал : « Да » . | Она ушла ."),
            ("Саммит прошёл в г.Москве.", "Саммит прошёл в г. Москве ."),
        ],
        false,
    );
}

#[test]
fn unknown_language_uses_the_fallback_pack() {
    check(Lang::Other, &[("Bom dia, São Paulo! Tudo bem?", "Bom dia , São Paulo ! | Tudo bem ?")], false);
}

#[test]
fn layout_and_scripts() {
    check(
        Lang::En,
        &[
            // A headline without final punctuation ends at its line break when the text has
            // paragraph structure.
            (
                "Storm hits coast\nThousands flee. Roads closed.\nMore rain expected.",
                "Storm hits coast | Thousands flee . | Roads closed . | More rain expected .",
            ),
            // Hard-wrapped prose keeps its sentences across line breaks.
            (
                "The minister said that the talks\nwould continue next week in\nGeneva with all parties",
                "The minister said that the talks would continue next week in Geneva with all parties",
            ),
            ("Caption one\n\nCaption two", "Caption one | Caption two"),
            // A short headline above a long line ends at its line break, too.
            (
                "Storm hits coast\nThousands of people fled their homes on Sunday as the river rose",
                "Storm hits coast | Thousands of people fled their homes on Sunday as the river rose",
            ),
            ("Great 👍🏽 news 👨‍👩‍👧 and 🇺🇦 flags", "Great 👍🏽 news 👨‍👩‍👧 and 🇺🇦 flags"),
            ("Moscow (Москва) and 東京 met", "Moscow ( Москва ) and 東京 met"),
            ("bell\u{7}char and\u{0}nul", "bell char and nul"),
            ("café\u{301} naïve", "café\u{301} naïve"),
        ],
        false,
    );
}

#[test]
fn hyphen_rule_can_be_overridden() {
    use augur_tokenize::{Hyphens, Tokenizer};
    let text = "Das US-Außenministerium prüft die UN-Resolutionen.";
    let (sents, _) = Tokenizer::new().with_hyphens(Hyphens::Keep).tokenize(text, Lang::De);
    assert_eq!(render(&sents, false), "Das US-Außenministerium prüft die UN-Resolutionen .");
}

#[test]
fn a_given_sentence_is_not_split() {
    let text = "Er kam zum Termin. Dann ging er.";
    let (s, diags) = augur_tokenize::tokenize_sentence_words(text, Lang::De);
    assert!(diags.is_empty());
    assert_eq!(render(std::slice::from_ref(&s), true), "Er kam zu dem Termin . Dann ging er .");
    assert_eq!(s.span.slice(text), Some(text));
    // Token 2 ("zum") covers words 2 and 3.
    assert_eq!(s.tokens[2].words, (2, 3));
    assert!(s.words.iter().all(|w| w.lemma.is_empty() && w.upos.is_empty() && w.head == 0));
}

#[test]
fn documents_are_tokenised_in_their_language() {
    use augur_core::{DocMeta, Document, SourceRef};
    let mut doc = Document::from_text(
        SourceRef::path("-"),
        String::new(),
        DocMeta::default(),
        "Titel\n\nLe président du pays parle.".to_string(),
    );
    doc.lang = Lang::Fr;
    let (sents, _) = augur_tokenize::Tokenizer::new().tokenize_document(&doc);
    assert_eq!(render(&sents, true), "Titel | Le président de le pays parle .");
}

#[test]
fn space_after_follows_the_text() {
    let text = "Hallo, Welt!";
    let (sents, _) = tokenize(text, Lang::De);
    let flags: Vec<bool> = sents[0].tokens.iter().map(|t| t.space_after).collect();
    assert_eq!(flags, [false, true, false, true]);
}

#[test]
fn datelines_end_before_the_first_sentence() {
    check(
        Lang::En,
        &[
            (
                "WARSAW, March 12 (Reuters) - Poland summoned Russia's ambassador.",
                "WARSAW , March 12 ( Reuters ) - | Poland summoned Russia's ambassador .",
            ),
            ("Berlin (dpa) - Die Regierung protestierte.", "Berlin ( dpa ) - | Die Regierung protestierte ."),
            // A dash inside an ordinary sentence is no dateline.
            ("Poland - a NATO member - protested.", "Poland - a NATO member - protested ."),
        ],
        false,
    );
    check(
        Lang::Ru,
        &[("МОСКВА, 12 мар — Россия выслала дипломатов.", "МОСКВА , 12 мар — | Россия выслала дипломатов .")],
        false,
    );
}
