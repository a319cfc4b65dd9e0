//! PETRARCH/TABARI dictionaries: `.actors` files (names with dated codes) and agents files
//! (nouns with `[~SECTOR]` codes). Lines that cannot be used are counted with a reason.

use std::collections::BTreeMap;

use augur_core::Lang;

use crate::kb::ActorBase;
use crate::model::{Dated, Entry, Kind};
use crate::user::split_code;

/// What loading a PETRARCH dictionary did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PetrarchReport {
    /// Actors or agents added (one per primary name with its synonyms).
    pub entries: usize,
    /// Surface forms (primary names, synonyms, plurals) indexed.
    pub forms: usize,
    /// Skipped lines or codes, counted by reason.
    pub skipped: BTreeMap<String, usize>,
}

impl PetrarchReport {
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum()
    }

    fn skip(&mut self, why: &str) {
        *self.skipped.entry(why.to_string()).or_default() += 1;
    }
}

impl std::fmt::Display for PetrarchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} entries, {} forms", self.entries, self.forms)?;
        for (why, n) in &self.skipped {
            write!(f, "; skipped {n}: {why}")?;
        }
        Ok(())
    }
}

/// PETRARCH dates are `YYMMDD` (two-digit years ≤ 30 are 20xx, PETRARCH's own pivot would
/// read 1932 for `320101` as well) or `YYYYMMDD`.
fn petr_date(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, md) = match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let m: u32 = md[..2].parse().ok()?;
    let d: u32 = md[2..].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// One `[CODE date]` bracket.
fn parse_code(inner: &str) -> Result<Dated, &'static str> {
    let mut parts = inner.split_whitespace();
    let code = parts.next().ok_or("empty code")?;
    if code == "---" {
        return Err("null code [---]");
    }
    if !code.chars().all(|c| c.is_ascii_alphabetic()) || code.len() % 3 != 0 {
        return Err("malformed code (not letter triples)");
    }
    let rest: String = parts.collect::<Vec<_>>().join("");
    let (country, sectors) = split_code(code);
    let mut d = Dated { from: None, to: None, country, sectors };
    if rest.is_empty() {
        return Ok(d);
    }
    if let Some(x) = rest.strip_prefix('>') {
        d.from = Some(petr_date(x).ok_or("malformed date")?);
    } else if let Some(x) = rest.strip_prefix('<') {
        d.to = Some(petr_date(x).ok_or("malformed date")?);
    } else if let Some((a, b)) = rest.split_once('-') {
        d.from = Some(petr_date(a).ok_or("malformed date")?);
        d.to = Some(petr_date(b).ok_or("malformed date")?);
    } else {
        return Err("malformed date");
    }
    Ok(d)
}

/// `PUTIN_` → `putin`, `U.N._` → `U.N.`; TABARI's trailing `_` only stops stemming.
fn petr_name(s: &str) -> String {
    s.trim().trim_end_matches('_').replace('_', " ")
}

/// Strips `#` comments and `<!-- -->` blocks (the validation files use both).
fn strip_comments(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (i, raw) in text.lines().enumerate() {
        let mut line = raw.to_string();
        if in_block {
            match line.find("-->") {
                Some(p) => {
                    line = line[p + 3..].to_string();
                    in_block = false;
                }
                None => continue,
            }
        }
        while let Some(p) = line.find("<!--") {
            match line[p..].find("-->") {
                Some(q) => line.replace_range(p..p + q + 3, ""),
                None => {
                    line.truncate(p);
                    in_block = true;
                }
            }
        }
        if let Some(p) = line.find('#') {
            line.truncate(p);
        }
        if !line.trim().is_empty() {
            out.push((i + 1, line));
        }
    }
    out
}

/// Splits `NAME [A] [B]` into the text before the first bracket and the bracket contents.
fn brackets(line: &str) -> (&str, Vec<&str>) {
    let head_end = line.find('[').unwrap_or(line.len());
    let mut codes = Vec::new();
    let mut rest = &line[head_end..];
    while let Some(a) = rest.find('[') {
        match rest[a..].find(']') {
            Some(b) => {
                codes.push(&rest[a + 1..a + b]);
                rest = &rest[a + b + 1..];
            }
            None => break,
        }
    }
    (&line[..head_end], codes)
}

