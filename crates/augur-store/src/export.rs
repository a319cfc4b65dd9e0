//! Exports of the whole store: GDELT 2.0 events and mentions, PLOVER JSONL, CSV, Parquet.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

use augur_core::{EventActor, EventMention, Lang};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, FloatType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use serde_json::{json, Value};

use crate::codec;
use crate::dates;
use crate::error::{Result, StoreError};
use crate::query::{csv_line, event_from_row, flat_fields, EVENT_COLUMNS, FLAT_HEADER};
use crate::store::{site_key, Store};
use crate::types::EventRow;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    GdeltEvents,
    /// GDELT 2.0 mentions table: 16 tab-separated columns, no header.
    GdeltMentions,
    /// One PLOVER record per event, JSONL.
    Plover,
    /// Flat event table with a header.
    Csv,
    /// The CSV's columns, typed, in a Parquet file.
    Parquet,
}

impl std::str::FromStr for ExportFormat {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<ExportFormat> {
        match s.to_ascii_lowercase().as_str() {
            "gdelt-events" | "gdelt" => Ok(ExportFormat::GdeltEvents),
            "gdelt-mentions" => Ok(ExportFormat::GdeltMentions),
            "plover" => Ok(ExportFormat::Plover),
            "csv" => Ok(ExportFormat::Csv),
            "parquet" => Ok(ExportFormat::Parquet),
            _ => Err(StoreError::Invalid {
                what: "export format (gdelt-events, gdelt-mentions, plover, csv, parquet)",
                value: s.to_string(),
            }),
        }
    }
}

/// Number of columns of a GDELT 2.0 event row.
pub const GDELT_EVENT_COLUMNS: usize = 61;
/// Number of columns of a GDELT 2.0 mention row.
pub const GDELT_MENTION_COLUMNS: usize = 16;

/// An event with what its first (representative) mention and that mention's document add.
struct ExportEvent {
    row: EventRow,
    first: Option<EventMention>,
    url: Option<String>,
    source: String,
    title: Option<String>,
    site: Option<String>,
    lang: String,
    text: Option<String>,
    triggers: Vec<String>,
}

impl Store {
    /// Writes the whole store in `format` to `out_path`; returns the number of rows written.
    pub fn export(&self, format: ExportFormat, out_path: &Path) -> Result<u64> {
        let io = |e: std::io::Error| StoreError::Io { path: out_path.to_path_buf(), source: e };
        let file = File::create(out_path).map_err(io)?;
        if format == ExportFormat::Parquet {
            return self.export_parquet(file);
        }
        let mut w = BufWriter::new(file);
        let n = self.export_to(format, &mut w)?;
        w.flush().map_err(io)?;
        Ok(n)
    }

    /// Writes a text format to a writer (Parquet needs a file: use [`Store::export`]).
    pub fn export_to(&self, format: ExportFormat, out: &mut dyn Write) -> Result<u64> {
        match format {
            ExportFormat::GdeltEvents => {
                self.for_each_export_event(false, |e| Ok(writeln!(out, "{}", gdelt_event_fields(e).join("\t"))?))
            }
            ExportFormat::GdeltMentions => self.export_gdelt_mentions(out),
            ExportFormat::Plover => self.for_each_export_event(true, |e| {
                serde_json::to_writer(&mut *out, &plover_record(e))?;
                Ok(out.write_all(b"\n")?)
            }),
            ExportFormat::Csv => {
                writeln!(out, "{}", FLAT_HEADER.join(","))?;
                self.for_each_export_event(false, |e| Ok(writeln!(out, "{}", csv_line(&flat_fields(&e.row)))?))
            }
            ExportFormat::Parquet => {
                Err(StoreError::Invalid { what: "export target (parquet needs a file path)", value: "writer".into() })
            }
        }
    }

