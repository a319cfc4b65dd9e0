//! Date normalisation: many written forms → `YYYY-MM-DD`, or RFC 3339 when a time and an
//! offset are known.

/// Month names and abbreviations in en/de/fr/es/ru (lower case, genitive forms for Russian).
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("janv", 1),
    ("enero", 1),
    ("ene", 1),
    ("января", 1),
    ("январь", 1),
    ("янв", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fév", 2),
    ("febrero", 2),
    ("февраля", 2),
    ("февраль", 2),
    ("фев", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("mär", 3),
    ("mars", 3),
    ("marzo", 3),
    ("марта", 3),
    ("март", 3),
    ("мар", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("апреля", 4),
    ("апрель", 4),
    ("апр", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("may", 5),
    ("мая", 5),
    ("май", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("июня", 6),
    ("июнь", 6),
    ("июн", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("июля", 7),
    ("июль", 7),
    ("июл", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("ago", 8),
    ("августа", 8),
    ("август", 8),
    ("авг", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("сентября", 9),
    ("сентябрь", 9),
    ("сен", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("октября", 10),
    ("октябрь", 10),
    ("окт", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("ноября", 11),
    ("ноябрь", 11),
    ("ноя", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("dez", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("декабря", 12),
    ("декабрь", 12),
    ("дек", 12),
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (1990..=2100).contains(&y) && (1..=days).contains(&d)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Normalises a date string; `None` when no plausible date (1990–2100) is found.
pub fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    iso(s).or_else(|| rfc2822_or_words(s)).or_else(|| numeric(s))
}

fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() >= n && s.as_bytes()[..n].iter().all(u8::is_ascii_digit)).then(|| s[..n].parse().ok()).flatten()
}

/// `2024-03-05`, `2024-03-05T09:30:00Z`, `2024-03-05 09:30:00+01:00`, `20240305`.
fn iso(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let y = digits(s, 4)? as i32;
    let (m, d, rest) = if b.get(4) == Some(&b'-') || b.get(4) == Some(&b'/') {
        let m = digits(s.get(5..)?, 2)?;
        if b.get(7) != b.get(4) {
            return None;
        }
        (m, digits(s.get(8..)?, 2)?, s.get(10..)?)
    } else if b.len() >= 8 && b[..8].iter().all(u8::is_ascii_digit) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
        (digits(&s[4..], 2)?, digits(&s[6..], 2)?, "")
    } else {
        return None;
    };
    let date = ymd(y, m, d)?;
    Some(match time_and_offset(rest) {
        Some(t) => format!("{date}T{t}"),
        None => date,
    })
}

/// `T09:30[:00[.123]](Z|±HH:MM|±HHMM)` → `09:30:00+01:00`; `None` without a usable offset.
fn time_and_offset(rest: &str) -> Option<String> {
    let rest = rest.strip_prefix(['T', ' '])?;
    let h = digits(rest, 2)?;
    if rest.as_bytes().get(2) != Some(&b':') {
        return None;
    }
    let mi = digits(&rest[3..], 2)?;
    let mut i = 5;
    let mut sec = 0;
    if rest.as_bytes().get(5) == Some(&b':') {
        sec = digits(rest.get(6..)?, 2)?;
        i = 8;
        if rest.as_bytes().get(8) == Some(&b'.') {
            i = 9 + rest[9..].bytes().take_while(u8::is_ascii_digit).count();
        }
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let off = offset(rest.get(i..)?.trim_start())?;
    Some(format!("{h:02}:{mi:02}:{sec:02}{off}"))
}

fn offset(s: &str) -> Option<String> {
    let up = s.to_ascii_uppercase();
    if up.starts_with('Z') || up.starts_with("UTC") || up.starts_with("GMT") {
        let tail = up.trim_start_matches('Z').trim_start_matches("UTC").trim_start_matches("GMT");
        if tail.starts_with(['+', '-']) {
            return offset(tail);
        }
        return Some("Z".into());
    }
    let sign = s.chars().next().filter(|c| *c == '+' || *c == '-')?;
    let body = &s[1..];
    let (hh, mm) = if body.as_bytes().get(2) == Some(&b':') {
        (digits(body, 2)?, digits(&body[3..], 2)?)
    } else if body.len() >= 4 {
        (digits(body, 2)?, digits(&body[2..], 2)?)
    } else {
        (digits(body, 2)?, 0)
    };
    (hh <= 14 && mm < 60).then(|| format!("{sign}{hh:02}:{mm:02}"))
}

/// `Tue, 05 Mar 2024 09:30:00 GMT`, `March 5, 2024`, `5. März 2024`, `5 de marzo de 2024`,
/// `5 марта 2024 г.`.
fn rfc2822_or_words(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .filter(|w| {
            !w.is_empty() && !matches!(w.to_lowercase().as_str(), "de" | "del" | "the" | "of" | "le" | "г." | "года")
        })
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        let num = |x: Option<&&str>| -> Option<u32> {
            let x = x?.trim_end_matches(['.', ',']);
            let x = x
                .trim_end_matches("er")
                .trim_end_matches("st")
                .trim_end_matches("nd")
                .trim_end_matches("rd")
                .trim_end_matches("th");
            (!x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit())).then(|| x.parse().ok()).flatten()
        };
        let before = if i > 0 { num(words.get(i - 1)) } else { None };
        let after = num(words.get(i + 1));
        let after2 = num(words.get(i + 2));
        // Day before month, year after: "5 March 2024", "5. März 2024".
        let date = match (before, after, after2) {
            (Some(d), Some(y), _) if d <= 31 && y >= 1000 => ymd(y as i32, m, d),
            // Month, day, year: "March 5, 2024".
            (_, Some(d), Some(y)) if d <= 31 && y >= 1000 => ymd(y as i32, m, d),
            _ => None,
        };
        let Some(date) = date else { continue };
        // RFC 2822 time follows the year.
        let tail_idx = if before.is_some() { i + 2 } else { i + 3 };
        if let (Some(t), Some(z)) = (words.get(tail_idx), words.get(tail_idx + 1)) {
            if t.len() >= 5 && t.as_bytes()[2] == b':' {
                if let Some(tz) = time_and_offset(&format!("T{t}{z}")) {
                    return Some(format!("{date}T{tz}"));
                }
            }
        }
        return Some(date);
    }
    None
}

/// `05.03.2024`, `5/3/2024` is ambiguous and only read day-first when the day is > 12.
fn numeric(s: &str) -> Option<String> {
    let token = s.split_whitespace().find(|t| t.contains(['.', '/', '-']) && t.bytes().any(|b| b.is_ascii_digit()))?;
    let parts: Vec<&str> = token.trim_end_matches(['.', ',']).split(['.', '/', '-']).collect();
    if parts.len() != 3 {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    if parts[2].len() != 4 {
        return None;
    }
    let y = n[2] as i32;
    if token.contains('.') {
        return ymd(y, n[1], n[0]);
    }
    match (n[0] > 12, n[1] > 12) {
        (true, false) => ymd(y, n[1], n[0]),
        (false, true) => ymd(y, n[0], n[1]),
        _ => None,
    }
}

/// A date in a URL path: `/2024/03/05/`, `/2024-03-05-`, `/20240305/`.
pub fn date_from_url(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = &path[path.find('/')?..];
    let b = path.as_bytes();
    for i in 0..b.len() {
        if !(b[i] == b'/' || b[i] == b'-' || b[i] == b'_') {
            continue;
        }
        let rest = &path[i + 1..];
        let Some(y) = digits(rest, 4) else { continue };
        if !(1990..=2100).contains(&y) {
            continue;
        }
        let rb = rest.as_bytes();
        let sep = rb.get(4).copied();
        if matches!(sep, Some(b'/') | Some(b'-') | Some(b'_')) {
            let Some(m) = rest.get(5..).and_then(|r| digits(r, 2)) else { continue };
            if rb.get(7).copied() == sep {
                if let Some(d) = rest.get(8..).and_then(|r| digits(r, 2)) {
                    if rb.get(10).is_none_or(|c| !c.is_ascii_digit()) {
                        if let Some(date) = ymd(y as i32, m, d) {
                            return Some(date);
                        }
                    }
                }
            }
        } else if rb.len() >= 8
            && rb[..8].iter().all(u8::is_ascii_digit)
            && rb.get(8).is_none_or(|c| !c.is_ascii_digit())
        {
            if let Some(date) = ymd(y as i32, digits(&rest[4..], 2)?, digits(&rest[6..], 2)?) {
                return Some(date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        let cases = [
            ("2024-03-05", Some("2024-03-05")),
            ("2024-03-05T09:30:00Z", Some("2024-03-05T09:30:00Z")),
            ("2024-03-05T09:30:00.123+01:00", Some("2024-03-05T09:30:00+01:00")),
            ("2024-03-05 09:30:00 +0100", Some("2024-03-05T09:30:00+01:00")),
            ("2024-03-05T09:30", Some("2024-03-05")),
            ("20240305", Some("2024-03-05")),
            ("2024/03/05", Some("2024-03-05")),
            ("Tue, 05 Mar 2024 09:30:00 GMT", Some("2024-03-05T09:30:00Z")),
            ("Wed, 06 Mar 2024 10:00:00 +0100", Some("2024-03-06T10:00:00+01:00")),
            ("March 5, 2024", Some("2024-03-05")),
            ("Published on 5th March 2024", Some("2024-03-05")),
            ("5. März 2024", Some("2024-03-05")),
            ("5 mars 2024", Some("2024-03-05")),
            ("1er août 2023", Some("2023-08-01")),
            ("5 de marzo de 2024", Some("2024-03-05")),
            ("5 марта 2024 г.", Some("2024-03-05")),
            ("05.03.2024", Some("2024-03-05")),
            ("Stand: 05.03.2024, 14:00 Uhr", Some("2024-03-05")),
            ("25/12/2023", Some("2023-12-25")),
            ("12/25/2023", Some("2023-12-25")),
            ("03/05/2024", None),
            ("2024-02-30", None),
            ("1850-01-01", None),
            ("yesterday", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(normalise_date(input).as_deref(), expected, "{input}");
        }
    }

    #[test]
    fn url_dates() {
        let cases = [
            ("https://ex.com/news/2024/03/05/story.html", Some("2024-03-05")),
            ("https://ex.com/2024-03-05-story", Some("2024-03-05")),
            ("https://ex.com/a/20240305/story", Some("2024-03-05")),
            ("https://ex.com/2024/03/story", None),
            ("https://ex.com/story-123456789", None),
            ("https://2024.ex.com/x", None),
        ];
        for (input, expected) in cases {
            assert_eq!(date_from_url(input).as_deref(), expected, "{input}");
        }
    }
}
