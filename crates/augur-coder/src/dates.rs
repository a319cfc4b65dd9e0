//! Dates of events: relative expressions ("am Dienstag", "yesterday", "la semaine dernière",
//! "el lunes pasado", "в понедельник", "Ende Juli") resolved against the publication date.

use augur_core::{Lang, Sentence};

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// Parses `YYYY-MM-DD`, also the date part of RFC 3339 and `YYYYMMDD`.
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        let (y, m, d) = if s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') {
            (s.get(0..4)?, s.get(5..7)?, s.get(8..10)?)
        } else if s.len() == 8 && s.chars().all(|c| c.is_ascii_digit()) {
            (s.get(0..4)?, s.get(4..6)?, s.get(6..8)?)
        } else {
            return None;
        };
        let day = Day { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        ((1..=12).contains(&day.month) && day.day >= 1 && day.day <= days_in_month(day.year, day.month)).then_some(day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    fn ordinal(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_ordinal(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Day { year: y, month: m, day: d }
    }

    pub fn add_days(self, n: i64) -> Day {
        Day::from_ordinal(self.ordinal() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.ordinal() + 3).rem_euclid(7) as u32
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn iso_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A resolved date with the reason, as stored on the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateResolution {
    /// `YYYY-MM-DD`, `YYYY-MM`, or `None`.
    pub date: Option<String>,
    pub reason: String,
}

/// A date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// 0-based index of the word that carries the expression.
    pub word: usize,
    pub text: String,
    pub kind: DateKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// Weekday 0–6 with a direction: -1 last, 0 unmarked, 1 next.
    Weekday(u32, i8),
    /// Days relative to publication.
    Offset(i64),
    /// Weeks relative to publication (gives a month).
    WeekOffset(i64),
    /// Months relative to publication.
    MonthOffset(i64),
    /// A month with optional day and year.
    Month { month: u32, day: Option<u32>, year: Option<i32> },
    /// A full date written out (ISO).
    Absolute(Day),
}

const WEEKDAYS: [[&str; 7]; 5] = [
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"],
];

const MONTHS: [[&str; 12]; 5] = [
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
];

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::De => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
        Lang::Ru => 4,
        Lang::En | Lang::Other => 0,
    }
}

fn matches_name(lang: Lang, name: &str, form: &str, lemma: &str) -> bool {
    if lang == Lang::Ru {
        // Russian is inflected ("в среду", "в августе"): match stems; "ма" needs the whole form.
        if name == "ма" {
            return ["май", "мая", "мае"].contains(&form);
        }
        return form.starts_with(name) || lemma.starts_with(name);
    }
    form == name || (lemma == name && !lemma.is_empty())
}

const LAST: &[&str] = &[
    "last",
    "past",
    "previous",
    "vergangen",
    "vergangenen",
    "vergangene",
    "letzten",
    "letzte",
    "vorigen",
    "vorige",
    "dernier",
    "dernière",
    "passé",
    "passée",
    "pasado",
    "pasada",
    "прошлый",
    "прошлой",
    "прошлом",
    "прошлую",
];
const NEXT: &[&str] = &[
    "next",
    "coming",
    "nächsten",
    "nächste",
    "kommenden",
    "kommende",
    "prochain",
    "prochaine",
    "próximo",
    "próxima",
    "следующий",
    "следующей",
    "следующем",
    "следующую",
    "будущей",
];

/// Finds the date expressions of a sentence.
pub fn find_dates(sentence: &Sentence, lang: Lang) -> Vec<DateExpr> {
    let li = lang_index(lang);
    let forms: Vec<String> = sentence.words.iter().map(|w| w.form.to_lowercase()).collect();
    let lemmas: Vec<String> = sentence.words.iter().map(|w| w.lemma.to_lowercase()).collect();
    let near = |i: usize, list: &[&str]| -> bool {
        let lo = i.saturating_sub(2);
        let hi = (i + 2).min(forms.len().saturating_sub(1));
        (lo..=hi).any(|j| j != i && list.contains(&forms[j].as_str()))
    };
    let mut out = Vec::new();
    for (i, w) in sentence.words.iter().enumerate() {
        let f = forms[i].as_str();
        let l = lemmas[i].as_str();
        let mut push = |kind: DateKind| out.push(DateExpr { word: i, text: w.form.clone(), kind });
        if let Some(d) = Day::parse(f) {
            push(DateKind::Absolute(d));
            continue;
        }
        if let Some(wd) = WEEKDAYS[li].iter().position(|n| matches_name(lang, n, f, l)) {
            let dir = if near(i, LAST) {
                -1
            } else if near(i, NEXT) {
                1
            } else {
                0
            };
            push(DateKind::Weekday(wd as u32, dir));
            continue;
        }
        let prev = if i > 0 { forms[i - 1].as_str() } else { "" };
        let offset = match (lang, f) {
            (_, "yesterday" | "gestern" | "hier" | "ayer" | "вчера") => Some(-1),
            (_, "today" | "heute" | "aujourd'hui" | "hoy" | "сегодня") => Some(0),
            (_, "tomorrow" | "demain" | "завтра") => Some(1),
            (_, "vorgestern" | "avant-hier" | "anteayer" | "позавчера") => Some(-2),
            (_, "übermorgen" | "après-demain" | "послезавтра") => Some(2),
            // "morgen" is tomorrow only as an adverb, not in "am Morgen" (the morning).
            (Lang::De, "morgen") if w.upos == "ADV" && prev != "am" && prev != "heute" => Some(1),
            (Lang::Es, "mañana") if w.upos == "ADV" => Some(1),
            _ => None,
        };
        if let Some(o) = offset {
            push(DateKind::Offset(o));
            continue;
        }
        let week = ["week", "woche", "semaine", "semana", "неделе", "неделю", "неделя"].contains(&f);
        let month_word = ["month", "monat", "mois", "mes", "месяце", "месяц"].contains(&f);
        if week || month_word {
            let dir = if near(i, LAST) {
                Some(-1)
            } else if near(i, NEXT) {
                Some(1)
            } else if near(i, &["this", "diese", "dieser", "diesen", "cette", "ce", "esta", "este", "этой", "этом"])
            {
                Some(0)
            } else {
                None
            };
            if let Some(d) = dir {
                push(if week { DateKind::WeekOffset(d) } else { DateKind::MonthOffset(d) });
            }
            continue;
        }
        if let Some(m) = MONTHS[li].iter().position(|n| matches_name(lang, n, f, l)) {
            // English and German month names are capitalised; "may", "march" are also verbs.
            if matches!(lang, Lang::En | Lang::De | Lang::Other) && !w.form.starts_with(char::is_uppercase) {
                continue;
            }
            if lang == Lang::En && matches!(w.upos.as_str(), "AUX" | "VERB") {
                continue;
            }
            let num = |j: usize| forms.get(j).and_then(|s| s.trim_end_matches('.').parse::<u32>().ok());
            let mut day = None;
            let mut year = None;
            let day_at = |j: usize| num(j).filter(|n| (1..=31).contains(n));
            if i >= 1 {
                day = day_at(i - 1).or_else(|| {
                    if i >= 2 && (forms[i - 1] == "de" || forms[i - 1] == ".") {
                        day_at(i - 2)
                    } else {
                        None
                    }
                });
            }
            if day.is_none() && lang == Lang::En {
                day = day_at(i + 1);
            }
            for j in [i + 1, i + 2, i + 3] {
                if let Some(n) = num(j) {
                    if (1900..=2100).contains(&n) {
                        year = Some(n as i32);
                        break;
                    }
                }
            }
            push(DateKind::Month { month: m as u32 + 1, day, year });
        }
    }
    out
}

/// Resolves one expression. `future` resolves unmarked weekdays and months forwards.
pub fn resolve(expr: &DateExpr, publication: Option<Day>, future: bool) -> DateResolution {
    let quote = &expr.text;
    let Some(pubd) = publication else {
        return match expr.kind {
            DateKind::Absolute(d) => DateResolution { date: Some(d.iso()), reason: format!("explicit date '{quote}'") },
            DateKind::Month { month, day, year: Some(y) } => match day {
                Some(d) if d <= days_in_month(y, month) => DateResolution {
                    date: Some(Day { year: y, month, day: d }.iso()),
                    reason: format!("explicit date '{quote}'"),
                },
                _ => DateResolution {
                    date: Some(format!("{y:04}-{month:02}")),
                    reason: format!("month '{quote}' with year"),
                },
            },
            _ => DateResolution {
                date: None,
                reason: format!("'{quote}' is relative and the publication date is unknown"),
            },
        };
    };
    let p = pubd.iso();
    match expr.kind {
        DateKind::Absolute(d) => DateResolution { date: Some(d.iso()), reason: format!("explicit date '{quote}'") },
        DateKind::Offset(n) => DateResolution {
            date: Some(pubd.add_days(n).iso()),
            reason: format!("'{quote}' = {n:+} day(s) from publication date {p}"),
        },
        DateKind::Weekday(wd, dir) => {
            let today = pubd.weekday() as i64;
            let wd = i64::from(wd);
            let forward = dir > 0 || (dir == 0 && future);
            let (d, how) = if forward {
                let mut n = (wd - today).rem_euclid(7);
                if dir > 0 && n == 0 {
                    n = 7;
                }
                (pubd.add_days(n), "on or after")
            } else {
                let mut n = (today - wd).rem_euclid(7);
                if dir < 0 && n == 0 {
                    n = 7;
                }
                (pubd.add_days(-n), "on or before")
            };
            DateResolution {
                date: Some(d.iso()),
                reason: format!("weekday '{quote}' resolved to the one {how} publication date {p}"),
            }
        }
        DateKind::WeekOffset(n) => DateResolution {
            date: Some(pubd.add_days(7 * n).iso_month()),
            reason: format!("'{quote}' ({n:+} week) gives the month of publication date {p} shifted by a week"),
        },
        DateKind::MonthOffset(n) => {
            let total = pubd.year * 12 + pubd.month as i32 - 1 + n as i32;
            let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
            DateResolution {
                date: Some(format!("{y:04}-{m:02}")),
                reason: format!("'{quote}' ({n:+} month) from publication date {p}"),
            }
        }
        DateKind::Month { month, day, year } => {
            let year = year.unwrap_or({
                // A past event in a month later than publication's is last year's; a future one in an earlier month is next year's.
                if !future && month > pubd.month {
                    pubd.year - 1
                } else if future && month < pubd.month {
                    pubd.year + 1
                } else {
                    pubd.year
                }
            });
            match day {
                Some(d) if d >= 1 && d <= days_in_month(year, month) => DateResolution {
                    date: Some(Day { year, month, day: d }.iso()),
                    reason: format!("day and month '{quote}' with year from publication date {p}"),
                },
                _ => DateResolution {
                    date: Some(format!("{year:04}-{month:02}")),
                    reason: format!("month '{quote}' gives the month; year from publication date {p}"),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use augur_core::Word;

    fn sentence(words: &[(&str, &str, &str)]) -> Sentence {
        Sentence {
            words: words
                .iter()
                .map(|(f, l, u)| Word {
                    form: f.to_string(),
                    lemma: l.to_string(),
                    upos: u.to_string(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    fn check(lang: Lang, words: &[(&str, &str, &str)], publication: &str, future: bool, expected: Option<&str>) {
        let s = sentence(words);
        let found = find_dates(&s, lang);
        let got = found.first().and_then(|e| resolve(e, Day::parse(publication), future).date);
        assert_eq!(got.as_deref(), expected, "{words:?}");
    }

    #[test]
    fn calendar() {
        let d = Day::parse("2023-08-15").unwrap();
        assert_eq!(d.weekday(), 1); // Tuesday
        assert_eq!(d.add_days(20).iso(), "2023-09-04");
        assert_eq!(Day::parse("2024-03-01").unwrap().add_days(-1).iso(), "2024-02-29");
        assert_eq!(Day::parse("2023-09-14T10:00:00Z").unwrap().iso(), "2023-09-14");
        assert_eq!(Day::parse("2023-02-30"), None);
    }

    #[test]
    fn relative_dates() {
        // Publication: Wednesday 2023-08-16.
        let p = "2023-08-16";
        check(Lang::De, &[("am", "an", "ADP"), ("Dienstag", "Dienstag", "NOUN")], p, false, Some("2023-08-15"));
        check(Lang::De, &[("am", "an", "ADP"), ("Freitag", "Freitag", "NOUN")], p, true, Some("2023-08-18"));
        check(Lang::En, &[("yesterday", "yesterday", "ADV")], p, false, Some("2023-08-15"));
        check(Lang::En, &[("last", "last", "ADJ"), ("Wednesday", "Wednesday", "PROPN")], p, false, Some("2023-08-09"));
        check(
            Lang::Fr,
            &[("la", "le", "DET"), ("semaine", "semaine", "NOUN"), ("dernière", "dernier", "ADJ")],
            p,
            false,
            Some("2023-08"),
        );
        check(
            Lang::Es,
            &[("el", "el", "DET"), ("lunes", "lunes", "NOUN"), ("pasado", "pasado", "ADJ")],
            p,
            false,
            Some("2023-08-14"),
        );
        check(Lang::Ru, &[("в", "в", "ADP"), ("понедельник", "понедельник", "NOUN")], p, false, Some("2023-08-14"));
        check(Lang::Ru, &[("в", "в", "ADP"), ("среду", "среда", "NOUN")], p, false, Some("2023-08-16"));
        check(Lang::De, &[("Ende", "Ende", "NOUN"), ("Juli", "Juli", "PROPN")], p, false, Some("2023-07"));
        check(Lang::De, &[("im", "in", "ADP"), ("Dezember", "Dezember", "PROPN")], p, false, Some("2022-12"));
        check(
            Lang::En,
            &[("on", "on", "ADP"), ("14", "14", "NUM"), ("September", "September", "PROPN"), ("2023", "2023", "NUM")],
            p,
            false,
            Some("2023-09-14"),
        );
        check(Lang::En, &[("September", "September", "PROPN"), ("14", "14", "NUM")], p, false, Some("2022-09-14"));
        check(Lang::De, &[("am", "an", "ADP"), ("Morgen", "Morgen", "NOUN")], p, false, None);
        check(Lang::En, &[("may", "may", "AUX")], p, false, None);
        check(
            Lang::Ru,
            &[("в", "в", "ADP"), ("конце", "конец", "NOUN"), ("июля", "июль", "NOUN")],
            p,
            false,
            Some("2023-07"),
        );
    }

    #[test]
    fn without_publication_date() {
        let s = sentence(&[("gestern", "gestern", "ADV")]);
        let r = resolve(&find_dates(&s, Lang::De)[0], None, false);
        assert_eq!(r.date, None);
        assert!(r.reason.contains("publication date is unknown"));
    }
}
