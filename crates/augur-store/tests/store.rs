//! Store behaviour: dedup, clustering across languages, syndication, re-coding, queries.

mod common;

use augur_core::{DocId, Document, EventMention, Lang};
use augur_store::synth::{self, location, MentionSpec};
use augur_store::{BatchReport, ClusterConfig, DocFilter, EventFilter, Failure, Period, Store, StoreConfig, StoredDoc};
use common::{fixed, memory_store, TempDir};

const DE_TEXT: &str = "Außenministerin Baerbock traf am Dienstag in Peking ihren chinesischen Amtskollegen Wang Yi. \
    Die beiden sprachen über Handel, Klimaschutz und den Krieg in der Ukraine. \
    Das Treffen dauerte drei Stunden, teilte das Auswärtige Amt mit.";
const EN_TEXT: &str = "German Foreign Minister Annalena Baerbock met her Chinese counterpart Wang Yi in Beijing on \
    Tuesday. They discussed trade, climate policy and the war in Ukraine. \
    The talks lasted three hours, the German foreign office said.";
const EN_LATER: &str = "Baerbock and Wang Yi met again a week later, this time in Berlin, for a second round of talks \
    on trade and climate policy. Both sides called the meeting constructive and agreed to continue.";

fn meeting(doc: &Document, src: (&str, &str), tgt: (&str, &str), date: &str, place: Option<&str>) -> EventMention {
    let loc = place.map(|p| match p {
        "Beijing" => location("Beijing", "CHN", "CH", 39.9, 116.4),
        _ => location("Berlin", "DEU", "GM", 52.52, 13.4),
    });
    synth::mention(
        doc,
        &MentionSpec {
            sentence: 0,
            source: src,
            target: Some(tgt),
            cameo: "040",
            date: Some(date),
            location: loc,
            trigger: "met",
        },
    )
}

fn meeting_docs() -> Vec<StoredDoc> {
    let de = synth::document(DE_TEXT, Some("https://www.faz.net/a1"), Some("faz.net"), Some("2024-03-05"), Lang::De);
    let en = synth::document(EN_TEXT, Some("https://reuters.com/x"), Some("reuters.com"), Some("2024-03-06"), Lang::En);
    let later = synth::document(EN_LATER, Some("https://bbc.co.uk/y"), Some("bbc.co.uk"), Some("2024-03-12"), Lang::En);
    // The German report names Baerbock first; the English one too, but dated a day later
    // (filed after midnight) and with Wang Yi as source: consult is symmetric.
    let m_de = meeting(&de, ("DEUGOV", "Baerbock"), ("CHNGOV", "Wang Yi"), "2024-03-05", Some("Beijing"));
    let m_en = meeting(&en, ("CHNGOV", "Wang Yi"), ("DEUGOV", "Baerbock"), "2024-03-05", None);
    let m_later = meeting(&later, ("DEUGOV", "Baerbock"), ("CHNGOV", "Wang Yi"), "2024-03-12", Some("Berlin"));
    vec![StoredDoc::new(de, vec![m_de]), StoredDoc::new(en, vec![m_en]), StoredDoc::new(later, vec![m_later])]
}

#[test]
fn german_and_english_reports_of_one_meeting_are_one_event() {
    let mut store = memory_store();
    let docs = meeting_docs();
    let r = store.insert_batch(&docs, &[]).unwrap();
    assert_eq!((r.inserted, r.duplicates, r.mentions, r.new_events), (3, 0, 3, 2));
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 2, "{events:#?}");
    let first = &events[0];
    assert_eq!((first.num_mentions, first.num_articles, first.num_sources), (2, 2, 2));
    assert_eq!(first.date, "2024-03-05");
    assert_eq!(first.location.as_ref().map(|l| l.name.as_str()), Some("Beijing"));
    assert!(first.is_root_event);
    let later = &events[1];
    assert_eq!((later.date.as_str(), later.num_mentions, later.num_articles), ("2024-03-12", 1, 1));

    // Re-ingesting the same documents changes nothing.
    let before = store.counts().unwrap();
    let r2 = store.insert_batch(&docs, &[]).unwrap();
    assert_eq!(r2, BatchReport { duplicates: 3, ..Default::default() });
    assert_eq!(store.counts().unwrap(), before);
    assert_eq!(store.events(&EventFilter::default()).unwrap(), events);
}

#[test]
fn duplicates_inside_one_batch_and_by_content_hash() {
    let mut store = memory_store();
    let docs = meeting_docs();
    let mut same_hash = docs[0].clone();
    same_hash.doc.id = DocId::from_string("another-id");
    let batch = vec![docs[0].clone(), docs[0].clone(), same_hash];
    let r = store.insert_batch(&batch, &[]).unwrap();
    assert_eq!((r.inserted, r.duplicates, r.mentions), (1, 2, 1));
}

