//! The knowledge base's records: offices, persons with dated roles, and index entries.

use std::collections::BTreeMap;

use augur_core::Lang;
use serde::Deserialize;

/// An office a person can hold; decides the sector of the person's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Office {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
    DefenceMinister,
    FmSpokesperson,
    Minister,
    IgoLeader,
    MilitaryCommander,
    ArmedGroupLeader,
    OppositionLeader,
    LegislatureLeader,
    Judge,
}

impl Office {
    pub const ALL: [Office; 12] = [
        Office::HeadOfState,
        Office::HeadOfGovernment,
        Office::ForeignMinister,
        Office::DefenceMinister,
        Office::FmSpokesperson,
        Office::Minister,
        Office::IgoLeader,
        Office::MilitaryCommander,
        Office::ArmedGroupLeader,
        Office::OppositionLeader,
        Office::LegislatureLeader,
        Office::Judge,
    ];

    /// The sector code the office gives (defence ministers are GOV by convention).
    pub fn sector(self) -> &'static str {
        match self {
            Office::MilitaryCommander => "MIL",
            Office::ArmedGroupLeader => "REB",
            Office::OppositionLeader => "OPP",
            Office::LegislatureLeader => "LEG",
            Office::Judge => "JUD",
            _ => "GOV",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Office::HeadOfState => "head_of_state",
            Office::HeadOfGovernment => "head_of_government",
            Office::ForeignMinister => "foreign_minister",
            Office::DefenceMinister => "defence_minister",
            Office::FmSpokesperson => "fm_spokesperson",
            Office::Minister => "minister",
            Office::IgoLeader => "igo_leader",
            Office::MilitaryCommander => "military_commander",
            Office::ArmedGroupLeader => "armed_group_leader",
            Office::OppositionLeader => "opposition_leader",
            Office::LegislatureLeader => "legislature_leader",
            Office::Judge => "judge",
        }
    }

    pub fn parse(s: &str) -> Option<Office> {
        Office::ALL.into_iter().find(|o| o.key() == s)
    }

    /// Offices held by one person at a time in a country (a test checks no overlaps).
    pub fn is_single_holder(self) -> bool {
        !matches!(self, Office::Minister | Office::Judge | Office::MilitaryCommander | Office::ArmedGroupLeader)
    }
}

/// A dated role of a person. `from` inclusive, `to` exclusive, `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Role {
    pub office: Office,
    #[serde(default)]
    pub title: String,
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
    /// Overrides the person's country for this role (an ex-premier who became UN chief).
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub group: Option<String>,
}

impl Role {
    /// Whether the role is held on `date` (`YYYY-MM-DD`; plain string order is date order).
    pub fn active_on(&self, date: &str) -> bool {
        self.from.as_str() <= date && self.to.as_deref().is_none_or(|t| date < t)
    }
}

/// A person of the knowledge base (the format of `data/persons/FORMAT.md`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PersonRec {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub qid: Option<String>,
    pub country: String,
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub roles: Vec<Role>,
}

impl PersonRec {
    pub fn role_country<'a>(&'a self, r: &'a Role) -> &'a str {
        r.country.as_deref().unwrap_or(&self.country)
    }

    /// The role held on the date; with several, the highest-ranking office.
    pub fn role_on(&self, date: &str) -> Option<&Role> {
        self.roles.iter().filter(|r| r.active_on(date)).min_by_key(|r| r.office)
    }

    /// The most recent role (for mentions without a date).
    pub fn latest_role(&self) -> Option<&Role> {
        self.roles.iter().max_by(|a, b| {
            let ka = (a.to.is_none(), a.to.as_deref().unwrap_or(""), &a.from, std::cmp::Reverse(a.office));
            let kb = (b.to.is_none(), b.to.as_deref().unwrap_or(""), &b.from, std::cmp::Reverse(b.office));
            ka.cmp(&kb)
        })
    }
}

/// A code valid from/until a date (PETRARCH's `[RUSGOV 000507-080507]`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Dated {
    pub from: Option<String>,
    pub to: Option<String>,
    pub country: String,
    pub sectors: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Kind {
    CountryName,
    CountryAdj,
    Demonym,
    /// Capital or seat of power, used for the government.
    Seat,
    Igo,
    Region,
    /// A named body of a country (State Department, Bundeswehr, Duma).
    Institution,
    Sector,
    Title,
    Person,
    /// From user TOML or PETRARCH dictionaries.
    Custom,
}

/// One thing a surface form can mean.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub kind: Kind,
    /// Only matched in text of this language (common nouns); `None` = any language.
    pub lang: Option<Lang>,
    pub country: Option<String>,
    pub sectors: Vec<String>,
    pub office: Option<Office>,
    pub person: Option<u32>,
    pub dated: Vec<Dated>,
    pub name: String,
    pub known_group: Option<String>,
    /// Spokesperson, leader, chief: takes its sector from what it belongs to when it can.
    pub weak: bool,
    /// The surface that was indexed (for reasons).
    pub surface: String,
    /// The language of the data file the entry came from; on a clash, entries of the
    /// text's language win ("Mexico" is the country in English, the capital in French).
    pub src: Option<Lang>,
    /// A ministry's field ("Affaires étrangères"): turns a generic minister into this office.
    pub portfolio: Option<Office>,
}

impl Entry {
    pub fn new(kind: Kind, surface: &str) -> Entry {
        Entry {
            kind,
            lang: None,
            country: None,
            sectors: Vec::new(),
            office: None,
            person: None,
            dated: Vec::new(),
            name: String::new(),
            known_group: None,
            weak: false,
            surface: surface.to_string(),
            src: None,
            portfolio: None,
        }
    }
}
