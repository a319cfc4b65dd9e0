use std::io::Write;
use std::path::{Path, PathBuf};

use augur_core::doc::RawFormat;
use augur_core::RawDoc;
use augur_ingest::{read_inputs, read_stream, Caps, IngestError};

fn data(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(p)
}

/// A scratch directory unique to one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("augur-ingest-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// One line per result: `ok <format> <source> <title?>` or `err <source>: <kind>`.
fn summary(results: Vec<Result<RawDoc, IngestError>>, base: &Path) -> Vec<String> {
    let base = base.display().to_string();
    results
        .into_iter()
        .map(|r| match r {
            Ok(d) => format!(
                "ok {:?} {} {}",
                d.format,
                d.source.to_string().replace(&base, ""),
                d.hints.title.unwrap_or_default()
            ),
            Err(e) => {
                let kind = format!("{e:?}");
                let kind = kind.split([' ', '{']).next().unwrap_or("").to_string();
                format!("err {} {kind}", e.at().to_string().replace(&base, ""))
            }
        })
        .collect()
}

fn check(paths: &[PathBuf], caps: &Caps, base: &Path, expected: &[&str]) {
    let got = summary(read_inputs(paths, caps).collect(), base);
    assert_eq!(got, expected);
}

#[test]
fn directory_is_recursive_sorted_and_skips_hidden_files() {
    let base = data("tree");
    check(
        std::slice::from_ref(&base),
        &Caps::default(),
        &base,
        &[
            "ok Html /a-article.html ",
            "ok Text /b-note.txt ",
            "ok Text /sub/c-items.jsonl#line 1 Huelga de transportes",
            "ok Html /sub/c-items.jsonl#line 3 Landtag",
            "err /sub/c-items.jsonl#line 4 Json",
            "err /sub/c-items.jsonl#line 5 Json",
        ],
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_end() {
    let dir = scratch("loop");
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("a/doc.txt"), "Ein Satz.").unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("a/back")).unwrap();
    let n = read_inputs(std::slice::from_ref(&dir), &Caps::default()).count();
    assert_eq!(n, 1);
}

#[test]
fn jsonl_fields_become_hints() {
    let docs: Vec<RawDoc> = read_inputs(&[data("tree/sub/c-items.jsonl")], &Caps::default()).flatten().collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id_hint.as_deref(), Some("n-1"));
    assert_eq!(docs[0].hints.url.as_deref(), Some("https://news.example.org/1"));
    assert_eq!(docs[0].hints.date.as_deref(), Some("2024-03-02"));
    assert_eq!(docs[0].hints.lang.as_deref(), Some("es"));
    assert!(String::from_utf8_lossy(&docs[0].bytes).starts_with("Los sindicatos"));
    assert_eq!(docs[1].id_hint.as_deref(), Some("7"));
}

#[test]
fn rss_items_are_documents() {
    let docs: Vec<RawDoc> = read_inputs(&[data("feed-rss.xml")], &Caps::default()).map(|r| r.unwrap()).collect();
    assert_eq!(docs.len(), 2);
    let a = &docs[0];
    assert_eq!(a.format, RawFormat::Html);
    assert_eq!(a.hints.title.as_deref(), Some("Ministers meet in Brussels"));
    assert_eq!(a.hints.url.as_deref(), Some("https://wire.example.com/ministers"));
    assert_eq!(a.hints.date.as_deref(), Some("Tue, 05 Mar 2024 09:30:00 GMT"));
    assert_eq!(a.hints.author.as_deref(), Some("Jane Roe"));
    assert_eq!(a.hints.lang.as_deref(), Some("en-gb"));
    assert_eq!(a.id_hint.as_deref(), Some("wire-001"));
    // content:encoded wins over the description teaser.
    assert!(String::from_utf8_lossy(&a.bytes).contains("<p>They discussed sanctions.</p>"));
    let b = &docs[1];
    assert_eq!(b.hints.title.as_deref(), Some("Flood warning & evacuation"));
    assert_eq!(String::from_utf8_lossy(&b.bytes), "<p>Authorities ordered an evacuation of the valley.</p>");
    assert_eq!(b.source.record.as_deref(), Some("item 2"));
}

