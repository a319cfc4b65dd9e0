//! Resolution: surface matches → actors, for free text and for parsed sentences.

use std::fmt::Write as _;

use augur_core::{Actor, ActorMention, ActorResolver, Diagnostic, Lang, Person, Sentence};

use crate::kb::{entry_usable, valid_date, ActorBase};
use crate::model::{Entry, Kind, Office, PersonRec, Role};
use crate::norm::{self, Sep, Tok};

/// One trie match over tokens `t0..=t1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub node: u32,
    pub t0: usize,
    pub t1: usize,
}

/// A hit in a sentence: the hit, its first and last word, and whether it is a place.
type GroupHit = (Hit, usize, usize, bool);

/// A usable reading of a match, after ambiguity rules.
#[derive(Debug, Clone)]
struct Item<'a, 's> {
    e: &'a Entry,
    /// Replaces the entry's country (alternative reading of an ambiguous form).
    country: Option<&'a str>,
    conf: f32,
    note: Option<&'a str>,
    /// Stands after a place preposition ("… in Berlin").
    loc: bool,
    /// The text that matched.
    surf: &'s str,
}

impl Item<'_, '_> {
    fn country(&self) -> Option<&str> {
        self.country.or(self.e.country.as_deref())
    }
}

/// A token of the matcher's input: form id, optional lemma id, and flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct In {
    pub id: Option<u32>,
    pub lemma: Option<u32>,
    pub hard_after: bool,
    pub cap: bool,
    pub func: bool,
    /// All capitals ("UN"), see [`ActorBase::acronym_only`].
    pub upper: bool,
    /// Joined by a hyphen to the next token, see [`ActorBase::combining_only`].
    pub hyph: bool,
}

fn is_conj(key: &str) -> bool {
    norm::CONJ.contains(&key)
}

/// Words that make an IGO's name a modifier of the country beside it: "NATO member
/// Norway", "EU-Mitglied Ungarn", "член НАТО Норвегия" (compared by their keys).
const MEMBER_WORDS: &[&str] = &[
    "member",
    "members",
    "state",
    "states",
    "ally",
    "allies",
    "partner",
    "partners",
    "country",
    "mitglied",
    "mitglieder",
    "mitgliedsland",
    "mitgliedstaat",
    "mitgliedsstaat",
    "mitgliedsländer",
    "mitgliedstaaten",
    "mitgliedsstaaten",
    "partnerland",
    "bündnispartner",
    "staat",
    "membre",
    "membres",
    "état",
    "états",
    "pays",
    "allié",
    "alliés",
    "partenaire",
    "miembro",
    "miembros",
    "estado",
    "estados",
    "socio",
    "socios",
    "aliado",
    "aliados",
    "país",
    "член",
    "члены",
    "страна",
    "союзник",
    "партнёр",
    "партнер",
];

fn is_member_word(key: &str) -> bool {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| MEMBER_WORDS.iter().map(|w| norm::key(w)).collect()).iter().any(|k| k == key)
}

