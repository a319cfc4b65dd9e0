//! Test support: a small CoNLL-U reader (hand-written trees, columns separated by tabs or
//! spaces), actor mentions marked in MISC as `Actor=CODE`, and a stub actor resolver.

use augur_core::{Actor, ActorMention, ActorResolver, Lang, Sentence, Span, Token, Word};

/// A parsed test document: its text, sentences and the marked actor mentions.
pub struct TestDoc {
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<ActorMention>,
}

pub fn actor(code: &str) -> Actor {
    let country = Actor::scoring_key(code).to_string();
    let rest = &code[country.len()..];
    let sectors: Vec<String> = rest.as_bytes().chunks(3).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    Actor {
        code: code.to_string(),
        country,
        sectors,
        known_group: None,
        ethnicity: None,
        religion: None,
        person: None,
        name: code.to_string(),
        confidence: 0.9,
        reason: "test".into(),
    }
}

/// Reads sentences separated by blank lines; `#` lines are comments.
pub fn read_conllu(src: &str) -> TestDoc {
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut mentions = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut flush = |rows: &mut Vec<Vec<String>>, text: &mut String| {
        if rows.is_empty() {
            return;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        let mut s = Sentence::default();
        let mut marks: Vec<Option<String>> = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(r.len(), 10, "CoNLL-U row needs 10 columns: {r:?}");
            assert_eq!(r[0].parse::<usize>().ok(), Some(i + 1), "ids must count from 1: {r:?}");
            let b = text.len();
            text.push_str(&r[1]);
            let span = Span::new(b, text.len());
            let misc = &r[9];
            if !misc.split('|').any(|m| m == "SpaceAfter=No") && i + 1 < rows.len() {
                text.push(' ');
            }
            marks.push(misc.split('|').find_map(|m| m.strip_prefix("Actor=")).map(str::to_string));
            let dash = |c: &str| if c == "_" { String::new() } else { c.to_string() };
            s.words.push(Word {
                form: r[1].clone(),
                lemma: r[2].clone(),
                upos: r[3].clone(),
                xpos: dash(&r[4]),
                feats: dash(&r[5]),
                head: r[6].parse().expect("head"),
                deprel: r[7].clone(),
                span,
                token: i,
            });
            s.tokens.push(Token { span, form: r[1].clone(), words: (i, i), space_after: true });
        }
        s.span = Span::new(start, text.len());
        let index = sentences.len();
        let mut i = 0;
        while i < marks.len() {
            if let Some(code) = &marks[i] {
                let mut j = i;
                while j + 1 < marks.len() && marks[j + 1].as_ref() == Some(code) {
                    j += 1;
                }
                mentions.push(ActorMention {
                    sentence: index,
                    words: (i, j),
                    span: s.words_span(i, j),
                    actors: vec![actor(code)],
                });
                i = j + 1;
            } else {
                i += 1;
            }
        }
        sentences.push(s);
        rows.clear();
    };
    for line in src.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            flush(&mut rows, &mut text);
            continue;
        }
        rows.push(line.split_whitespace().map(str::to_string).collect());
    }
    flush(&mut rows, &mut text);
    TestDoc { text, sentences, mentions }
}

/// Resolves a few names on demand; finds no mentions by itself.
pub struct StubResolver;

impl ActorResolver for StubResolver {
    fn resolve_text(&self, mention: &str, _lang: Lang, _date: Option<&str>) -> Vec<Actor> {
        let code = match mention.to_lowercase().as_str() {
            "nordkorea" | "north korea" => "PRK",
            "moskau" | "moscow" | "the kremlin" => "RUSGOV",
            "pjöngjang" | "pyongyang" => "PRKGOV",
            "russland" | "russia" => "RUS",
            "ukraine" | "die ukraine" => "UKR",
            "die eu-staaten" => "IGOEUREEC",
            "die usa" | "usa" => "USA",
            "polen" => "POL",
            _ => return Vec::new(),
        };
        vec![actor(code)]
    }

    fn find_mentions(&self, _: &str, _: &Sentence, _: usize, _: Lang, _: Option<&str>) -> Vec<ActorMention> {
        Vec::new()
    }

    fn data_hash(&self) -> String {
        "stub".into()
    }
}
