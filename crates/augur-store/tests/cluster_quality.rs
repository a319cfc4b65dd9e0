//! Clustering quality on a hand-written multilingual set with true clusters
//! (`tests/data/cluster_quality.json`): B-cubed F1 must reach 0.9.

mod common;

use std::collections::HashMap;

use augur_core::Lang;
use augur_store::synth::{self, location, MentionSpec};
use augur_store::{EventFilter, StoredDoc};
use serde_json::Value;

struct Case {
    docs: Vec<StoredDoc>,
    /// Mention id → true event label.
    truth: HashMap<String, String>,
}

fn load() -> Case {
    let raw = include_str!("data/cluster_quality.json");
    let v: Value = serde_json::from_str(raw).unwrap();
    let places = &v["places"];
    let mut docs = Vec::new();
    let mut truth = HashMap::new();
    for d in v["docs"].as_array().unwrap() {
        let s = |k: &str| d[k].as_str().unwrap().to_string();
        let site = s("site");
        let url = format!("https://{site}/{}", s("name"));
        let lang = Lang::from_code(&s("lang")).unwrap();
        let doc = synth::document(&s("text"), Some(&url), Some(&site), Some(&s("date")), lang);
        let mut mentions = Vec::new();
        for m in d["mentions"].as_array().unwrap() {
            let pair = |k: &str| m[k].as_array().map(|a| (a[0].as_str().unwrap(), a[1].as_str().unwrap()));
            let loc = m["location"].as_str().map(|name| {
                let p = &places[name];
                location(
                    name,
                    p[0].as_str().unwrap(),
                    p[1].as_str().unwrap(),
                    p[2].as_f64().unwrap(),
                    p[3].as_f64().unwrap(),
                )
            });
            let spec = MentionSpec {
                sentence: m["sentence"].as_u64().unwrap() as usize,
                source: pair("source").unwrap(),
                target: pair("target"),
                cameo: m["cameo"].as_str().unwrap(),
                date: m["date"].as_str(),
                location: loc,
                trigger: m["trigger"].as_str().unwrap(),
            };
            let em = synth::mention(&doc, &spec);
            truth.insert(em.id(), m["event"].as_str().unwrap().to_string());
            mentions.push(em);
        }
        docs.push(StoredDoc::new(doc, mentions));
    }
    Case { docs, truth }
}

/// B-cubed precision, recall and F1 of a predicted clustering against the truth, both
/// given as item → label.
fn bcubed(pred: &HashMap<String, i64>, truth: &HashMap<String, String>) -> (f64, f64, f64) {
    let (mut p, mut r) = (0.0, 0.0);
    for (item, pl) in pred {
        let tl = &truth[item];
        let same_pred: Vec<&String> = pred.iter().filter(|(_, l)| *l == pl).map(|(i, _)| i).collect();
        let same_true: Vec<&String> = truth.iter().filter(|(_, l)| *l == tl).map(|(i, _)| i).collect();
        let both = same_pred.iter().filter(|i| truth[**i] == *tl).count() as f64;
        p += both / same_pred.len() as f64;
        r += both / same_true.len() as f64;
    }
    let n = pred.len() as f64;
    let (p, r) = (p / n, r / n);
    (p, r, 2.0 * p * r / (p + r))
}

#[test]
fn bcubed_metric_sanity() {
    let t: HashMap<String, String> = [("a", "X"), ("b", "X"), ("c", "Y")].map(|(k, v)| (k.into(), v.into())).into();
    let check = |pred: [(&str, i64); 3], expected: (f64, f64)| {
        let pred: HashMap<String, i64> = pred.map(|(k, v)| (k.to_string(), v)).into();
        let (p, r, _) = bcubed(&pred, &t);
        assert!((p - expected.0).abs() < 1e-9 && (r - expected.1).abs() < 1e-9, "{pred:?}: {p} {r}");
    };
    check([("a", 1), ("b", 1), ("c", 2)], (1.0, 1.0));
    check([("a", 1), ("b", 1), ("c", 1)], (5.0 / 9.0, 1.0));
    check([("a", 1), ("b", 2), ("c", 3)], (1.0, 2.0 / 3.0));
}

#[test]
fn multilingual_clusters_reach_bcubed_090() {
    let case = load();
    assert!(case.docs.len() >= 30);
    let mut store = common::memory_store();
    // Arrival out of order and in several batches, as a crawler delivers.
    let mut order: Vec<StoredDoc> = case.docs.iter().rev().cloned().collect();
    order.rotate_left(7);
    for chunk in order.chunks(11) {
        store.insert_batch(chunk, &[]).unwrap();
    }
    let mut pred = HashMap::new();
    for d in &case.docs {
        for m in store.doc_mentions(&d.doc.id).unwrap() {
            pred.insert(m.id, m.event_id);
        }
    }
    assert_eq!(pred.len(), case.truth.len());
    let (p, r, f1) = bcubed(&pred, &case.truth);
    eprintln!("B-cubed precision {p:.3} recall {r:.3} F1 {f1:.3}");
    assert!(f1 >= 0.9, "B-cubed F1 {f1:.3} (P {p:.3}, R {r:.3})");

    // The Moscow summit: six articles in four languages, one a wire copy on another site.
    let label_event = |label: &str| -> i64 {
        let (id, _) = case.truth.iter().find(|(_, l)| *l == label).unwrap();
        pred[id]
    };
    let e1 = store.event(label_event("E1")).unwrap().unwrap();
    assert_eq!((e1.num_mentions, e1.num_articles, e1.num_sources), (6, 6, 5));
    assert_eq!(e1.date, "2024-05-16");
    // The follow-up meeting a week later is another event.
    assert_ne!(label_event("E1"), label_event("E2"));
    // Who shelled whom matters for attacks.
    assert_ne!(label_event("E3"), label_event("E4"));
    let e5 = store.event(label_event("E5")).unwrap().unwrap();
    assert_eq!((e5.num_articles, e5.num_sources), (3, 2));

    // Re-ingesting the whole set changes nothing.
    let before = store.counts().unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    let r = store.insert_batch(&case.docs, &[]).unwrap();
    assert_eq!((r.inserted, r.duplicates), (0, case.docs.len()));
    assert_eq!(store.counts().unwrap(), before);
    assert_eq!(store.events(&EventFilter::default()).unwrap(), events);
}
