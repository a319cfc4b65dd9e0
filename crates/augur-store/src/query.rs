//! Event queries, their output formats, and dyad time series.

use std::collections::BTreeMap;
use std::io::Write;

use rusqlite::types::Value;

use crate::dates;
use crate::error::{Result, StoreError};
use crate::store::{parse_bound, Store};
use crate::types::{ActorRow, DyadPoint, EventFilter, EventRow, Period, QuadStats};

/// Output formats of event lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventFormat {
    /// Aligned columns for a terminal.
    Table,
    /// One JSON object per event (the `augur events --format jsonl` contract).
    Jsonl,
    /// RFC 4180 CSV with a header row.
    Csv,
}

impl std::str::FromStr for EventFormat {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<EventFormat> {
        match s.to_ascii_lowercase().as_str() {
            "table" => Ok(EventFormat::Table),
            "jsonl" | "json" => Ok(EventFormat::Jsonl),
            "csv" => Ok(EventFormat::Csv),
            _ => Err(StoreError::Invalid { what: "event format (table, jsonl, csv)", value: s.to_string() }),
        }
    }
}

impl std::str::FromStr for Period {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Period> {
        match s.to_ascii_lowercase().as_str() {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            _ => Err(StoreError::Invalid { what: "period (day, week, month)", value: s.to_string() }),
        }
    }
}

/// The columns [`event_from_row`] reads, in order.
pub(crate) const EVENT_COLUMNS: &str = "e.id, e.day, e.source_code, e.source_country, e.source_name, e.target_code, \
    e.target_country, e.target_name, e.cameo, e.root, e.quad, e.goldstein, e.plover, e.location, e.first_seen, \
    e.num_mentions, e.num_articles, e.num_sources, e.is_root_event, e.version";

pub(crate) const EVENT_SELECT: &str = "SELECT e.id, e.day, e.source_code, e.source_country, e.source_name, \
    e.target_code, e.target_country, e.target_name, e.cameo, e.root, e.quad, e.goldstein, e.plover, e.location, \
    e.first_seen, e.num_mentions, e.num_articles, e.num_sources, e.is_root_event, e.version FROM events e";

