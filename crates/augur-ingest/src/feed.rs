//! RSS 2.0 / RSS 1.0 (RDF) / Atom feeds: every item or entry is one HTML document built
//! from its `content:encoded`, `content` or `description`/`summary`. Nothing is fetched.

use augur_core::doc::RawFormat;
use augur_core::{DocMeta, RawDoc};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::{raw, Ctx, DocIter, IngestError};

#[derive(Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    date: Option<String>,
    author: Option<String>,
    summary: Option<String>,
    content: Option<String>,
    guid: Option<String>,
    lang: Option<String>,
}

/// Which field the text being read belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
    Date,
    Author,
    Summary,
    Content,
    Guid,
}

fn field_of(local: &[u8], qualified: &[u8]) -> Option<Field> {
    Some(match local {
        b"title" => Field::Title,
        b"link" => Field::Link,
        b"pubDate" | b"published" | b"updated" | b"date" | b"issued" => Field::Date,
        b"author" | b"creator" => Field::Author,
        b"description" | b"summary" => Field::Summary,
        b"encoded" if qualified.starts_with(b"content:") => Field::Content,
        b"content" => Field::Content,
        b"guid" | b"id" => Field::Guid,
        _ => return None,
    })
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

pub(crate) fn parse_feed(bytes: &[u8], ctx: &Ctx) -> DocIter {
    let (items, feed_lang, error) = read_items(bytes);
    let mut out: Vec<Result<RawDoc, IngestError>> = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let at = ctx.at_record(format!("item {}", i + 1));
        let mut body = item.content.filter(|c| !c.trim().is_empty()).or(item.summary).unwrap_or_default();
        // A headline-only item is still a document: its text is the headline.
        if body.trim().is_empty() {
            if let Some(t) = item.title.as_deref().filter(|t| !t.trim().is_empty()) {
                body = format!("<p>{}</p>", t.trim().replace('&', "&amp;").replace('<', "&lt;"));
            }
        }
        if body.trim().is_empty() && item.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
            out.push(Err(IngestError::Feed { at, message: "item without title or content".into() }));
            continue;
        }
        let mut doc = raw(at, body.into_bytes(), RawFormat::Html);
        doc.hints = DocMeta {
            title: item.title.map(|t| t.trim().to_string()),
            date: item.date.map(|t| t.trim().to_string()),
            author: item.author.map(|t| t.trim().to_string()),
            url: item.link.map(|t| t.trim().to_string()),
            site: None,
            lang: item.lang.or_else(|| feed_lang.clone()),
        };
        doc.declared_charset = Some("utf-8".into());
        doc.id_hint = item.guid.map(|g| g.trim().to_string());
        out.push(Ok(doc));
    }
    if let Some(message) = error {
        out.push(Err(IngestError::Feed { at: ctx.at.clone(), message }));
    }
    Box::new(out.into_iter())
}

/// Decodes a feed: BOM, else the XML declaration's `encoding`, else UTF-8 (lossy).
fn decode_xml(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_with_bom_removal(bytes).0;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned();
    let declared = head.strip_prefix("<?xml").and_then(|d| {
        let d = &d[..d.find("?>")?];
        let i = d.find("encoding")?;
        let v = d[i + 8..].trim_start().strip_prefix('=')?.trim_start();
        let q = v.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let v = &v[1..];
        Some(v[..v.find(q)?].to_string())
    });
    match declared.and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes())) {
        Some(enc) if enc != encoding_rs::UTF_8 && enc.is_ascii_compatible() => enc.decode_without_bom_handling(bytes).0,
        _ => String::from_utf8_lossy(bytes),
    }
}

