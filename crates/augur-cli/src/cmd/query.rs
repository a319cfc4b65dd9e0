//! `augur docs`, `augur events`, `augur dyad`, `augur export`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use augur_core::DocId;
use augur_pipeline::Config;
use augur_store::{DocFilter, EventFilter, EventFormat, ExportFormat as StoreExport, Period as StorePeriod};

use super::{open_existing_store, parse_lang, wire};
use crate::args::{DocsArgs, DyadArgs, EventsArgs, ExportArgs, ExportFormat, Format, Period};

fn event_format(f: Format) -> EventFormat {
    match f {
        Format::Table => EventFormat::Table,
        Format::Jsonl => EventFormat::Jsonl,
        Format::Csv => EventFormat::Csv,
    }
}

pub fn docs(config: &Config, args: DocsArgs) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.failures {
        for f in store.failures()?.into_iter().take(args.limit) {
            match args.format {
                Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&f)?)?,
                _ => writeln!(out, "{}\t{}\t{}\t{}", f.time, f.stage, f.source, f.reason)?,
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(id) = &args.show {
        let doc = store.document(&DocId::from_string(id.clone()))?.with_context(|| format!("no document {id}"))?;
        let mut v = wire::document(&doc.doc);
        v["ingest_time"] = serde_json::json!(doc.ingest_time);
        v["version"] = serde_json::json!(doc.version);
        v["syndication_group"] = serde_json::json!(doc.syndication_group);
        let mentions = store.doc_mentions(&doc.doc.id)?;
        let chars = augur_core::span::CharIndex::new(&doc.doc.text);
        v["events"] = mentions
            .iter()
            .map(|m| {
                let mut e = wire::event(&m.mention, &doc.doc.text, &chars);
                e["event_id"] = serde_json::json!(m.event_id);
                e
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let docs = store.documents(&DocFilter { limit: Some(args.limit), ..DocFilter::default() })?;
    match args.format {
        Format::Jsonl => {
            for d in &docs {
                let mut v = wire::document(&d.doc);
                v["ingest_time"] = serde_json::json!(d.ingest_time);
                writeln!(out, "{v}")?;
            }
        }
        Format::Csv => {
            writeln!(out, "id,lang,date,site,title,source")?;
            for d in &docs {
                let m = &d.doc.meta;
                let row = [
                    d.doc.id.to_string(),
                    d.doc.lang.code().to_string(),
                    m.date.clone().unwrap_or_default(),
                    m.site.clone().unwrap_or_default(),
                    m.title.clone().unwrap_or_default(),
                    d.doc.source.to_string(),
                ];
                let row: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
                writeln!(out, "{}", row.join(","))?;
            }
        }
        Format::Table => {
            writeln!(out, "{:<16}  {:<3}  {:<10}  {:<24}  TITLE", "ID", "LNG", "DATE", "SITE")?;
            for d in &docs {
                let m = &d.doc.meta;
                let date = m.date.as_deref().unwrap_or("").chars().take(10).collect::<String>();
                let site: String = m.site.as_deref().unwrap_or("").chars().take(24).collect();
                let title: String = m.title.as_deref().unwrap_or("").chars().take(70).collect();
                writeln!(out, "{:<16}  {:<3}  {:<10}  {:<24}  {}", d.doc.id, d.doc.lang.code(), date, site, title)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn events(config: &Config, args: EventsArgs) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let dyad = match &args.dyad {
        None => None,
        Some(d) => {
            let (a, b) = d.split_once(',').with_context(|| format!("--dyad takes two codes, `A,B`, not {d:?}"))?;
            Some((a.trim().to_string(), b.trim().to_string()))
        }
    };
    let filter = EventFilter {
        actor: args.actor.clone(),
        source: args.source.clone(),
        target: args.target.clone(),
        dyad,
        code: args.code.clone(),
        plover: args.plover.clone(),
        quad: args.quad,
        date_from: args.from.clone(),
        date_to: args.to.clone(),
        lang: args.lang.as_deref().map(parse_lang).transpose()?,
        doc: args.doc.clone().map(DocId::from_string),
        limit: Some(args.limit),
    };
    let rows = store.events(&filter)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    augur_store::query::write_events(&rows, event_format(args.format), &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn dyad(config: &Config, args: DyadArgs) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let by = match args.by {
        Period::Day => StorePeriod::Day,
        Period::Week => StorePeriod::Week,
        Period::Month => StorePeriod::Month,
    };
    let points = store.dyad(&args.a, &args.b, by)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let names = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
    match args.format {
        Format::Jsonl => {
            for p in &points {
                writeln!(out, "{}", serde_json::to_string(p)?)?;
            }
        }
        Format::Csv => {
            let mut header = vec!["period".to_string()];
            for n in names {
                header.extend([format!("{n}_events"), format!("{n}_mentions"), format!("{n}_goldstein")]);
            }
            header.push("docs_ingested".into());
            writeln!(out, "{}", header.join(","))?;
            for p in &points {
                let mut row = vec![p.period.clone()];
                for q in &p.quads {
                    row.extend([q.events.to_string(), q.mentions.to_string(), format!("{:.1}", q.goldstein)]);
                }
                row.push(p.docs_ingested.to_string());
                writeln!(out, "{}", row.join(","))?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "{} ↔ {} by {:?}: events / mentions / Goldstein sum per quad class",
                args.a, args.b, args.by
            )?;
            writeln!(
                out,
                "{:<10}  {:>18}  {:>18}  {:>18}  {:>18}  {:>6}",
                "PERIOD", "1 VERBAL COOP", "2 MATERIAL COOP", "3 VERBAL CONFL", "4 MATERIAL CONFL", "DOCS"
            )?;
            for p in &points {
                let cells: Vec<String> =
                    p.quads.iter().map(|q| format!("{}/{}/{:+.1}", q.events, q.mentions, q.goldstein)).collect();
                writeln!(
                    out,
                    "{:<10}  {:>18}  {:>18}  {:>18}  {:>18}  {:>6}",
                    p.period, cells[0], cells[1], cells[2], cells[3], p.docs_ingested
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn export(config: &Config, args: ExportArgs) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let format = match args.format {
        ExportFormat::GdeltEvents => StoreExport::GdeltEvents,
        ExportFormat::GdeltMentions => StoreExport::GdeltMentions,
        ExportFormat::Plover => StoreExport::Plover,
        ExportFormat::Csv => StoreExport::Csv,
        ExportFormat::Parquet => StoreExport::Parquet,
    };
    let n = store.export(format, &args.out).with_context(|| format!("cannot export to {}", args.out.display()))?;
    eprintln!("augur: wrote {n} rows to {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