pub(crate) fn event_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    let loc: Option<String> = r.get(13)?;
    let location = match loc {
        Some(j) => Some(
            serde_json::from_str(&j)
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(13, rusqlite::types::Type::Text, Box::new(e)))?,
        ),
        None => None,
    };
    let target = match r.get::<_, Option<String>>(5)? {
        Some(code) => Some(ActorRow {
            code,
            country: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
            name: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(EventRow {
        id: r.get(0)?,
        date: dates::format_day(r.get(1)?),
        source: ActorRow {
            code: r.get(2)?,
            country: r.get(3)?,
            name: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
        },
        target,
        cameo: r.get(8)?,
        root: r.get(9)?,
        quad: r.get(10)?,
        goldstein: r.get::<_, f64>(11)? as f32,
        plover: r.get(12)?,
        location,
        first_seen: r.get(14)?,
        num_mentions: r.get(15)?,
        num_articles: r.get(16)?,
        num_sources: r.get(17)?,
        is_root_event: r.get(18)?,
        version: r.get(19)?,
    })
}

/// Builds the WHERE clause of a filter over `events e`.
fn where_clause(f: &EventFilter) -> Result<(String, Vec<Value>)> {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |v: Value| {
        args.push(v);
        format!("?{}", args.len())
    };
    let prefix = |col: &str, p: &str| format!("substr({col}, 1, length({p})) = {p}");
    if let Some(a) = &f.actor {
        let p = arg(a.clone().into());
        conds.push(format!("({} OR {})", prefix("e.source_code", &p), prefix("COALESCE(e.target_code, '')", &p)));
    }
    if let Some(s) = &f.source {
        let p = arg(s.clone().into());
        conds.push(prefix("e.source_code", &p));
    }
    if let Some(t) = &f.target {
        let p = arg(t.clone().into());
        conds.push(prefix("COALESCE(e.target_code, '')", &p));
    }
    if let Some((a, b)) = &f.dyad {
        let (pa, pb) = (arg(a.clone().into()), arg(b.clone().into()));
        let (s, t) = ("e.source_code", "COALESCE(e.target_code, '')");
        conds.push(format!(
            "(({} AND {}) OR ({} AND {}))",
            prefix(s, &pa),
            prefix(t, &pb),
            prefix(s, &pb),
            prefix(t, &pa)
        ));
    }
    if let Some(c) = &f.code {
        let p = arg(c.clone().into());
        conds.push(prefix("e.cameo", &p));
    }
    if let Some(pl) = &f.plover {
        let p = arg(pl.to_uppercase().into());
        conds.push(format!("upper(e.plover) = {p}"));
    }
    if let Some(q) = f.quad {
        let p = arg(i64::from(q).into());
        conds.push(format!("e.quad = {p}"));
    }
    if let Some(d) = &f.date_from {
        let p = arg(parse_bound(d)?.into());
        conds.push(format!("e.day >= {p}"));
    }
    if let Some(d) = &f.date_to {
        let p = arg(parse_bound(d)?.into());
        conds.push(format!("e.day <= {p}"));
    }
    if let Some(l) = f.lang {
        let p = arg(l.code().to_string().into());
        conds.push(format!(
            "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = e.id AND d.lang = {p})"
        ));
    }
    if let Some(doc) = &f.doc {
        let p = arg(doc.as_str().to_string().into());
        conds.push(format!("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.doc_id = {p})"));
    }
    let w = if conds.is_empty() { String::new() } else { format!(" WHERE {}", conds.join(" AND ")) };
    Ok((w, args))
}

impl Store {
    /// Events matching `filter`, by date then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        let (w, args) = where_clause(filter)?;
        let mut sql = format!("{EVENT_SELECT}{w} ORDER BY e.day, e.id");
        if let Some(n) = filter.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args), event_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One event by id, following redirects.
    pub fn event(&self, id: i64) -> Result<Option<EventRow>> {
        let Some(id) = self.resolve_event(id)? else { return Ok(None) };
        let sql = format!("{EVENT_SELECT} WHERE e.id = ?1");
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query_map([id], event_from_row)?;
        Ok(rows.next().transpose()?)
    }

    /// The time series of the dyad `a`–`b` (either direction; codes match by prefix, so
    /// `RUS` covers `RUSGOV`): per period and quad class the events (by event date), the
    /// mentions (by mention date) and the sum of the events' Goldstein scores, plus every
    /// document dated in the period. Periods run from the dyad's first to last event date.
    pub fn dyad(&self, a: &str, b: &str, by: Period) -> Result<Vec<DyadPoint>> {
        let filter = EventFilter { dyad: Some((a.to_string(), b.to_string())), ..Default::default() };
        let (w, args) = where_clause(&filter)?;
        let label = |day: i64| match by {
            Period::Day => dates::format_day(day),
            Period::Week => dates::iso_week(day),
            Period::Month => dates::format_day(day)[..7].to_string(),
        };
        // (day, quad index, events, mentions, goldstein) contributions.
        let mut contrib: Vec<(i64, usize, u64, u64, f64)> = Vec::new();
        let (mut lo, mut hi) = (i64::MAX, i64::MIN);
        {
            let sql = format!("SELECT e.day, e.quad, e.goldstein FROM events e{w}");
            let mut st = self.conn.prepare(&sql)?;
            let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
            while let Some(r) = rows.next()? {
                let (day, quad, g): (i64, i64, f64) = (r.get(0)?, r.get(1)?, r.get(2)?);
                lo = lo.min(day);
                hi = hi.max(day);
                if let Some(q) = quad_index(quad) {
                    contrib.push((day, q, 1, 0, g));
                }
            }
        }
        {
            let sql = format!("SELECT m.day, e.quad FROM mentions m JOIN events e ON e.id = m.event_id{w}");
            let mut st = self.conn.prepare(&sql)?;
            let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
            while let Some(r) = rows.next()? {
                let (day, quad): (i64, i64) = (r.get(0)?, r.get(1)?);
                if let Some(q) = quad_index(quad) {
                    contrib.push((day, q, 0, 1, 0.0));
                }
            }
        }
        let mut points: BTreeMap<String, DyadPoint> = BTreeMap::new();
        fn point(points: &mut BTreeMap<String, DyadPoint>, l: String) -> &mut DyadPoint {
            points.entry(l.clone()).or_insert_with(|| DyadPoint {
                period: l,
                quads: [QuadStats::default(); 4],
                docs_ingested: 0,
            })
        }
        for (day, q, e, m, g) in contrib {
            let p = point(&mut points, label(day));
            p.quads[q].events += e;
            p.quads[q].mentions += m;
            p.quads[q].goldstein += g;
        }
        if lo <= hi {
            let mut st = self
                .conn
                .prepare("SELECT day, COUNT(*) FROM documents WHERE day BETWEEN ?1 AND ?2 GROUP BY day ORDER BY day")?;
            let mut rows = st.query([lo, hi])?;
            while let Some(r) = rows.next()? {
                let (day, n): (i64, i64) = (r.get(0)?, r.get(1)?);
                point(&mut points, label(day)).docs_ingested += n as u64;
            }
        }
        Ok(points.into_values().collect())
    }
}

fn quad_index(q: i64) -> Option<usize> {
    (1..=4).contains(&q).then(|| (q - 1) as usize)
}

/// The flat columns of an event, shared by CSV and table output and the CSV export.
pub(crate) const FLAT_HEADER: [&str; 25] = [
    "id",
    "date",
    "source_code",
    "source_country",
    "source_name",
    "target_code",
    "target_country",
    "target_name",
    "cameo",
    "root",
    "quad",
    "goldstein",
    "plover",
    "location_name",
    "location_country",
    "location_fips",
    "lat",
    "lon",
    "first_seen",
    "num_mentions",
    "num_articles",
    "num_sources",
    "is_root_event",
    "version",
    "geo_type",
];

pub(crate) fn flat_fields(e: &EventRow) -> Vec<String> {
    let t = e.target.as_ref();
    let l = e.location.as_ref();
    vec![
        e.id.to_string(),
        e.date.clone(),
        e.source.code.clone(),
        e.source.country.clone(),
        e.source.name.clone(),
        t.map(|t| t.code.clone()).unwrap_or_default(),
        t.map(|t| t.country.clone()).unwrap_or_default(),
        t.map(|t| t.name.clone()).unwrap_or_default(),
        e.cameo.clone(),
        e.root.clone(),
        e.quad.to_string(),
        format!("{:.1}", e.goldstein),
        e.plover.clone(),
        l.map(|l| l.name.clone()).unwrap_or_default(),
        l.map(|l| l.country.clone()).unwrap_or_default(),
        l.map(|l| l.fips.clone()).unwrap_or_default(),
        l.map(|l| format!("{:.4}", l.lat)).unwrap_or_default(),
        l.map(|l| format!("{:.4}", l.lon)).unwrap_or_default(),
        e.first_seen.clone(),
        e.num_mentions.to_string(),
        e.num_articles.to_string(),
        e.num_sources.to_string(),
        u8::from(e.is_root_event).to_string(),
        e.version.clone(),
        l.map(|l| l.geo_type.to_string()).unwrap_or_default(),
    ]
}

/// One CSV field, quoted when it needs to be (RFC 4180).
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub(crate) fn csv_line(fields: &[String]) -> String {
    fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",")
}