impl ActorBase {
    /// Greedy longest matches over the input tokens. Inside a match, function words
    /// without an edge are skipped ("Sprecher des Ministeriums").
    pub(crate) fn matches(&self, input: &[In], lang: Lang) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < input.len() {
            let mut best: Option<(usize, u32)> = None;
            let mut budget = 64u32;
            self.walk(input, i, 0, true, lang, &mut best, &mut budget);
            match best {
                Some((j, node)) => {
                    out.push(Hit { node, t0: i, t1: j });
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        out
    }

    /// `upper`: every token matched so far is in capitals.
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        input: &[In],
        j: usize,
        node: u32,
        upper: bool,
        lang: Lang,
        best: &mut Option<(usize, u32)>,
        budget: &mut u32,
    ) {
        let Some(t) = input.get(j) else { return };
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        let next = t.id.and_then(|id| self.step(node, id)).or_else(|| t.lemma.and_then(|id| self.step(node, id)));
        if let Some(n) = next {
            let up = upper && t.upper;
            let case_ok = (up || !self.acronym_only.get(&n).copied().unwrap_or(false))
                && (t.cap || !self.capital_only.get(&n).copied().unwrap_or(false))
                && (t.hyph || !self.combining_only.get(&n).copied().unwrap_or(false));
            if case_ok && self.usable(n, lang) && best.is_none_or(|(e, _)| j >= e) {
                *best = Some((j, n));
            }
            if !t.hard_after {
                self.walk(input, j + 1, n, up, lang, best, budget);
            }
        }
        if t.func && node != 0 && !t.hard_after {
            self.walk(input, j + 1, node, upper, lang, best, budget);
        }
    }

    /// A surname matched alone right after a capitalised word that no match covers: when
    /// that word is a given name none of the candidate persons has ("Oskar Fischer" is not
    /// Joschka Fischer), the surname match must not fire. `given_ok` says whether the
    /// token before may be a given name at all (a parser's PROPN, or a known given name).
    fn given_name_conflict(
        &self,
        hit: &Hit,
        toks: &[Tok],
        ins: &[In],
        hits: &[Hit],
        given_ok: &dyn Fn(usize) -> bool,
    ) -> bool {
        if hit.t0 != hit.t1 || hit.t0 == 0 {
            return false;
        }
        let here = &self.nodes[hit.node as usize];
        if here.is_empty() || !here.iter().all(|&e| self.entries[e as usize].kind == Kind::Person) {
            return false;
        }
        let mut g = hit.t0 - 1;
        // A Russian patronymic stands between the given name and the surname.
        if toks[g].key.contains("вич") || toks[g].key.ends_with("вн") {
            if g == 0 {
                return false;
            }
            g -= 1;
        }
        let t = &toks[g];
        if ins[g].hard_after || !t.cap || t.func || t.upper || !given_ok(g) {
            return false;
        }
        if hits.iter().any(|h| h.t0 <= g && g <= h.t1) || norm::is_honorific(&t.key) {
            return false;
        }
        let compatible = |k: &str| {
            let common = k.chars().zip(t.key.chars()).take_while(|(a, b)| a == b).count();
            k.starts_with(t.key.as_str()) || t.key.starts_with(k) || common >= 3
        };
        !here.iter().filter_map(|&e| self.entries[e as usize].person).any(|pid| {
            let p = &self.persons[pid as usize];
            std::iter::once(&p.name)
                .chain(p.aliases.values().flatten())
                .flat_map(|n| norm::tokenize(n))
                .any(|k| compatible(&k.key))
        })
    }

    /// Drops matches that only modify a neighbouring place or country:
    /// - a direction word read as "the West" next to a country or region ("Western
    ///   Cambodia", "Западной Украины", French and Spanish "l'Ukraine occidentale");
    /// - an IGO's name that makes a country its member ("NATO-member Norway", "EU member
    ///   Hungary", "Nato-Mitglied Norwegen", "член НАТО Норвегия"): the country is the head.
    fn drop_modifiers(&self, hits: Vec<Hit>, toks: &[Tok], ins: &[In], lang: Lang) -> Vec<Hit> {
        if hits.len() < 2 {
            return hits;
        }
        let entries = |h: &Hit| self.nodes[h.node as usize].iter().map(|&e| &self.entries[e as usize]);
        let west = |e: &Entry| e.kind == Kind::Region && e.country.as_deref() == Some("WST");
        let place = |h: &Hit| {
            entries(h)
                .any(|e| e.kind == Kind::CountryName || (e.kind == Kind::Region && e.country.is_some() && !west(e)))
        };
        let country = |h: &Hit| entries(h).any(|e| e.kind == Kind::CountryName);
        // No boundary after token `i` but a space or a hyphen ("NATO-member", also when
        // the parser split the hyphen off).
        let soft = |i: usize| !ins[i].hard_after || ins[i].hyph;
        // Hit `b` follows hit `a` with nothing but a soft boundary between them.
        let adjacent = |a: &Hit, b: &Hit| b.t0 == a.t1 + 1 && soft(a.t1);
        let mut keep = vec![true; hits.len()];
        for (k, h) in hits.iter().enumerate() {
            let next = hits.get(k + 1);
            let prev = k.checked_sub(1).map(|p| &hits[p]);
            if h.t0 == h.t1 && entries(h).all(&west) {
                let before = next.is_some_and(|n| adjacent(h, n) && place(n));
                let after = matches!(lang, Lang::Fr | Lang::Es) && prev.is_some_and(|p| adjacent(p, h) && place(p));
                if before || after {
                    keep[k] = false;
                }
                continue;
            }
            if !entries(h).all(|e| e.kind == Kind::Igo) {
                continue;
            }
            let Some(n) = next.filter(|n| country(n)) else { continue };
            // IGO, member words, country.
            let mut j = h.t1 + 1;
            while j < n.t0 && soft(j - 1) && is_member_word(&toks[j].key) {
                j += 1;
            }
            let member_between = j > h.t1 + 1 && j == n.t0 && soft(j - 1);
            // Member word, function words, IGO, country.
            let member_before = adjacent(h, n) && h.t0 > 0 && {
                let mut i = h.t0 - 1;
                while i > 0 && toks[i].func && soft(i) {
                    i -= 1;
                }
                soft(i) && is_member_word(&toks[i].key)
            };
            if member_between || member_before {
                keep[k] = false;
            }
        }
        hits.into_iter().zip(keep).filter(|(_, k)| *k).map(|(h, _)| h).collect()
    }

    /// A Cyrillic surname matched alone through the stemmer must cover the whole surname:
    /// Russian case forms are never shorter than the nominative, so "Дин" (in "Изз ад-Дин")
    /// is no form of "Дини" although both stem to "дин". `raw` gives a token's text.
    fn short_stem_conflict(&self, hit: &Hit, toks: &[Tok], raw: &dyn Fn(usize) -> String) -> bool {
        if hit.t0 != hit.t1 || !toks[hit.t0].key.chars().any(norm::is_cyrillic) {
            return false;
        }
        let here = &self.nodes[hit.node as usize];
        if here.is_empty() || !here.iter().all(|&e| self.entries[e as usize].kind == Kind::Person) {
            return false;
        }
        let key = &toks[hit.t0].key;
        let len = norm::fold(&raw(hit.t0)).chars().count();
        let mut same_key = false;
        let covered = here.iter().filter_map(|&e| self.entries[e as usize].person).any(|pid| {
            let p = &self.persons[pid as usize];
            std::iter::once(&p.name).chain(p.aliases.values().flatten()).any(|n| {
                norm::tokenize(n).iter().filter(|t| t.key == *key).any(|t| {
                    same_key = true;
                    norm::fold(&n[t.start..t.end]).chars().count() <= len
                })
            })
        });
        same_key && !covered
    }

    /// Pushes the usable readings of a hit; the keys of `toks` are the context for
    /// ambiguity cues.
    #[allow(clippy::too_many_arguments)]
    fn items<'a, 's>(
        &'a self,
        out: &mut Vec<Item<'a, 's>>,
        hit: Hit,
        toks: &[Tok],
        ins: &[In],
        lang: Lang,
        loc: bool,
        surf: &'s str,
    ) {
        let mut conf = 0.9;
        let mut country: Option<&'a str> = None;
        let mut note = None;
        if let Some(rule) = self
            .node_rule
            .get(&hit.node)
            .map(|&r| &self.rules[r as usize])
            .filter(|rule| rule.langs.is_empty() || rule.langs.iter().any(|l| l == lang.code()))
        {
            let own: Vec<&str> = toks[hit.t0..=hit.t1].iter().map(|t| t.key.as_str()).collect();
            if rule.needs_cap && !ins[hit.t0].cap {
                return;
            }
            let cued = rule.cues.iter().any(|c| toks.iter().any(|t| t.key == *c) && !own.contains(&c.as_str()));
            if cued {
                if rule.alt.is_empty() {
                    return;
                }
                country = Some(rule.alt.as_str());
                note = Some(rule.reason.as_str());
                conf = 0.75;
            } else if !rule.default.is_empty() {
                country = Some(rule.default.as_str());
                conf = 0.8;
                note = Some("ambiguous form, default reading");
            } else if !rule.cues.is_empty() {
                conf = 0.8;
                note = Some("ambiguous form, default reading");
            }
        }
        let here = &self.nodes[hit.node as usize];
        let own_lang = here.iter().any(|&e| self.entries[e as usize].src == Some(lang));
        // Names of persons are written with a capital ("al-Bashir", "dos Santos" somewhere):
        // lower-case "берегов" (of the coasts) is no form of "Береговуа".
        let capital = (hit.t0..=hit.t1).any(|k| ins.get(k).is_some_and(|t| t.cap));
        out.extend(
            here.iter()
                .map(|&e| &self.entries[e as usize])
                .filter(|e| capital || e.kind != Kind::Person)
                .filter(|e| entry_usable(e, lang) && (!own_lang || e.src.is_none() || e.src == Some(lang)))
                .map(|e| Item { e, country: if e.country.is_some() { country } else { None }, conf, note, loc, surf }),
        );
    }

    /// Resolves one group of readings that belong to one noun phrase. `head_known` is
    /// false when the phrase's head noun is not an actor word ("russische Drohnen").
    fn combine(&self, items: &[Item<'_, '_>], date: Option<&str>, head_known: bool) -> Vec<Actor> {
        // Places after a preposition ("… in Berlin") count only when nothing else does.
        let any_own = items.iter().any(|i| !i.loc);
        let items: Vec<&Item<'_, '_>> = items.iter().filter(|i| !any_own || !i.loc).collect();
        let persons: Vec<&Item<'_, '_>> = items.iter().copied().filter(|i| i.e.kind == Kind::Person).collect();
        let title = items.iter().copied().filter(|i| i.e.kind == Kind::Title).min_by_key(|i| (i.e.weak, i.e.office));
        // "ministre russe des Affaires étrangères": a generic minister title plus a
        // portfolio word gives the specific office.
        let portfolio = items.iter().find_map(|i| i.e.portfolio);
        let body = items.iter().copied().find(|i| {
            matches!(i.e.kind, Kind::Seat | Kind::Igo | Kind::Region | Kind::Institution | Kind::Custom)
                && self.dated_code(i.e, date).is_some()
        });
        let countries: Vec<&Item<'_, '_>> = items
            .iter()
            .copied()
            .filter(|i| matches!(i.e.kind, Kind::CountryName | Kind::CountryAdj | Kind::Demonym))
            .collect();
        let sector = items
            .iter()
            .copied()
            .filter(|i| i.e.kind == Kind::Sector && !i.e.sectors.is_empty())
            .min_by_key(|i| i.e.weak);
        // A seat of government beside a different country's name or adjective is where the
        // actor sits, not whose it is: "the US embassy in Kyiv", "der spanische Botschafter
        // in Buenos Aires" (parsed into one phrase).
        let body = body.filter(|b| {
            b.e.kind != Kind::Seat || countries.iter().all(|c| c.country().is_none() || c.country() == b.country())
        });
        let owner: Option<(String, Vec<String>, &Item<'_, '_>)> = body
            .and_then(|b| {
                self.dated_code(b.e, date).map(|(c, s)| {
                    let code = b.country().unwrap_or(c);
                    // A seat read as an IGO (Brussels for the EU) takes no government sector.
                    let s = if b.e.kind == Kind::Seat && code.starts_with("IGO") { Vec::new() } else { s };
                    (code.to_string(), s, b)
                })
            })
            .or_else(|| countries.first().and_then(|c| c.country().map(|code| (code.to_string(), Vec::new(), *c))));

        if !persons.is_empty() {
            if let Some(mut a) =
                self.person_actor(&persons, title.map(|t| t.e), portfolio, owner.as_ref().map(|o| o.0.as_str()), date)
            {
                // An office named after an IGO ("EU trade chief Valdis Dombrovskis", "UN
                // envoy X") wins over the nationality of a person the data knows no role of
                // on the date.
                if let Some((code, _, o)) = owner.as_ref().filter(|o| o.2.e.kind == Kind::Igo && !o.2.loc) {
                    let no_role = a.person.as_ref().is_some_and(|p| p.office.is_none());
                    if no_role && !a.country.starts_with("IGO") && (title.is_some() || sector.is_some()) {
                        let sectors = match (title.and_then(|t| t.e.office), sector) {
                            (Some(office), _) => sector_for(office, code),
                            (None, Some(s)) if !s.e.weak => s.e.sectors.clone(),
                            _ => Vec::new(),
                        };
                        let word = title.or(sector).map_or("", |t| t.surf);
                        let mut b = self.actor(
                            code,
                            sectors,
                            o.conf,
                            format!("'{} {word}' names the office of a person without a role on the date", o.surf),
                        );
                        b.person = a.person.take();
                        return vec![b];
                    }
                }
                return vec![a];
            }
        }
        if let Some(t) = title {
            let office = match (t.e.office, portfolio) {
                (Some(Office::Minister) | None, Some(p)) => p,
                (o, _) => o.unwrap_or(Office::Minister),
            };
            let Some((country, _, o)) = &owner else {
                let mut a = self.actor(
                    "---",
                    vec![office.sector().to_string()],
                    0.3,
                    format!("title '{}' without a country", t.surf),
                );
                a.name = t.e.name.clone();
                return vec![a];
            };
            let sectors = sector_for(office, country);
            let mut a = self.actor(country, sectors, o.conf, format!("title '{}' + '{}'", t.surf, o.surf));
            let holders = self.holders(country, office, date);
            let holders = narrow_by_title(holders, t.surf);
            if let [(pid, role)] = holders.as_slice() {
                let p = &self.persons[*pid as usize];
                a.person = Some(person_of(p, role));
                let _ = write!(a.reason, "; holder {}: {}", date.unwrap_or("now"), p.name);
            }
            if let Some(n) = o.note {
                let _ = write!(a.reason, "; {n}");
            }
            return vec![a];
        }
        if let (Some(b), Some((country, mut sectors, _))) = (body, owner.clone()) {
            if sectors.is_empty() {
                if let Some(s) = sector.filter(|s| !s.e.weak || b.e.kind == Kind::Region) {
                    sectors = s.e.sectors.clone();
                }
            }
            let kind = match b.e.kind {
                Kind::Seat => "seat of government",
                Kind::Igo => "organisation",
                Kind::Region => "region",
                Kind::Institution => "institution",
                _ => "dictionary entry",
            };
            let mut a = self.actor(&country, sectors, b.conf, format!("{kind} '{}'", b.surf));
            if let Some(n) = b.note {
                let _ = write!(a.reason, "; {n}");
            }
            if b.e.known_group.is_some() {
                a.known_group = b.e.known_group.clone();
            }
            if !b.e.name.is_empty() && b.e.kind != Kind::Seat {
                a.name = b.e.name.clone();
            }
            return vec![a];
        }
        if !countries.is_empty() {
            let mut out: Vec<Actor> = Vec::new();
            for c in &countries {
                let Some(code) = c.country() else { continue };
                if out.iter().any(|a| a.country == code) {
                    continue;
                }
                let (sectors, conf, why) = match sector {
                    Some(s) => {
                        (s.e.sectors.clone(), c.conf * 0.95, format!("{} + sector '{}':", form_kind(c.e.kind), s.surf))
                    }
                    None if c.e.kind == Kind::CountryAdj && !head_known => {
                        (Vec::new(), 0.6, "country adjective on a non-actor noun".to_string())
                    }
                    None => (Vec::new(), c.conf, form_kind(c.e.kind).to_string()),
                };
                let mut a = self.actor(code, sectors, conf, format!("{why} '{}'", c.surf));
                if let Some(n) = c.note {
                    let _ = write!(a.reason, "; {n}");
                }
                out.push(a);
            }
            return out;
        }
        if let Some(s) = sector {
            return vec![self.actor("---", s.e.sectors.clone(), 0.3, format!("sector '{}' without a country", s.surf))];
        }
        Vec::new()
    }

    /// The code of a body on the date: a dated code valid then, else its undated code.
    fn dated_code<'a>(&self, e: &'a Entry, date: Option<&str>) -> Option<(&'a str, Vec<String>)> {
        if !e.dated.is_empty() {
            let hit = match date {
                Some(d) => e
                    .dated
                    .iter()
                    .find(|x| x.from.as_deref().is_none_or(|f| f <= d) && x.to.as_deref().is_none_or(|t| d < t)),
                None => e.dated.iter().find(|x| x.to.is_none()),
            };
            if let Some(x) = hit {
                return Some((x.country.as_str(), x.sectors.clone()));
            }
        }
        e.country.as_deref().map(|c| (c, e.sectors.clone()))
    }

