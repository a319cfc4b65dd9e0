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
    // Real-news coverage: frames found by coding fresh wire-style copy.
    (
        "plural entry bans the lemmatiser keeps",
        D,
        "Großbritannien verhängte Einreiseverbote gegen mehrere iranische Regierungsvertreter.",
        &["GBR 163 IRNGOV"],
    ),
    (
        "approving deliveries to X",
        D,
        "Die Bundesregierung hat die Lieferung weiterer Leopard-Panzer an die Ukraine genehmigt.",
        &["DEUGOV 070 UKR"],
    ),
    (
        "halting deliveries to X",
        D,
        "Washington hat die Lieferung weiterer Bomben an Israel gestoppt.",
        &["USAGOV 162 ISR"],
    ),
    ("halting military aid", D, "Die Slowakei stoppte ihre Militärhilfe für die Ukraine.", &["SVK 1622 UKR"]),
    (
        "announced aid package is intent",
        D,
        "Großbritannien kündigte ein weiteres Hilfspaket für die Ukraine in Höhe von 2,5 Milliarden Pfund an.",
        &["GBR 033 UKR intent"],
    ),
    (
        "offer oneself as mediator between two parties",
        D,
        "Der Vatikan hat sich als Vermittler zwischen Moskau und Kiew angeboten.",
        &["VAT 039 RUSGOV intent", "VAT 039 UKRGOV intent"],
    ),
    (
        "mediation offer submitted",
        D,
        "Die Türkei unterbreitete Russland ein Vermittlungsangebot.",
        &["TUR 039 RUS intent"],
    ),
    (
        "schlichten zwischen",
        D,
        "Katar schlichtet zwischen den USA und den Taliban.",
        &["QAT 045 USA", "QAT 045 AFGGOV"],
    ),
    (
        "compound cooperation noun, both ways",
        D,
        "Frankreich und Deutschland wollen ihre Rüstungszusammenarbeit vertiefen.",
        &["FRA 0312 DEU intent", "DEU 0312 FRA intent"],
    ),
    (
        "defence cooperation deepened, both ways",
        D,
        "Polen und Litauen wollen ihre Verteidigungszusammenarbeit vertiefen.",
        &["POL 0312 LTU intent", "LTU 0312 POL intent"],
    ),
    (
        "security cooperation expanded, both ways",
        D,
        "Die Ukraine und Rumänien wollen ihre Sicherheitszusammenarbeit im Schwarzen Meer ausbauen.",
        &["UKR 0312 ROU intent", "ROU 0312 UKR intent"],
    ),
    (
        "sich verständigen auf, both ways",
        D,
        "Indien und China haben sich auf Patrouillen entlang ihrer umstrittenen Grenze im Himalaya verständigt.",
        &["IND 030 CHN intent", "CHN 030 IND intent"],
    ),
    (
        "sich annähern, both ways",
        D,
        "Die Türkei und Armenien wollen sich annähern.",
        &["TUR 030 ARM intent", "ARM 030 TUR intent"],
    ),
    (
        "security guarantees given",
        D,
        "Die USA haben der Ukraine Sicherheitsgarantien gegeben.",
        &["USA 0312 UKR intent"],
    ),
    (
        "konferieren miteinander",
        D,
        "Macron und Scholz haben in Paris miteinander konferiert.",
        &["FRAGOV 040 DEUGOV", "DEUGOV 040 FRAGOV"],
    ),
    ("beliefern mit", D, "Frankreich hat die Ukraine mit Marschflugkörpern vom Typ Scalp beliefert.", &["FRA 070 UKR"]),
    (
        "zur Fahndung ausschreiben",
        D,
        "Russland hat den estnischen Regierungschef zur Fahndung ausgeschrieben.",
        &["RUS 173 ESTGOV"],
    ),
    ("des Landes verweisen", D, "Peru hat den Botschafter Venezuelas des Landes verwiesen.", &["PER 174 VENGOV"]),
    (
        "membership put on ice",
        D,
        "Armenien hat seine Mitgliedschaft in der OVKS auf Eis gelegt.",
        &["ARM 160 IGOCASCST"],
    ),
    ("talks put on ice", D, "Kiew hat die Gespräche mit Budapest auf Eis gelegt.", &["UKRGOV 164 HUNGOV"]),
    ("brigade stationed abroad", D, "Deutschland stationiert eine weitere Brigade in Litauen.", &["DEU 154 LTU"]),
    (
        "bemängeln: criticism",
        D,
        "Peking bemängelte die Haltung der Europäischen Union im Handelsstreit.",
        &["CHNGOV 111 IGOEUREEC"],
    ),
    (
        "pochen gegenüber X auf",
        D,
        "Die USA pochen gegenüber Israel auf einen besseren Schutz der Zivilbevölkerung im Gazastreifen.",
        &["USA 100 ISR"],
    ),
    ("dringen bei X auf", D, "Washington drang bei Israel auf eine Feuerpause.", &["USAGOV 100 ISR"]),
    (
        "eine Abfuhr erteilen",
        D,
        "Die Regierung in Rom erteilte den Forderungen aus Paris eine deutliche Abfuhr.",
        &["ITAGOV 120 FRAGOV"],
    ),
    (
        "note verbale handed over",
        D,
        "Das Außenministerium in Seoul hat dem russischen Botschafter eine Verbalnote übergeben.",
        &["KORGOV 114 RUSGOV"],
    ),
    (
        "festsetzen: detain a foreigner",
        D,
        "Die Behörden in Teheran haben einen schwedischen Staatsbürger festgesetzt.",
        &["IRNGOV 173 SWECVL"],
    ),
    (
        "abriegeln: seal off",
        D,
        "Israelische Soldaten riegelten das Flüchtlingslager Dschenin im Westjordanland ab.",
        &["ISRMIL 191 PSE"],
    ),
    (
        "entern: board a ship",
        D,
        "Huthi-Kämpfer enterten im Roten Meer ein israelisches Frachtschiff.",
        &["YEMREB 171 ISR"],
    ),
    (
        "zerstören: military destruction",
        D,
        "Die ukrainische Armee hat ein russisches Kriegsschiff im Schwarzen Meer zerstört.",
        &["UKRMIL 190 RUSMIL"],
    ),
    ("plural punitive measures", D, "Die EU verhängte neue Strafmaßnahmen gegen Belarus.", &["IGOEUREEC 163 BLR"]),
    (
        "Kritik üben an plans of X",
        D,
        "Der Kreml übte scharfe Kritik an den Plänen Frankreichs, Militärausbilder in die Ukraine zu schicken.",
        &["RUSGOV 111 FRA"],
    ),
    (
        "recall of ambassadors from three capitals",
        D,
        "Israel rief daraufhin seine Botschafter aus Dublin, Madrid und Oslo zu Konsultationen zurück.",
        &["ISR 161 IRLGOV", "ISR 161 ESPGOV", "ISR 161 NORGOV"],
    ),
    (
        "shelling a capital, on a party's authority",
        D,
        "Das russische Militär hat nach ukrainischen Angaben in der Nacht erneut Kiew mit Raketen beschossen.",
        &["RUSMIL 194 UKRGOV"],
    ),
    (
        "rejected accusation is a denial, not coded",
        D,
        "Russland hat den Vorwurf der Ukraine zurückgewiesen, gezielt Zivilisten anzugreifen.",
        &[],
    ),
    (
        "quoted statement without an act",
        D,
        "\"Wir werden nicht zulassen, dass Russland diesen Krieg gewinnt\", sagte Scholz am Dienstag in Berlin.",
        &[],
    ),
    (
        "protest lodged with a government is diplomatic",
        D,
        "Japan protestierte bei China gegen das Eindringen chinesischer Schiffe in seine Hoheitsgewässer.",
        &["JPN 114 CHN"],
    ),
    (
        "military cooperation terminated",
        D,
        "Die Regierung in Niger kündigte die Militärkooperation mit den USA auf.",
        &["NERGOV 160 USA"],
    ),
    (
        "defence agreement signed, both ways",
        D,
        "Japan und die Philippinen unterzeichneten ein Verteidigungsabkommen.",
        &["JPN 057 PHL", "PHL 057 JPN"],
    ),
    (
        "den Rücken stärken",
        D,
        "Bundeskanzler Scholz stärkte dem ukrainischen Präsidenten in Kiew den Rücken.",
        &["DEUGOV 051 UKRGOV"],
    ),
    ("threatened counterstrike", D, "Teheran drohte Israel mit einem Gegenschlag.", &["IRNGOV 138 ISR"]),
    ("import tariffs imposed", D, "Die USA haben neue Importzölle auf Stahl aus China erhoben.", &["USA 163 CHN"]),
    ("release of foreign nationals", D, "Die Taliban ließen zwei deutsche Staatsbürger frei.", &["AFGGOV 0841 DEUCVL"]),
    (
        "agreeing on a pause in fighting is the agreement, both ways",
        D,
        "Israel und die Hamas haben sich auf eine mehrtägige Feuerpause verständigt.",
        &["ISR 0871 PSEREB", "PSEREB 0871 ISR"],
    ),
    (
        "sich auf einen Waffenstillstand einigen, both ways",
        D,
        "Armenien und Aserbaidschan einigten sich auf einen Waffenstillstand.",
        &["ARM 0871 AZE", "AZE 0871 ARM"],
    ),
    (
        "prisoners of war exchanged, both ways",
        D,
        "Russland und die Ukraine haben erneut Kriegsgefangene ausgetauscht.",
        &["RUS 0841 UKR", "UKR 0841 RUS"],
    ),
    ("manoeuvres around X", D, "China hat Militärmanöver rund um Taiwan begonnen.", &["CHN 150 TWN"]),
];

#[test]
fn table() {
    check_table(Lang::De, CASES);
}
