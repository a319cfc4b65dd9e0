//! Data-driven tests of the coder: hand-written UD trees in, coded events out.

use augur_core::{DocId, Lang, VersionStamp};

use crate::coder::{Coder, SentenceInput};
use crate::lexicon::Lexicon;
use crate::testkit::{read_conllu, StubResolver};

use crate::coder::notation as render;

fn code_with(coder: &Coder, lang: Lang, date: Option<&str>, conllu: &str) -> Vec<augur_core::EventMention> {
    let doc = read_conllu(conllu);
    let id = DocId::from_string("t");
    let mut out = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let input = SentenceInput {
            doc: &id,
            text: &doc.text,
            sentence: s,
            index: i,
            lang,
            date,
            mentions: &doc.mentions,
            resolver: &StubResolver,
        };
        let (events, _) = coder.code_sentence(&input, &VersionStamp::pipeline_only());
        out.extend(events);
    }
    out
}

fn check(name: &str, lang: Lang, date: Option<&str>, conllu: &str, expected: &[&str]) {
    let events = code_with(&Coder::new(), lang, date, conllu);
    let mut got: Vec<String> = events.iter().map(render).collect();
    got.sort();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "case {name}: {:#?}", events.iter().map(|e| (&e.rule, &e.explanation)).collect::<Vec<_>>());
}

