//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use augur_store::{Clock, Store, StoreConfig};

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "augur-store-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub const NOW: &str = "2024-03-10T12:00:00Z";

pub fn fixed() -> StoreConfig {
    StoreConfig { clock: Clock::Fixed(NOW.into()), ..Default::default() }
}

pub fn memory_store() -> Store {
    Store::open_in_memory_with(fixed()).unwrap()
}

/// Compares `actual` with the file under `tests/golden/`; `AUGUR_BLESS=1` rewrites it.
pub fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("AUGUR_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with AUGUR_BLESS=1 to create it)", path.display()));
    if expected != actual {
        let (i, (e, a)) = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .find(|(_, (e, a))| e != a)
            .unwrap_or((0, ("<length differs>", "")));
        panic!("{name} differs from the golden file at line {}:\n expected: {e}\n   actual: {a}", i + 1);
    }
}

use augur_core::{Lang, Person};
use augur_store::synth::{self, location, MentionSpec};
use augur_store::StoredDoc;

/// A small deterministic corpus for golden exports: a cross-language meeting (with a
/// syndicated copy), an attack with a city location, an IGO statement without a target,
/// and a document without URL or site.
pub fn sample_docs() -> Vec<StoredDoc> {
    let mut out = Vec::new();
    let wire = "Chinese Foreign Minister Wang Yi met German Foreign Minister Annalena Baerbock in Beijing on \
        Tuesday.\n\nThe two discussed trade, climate and the war in Ukraine, officials said after the talks.";
    let de = "Außenministerin Baerbock traf am Dienstag in Peking den chinesischen Außenminister Wang Yi. \
        Themen waren Handel, Klima und der Krieg in der Ukraine.";
    let beijing = location("Beijing", "CHN", "CH", 39.9042, 116.4074);
    let mk =
        |text: &str, url: Option<&str>, site: Option<&str>, date: &str, lang: Lang, specs: Vec<MentionSpec<'_>>| {
            let d = synth::document(text, url, site, Some(date), lang);
            let ms = specs.iter().map(|s| synth::mention(&d, s)).collect();
            StoredDoc::new(d, ms)
        };
    let meet = |src: (&'static str, &'static str), tgt: (&'static str, &'static str), trig: &'static str| MentionSpec {
        sentence: 0,
        source: src,
        target: Some(tgt),
        cameo: "040",
        date: Some("2024-03-05"),
        location: Some(beijing.clone()),
        trigger: trig,
    };
    out.push(mk(
        wire,
        Some("https://apnews.example/wang-baerbock"),
        Some("apnews.example"),
        "2024-03-05",
        Lang::En,
        vec![meet(("CHNGOV", "Wang Yi"), ("DEUGOV", "Annalena Baerbock"), "met")],
    ));
    let copy = format!("BEIJING (AP) — {wire}");
    out.push(mk(
        &copy,
        Some("https://localpaper.example/world/1"),
        Some("localpaper.example"),
        "2024-03-05",
        Lang::En,
        vec![meet(("CHNGOV", "Wang Yi"), ("DEUGOV", "Annalena Baerbock"), "met")],
    ));
    out.push(mk(
        de,
        Some("https://zeitung.example/politik/2"),
        Some("zeitung.example"),
        "2024-03-05",
        Lang::De,
        vec![meet(("DEUGOV", "Baerbock"), ("CHNGOV", "Wang Yi"), "traf")],
    ));
    let fr = "Des frappes russes ont touché Kharkiv jeudi, selon les autorités ukrainiennes. \
        Le secrétaire général de l'ONU a condamné les attaques.";
    let kharkiv = location("Kharkiv", "UKR", "UP", 49.9935, 36.2304);
    let mut doc = mk(
        fr,
        Some("https://journal.example/monde/3"),
        Some("journal.example"),
        "2024-03-07",
        Lang::Fr,
        vec![
            MentionSpec {
                sentence: 0,
                source: ("RUSMIL", "russes"),
                target: Some(("UKR", "Kharkiv")),
                cameo: "195",
                date: Some("2024-03-07"),
                location: Some(kharkiv),
                trigger: "frappes",
            },
            MentionSpec {
                sentence: 1,
                source: ("IGOUNO", "ONU"),
                target: None,
                cameo: "111",
                date: None,
                location: None,
                trigger: "condamné",
            },
        ],
    );
    doc.mentions[1].source.actor.known_group = Some("UNO".into());
    doc.mentions[1].source.actor.person = Some(Person {
        name: "António Guterres".into(),
        qid: Some("Q311440".into()),
        office: Some("UN Secretary-General".into()),
    });
    out.push(doc);
    let es = "El presidente de México pidió a Estados Unidos más cooperación en la frontera.";
    out.push(mk(
        es,
        None,
        None,
        "2024-03",
        Lang::Es,
        vec![MentionSpec {
            sentence: 0,
            source: ("MEXGOV", "presidente de México"),
            target: Some(("USA", "Estados Unidos")),
            cameo: "020",
            date: Some("2024-03"),
            location: None,
            trigger: "pidió",
        }],
    ));
    out
}
