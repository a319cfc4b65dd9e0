//! CoNLL-U round trip and evaluation scoring on small hand-made gold/system pairs.

use augur_nlp::{conllu, eval};

const SAMPLE: &str = "# sent_id = s1
# text = Er geht zum Markt, nicht wahr?
1\tEr\ter\tPRON\t_\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_
2\tgeht\tgehen\tVERB\t_\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_
3\tzu\tzu\tADP\t_\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\t_\tCase=Dat\t5\tdet\t_\t_
5\tMarkt\tMarkt\tNOUN\t_\tCase=Dat\t2\tobl\t_\tSpaceAfter=No
5.1\tgeht\tgehen\tVERB\t_\t_\t_\t_\t2:conj\t_
6\t,\t,\tPUNCT\t_\t_\t8\tpunct\t_\t_
7\tnicht\tnicht\tPART\t_\tPolarity=Neg\t8\tadvmod\t_\t_
8\twahr\twahr\tADJ\t_\t_\t2\tparataxis\t_\tSpaceAfter=No
9\t?\t?\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = s2
1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_

";

#[test]
fn conllu_round_trip() {
    let (doc, diags) = conllu::parse(SAMPLE);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(doc.sentences.len(), 2);
    let s = &doc.sentences[0];
    assert_eq!(s.comment("sent_id"), Some("s1"));
    assert_eq!(s.sentence.words.len(), 9, "empty node skipped, multiword expanded");
    assert_eq!(s.sentence.tokens.len(), 8);
    assert_eq!(s.sentence.tokens[2].form, "zum");
    assert_eq!(s.sentence.tokens[2].words, (2, 3));
    assert_eq!(s.sentence.words[3].span.slice(&doc.text), Some("zum"));
    assert_eq!(s.sentence.span.slice(&doc.text), Some("Er geht zum Markt, nicht wahr?"));
    assert_eq!(s.sentence.words[1].feat("VerbForm"), Some("Fin"));
    let written = conllu::write(&doc);
    assert!(written.contains("3-4\tzum\t"));
    assert!(written.contains("5\tMarkt\tMarkt\tNOUN\t_\tCase=Dat\t2\tobl\t_\tSpaceAfter=No"));
    let (again, diags) = conllu::parse(&written);
    assert!(diags.is_empty());
    assert_eq!(again.text, doc.text);
    for (a, b) in again.sentences.iter().zip(&doc.sentences) {
        assert_eq!(a.sentence, b.sentence);
    }
    assert!(again.sentences[1].comment("text").is_some(), "# text is written when missing");
}

#[test]
fn malformed_lines_are_reported_not_fatal() {
    let (doc, diags) = conllu::parse("1\tA\n2\tb\tb\tX\t_\t_\t9\tdep\t_\t_\nx\ty\n\n\n");
    assert_eq!(doc.sentences.len(), 0);
    assert!(!diags.is_empty());
    let (doc, _) = conllu::parse("1\tA\ta\tX\t_\t_\t7\tdep\t_\t_\n");
    assert_eq!(doc.sentences[0].sentence.words[0].head, 0, "out-of-range head clamped");
}

fn sys_from(gold: &str, edit: impl Fn(usize, &mut [String])) -> String {
    gold.lines()
        .enumerate()
        .map(|(i, l)| {
            if l.starts_with('#') || l.is_empty() {
                return l.to_string();
            }
            let mut cols: Vec<String> = l.split('\t').map(String::from).collect();
            edit(i, &mut cols);
            cols.join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n\n"
}

const GOLD: &str = "1\tThe\tthe\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
2\tpolice\tpolice\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\t_
3\tarrested\tarrest\tVERB\t_\tTense=Past|VerbForm=Fin\t0\troot\t_\t_
4\tprotesters\tprotester\tNOUN\t_\tNumber=Plur\t3\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
";

fn check(name: &str, system: &str, expected: [f64; 7]) {
    let (g, _) = conllu::parse(GOLD);
    let (s, _) = conllu::parse(system);
    let gs: Vec<_> = g.sentences.iter().map(|x| x.sentence.clone()).collect();
    let ss: Vec<_> = s.sentences.iter().map(|x| x.sentence.clone()).collect();
    let r = eval::score(&g.text, &gs, &s.text, &ss);
    let got = [r.tokens.f1(), r.words.f1(), r.upos.f1(), r.ufeats.f1(), r.lemma.f1(), r.uas.f1(), r.las.f1()];
    for (k, (a, b)) in got.iter().zip(expected).enumerate() {
        assert!((a - b).abs() < 0.01, "{name}: metric {k}: got {a:.2}, expected {b:.2}\n{r}");
    }
}

#[test]
fn scoring_cases() {
    check("identical", GOLD, [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]);
    check(
        "wrong upos, head, subtype",
        &sys_from(GOLD, |i, c| match i {
            0 => c[3] = "PRON".into(),
            1 => c[7] = "nsubj:pass".into(),
            3 => c[6] = "2".into(),
            _ => {}
        }),
        // UFeats needs UPOS right too; LAS ignores the subtype.
        [100.0, 100.0, 80.0, 80.0, 100.0, 80.0, 80.0],
    );
    check(
        "wrong label and lemma and feats",
        &sys_from(GOLD, |i, c| {
            if i == 2 {
                c[7] = "ccomp".into();
                c[2] = "arrested".into();
                c[5] = "Tense=Pres|VerbForm=Fin".into();
            }
        }),
        [100.0, 100.0, 100.0, 80.0, 80.0, 100.0, 80.0],
    );
    // The system splits "protesters." wrongly as one token: 4 of 5 gold words align.
    let merged = "1\tThe\tthe\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
2\tpolice\tpolice\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\t_
3\tarrested\tarrest\tVERB\t_\tTense=Past|VerbForm=Fin\t0\troot\t_\t_
4\tprotesters.\tprotester\tNOUN\t_\tNumber=Plur\t3\tobj\t_\t_

";
    // Tokens/words: 3 correct of 5 gold, 4 system -> F1 = 6/9.
    let f = 2.0 * 3.0 / 9.0 * 100.0;
    check("merged token", merged, [f, f, f, f, f, f, f]);
}
