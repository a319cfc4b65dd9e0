use std::path::Path;

use augur_core::doc::RawFormat;
use augur_core::{DocMeta, Document, Lang, RawDoc, SourceRef};
use augur_extract::{extract, ExtractError, ExtractOptions};

fn raw(bytes: Vec<u8>, format: RawFormat, declared: Option<&str>) -> RawDoc {
    RawDoc {
        source: SourceRef::path("test"),
        bytes,
        format,
        hints: DocMeta::default(),
        declared_charset: declared.map(str::to_string),
        id_hint: None,
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)).unwrap()
}

struct Case {
    file: &'static str,
    format: RawFormat,
    lang: Lang,
    /// Paragraphs that must be present, in this order, each as a whole paragraph start.
    kept: &'static [&'static str],
    /// Substrings that must be gone.
    gone: &'static [&'static str],
    title: Option<&'static str>,
    date: Option<&'static str>,
    author: Option<&'static str>,
    site: Option<&'static str>,
    url: Option<&'static str>,
}

fn check(c: &Case) {
    let doc = extract(&raw(fixture(c.file), c.format, None), &ExtractOptions::default())
        .unwrap_or_else(|e| panic!("{}: {e}", c.file));
    let paras: Vec<&str> = doc.paragraphs.iter().map(|s| s.slice(&doc.text).unwrap()).collect();
    let mut at = 0;
    for k in c.kept {
        let pos = paras[at..].iter().position(|p| p.starts_with(k));
        let Some(pos) = pos else { panic!("{}: missing paragraph {k:?} (after #{at}) in\n{}", c.file, doc.text) };
        at += pos + 1;
    }
    for g in c.gone {
        assert!(!doc.text.contains(g), "{}: should not contain {g:?}:\n{}", c.file, doc.text);
    }
    assert_eq!(doc.lang, c.lang, "{}", c.file);
    assert!(!doc.mixed_lang, "{}", c.file);
    assert_eq!(doc.meta.title.as_deref(), c.title, "{} title", c.file);
    assert_eq!(doc.meta.date.as_deref(), c.date, "{} date", c.file);
    assert_eq!(doc.meta.author.as_deref(), c.author, "{} author", c.file);
    assert_eq!(doc.meta.site.as_deref(), c.site, "{} site", c.file);
    assert_eq!(doc.meta.url.as_deref(), c.url, "{} url", c.file);
    assert_eq!(doc.text, doc.text.trim());
    assert!(doc.text.contains("\n\n"), "{}: paragraphs are separated by blank lines", c.file);
}

#[test]
fn fixtures_in_five_languages() {
    let cases = [
        Case {
            file: "de-news.txt",
            format: RawFormat::Text,
            lang: Lang::De,
            kept: &[
                "Stadtrat beschließt neues Verkehrskonzept für die Innenstadt",
                "Nach monatelangen Beratungen",
                "Die Oberbürgermeisterin",
                "Streit um die Kosten",
                "Die Umgestaltung",
                "Der Einzelhandelsverband",
            ],
            gone: &["Lesen Sie auch", "Parkgebühren", "Leave a Reply", "Akismet", "email address", "Save my name"],
            title: Some("Stadtrat beschließt neues Verkehrskonzept für die Innenstadt"),
            date: None,
            author: None,
            site: None,
            url: None,
        },
        Case {
            file: "en-article.html",
            format: RawFormat::Html,
            lang: Lang::En,
            kept: &[
                "Dock workers at the port",
                "The agreement gives",
                "Local businesses",
                "The regional transport minister",
            ],
            gone: &[
                "cookies",
                "Home",
                "Share on Facebook",
                "Read also",
                "Ferry operators",
                "Photo:",
                "Related stories",
                "Rail fares",
                "Comments",
                "Great news",
                "email address",
                "Copyright",
            ],
            title: Some("Harbour strike ends after five days"),
            date: Some("2024-04-18T07:45:00+01:00"),
            author: Some("Sam Porter"),
            site: Some("Coastal Courier"),
            url: Some("https://courier.example.com/news/2024/04/18/harbour-strike-ends"),
        },
        Case {
            file: "fr-article-latin1.html",
            format: RawFormat::Html,
            lang: Lang::Fr,
            kept: &["Plusieurs centaines d'agriculteurs", "Les manifestants", "« Nous travaillons à perte"],
            gone: &["À lire aussi", "sécheresse", "Accueil", "Laisser un commentaire", "adresse e-mail"],
            title: Some("Les agriculteurs manifestent devant la préfecture"),
            date: Some("2023-11-07"),
            author: None,
            site: None,
            url: None,
        },
        Case {
            file: "es-article.html",
            format: RawFormat::Html,
            lang: Lang::Es,
            kept: &["El Congreso de los Diputados", "La ministra del ramo", "El texto pasará"],
            gone: &["Lea también", "sindicatos convocan", "Portada", "Deja una respuesta", "correo electrónico"],
            title: Some("El Congreso aprueba la reforma de las pensiones"),
            date: None,
            author: None,
            site: Some("Diario Ejemplo"),
            url: None,
        },
        Case {
            file: "ru-article-cp1251.html",
            format: RawFormat::Html,
            lang: Lang::Ru,
            kept: &["Депутаты в среду", "По словам министра", "Оппозиция проголосовала"],
            gone: &["Читайте также", "налоговую реформу"],
            title: Some("Парламент принял бюджет на следующий год"),
            date: Some("2024-03-15"),
            author: None,
            site: None,
            url: None,
        },
    ];
    for c in &cases {
        check(c);
    }
}