    fn person_actor(
        &self,
        persons: &[&Item<'_, '_>],
        title: Option<&Entry>,
        portfolio: Option<Office>,
        owner: Option<&str>,
        date: Option<&str>,
    ) -> Option<Actor> {
        let mut pids: Vec<u32> = persons.iter().filter_map(|i| i.e.person).collect();
        pids.sort_unstable();
        pids.dedup();
        let score = |p: &PersonRec| {
            let role = match date {
                Some(d) => p.role_on(d),
                None => p.roles.iter().find(|r| r.to.is_none()),
            };
            let mut s = 0;
            if role.is_some() {
                s += 4;
            }
            let office = match (title.and_then(|t| t.office), portfolio) {
                (Some(Office::Minister) | None, Some(p)) => Some(p),
                (o, _) => o,
            };
            if let Some(o) = office {
                if role.is_some_and(|r| r.office == o) {
                    s += 2;
                } else if p.roles.iter().any(|r| r.office == o) {
                    s += 1;
                }
            }
            if let Some(c) = owner {
                if role.map_or(p.country.as_str(), |r| p.role_country(r)) == c {
                    s += 1;
                }
            }
            s
        };
        let scored: Vec<(i32, u32)> = pids.iter().map(|&i| (score(&self.persons[i as usize]), i)).collect();
        let best = scored.iter().map(|s| s.0).max()?;
        let top: Vec<u32> = scored.iter().filter(|s| s.0 == best).map(|s| s.1).collect();
        let p = &self.persons[top[0] as usize];
        let ambiguous = top.len() > 1;
        let role = match date {
            Some(d) => p.role_on(d),
            None => p.latest_role(),
        };
        let mut a = match role {
            Some(r) => {
                let c = p.role_country(r);
                let mut a =
                    self.actor(c, sector_for(r.office, c), 0.95, format!("person '{}', {}", p.name, title_of(r)));
                a.person = Some(person_of(p, r));
                if let Some(g) = &r.group {
                    let _ = write!(a.reason, " ({g})");
                }
                a
            }
            None => {
                let ended = date.is_some_and(|d| {
                    !p.roles.is_empty() && p.roles.iter().all(|r| r.to.as_deref().is_some_and(|t| t <= d))
                });
                let sectors = if ended { vec!["ELI".to_string()] } else { Vec::new() };
                let why = if ended { "former official" } else { "no office on the date" };
                let mut a = self.actor(&p.country, sectors, 0.8, format!("person '{}', {why}", p.name));
                a.person = Some(Person { name: p.name.clone(), qid: p.qid.clone(), office: None });
                a
            }
        };
        if ambiguous {
            a.confidence = 0.5;
            let names: Vec<&str> = top.iter().map(|&i| self.persons[i as usize].name.as_str()).collect();
            let _ = write!(a.reason, "; ambiguous name, candidates: {}", names.join(", "));
        }
        Some(a)
    }