impl ActorBase {
    /// Loads a PETRARCH/TABARI actors dictionary (English). Names with dated codes
    /// (`[RUSGOV 000507-080507]`) become dated roles; unusable codes are counted.
    pub fn add_petrarch_actors(&mut self, text: &str) -> PetrarchReport {
        self.note_source(text);
        let mut rep = PetrarchReport::default();
        // A block: primary name, `+` synonyms, then codes on the same or following lines.
        let mut names: Vec<String> = Vec::new();
        let mut codes: Vec<Dated> = Vec::new();
        let flush = |kb: &mut ActorBase, names: &mut Vec<String>, codes: &mut Vec<Dated>, rep: &mut PetrarchReport| {
            if names.is_empty() {
                codes.clear();
                return;
            }
            if codes.is_empty() {
                rep.skip("name without a usable code");
                names.clear();
                return;
            }
            let mut e = Entry::new(Kind::Custom, &names[0]);
            e.lang = None;
            e.name = names[0].clone();
            if let Some(default) = codes.iter().rev().find(|d| d.from.is_none() && d.to.is_none()) {
                e.country = Some(default.country.clone());
                e.sectors = default.sectors.clone();
            }
            e.dated = codes.iter().filter(|d| d.from.is_some() || d.to.is_some()).cloned().collect();
            let id = kb.push_entry(e);
            kb.stats.custom_entries += 1;
            rep.entries += 1;
            for n in names.iter() {
                kb.add_form_case(n, id, Lang::En, petrarch_acronym(n));
                rep.forms += 1;
            }
            names.clear();
            codes.clear();
        };
        for (_, line) in strip_comments(text) {
            let trimmed = line.trim();
            let (head, bracket_list) = brackets(trimmed);
            let head = head.trim();
            if let Some(syn) = head.strip_prefix('+') {
                let n = petr_name(syn);
                if !n.is_empty() {
                    names.push(n);
                }
            } else if !head.is_empty() {
                // A new primary name closes the previous block.
                flush(self, &mut names, &mut codes, &mut rep);
                let n = petr_name(head);
                if n.contains('{') || n.contains('<') {
                    rep.skip("pattern syntax not supported");
                } else {
                    names.push(n);
                }
            }
            for b in bracket_list {
                match parse_code(b) {
                    Ok(d) => codes.push(d),
                    Err(why) => rep.skip(why),
                }
            }
        }
        flush(self, &mut names, &mut codes, &mut rep);
        self.stats.petrarch_skipped += rep.skipped_total();
        rep
    }