fn outcome(r: Result<Document, ExtractError>) -> String {
    match r {
        Ok(d) => format!("ok {}", d.text.chars().take(30).collect::<String>()),
        Err(ExtractError::Binary { .. }) => "binary".into(),
        Err(ExtractError::Empty { .. }) => "empty".into(),
    }
}

#[test]
fn hostile_inputs_never_panic() {
    let nested = format!(
        "<html><body>{}<p>Deep text survives.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let nested_spans =
        format!("<p>{}Tief verschachtelt.{}</p>", "<span><b><i>".repeat(20_000), "</i></b></span>".repeat(20_000));
    let mut truncated = fixture("en-article.html");
    truncated.truncate(truncated.len() * 3 / 5);
    let mut gz = Vec::new();
    {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(&mut gz, flate2::Compression::default());
        e.write_all(&fixture("en-article.html")).unwrap();
    }
    let cases: Vec<(&str, RawDoc, &str)> = vec![
        ("empty html", raw(vec![], RawFormat::Html, None), "empty"),
        ("empty text", raw(vec![], RawFormat::Text, None), "empty"),
        ("whitespace", raw(b"  \n\n \t ".to_vec(), RawFormat::Text, None), "empty"),
        ("binary", raw(vec![0, 1, 2, 3, 0, 159, 146, 150, 0, 0, 7, 8], RawFormat::Text, None), "binary"),
        ("gzip bytes as html", raw(gz, RawFormat::Html, None), "binary"),
        (
            "tags only",
            raw(b"<html><head></head><body><div></div></body></html>".to_vec(), RawFormat::Html, None),
            "empty",
        ),
        ("truncated html", raw(truncated, RawFormat::Html, None), "ok Dock workers at the port retur"),
        (
            "invalid utf-8",
            raw(b"Caf\xc3 au lait \xff\xfe, sagte er.".to_vec(), RawFormat::Text, None),
            "ok CafÃ au lait ÿþ, sagte er.",
        ),
        (
            "wrong charset",
            raw("Grüße aus Köln und Düsseldorf.".as_bytes().to_vec(), RawFormat::Text, Some("windows-1251")),
            "ok Grüße aus Köln und Düsseldorf.",
        ),
        (
            "unknown charset",
            raw(b"Hello world, this is plain.".to_vec(), RawFormat::Text, Some("x-no-such")),
            "ok Hello world, this is plain.",
        ),
        ("nested divs", raw(nested.into_bytes(), RawFormat::Html, None), "ok Deep text survives."),
        ("nested inline", raw(nested_spans.into_bytes(), RawFormat::Html, None), "ok Tief verschachtelt."),
        (
            "unclosed tags",
            raw(b"<p>Eins <b>zwei <i>drei <p>vier".to_vec(), RawFormat::Html, None),
            "ok Eins zwei drei\n\nvier",
        ),
    ];
    for (name, r, expected) in cases {
        // A thread with the default stack: a panic or stack overflow fails loudly here.
        let got = std::thread::Builder::new()
            .spawn(move || outcome(extract(&r, &ExtractOptions::default())))
            .unwrap()
            .join()
            .unwrap_or_else(|_| format!("PANIC in {name}"));
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn mojibake_is_repaired_with_a_diagnostic() {
    let text = "Die BundesbÃ¼rger wÃ¤hlen im September einen neuen Bundestag, teilte die Wahlleiterin mit.";
    let doc = extract(&raw(text.as_bytes().to_vec(), RawFormat::Text, None), &ExtractOptions::default()).unwrap();
    assert!(doc.text.starts_with("Die Bundesbürger wählen"));
    assert!(doc.diagnostics.iter().any(|d| d.code == "mojibake-repaired"));
}

#[test]
fn hints_fill_missing_metadata_and_dates_are_normalised() {
    let mut r =
        raw(b"Der Landtag hat am Mittwoch ein neues Schulgesetz verabschiedet.".to_vec(), RawFormat::Text, None);
    r.hints = DocMeta {
        title: Some("Schulgesetz".into()),
        date: Some("Wed, 06 Mar 2024 10:00:00 +0100".into()),
        url: Some("https://example.de/schule".into()),
        ..DocMeta::default()
    };
    let doc = extract(&r, &ExtractOptions::default()).unwrap();
    assert_eq!(doc.meta.title.as_deref(), Some("Schulgesetz"));
    assert_eq!(doc.meta.date.as_deref(), Some("2024-03-06T10:00:00+01:00"));
    assert_eq!(doc.id, augur_core::DocId::from_content(&doc.text, Some("https://example.de/schule")));
}

#[test]
fn a_broken_hint_url_does_not_lose_the_text() {
    let mut r = raw(fixture("es-article.html"), RawFormat::Html, None);
    r.hints.url = Some("http://exa mple.com/ noticia".into());
    let doc = extract(&r, &ExtractOptions::default()).unwrap();
    assert!(doc.text.contains("El Congreso de los Diputados aprobó"));
}

#[test]
fn mixed_language_documents_are_flagged() {
    let en = "The regional parliament voted on Wednesday to extend the state of emergency for another thirty days, citing continued flooding in the north.";
    let ru = "Региональный парламент в среду проголосовал за продление чрезвычайного положения ещё на тридцать дней из-за продолжающихся наводнений на севере.";
    let text = format!("{en}\n\n{ru}\n\n{en}\n\n{ru}");
    let doc = extract(&raw(text.into_bytes(), RawFormat::Text, None), &ExtractOptions::default()).unwrap();
    assert!(doc.mixed_lang);
    assert!(doc.diagnostics.iter().any(|d| d.code == "mixed-language"));
}

#[test]
fn random_markup_and_bytes_never_panic() {
    const PIECES: &[&[u8]] = &[
        b"<div>",
        b"</div>",
        b"<p>",
        b"</p>",
        b"<span class=\"share\">",
        b"<script>",
        b"</script>",
        b"<!--",
        b"-->",
        b"<meta charset=\"",
        b"utf-16",
        b"koi8-r\">",
        b"\xc3\xa9",
        b"\xc3",
        b"\xff\xfe",
        b"\x00",
        b"Lesen Sie auch ",
        b"Leave a Reply",
        b"\n\n",
        b"<br>",
        b"<a href=\"http://x/\">",
        b"</a>",
        b"<table><tr><td>",
        b"text ",
        b"<",
        b">",
        b"&amp;",
        b"&#x0;",
        b"<time datetime=\"2024-13-45\">",
        b"\xd0\x9f\xd1\x80",
        b"\xe2\x80",
        b"<h1>Title</h1>",
    ];
    // A small deterministic generator: the test is reproducible without a dependency.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..400 {
        let len = (next() % 200) as usize;
        let mut bytes = Vec::new();
        for _ in 0..len {
            bytes.extend_from_slice(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let format = if i % 2 == 0 { RawFormat::Html } else { RawFormat::Text };
        let declared = ["utf-8", "iso-8859-1", "utf-16le", "bogus"].get((next() % 6) as usize).copied();
        let r = raw(bytes, format, declared);
        if let Ok(doc) = extract(&r, &ExtractOptions::default()) {
            assert!(!doc.text.trim().is_empty());
            for p in &doc.paragraphs {
                assert!(p.slice(&doc.text).is_some());
            }
        }
    }
}

/// DOM pre-cleaning and the headline option on small pages: (options, html, kept, gone).
#[test]
fn preclean_and_headline() {
    let para = "The regional parliament voted on Tuesday to extend the emergency measures for another three months, after a debate in which the opposition accused the government of acting without a clear plan. ";
    let article = format!("<p>{}</p>", para.repeat(2)).repeat(5);
    let head = "<html><head><title>Parliament extends measures | Daily</title></head><body>";
    let pages = [
        // The article's own container carries a `share` class: kept, the real share bar goes.
        (
            ExtractOptions::default(),
            format!("{head}<h1>Parliament extends measures</h1><div class=\"entry share\">{article}</div><div class=\"share\">Share on Facebook Twitter</div></body></html>"),
            vec!["regional parliament voted"],
            vec!["Share on Facebook", "Parliament extends measures"],
        ),
        // A long caption is content; a short one is not.
        (
            ExtractOptions::default(),
            format!("{head}<article>{article}<figure><figcaption>Photo: Jane Roe</figcaption></figure><figure><figcaption>{para}{para}</figcaption></figure></article></body></html>"),
            vec!["regional parliament voted", "opposition accused the government"],
            vec!["Jane Roe"],
        ),
        // With the headline option the matching <h1> opens the text.
        (
            ExtractOptions { headline: true, ..ExtractOptions::default() },
            format!("{head}<h1>Daily</h1><h1>Parliament extends measures</h1><article>{article}</article></body></html>"),
            vec!["Parliament extends measures\n\nThe regional parliament"],
            vec!["Daily\n"],
        ),
    ];
    for (opts, html, kept, gone) in pages {
        let doc = extract(&raw(html.into_bytes(), RawFormat::Html, None), &opts).unwrap();
        for k in kept {
            assert!(doc.text.contains(k), "missing {k:?} in\n{}", doc.text);
        }
        for g in gone {
            assert!(!doc.text.contains(g), "kept {g:?} in\n{}", doc.text);
        }
    }
}