    fn for_each_export_event(&self, with_text: bool, mut f: impl FnMut(&ExportEvent) -> Result<()>) -> Result<u64> {
        let text_col = if with_text { "d.text" } else { "NULL" };
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, fm.json, d.url, d.source, d.source_record, d.title, d.site, d.lang, {text_col} \
             FROM events e LEFT JOIN mentions fm ON fm.id = e.first_mention \
             LEFT JOIN documents d ON d.id = fm.doc_id ORDER BY e.id"
        );
        let mut st = self.conn.prepare(&sql)?;
        let mut trig = self.conn.prepare("SELECT trigger_text FROM mentions WHERE event_id = ?1 ORDER BY rowid")?;
        let mut rows = st.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let row = event_from_row(r)?;
            let first: Option<Vec<u8>> = r.get(20)?;
            let first = match first {
                Some(b) => Some(serde_json::from_str::<EventMention>(&codec::decode(&b)?)?),
                None => None,
            };
            let source: Option<String> = r.get(22)?;
            let record: Option<String> = r.get(23)?;
            let mut triggers: Vec<String> = Vec::new();
            if with_text {
                for t in trig.query_map([row.id], |r| r.get::<_, Option<String>>(0))? {
                    if let Some(t) = t? {
                        if !triggers.contains(&t) {
                            triggers.push(t);
                        }
                    }
                }
            }
            let e = ExportEvent {
                row,
                first,
                url: r.get(21)?,
                source: match record {
                    Some(rec) => format!("{}#{rec}", source.unwrap_or_default()),
                    None => source.unwrap_or_default(),
                },
                title: r.get(24)?,
                site: r.get(25)?,
                lang: r.get::<_, Option<String>>(26)?.unwrap_or_default(),
                text: r.get(27)?,
                triggers,
            };
            f(&e)?;
            n += 1;
        }
        Ok(n)
    }

    fn export_gdelt_mentions(&self, out: &mut dyn Write) -> Result<u64> {
        let mut st = self.conn.prepare(
            "SELECT m.event_id, e.first_seen, d.ingest_time, d.site, d.url, d.source, d.source_record, m.json, \
             d.text, d.lang FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.doc_id \
             ORDER BY m.event_id, m.rowid",
        )?;
        let mut rows = st.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let event: i64 = r.get(0)?;
            let first_seen: String = r.get(1)?;
            let ingest: String = r.get(2)?;
            let site: Option<String> = r.get(3)?;
            let url: Option<String> = r.get(4)?;
            let source: String = r.get(5)?;
            let record: Option<String> = r.get(6)?;
            let m: EventMention = serde_json::from_str(&codec::decode(&r.get::<_, Vec<u8>>(7)?)?)?;
            let text: String = r.get(8)?;
            let lang: String = r.get(9)?;
            let ident = url.clone().unwrap_or_else(|| match &record {
                Some(rec) => format!("{source}#{rec}"),
                None => source.clone(),
            });
            let action = m.trigger.to_char_span(&text).map(|s| s.start.to_string()).unwrap_or_else(|| "-1".into());
            let fields = [
                event.to_string(),
                dates::gdelt_timestamp(&first_seen),
                dates::gdelt_timestamp(&ingest),
                // 1 = WEB: a document with a URL; 3 = CORE: a document from a collection.
                if url.is_some() { "1" } else { "3" }.to_string(),
                site_key(site.as_deref(), url.as_deref()).unwrap_or_default(),
                ident,
                (m.sentence + 1).to_string(),
                m.source.span_char.start.to_string(),
                m.target.as_ref().map(|t| t.span_char.start.to_string()).unwrap_or_else(|| "-1".into()),
                action,
                "1".into(),
                ((m.confidence.clamp(0.0, 1.0) * 100.0).round() as i64).to_string(),
                text.chars().count().to_string(),
                String::new(),
                translation_info(&lang),
                String::new(),
            ];
            writeln!(out, "{}", fields.map(|f| clean(&f)).join("\t"))?;
            n += 1;
        }
        Ok(n)
    }

    fn export_parquet(&self, file: File) -> Result<u64> {
        let schema = Arc::new(parse_message_type(PARQUET_SCHEMA)?);
        let props = Arc::new(WriterProperties::builder().set_created_by("augur-store".into()).build());
        let mut writer = SerializedFileWriter::new(file, schema, props)?;
        let mut batch: Vec<EventRow> = Vec::new();
        let mut n = 0;
        let flush = |batch: &mut Vec<EventRow>, writer: &mut SerializedFileWriter<File>| -> Result<()> {
            if batch.is_empty() {
                return Ok(());
            }
            write_row_group(writer, batch)?;
            batch.clear();
            Ok(())
        };
        self.for_each_export_event(false, |e| {
            batch.push(e.row.clone());
            n += 1;
            if batch.len() >= ROW_GROUP {
                flush(&mut batch, &mut writer)?;
            }
            Ok(())
        })?;
        flush(&mut batch, &mut writer)?;
        writer.close()?;
        Ok(n)
    }
}

