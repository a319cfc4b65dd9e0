//! The en table: every construction of the coder's role rules and every modality.
//!
//! Publication date 2024-03-12 is a Tuesday: "on Monday" is 2024-03-11, "on Sunday" 2024-03-10,
//! "last week" gives the month.

use augur_core::Lang;

use crate::{check_table, Case};

const D: Option<&str> = Some("2024-03-12");

const CASES: &[Case] = &[
    // A threat whose act is not in the lexicon takes its target from the act's arguments.
    ("threat target from the threatened act", D, "Russia threatened to retaliate against Poland.", &["RUS 130 POL"]),
    // Receiving a nominal act: the giver acts on the receiver; no visit is received.
    ("received aid is the giver's act", D, "Ukraine received aid from the United States.", &["USA 070 UKR"]),
    ("a received visitor", D, "Putin received the Chinese foreign minister.", &["RUSGOV 043 CHNGOV"]),
    ("criticising an unattributed attack aims at nobody", D, "Germany condemned the attack on Israel.", &[]),
    (
        "a sector word takes the country named in its phrase",
        D,
        "Lawmakers in France criticized Russia.",
        &["FRALEG 111 RUS"],
    ),
    // Roles: subject, object, obliques, passives, apposition, coordination.
    ("plain transitive act", Some("2024-03-12"), "Russia attacked Ukraine on Monday.", &["RUS 190 UKR @2024-03-11"]),
    ("nothing without a second actor", None, "The weather was cold in Moscow.", &[]),
    (
        "apposition names the source's office",
        D,
        "Sergei Shoigu, Russia's defence minister, visited China on Tuesday.",
        &["RUSGOV 042 CHN @2024-03-12"],
    ),
    (
        "passive with a by-agent",
        D,
        "Ukraine was attacked by Russian troops on Sunday.",
        &["RUSMIL 190 UKR @2024-03-10"],
    ),
    (
        "coordinated objects give one event each",
        D,
        "The United States imposed sanctions on Iran and Syria.",
        &["USA 163 IRN", "USA 163 SYR"],
    ),
    (
        "symmetric act of a coordinated subject, both ways",
        D,
        "Germany and France signed an agreement on energy cooperation.",
        &["DEU 057 FRA", "FRA 057 DEU"],
    ),
    (
        "symmetric light verb with a date",
        D,
        "India and Pakistan resumed talks on Monday.",
        &["IND 040 PAK @2024-03-11", "PAK 040 IND @2024-03-11"],
    ),
    (
        "meeting with a named office",
        D,
        "Poland's president met the Ukrainian president in Warsaw.",
        &["POLGOV 040 UKRGOV"],
    ),
    ("receiving a visitor", D, "China received the French president.", &["CHN 043 FRAGOV"]),
    ("hosting a visitor", D, "Saudi Arabia hosted the Iranian foreign minister.", &["SAU 043 IRNGOV"]),
    (
        "oblique target of a between-frame",
        D,
        "Egypt mediated between Israel and Hamas.",
        &["EGY 045 ISR", "EGY 045 PSEREB"],
    ),
    // Nominal events.
    ("possessive nominal event", D, "Putin's visit to China began on Monday.", &["RUSGOV 042 CHN @2024-03-11"]),
    (
        "of-argument of a nominal event",
        D,
        "The visit of the Indian foreign minister to Japan began on Monday.",
        &["INDGOV 042 JPN @2024-03-11"],
    ),
    // Light verbs.
    ("express condolences", D, "France expressed condolences to Turkey.", &["FRA 018 TUR"]),
    ("express support", D, "Hungary expressed support for Serbia.", &["HUN 051 SRB"]),
    ("lift sanctions", D, "The European Union lifted sanctions on Belarus.", &["IGOEUREEC 085 BLR"]),
    ("restore ties is 050, both ways", D, "China and Japan restored diplomatic ties.", &["CHN 050 JPN", "JPN 050 CHN"]),
    ("establish ties is recognition 054", D, "Sri Lanka has established diplomatic ties with Iran.", &["LKA 054 IRN"]),
    ("sever relations", D, "Russia severed diplomatic relations with Georgia.", &["RUS 161 GEO"]),
    ("launch airstrikes", D, "Israel launched airstrikes on Gaza.", &["ISR 195 PSE"]),
    (
        "carry out a raid (phrasal light verb)",
        D,
        "Hamas carried out a raid on an Israeli army post.",
        &["PSEREB 190 ISRMIL"],
    ),
    ("mount an invasion", D, "Israel mounted an invasion of Lebanon.", &["ISR 190 LBN"]),
    ("deploy troops", D, "Russia deployed troops in Belarus.", &["RUS 154 BLR"]),
    ("close a border", D, "Russia closed its border with Finland.", &["RUS 191 FIN"]),
    ("give a loan", D, "The United States gave Ukraine a loan of two billion dollars.", &["USA 071 UKR"]),
    ("send peacekeepers", D, "Kenya sent peacekeepers to Haiti.", &["KEN 074 HTI"]),
    (
        "share evidence",
        D,
        "Israeli intelligence officials shared evidence with the United States.",
        &["ISRGOV 064 USA"],
    ),
    ("joint drills", D, "Chinese warships held joint drills with Russia.", &["CHNMIL 062 RUS"]),
    (
        "summon an ambassador, last week",
        D,
        "Turkey summoned the Swedish ambassador last week.",
        &["TUR 114 SWEGOV @2024-03"],
    ),
    ("expel a diplomat", D, "Britain expelled a Russian diplomat on Monday.", &["GBR 161 RUSGOV @2024-03-11"]),
    (
        "expel inspectors",
        D,
        "North Korea expelled inspectors of the International Atomic Energy Agency.",
        &["PRK 1662 IGOUNO"],
    ),
    ("a cancelled visit is not coded", D, "The French foreign minister cancelled a planned visit to Algeria.", &[]),
    ("arrest", D, "Israeli forces arrested two Palestinian journalists in the West Bank.", &["ISRMIL 173 PSEMED"]),
    ("suspend cooperation", D, "The European Union suspended cooperation with Niger.", &["IGOEUREEC 160 NER"]),
    ("close the airspace", D, "Poland closed its airspace to Belarusian aircraft.", &["POL 163 BLR"]),
    ("calling someone a killer is no phone call", D, "Biden called Putin a killer.", &["USAGOV 111 RUSGOV"]),
    ("a phone call", D, "Biden called Putin on Monday.", &["USAGOV 041 RUSGOV @2024-03-11"]),
    ("rejection aims at the adjectival proposer", D, "Iran rejected the American proposal.", &["IRN 120 USA"]),
    ("launch a military operation", D, "Turkey launched a military operation against Syria.", &["TUR 190 SYR"]),
    (
        "drills around another actor are a show of force",
        D,
        "China conducted military drills around Taiwan on Monday.",
        &["CHN 150 TWN @2024-03-11"],
    ),
    ("sending drones to an ally is arms supply", D, "Iran sent drones to Russia.", &["IRN 072 RUS"]),
    (
        "rejecting accusations is a denial, which the conventions do not code",
        D,
        "China rejected American accusations of spying.",
        &[],
    ),
    ("proposed talks are intent to meet", D, "Russia proposed talks to Ukraine.", &["RUS 036 UKR intent"]),
    ("speak with", D, "Putin spoke with Erdogan in Ankara on Monday.", &["RUSGOV 040 TURGOV @2024-03-11"]),
    ("expel aid agencies", D, "Sudan expelled UN aid agencies from Darfur.", &["SDN 1663 IGOUNONGO"]),
    // Phrasal verbs.
    ("phrasal: call off talks", D, "Hungary called off talks with Ukraine.", &["HUN 164 UKR"]),
    ("phrasal: rule out talks", D, "Russia ruled out talks with Ukraine.", &["RUS 125 UKR"]),
    // Speech acts and reported speech.
    (
        "accusation: only the accusation is coded",
        D,
        "The United States accused North Korea of supplying weapons to Russia.",
        &["USA 112 PRK"],
    ),
    ("accusation of interference", D, "Moldova accused Russia of interfering in its elections.", &["MDA 112 RUS"]),
    (
        "reported attack on a party's authority",
        D,
        "The Ukrainian military said Russia attacked Ukraine with drones on Monday.",
        &["RUS 190 UKR @2024-03-11"],
    ),
    ("praise aims at the possessor", D, "The Indian prime minister praised Japan's support.", &["INDGOV 051 JPN"]),
    ("rejection aims at the proposer", D, "Iran rejected Washington's proposal.", &["IRN 120 USAGOV"]),
    (
        "demand: content names the code",
        D,
        "The United Nations demanded that Israel withdraw from Gaza.",
        &["IGOUNO 1056 ISR"],
    ),
    (
        "appeal to coordinated objects to talk",
        D,
        "The European Union urged Serbia and Kosovo to resume dialogue.",
        &["IGOEUREEC 026 SRB", "IGOEUREEC 026 KSV"],
    ),
    // Modality.
    ("control verb: intent", D, "Russia wants to strengthen cooperation with India.", &["RUS 030 IND intent"]),
    ("future aid is intent", D, "Japan will send aid to the Philippines.", &["JPN 033 PHL intent"]),
    ("future loan is economic aid intent", D, "Germany will provide a loan to Ukraine.", &["DEU 0331 UKR intent"]),
    ("promised arms", D, "China promised to supply arms to Russia.", &["CHN 0332 RUS intent"]),
    (
        "invitation is intent to meet",
        D,
        "China invited the Brazilian president to Beijing.",
        &["CHN 036 BRAGOV intent"],
    ),
    (
        "agreeing to a ceasefire is a pledge to de-escalate",
        D,
        "Armenia and Azerbaijan agreed to a ceasefire on Sunday.",
        &["ARM 0356 AZE intent @2024-03-10", "AZE 0356 ARM intent @2024-03-10"],
    ),
    (
        "conditional threat (if)",
        D,
        "If Iran enriches uranium further, the European Union will impose new sanctions on Tehran.",
        &["IGOEUREEC 1312 IRNGOV conditional"],
    ),
    (
        "conditional threat (unless)",
        D,
        "The United States will impose sanctions on Venezuela unless Caracas releases the prisoners.",
        &["USA 1312 VEN conditional"],
    ),
    ("vow to retaliate is a threat", D, "Iran vowed to retaliate against Israel.", &["IRN 1384 ISR conditional"]),
    ("threaten with retaliation", D, "The Kremlin threatened Ukraine with retaliation.", &["RUSGOV 130 UKR"]),
    ("refusal is a rejection", D, "Iran refused to meet the American envoy.", &["IRN 125 USAGOV"]),
    ("negation", D, "Russia did not attack Finland.", &["RUS 190 FIN negated"]),
    ("hypothetical is not coded", D, "Russia could attack Moldova next year, analysts say.", &[]),
    ("question is not coded", D, "Will China invade Taiwan?", &[]),
    // Precision: nothing to code.
    ("no second actor", D, "Russia's economy grew by three percent last year.", &[]),
    ("hope is no event", D, "The Chinese foreign minister said he hoped for peace in the region.", &[]),
    ("denial without a target", D, "Russia denied the accusations.", &[]),
    ("speculation is not coded", D, "Germany said it believes Russia will attack NATO.", &[]),
    ("talks without a partner", D, "Russia said the talks were useful.", &[]),
    ("page furniture", D, "Share this article on Facebook", &[]),
];

#[test]
fn table() {
    check_table(Lang::En, CASES);
}