/// Parses items; on an XML error returns the items read so far plus the error.
fn read_items(bytes: &[u8]) -> (Vec<Item>, Option<String>, Option<String>) {
    let text = decode_xml(bytes);
    let mut reader = Reader::from_str(&text);
    reader.config_mut().check_end_names = false;
    let mut items = Vec::new();
    let mut feed_lang: Option<String> = None;
    let mut current: Option<Item> = None;
    // Field being captured and the element depth at which it started.
    let mut capture: Option<(Field, usize, String)> = None;
    let mut depth = 0usize;
    loop {
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => return (items, feed_lang, Some(format!("XML error at byte {}: {e}", reader.buffer_position()))),
        };
        match ev {
            Event::Start(e) => {
                depth += 1;
                let qname = e.name();
                let local = e.local_name();
                if let Some((_, _, buf)) = &mut capture {
                    // XHTML content: keep the markup.
                    buf.push('<');
                    buf.push_str(&String::from_utf8_lossy(local.as_ref()));
                    buf.push('>');
                    continue;
                }
                match local.as_ref() {
                    b"item" | b"entry" => current = Some(Item::default()),
                    b"channel" | b"feed" if feed_lang.is_none() => feed_lang = attr(&e, b"lang"),
                    _ => {}
                }
                if local.as_ref() == b"language" && current.is_none() {
                    capture = Some((Field::Guid, depth, String::new()));
                    continue;
                }
                if let Some(item) = &mut current {
                    if local.as_ref() == b"link" {
                        let rel = attr(&e, b"rel");
                        if let Some(href) = attr(&e, b"href") {
                            if rel.as_deref().is_none_or(|r| r == "alternate") && item.link.is_none() {
                                item.link = Some(href);
                            }
                            continue;
                        }
                    }
                    if item.lang.is_none() {
                        item.lang = attr(&e, b"lang");
                    }
                    if let Some(f) = field_of(local.as_ref(), qname.as_ref()) {
                        capture = Some((f, depth, String::new()));
                    }
                }
            }
            Event::Empty(e) => {
                if let Some((_, _, buf)) = &mut capture {
                    buf.push('<');
                    buf.push_str(&String::from_utf8_lossy(e.local_name().as_ref()));
                    buf.push_str("/>");
                    continue;
                }
                if let Some(item) = &mut current {
                    if e.local_name().as_ref() == b"link" {
                        let rel = attr(&e, b"rel");
                        if let Some(href) = attr(&e, b"href") {
                            if rel.as_deref().is_none_or(|r| r == "alternate") && item.link.is_none() {
                                item.link = Some(href);
                            }
                        }
                    }
                }
            }
            Event::Text(t) => {
                if let Some((_, _, buf)) = &mut capture {
                    match t.unescape() {
                        Ok(s) => buf.push_str(&s),
                        Err(_) => buf.push_str(&String::from_utf8_lossy(&t)),
                    }
                }
            }
            Event::CData(t) => {
                if let Some((_, _, buf)) = &mut capture {
                    buf.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::End(e) => {
                let local = e.local_name();
                let capture_depth = capture.as_ref().map(|c| c.1);
                if let Some(d) = capture_depth {
                    if d == depth {
                        if let Some((field, _, value)) = capture.take() {
                            match &mut current {
                                Some(item) => set_field(item, field, value),
                                None => feed_lang = feed_lang.or(Some(value.trim().to_string())),
                            }
                        }
                    } else if let Some((_, _, buf)) = &mut capture {
                        buf.push_str("</");
                        buf.push_str(&String::from_utf8_lossy(local.as_ref()));
                        buf.push('>');
                    }
                }
                match local.as_ref() {
                    b"item" | b"entry" => {
                        if let Some(item) = current.take() {
                            items.push(item);
                        }
                    }
                    _ => {}
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (items, feed_lang, None)
}

/// Atom `<author>` holds `<name>` (and `<email>`); RSS `<author>` holds text directly.
fn author_name(value: &str) -> String {
    if let Some(start) = value.find("<name>") {
        let rest = &value[start + 6..];
        return rest[..rest.find("</name>").unwrap_or(rest.len())].trim().to_string();
    }
    value.trim().to_string()
}

fn set_field(item: &mut Item, field: Field, value: String) {
    let slot = match field {
        Field::Title => &mut item.title,
        Field::Link => &mut item.link,
        Field::Date => &mut item.date,
        Field::Author => &mut item.author,
        Field::Summary => &mut item.summary,
        Field::Content => &mut item.content,
        Field::Guid => &mut item.guid,
    };
    // First value wins (`published` before `updated`), except that an empty one is replaced.
    let value = if field == Field::Author { author_name(&value) } else { value.trim().to_string() };
    if value.is_empty() {
        return;
    }
    if slot.as_deref().is_none_or(|s| s.trim().is_empty()) {
        *slot = Some(value);
    }
}