const ROW_GROUP: usize = 65_536;

const PARQUET_SCHEMA: &str = "message augur_event {
    REQUIRED INT64 id;
    REQUIRED INT32 date (DATE);
    REQUIRED BYTE_ARRAY source_code (STRING);
    REQUIRED BYTE_ARRAY source_country (STRING);
    OPTIONAL BYTE_ARRAY source_name (STRING);
    OPTIONAL BYTE_ARRAY target_code (STRING);
    OPTIONAL BYTE_ARRAY target_country (STRING);
    OPTIONAL BYTE_ARRAY target_name (STRING);
    REQUIRED BYTE_ARRAY cameo (STRING);
    REQUIRED BYTE_ARRAY root (STRING);
    REQUIRED INT32 quad (INT_8);
    REQUIRED FLOAT goldstein;
    REQUIRED BYTE_ARRAY plover (STRING);
    OPTIONAL BYTE_ARRAY location_name (STRING);
    OPTIONAL BYTE_ARRAY location_country (STRING);
    OPTIONAL BYTE_ARRAY location_fips (STRING);
    OPTIONAL DOUBLE lat;
    OPTIONAL DOUBLE lon;
    REQUIRED BYTE_ARRAY first_seen (STRING);
    REQUIRED INT64 num_mentions;
    REQUIRED INT64 num_articles;
    REQUIRED INT64 num_sources;
    REQUIRED BOOLEAN is_root_event;
    REQUIRED BYTE_ARRAY version (STRING);
}";

fn opt_str(v: &[Option<String>]) -> (Vec<ByteArray>, Vec<i16>) {
    let defs = v.iter().map(|s| i16::from(s.is_some())).collect();
    let vals = v.iter().flatten().map(|s| ByteArray::from(s.as_str())).collect();
    (vals, defs)
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn write_row_group(writer: &mut SerializedFileWriter<File>, rows: &[EventRow]) -> Result<()> {
    let mut rg = writer.next_row_group()?;
    let mut col_index = 0;
    while let Some(mut col) = rg.next_column()? {
        let strs = |f: &dyn Fn(&EventRow) -> Option<String>| opt_str(&rows.iter().map(f).collect::<Vec<_>>());
        let req =
            |f: &dyn Fn(&EventRow) -> String| rows.iter().map(|r| ByteArray::from(f(r).as_str())).collect::<Vec<_>>();
        match col_index {
            0 => {
                col.typed::<Int64Type>().write_batch(&rows.iter().map(|r| r.id).collect::<Vec<_>>(), None, None)?;
            }
            1 => {
                let days: Vec<i32> =
                    rows.iter().map(|r| dates::parse_day(&r.date).map(|d| d.0 as i32).unwrap_or(0)).collect();
                col.typed::<Int32Type>().write_batch(&days, None, None)?;
            }
            2 | 3 | 8 | 9 | 12 | 18 | 23 => {
                let v = req(&|r: &EventRow| match col_index {
                    2 => r.source.code.clone(),
                    3 => r.source.country.clone(),
                    8 => r.cameo.clone(),
                    9 => r.root.clone(),
                    12 => r.plover.clone(),
                    18 => r.first_seen.clone(),
                    _ => r.version.clone(),
                });
                col.typed::<ByteArrayType>().write_batch(&v, None, None)?;
            }
            4..=7 | 13..=15 => {
                let (vals, defs) = strs(&|r: &EventRow| match col_index {
                    4 => non_empty(&r.source.name),
                    5 => r.target.as_ref().map(|t| t.code.clone()),
                    6 => r.target.as_ref().map(|t| t.country.clone()),
                    7 => r.target.as_ref().and_then(|t| non_empty(&t.name)),
                    13 => r.location.as_ref().map(|l| l.name.clone()),
                    14 => r.location.as_ref().map(|l| l.country.clone()),
                    _ => r.location.as_ref().and_then(|l| non_empty(&l.fips)),
                });
                col.typed::<ByteArrayType>().write_batch(&vals, Some(&defs), None)?;
            }
            10 => {
                col.typed::<Int32Type>().write_batch(
                    &rows.iter().map(|r| i32::from(r.quad)).collect::<Vec<_>>(),
                    None,
                    None,
                )?;
            }
            11 => {
                col.typed::<FloatType>().write_batch(
                    &rows.iter().map(|r| r.goldstein).collect::<Vec<_>>(),
                    None,
                    None,
                )?;
            }
            16 | 17 => {
                let v: Vec<Option<f64>> = rows
                    .iter()
                    .map(|r| r.location.as_ref().map(|l| if col_index == 16 { l.lat } else { l.lon }))
                    .collect();
                let defs: Vec<i16> = v.iter().map(|x| i16::from(x.is_some())).collect();
                let vals: Vec<f64> = v.into_iter().flatten().collect();
                col.typed::<DoubleType>().write_batch(&vals, Some(&defs), None)?;
            }
            19..=21 => {
                let v: Vec<i64> = rows
                    .iter()
                    .map(|r| {
                        i64::from(match col_index {
                            19 => r.num_mentions,
                            20 => r.num_articles,
                            _ => r.num_sources,
                        })
                    })
                    .collect();
                col.typed::<Int64Type>().write_batch(&v, None, None)?;
            }
            22 => {
                col.typed::<BoolType>().write_batch(
                    &rows.iter().map(|r| r.is_root_event).collect::<Vec<_>>(),
                    None,
                    None,
                )?;
            }
            _ => {
                return Err(StoreError::Invalid { what: "parquet column index", value: col_index.to_string() });
            }
        }
        col.close()?;
        col_index += 1;
    }
    rg.close()?;
    Ok(())
}

/// Tabs and line breaks would break the row structure; GDELT fields never contain them.
fn clean(s: &str) -> String {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ")
    } else {
        s.to_string()
    }
}