    fn actor(&self, country: &str, mut sectors: Vec<String>, confidence: f32, reason: String) -> Actor {
        sectors.truncate(3);
        if short_igo(country) {
            sectors.clear();
        }
        Actor {
            code: Actor::derive_code(country, &sectors),
            country: country.to_string(),
            known_group: country.strip_prefix("IGO").map(|g| g.get(..3).unwrap_or(g).to_string()),
            sectors,
            ethnicity: None,
            religion: None,
            person: None,
            name: self.name_of(country).unwrap_or_default().to_string(),
            confidence: (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0,
            reason,
        }
    }

    // ---- free text ----

    fn inputs(&self, toks: &[Tok], lang: Lang) -> Vec<In> {
        toks.iter()
            .map(|t| In {
                id: self.token_id(t, lang),
                lemma: None,
                hard_after: t.after == Sep::Hard,
                cap: t.cap,
                func: t.func,
                upper: t.upper,
                hyph: t.hyph,
            })
            .collect()
    }

    /// Resolves a free-text mention, with diagnostics (bad date, ambiguity).
    pub fn resolve_text_diag(&self, mention: &str, lang: Lang, date: Option<&str>) -> (Vec<Actor>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let out = self.resolve_inner(mention, lang, date, Some(&mut diags));
        (out, diags)
    }

    fn resolve_inner(
        &self,
        mention: &str,
        lang: Lang,
        date: Option<&str>,
        mut diags: Option<&mut Vec<Diagnostic>>,
    ) -> Vec<Actor> {
        let date = match (date, diags.as_deref_mut()) {
            (Some(d), Some(dg)) => check_date(Some(d), dg),
            (Some(d), None) => Some(d).filter(|d| valid_date(d)),
            (None, _) => None,
        };
        let toks = norm::tokenize(mention);
        let ins = self.inputs(&toks, lang);
        let all = self.matches(&ins, lang);
        // Without a parse, a given name is one some known person has, or (outside German,
        // which capitalises every noun) any capitalised word the knowledge base does not know.
        let known = |t: usize| {
            toks.get(t).is_some_and(|k| self.given_names.contains_key(&k.key))
                || (lang != Lang::De && ins.get(t).is_some_and(|i| i.id.is_none()))
        };
        let raw = |t: usize| mention.get(toks[t].start..toks[t].end).unwrap_or("").to_string();
        let hits: Vec<Hit> = all
            .iter()
            .copied()
            .filter(|h| {
                !self.given_name_conflict(h, &toks, &ins, &all, &known)
                    && (lang != Lang::Ru || !self.short_stem_conflict(h, &toks, &raw))
            })
            .collect();
        let hits = self.drop_modifiers(hits, &toks, &ins, lang);
        if hits.is_empty() {
            return Vec::new();
        }
        // Parts separated by conjunctions and commas are separate actors; a conjunction
        // inside a name ("Correia e Silva", "Ван И") is not a separator.
        let in_hit = |i: usize| hits.iter().any(|h| h.t0 <= i && i <= h.t1);
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            if is_conj(&t.key) && !in_hit(i) {
                if i > start {
                    parts.push((start, i - 1));
                }
                start = i + 1;
            } else if t.after == Sep::Hard {
                parts.push((start, i));
                start = i + 1;
            }
        }
        if start < toks.len() {
            parts.push((start, toks.len() - 1));
        }
        let mut results: Vec<(Vec<Actor>, bool, &[String])> = Vec::with_capacity(parts.len());
        let mut items = Vec::new();
        for &(a, b) in &parts {
            let loc_from = (a..=b).find(|&i| norm::is_loc_prep(&toks[i].key, lang)).unwrap_or(usize::MAX);
            items.clear();
            for h in hits.iter().filter(|h| h.t0 >= a && h.t1 <= b) {
                let surf = mention.get(toks[h.t0].start..toks[h.t1].end).unwrap_or("");
                self.items(&mut items, *h, &toks, &ins, lang, h.t0 > loc_from, surf);
            }
            if items.is_empty() {
                continue;
            }
            let adj_only = items.iter().all(|it| matches!(it.e.kind, Kind::CountryAdj | Kind::Demonym));
            let sectors: &[String] = items
                .iter()
                .rev()
                .find(|it| it.e.kind == Kind::Sector && !it.e.sectors.is_empty())
                .map_or(&[], |it| it.e.sectors.as_slice());
            let actors = self.combine(&items, date, true);
            results.push((actors, adj_only, sectors));
        }
        if results.len() == 1 {
            let out = results.pop().map(|r| r.0).unwrap_or_default();
            note_low(&out, diags);
            return out;
        }
        // "russische und chinesische Soldaten", "las tropas rusas y ucranianas": the sector
        // of the coordinated noun distributes over bare adjectives.
        let shared = results
            .last()
            .map(|r| r.2)
            .filter(|s| !s.is_empty())
            .or_else(|| results.first().map(|r| r.2).filter(|s| !s.is_empty()));
        if let Some(shared) = shared {
            for r in results.iter_mut() {
                if r.1 {
                    for a in r.0.iter_mut().filter(|a| !short_igo(&a.country)) {
                        a.sectors = shared.to_vec();
                        a.code = Actor::derive_code(&a.country, &a.sectors);
                        a.reason.push_str("; sector shared with the coordinated noun");
                    }
                }
            }
        }
        let mut out: Vec<Actor> = Vec::new();
        for (actors, _, _) in results {
            for a in actors {
                if !out.iter().any(|o| o.code == a.code && o.person == a.person) {
                    out.push(a);
                }
            }
        }
        note_low(&out, diags);
        out
    }

