//! The de table: every construction of the coder's role rules and every modality.
//!
//! Sentences are written in the style of German wire copy; the expectations follow
//! `coding-conventions.md` (publication date 2024-03-12, a Tuesday, where dates matter).

use augur_core::Lang;

use crate::{check_table, Case};

const D: Option<&str> = Some("2024-03-12");

const CASES: &[Case] = &[
    // Roles: subject, object, indirect object, obliques with the frame's preposition.
    ("subject and object, weekday", D, "Russland griff am Montag die Ukraine an.", &["RUS 190 UKR @2024-03-11"]),
    ("light verb with gegen-oblique", D, "Israel verhängte Sanktionen gegen den Iran.", &["ISR 163 IRN"]),
    // Relative clause: the relative pronoun stands for its antecedent, and the clause's date
    // stays with the clause's own act.
    (
        "relative clause codes its own act, dated apart",
        D,
        "Putin, der am Montag die Ukraine angegriffen hat, drohte Polen.",
        &["RUSGOV 190 UKR @2024-03-11", "RUSGOV 130 POL"],
    ),
    ("mit-oblique: phone call", D, "Putin telefonierte mit Erdogan.", &["RUSGOV 041 TURGOV"]),
    (
        "reflexive meet with mit, weekday",
        D,
        "Biden traf sich am Mittwoch mit Macron im Weißen Haus.",
        &["USAGOV 040 FRAGOV @2024-03-06"],
    ),
    (
        "dative recipient of a condolence",
        D,
        "Scholz kondolierte dem israelischen Ministerpräsidenten.",
        &["DEUGOV 018 ISRGOV"],
    ),
    (
        "separable verb with in-oblique: arrival",
        D,
        "Selenskyj traf am Freitag in Washington ein.",
        &["UKRGOV 042 USAGOV @2024-03-08"],
    ),
    ("bitten um: request for aid", D, "Kiew bat Berlin um Hilfe.", &["UKRGOV 023 DEUGOV"]),
    // Passives with an agent.
    ("passive with von-agent", D, "Die Ukraine wurde von Russland angegriffen.", &["RUS 190 UKR"]),
    (
        "passive light verb with von-agent",
        D,
        "Die Sanktionen wurden von der EU gegen Russland verhängt.",
        &["IGOEUREEC 163 RUS"],
    ),
    // Coordination: one event per conjunct; symmetric acts both ways.
    (
        "coordinated subjects",
        D,
        "Frankreich und Deutschland verurteilten den Angriff Russlands.",
        &["FRA 111 RUS", "DEU 111 RUS"],
    ),
    (
        "coordinated objects",
        D,
        "Der deutsche Außenminister besuchte Polen und Litauen.",
        &["DEUGOV 042 POL", "DEUGOV 042 LTU"],
    ),
    (
        "symmetric signing by coordinated subjects",
        D,
        "Japan und Südkorea unterzeichneten am Mittwoch ein Abkommen.",
        &["JPN 057 KOR @2024-03-06", "KOR 057 JPN @2024-03-06"],
    ),
    (
        "symmetric prisoner exchange, yesterday",
        D,
        "Russland und die Ukraine tauschten gestern Gefangene aus.",
        &["RUS 0841 UKR @2024-03-11", "UKR 0841 RUS @2024-03-11"],
    ),
    // Apposition.
    (
        "apposition on subject and object",
        D,
        "Der russische Präsident Wladimir Putin empfing den chinesischen Staatschef Xi Jinping im Kreml.",
        &["RUSGOV 043 CHNGOV"],
    ),
    (
        "apposition on the object",
        D,
        "Erdogan empfing den ungarischen Ministerpräsidenten Orban in Ankara.",
        &["TURGOV 043 HUNGOV"],
    ),
    // Nominal events with genitive arguments.
    (
        "nominal visit, genitive source",
        D,
        "Der Besuch des russischen Verteidigungsministers in Nordkorea dauerte drei Tage.",
        &["RUSGOV 042 PRK"],
    ),
    (
        "nominal visit, dated",
        D,
        "Der Besuch des chinesischen Präsidenten in Frankreich endete am Mittwoch.",
        &["CHNGOV 042 FRA @2024-03-06"],
    ),
    (
        "condemnation, target from the genitive",
        D,
        "Die Nato verurteilte den Raketentest Nordkoreas.",
        &["IGOWSTNAT 111 PRK"],
    ),
    // Light verbs.
    ("recall an ambassador", D, "Israel hat seinen Botschafter aus der Türkei abberufen.", &["ISR 161 TUR"]),
    (
        "expel diplomats: the noun names the target",
        D,
        "Litauen wies zwei russische Diplomaten aus.",
        &["LTU 161 RUSGOV"],
    ),
    ("suspend an agreement", D, "Russland setzte das Abkommen mit den USA aus.", &["RUS 160 USA"]),
    ("launch a counteroffensive", D, "Die Ukraine startete eine Gegenoffensive gegen Russland.", &["UKR 190 RUS"]),
    (
        "joint manoeuvres with mit",
        D,
        "China führte mit Russland ein gemeinsames Militärmanöver durch.",
        &["CHN 062 RUS"],
    ),
    ("deploy forces", D, "Russland verlegt Streitkräfte an die Grenze zu Finnland.", &["RUS 154 FIN"]),
    ("reject a peace plan, genitive author", D, "China lehnte den Friedensplan der Ukraine ab.", &["CHN 127 UKR"]),
    ("threaten a nuclear strike", D, "Nordkorea drohte den USA mit einem Atomschlag.", &["PRK 1385 USA"]),
    ("threaten sanctions", D, "China drohte Taiwan mit Sanktionen.", &["CHN 1312 TWN"]),
    // Reported speech.
    (
        "reported content is coded",
        D,
        "Der Außenminister erklärte, Israel habe den Libanon bombardiert.",
        &["ISR 195 LBN"],
    ),
    (
        "accusation: only the accuser's act",
        D,
        "Kiew warf Moskau vor, Zivilisten angegriffen zu haben.",
        &["UKRGOV 112 RUSGOV"],
    ),
    ("criticism", D, "China kritisierte die USA scharf.", &["CHN 111 USA"]),
    // Modality: intent and future.
    (
        "control: wants to strengthen cooperation",
        D,
        "Frankreich will die Zusammenarbeit mit Indien stärken.",
        &["FRA 030 IND intent"],
    ),
    (
        "symmetric intent of coordinated subjects",
        D,
        "Putin und Xi wollen ihre Zusammenarbeit ausbauen.",
        &["RUSGOV 030 CHNGOV intent", "CHNGOV 030 RUSGOV intent"],
    ),
    ("intended arms delivery", D, "Deutschland will Panzer an die Ukraine liefern.", &["DEU 0332 UKR intent"]),
    ("promised military aid", D, "Die USA sagten der Ukraine weitere Militärhilfe zu.", &["USA 0332 UKR intent"]),
    (
        "scheduled trip in the present tense",
        D,
        "Der chinesische Außenminister reist am Donnerstag nach Berlin.",
        &["CHNGOV 036 DEUGOV intent @2024-03-14"],
    ),
    ("wanted visit", D, "Putin will Nordkorea besuchen.", &["RUSGOV 036 PRK intent"]),
    ("invitation", D, "Erdogan hat Putin in die Türkei eingeladen.", &["TURGOV 036 RUSGOV intent"]),
    // Modality: hypothetical and questions are not coded; negation; refusal.
    ("hypothetical könnte", D, "Russland könnte die Ukraine angreifen.", &[]),
    ("hypothetical würde", D, "Russland würde die Nato niemals angreifen.", &[]),
    ("question", D, "Greift China Taiwan an?", &[]),
    ("question in the perfect", D, "Hat Russland die Ukraine angegriffen?", &[]),
    ("negation", D, "Russland hat die Ukraine nicht bombardiert.", &["RUS 195 UKR negated"]),
    (
        "refusal to receive is a rejection",
        D,
        "Polen weigerte sich, den ukrainischen Präsidenten zu empfangen.",
        &["POL 125 UKRGOV"],
    ),
    ("rejecting talks", D, "Ungarn lehnte Gespräche mit der Ukraine ab.", &["HUN 125 UKR"]),
    // Relative dates.
    ("yesterday", D, "Israel hat gestern den Libanon bombardiert.", &["ISR 195 LBN @2024-03-11"]),
    ("last week gives the month", D, "Die Türkei griff letzte Woche Syrien an.", &["TUR 190 SYR @2024-03"]),
    // Nothing to code.
    ("no second actor", D, "Polen und Litauen verurteilten den Angriff.", &[]),
    ("launch without a target", D, "Nordkorea feuerte am Sonntag eine Rakete ab.", &[]),
    ("interception is not coded", D, "Die ukrainische Luftabwehr fing eine russische Rakete ab.", &[]),
    ("hope is not an event", D, "Die Regierung hofft auf bessere Beziehungen zu Russland.", &[]),
    ("saying alone is not an event", D, "Der Außenminister sagte, er hoffe auf Frieden.", &[]),
    ("no actors at all", D, "Das Wetter in Berlin war am Montag sonnig.", &[]),
    ("page furniture", D, "Lesen Sie auch: Russland greift die Ukraine an", &[]),
    // Wire-copy coverage (news-de): actor forms.
    (
        "Kremlchef as the Russian government",
        D,
        "Der Kremlchef traf sich am Freitag mit dem belarussischen Machthaber Alexander Lukaschenko in Sankt Petersburg.",
        &["RUSGOV 040 BLRGOV @2024-03-08"],
    ),
    ("title with genitive country (Chinas)", D, "Der Außenminister Chinas kritisierte Japan.", &["CHNGOV 111 JPN"]),
    ("title with genitive country (Indiens)", D, "Der Premierminister Indiens reiste nach Moskau.", &["INDGOV 042 RUSGOV"]),
    ("government with genitive country (Syriens)", D, "Die Regierung Syriens kritisierte die Türkei.", &["SYRGOV 111 TUR"]),
    ("German federal minister title", D, "Die Bundesaußenministerin kritisierte China.", &["DEUGOV 111 CHN"]),
    (
        "German country names: Mosambik, Sambia",
        D,
        "Mosambik und Sambia unterzeichneten ein Abkommen.",
        &["MOZ 057 ZMB", "ZMB 057 MOZ"],
    ),
    (
        "region name as target (Südlibanon)",
        D,
        "Israelische Kampfflugzeuge haben in der Nacht Ziele im Südlibanon angegriffen.",
        &["ISRMIL 190 LBN"],
    ),
    // Wire-copy coverage: predicates.
    (
        "fire rockets at",
        D,
        "Die Hisbollah feuerte am Sonntag Dutzende Raketen auf Israel ab.",
        &["LBNREB 190 ISR @2024-03-10"],
    ),
    ("attack targets in a territory", D, "Die israelische Armee griff Ziele im Gazastreifen an.", &["ISRMIL 190 PSE"]),
    ("sink a warship", D, "Die Ukraine versenkte ein russisches Kriegsschiff.", &["UKR 190 RUSMIL"]),
    (
        "protest in front of an embassy",
        D,
        "Serbische Demonstranten protestierten vor der US-Botschaft in Belgrad.",
        &["SRBCVL 140 USAGOV"],
    ),
    ("zur Verfügung stellen: provide", D, "Japan stellt den Philippinen Patrouillenboote zur Verfügung.", &["JPN 070 PHL"]),
    (
        "intended police mission",
        D,
        "Die kenianische Regierung will Polizisten nach Haiti entsenden.",
        &["KENGOV 0334 HTI intent"],
    ),
    ("send a special envoy", D, "China schickte einen Sondergesandten nach Kiew.", &["CHN 042 UKRGOV"]),
    (
        "reciprocal accusation",
        D,
        "Indien und Pakistan haben sich gegenseitig Verstöße gegen die Waffenruhe vorgeworfen.",
        &["IND 112 PAK", "PAK 112 IND"],
    ),
    ("announced retaliation is a threat", D, "Moskau kündigte Vergeltungsmaßnahmen gegen Berlin an.", &["RUSGOV 130 DEUGOV"]),
    (
        "threat of intervention in a country",
        D,
        "Die ECOWAS drohte mit einer militärischen Intervention in Niger.",
        &["IGOWAFWAS 138 NER"],
    ),
    (
        "export ban is an embargo",
        D,
        "Die Vereinigten Staaten haben den Export von Hochleistungschips nach China verboten.",
        &["USA 163 CHN"],
    ),
    ("embargo with belegen", D, "China hat Taiwan mit einem Handelsembargo belegt.", &["CHN 163 TWN"]),
    ("sanctions with belegen", D, "Die EU belegte Belarus mit neuen Sanktionen.", &["IGOEUREEC 163 BLR"]),
    (
        "persona non grata",
        D,
        "Tschechien erklärte zwei russische Diplomaten zu unerwünschten Personen.",
        &["CZE 161 RUSGOV"],
    ),
    (
        "zitieren: summon an ambassador",
        D,
        "Das Außenministerium in Wien zitierte den russischen Botschafter.",
        &["AUTGOV 114 RUSGOV"],
    ),
    ("suspend a member state", D, "Die Afrikanische Union suspendierte Niger.", &["IGOAFRAFU 160 NER"]),
    (
        "agree to a ceasefire, both ways",
        D,
        "Israel und die Hamas stimmten einer Waffenruhe zu.",
        &["ISR 0871 PSEREB", "PSEREB 0871 ISR"],
    ),
    ("block aid deliveries", D, "Israel hat Hilfslieferungen in den Gazastreifen blockiert.", &["ISR 1623 PSE"]),
    (
        "scheduled trip zu einem Besuch nach X",
        D,
        "Der Kanzler reist am Donnerstag zu einem Besuch nach China.",
        &["DEUGOV 036 CHN intent @2024-03-14"],
    ),
    // Wire-copy coverage: sector words and border measures.
    ("sector word Bodentruppen", D, "Russische Bodentruppen griffen die Stadt Charkiw an.", &["RUSMIL 190 UKR"]),
    (
        "sector word Staatsbürger",
        D,
        "Die iranischen Behörden haben einen deutschen Staatsbürger festgenommen.",
        &["IRNGOV 173 DEUCVL"],
    ),
    ("close the border", D, "Belarus hat seine Grenze zu Polen geschlossen.", &["BLR 191 POL"]),
    ("reopen the border", D, "Die Regierung in Caracas öffnete die Grenze zu Kolumbien.", &["VENGOV 085 COL"]),
    ("send a delegation", D, "Die Taliban haben eine Delegation nach Moskau geschickt.", &["AFGGOV 042 RUSGOV"]),
    // Wire-copy traps.
    ("observers' speculation", D, "Experten halten einen russischen Angriff auf das Baltikum für möglich.", &[]),
    ("indirect question", D, "Ob Peking Taiwan angreifen wird, ist unklar.", &[]),
    ("denial", D, "Der Iran bestritt jede Beteiligung an dem Angriff.", &[]),
];

#[test]
fn table() {
    check_table(Lang::De, CASES);
}