/// GDELT's TranslationInfo: empty for English, `srclc:` plus the ISO 639-2 code otherwise.
/// augur codes every language natively, so no `eng:` translation engine is named.
fn translation_info(lang: &str) -> String {
    let code3 = match Lang::from_code(lang) {
        Some(Lang::En) => return String::new(),
        Some(Lang::De) => "deu",
        Some(Lang::Fr) => "fra",
        Some(Lang::Es) => "spa",
        Some(Lang::Ru) => "rus",
        _ => "und",
    };
    format!("srclc:{code3}")
}

fn gdelt_actor(a: Option<&EventActor>, code_fallback: Option<&str>) -> [String; 10] {
    let Some(a) = a else {
        let mut out: [String; 10] = Default::default();
        out[0] = code_fallback.unwrap_or("").to_string();
        return out;
    };
    let actor = &a.actor;
    let name = if actor.name.is_empty() { a.text.clone() } else { actor.name.clone() };
    let country = if actor.country.starts_with("IGO") || actor.country.len() != 3 { "" } else { &actor.country };
    let sector = |i: usize| actor.sectors.get(i).cloned().unwrap_or_default();
    [
        a.code.clone(),
        name.to_uppercase(),
        country.to_string(),
        actor.known_group.clone().unwrap_or_default(),
        actor.ethnicity.clone().unwrap_or_default(),
        actor.religion.clone().unwrap_or_default(),
        String::new(),
        sector(0),
        sector(1),
        sector(2),
    ]
}