    // ---- parsed sentences ----

    /// Finds and resolves every actor mention of a parsed sentence, with diagnostics.
    pub fn find_mentions_diag(
        &self,
        text: &str,
        sentence: &Sentence,
        sentence_index: usize,
        lang: Lang,
        date: Option<&str>,
    ) -> (Vec<ActorMention>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let date = check_date(date, &mut diags);
        let words = &sentence.words;
        let n = words.len();
        let mut toks: Vec<Tok> = Vec::new();
        let mut ins: Vec<In> = Vec::new();
        let mut tok_word: Vec<usize> = Vec::new();
        for (wi, w) in words.iter().enumerate() {
            if w.upos == "PUNCT" {
                // A hyphen split off by the tokeniser ("américano - sud-coréens" as three
                // words) still joins the words it stands between.
                let joined = matches!(w.form.as_str(), "-" | "‐" | "‑")
                    && wi > 0
                    && words[wi - 1].span.end == w.span.start
                    && words.get(wi + 1).is_some_and(|n| n.span.start == w.span.end);
                if let Some(last) = ins.last_mut() {
                    last.hard_after = true;
                    last.hyph |= joined;
                }
                continue;
            }
            let ts = norm::tokenize(&w.form);
            let single = ts.len() == 1;
            for t in ts {
                let lemma = if single && !w.lemma.is_empty() && w.lemma != "_" {
                    self.tok_id(&norm::key(&w.lemma), lang)
                } else {
                    None
                };
                ins.push(In {
                    id: self.token_id(&t, lang),
                    lemma,
                    hard_after: false,
                    cap: t.cap,
                    func: t.func,
                    upper: t.upper,
                    hyph: t.hyph,
                });
                toks.push(t);
                tok_word.push(wi);
            }
        }
        let all = self.matches(&ins, lang);
        let propn = |t: usize| tok_word.get(t).is_some_and(|&w| matches!(words[w].upos.as_str(), "PROPN" | "X"));
        let hits: Vec<Hit> = all
            .iter()
            .copied()
            .filter(|h| {
                let conflict = self.given_name_conflict(h, &toks, &ins, &all, &propn);
                if conflict {
                    let w = tok_word[h.t0];
                    diags.push(
                        Diagnostic::info(
                            "actors",
                            "given-name",
                            format!("'{}': the given name before it belongs to none of the persons", words[w].form),
                        )
                        .with_span(words[w].span),
                    );
                }
                !conflict
            })
            .collect();
        let raw = |t: usize| {
            let w = &words[tok_word[t]].form;
            w.get(toks[t].start..toks[t].end).unwrap_or(w).to_string()
        };
        let hits: Vec<Hit> = if lang == Lang::Ru {
            hits.into_iter().filter(|h| !self.short_stem_conflict(h, &toks, &raw)).collect()
        } else {
            hits
        };
        let hits = self.drop_modifiers(hits, &toks, &ins, lang);
        let mut actor_word = vec![false; n];
        // Words of titles and sector words ("Secretary General", "spokesman").
        let mut title_word = vec![false; n];
        for h in &hits {
            let title = self.nodes[h.node as usize]
                .iter()
                .all(|&e| matches!(self.entries[e as usize].kind, Kind::Title | Kind::Sector));
            for w in tok_word[h.t0]..=tok_word[h.t1].min(n.saturating_sub(1)) {
                actor_word[w] = true;
                title_word[w] |= title;
            }
        }
        // Group hits by the head of their noun phrase.
        let mut groups: Vec<(usize, Vec<GroupHit>)> = Vec::new();
        for h in hits {
            let (w0, w1) = (tok_word[h.t0], tok_word[h.t1]);
            let anchor =
                (w0..=w1).find(|&i| words[i].head == 0 || !(w0 + 1..=w1 + 1).contains(&words[i].head)).unwrap_or(w1);
            let (top, loc) = climb(sentence, anchor, lang, &actor_word);
            match groups.iter_mut().find(|g| g.0 == top) {
                Some(g) => g.1.push((h, w0, w1, loc)),
                None => groups.push((top, vec![(h, w0, w1, loc)])),
            }
        }
        let mut out = Vec::new();
        for (top, hs) in groups {
            let mut items = Vec::new();
            // The mention spans its actor words and, when it is a name, its head ("Kenzo
            // Oshima, the UN coordinator"); a common noun that is no actor word stays out
            // (in "den russischen Angriff" the event noun "Angriff" is not the actor).
            let (mut first, mut last) = if words.get(top).is_some_and(|w| w.upos == "PROPN") {
                let end = sentence
                    .children(top + 1)
                    .filter(|&c| words[c].udeprel() == "flat" && c > top && case_of(sentence, c).is_none())
                    .max()
                    .unwrap_or(top);
                (top, end)
            } else {
                (usize::MAX, 0)
            };
            let mut head_known = false;
            for &(h, w0, w1, loc) in &hs {
                if unknown_name_part(sentence, w0, w1, &title_word) {
                    diags.push(
                        Diagnostic::info(
                            "actors",
                            "name-part",
                            format!("'{}' is part of an unknown name", words[w0].form),
                        )
                        .with_span(sentence.words_span(w0, w1)),
                    );
                    continue;
                }
                // German capitalises every noun: a surname that is also a common noun
                // ("Koch", "Bauer", "Wagner") counts only when the tagger says PROPN.
                if lang == Lang::De
                    && w0 == w1
                    && words[w0].upos == "NOUN"
                    && self.nodes[h.node as usize].iter().all(|&e| self.entries[e as usize].kind == Kind::Person)
                {
                    diags.push(
                        Diagnostic::info(
                            "actors",
                            "common-noun",
                            format!("'{}' tagged as a common noun", words[w0].form),
                        )
                        .with_span(words[w0].span),
                    );
                    continue;
                }
                if (w0..=w1).contains(&top) {
                    head_known = true;
                }
                first = first.min(w0);
                last = last.max(w1);
                let surf = sentence.words_span(w0, w1).slice(text).unwrap_or(&words[w0].form);
                self.items(&mut items, h, &toks, &ins, lang, loc, surf);
            }
            if items.is_empty() || first >= n || last >= n || first > last {
                continue;
            }
            let mut actors = self.combine(&items, date, head_known);
            if actors.is_empty() {
                continue;
            }
            if items.iter().all(|i| i.loc) {
                for a in &mut actors {
                    a.confidence = (a.confidence * 0.6 * 100.0).round() / 100.0;
                    a.reason.push_str("; used as a place");
                }
            }
            out.push(ActorMention {
                sentence: sentence_index,
                words: (first, last),
                span: sentence.words_span(first, last),
                actors,
            });
        }
        out.sort_by_key(|m| m.words);
        (out, diags)
    }
}