/// Writes events in a format.
pub fn write_events(rows: &[EventRow], format: EventFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        EventFormat::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut *out, r)?;
                out.write_all(b"\n")?;
            }
        }
        EventFormat::Csv => {
            writeln!(out, "{}", FLAT_HEADER.join(","))?;
            for r in rows {
                writeln!(out, "{}", csv_line(&flat_fields(r)))?;
            }
        }
        EventFormat::Table => {
            let header =
                ["id", "date", "source", "target", "cameo", "quad", "goldstein", "ment", "art", "src", "location"];
            let body: Vec<[String; 11]> = rows
                .iter()
                .map(|e| {
                    [
                        e.id.to_string(),
                        e.date.clone(),
                        e.source.code.clone(),
                        e.target.as_ref().map(|t| t.code.clone()).unwrap_or_else(|| "-".into()),
                        e.cameo.clone(),
                        e.quad.to_string(),
                        format!("{:.1}", e.goldstein),
                        e.num_mentions.to_string(),
                        e.num_articles.to_string(),
                        e.num_sources.to_string(),
                        e.location.as_ref().map(|l| l.name.clone()).unwrap_or_else(|| "-".into()),
                    ]
                })
                .collect();
            let mut widths = header.map(|h| h.chars().count());
            for row in &body {
                for (w, f) in widths.iter_mut().zip(row) {
                    *w = (*w).max(f.chars().count());
                }
            }
            let line = |fields: Vec<&str>| -> String {
                let cells: Vec<String> = fields
                    .iter()
                    .zip(widths)
                    .map(|(f, w)| format!("{f}{}", " ".repeat(w - f.chars().count())))
                    .collect();
                cells.join("  ").trim_end().to_string()
            };
            writeln!(out, "{}", line(header.to_vec()))?;
            for row in &body {
                writeln!(out, "{}", line(row.iter().map(String::as_str).collect()))?;
            }
        }
    }
    Ok(())
}
