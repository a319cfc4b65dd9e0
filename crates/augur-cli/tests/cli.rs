//! End-to-end tests of the `augur` binary: the document path, bad input, idempotent runs,
//! crash safety and the command contracts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn augur() -> Command {
    Command::new(env!("CARGO_BIN_EXE_augur"))
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("augur-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn run(args: &[&str], db: &Path) -> Output {
    augur().arg("--db").arg(db).arg("--quiet").args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn jsonl(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn count(db: &Path, what: &str) -> usize {
    let o = run(&[what, "--format", "jsonl", "--limit", "100000"], db);
    assert!(o.status.success(), "{}", stderr(&o));
    jsonl(&o).len()
}

#[test]
fn run_twice_stores_nothing_new() {
    let dir = tempdir("twice");
    let db = dir.join("a.db");
    let first = run(&["run", examples().to_str().unwrap()], &db);
    assert!(first.status.success(), "{}", stderr(&first));
    let docs = count(&db, "docs");
    let events = count(&db, "events");
    assert!(docs >= 7, "{docs} documents");
    let second = run(&["run", examples().to_str().unwrap()], &db);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stderr(&second).contains("stored 0"), "{}", stderr(&second));
    assert_eq!(count(&db, "docs"), docs);
    assert_eq!(count(&db, "events"), events);
}

/// Writes the hostile inputs the foundation issue lists, plus one good document.
fn hostile_inputs(dir: &Path) {
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    let binary: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    std::fs::write(dir.join("binary.bin"), &binary).unwrap();
    // A gzip stream cut in the middle.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all("Ein Absatz über Politik. ".repeat(2000).as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    std::fs::write(dir.join("truncated.txt.gz"), &gz[..gz.len() / 2]).unwrap();
    // A WARC file whose record promises more bytes than it has.
    let warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut";
    std::fs::write(dir.join("truncated.warc"), warc).unwrap();
    // Invalid UTF-8 in a text file.
    let mut bad = b"Die Regierung hat am Montag neue Gespr\xe4che angek\xfcndigt. ".to_vec();
    bad.extend_from_slice(b"\xff\xfe\xc3 Ende.");
    std::fs::write(dir.join("invalid-utf8.txt"), &bad).unwrap();
    // Declared UTF-8, actually Windows-1252.
    let mut wrong = b"<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><p>Le pr\xe9sident fran\xe7ais a re\xe7u le chancelier allemand \xe0 Paris.</p></body></html>".to_vec();
    wrong.extend_from_slice(b"\n");
    std::fs::write(dir.join("wrong-charset.html"), &wrong).unwrap();
    // 50,000 nested divs.
    let mut deep = String::from("<html><body>");
    deep.push_str(&"<div>".repeat(50_000));
    deep.push_str("<p>Tief verschachtelter Text.</p>");
    deep.push_str(&"</div>".repeat(50_000));
    deep.push_str("</body></html>");
    std::fs::write(dir.join("nested.html"), deep).unwrap();
    std::fs::write(dir.join("good.txt"), "Russland und China vereinbaren engere Zusammenarbeit\n\nDer russische Außenminister traf am Montag in Peking seinen chinesischen Amtskollegen.\n").unwrap();
}

#[test]
fn hostile_inputs_fail_one_by_one_and_the_batch_goes_on() {
    let dir = tempdir("hostile");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    hostile_inputs(&input);
    let db = dir.join("h.db");
    let o = run(&["run", input.to_str().unwrap()], &db);
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{err}");
    // Some inputs cannot be used: the exit status says so, and each has one stderr line.
    assert_eq!(o.status.code(), Some(2), "{err}");
    let failures = count_failures(&db);
    let failed_lines = err.lines().filter(|l| l.starts_with("augur: failed:")).count();
    assert_eq!(failures, failed_lines, "{err}");
    for name in ["empty.txt", "binary.bin", "truncated.txt.gz", "truncated.warc"] {
        assert_eq!(err.lines().filter(|l| l.contains(name)).count(), 1, "{name}: {err}");
    }
    // The good and the repairable documents are stored.
    let docs = run(&["docs", "--format", "jsonl"], &db);
    let docs = jsonl(&docs);
    let sources: Vec<String> = docs.iter().map(|d| d["source"].as_str().unwrap_or("").to_string()).collect();
    for name in ["good.txt", "invalid-utf8.txt", "wrong-charset.html"] {
        assert!(sources.iter().any(|s| s.ends_with(name)), "{name} not stored: {sources:?}");
    }
    let wrong = docs.iter().find(|d| d["source"].as_str().unwrap().ends_with("wrong-charset.html")).unwrap();
    assert!(wrong["text"].as_str().unwrap().contains("président français"), "{wrong}");
}

fn count_failures(db: &Path) -> usize {
    let o = run(&["docs", "--failures", "--format", "jsonl", "--limit", "100000"], db);
    assert!(o.status.success(), "{}", stderr(&o));
    jsonl(&o).len()
}

#[test]
fn extract_the_contract_fields() {
    let o = augur().arg("extract").arg(examples().join("en-summit.html")).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    for field in ["text", "title", "date", "author", "lang", "url", "site"] {
        assert!(d.get(field).is_some(), "missing {field}: {d}");
    }
    assert_eq!(d["lang"], "en");
    assert_eq!(d["site"], "World Desk");
    let text = d["text"].as_str().unwrap();
    assert!(text.contains("Wang Yi in Beijing on Monday"));
    for furniture in ["Read also", "cookies", "Share on", "Leave a comment", "All rights reserved"] {
        assert!(!text.contains(furniture), "{furniture} kept: {text}");
    }
}

#[test]
fn jsonl_and_stdin_inputs() {
    let mut child = augur().args(["extract", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let jsonl_input = std::fs::read(examples().join("wire.jsonl")).unwrap();
    child.stdin.take().unwrap().write_all(&jsonl_input).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["lang"], "de");
    assert_eq!(docs[0]["date"], "2023-08-22");
}

#[test]
fn sigkill_during_run_loses_and_duplicates_nothing() {
    let dir = tempdir("kill");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    // Enough distinct documents that a kill lands mid-run.
    let leads = ["Russland", "China", "Frankreich", "Indien", "Brasilien", "Japan", "Kanada", "Mexiko"];
    for i in 0..240 {
        let a = leads[i % leads.len()];
        let b = leads[(i / leads.len() + 1) % leads.len()];
        let text = format!(
            "Gespräche Nummer {i}\n\nDer Außenminister von {a} traf am Montag seinen Amtskollegen aus {b}. Beide Seiten vereinbarten, die Zusammenarbeit auszubauen (Meldung {i}).\n"
        );
        std::fs::write(input.join(format!("doc-{i:03}.txt")), text).unwrap();
    }
    // The reference: one uninterrupted run.
    let clean = dir.join("clean.db");
    let o = run(&["run", input.to_str().unwrap()], &clean);
    assert!(o.status.success(), "{}", stderr(&o));
    let want = (count(&clean, "docs"), count(&clean, "events"));

    let db = dir.join("killed.db");
    for delay_ms in [30u64, 120, 400] {
        let mut child = augur()
            .arg("--db")
            .arg(&db)
            .args(["--quiet", "run", input.to_str().unwrap()])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix.
        let _ = child.wait();
    }
    let o = run(&["run", input.to_str().unwrap()], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!((count(&db, "docs"), count(&db, "events")), want);
}

#[test]
fn german_and_english_reports_of_one_meeting_are_one_event() {
    let dir = tempdir("xling");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let docs = [
        (
            "a-en.jsonl",
            r#"{"id":"en-1","url":"https://a.example/1","date":"2023-03-21","lang":"en","title":"Xi meets Putin","text":"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.\n\nThe two leaders discussed trade and energy."}"#,
        ),
        (
            "b-de.jsonl",
            r#"{"id":"de-1","url":"https://b.example/1","date":"2023-03-21","lang":"de","title":"Xi trifft Putin","text":"Der chinesische Präsident Xi Jinping hat am Dienstag in Moskau den russischen Präsidenten Wladimir Putin getroffen.\n\nBeide sprachen über Handel und Energie."}"#,
        ),
        (
            "c-en.jsonl",
            r#"{"id":"en-2","url":"https://a.example/2","date":"2023-03-28","lang":"en","title":"Xi meets Putin again","text":"Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday.\n\nThe talks focused on energy."}"#,
        ),
    ];
    for (name, body) in docs {
        std::fs::write(input.join(name), format!("{body}\n")).unwrap();
    }
    let db = dir.join("x.db");
    let o = run(&["run", input.to_str().unwrap()], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["events", "--format", "jsonl", "--code", "04"], &db);
    let events = jsonl(&o);
    let first: Vec<&serde_json::Value> = events.iter().filter(|e| e["date"] == "2023-03-21").collect();
    assert_eq!(first.len(), 1, "{events:#?}");
    assert_eq!(first[0]["num_articles"], 2, "{events:#?}");
    assert_eq!(first[0]["num_mentions"], 2, "{events:#?}");
    // The meeting a week later is another event.
    assert!(events.iter().any(|e| e["date"] == "2023-03-28"), "{events:#?}");
    // Re-ingesting changes nothing.
    let before = run(&["events", "--format", "jsonl"], &db).stdout;
    let o = run(&["run", input.to_str().unwrap()], &db);
    assert!(o.status.success());
    assert_eq!(run(&["events", "--format", "jsonl"], &db).stdout, before);
}

#[test]
fn parse_prints_token_ranges_into_the_input() {
    let text = "Der russische Präsident traf am Montag in Moskau ein.\n\nDie USA warfen Russland vor, gegen UN-Resolutionen zu verstoßen.";
    let mut child =
        augur().args(["parse", "--lang", "de", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let mut tokens = 0;
    for line in out.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        let Some(range) = cols[9].split('|').find_map(|m| m.strip_prefix("TokenRange=")) else { continue };
        let (a, b) = range.split_once(':').unwrap();
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        assert_eq!(&text[a..b], cols[1], "{line}");
        tokens += 1;
    }
    assert!(tokens >= 20, "{out}");
    assert!(out.contains("\tnsubj\t"), "{out}");
}

#[test]
fn code_contract_fields() {
    let o = augur().args(["code", "--date", "2023-06-19"]).arg(examples().join("en-summit.html")).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let events = jsonl(&o);
    assert!(!events.is_empty());
    for e in &events {
        for f in ["doc", "sentence", "cameo", "cameo_root", "plover", "negated", "modality", "confidence"] {
            assert!(e.get(f).is_some(), "missing {f}: {e}");
        }
        assert!(e["source"]["code"].is_string(), "{e}");
        assert!(e.get("target").is_some(), "{e}");
        assert_eq!(e["cameo_root"].as_str().unwrap(), &e["cameo"].as_str().unwrap()[..2]);
        // Every span points into the document: the sentence contains the trigger.
        let s = &e["sentence_span"];
        let t = &e["trigger"]["span"];
        assert!(s[0].as_u64() <= t[0].as_u64() && t[1].as_u64() <= s[1].as_u64(), "{e}");
    }
}

#[test]
fn export_gdelt_rows_have_61_fields() {
    let dir = tempdir("export");
    let db = dir.join("e.db");
    let o = run(&["run", examples().to_str().unwrap()], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = dir.join("events.tsv");
    let o = run(&["export", "--format", "gdelt-events", "--out", out.to_str().unwrap()], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let tsv = std::fs::read_to_string(&out).unwrap();
    assert!(tsv.lines().count() >= 1);
    for line in tsv.lines() {
        assert_eq!(line.split('\t').count(), 61, "{line}");
    }
}

#[test]
fn recode_replaces_mentions_without_duplicating() {
    let dir = tempdir("recode");
    let db = dir.join("r.db");
    let o = run(&["run", examples().to_str().unwrap()], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = run(&["events", "--format", "jsonl"], &db).stdout;
    // Nothing is stale: the same pipeline coded every document.
    let o = run(&["recode"], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 re-coded"), "{}", stderr(&o));
    // Forcing a re-code of everything gives the same events again, not twice as many.
    let o = run(&["recode", "--all"], &db);
    assert!(o.status.success(), "{}", stderr(&o));
    let after = jsonl(&run(&["events", "--format", "jsonl"], &db));
    let before = jsonl(&Output { status: o.status, stdout: before, stderr: Vec::new() });
    let key =
        |e: &serde_json::Value| format!("{}|{}|{}|{}", e["source"]["code"], e["target"]["code"], e["cameo"], e["date"]);
    let mut a: Vec<String> = before.iter().map(key).collect();
    let mut b: Vec<String> = after.iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}