/// Climbs from a word to the head of its noun phrase through modifier relations.
///
/// A prepositional dependent ("auf Kiew", "in Nordkorea", "to Iraq", "в Москве") starts a
/// mention of its own; only genitive and origin markers ("of", "des", "von", "from", "aus")
/// join the owner to its head ("spokesman of the ministry", "Soldaten aus Russland"). A
/// genitive climbs only onto a head that is itself an actor word (`actor_word`): in "the
/// visit of the Russian minister" the minister is the actor, not the visit.
fn climb(s: &Sentence, start: usize, lang: Lang, actor_word: &[bool]) -> (usize, bool) {
    let words = &s.words;
    let mut a = start;
    let mut loc = false;
    for _ in 0..words.len() {
        let w = &words[a];
        if w.head == 0 || w.head > words.len() {
            break;
        }
        let h = w.head - 1;
        let rel = w.udeprel();
        let nominal = matches!(words[h].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "X" | "NUM" | "ADJ");
        let up = match rel {
            // A modifier with a preposition of place is a misattached place ("Manifestantes
            // en Bagdad" with Bagdad as `flat`): it starts a mention of its own.
            "amod" | "compound" | "flat" | "appos" | "det" | "fixed" | "nummod" | "goeswith"
                if case_of(s, a).is_some_and(|c| norm::is_loc_prep(&c, lang)) =>
            {
                loc = true;
                false
            }
            "amod" | "compound" | "flat" | "appos" | "det" | "fixed" | "nummod" | "goeswith" => nominal,
            "nmod" => match case_of(s, a) {
                Some(c) if norm::is_loc_prep(&c, lang) => {
                    loc = true;
                    false
                }
                Some(c) if !norm::is_owner_prep(&c) => false,
                _ => nominal && actor_word.get(h).copied().unwrap_or(false),
            },
            // "Israels Armee" with the genitive left as `dep`: the owner of an actor word.
            "dep" => w.feat("Case") == Some("Gen") && nominal && actor_word.get(h).copied().unwrap_or(false) && a < h,
            // Coordinated modifiers share the noun: "russische und chinesische Soldaten".
            "conj" => matches!(words[h].udeprel(), "amod" | "compound") && words[a].upos == words[h].upos,
            _ => false,
        };
        if !up {
            break;
        }
        a = h;
    }
    (a, loc && a == start)
}