#[test]
fn atom_entries_are_documents() {
    let docs: Vec<RawDoc> = read_inputs(&[data("feed-atom.xml")], &Caps::default()).map(|r| r.unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].hints.url.as_deref(), Some("https://nachrichten.example.de/bahnstreik"));
    assert_eq!(docs[0].hints.date.as_deref(), Some("2024-02-01T08:00:00+01:00"));
    assert_eq!(docs[0].hints.author.as_deref(), Some("Max Muster"));
    assert_eq!(docs[0].hints.lang.as_deref(), Some("de"));
    assert_eq!(String::from_utf8_lossy(&docs[0].bytes), "<p>Der Streik bei der Bahn ist beendet.</p>");
    assert_eq!(docs[1].hints.url.as_deref(), Some("https://nachrichten.example.de/bruecke"));
    assert!(String::from_utf8_lossy(&docs[1].bytes).contains("<p>Die Brücke über den Fluss ist offen.</p>"));
}

#[test]
fn legacy_charset_feed_and_headline_only_items() {
    let results: Vec<_> = read_inputs(&[data("feed-latin1.rss")], &Caps::default()).collect();
    assert_eq!(results.len(), 2);
    let doc = results[0].as_ref().unwrap();
    assert_eq!(doc.hints.title.as_deref(), Some("Grüße aus München"));
    assert_eq!(String::from_utf8_lossy(&doc.bytes), "<p>Grüße aus München</p>");
    assert!(matches!(results[1], Err(IngestError::Feed { .. })));
}

