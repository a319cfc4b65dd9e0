//! Shared test helpers: the default knowledge base plus a few test-only persons.
#![allow(dead_code)] // each test binary uses a part of the helpers

use std::sync::OnceLock;

use augur_actors::ActorBase;
use augur_core::{ActorResolver, Lang, Sentence, Span, Token, Word};

/// Test persons (not in `data/persons/`): fictional officials to test dated roles and
/// shared surnames independently of the persons data.
pub const TEST_PERSONS: &str = r#"
[[person]]
id = "test-ivanova-anna"
name = "Anna Testova"
country = "RUS"
aliases = { en = ["Anna Testova", "Testova"], ru = ["Анна Тестова", "Тестова"] }
roles = [ { office = "minister", title = "Minister of Tests", from = "2010-01-01", to = "2015-01-01" } ]

[[person]]
id = "test-ivanov-boris"
name = "Boris Testov"
country = "RUS"
aliases = { en = ["Boris Testov", "Testov"], ru = ["Борис Тестов", "Тестов"] }
roles = [ { office = "minister", title = "Minister of Trials", from = "2016-01-01" } ]
"#;

pub fn kb() -> &'static ActorBase {
    static KB: OnceLock<ActorBase> = OnceLock::new();
    KB.get_or_init(|| {
        let mut kb = ActorBase::load_default();
        kb.add_toml(TEST_PERSONS).expect("test persons load");
        kb
    })
}

/// One case: (date or "", mention, expected codes space-separated, expected person or "").
pub type Case = (&'static str, &'static str, &'static str, &'static str);

/// Checks every case and reports all failures at once.
pub fn check_all(lang: Lang, cases: &[Case]) {
    let kb = kb();
    let mut failures = Vec::new();
    for &(date, mention, expected, person) in cases {
        let date = (!date.is_empty()).then_some(date);
        let got = kb.resolve_text(mention, lang, date);
        let codes: Vec<&str> = got.iter().map(|a| a.code.as_str()).collect();
        let codes = codes.join(" ");
        let who = got.first().and_then(|a| a.person.as_ref()).map(|p| p.name.as_str()).unwrap_or("");
        if codes != expected || (!person.is_empty() && who != person) {
            let reasons: Vec<&str> = got.iter().map(|a| a.reason.as_str()).collect();
            failures.push(format!(
                "{lang} {mention:?} @{date:?}: got [{codes}] {who:?}, want [{expected}] {person:?} — {reasons:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// Builds a sentence from `(form, upos, head, deprel)` words; `glued` words follow the
/// previous one without a space.
pub fn sentence(words: &[(&str, &str, usize, &str)], glued: &[usize]) -> (String, Sentence) {
    let mut text = String::new();
    let mut s = Sentence::default();
    for (i, &(form, upos, head, deprel)) in words.iter().enumerate() {
        if i > 0 && !glued.contains(&i) {
            text.push(' ');
        }
        let span = Span::new(text.len(), text.len() + form.len());
        text.push_str(form);
        s.tokens.push(Token { span, form: form.into(), words: (i, i), space_after: true });
        s.words.push(Word {
            form: form.into(),
            lemma: form.to_lowercase(),
            upos: upos.into(),
            head,
            deprel: deprel.into(),
            span,
            token: i,
            ..Default::default()
        });
    }
    s.span = Span::new(0, text.len());
    (text, s)
}