/// The key of the first `case` child of word `i` (its preposition), if any.
fn case_of(s: &Sentence, i: usize) -> Option<String> {
    s.children(i + 1).map(|c| &s.words[c]).find(|w| w.udeprel() == "case").map(|w| norm::key(&w.form))
}

/// A one-word place or country match inside a personal name that is otherwise unknown
/// ("George Washington" without George Washington in the data; "Chad Smith"). A flat
/// chain with a title word is no personal name: in "NATO Secretary General" parsed as one
/// flat name, "Secretary General" is a title; nor is a title ever part of a name
/// ("Премьер Венгрии" tagged as one name).
fn unknown_name_part(s: &Sentence, w0: usize, w1: usize, title_word: &[bool]) -> bool {
    if w0 != w1 || s.words[w0].upos != "PROPN" || title_word.get(w0).copied().unwrap_or(false) {
        return false;
    }
    let w = &s.words[w0];
    // A word with a preposition of its own is no part of a name, whatever its relation
    // ("Manifestantes en Bagdad" with Bagdad as `flat`).
    if case_of(s, w0).is_some() {
        return false;
    }
    let title = |i: usize| title_word.get(i).copied().unwrap_or(false);
    // "Ministerio de Defensa de Rusia" parsed as one flat chain of names: a chain that holds
    // a title or sector word is an institution's name, not a person's.
    let mut top = w0;
    for _ in 0..s.words.len() {
        let t = &s.words[top];
        if t.udeprel() != "flat" || t.head == 0 || t.head > s.words.len() {
            break;
        }
        top = t.head - 1;
    }
    let mut chain = vec![top];
    let mut k = 0;
    while k < chain.len() && chain.len() <= s.words.len() {
        let c = chain[k];
        chain.extend(s.children(c + 1).filter(|&d| s.words[d].udeprel() == "flat"));
        k += 1;
    }
    if chain.iter().any(|&i| title(i)) {
        return false;
    }
    let unknown = |i: usize| s.words[i].upos == "PROPN";
    let flat_head = w.udeprel() == "flat" && w.head > 0 && w.head <= s.words.len() && unknown(w.head - 1);
    let flat_child = s.children(w0 + 1).any(|c| s.words[c].udeprel() == "flat" && unknown(c));
    flat_head || flat_child
}

