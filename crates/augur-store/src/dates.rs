//! Civil dates as day numbers (days since 1970-01-01), without a date library.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// How precise a parsed date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
}

/// Parses `YYYY-MM-DD`, an RFC 3339 timestamp (its date part) or `YYYY-MM`. For a month the
/// day number of its first day is returned with [`Precision::Month`].
pub fn parse_day(s: &str) -> Option<(i64, Precision)> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 7 || b[4] != b'-' {
        return None;
    }
    let y = num(0..4)?;
    let m = u32::try_from(num(5..7)?).ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    if b.len() == 7 {
        return Some((days_from_civil(y, m, 1), Precision::Month));
    }
    if b.len() < 10 || b[7] != b'-' || (b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ')) {
        return None;
    }
    let d = u32::try_from(num(8..10)?).ok()?;
    if d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some((days_from_civil(y, m, d), Precision::Day))
}

/// `YYYY-MM-DD` of a day number.
pub fn format_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYYMMDD` of a day number (GDELT's SQLDATE).
pub fn compact_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}{m:02}{d:02}")
}

/// Current UTC time as RFC 3339 with seconds.
pub fn now_rfc3339() -> String {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    rfc3339_from_secs(secs)
}

/// RFC 3339 (UTC, `Z`) of seconds since the epoch.
pub fn rfc3339_from_secs(secs: i64) -> String {
    let day = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    format!("{}T{:02}:{:02}:{:02}Z", format_day(day), rem / 3600, (rem / 60) % 60, rem % 60)
}

/// `YYYYMMDDHHMMSS` of an RFC 3339 timestamp (GDELT's DATEADDED); the digits of whatever
/// is there, zero-padded, so a bare date gives midnight.
pub fn gdelt_timestamp(rfc3339: &str) -> String {
    let digits: String = rfc3339.chars().take(19).filter(|c| c.is_ascii_digit()).collect();
    format!("{digits:0<14}")
}

/// ISO 8601 week label `YYYY-Www` of a day number.
pub fn iso_week(day: i64) -> String {
    // 1970-01-01 was a Thursday; weekday 0 = Monday.
    let weekday = (day + 3).rem_euclid(7);
    let thursday = day - weekday + 3;
    let (y, _, _) = civil_from_days(thursday);
    let jan1 = days_from_civil(y, 1, 1);
    let week = (thursday - jan1) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// Day of the year, 1-based.
pub fn day_of_year(day: i64) -> i64 {
    let (y, _, _) = civil_from_days(day);
    day - days_from_civil(y, 1, 1) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<(&str, Precision)>) {
        let got = parse_day(input).map(|(d, p)| (format_day(d), p));
        assert_eq!(got, expected.map(|(s, p)| (s.to_string(), p)), "input {input:?}");
    }

    #[test]
    fn parsing() {
        let cases = [
            ("2024-03-05", Some(("2024-03-05", Precision::Day))),
            ("2024-03-05T10:00:00+02:00", Some(("2024-03-05", Precision::Day))),
            ("2024-02-29", Some(("2024-02-29", Precision::Day))),
            ("2023-02-29", None),
            ("2024-03", Some(("2024-03-01", Precision::Month))),
            ("2024-13-01", None),
            ("1969-12-31", Some(("1969-12-31", Precision::Day))),
            ("2024-03-05x", None),
            ("yesterday", None),
            ("", None),
            ("２０２４-03-05", None),
        ];
        for (i, e) in cases {
            check(i, e);
        }
    }

    #[test]
    fn weeks_and_stamps() {
        let d = |s: &str| parse_day(s).unwrap().0;
        assert_eq!(iso_week(d("2021-01-03")), "2020-W53");
        assert_eq!(iso_week(d("2021-01-04")), "2021-W01");
        assert_eq!(iso_week(d("2024-12-30")), "2025-W01");
        assert_eq!(day_of_year(d("2024-12-31")), 366);
        assert_eq!(gdelt_timestamp("2024-03-05T10:11:12Z"), "20240305101112");
        assert_eq!(gdelt_timestamp("2024-03-05"), "20240305000000");
        assert_eq!(rfc3339_from_secs(86_400 + 3661), "1970-01-02T01:01:01Z");
        for day in [-800_000, -1, 0, 59, 19_000, 2_000_000] {
            let (y, m, dd) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, dd), day);
        }
    }
}