#[test]
fn documents_round_trip_and_filter() {
    let mut store = memory_store();
    let docs = meeting_docs();
    store.insert_batch(&docs, &[]).unwrap();
    let got = store.document(&docs[0].doc.id).unwrap().unwrap();
    assert_eq!(got.doc, docs[0].doc);
    assert_eq!(got.ingest_time, common::NOW);
    assert_eq!(got.version.as_deref(), Some("0.1.0+mm0+ll0+aa0"));
    assert!(store.document(&DocId::from_string("nope")).unwrap().is_none());
    let check = |f: DocFilter, expected: &[usize]| {
        let ids: Vec<DocId> = store.documents(&f).unwrap().into_iter().map(|d| d.doc.id).collect();
        let want: Vec<DocId> = expected.iter().map(|&i| docs[i].doc.id.clone()).collect();
        assert_eq!(ids, want, "{f:?}");
    };
    check(DocFilter::default(), &[0, 1, 2]);
    check(DocFilter { lang: Some(Lang::En), ..Default::default() }, &[1, 2]);
    check(DocFilter { site: Some("faz.net".into()), ..Default::default() }, &[0]);
    check(DocFilter { date_from: Some("2024-03-06".into()), ..Default::default() }, &[1, 2]);
    check(DocFilter { date_to: Some("2024-03-06".into()), limit: Some(1), ..Default::default() }, &[0]);
    assert!(store.documents(&DocFilter { date_to: Some("soon".into()), ..Default::default() }).is_err());
}

#[test]
fn failures_get_rows() {
    let mut store = memory_store();
    let f = vec![
        Failure::new("a.html", "decode", "invalid UTF-16"),
        Failure { time: Some("2024-01-01T00:00:00Z".into()), ..Failure::new("b.warc#r7", "extract", "empty page") },
    ];
    let r = store.insert_batch(&[], &f).unwrap();
    assert_eq!(r.failures, 2);
    let rows = store.failures().unwrap();
    let got: Vec<(&str, &str, &str, &str)> =
        rows.iter().map(|r| (r.source.as_str(), r.stage.as_str(), r.reason.as_str(), r.time.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("a.html", "decode", "invalid UTF-16", common::NOW),
            ("b.warc#r7", "extract", "empty page", "2024-01-01T00:00:00Z")
        ]
    );
}

#[test]
fn syndicated_copies_count_as_one_source() {
    let mut store = memory_store();
    let wire = "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on \
        Monday to discuss grain exports across the Black Sea and a possible ceasefire, officials said.";
    let copy = format!("{wire}\n\nReporting by staff; editing by the desk.");
    let own = "Lavrov and Fidan held talks in the Turkish capital on Monday. The two ministers focused on \
        grain shipments, according to a statement from the Turkish foreign ministry released later.";
    let mk = |text: &str, site: &str| {
        let d = synth::document(text, Some(&format!("https://{site}/story")), Some(site), Some("2024-04-01"), Lang::En);
        let m = synth::mention(
            &d,
            &MentionSpec {
                source: ("RUSGOV", "Lavrov"),
                target: Some(("TURGOV", "Fidan")),
                cameo: "040",
                date: Some("2024-04-01"),
                trigger: "met",
                ..Default::default()
            },
        );
        StoredDoc::new(d, vec![m])
    };
    let docs = vec![mk(wire, "apnews.com"), mk(&copy, "localpaper.example"), mk(own, "dailysabah.com")];
    let r = store.insert_batch(&docs, &[]).unwrap();
    assert_eq!(r.syndicated, 1);
    let e = store.events(&EventFilter::default()).unwrap();
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].num_articles, e[0].num_sources, e[0].num_mentions), (3, 2, 3));
    let copy_doc = store.document(&docs[1].doc.id).unwrap().unwrap();
    assert_eq!(copy_doc.syndication_group.as_deref(), Some(docs[0].doc.id.as_str()));
    let own_doc = store.document(&docs[2].doc.id).unwrap().unwrap();
    assert_eq!(own_doc.syndication_group.as_deref(), Some(docs[2].doc.id.as_str()));
}