/// With several holders (UN agency heads are all `igo_leader` of IGOUNO), keeps those whose
/// role title contains every word of the title as written, and of those the shortest titles
/// ("Secretary-General of the UN" before "Deputy Secretary-General of the UN").
fn narrow_by_title<'a>(holders: Vec<(u32, &'a Role)>, surf: &str) -> Vec<(u32, &'a Role)> {
    if holders.len() < 2 {
        return holders;
    }
    let want: Vec<String> = norm::tokenize(surf).into_iter().map(|t| t.key).collect();
    let scored: Vec<(usize, (u32, &Role))> = holders
        .iter()
        .filter_map(|&(pid, r)| {
            let have: Vec<String> = norm::tokenize(&title_of(r)).into_iter().map(|t| t.key).collect();
            want.iter().all(|w| have.contains(w)).then_some((have.len(), (pid, r)))
        })
        .collect();
    match scored.iter().map(|s| s.0).min() {
        Some(min) => scored.into_iter().filter(|s| s.0 == min).map(|s| s.1).collect(),
        None => holders,
    }
}

/// An IGO code shorter than the six characters the conventions score IGOs on (`IGOG7`):
/// a sector appended to it would change the scored part (`IGOG7GOV` → `IGOG7G`), so such
/// codes never take sectors.
pub(crate) fn short_igo(country: &str) -> bool {
    country.starts_with("IGO") && country.len() < 6
}

fn sector_for(office: Office, country: &str) -> Vec<String> {
    if office == Office::IgoLeader && country.starts_with("IGO") {
        Vec::new()
    } else {
        vec![office.sector().to_string()]
    }
}

fn form_kind(k: Kind) -> &'static str {
    match k {
        Kind::CountryAdj => "country adjective",
        Kind::Demonym => "demonym",
        _ => "country name",
    }
}

fn title_of(r: &Role) -> String {
    if r.title.is_empty() {
        r.office.key().to_string()
    } else {
        r.title.clone()
    }
}

fn person_of(p: &PersonRec, r: &Role) -> Person {
    Person { name: p.name.clone(), qid: p.qid.clone(), office: Some(title_of(r)) }
}

fn note_low(actors: &[Actor], diags: Option<&mut Vec<Diagnostic>>) {
    if let Some(d) = diags {
        for a in actors.iter().filter(|a| a.confidence < 0.6) {
            d.push(Diagnostic::info("actors", "low-confidence", format!("{}: {}", a.code, a.reason)));
        }
    }
}

fn check_date<'a>(date: Option<&'a str>, diags: &mut Vec<Diagnostic>) -> Option<&'a str> {
    match date {
        Some(d) if valid_date(d) => Some(d),
        Some(d) => {
            diags.push(Diagnostic::warning("actors", "bad-date", format!("ignoring date '{d}' (want YYYY-MM-DD)")));
            None
        }
        None => None,
    }
}

impl ActorResolver for ActorBase {
    fn resolve_text(&self, mention: &str, lang: Lang, date: Option<&str>) -> Vec<Actor> {
        self.resolve_inner(mention, lang, date, None)
    }

    fn find_mentions(
        &self,
        text: &str,
        sentence: &Sentence,
        sentence_index: usize,
        lang: Lang,
        date: Option<&str>,
    ) -> Vec<ActorMention> {
        self.find_mentions_diag(text, sentence, sentence_index, lang, date).0
    }

    fn data_hash(&self) -> String {
        ActorBase::data_hash(self)
    }
}