fn gdelt_event_fields(e: &ExportEvent) -> Vec<String> {
    let r = &e.row;
    let day = dates::parse_day(&r.date).map(|d| d.0).unwrap_or(0);
    let sqldate = dates::compact_day(day);
    let (y, _, _) = dates::civil_from_days(day);
    let mut f: Vec<String> = Vec::with_capacity(GDELT_EVENT_COLUMNS);
    f.push(r.id.to_string());
    f.push(sqldate.clone());
    f.push(sqldate[..6].to_string());
    f.push(format!("{y:04}"));
    f.push(format!("{:.4}", y as f64 + (dates::day_of_year(day) as f64 / 365.0)));
    let first = e.first.as_ref();
    f.extend(gdelt_actor(first.map(|m| &m.source), Some(&r.source.code)));
    f.extend(gdelt_actor(first.and_then(|m| m.target.as_ref()), r.target.as_ref().map(|t| t.code.as_str())));
    f.push(u8::from(r.is_root_event).to_string());
    f.push(r.cameo.clone());
    f.push(r.cameo.get(..3).unwrap_or(&r.cameo).to_string());
    f.push(r.root.clone());
    f.push(r.quad.to_string());
    f.push(format!("{:.1}", r.goldstein));
    f.push(r.num_mentions.to_string());
    f.push(r.num_sources.to_string());
    f.push(r.num_articles.to_string());
    // AvgTone: augur computes no tone; left empty rather than a misleading 0.
    f.push(String::new());
    // Actor1Geo and Actor2Geo: augur locates the action only.
    f.extend(std::iter::repeat_n(String::new(), 16));
    match &r.location {
        Some(l) => {
            let country_level = l.geo_type == 1;
            f.push(l.geo_type.to_string());
            f.push(l.name.clone());
            f.push(l.fips.clone());
            f.push(if country_level { l.fips.clone() } else { String::new() });
            f.push(String::new());
            f.push(format!("{:.4}", l.lat));
            f.push(format!("{:.4}", l.lon));
            f.push(if country_level { l.fips.clone() } else { String::new() });
        }
        None => f.extend(std::iter::repeat_n(String::new(), 8)),
    }
    f.push(dates::gdelt_timestamp(&r.first_seen));
    f.push(e.url.clone().unwrap_or_else(|| e.source.clone()));
    f.iter().map(|s| clean(s)).collect()
}

fn plover_entity(a: &EventActor) -> Value {
    let actor = &a.actor;
    let (code, sector) = if actor.country.starts_with("IGO") {
        ("IGO".to_string(), format!("{}{}", actor.country.get(3..).unwrap_or(""), actor.sectors.join("")))
    } else {
        (actor.country.clone(), actor.sectors.first().cloned().unwrap_or_default())
    };
    let person = actor.person.as_ref();
    json!({
        "code": code,
        "sector": sector,
        "actor_code": a.code,
        "entity_text": a.text,
        "identifier_id": person.and_then(|p| p.qid.clone()),
        "identifier_text": person.map(|p| p.name.clone()).unwrap_or_else(|| actor.name.clone()),
        "office": person.and_then(|p| p.office.clone()),
        "religion": actor.religion,
        "ethnicity": actor.ethnicity,
    })
}

fn plover_record(e: &ExportEvent) -> Value {
    let r = &e.row;
    let first = e.first.as_ref();
    let sentence = first.zip(e.text.as_deref()).and_then(|(m, t)| m.sentence_span.slice(t).map(str::to_string));
    let char_span = first.zip(e.text.as_deref()).and_then(|(m, t)| m.sentence_span.to_char_span(t));
    let loc = r.location.as_ref().map(|l| {
        json!({"resolved_place": l.name, "country_code3": l.country, "fips": l.fips, "lat": l.lat, "lon": l.lon,
               "geo_type": l.geo_type})
    });
    json!({
        "id": format!("augur-{}", r.id),
        "date": r.date,
        "actor": first.map(|m| vec![plover_entity(&m.source)]).unwrap_or_default(),
        "recipient": first.and_then(|m| m.target.as_ref()).map(|t| vec![plover_entity(t)]).unwrap_or_default(),
        "event": [r.plover],
        "event_text": e.triggers,
        "quad_code": r.quad,
        "event_loc": loc,
        "mode": [],
        "context": [],
        "text": sentence,
        "text_info": {
            "sequence": first.map(|m| m.sentence),
            "start": char_span.map(|s| s.start),
            "end": char_span.map(|s| s.end),
            "text_story": e.title,
        },
        "cite_info": {
            "url": e.url,
            "title": e.title,
            "language": e.lang,
            "publication": e.site,
            "citation": e.source,
            "coder": "augur",
            "codebook": "cameo+plover",
            "version": r.version,
        },
        "coder": "augur",
        "coded_date": r.first_seen.get(..10).unwrap_or(&r.first_seen),
        "cameo": r.cameo,
        "goldstein": (f64::from(r.goldstein) * 100.0).round() / 100.0,
        "num_mentions": r.num_mentions,
        "num_articles": r.num_articles,
        "num_sources": r.num_sources,
    })
}
