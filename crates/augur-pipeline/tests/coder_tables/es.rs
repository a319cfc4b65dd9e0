//! The es table: every construction of the coder's role rules and every modality.
//!
//! Publication date 2024-03-12 (a Tuesday) wherever a relative date is resolved.

use augur_core::Lang;

use crate::{check_table, Case};

const D: Option<&str> = Some("2024-03-12");

const CASES: &[Case] = &[
    // Recibir un acto nominal: quien da actúa sobre quien recibe.
    ("recibir ayuda", D, "Ucrania recibió ayuda de Estados Unidos.", &["USA 070 UKR"]),
    // --- Roles: subject -> source, object / indirect object / oblique -> target.
    ("plain transitive act, weekday", D, "Rusia atacó Ucrania el lunes.", &["RUS 190 UKR @2024-03-11"]),
    ("indirect object of a light verb", D, "Estados Unidos prometió más ayuda a Ucrania.", &["USA 033 UKR intent"]),
    (
        "oblique with the frame's preposition (reunirse con)",
        D,
        "El presidente francés se reunió con el canciller alemán en Berlín.",
        &["FRAGOV 040 DEUGOV"],
    ),
    (
        "oblique through a nested preposition (hablar por teléfono con)",
        D,
        "El canciller alemán habló por teléfono con el presidente francés.",
        &["DEUGOV 041 FRAGOV"],
    ),
    (
        "personal 'a' object with genitive actor",
        D,
        "El Gobierno de Venezuela expulsó al embajador de España.",
        &["VENGOV 161 ESPGOV"],
    ),
    (
        "object of an exigir + noun frame",
        D,
        "Estados Unidos exigió a Rusia la liberación del periodista.",
        &["USA 1053 RUS"],
    ),
    // --- Passives with agent (por).
    ("passive with agent", D, "Ucrania fue bombardeada por Rusia durante la noche.", &["RUS 195 UKR"]),
    ("passive light verb with agent", D, "Tres diplomáticos rusos fueron expulsados por Polonia.", &["POL 161 RUSGOV"]),
    // --- Coordination: one event per conjunct; symmetric acts both ways.
    (
        "coordinated subjects of a symmetric act",
        D,
        "Putin y Xi firmaron un acuerdo de cooperación energética.",
        &["RUSGOV 057 CHNGOV", "CHNGOV 057 RUSGOV"],
    ),
    (
        "coordinated subjects restore relations",
        D,
        "Irán y Arabia Saudí restablecieron relaciones diplomáticas.",
        &["IRN 050 SAU", "SAU 050 IRN"],
    ),
    ("coordinated objects", D, "China criticó a Estados Unidos y a Japón.", &["CHN 111 USA", "CHN 111 JPN"]),
    (
        "coordinated indirect objects of a light verb",
        D,
        "Rusia impuso sanciones a Estados Unidos y a Canadá.",
        &["RUS 163 USA", "RUS 163 CAN"],
    ),
    (
        "coordinated mediators and parties",
        D,
        "Egipto y Qatar median entre Israel y Hamás.",
        &["EGY 045 ISR", "EGY 045 PSEREB", "QAT 045 ISR", "QAT 045 PSEREB"],
    ),
    // --- Apposition and relative clauses.
    (
        "apposition names the office holder; weekday",
        D,
        "El presidente turco, Recep Tayyip Erdogan, recibió el viernes en Ankara al primer ministro sueco.",
        &["TURGOV 043 SWEGOV @2024-03-08"],
    ),
    (
        "apposition with a person as target",
        D,
        "El presidente ruso, Vladímir Putin, felicitó a Xi Jinping por su reelección.",
        &["RUSGOV 051 CHNGOV"],
    ),
    (
        "relative clause on the target adds no event",
        D,
        "Polonia expulsó al diplomático ruso que había espiado para Moscú.",
        &["POL 161 RUSGOV"],
    ),
    // --- Control and intent.
    (
        "control: wants to strengthen cooperation",
        D,
        "Estados Unidos quiere reforzar la cooperación con Vietnam.",
        &["USA 030 VNM intent"],
    ),
    (
        "coordinated subjects agree to strengthen cooperation",
        D,
        "Corea del Sur y Japón acordaron reforzar su cooperación militar.",
        &["KOR 030 JPN intent", "JPN 030 KOR intent"],
    ),
    (
        "future visit, next week",
        D,
        "El ministro de Defensa británico visitará Kiev la próxima semana.",
        &["GBRGOV 036 UKRGOV intent @2024-03"],
    ),
    (
        "future visit, named month",
        D,
        "El presidente chino Xi Jinping visitará Francia en mayo.",
        &["CHNGOV 036 FRA intent @2024-05"],
    ),
    ("future delivery of weapons", D, "Alemania enviará tanques a Ucrania.", &["DEU 0332 UKR intent"]),
    (
        "announced loan",
        D,
        "Japón anunció un préstamo de 500 millones de dólares a Filipinas.",
        &["JPN 0331 PHL intent"],
    ),
    (
        "promise to allow humanitarian access",
        D,
        "Israel se comprometió a permitir la entrada de ayuda humanitaria en Gaza.",
        &["ISR 0355 PSE intent"],
    ),
    // --- Nominal events.
    (
        "nominal visit with genitive agent and a-target",
        D,
        "La visita del ministro ruso de Defensa a Corea del Norte comenzó el lunes.",
        &["RUSGOV 042 PRK @2024-03-11"],
    ),
    (
        "nominal attack with de-agent and contra-target",
        D,
        "El ataque de Rusia contra Ucrania ha causado miles de muertos.",
        &["RUS 190 UKR"],
    ),
    (
        "nominal talks between two parties",
        D,
        "Las conversaciones entre Estados Unidos e Irán se reanudaron en Omán.",
        &["USA 040 IRN", "IRN 040 USA"],
    ),
    // --- Light verbs.
    ("impose sanctions", D, "La Unión Europea impuso nuevas sanciones contra Irán.", &["IGOEUREEC 163 IRN"]),
    ("lift sanctions", D, "Estados Unidos levantó las sanciones contra Venezuela.", &["USA 085 VEN"]),
    ("impose tariffs", D, "Estados Unidos impuso aranceles a los productos chinos.", &["USA 163 CHN"]),
    ("break off relations", D, "Ecuador rompió relaciones diplomáticas con México.", &["ECU 161 MEX"]),
    ("express condolences", D, "El Gobierno español expresó sus condolencias a Marruecos.", &["ESPGOV 018 MAR"]),
    (
        "recall an ambassador for consultations",
        D,
        "Francia llamó a consultas a su embajador en Roma.",
        &["FRA 161 ITAGOV"],
    ),
    ("withdraw an ambassador", D, "Marruecos retiró a su embajadora en Madrid.", &["MAR 161 ESPGOV"]),
    ("deploy troops at the border", D, "Rusia desplegó tropas en la frontera con Ucrania.", &["RUS 154 UKR"]),
    ("free prisoners", D, "Israel liberó a 30 presos palestinos.", &["ISR 0841 PSE"]),
    (
        "suspend arms purchases",
        D,
        "El presidente colombiano Gustavo Petro suspendió la compra de armas a Israel.",
        &["COLGOV 160 ISR"],
    ),
    ("arrest", D, "El Gobierno venezolano detuvo a un ciudadano estadounidense.", &["VENGOV 173 USACVL"]),
    ("execution", D, "Irán ejecutó a un ciudadano británico.", &["IRN 1823 GBRCVL"]),
    ("decline an invitation", D, "El Gobierno ruso rechazó la invitación de Suiza.", &["RUSGOV 125 CHE"]),
    (
        "reject a demand: the demander is the target",
        D,
        "El Gobierno de Irán rechazó la exigencia de Estados Unidos.",
        &["IRNGOV 120 USA"],
    ),
    (
        "condemning an attack targets its author",
        D,
        "El Consejo de Seguridad de la ONU condenó el ataque de Irán contra Israel.",
        &["IGOUNO 111 IRN"],
    ),
    (
        "reproach with personal 'a' parsed as object",
        D,
        "La ministra de Asuntos Exteriores, Annalena Baerbock, reprochó a Moscú su guerra de agresión contra Ucrania.",
        &["DEUGOV 112 RUSGOV"],
    ),
    ("block a state's accession", D, "Hungría bloqueó la adhesión de Suecia a la OTAN.", &["HUN 129 SWE"]),
    ("ratify a state's accession", D, "Turquía ratificó la adhesión de Suecia a la OTAN.", &["TUR 051 SWE"]),
    (
        "exchange fire, coordinated subjects",
        D,
        "Rusia y Ucrania intercambiaron disparos en la frontera.",
        &["RUS 190 UKR", "UKR 190 RUS"],
    ),
    (
        "ordered expulsion of diplomats",
        D,
        "Colombia ha ordenado la expulsión de los diplomáticos argentinos.",
        &["COL 174 ARGGOV"],
    ),
    (
        "loan for a state (para)",
        D,
        "El Banco Mundial aprobó un préstamo de 1.500 millones de dólares para Ucrania.",
        &["IGOXXXWBK 071 UKR"],
    ),
    // --- Reported speech.
    (
        "act reported by a spokesman is coded",
        D,
        "El portavoz del Kremlin afirmó que Ucrania atacó Rusia con drones el domingo.",
        &["UKR 190 RUS @2024-03-10"],
    ),
    (
        "act reported on an army's authority",
        D,
        "Según el ejército ucraniano, Rusia lanzó 30 drones contra Ucrania el lunes.",
        &["RUS 195 UKR @2024-03-11"],
    ),
    (
        "accusation: only the accusation is coded",
        D,
        "Pekín acusó a Washington de espiar a empresas chinas.",
        &["CHNGOV 112 USAGOV"],
    ),
    ("accusation of a past bombing", D, "Ucrania acusa a Rusia de haber bombardeado un hospital.", &["UKR 112 RUS"]),
    (
        "denouncing that Y bombed: only the denunciation",
        D,
        "Kiev denunció que Rusia bombardeó un hospital infantil.",
        &["UKRGOV 111 RUS"],
    ),
    // --- Threats, conditionals, hypotheticals, questions, negation, refusal.
    ("threat with sanctions", D, "Turquía amenazó con imponer sanciones a Suecia.", &["TUR 1312 SWE"]),
    ("threat of attack", D, "Corea del Norte amenazó con atacar a Corea del Sur.", &["PRK 1384 KOR"]),
    (
        "conditional attack is a threat",
        D,
        "Irán atacará a Israel si Estados Unidos envía tropas a la región.",
        &["IRN 1384 ISR conditional"],
    ),
    ("hypothetical (podría) is not coded", D, "Irán podría atacar a Israel en los próximos días.", &[]),
    ("question is not coded", D, "¿Atacará China a Taiwán?", &[]),
    ("question about a meeting is not coded", D, "¿Se reunirá Biden con Xi en noviembre?", &[]),
    ("negated act", D, "Rusia no atacó a Finlandia.", &["RUS 190 FIN negated"]),
    ("negated act with weekday", D, "Israel no bombardeó el Líbano el domingo.", &["ISR 195 LBN negated @2024-03-10"]),
    ("refusal to negotiate", D, "Rusia se negó a negociar con Ucrania.", &["RUS 125 UKR"]),
    (
        "refusal to meet",
        D,
        "El presidente ruso se negó a reunirse con el secretario general de la ONU.",
        &["RUSGOV 125 IGOUNO"],
    ),
    // --- Relative dates.
    ("yesterday", D, "Israel bombardeó la Franja de Gaza ayer.", &["ISR 195 PSE @2024-03-11"]),
    ("last week gives the month", D, "Israel bombardeó Siria la semana pasada.", &["ISR 195 SYR @2024-03"]),
    (
        "el pasado jueves",
        D,
        "Corea del Norte disparó dos misiles contra Corea del Sur el pasado jueves.",
        &["PRK 195 KOR @2024-03-07"],
    ),
    // --- Nothing to code.
    ("nothing without a second actor", None, "El tiempo fue frío en Moscú.", &[]),
    ("saying alone is not an event", D, "El ministro dijo que la situación es grave.", &[]),
    ("hoping is not an event", D, "Rusia espera que China mantenga su postura.", &[]),
    ("hoping to improve relations is not an event", D, "Irán espera mejorar sus relaciones con Arabia Saudí.", &[]),
];

#[test]
fn table() {
    check_table(Lang::Es, CASES);
}
