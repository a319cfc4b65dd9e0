//! The ru table: every construction of the coder's role rules and every modality.

use augur_core::Lang;

use crate::{check_table, Case};

/// Publication date of every dated case: Tuesday, 12 March 2024.
const D: Option<&str> = Some("2024-03-12");

const CASES: &[Case] = &[
    // Получить помощь: действует тот, кто дал.
    ("получить помощь", D, "Украина получила помощь от США.", &["USA 070 UKR"]),
    // --- Subject -> source; object, indirect object, oblique -> target.
    ("subject and object", D, "Российская армия атаковала Украину.", &["RUSMIL 190 UKR"]),
    ("object named by an adjective", D, "Хуситы атаковали американский эсминец.", &["YEMREB 190 USA"]),
    ("dative indirect object", D, "Иран угрожает Израилю.", &["IRN 130 ISR"]),
    ("indeclinable dative", D, "Китай пригрозил США ответными мерами.", &["CHN 130 USA"]),
    ("oblique with с", D, "Лавров встретился с Блинкеном.", &["RUSGOV 040 USAGOV"]),
    ("oblique with на", D, "Россия напала на Украину.", &["RUS 190 UKR"]),
    (
        "arrival in a capital is a visit",
        D,
        "Премьер-министр Индии прибыл в Москву с официальным визитом.",
        &["INDGOV 042 RUSGOV"],
    ),
    ("defence minister is GOV", D, "Министр обороны России посетил Северную Корею.", &["RUSGOV 042 PRK"]),
    ("dative object", D, "Россия помогла Сирии.", &["RUS 070 SYR"]),
    (
        "oblique with со and a weekday",
        D,
        "Лавров в среду провел переговоры со своим турецким коллегой Хаканом Фиданом.",
        &["RUSGOV 046 TURGOV @2024-03-06"],
    ),
    ("oblique with во", D, "Макрон прибыл во Вьетнам.", &["FRAGOV 042 VNM"]),
    (
        "visit with the instrumental визитом",
        D,
        "Премьер Японии Кисида находится с визитом в Вашингтоне.",
        &["JPNGOV 042 USAGOV"],
    ),
    ("manned aircraft shot down", D, "Турция сбила российский самолет.", &["TUR 190 RUS"]),
    ("accusation of a spokeswoman", D, "Захарова обвинила Запад в лицемерии.", &["RUSGOV 112 WST"]),
    (
        "criticism by a spokesman",
        D,
        "Пресс-секретарь Кремля Дмитрий Песков раскритиковал заявление Макрона.",
        &["RUSGOV 111 FRAGOV"],
    ),
    // --- Passives with an instrumental agent.
    ("passive with agent", D, "Украинские порты были атакованы российской армией.", &["RUSMIL 190 UKR"]),
    ("passive light verb", D, "Санкции против Ирана были введены Евросоюзом.", &["IGOEUREEC 163 IRN"]),
    (
        "passive with coordinated agents",
        D,
        "Соглашение было подписано Арменией и Азербайджаном.",
        &["ARM 057 AZE", "AZE 057 ARM"],
    ),
    // --- Coordination: one event per conjunct.
    (
        "coordinated subjects",
        D,
        "США и Великобритания нанесли удары по хуситам.",
        &["USA 190 YEMREB", "GBR 190 YEMREB"],
    ),
    (
        "coordinated subjects of a symmetric act",
        D,
        "Россия и Китай подписали соглашение о сотрудничестве в энергетике.",
        &["RUS 057 CHN", "CHN 057 RUS"],
    ),
    (
        "coordinated objects of a preposition",
        D,
        "Россия ввела санкции против Великобритании и Канады.",
        &["RUS 163 GBR", "RUS 163 CAN"],
    ),
    // --- Apposition and relative clauses.
    ("apposition after the name", D, "Шольц, канцлер Германии, прибыл в Вашингтон.", &["DEUGOV 042 USAGOV"]),
    ("apposition before the name", D, "Эрдоган, президент Турции, встретился с Путиным.", &["TURGOV 040 RUSGOV"]),
    (
        "relative clause",
        D,
        "Премьер Венгрии, который посетил Москву, встретился с президентом Китая.",
        &["HUNGOV 042 RUSGOV", "HUNGOV 040 CHNGOV"],
    ),
    // --- Control: intent.
    ("control: wants to strengthen", D, "Россия хочет укрепить сотрудничество с Индией.", &["RUS 030 IND intent"]),
    ("control: plans to expand", D, "Индия планирует расширить сотрудничество с Россией.", &["IND 030 RUS intent"]),
    // --- Nominal events.
    ("nominal with genitive agent", D, "Атака Ирана на Израиль была отражена.", &["IRN 190 ISR"]),
    ("nominal sanctions", D, "Санкции США против Ирана вступили в силу.", &["USA 163 IRN"]),
    ("nominal talks with с", D, "Переговоры Путина с Си Цзиньпином продлились три часа.", &["RUSGOV 046 CHNGOV"]),
    ("nominal meeting", D, "Встреча Лаврова с Блинкеном прошла в Женеве.", &["RUSGOV 040 USAGOV"]),
    (
        "nominal talks between",
        D,
        "Переговоры между Арменией и Азербайджаном прошли в Алматы.",
        &["ARM 046 AZE", "AZE 046 ARM"],
    ),
    // --- Light verbs.
    ("impose sanctions", D, "Евросоюз ввел новые санкции против России.", &["IGOEUREEC 163 RUS"]),
    (
        "carry out strikes",
        D,
        "Израильская армия нанесла удары по объектам ХАМАС в секторе Газа.",
        &["ISRMIL 190 PSEREB"],
    ),
    ("hold talks", D, "Украинская делегация провела переговоры с делегацией России.", &["UKRGOV 046 RUSGOV"]),
    ("deliver tanks", D, "Германия передала Украине танки Leopard.", &["DEU 072 UKR"]),
    ("ban entry", D, "Россия запретила въезд британским чиновникам.", &["RUS 163 GBRGOV"]),
    ("wanted list", D, "Россия объявила в розыск премьера Эстонии.", &["RUS 173 ESTGOV"]),
    ("launch a military operation", D, "Россия начала военную операцию на Украине.", &["RUS 190 UKR"]),
    ("military aid with a dative noun modifier", D, "Бундестаг одобрил поставки оружия Украине.", &["DEULEG 072 UKR"]),
    ("extend sanctions", D, "Евросоюз продлил санкции против Белоруссии.", &["IGOEUREEC 163 BLR"]),
    ("expel diplomats", D, "Норвегия выслала 15 российских дипломатов.", &["NOR 161 RUSGOV"]),
    ("air strikes", D, "Армия обороны Израиля нанесла авиаудары по целям в Ливане.", &["ISRMIL 195 LBN"]),
    (
        "appeal for restraint",
        D,
        "Министр иностранных дел Германии Анналена Бербок призвала Израиль к сдержанности.",
        &["DEUGOV 0256 ISR"],
    ),
    ("invitation", D, "Китай пригласил президента России посетить Пекин.", &["CHN 036 RUSGOV"]),
    ("offer of talks", D, "Сирия предложила Турции провести переговоры.", &["SYR 036 TUR intent"]),
    ("express support with a dative", D, "Премьер Италии выразил поддержку Украине.", &["ITAGOV 051 UKR"]),
    ("deliver shells", D, "США поставили Украине снаряды.", &["USA 072 UKR"]),
    ("receive a visitor", D, "Президент Узбекистана принял госсекретаря США.", &["UZBGOV 043 USAGOV"]),
    ("adopting a resolution against", D, "Генассамблея ООН приняла резолюцию против России.", &["IGOUNO 111 RUS"]),
    (
        "mediator between two parties",
        D,
        "Катар выступил посредником на переговорах между Израилем и ХАМАС.",
        &["QAT 045 ISR", "QAT 045 PSEREB", "ISR 046 PSEREB", "PSEREB 046 ISR"],
    ),
    ("join sanctions", D, "Канада присоединилась к санкциям против Ирана.", &["CAN 163 IRN"]),
    ("sanctions list", D, "Минфин США внес в санкционный список 20 российских компаний.", &["USAGOV 163 RUSBUS"]),
    ("tariffs", D, "США ввели пошлины на китайские товары.", &["USA 163 CHN"]),
    ("make peace", D, "Израиль и Иордания заключили мир.", &["ISR 057 JOR", "JOR 057 ISR"]),
    ("express concern", D, "Япония выразила обеспокоенность в связи с запуском ракеты КНДР.", &["JPN 012 PRK"]),
    ("declare support", D, "Польша заявила о поддержке Украины.", &["POL 051 UKR"]),
    ("congratulate", D, "Президент Франции поздравил Путина с победой на выборах.", &["FRAGOV 051 RUSGOV"]),
    // --- Reported speech.
    ("reported attack is coded", D, "Президент США заявил, что Россия атаковала Украину.", &["RUS 190 UKR"]),
    ("accusation: only the accuser's act", D, "США обвинили Россию в нападении на Украину.", &["USA 112 RUS"]),
    // --- Demands and appeals.
    ("demand release", D, "Иран потребовал от Великобритании освободить задержанный танкер.", &["IRN 1053 GBR"]),
    ("appeal for a ceasefire", D, "Генсек ООН призвал Израиль к прекращению огня.", &["IGOUNO 0256 ISR"]),
    // --- Intent and future.
    ("future visit", D, "Президент Ирана посетит Россию в следующем месяце.", &["IRNGOV 036 RUS intent @2024-04"]),
    ("future arms delivery", D, "Германия передаст Украине дополнительные системы ПВО.", &["DEU 0332 UKR intent"]),
    ("promise to help", D, "Путин пообещал помочь КНДР.", &["RUSGOV 033 PRK intent"]),
    ("readiness for talks", D, "Путин заявил о готовности к переговорам с Украиной.", &["RUSGOV 036 UKR intent"]),
    // --- Threats.
    ("threat to impose sanctions", D, "США пригрозили ввести санкции против Китая.", &["USA 1312 CHN"]),
    ("announced strike is a threat", D, "Россия нанесет удар по Киеву.", &["RUS 1384 UKRGOV conditional"]),
    (
        "conditional expulsion is a threat",
        D,
        "Россия вышлет британских дипломатов, если Лондон не отменит решение.",
        &["RUS 1313 GBRGOV conditional"],
    ),
    // --- Negation and refusal.
    ("negated meeting", D, "Путин не встретился с Зеленским.", &["RUSGOV 040 UKRGOV negated"]),
    ("negated attack", D, "Украина не атаковала Россию.", &["UKR 190 RUS negated"]),
    ("refusal of aid", D, "Венгрия отказалась выделить помощь Украине.", &["HUN 122 UKR"]),
    ("promise of aid", D, "Президент Байден пообещал Зеленскому новую помощь.", &["USAGOV 033 UKRGOV intent"]),
    ("refusal of talks", D, "Израиль отказался от переговоров с ХАМАС.", &["ISR 125 PSEREB"]),
    // --- Relative dates.
    ("weekday", D, "В понедельник Лавров провел переговоры с главой МИД Китая.", &["RUSGOV 046 CHNGOV @2024-03-11"]),
    ("yesterday", D, "Вчера Израиль нанес удар по Ливану.", &["ISR 190 LBN @2024-03-11"]),
    ("day before yesterday", D, "Позавчера Китай провел переговоры с Вьетнамом.", &["CHN 046 VNM @2024-03-10"]),
    ("last friday", D, "В пятницу министр обороны США прибыл в Израиль.", &["USAGOV 042 ISR @2024-03-08"]),
    ("last week", D, "На прошлой неделе Польша выслала российского дипломата.", &["POL 161 RUSGOV @2024-03"]),
    // --- Nothing to code.
    ("air defence interception", D, "Российская ПВО сбила 20 украинских беспилотников над Белгородом.", &[]),
    ("hope for aid", D, "Украина надеется на помощь Запада.", &[]),
    ("readiness to consider", D, "Россия готова рассмотреть предложение Китая.", &[]),
    ("provoking protest is no summons", D, "Арест американского журналиста вызвал критику Вашингтона.", &[]),
    ("adopting a law is no reception", D, "Госдума приняла закон о противодействии санкциям США.", &[]),
    ("question", D, "Встретится ли Путин с Байденом?", &[]),
    ("hypothetical", D, "Россия могла бы ввести войска в Молдавию.", &[]),
    ("speculation of observers", D, "Эксперты считают, что Россия может напасть на Польшу.", &[]),
    ("statement without a second actor", D, "Министр заявил, что ситуация остается сложной.", &[]),
    ("hope", D, "Путин надеется на улучшение отношений с США.", &[]),
    ("considering is not acting", D, "ЕС рассматривает возможность ввести санкции против Ирана.", &[]),
    ("rejecting accusations is a denial", D, "Москва отвергла обвинения Лондона во вмешательстве в выборы.", &[]),
    // --- Wire-copy frames (news-ru).
    ("sanctions package", D, "Евросоюз утвердил новый пакет санкций против Ирана.", &["IGOEUREEC 163 IRN"]),
    ("protest with a misparsed dative", D, "Китай выразил протест Японии в связи с заявлениями.", &["CHN 114 JPN"]),
    (
        "declared undesirable",
        D,
        "Генпрокуратура России признала нежелательной деятельность британской организации.",
        &["RUSJUD 172 GBR"],
    ),
    ("persona non grata", D, "Чехия объявила персоной нон грата российского дипломата.", &["CZE 174 RUSGOV"]),
    ("accusative object parsed as iobj", D, "Лукашенко обвинил Польшу в провокациях.", &["BLRGOV 112 POL"]),
    ("hostages named by an adjective", D, "ХАМАС освободил двух израильских заложников.", &["PSEREB 0841 ISR"]),
    ("import ban", D, "Россия запретила ввоз молдавских фруктов.", &["RUS 163 MDA"]),
    ("blocked accession", D, "Венгрия заблокировала вступление Украины в ЕС.", &["HUN 120 UKR"]),
    ("traded accusations", D, "Армения и Азербайджан обменялись обвинениями.", &["ARM 112 AZE", "AZE 112 ARM"]),
    ("exchanged strikes", D, "Израиль и Хезболлах обменялись ударами.", &["ISR 190 LBNREB", "LBNREB 190 ISR"]),
    ("prisoner exchange", D, "Россия провела обмен пленными с Украиной.", &["RUS 0841 UKR"]),
    ("airspace closed", D, "Канада закрыла воздушное пространство для российских самолетов.", &["CAN 163 RUS"]),
    ("military build-up", D, "Россия наращивает военное присутствие у границ Финляндии.", &["RUS 154 FIN"]),
    ("fly off to", D, "Премьер-министр Индии вылетел в Москву.", &["INDGOV 042 RUSGOV"]),
    ("membership suspended", D, "Африканский союз приостановил членство Нигера.", &["IGOAFRAFU 160 NER"]),
    ("gas deliveries halted", D, "Россия прекратила поставки газа в Польшу.", &["RUS 163 POL"]),
    ("Russian town for Russia", D, "Украина обстреляла Белгород.", &["UKR 194 RUS"]),
    ("Guyana", D, "Венесуэла пригрозила Гайане.", &["VEN 130 GUY"]),
    ("breakaway region for its state", D, "Россия признала независимость Абхазии.", &["RUS 054 GEO"]),
    ("visit with навестить", D, "Президент Сербии навестил Москву.", &["SRBGOV 042 RUSGOV"]),
    ("Rafah for Palestine", D, "Израиль нанес удар по Рафаху.", &["ISR 190 PSE"]),
    ("sanctions in the dative plural", D, "Япония присоединилась к санкциям Запада против России.", &["JPN 163 RUS"]),
    (
        "agreed ceasefire",
        D,
        "Индия и Пакистан договорились о прекращении огня.",
        &["IND 0356 PAK intent", "PAK 0356 IND intent"],
    ),
    ("agreement terminated", D, "Нигер разорвал военное соглашение с США.", &["NER 160 USA"]),
    ("participation frozen", D, "Армения заморозила участие в ОДКБ.", &["ARM 160 IGOCASCST"]),
    ("called a threat", D, "Президент Франции назвал Россию угрозой для Европы.", &["FRAGOV 111 RUS"]),
    ("vow of revenge", D, "Иран пообещал отомстить Израилю.", &["IRN 130 ISR conditional"]),
    ("passive short participle", D, "Консульство Ирана было разбомблено израильской авиацией.", &["ISR 195 IRNGOV"]),
    ("meeting an ambassador", D, "В среду Лавров встретился с послом Китая.", &["RUSGOV 040 CHNGOV @2024-03-06"]),
    ("assurance", D, "Госсекретарь США заверил Киев в неизменной поддержке.", &["USAGOV 032 UKRGOV intent"]),
];

#[test]
fn table() {
    check_table(Lang::Ru, CASES);
}