#[test]
fn recoding_moves_mentions_and_redirects_emptied_events() {
    let mut store = memory_store();
    let docs = meeting_docs();
    store.insert_batch(&docs[2..], &[]).unwrap();
    let old = store.events(&EventFilter::default()).unwrap();
    assert_eq!(old.len(), 1);
    let old_id = old[0].id;
    // A new lexicon codes the sentence as a visit (root 04 still) → same event.
    let mut m = store.doc_mentions(&docs[2].doc.id).unwrap()[0].mention.clone();
    m.cameo = "042".into();
    let r = store.replace_mentions(&docs[2].doc.id, std::slice::from_ref(&m)).unwrap();
    assert_eq!((r.removed, r.inserted, r.removed_events), (1, 1, 0));
    assert_eq!(store.events(&EventFilter::default()).unwrap()[0].id, old_id);
    assert_eq!(store.events(&EventFilter::default()).unwrap()[0].cameo, "042");
    // Now as an agreement (root 03): the old event empties and redirects to the new one.
    m.cameo = "030".into();
    m.cameo_root = "03".into();
    let r = store.replace_mentions(&docs[2].doc.id, &[m]).unwrap();
    assert_eq!((r.removed, r.inserted, r.removed_events), (1, 1, 1));
    let now = store.events(&EventFilter::default()).unwrap();
    assert_eq!(now.len(), 1);
    assert_ne!(now[0].id, old_id);
    assert_eq!(store.resolve_event(old_id).unwrap(), Some(now[0].id));
    assert_eq!(store.event(old_id).unwrap().map(|e| e.root), Some("03".to_string()));
    assert_eq!(store.counts().unwrap().mentions, 1);
    let unknown = store.replace_mentions(&DocId::from_string("missing"), &[]);
    assert!(matches!(unknown, Err(augur_store::StoreError::UnknownDocument(_))));
}

#[test]
fn widening_the_window_merges_events_into_the_oldest() {
    let dir = TempDir::new("merge");
    let path = dir.path("m.db");
    let docs = meeting_docs();
    let mk = |date: &str, n: usize| {
        let text = format!("{EN_LATER} Report number {n}.");
        let d = synth::document(&text, Some(&format!("https://s{n}.example/")), None, Some(date), Lang::En);
        let m = meeting(&d, ("DEUGOV", "Baerbock"), ("CHNGOV", "Wang Yi"), date, None);
        StoredDoc::new(d, vec![m])
    };
    drop(docs);
    {
        let mut s = Store::open_with(&path, fixed()).unwrap();
        s.insert_batch(&[mk("2024-05-01", 1), mk("2024-05-03", 2)], &[]).unwrap();
        assert_eq!(s.counts().unwrap().events, 2);
    }
    let wide = StoreConfig { cluster: ClusterConfig { window_days: 2, ..Default::default() }, ..fixed() };
    let mut s = Store::open_with(&path, wide).unwrap();
    let r = s.insert_batch(&[mk("2024-05-02", 3)], &[]).unwrap();
    assert_eq!(r.merged_events, 1);
    let e = s.events(&EventFilter::default()).unwrap();
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].id, e[0].num_mentions, e[0].date.as_str()), (1, 3, "2024-05-01"));
    assert_eq!(s.resolve_event(2).unwrap(), Some(1));
    assert_eq!(s.event_mentions(2).unwrap().len(), 3);
}

fn query_store() -> (Store, Vec<StoredDoc>) {
    let mut store = memory_store();
    let mut docs = meeting_docs();
    let ru = synth::document(
        "Российские войска обстреляли Харьков в среду, сообщили украинские власти. Погибли двое.",
        Some("https://ria.example/1"),
        Some("ria.example"),
        Some("2024-03-06"),
        Lang::Ru,
    );
    let m = synth::mention(
        &ru,
        &MentionSpec {
            sentence: 0,
            source: ("RUSMIL", "Российские войска"),
            target: Some(("UKR", "Харьков")),
            cameo: "190",
            date: Some("2024-03-06"),
            location: Some(location("Kharkiv", "UKR", "UP", 49.99, 36.23)),
            trigger: "обстреляли",
        },
    );
    docs.push(StoredDoc::new(ru, vec![m]));
    store.insert_batch(&docs, &[]).unwrap();
    (store, docs)
}