fn warc_record(kind: &str, uri: &str, id: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(ctype: &str, body: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nServer: x\r\n\r\n{body}").into_bytes()
}

fn sample_warc() -> Vec<u8> {
    let mut w = Vec::new();
    w.extend(warc_record("warcinfo", "", "info", b"software: test\r\n"));
    w.extend(warc_record("request", "https://a.example/1", "req1", b"GET /1 HTTP/1.1\r\n\r\n"));
    w.extend(warc_record(
        "response",
        "https://a.example/1",
        "r1",
        &http("text/html; charset=ISO-8859-1", "<html><body><p>Erste Seite.</p></body></html>"),
    ));
    w.extend(warc_record("response", "https://a.example/logo.png", "img", &http("image/png", "\u{1}PNG")));
    w.extend(warc_record("response", "https://a.example/2", "r2", &http("text/html", "<p>Second page.</p>")));
    w
}

#[test]
fn warc_and_multi_member_warc_gz() {
    let dir = scratch("warc");
    let plain = dir.join("crawl.warc");
    std::fs::write(&plain, sample_warc()).unwrap();
    // Common Crawl style: one gzip member per record.
    let gz = dir.join("crawl.warc.gz");
    let recs = sample_warc();
    let half = recs.len() / 2;
    let mut multi = gzip(&recs[..half]);
    multi.extend(gzip(&recs[half..]));
    std::fs::write(&gz, multi).unwrap();
    for path in [plain, gz] {
        let docs: Vec<RawDoc> =
            read_inputs(std::slice::from_ref(&path), &Caps::default()).map(|r| r.unwrap()).collect();
        assert_eq!(docs.len(), 2, "{}", path.display());
        assert_eq!(docs[0].hints.url.as_deref(), Some("https://a.example/1"));
        assert_eq!(docs[0].hints.date.as_deref(), Some("2024-05-01T10:00:00Z"));
        assert_eq!(docs[0].source.record.as_deref(), Some("urn:uuid:r1"));
        assert_eq!(docs[0].declared_charset.as_deref(), Some("iso-8859-1"));
        assert_eq!(docs[0].bytes, b"<html><body><p>Erste Seite.</p></body></html>");
        assert_eq!(docs[1].declared_charset, None);
        assert_eq!(docs[1].format, RawFormat::Html);
    }
}

#[test]
fn hostile_inputs_give_errors_and_iteration_continues() {
    let dir = scratch("hostile");
    let good = dir.join("z-good.txt");
    std::fs::write(&good, "A perfectly normal line of text.").unwrap();
    std::fs::write(dir.join("a-empty.txt"), "").unwrap();
    std::fs::write(dir.join("b-binary.bin"), [0u8, 159, 146, 150, 0, 1, 2, 3, 255]).unwrap();
    let gz = gzip(b"<html><body><p>Some page</p></body></html>");
    std::fs::write(dir.join("c-truncated.html.gz"), &gz[..gz.len() / 2]).unwrap();
    let mut warc = sample_warc();
    warc.truncate(warc.len() - 60);
    std::fs::write(dir.join("d-truncated.warc"), &warc).unwrap();
    std::fs::write(dir.join("e-garbage.warc"), b"WARC/1.0\r\nContent-Length: nonsense\r\n\r\n").unwrap();
    std::fs::write(dir.join("f-invalid-utf8.txt"), b"caf\xe9 au lait \xff\xfe").unwrap();
    let missing = dir.join("does-not-exist.html");
    let results: Vec<_> = read_inputs(&[missing, dir.clone()], &Caps::default()).collect();
    check(
        &[dir.join("does-not-exist.html"), dir.clone()],
        &Caps::default(),
        &dir,
        &[
            "err /does-not-exist.html Io",
            "ok Text /a-empty.txt ",
            "err /b-binary.bin Binary",
            "err /c-truncated.html.gz Gzip",
            "ok Html /d-truncated.warc#urn:uuid:r1 ",
            "err /d-truncated.warc#urn:uuid:r2 Warc",
            "err /e-garbage.warc#record 1 Warc",
            "ok Text /f-invalid-utf8.txt ",
            "ok Text /z-good.txt ",
        ],
    );
    assert_eq!(results.len(), 9);
}

#[test]
fn caps_stop_large_documents_and_gzip_bombs() {
    let dir = scratch("caps");
    let big = "Eine Zeile Text.\n".repeat(1000);
    std::fs::write(dir.join("a-big.txt"), &big).unwrap();
    // 10 MB of zeros compress to ~10 KB: a small bomb.
    std::fs::write(dir.join("b-bomb.txt.gz"), gzip(&vec![b'a'; 10 * 1024 * 1024])).unwrap();
    std::fs::write(
        dir.join("c-lines.jsonl"),
        format!("{{\"text\": \"{}\"}}\n{{\"text\": \"kurz\"}}\n", "x".repeat(5000)),
    )
    .unwrap();
    std::fs::write(dir.join("d-small.txt"), "klein").unwrap();
    let caps = Caps { max_doc_bytes: 4096, max_decompressed_bytes: 1024 * 1024 };
    check(
        std::slice::from_ref(&dir),
        &caps,
        &dir,
        &[
            "err /a-big.txt TooLarge",
            "err /b-bomb.txt.gz TooLarge",
            "err /c-lines.jsonl#line 1 TooLarge",
            "ok Text /c-lines.jsonl#line 2 ",
            "ok Text /d-small.txt ",
        ],
    );
    // With a generous document cap, the decompression cap trips first.
    let caps = Caps { max_doc_bytes: 64 * 1024 * 1024, max_decompressed_bytes: 1024 * 1024 };
    check(&[dir.join("b-bomb.txt.gz")], &caps, &dir, &["err /b-bomb.txt.gz DecompressionBomb"]);
}

#[test]
fn streams_and_gzip_are_sniffed_by_content() {
    let html = gzip("<!doctype html><html><body><p>Привет</p></body></html>".as_bytes());
    let docs: Vec<_> = read_stream(std::io::Cursor::new(html), "-", None, &Caps::default()).collect();
    assert_eq!(docs.len(), 1);
    let d = docs[0].as_ref().unwrap();
    assert_eq!(d.format, RawFormat::Html);
    assert_eq!(d.source.location, "-");
    let jsonl = gzip(b"{\"text\": \"uno\"}\n{\"text\": \"dos\"}\n");
    let n = read_stream(std::io::Cursor::new(jsonl), "stdin", None, &Caps::default()).flatten().count();
    assert_eq!(n, 2);
}