type Case = (&'static str, Option<&'static str>, &'static str, &'static [&'static str]);

const ENGLISH: &[Case] = &[
    (
        "fired shells at a city",
        None,
        "
1 Armenia Armenia PROPN _ _ 2 nsubj _ Actor=ARM
2 fired fire VERB _ Tense=Past 0 root _ _
3 four four NUM _ _ 5 nummod _ _
4 mortar mortar NOUN _ _ 5 compound _ _
5 shells shell NOUN _ _ 2 obj _ _
6 at at ADP _ _ 7 case _ _
7 Baku Baku PROPN _ _ 2 obl _ Actor=AZEGOV|SpaceAfter=No
8 . . PUNCT _ _ 2 punct _ _
",
        &["ARM 194 AZEGOV"],
    ),
    (
        "an act announced under 'unless' is a threat",
        None,
        "
1 Kenya Kenya PROPN _ _ 3 nsubj _ Actor=KEN
2 will will AUX _ _ 3 aux _ _
3 withdraw withdraw VERB _ VerbForm=Inf 0 root _ _
4 its its PRON _ _ 5 nmod:poss _ _
5 troops troops NOUN _ _ 3 obj _ _
6 from from ADP _ _ 7 case _ _
7 Somalia Somalia PROPN _ _ 3 obl _ Actor=SOM
8 unless unless SCONJ _ _ 10 mark _ _
9 Mogadishu Mogadishu PROPN _ _ 10 nsubj _ Actor=SOMGOV
10 pays pay VERB _ _ 3 advcl _ _
11 the the DET _ _ 12 det _ _
12 costs cost NOUN _ _ 10 obj _ SpaceAfter=No
13 . . PUNCT _ _ 3 punct _ _
",
        &["KEN 130 SOM conditional"],
    ),
    (
        "'called X on Tuesday' is a phone call, not an appeal ('call on')",
        None,
        "
1 Macron Macron PROPN _ _ 2 nsubj _ Actor=FRAGOV
2 called call VERB _ Tense=Past 0 root _ _
3 Scholz Scholz PROPN _ _ 2 obj _ Actor=DEUGOV
4 on on ADP _ _ 5 case _ _
5 Tuesday Tuesday PROPN _ _ 2 obl _ SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _
",
        &["FRAGOV 041 DEUGOV"],
    ),
    (
        "phrasal verb whose particle the parser tagged advmod, under an offer",
        None,
        "
1 Sudan Sudan PROPN _ _ 2 nsubj _ Actor=SDN
2 offered offer VERB _ Tense=Past 0 root _ _
3 to to PART _ _ 4 mark _ _
4 hand hand VERB _ VerbForm=Inf 2 xcomp _ _
5 over over ADV _ _ 4 advmod _ _
6 two two NUM _ _ 7 nummod _ _
7 suspects suspect NOUN _ _ 4 obj _ _
8 to to ADP _ _ 9 case _ _
9 Egypt Egypt PROPN _ _ 4 obl _ Actor=EGY|SpaceAfter=No
10 . . PUNCT _ _ 2 punct _ _
",
        &["SDN 0353 EGY intent"],
    ),
    (
        "asking a state for aid: the state is the target",
        None,
        "
1 Chad Chad PROPN _ _ 3 nsubj _ Actor=TCD
2 has have AUX _ _ 3 aux _ _
3 asked ask VERB _ Tense=Past 0 root _ _
4 France France PROPN _ _ 3 iobj _ Actor=FRA
5 for for ADP _ _ 7 case _ _
6 military military ADJ _ _ 7 amod _ _
7 aid aid NOUN _ _ 3 obl _ SpaceAfter=No
8 . . PUNCT _ _ 3 punct _ _
",
        &["TCD 023 FRA"],
    ),
    (
        "demand that another state do something outside the lexicon: its subject is the target",
        None,
        "
1 Egypt Egypt PROPN _ _ 2 nsubj _ Actor=EGY
2 demanded demand VERB _ Tense=Past 0 root _ _
3 that that SCONJ _ _ 5 mark _ _
4 Ethiopia Ethiopia PROPN _ _ 5 nsubj _ Actor=ETH
5 halt halt VERB _ _ 2 ccomp _ _
6 the the DET _ _ 7 det _ _
7 filling filling NOUN _ _ 5 obj _ _
8 of of ADP _ _ 10 case _ _
9 the the DET _ _ 10 det _ _
10 reservoir reservoir NOUN _ _ 7 nmod _ SpaceAfter=No
11 . . PUNCT _ _ 2 punct _ _
",
        &["EGY 100 ETH"],
    ),
    (
        "said that another state violated a treaty: accusation; a plain statement is not coded",
        None,
        "
1 Japan Japan PROPN _ _ 2 nsubj _ Actor=JPN
2 said say VERB _ Tense=Past 0 root _ _
3 China China PROPN _ _ 5 nsubj _ Actor=CHN
4 had have AUX _ _ 5 aux _ _
5 violated violate VERB _ Tense=Past 2 ccomp _ _
6 the the DET _ _ 7 det _ _
7 accord accord NOUN _ _ 5 obj _ SpaceAfter=No
8 . . PUNCT _ _ 2 punct _ _

1 Japan Japan PROPN _ _ 2 nsubj _ Actor=JPN
2 said say VERB _ Tense=Past 0 root _ _
3 China China PROPN _ _ 5 nsubj _ Actor=CHN
4 had have AUX _ _ 5 aux _ _
5 ratified ratify VERB _ Tense=Past 2 ccomp _ _
6 the the DET _ _ 7 det _ _
7 accord accord NOUN _ _ 5 obj _ SpaceAfter=No
8 . . PUNCT _ _ 2 punct _ _
",
        &["JPN 112 CHN"],
    ),
    (
        "active",
        None,
        "
1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS
2 attacked attack VERB _ Tense=Past 0 root _ _
3 Ukraine Ukraine PROPN _ _ 2 obj _ Actor=UKR|SpaceAfter=No
4 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 190 UKR"],
    ),
    (
        "passive with by-agent",
        None,
        "
1 Ukraine Ukraine PROPN _ _ 3 nsubj:pass _ Actor=UKR
2 was be AUX _ _ 3 aux:pass _ _
3 attacked attack VERB _ Voice=Pass 0 root _ _
4 by by ADP _ _ 5 case _ _
5 Russia Russia PROPN _ _ 3 obl:agent _ Actor=RUS|SpaceAfter=No
6 . . PUNCT _ _ 3 punct _ _
",
        &["RUS 190 UKR"],
    ),
    (
        "coordinated subject of a symmetric act",
        None,
        "
1 Russia Russia PROPN _ _ 4 nsubj _ Actor=RUS
2 and and CCONJ _ _ 3 cc _ _
3 China China PROPN _ _ 1 conj _ Actor=CHN
4 met meet VERB _ _ 0 root _ SpaceAfter=No
5 . . PUNCT _ _ 4 punct _ _
",
        &["CHN 040 RUS", "RUS 040 CHN"],
    ),
    (
        "coordinated objects",
        None,
        "
1 France France PROPN _ _ 2 nsubj _ Actor=FRA
2 criticized criticize VERB _ _ 0 root _ _
3 Russia Russia PROPN _ _ 2 obj _ Actor=RUS
4 and and CCONJ _ _ 5 cc _ _
5 Iran Iran PROPN _ _ 3 conj _ Actor=IRN|SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _
",
        &["FRA 111 IRN", "FRA 111 RUS"],
    ),
    (
        "relative clause takes the antecedent",
        None,
        "
1 Putin Putin PROPN _ _ 7 nsubj _ Actor=RUSGOV|SpaceAfter=No
2 , , PUNCT _ _ 4 punct _ _
3 who who PRON _ PronType=Rel 4 nsubj _ _
4 visited visit VERB _ _ 1 acl:relcl _ _
5 China China PROPN _ _ 4 obj _ Actor=CHN|SpaceAfter=No
6 , , PUNCT _ _ 4 punct _ _
7 praised praise VERB _ _ 0 root _ _
8 Xi Xi PROPN _ _ 7 obj _ Actor=CHNGOV|SpaceAfter=No
9 . . PUNCT _ _ 7 punct _ _
",
        &["RUSGOV 042 CHN", "RUSGOV 051 CHNGOV"],
    ),
    (
        "control verb: wants to strengthen cooperation",
        None,
        "
1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS
2 wants want VERB _ _ 0 root _ _
3 to to PART _ _ 4 mark _ _
4 strengthen strengthen VERB _ VerbForm=Inf 2 xcomp _ _
5 cooperation cooperation NOUN _ _ 4 obj _ _
6 with with ADP _ _ 7 case _ _
7 China China PROPN _ _ 5 nmod _ Actor=CHN|SpaceAfter=No
8 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 030 CHN intent"],
    ),
    (
        "reported speech codes the reported act",
        None,
        "
1 Kyiv Kyiv PROPN _ _ 2 nsubj _ Actor=UKRGOV
2 said say VERB _ _ 0 root _ _
3 that that SCONJ _ _ 5 mark _ _
4 Russia Russia PROPN _ _ 5 nsubj _ Actor=RUS
5 attacked attack VERB _ _ 2 ccomp _ _
6 Odesa Odesa PROPN _ _ 5 obj _ Actor=UKR|SpaceAfter=No
7 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 190 UKR"],
    ),
    (
        "accusation: its content is not a fact",
        None,
        "
1 The the DET _ _ 2 det _ _
2 US US PROPN _ _ 3 nsubj _ Actor=USA
3 accused accuse VERB _ _ 0 root _ _
4 North North PROPN _ _ 5 compound _ Actor=PRK
5 Korea Korea PROPN _ _ 3 obj _ Actor=PRK
6 of of SCONJ _ _ 7 mark _ _
7 arming arm VERB _ VerbForm=Ger 3 advcl _ _
8 Russia Russia PROPN _ _ 7 obj _ Actor=RUS|SpaceAfter=No
9 . . PUNCT _ _ 3 punct _ _
",
        &["USA 112 PRK"],
    ),
    (
        "future visit is an intent to meet",
        None,
        "
1 Biden Biden PROPN _ _ 3 nsubj _ Actor=USAGOV
2 will will AUX _ _ 3 aux _ _
3 visit visit VERB _ VerbForm=Inf 0 root _ _
4 Germany Germany PROPN _ _ 3 obj _ Actor=DEU|SpaceAfter=No
5 . . PUNCT _ _ 3 punct _ _
",
        &["USAGOV 036 DEU intent"],
    ),
    (
        "conditional sanctions are a threat; the condition is not coded",
        None,
        "
1 Washington Washington PROPN _ _ 3 nsubj _ Actor=USAGOV
2 will will AUX _ _ 3 aux _ _
3 impose impose VERB _ VerbForm=Inf 0 root _ _
4 sanctions sanction NOUN _ Number=Plur 3 obj _ _
5 on on ADP _ _ 6 case _ _
6 Moscow Moscow PROPN _ _ 3 obl _ Actor=RUSGOV
7 if if SCONJ _ _ 9 mark _ _
8 it it PRON _ _ 9 nsubj _ _
9 attacks attack VERB _ _ 3 advcl _ _
10 Kyiv Kyiv PROPN _ _ 9 obj _ Actor=UKRGOV|SpaceAfter=No
11 . . PUNCT _ _ 3 punct _ _
",
        &["USAGOV 1312 RUSGOV conditional"],
    ),
    (
        "negation: the act did not happen",
        None,
        "
1 Israel Israel PROPN _ _ 4 nsubj _ Actor=ISR
2 did do AUX _ _ 4 aux _ _
3 not not PART _ _ 4 advmod _ _
4 attack attack VERB _ VerbForm=Inf 0 root _ _
5 Iran Iran PROPN _ _ 4 obj _ Actor=IRN|SpaceAfter=No
6 . . PUNCT _ _ 4 punct _ _
",
        &["ISR 190 IRN negated"],
    ),
    (
        "refusal to meet is a rejection",
        None,
        "
1 Iran Iran PROPN _ _ 2 nsubj _ Actor=IRN
2 refused refuse VERB _ _ 0 root _ _
3 to to PART _ _ 4 mark _ _
4 meet meet VERB _ VerbForm=Inf 2 xcomp _ _
5 the the DET _ _ 6 det _ _
6 US US PROPN _ _ 4 obj _ Actor=USA|SpaceAfter=No
7 . . PUNCT _ _ 2 punct _ _
",
        &["IRN 125 USA"],
    ),
    (
        "question is not a fact",
        None,
        "
1 Will will AUX _ _ 3 aux _ _
2 China China PROPN _ _ 3 nsubj _ Actor=CHN
3 attack attack VERB _ VerbForm=Inf 0 root _ _
4 Taiwan Taiwan PROPN _ _ 3 obj _ Actor=TWN|SpaceAfter=No
5 ? ? PUNCT _ _ 3 punct _ _
",
        &[],
    ),
    (
        "hypothetical modal is not a fact",
        None,
        "
1 Russia Russia PROPN _ _ 3 nsubj _ Actor=RUS
2 could could AUX _ _ 3 aux _ _
3 attack attack VERB _ VerbForm=Inf 0 root _ _
4 Poland Poland PROPN _ _ 3 obj _ Actor=POL|SpaceAfter=No
5 . . PUNCT _ _ 3 punct _ _
",
        &[],
    ),
    (
        "promised aid is intent to provide aid",
        None,
        "
1 Germany Germany PROPN _ _ 2 nsubj _ Actor=DEU
2 promised promise VERB _ _ 0 root _ _
3 to to PART _ _ 4 mark _ _
4 send send VERB _ VerbForm=Inf 2 xcomp _ _
5 aid aid NOUN _ _ 4 obj _ _
6 to to ADP _ _ 7 case _ _
7 Ukraine Ukraine PROPN _ _ 4 obl _ Actor=UKR|SpaceAfter=No
8 . . PUNCT _ _ 2 punct _ _
",
        &["DEU 033 UKR intent"],
    ),
    (
        "appeal to withdraw: object control gives the target",
        None,
        "
1 The the DET _ _ 2 det _ _
2 EU EU PROPN _ _ 3 nsubj _ Actor=IGOEUREEC
3 urged urge VERB _ _ 0 root _ _
4 Russia Russia PROPN _ _ 3 obj _ Actor=RUS
5 to to PART _ _ 6 mark _ _
6 withdraw withdraw VERB _ VerbForm=Inf 3 xcomp _ _
7 its its PRON _ Poss=Yes 8 nmod:poss _ _
8 troops troop NOUN _ Number=Plur 6 obj _ _
9 from from ADP _ _ 10 case _ _
10 Ukraine Ukraine PROPN _ _ 6 obl _ Actor=UKR|SpaceAfter=No
11 . . PUNCT _ _ 3 punct _ _
",
        &["IGOEUREEC 025 RUS"],
    ),
    (
        "nominal event with of-genitive",
        None,
        "
1 The the DET _ _ 2 det _ _
2 visit visit NOUN _ _ 9 nsubj _ _
3 of of ADP _ _ 6 case _ _
4 the the DET _ _ 6 det _ _
5 Russian Russian ADJ _ _ 6 amod _ Actor=RUSGOV
6 minister minister NOUN _ _ 2 nmod _ Actor=RUSGOV
7 to to ADP _ _ 8 case _ _
8 China China PROPN _ _ 2 nmod _ Actor=CHN
9 ended end VERB _ _ 0 root _ SpaceAfter=No
10 . . PUNCT _ _ 9 punct _ _
",
        &["RUSGOV 042 CHN"],
    ),
    (
        "apposition names the source",
        None,
        "
1 The the DET _ _ 2 det _ _
2 spokesman spokesman NOUN _ _ 7 nsubj _ SpaceAfter=No
3 , , PUNCT _ _ 4 punct _ _
4 Vedant Vedant PROPN _ _ 2 appos _ Actor=USAGOV
5 Patel Patel PROPN _ _ 4 flat _ Actor=USAGOV|SpaceAfter=No
6 , , PUNCT _ _ 4 punct _ _
7 criticized criticize VERB _ _ 0 root _ _
8 Russia Russia PROPN _ _ 7 obj _ Actor=RUS|SpaceAfter=No
9 . . PUNCT _ _ 7 punct _ _
",
        &["USAGOV 111 RUS"],
    ),
    (
        "phrasal verb rules out talks",
        None,
        "
1 The the DET _ _ 2 det _ _
2 US US PROPN _ _ 3 nsubj _ Actor=USA
3 ruled rule VERB _ _ 0 root _ _
4 out out ADP _ _ 3 compound:prt _ _
5 talks talk NOUN _ Number=Plur 3 obj _ _
6 with with ADP _ _ 7 case _ _
7 Iran Iran PROPN _ _ 5 nmod _ Actor=IRN|SpaceAfter=No
8 . . PUNCT _ _ 3 punct _ _
",
        &["USA 125 IRN"],
    ),
    (
        "weekday resolved against the publication date",
        Some("2023-08-16"),
        "
1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS
2 attacked attack VERB _ _ 0 root _ _
3 Ukraine Ukraine PROPN _ _ 2 obj _ Actor=UKR
4 on on ADP _ _ 5 case _ _
5 Tuesday Tuesday PROPN _ _ 2 obl _ SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 190 UKR @2023-08-15"],
    ),
    (
        "resolver fills an argument without a mention",
        None,
        "
1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS
2 shelled shell VERB _ _ 0 root _ _
3 Ukraine Ukraine PROPN _ _ 2 obj _ SpaceAfter=No
4 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 194 UKR"],
    ),
    (
        "light verb: launched an attack on",
        None,
        "
1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS
2 launched launch VERB _ _ 0 root _ _
3 an a DET _ _ 4 det _ _
4 attack attack NOUN _ _ 2 obj _ _
5 on on ADP _ _ 6 case _ _
6 Kyiv Kyiv PROPN _ _ 4 nmod _ Actor=UKRGOV|SpaceAfter=No
7 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 190 UKRGOV"],
    ),
    (
        "possessive agent and of-patient of a nominal event",
        None,
        "
1 Russia Russia PROPN _ _ 3 nmod:poss _ Actor=RUS|SpaceAfter=No
2 's 's PART _ _ 1 case _ _
3 invasion invasion NOUN _ _ 6 nsubj _ _
4 of of ADP _ _ 5 case _ _
5 Ukraine Ukraine PROPN _ _ 3 nmod _ Actor=UKR
6 continued continue VERB _ _ 0 root _ SpaceAfter=No
7 . . PUNCT _ _ 6 punct _ _
",
        &["RUS 190 UKR"],
    ),
    (
        "a cancelled visit is not coded",
        None,
        "
1 France France PROPN _ _ 2 nsubj _ Actor=FRA
2 cancelled cancel VERB _ _ 0 root _ _
3 the the DET _ _ 4 det _ _
4 visit visit NOUN _ _ 2 obj _ _
5 of of ADP _ _ 7 case _ _
6 the the DET _ _ 7 det _ _
7 minister minister NOUN _ _ 4 nmod _ Actor=FRAGOV
8 to to ADP _ _ 9 case _ _
9 Haiti Haiti PROPN _ _ 4 nmod _ Actor=HTI|SpaceAfter=No
10 . . PUNCT _ _ 2 punct _ _
",
        &[],
    ),
    (
        "failed to reach an agreement: negated, both ways",
        None,
        "
1 Israel Israel PROPN _ _ 5 nsubj _ Actor=ISR
2 and and CCONJ _ _ 4 cc _ _
3 the the DET _ _ 4 det _ _
4 Palestinians Palestinian PROPN _ _ 1 conj _ Actor=PSE
5 failed fail VERB _ _ 0 root _ _
6 to to PART _ _ 7 mark _ _
7 reach reach VERB _ VerbForm=Inf 5 xcomp _ _
8 an a DET _ _ 9 det _ _
9 agreement agreement NOUN _ _ 7 obj _ SpaceAfter=No
10 . . PUNCT _ _ 5 punct _ _
",
        &["ISR 057 PSE negated", "PSE 057 ISR negated"],
    ),
    (
        "would be ready to host: hypothetical",
        None,
        "
1 Morocco Morocco PROPN _ _ 4 nsubj _ Actor=MAR
2 would would AUX _ _ 4 aux _ _
3 be be AUX _ _ 4 cop _ _
4 ready ready ADJ _ _ 0 root _ _
5 to to PART _ _ 6 mark _ _
6 host host VERB _ VerbForm=Inf 4 xcomp _ _
7 a a DET _ _ 8 det _ _
8 meeting meeting NOUN _ _ 6 obj _ _
9 between between ADP _ _ 10 case _ _
10 Israel Israel PROPN _ _ 8 nmod _ Actor=ISR
11 and and CCONJ _ _ 13 cc _ _
12 the the DET _ _ 13 det _ _
13 PLO PLO PROPN _ _ 10 conj _ Actor=PSE|SpaceAfter=No
14 . . PUNCT _ _ 4 punct _ _
",
        &[],
    ),
    (
        "a pronoun in reported speech is the speaker; willing to is intent",
        None,
        "
1 Syria Syria PROPN _ _ 2 nsubj _ Actor=SYR
2 says say VERB _ _ 0 root _ _
3 it it PRON _ PronType=Prs 5 nsubj _ _
4 is be AUX _ _ 5 cop _ _
5 willing willing ADJ _ _ 2 ccomp _ _
6 to to PART _ _ 7 mark _ _
7 withdraw withdraw VERB _ VerbForm=Inf 5 xcomp _ _
8 its its PRON _ Poss=Yes|PronType=Prs 9 nmod:poss _ _
9 troops troop NOUN _ _ 7 obj _ _
10 from from ADP _ _ 11 case _ _
11 Lebanon Lebanon PROPN _ _ 7 obl _ Actor=LBN|SpaceAfter=No
12 . . PUNCT _ _ 2 punct _ _
",
        &["SYR 0356 LBN intent"],
    ),
    (
        "sector-only actor without a country is not coded",
        None,
        "
1 The the DET _ _ 2 det _ _
2 soldiers soldier NOUN _ _ 3 nsubj _ Actor=---MIL
3 attacked attack VERB _ _ 0 root _ _
4 Ukraine Ukraine PROPN _ _ 3 obj _ Actor=UKR|SpaceAfter=No
5 . . PUNCT _ _ 3 punct _ _
",
        &[],
    ),
];

const GERMAN: &[Case] = &[
    (
        "vorwerfen: only the accusation is coded",
        None,
        "
1 Die der DET _ _ 2 det _ _
2 USA USA PROPN _ Case=Nom 3 nsubj _ Actor=USA
3 werfen werfen VERB _ _ 0 root _ _
4 Moskau Moskau PROPN _ Case=Dat 3 iobj _ _
5 vor vor ADP _ _ 3 compound:prt _ SpaceAfter=No
6 , , PUNCT _ _ 9 punct _ _
7 Nordkorea Nordkorea PROPN _ Case=Acc 9 obj _ Actor=PRK
8 zu zu PART _ _ 9 mark _ _
9 bewaffnen bewaffnen VERB _ VerbForm=Inf 3 xcomp _ SpaceAfter=No
10 . . PUNCT _ _ 3 punct _ _
",
        &["USA 112 RUSGOV"],
    ),
    (
        "wollen … verstärken: intent, both ways",
        None,
        "
1 Lula Lula PROPN _ Case=Nom 9 nsubj _ Actor=BRAGOV
2 und und CCONJ _ _ 3 cc _ _
3 Narendra Narendra PROPN _ _ 1 conj _ Actor=INDGOV
4 Damodardas Damodardas PROPN _ _ 3 flat _ Actor=INDGOV
5 Modi Modi PROPN _ _ 3 flat _ Actor=INDGOV
6 wollen wollen AUX _ _ 9 aux _ _
7 ihre ihr DET _ Poss=Yes 8 det:poss _ _
8 Zusammenarbeit Zusammenarbeit NOUN _ Case=Acc 9 obj _ _
9 verstärken verstärken VERB _ VerbForm=Inf 0 root _ _
",
        &["BRAGOV 030 INDGOV intent", "INDGOV 030 BRAGOV intent"],
    ),
    (
        "plädieren für Zusammenarbeit, dated",
        Some("2023-08-16"),
        "
1 Der der DET _ _ 3 det _ _
2 brasilianische brasilianisch ADJ _ _ 3 amod _ Actor=BRAGOV
3 Präsident Präsident NOUN _ Case=Nom 6 nsubj _ Actor=BRAGOV
4 und und CCONJ _ _ 5 cc _ _
5 Indien Indien PROPN _ _ 3 conj _ Actor=IND
6 plädierten plädieren VERB _ Tense=Past 0 root _ _
7 am an ADP _ _ 8 case _ _
8 Montag Montag NOUN _ _ 6 obl _ _
9 für für ADP _ _ 12 case _ _
10 eine ein DET _ _ 12 det _ _
11 engere eng ADJ _ _ 12 amod _ _
12 Zusammenarbeit Zusammenarbeit NOUN _ _ 6 obl _ SpaceAfter=No
13 . . PUNCT _ _ 6 punct _ _
",
        &["BRAGOV 030 IND intent @2023-08-14", "IND 030 BRAGOV intent @2023-08-14"],
    ),
    (
        "nominal visit with genitive source, Ende Juli",
        Some("2023-08-16"),
        "
1 Das das PRON _ _ 13 nsubj _ _
2 wurde werden AUX _ Tense=Past 13 cop _ _
3 mit mit ADP _ _ 5 case _ _
4 dem der DET _ _ 5 det _ _
5 Besuch Besuch NOUN _ Case=Acc 13 obl _ _
6 des der DET _ _ 8 det _ _
7 türkischen türkisch ADJ _ _ 8 amod _ Actor=TURGOV
8 Außenministers Außenminister NOUN _ Case=Gen 5 nmod _ Actor=TURGOV
9 in in ADP _ _ 10 case _ _
10 Ägypten Ägypten PROPN _ _ 5 nmod _ Actor=EGY
11 Ende Ende NOUN _ _ 13 obl _ _
12 Juli Juli PROPN _ _ 11 nmod _ _
13 klar klar ADJ _ _ 0 root _ SpaceAfter=No
14 . . PUNCT _ _ 13 punct _ _
",
        &["TURGOV 042 EGY @2023-07"],
    ),
    (
        "passive with von-agent",
        None,
        "
1 Die der DET _ _ 2 det _ _
2 Ukraine Ukraine PROPN _ _ 6 nsubj:pass _ Actor=UKR
3 wurde werden AUX _ Tense=Past 6 aux:pass _ _
4 von von ADP _ _ 5 case _ _
5 Russland Russland PROPN _ _ 6 obl _ Actor=RUS
6 angegriffen angreifen VERB _ VerbForm=Part 0 root _ SpaceAfter=No
7 . . PUNCT _ _ 6 punct _ _
",
        &["RUS 190 UKR"],
    ),
    (
        "separable verb: griff … an",
        None,
        "
1 Russland Russland PROPN _ _ 2 nsubj _ Actor=RUS
2 griff greifen VERB _ Tense=Past 0 root _ _
3 die der DET _ _ 4 det _ _
4 Ukraine Ukraine PROPN _ _ 2 obj _ Actor=UKR
5 an an ADP _ _ 2 compound:prt _ SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _
",
        &["RUS 190 UKR"],
    ),
    (
        "light verb: Sanktionen verhängen gegen",
        None,
        "
1 Die der DET _ _ 2 det _ _
2 EU EU PROPN _ _ 3 nsubj _ Actor=IGOEUREEC
3 verhängte verhängen VERB _ _ 0 root _ _
4 Sanktionen Sanktion NOUN _ _ 3 obj _ _
5 gegen gegen ADP _ _ 6 case _ _
6 Russland Russland PROPN _ _ 4 nmod _ Actor=RUS|SpaceAfter=No
7 . . PUNCT _ _ 3 punct _ _
",
        &["IGOEUREEC 163 RUS"],
    ),
    (
        "drohen mit Sanktionen",
        None,
        "
1 Die der DET _ _ 2 det _ _
2 EU EU PROPN _ _ 3 nsubj _ Actor=IGOEUREEC
3 drohte drohen VERB _ _ 0 root _ _
4 Russland Russland PROPN _ Case=Dat 3 iobj _ Actor=RUS
5 mit mit ADP _ _ 6 case _ _
6 Sanktionen Sanktion NOUN _ _ 3 obl _ SpaceAfter=No
7 . . PUNCT _ _ 3 punct _ _
",
        &["IGOEUREEC 1312 RUS"],
    ),
    (
        "future visit next week",
        Some("2023-08-28"),
        "
1 Scholz Scholz PROPN _ _ 6 nsubj _ Actor=DEUGOV
2 wird werden AUX _ _ 6 aux _ _
3 nächste nächst ADJ _ _ 4 amod _ _
4 Woche Woche NOUN _ _ 6 obl _ _
5 China China PROPN _ _ 6 obj _ Actor=CHN
6 besuchen besuchen VERB _ VerbForm=Inf 0 root _ SpaceAfter=No
7 . . PUNCT _ _ 6 punct _ _
",
        &["DEUGOV 036 CHN intent @2023-09"],
    ),
    (
        "negated attack",
        None,
        "
1 Russland Russland PROPN _ _ 6 nsubj _ Actor=RUS
2 hat haben AUX _ _ 6 aux _ _
3 die der DET _ _ 4 det _ _
4 Ukraine Ukraine PROPN _ _ 6 obj _ Actor=UKR
5 nicht nicht PART _ _ 6 advmod _ _
6 angegriffen angreifen VERB _ VerbForm=Part 0 root _ SpaceAfter=No
7 . . PUNCT _ _ 6 punct _ _
",
        &["RUS 190 UKR negated"],
    ),
    (
        "sich aussprechen für … Zusammenarbeit mit",
        None,
        "
1 Erdogan Erdogan PROPN _ _ 2 nsubj _ Actor=TURGOV
2 sprach sprechen VERB _ _ 0 root _ _
3 sich er PRON _ Reflex=Yes 2 expl:pv _ _
4 für für ADP _ _ 6 case _ _
5 eine ein DET _ _ 6 det _ _
6 Vertiefung Vertiefung NOUN _ _ 2 obl _ _
7 der der DET _ _ 8 det _ _
8 Zusammenarbeit Zusammenarbeit NOUN _ Case=Gen 6 nmod _ _
9 mit mit ADP _ _ 10 case _ _
10 Kairo Kairo PROPN _ _ 8 nmod _ Actor=EGYGOV
11 aus aus ADP _ _ 2 compound:prt _ SpaceAfter=No
12 . . PUNCT _ _ 2 punct _ _
",
        &["TURGOV 030 EGYGOV intent"],
    ),
    (
        "verdächtigen: the suspected act is not coded",
        None,
        "
1 Die der DET _ _ 2 det _ _
2 Ukraine Ukraine PROPN _ _ 3 nsubj _ Actor=UKR
3 verdächtigt verdächtigen VERB _ _ 0 root _ _
4 Minsk Minsk PROPN _ _ 3 obj _ Actor=BLRGOV|SpaceAfter=No
5 , , PUNCT _ _ 9 punct _ _
6 Drohnen Drohne NOUN _ _ 9 obj _ _
7 aus aus ADP _ _ 8 case _ _
8 Iran Iran PROPN _ _ 9 obl _ Actor=IRN
9 beschaffen beschaffen VERB _ VerbForm=Inf 3 xcomp _ SpaceAfter=No
10 . . PUNCT _ _ 3 punct _ _
",
        &["UKR 112 BLRGOV"],
    ),
    (
        "one mention over a listed group: one event per state",
        None,
        "
1 Die der DET _ _ 4 det _ Actor=IGOEUREEC
2 EU EU PROPN _ _ 4 compound _ Actor=IGOEUREEC|SpaceAfter=No
3 - - PUNCT _ _ 2 punct _ Actor=IGOEUREEC|SpaceAfter=No
4 Staaten Staat NOUN _ _ 10 nsubj _ Actor=IGOEUREEC|SpaceAfter=No
5 , , PUNCT _ _ 7 punct _ Actor=IGOEUREEC
6 die der DET _ _ 7 det _ Actor=IGOEUREEC
7 USA USA PROPN _ _ 2 conj _ Actor=IGOEUREEC
8 und und CCONJ _ _ 9 cc _ Actor=IGOEUREEC
9 Polen Polen PROPN _ _ 2 conj _ Actor=IGOEUREEC
10 forderten fordern VERB _ _ 0 root _ _
11 Nigeria Nigeria PROPN _ _ 10 obj _ Actor=NGA
12 auf auf ADP _ _ 10 compound:prt _ SpaceAfter=No
13 . . PUNCT _ _ 10 punct _ _
",
        &["IGOEUREEC 020 NGA", "POL 020 NGA", "USA 020 NGA"],
    ),
    (
        "planned summit between listed states: intent to meet, all pairs",
        Some("2023-08-16"),
        "
1 Die die DET _ _ 2 det _ _
2 Erwartungen Erwartung NOUN _ _ 3 nsubj _ _
3 steigen steigen VERB _ _ 0 root _ _
4 vor vor ADP _ _ 6 case _ _
5 einem ein DET _ _ 6 det _ _
6 Gipfeltreffen Gipfeltreffen NOUN _ _ 3 obl _ _
7 zwischen zwischen ADP _ _ 9 case _ _
8 den der DET _ _ 9 det _ _
9 Außenministern Außenminister NOUN _ _ 6 nmod _ _
10 Perus Peru PROPN _ Case=Gen 9 nmod _ Actor=PER|SpaceAfter=No
11 , , PUNCT _ _ 14 punct _ _
12 der der DET _ _ 14 det _ Actor=USA
13 Vereinigten vereinigt ADJ _ _ 14 amod _ Actor=USA
14 Staaten Staat PROPN _ Case=Gen 10 conj _ Actor=USA
15 und und CCONJ _ _ 16 cc _ _
16 Chiles Chile PROPN _ Case=Gen 10 conj _ Actor=CHL|SpaceAfter=No
17 , , PUNCT _ _ 23 punct _ _
18 das der PRON _ PronType=Rel 23 nsubj _ _
19 am an ADP _ _ 20 case _ _
20 Freitag Freitag NOUN _ _ 23 obl _ _
21 in in ADP _ _ 22 case _ _
22 Lima Lima PROPN _ _ 23 obl _ _
23 stattfinden stattfinden VERB _ VerbForm=Inf 6 acl:relcl _ _
24 soll sollen AUX _ _ 23 aux _ SpaceAfter=No
25 . . PUNCT _ _ 3 punct _ _
",
        &[
            "CHL 036 PER intent @2023-08-18",
            "CHL 036 USA intent @2023-08-18",
            "PER 036 CHL intent @2023-08-18",
            "PER 036 USA intent @2023-08-18",
            "USA 036 CHL intent @2023-08-18",
            "USA 036 PER intent @2023-08-18",
        ],
    ),
    (
        "nominal visit whose destination the parser hung on the visitor",
        Some("2024-06-10"),
        "
1 Das der PRON _ _ 2 obj _ _
2 zeigte zeigen VERB _ _ 0 root _ _
3 der der DET _ _ 4 det _ _
4 Besuch Besuch NOUN _ _ 2 nsubj _ _
5 des der DET _ _ 7 det _ _
6 chinesischen chinesisch ADJ _ _ 7 amod _ Actor=CHNGOV
7 Außenministers Außenminister NOUN _ Case=Gen 4 nmod _ Actor=CHNGOV
8 in in ADP _ _ 9 case _ _
9 Kuba Kuba PROPN _ _ 7 nmod _ Actor=CUB
10 Ende Ende NOUN _ _ 9 flat _ _
11 Mai Mai PROPN _ _ 9 flat _ SpaceAfter=No
12 . . PUNCT _ _ 2 punct _ _
",
        &["CHNGOV 042 CUB @2024-05"],
    ),
    (
        "planned talks: relative clause on the last noun, agreeing with the event noun",
        Some("2024-03-05"),
        "
1 Bevor bevor ADV _ _ 2 advmod _ _
2 steht stehen VERB _ _ 0 root _ _
3 ein ein DET _ _ 4 det _ _
4 Treffen Treffen NOUN _ Gender=Neut|Number=Sing 2 nsubj _ _
5 zwischen zwischen ADP _ _ 6 case _ _
6 Indien Indien PROPN _ _ 4 nmod _ Actor=IND
7 und und CCONJ _ _ 8 cc _ _
8 Brasilien Brasilien PROPN _ Gender=Neut|Number=Sing 6 conj _ Actor=BRA|SpaceAfter=No
9 , , PUNCT _ _ 13 punct _ _
10 das der PRON _ Gender=Neut|Number=Sing|PronType=Dem,Rel 13 nsubj _ _
11 am an ADP _ _ 12 case _ _
12 Donnerstag Donnerstag PROPN _ _ 13 obl _ _
13 stattfinden stattfinden VERB _ VerbForm=Inf 8 acl _ _
14 soll sollen AUX _ _ 13 aux _ SpaceAfter=No
15 . . PUNCT _ _ 2 punct _ _
",
        &["BRA 036 IND intent @2024-03-07", "IND 036 BRA intent @2024-03-07"],
    ),
    (
        "claiming that a state would violate an agreement is an accusation",
        None,
        "
1 Die der DET _ _ 2 det _ Actor=UKR
2 Ukraine Ukraine PROPN _ _ 4 nsubj _ Actor=UKR
3 hat haben AUX _ _ 4 aux _ _
4 behauptet behaupten VERB _ VerbForm=Part 0 root _ SpaceAfter=No
5 , , PUNCT _ _ 11 punct _ _
6 Belarus Belarus PROPN _ _ 11 nsubj _ Actor=BLR
7 würde werden AUX _ Mood=Sub 11 aux _ _
8 gegen gegen ADP _ _ 10 case _ _
9 das der DET _ _ 10 det _ _
10 Abkommen Abkommen NOUN _ _ 11 obl _ _
11 verstoßen verstoßen VERB _ VerbForm=Inf 4 ccomp _ SpaceAfter=No
12 . . PUNCT _ _ 4 punct _ _
",
        &["UKR 112 BLR"],
    ),
    (
        "labelling an act a provocation of a state denounces that state (genitive on the determiner)",
        None,
        "
1 Teheran Teheran PROPN _ _ 2 nsubj _ Actor=IRNGOV
2 nannte nennen VERB _ _ 0 root _ _
3 den der DET _ _ 4 det _ _
4 Anschlag Anschlag NOUN _ _ 2 obj _ _
5 eine ein DET _ _ 6 det _ _
6 Provokation Provokation NOUN _ _ 2 xcomp _ _
7 der der DET _ Case=Gen 8 det _ _
8 USA USA PROPN _ _ 6 nmod _ Actor=USA|SpaceAfter=No
9 . . PUNCT _ _ 2 punct _ _
",
        &["IRNGOV 111 USA"],
    ),
    (
        "predicative als-phrase under the object; genitive without case features",
        None,
        "
1 Kiew Kiew PROPN _ _ 2 nsubj _ Actor=UKRGOV
2 nannte nennen VERB _ _ 0 root _ _
3 den der DET _ _ 4 det _ _
4 Beschuss Beschuss NOUN _ _ 2 obj _ _
5 als als ADP _ _ 7 case _ _
6 eine ein DET _ _ 7 det _ _
7 Aggression Aggression NOUN _ _ 4 nmod _ _
8 Russlands Russland PROPN _ _ 7 nmod _ Actor=RUS|SpaceAfter=No
9 . . PUNCT _ _ 2 punct _ _
",
        &["UKRGOV 111 RUS"],
    ),
    (
        "condemning an attack aims at the attacker; strong preterite lemma; expelled diplomats",
        None,
        "
1 Die der DET _ _ 3 det _ _
2 lettische lettisch ADJ _ _ 3 amod _ Actor=LVAGOV
3 Regierung Regierung NOUN _ _ 4 nsubj _ Actor=LVAGOV
4 verurteilte verurteilen VERB _ Tense=Past 0 root _ _
5 den der DET _ _ 7 det _ _
6 belarussischen belarussisch ADJ _ _ 7 amod _ Actor=BLR
7 Überfall Überfall NOUN _ _ 4 obj _ _
8 auf auf ADP _ _ 9 case _ _
9 Vilnius Vilnius PROPN _ _ 7 nmod _ Actor=LTUGOV|SpaceAfter=No
10 . . PUNCT _ _ 4 punct _ _

1 Chile Chile PROPN _ _ 2 nsubj _ Actor=CHL
2 empfing empfängen VERB _ Tense=Past 0 root _ _
3 den der DET _ _ 5 det _ _
4 peruanischen peruanisch ADJ _ _ 5 amod _ Actor=PERGOV
5 Präsidenten Präsident NOUN _ _ 2 obj _ Actor=PERGOV|SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _

1 Norwegen Norwegen PROPN _ _ 2 nsubj _ Actor=NOR
2 wies weisen VERB _ Tense=Past 0 root _ _
3 drei drei NUM _ _ 5 nummod _ _
4 russische russisch ADJ _ _ 5 amod _ Actor=RUSGOV
5 Diplomaten Diplomat NOUN _ _ 2 obj _ Actor=RUSGOV
6 aus aus ADP _ _ 2 compound:prt _ SpaceAfter=No
7 . . PUNCT _ _ 2 punct _ _
",
        &["LVAGOV 111 BLR", "CHL 043 PERGOV", "NOR 161 RUSGOV"],
    ),
    (
        "present tense with a weekday is a scheduled act: intent, next such day",
        Some("2024-03-12"),
        "
1 Baerbock Baerbock PROPN _ _ 2 nsubj _ Actor=DEUGOV
2 reist reisen VERB _ Mood=Ind|Tense=Pres|VerbForm=Fin 0 root _ _
3 am an ADP _ _ 4 case _ _
4 Donnerstag Donnerstag NOUN _ _ 2 obl _ _
5 nach nach ADP _ _ 6 case _ _
6 Israel Israel PROPN _ _ 2 obl _ Actor=ISR|SpaceAfter=No
7 . . PUNCT _ _ 2 punct _ _

1 Baerbock Baerbock PROPN _ _ 2 nsubj _ Actor=DEUGOV
2 reiste reisen VERB _ Mood=Ind|Tense=Past|VerbForm=Fin 0 root _ _
3 am an ADP _ _ 4 case _ _
4 Montag Montag NOUN _ _ 2 obl _ _
5 nach nach ADP _ _ 6 case _ _
6 Israel Israel PROPN _ _ 2 obl _ Actor=ISR|SpaceAfter=No
7 . . PUNCT _ _ 2 punct _ _
",
        &["DEUGOV 036 ISR intent @2024-03-14", "DEUGOV 042 ISR @2024-03-11"],
    ),
    (
        "hypothetical würde is not a fact",
        None,
        "
1 Russland Russland PROPN _ _ 6 nsubj _ Actor=RUS
2 würde werden AUX _ Mood=Sub 6 aux _ _
3 gegen gegen ADP _ _ 4 case _ _
4 Polen Polen PROPN _ _ 6 obl _ Actor=POL
5 militärisch militärisch ADV _ _ 6 advmod _ _
6 vorgehen vorgehen VERB _ VerbForm=Inf 0 root _ SpaceAfter=No
7 . . PUNCT _ _ 6 punct _ _
",
        &[],
    ),
];

#[test]
fn english_cases() {
    for (name, date, conllu, expected) in ENGLISH {
        check(name, Lang::En, *date, conllu, expected);
    }
}

const FRENCH: &[Case] = &[
    (
        "an article the resolver took for the UN acronym is no actor",
        None,
        "
1 Un un DET _ _ 2 det _ Actor=IGOUNO
2 diplomate diplomate NOUN _ _ 4 nsubj _ Actor=IGOUNO
3 a avoir AUX _ _ 4 aux _ _
4 critiqué critiquer VERB _ VerbForm=Part 0 root _ _
5 la le DET _ _ 6 det _ _
6 Chine Chine PROPN _ _ 4 obj _ Actor=CHN|SpaceAfter=No
7 . . PUNCT _ _ 4 punct _ _
",
        &[],
    ),
    (
        "the organisation written as a name is kept",
        None,
        "
1 L' le DET _ _ 2 det _ Actor=IGOUNO|SpaceAfter=No
2 O.N.U. O.N.U. PROPN _ _ 4 nsubj _ Actor=IGOUNO
3 a avoir AUX _ _ 4 aux _ _
4 critiqué critiquer VERB _ VerbForm=Part 0 root _ _
5 la le DET _ _ 6 det _ _
6 Chine Chine PROPN _ _ 4 obj _ Actor=CHN|SpaceAfter=No
7 . . PUNCT _ _ 4 punct _ _
",
        &["IGOUNO 111 CHN"],
    ),
    (
        "a capitalised organisation name opening the sentence is kept",
        None,
        "
1 Interpol Interpol PROPN _ _ 3 nsubj _ Actor=IGOINTERPOL
2 a avoir AUX _ _ 3 aux _ _
3 critiqué critiquer VERB _ VerbForm=Part 0 root _ _
4 le le DET _ _ 5 det _ _
5 Venezuela Venezuela PROPN _ _ 3 obj _ Actor=VEN|SpaceAfter=No
6 . . PUNCT _ _ 3 punct _ _
",
        &["IGOINTERPOL 111 VEN"],
    ),
];

#[test]
fn french_cases() {
    for (name, date, conllu, expected) in FRENCH {
        check(name, Lang::Fr, *date, conllu, expected);
    }
}

#[test]
fn german_cases() {
    for (name, date, conllu, expected) in GERMAN {
        check(name, Lang::De, *date, conllu, expected);
    }
}

#[test]
fn unknown_countries_are_kept_on_request() {
    let conllu = ENGLISH.iter().find(|c| c.0.starts_with("sector-only")).map(|c| c.2).unwrap();
    let coder = Coder::new().with_options(crate::CoderOptions { keep_unknown_country: true, ..Default::default() });
    let events = code_with(&coder, Lang::En, None, conllu);
    assert_eq!(events.iter().map(render).collect::<Vec<_>>(), ["---MIL 190 UKR"]);
}

#[test]
fn provenance_is_complete() {
    let conllu = "
1 Putin Putin PROPN _ _ 2 nsubj _ Actor=RUSGOV
2 besuchte besuchen VERB _ Tense=Past 0 root _ _
3 Pjöngjang Pjöngjang PROPN _ _ 2 obj _ Actor=PRKGOV
4 am an ADP _ _ 5 case _ _
5 Dienstag Dienstag NOUN _ _ 2 obl _ SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _

1 Grüße Gruß NOUN _ _ 0 root _ SpaceAfter=No
2 . . PUNCT _ _ 1 punct _ _

1 Schoigu Schoigu PROPN _ _ 2 nsubj _ Actor=RUSGOV
2 traf treffen VERB _ Tense=Past 0 root _ _
3 Kim Kim PROPN _ _ 2 obj _ Actor=PRKGOV
4 in in ADP _ _ 5 case _ _
5 Pjöngjang Pjöngjang PROPN _ _ 2 obl _ SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _
";
    let doc = read_conllu(conllu);
    let events = code_with(&Coder::new(), Lang::De, Some("2023-08-16"), conllu);
    assert_eq!(events.len(), 2, "{events:#?}");
    let e = &events[0];
    assert_eq!((e.doc.as_str(), e.sentence), ("t", 0));
    assert_eq!(e.sentence_span.slice(&doc.text), Some("Putin besuchte Pjöngjang am Dienstag."));
    assert_eq!(e.source.span.slice(&doc.text), Some("Putin"));
    assert_eq!(e.source.text, "Putin");
    let t = e.target.as_ref().unwrap();
    assert_eq!(t.span.slice(&doc.text), Some("Pjöngjang"));
    // "Pjöngjang" has a two-byte "ö": bytes and chars differ.
    assert_eq!(t.span.len(), 10);
    assert_eq!(t.span_char.len(), 9);
    assert_eq!(e.trigger_text, "besuchte");
    assert_eq!((e.cameo.as_str(), e.cameo_root.as_str(), e.plover.as_str(), e.quad), ("042", "04", "CONSULT", 1));
    assert_eq!(e.goldstein, 1.9);
    assert_eq!(e.date.as_deref(), Some("2023-08-15"));
    assert!(e.date_reason.contains("Dienstag"), "{}", e.date_reason);
    assert_eq!(e.rule, "de:verb:besuchen");
    assert!(e.explanation.contains("Make a visit") && e.explanation.contains("RUSGOV"), "{}", e.explanation);
    assert!(e.confidence > 0.5 && e.confidence < 1.0);
    assert_eq!(e.version.pipeline, env!("CARGO_PKG_VERSION"));
    let m = &events[1];
    assert_eq!(m.sentence, 2);
    let loc = m.location.as_ref().expect("location");
    assert_eq!(
        (loc.name.as_str(), loc.country.as_str(), loc.fips.as_str(), loc.geo_type),
        ("Pyongyang", "PRK", "KN", 4)
    );
    assert_eq!(loc.span.and_then(|s| s.slice(&doc.text)), Some("Pjöngjang"));
}

#[test]
fn other_languages_use_their_own_pack() {
    let rows = "condamner\tVERB\t-\tobj\t111\t-\tcondemn\n";
    let (lex, errors) = Lexicon::parse(Lang::Fr, rows);
    assert!(errors.is_empty());
    let coder = Coder::new().with_lexicon(Lang::Fr, lex);
    let conllu = "
1 La le DET _ _ 2 det _ _
2 France France PROPN _ _ 4 nsubj _ Actor=FRA
3 a avoir AUX _ _ 4 aux _ _
4 condamné condamner VERB _ VerbForm=Part 0 root _ _
5 la le DET _ _ 6 det _ _
6 Russie Russie PROPN _ _ 4 obj _ Actor=RUS|SpaceAfter=No
7 . . PUNCT _ _ 4 punct _ _
";
    let events = code_with(&coder, Lang::Fr, None, conllu);
    assert_eq!(events.iter().map(render).collect::<Vec<_>>(), ["FRA 111 RUS"]);
    assert_eq!(events[0].rule, "fr:verb:condamner");
}

#[test]
fn malformed_trees_do_not_panic() {
    let coder = Coder::new();
    for conllu in [
        // Head outside the sentence.
        "1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS\n2 attacked attack VERB _ _ 9 root _ _\n",
        // A cycle.
        "1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS\n2 attacked attack VERB _ _ 3 obj _ _\n3 Ukraine Ukraine PROPN _ _ 2 obj _ Actor=UKR\n",
        // Everything attached to itself.
        "1 attacked attack VERB _ _ 1 root _ _\n",
        // Empty lemmas.
        "1 Russia _ PROPN _ _ 2 nsubj _ Actor=RUS\n2 attacked _ VERB _ _ 0 root _ _\n",
    ] {
        let _ = code_with(&coder, Lang::En, Some("garbage-date"), conllu);
    }
}

#[test]
fn event_coder_trait_codes_documents() {
    use augur_core::{Analysis, DocMeta, Document, EventCoder, SourceRef};
    let conllu = "
1 Russia Russia PROPN _ _ 2 nsubj _ Actor=RUS
2 attacked attack VERB _ _ 0 root _ _
3 Ukraine Ukraine PROPN _ _ 2 obj _ Actor=UKR
4 yesterday yesterday ADV _ _ 2 advmod _ SpaceAfter=No
5 . . PUNCT _ _ 2 punct _ _
";
    let t = read_conllu(conllu);
    let meta = DocMeta { date: Some("2024-02-01T08:00:00Z".into()), ..Default::default() };
    let doc = Document::from_text(SourceRef::path("-"), String::new(), meta, t.text.clone());
    let analysis = Analysis { lang: Some(Lang::En), sentences: t.sentences.clone(), diagnostics: Vec::new() };
    let coder = Coder::new();
    let (events, _) = coder.code(&doc, &analysis, &t.mentions, &StubResolver);
    assert_eq!(events.iter().map(render).collect::<Vec<_>>(), ["RUS 190 UKR @2024-01-31"]);
    assert_eq!(events[0].doc, doc.id);
    assert_eq!(events[0].version.actors, "stub");
    assert_eq!(events[0].version.lexicons, coder.lexicon_hash());
    assert!(!coder.lexicon_hash().is_empty());
    // A language without a pack is not coded.
    let other = Analysis { lang: Some(Lang::Other), ..analysis };
    let (events, diags) = coder.code(&doc, &other, &t.mentions, &StubResolver);
    assert!(events.is_empty());
    assert_eq!(diags.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(), ["not-coded"]);
}

/// Random trees (random heads, relations, lemmas from the lexicon, random mentions and
/// dates) never make the coder panic, and every event it emits is well formed.
#[test]
fn random_trees_never_panic() {
    use augur_core::{ActorMention, Sentence, Span, Word};
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    let lemmas = [
        "attack",
        "visit",
        "meet",
        "sanction",
        "say",
        "want",
        "will",
        "not",
        "Russia",
        "of",
        "by",
        "if",
        "angreifen",
        "vor",
        "sich",
        "Besuch",
        "that",
        "Montag",
        "talk",
    ];
    let upos = ["VERB", "NOUN", "PROPN", "AUX", "PRON", "ADP", "PART", "SCONJ", "ADJ", "CCONJ"];
    let rels = [
        "nsubj",
        "obj",
        "iobj",
        "obl",
        "nmod",
        "xcomp",
        "ccomp",
        "conj",
        "aux",
        "case",
        "mark",
        "advcl",
        "acl:relcl",
        "compound:prt",
        "nsubj:pass",
        "aux:pass",
        "appos",
        "root",
        "det:poss",
        "advmod",
    ];
    let feats = ["", "Voice=Pass", "Tense=Fut", "Mood=Cnd", "PronType=Rel", "Case=Gen", "Polarity=Neg"];
    let coder = Coder::new().with_options(crate::CoderOptions {
        keep_hypothetical: true,
        allow_no_target: true,
        keep_unknown_country: true,
        ..Default::default()
    });
    let id = DocId::from_string("fuzz");
    for round in 0..400 {
        let n = 1 + next(12);
        let mut text = String::new();
        let mut words = Vec::new();
        for i in 0..n {
            let lemma = lemmas[next(lemmas.len())];
            let start = text.len();
            text.push_str(lemma);
            words.push(Word {
                form: lemma.to_string(),
                lemma: if next(5) == 0 { String::new() } else { lemma.to_string() },
                upos: upos[next(upos.len())].to_string(),
                feats: feats[next(feats.len())].to_string(),
                head: next(n + 2), // sometimes out of range, sometimes itself
                deprel: rels[next(rels.len())].to_string(),
                span: Span::new(start, text.len()),
                token: i,
                ..Default::default()
            });
            text.push(' ');
        }
        if round % 7 == 0 {
            text.push('?');
        }
        let sentence = Sentence { span: Span::new(0, text.len()), tokens: Vec::new(), words };
        let mentions: Vec<ActorMention> = (0..next(4))
            .map(|_| {
                let a = next(n + 1);
                let b = a + next(3);
                ActorMention {
                    sentence: 0,
                    words: (a, b),
                    span: Span::new(next(text.len() + 5), text.len() + next(3)),
                    actors: vec![crate::testkit::actor(["RUS", "UKRGOV", "---MIL", "IGOUNO"][next(4)])],
                }
            })
            .collect();
        for lang in [Lang::En, Lang::De, Lang::Ru] {
            let input = SentenceInput {
                doc: &id,
                text: &text,
                sentence: &sentence,
                index: 0,
                lang,
                date: ["2023-08-16", "bogus", "2024-02-29T12:00:00Z"].get(next(4)).copied(),
                mentions: &mentions,
                resolver: &StubResolver,
            };
            let (events, _) = coder.code_sentence(&input, &VersionStamp::pipeline_only());
            for e in events {
                assert!(crate::Ontology::get().contains(&e.cameo), "{}", e.cameo);
                assert_eq!(e.cameo_root, &e.cameo[..2]);
                assert!((1..=4).contains(&e.quad));
                assert!(e.confidence > 0.0 && e.confidence < 1.0);
            }
        }
    }
}