#[test]
fn event_queries_filter() {
    let (store, docs) = query_store();
    let all: Vec<i64> = store.events(&EventFilter::default()).unwrap().iter().map(|e| e.id).collect();
    assert_eq!(all.len(), 3);
    // Event ids in insertion order: 1 Beijing meeting, 2 Berlin meeting, 3 Kharkiv shelling.
    let check = |f: EventFilter, expected: &[i64]| {
        let ids: Vec<i64> = store.events(&f).unwrap().iter().map(|e| e.id).collect();
        assert_eq!(ids, expected, "{f:?}");
    };
    let f = EventFilter::default;
    check(f(), &[1, 3, 2]);
    check(EventFilter { actor: Some("RUS".into()), ..f() }, &[3]);
    check(EventFilter { actor: Some("CHN".into()), ..f() }, &[1, 2]);
    check(EventFilter { source: Some("DEUGOV".into()), ..f() }, &[1, 2]);
    check(EventFilter { target: Some("UKR".into()), ..f() }, &[3]);
    check(EventFilter { dyad: Some(("CHN".into(), "DEU".into())), ..f() }, &[1, 2]);
    check(EventFilter { dyad: Some(("UKR".into(), "RUS".into())), ..f() }, &[3]);
    check(EventFilter { code: Some("19".into()), ..f() }, &[3]);
    check(EventFilter { code: Some("040".into()), ..f() }, &[1, 2]);
    check(EventFilter { plover: Some("consult".into()), ..f() }, &[1, 2]);
    check(EventFilter { quad: Some(4), ..f() }, &[3]);
    check(EventFilter { date_from: Some("2024-03-06".into()), ..f() }, &[3, 2]);
    check(EventFilter { date_to: Some("2024-03-05".into()), ..f() }, &[1]);
    check(EventFilter { lang: Some(Lang::De), ..f() }, &[1]);
    check(EventFilter { lang: Some(Lang::Ru), ..f() }, &[3]);
    check(EventFilter { doc: Some(docs[1].doc.id.clone()), ..f() }, &[1]);
    check(EventFilter { limit: Some(1), ..f() }, &[1]);
    check(EventFilter { actor: Some("USA".into()), ..f() }, &[]);
}

#[test]
fn event_output_formats() {
    let (store, _) = query_store();
    let rows = store.events(&EventFilter::default()).unwrap();
    let mut out = Vec::new();
    augur_store::query::write_events(&rows, augur_store::query::EventFormat::Jsonl, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    for (v, r) in lines.iter().zip(&rows) {
        assert_eq!(v["id"], r.id);
        assert_eq!(v["source"]["code"], r.source.code.as_str());
        assert_eq!(v["target"]["code"], r.target.as_ref().unwrap().code.as_str());
        assert_eq!(v["cameo"], r.cameo.as_str());
        assert_eq!(v["date"], r.date.as_str());
        for k in ["num_mentions", "num_articles", "num_sources"] {
            assert!(v[k].is_u64(), "{k}");
        }
    }
    common::golden("events.jsonl", &text);
    let mut out = Vec::new();
    augur_store::query::write_events(&rows, augur_store::query::EventFormat::Table, &mut out).unwrap();
    common::golden("events-table.txt", &String::from_utf8(out).unwrap());
    let mut out = Vec::new();
    augur_store::query::write_events(&rows, augur_store::query::EventFormat::Csv, &mut out).unwrap();
    common::golden("events-query.csv", &String::from_utf8(out).unwrap());
}

#[test]
fn dyad_series() {
    let (store, _) = query_store();
    let series = store.dyad("DEU", "CHN", Period::Day).unwrap();
    let got: Vec<(String, u64, u64, u64)> =
        series.iter().map(|p| (p.period.clone(), p.quads[0].events, p.quads[0].mentions, p.docs_ingested)).collect();
    assert_eq!(
        got,
        vec![("2024-03-05".into(), 1, 2, 1), ("2024-03-06".into(), 0, 0, 2), ("2024-03-12".into(), 1, 1, 1),]
    );
    let weeks = store.dyad("CHN", "DEU", Period::Week).unwrap();
    let got: Vec<(String, u64, u64)> =
        weeks.iter().map(|p| (p.period.clone(), p.quads[0].events, p.docs_ingested)).collect();
    assert_eq!(got, vec![("2024-W10".into(), 1, 3), ("2024-W11".into(), 1, 1)]);
    let months = store.dyad("CHN", "DEU", Period::Month).unwrap();
    assert_eq!(months.len(), 1);
    assert!((months[0].quads[0].goldstein - 2.0 * f64::from(synth::score_of_root("04"))).abs() < 1e-6);
    assert!(store.dyad("USA", "MEX", Period::Day).unwrap().is_empty());
}

#[test]
fn two_writers_on_one_database_share_clusters() {
    let dir = TempDir::new("two");
    let path = dir.path("two.db");
    let docs = meeting_docs();
    let mut a = Store::open_with(&path, fixed()).unwrap();
    let mut b = Store::open_with(&path, fixed()).unwrap();
    // B loads its cluster index first, then A founds the event, then B reports it again:
    // B must see A's event rather than found a second one.
    b.insert_batch(&docs[2..], &[]).unwrap();
    a.insert_batch(&docs[..1], &[]).unwrap();
    let r = b.insert_batch(&docs[1..2], &[]).unwrap();
    assert_eq!(r.new_events, 0);
    let e = a.events(&EventFilter { date_to: Some("2024-03-06".into()), ..Default::default() }).unwrap();
    assert_eq!((e.len(), e[0].num_articles), (1, 2));
}
