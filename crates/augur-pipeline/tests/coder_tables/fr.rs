//! The fr table: every construction of the coder's role rules and every modality.

use augur_core::Lang;

use crate::{check_table, Case};

const D: Option<&str> = Some("2024-03-12");

const CASES: &[Case] = &[
    // Roles: subject -> source, object / indirect object / frame oblique -> target.
    ("plain transitive act", D, "La Russie a attaqué l'Ukraine lundi.", &["RUS 190 UKR @2024-03-11"]),
    (
        "indirect object with à",
        D,
        "Le Premier ministre japonais a présenté ses condoléances à la Turquie.",
        &["JPNGOV 018 TUR"],
    ),
    ("oblique avec of the frame", D, "Le Niger a rompu ses relations diplomatiques avec la France.", &["NER 161 FRA"]),
    (
        "oblique contre of a light verb",
        D,
        "L'Union européenne a imposé de nouvelles sanctions contre la Russie.",
        &["IGOEUREEC 163 RUS"],
    ),
    (
        "light verb with indirect object",
        D,
        "Le FMI a accordé un prêt de 3 milliards de dollars à l'Égypte.",
        &["IGOXXXIMF 071 EGY"],
    ),
    ("arms named by their noun", D, "Le Royaume-Uni a fourni des missiles de croisière à l'Ukraine.", &["GBR 072 UKR"]),
    ("procéder à des frappes", D, "La Russie a procédé à des frappes massives contre l'Ukraine.", &["RUS 195 UKR"]),
    ("strikes located in a country", D, "Israël a mené des frappes aériennes en Syrie.", &["ISR 195 SYR"]),
    (
        "recall of an ambassador",
        D,
        "L'Algérie a rappelé son ambassadeur en France pour consultations.",
        &["DZA 161 FRA"],
    ),
    ("expelled diplomats name the target", D, "Le Canada a expulsé un diplomate chinois.", &["CAN 161 CHNGOV"]),
    ("freed hostages name the target", D, "L'Iran a libéré deux otages américains.", &["IRN 0841 USA"]),
    (
        "phone talks (s'entretenir par téléphone avec)",
        D,
        "Emmanuel Macron s'est entretenu par téléphone avec Volodymyr Zelensky.",
        &["FRAGOV 041 UKRGOV"],
    ),
    (
        "reflexive verb of travel",
        D,
        "Le ministre russe des Affaires étrangères Sergueï Lavrov s'est rendu mardi à Pékin.",
        &["RUSGOV 042 CHNGOV @2024-03-12"],
    ),
    (
        "appeal with object (exhorter X à)",
        D,
        "Washington a exhorté Pékin à cesser ses provocations.",
        &["USAGOV 020 CHNGOV"],
    ),
    (
        "demand with de-oblique",
        D,
        "Kiev a exigé de Moscou la libération des prisonniers de guerre.",
        &["UKRGOV 1053 RUSGOV"],
    ),
    ("seizure of a ship", D, "Les garde-côtes chinois ont arraisonné un navire philippin.", &["CHNMIL 171 PHL"]),
    ("faire part de sa préoccupation à", D, "Berlin a fait part de sa préoccupation à Pékin.", &["DEUGOV 012 CHNGOV"]),
    (
        "symmetric light verb: open talks",
        D,
        "L'Arménie et l'Azerbaïdjan ont entamé des pourparlers de paix.",
        &["ARM 046 AZE", "AZE 046 ARM"],
    ),
    (
        "seized ship names the target by its flag",
        D,
        "L'Iran a saisi un pétrolier britannique dans le détroit d'Ormuz.",
        &["IRN 171 GBR"],
    ),
    (
        "symmetric rupture of coordinated subjects",
        D,
        "Le Maroc et l'Algérie ont rompu leurs relations diplomatiques.",
        &["MAR 161 DZA", "DZA 161 MAR"],
    ),
    (
        "troops massed at the border with X",
        D,
        "La Chine a massé des troupes à la frontière avec l'Inde.",
        &["CHN 154 IND"],
    ),
    (
        "weapons named in a compound (avions de combat) are supplied, not fought",
        D,
        "La France a livré des avions de combat à l'Inde.",
        &["FRA 072 IND"],
    ),
    ("promised weapons", D, "Le Royaume-Uni a promis des avions de combat à l'Ukraine.", &["GBR 0332 UKR intent"]),
    ("offered ceasefire", D, "La Russie a proposé un cessez-le-feu à l'Ukraine.", &["RUS 0356 UKR intent"]),
    ("request for someone's aid (genitive)", D, "Le Guyana a demandé l'aide des États-Unis.", &["GUY 023 USA"]),
    ("threat to cut supplies", D, "La Russie a menacé de couper le gaz à l'Europe.", &["RUS 1311 EUR"]),
    ("a locative en is not a lawsuit", D, "La Russie a attaqué l'Ukraine en février 2022.", &["RUS 190 UKR @2022-02"]),
    ("attaquer en justice", D, "Le Nicaragua a attaqué l'Allemagne en justice devant la CIJ.", &["NIC 115 DEU"]),
    (
        "mediator between two parties",
        D,
        "Les Émirats arabes unis ont servi de médiateur entre la Russie et l'Ukraine.",
        &["ARE 045 RUS", "ARE 045 UKR"],
    ),
    (
        "eased restrictions towards a country",
        D,
        "Le Japon a levé les restrictions à l'exportation vers la Corée du Sud.",
        &["JPN 081 KOR"],
    ),
    // Passives.
    ("passive with agent (par)", D, "L'Ukraine a été attaquée par la Russie.", &["RUS 190 UKR"]),
    ("passive of recevoir", D, "Le ministre israélien a été reçu par le roi de Jordanie.", &["JORGOV 043 ISRGOV"]),
    ("passive without agent codes nothing", D, "Deux diplomates français ont été expulsés.", &[]),
    // Coordination and apposition.
    ("coordinated subjects", D, "La Russie et la Biélorussie ont attaqué l'Ukraine.", &["RUS 190 UKR", "BLR 190 UKR"]),
    ("coordinated objects", D, "Varsovie a critiqué Berlin et Paris.", &["POLGOV 111 DEUGOV", "POLGOV 111 FRAGOV"]),
    (
        "symmetric act of coordinated subjects",
        D,
        "La France et l'Allemagne ont signé un accord de coopération.",
        &["FRA 057 DEU", "DEU 057 FRA"],
    ),
    (
        "symmetric light verb of coordinated subjects",
        D,
        "La Russie et l'Ukraine ont échangé des prisonniers.",
        &["RUS 0841 UKR", "UKR 0841 RUS"],
    ),
    (
        "apposition",
        D,
        "Le président ukrainien, Volodymyr Zelensky, a rencontré le chancelier allemand Olaf Scholz.",
        &["UKRGOV 040 DEUGOV"],
    ),
    (
        "relative clause",
        D,
        "Le président turc, qui s'est rendu mardi à Moscou, a rencontré Vladimir Poutine.",
        &["TURGOV 042 RUSGOV @2024-03-12", "TURGOV 040 RUSGOV"],
    ),
    // Control and nominal events.
    (
        "control: wants to strengthen cooperation",
        D,
        "La France veut renforcer sa coopération avec l'Inde.",
        &["FRA 030 IND intent"],
    ),
    (
        "nominal event with genitive agent",
        D,
        "La visite du ministre russe de la Défense en Corée du Nord a inquiété Séoul.",
        &["RUSGOV 042 PRK"],
    ),
    (
        "light verb visit",
        D,
        "Le Premier ministre indien a effectué une visite officielle en France.",
        &["INDGOV 042 FRA"],
    ),
    (
        "nominal negotiations between two parties",
        D,
        "L'Égypte a accueilli des négociations entre Israël et le Hamas.",
        &["ISR 046 PSEREB", "PSEREB 046 ISR"],
    ),
    // Reported speech.
    (
        "reported act is coded",
        D,
        "Le Premier ministre a déclaré que la Russie avait attaqué l'Ukraine.",
        &["RUS 190 UKR"],
    ),
    (
        "accusation: only the accuser's act",
        D,
        "Moscou accuse Kiev d'avoir attaqué une centrale nucléaire.",
        &["RUSGOV 112 UKRGOV"],
    ),
    ("accusation of provocations", D, "Le président serbe a accusé le Kosovo de provocations.", &["SRBGOV 112 KSV"]),
    (
        "act reported on the army's authority",
        D,
        "L'armée ukrainienne a affirmé avoir abattu trois avions russes.",
        &["UKRMIL 190 RUS"],
    ),
    // Modality.
    (
        "future visit is intent with its date",
        D,
        "Le président chinois Xi Jinping effectuera une visite d'État en France en mai.",
        &["CHNGOV 036 FRA intent @2024-05"],
    ),
    (
        "future reception is intent",
        D,
        "Vladimir Poutine recevra jeudi le président chinois au Kremlin.",
        &["RUSGOV 036 CHNGOV intent @2024-03-14"],
    ),
    ("promise to help", D, "Le Japon a promis d'aider l'Ukraine.", &["JPN 033 UKR intent"]),
    (
        "offer of mediation",
        D,
        "Le Qatar a proposé sa médiation entre Israël et le Hamas.",
        &["QAT 039 ISR intent", "QAT 039 PSEREB intent"],
    ),
    (
        "conditional threat",
        D,
        "Les États-Unis imposeront des sanctions à l'Iran si Téhéran attaque Israël.",
        &["USA 1312 IRN conditional"],
    ),
    (
        "conditional military threat",
        D,
        "La Chine attaquera Taïwan si les États-Unis livrent des armes à l'île.",
        &["CHN 1384 TWN conditional"],
    ),
    ("hypothetical is not coded", D, "La Chine pourrait attaquer Taïwan.", &[]),
    ("question is not coded", D, "La Russie va-t-elle attaquer la Moldavie ?", &[]),
    ("inverted question is not coded", D, "Poutine a-t-il menacé l'Europe ?", &[]),
    ("negation", D, "La Russie n'a pas attaqué la Moldavie.", &["RUS 190 MDA negated"]),
    ("refusal to negotiate", D, "L'Ukraine a refusé de négocier avec la Russie.", &["UKR 125 RUS"]),
    ("refusal to release", D, "L'Iran a refusé de libérer deux ressortissants américains.", &["IRN 124 USA"]),
    // Relative dates.
    ("yesterday", D, "Hier, l'armée israélienne a frappé le Liban.", &["ISRMIL 190 LBN @2024-03-11"]),
    (
        "last week gives the month",
        D,
        "La semaine dernière, le président turc a rencontré Vladimir Poutine.",
        &["TURGOV 040 RUSGOV @2024-03"],
    ),
    (
        "past weekday",
        D,
        "Le président chinois a reçu mercredi son homologue brésilien à Pékin.",
        &["CHNGOV 043 BRAGOV @2024-03-06"],
    ),
    (
        "weekday of a future trip",
        D,
        "Le ministre allemand des Affaires étrangères se rendra vendredi en Chine.",
        &["DEUGOV 036 CHN intent @2024-03-15"],
    ),
    // Precision: nothing to code.
    ("nothing without a second actor", None, "Il faisait froid à Moscou.", &[]),
    ("a statement is not an event", D, "Le ministre a déclaré que la situation était difficile.", &[]),
    ("a hope is not an event", D, "Le président français espère une issue rapide au conflit.", &[]),
    ("sports result is not an assault", D, "La France a battu le Portugal 2-1.", &[]),
    ("a denial is not coded", D, "Le Kremlin a démenti toute implication dans l'attaque.", &[]),
];

#[test]
fn table() {
    check_table(Lang::Fr, CASES);
}