    /// Loads a PETRARCH agents dictionary (`FARMER [~AGR]`, substitution sets `!PERSON!`,
    /// `{plural}` forms). Agents become English sector words; regular plurals are added.
    pub fn add_petrarch_agents(&mut self, text: &str) -> PetrarchReport {
        self.note_source(text);
        let mut rep = PetrarchReport::default();
        let mut subst: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (_, line) in strip_comments(text) {
            let t = line.trim();
            if let Some((k, v)) = t.split_once('=').filter(|(k, _)| k.trim().starts_with('!')) {
                subst.insert(k.trim().to_string(), v.split(',').map(|s| s.trim().to_string()).collect());
                continue;
            }
            let (head, codes) = brackets(t);
            let Some(code) = codes.first() else {
                rep.skip("agent without a code");
                continue;
            };
            let code = code.trim();
            let (sector_code, is_igo) = if let Some(c) = code.strip_prefix('~') {
                (c, false)
            } else if let Some(c) = code.strip_suffix('~') {
                (c, true)
            } else {
                rep.skip("agent code without ~");
                continue;
            };
            if is_igo {
                // `[IGO~]`: a prefix code (peacekeepers are IGO): not a sector.
                rep.skip("prefix agent code [XXX~]");
                continue;
            }
            if sector_code.is_empty()
                || sector_code.len() % 3 != 0
                || !sector_code.chars().all(|c| c.is_ascii_alphabetic())
            {
                rep.skip("malformed agent code");
                continue;
            }
            // `NAME {PLURAL}` gives an explicit plural; `{}` means no plural.
            let (name_part, plural) = match head.find('{') {
                Some(p) => {
                    let close = head[p..].find('}').map(|q| p + q).unwrap_or(head.len());
                    (&head[..p], Some(head[p + 1..close].trim()))
                }
                None => (head, None),
            };
            let mut forms: Vec<String> = Vec::new();
            let base = name_part.trim();
            if base.is_empty() {
                rep.skip("agent without a name");
                continue;
            }
            // Expand one substitution set (`CATTLE!PERSON!`).
            let expanded: Vec<String> = match subst.iter().find(|(k, _)| base.contains(k.as_str())) {
                Some((k, vals)) => vals.iter().map(|v| base.replace(k.as_str(), v)).collect(),
                None => vec![base.to_string()],
            };
            for x in expanded {
                let n = petr_name(&x);
                if plural.is_none() {
                    for f in crate::inflect::noun(Lang::En, &n.to_lowercase()) {
                        forms.push(f);
                    }
                } else {
                    forms.push(n);
                }
            }
            if let Some(p) = plural.filter(|p| !p.is_empty()) {
                forms.push(petr_name(p));
            }
            let sectors: Vec<String> = sector_code
                .as_bytes()
                .chunks(3)
                .filter_map(|c| std::str::from_utf8(c).ok())
                .map(|s| s.to_ascii_uppercase())
                .collect();
            let mut e = Entry::new(Kind::Sector, &forms[0]);
            e.lang = Some(Lang::En);
            e.sectors = sectors;
            e.name = forms[0].clone();
            let id = self.push_entry(e);
            self.stats.custom_entries += 1;
            rep.entries += 1;
            for f in &forms {
                self.add_form_case(f, id, Lang::En, petrarch_acronym(f));
                rep.forms += 1;
            }
        }
        self.stats.petrarch_skipped += rep.skipped_total();
        rep
    }
}

/// Whether a PETRARCH form is an acronym. The dictionaries write every name in capitals
/// ("GONDOR", "IRAN"), so only one-word forms of at most three letters ("UN", "IMF") are
/// taken as acronyms that must match capitals in the text.
fn petrarch_acronym(form: &str) -> bool {
    crate::norm::is_acronym(form) && form.chars().filter(|c| c.is_alphabetic()).count() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_codes() {
        assert_eq!(petr_date("000507").as_deref(), Some("2000-05-07"));
        assert_eq!(petr_date("880101").as_deref(), Some("1988-01-01"));
        assert_eq!(petr_date("20070101").as_deref(), Some("2007-01-01"));
        assert_eq!(petr_date("2004017"), None);
        let d = parse_code("RUSGOV 000507-080507").unwrap();
        assert_eq!((d.country.as_str(), d.sectors.clone()), ("RUS", vec!["GOV".to_string()]));
        assert_eq!(d.to.as_deref(), Some("2008-05-07"));
        let d = parse_code("IGOUNO >20070101").unwrap();
        assert_eq!((d.country.as_str(), d.from.as_deref()), ("IGOUNO", Some("2007-01-01")));
        assert!(parse_code("---").is_err());
        assert!(parse_code("KORGOVBUS 2004017-20061201").is_err());
    }

    /// Regression: names in a PETRARCH file are all capitals by convention, and were once
    /// indexed as acronyms, so "Gondor" in running text did not resolve to GONDOR.
    #[test]
    fn capitals_in_petrarch_files_are_not_acronyms() {
        use augur_core::ActorResolver;
        let mut kb = crate::ActorBase::default();
        kb.add_petrarch_actors("GONDOR [GON]\n+MINAS_TIRITH\nIMF [IMF]\n");
        let codes = |t: &str| kb.resolve_text(t, Lang::En, None).iter().map(|a| a.code.clone()).collect::<Vec<_>>();
        assert_eq!(codes("Gondor"), vec!["GON"]);
        assert_eq!(codes("Minas Tirith"), vec!["GON"]);
        assert_eq!(codes("IMF"), vec!["IMF"]);
        assert!(codes("imf").is_empty());
    }
}
