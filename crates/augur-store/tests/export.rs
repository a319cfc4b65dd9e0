//! Golden-file tests for every export format.

mod common;

use std::fs::File;

use augur_store::export::{GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS};
use augur_store::{ExportFormat, Store};
use common::{golden, sample_docs, TempDir};
use parquet::file::reader::{FileReader, SerializedFileReader};

fn store() -> Store {
    let mut s = common::memory_store();
    let r = s.insert_batch(&sample_docs(), &[]).unwrap();
    assert_eq!((r.inserted, r.syndicated), (5, 1));
    s
}

fn export_text(s: &Store, format: ExportFormat) -> String {
    let dir = TempDir::new("export");
    let p = dir.path("out");
    s.export(format, &p).unwrap();
    std::fs::read_to_string(&p).unwrap()
}

#[test]
fn gdelt_events() {
    let text = export_text(&store(), ExportFormat::GdeltEvents);
    assert_eq!(text.lines().count(), 4);
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), GDELT_EVENT_COLUMNS, "{line}");
    }
    let first: Vec<&str> = text.lines().next().unwrap().split('\t').collect();
    // GLOBALEVENTID, SQLDATE, MonthYear, Year; actor 1 code and country; root event, codes,
    // quad; NumMentions, NumSources, NumArticles; ActionGeo FIPS; DATEADDED.
    let picked: Vec<&str> =
        [0, 1, 2, 3, 5, 7, 25, 26, 27, 28, 29, 31, 32, 33, 53, 59].iter().map(|&i| first[i]).collect();
    assert_eq!(
        picked,
        vec![
            "1",
            "20240305",
            "202403",
            "2024",
            "CHNGOV",
            "CHN",
            "1",
            "040",
            "040",
            "04",
            "1",
            "3",
            "2",
            "3",
            "CH",
            "20240310120000"
        ]
    );
    golden("gdelt-events.tsv", &text);
}

#[test]
fn gdelt_mentions() {
    let text = export_text(&store(), ExportFormat::GdeltMentions);
    assert_eq!(text.lines().count(), 6);
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), GDELT_MENTION_COLUMNS, "{line}");
    }
    golden("gdelt-mentions.tsv", &text);
}

#[test]
fn plover_jsonl() {
    let text = export_text(&store(), ExportFormat::Plover);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for k in ["id", "date", "actor", "event"] {
            assert!(!v[k].is_null(), "{k} missing in {line}");
        }
        assert!(v["actor"].is_array() && v["event"].is_array());
    }
    golden("plover.jsonl", &text);
}

#[test]
fn csv() {
    let text = export_text(&store(), ExportFormat::Csv);
    assert_eq!(text.lines().count(), 5);
    golden("events.csv", &text);
}

#[test]
fn parquet_reads_back_typed() {
    let s = store();
    let dir = TempDir::new("parquet");
    let p = dir.path("events.parquet");
    assert_eq!(s.export(ExportFormat::Parquet, &p).unwrap(), 4);
    let reader = SerializedFileReader::new(File::open(&p).unwrap()).unwrap();
    let meta = reader.metadata().file_metadata();
    let mut dump = String::new();
    for c in meta.schema_descr().columns() {
        dump.push_str(&format!("{} {:?} {:?}\n", c.name(), c.physical_type(), c.logical_type()));
    }
    for row in reader.get_row_iter(None).unwrap() {
        dump.push_str(&row.unwrap().to_string());
        dump.push('\n');
    }
    golden("events.parquet.txt", &dump);
}

#[test]
fn unknown_formats_are_errors() {
    let cases = [("gdelt-events", true), ("PLOVER", true), ("parquet", true), ("xml", false), ("", false)];
    for (name, ok) in cases {
        assert_eq!(name.parse::<ExportFormat>().is_ok(), ok, "{name}");
    }
    let mut sink = Vec::new();
    assert!(store().export_to(ExportFormat::Parquet, &mut sink).is_err());
}
