//! `augur bench`: speed and memory figures, printed (never asserted in tests).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use augur_core::{ActorResolver, Lang};
use augur_pipeline::{Config, Pipeline};

use super::parse_lang;
use crate::args::{BenchArgs, BenchCommand};

pub fn bench(config: Config, args: BenchArgs) -> Result<ExitCode> {
    match args.command {
        BenchCommand::Extract { dir } => {
            let opts = augur_extract::ExtractOptions::default();
            let report = augur_extract::eval::scrapinghub(&dir.join("scrapinghub"), &opts)
                .with_context(|| format!("scrapinghub benchmark in {}", dir.display()))?;
            say!("scrapinghub article benchmark\n{report}");
        }
        BenchCommand::Nlp { lang, file } => {
            let lang = parse_lang(&lang)?;
            let file = file.context(
                "give a CoNLL-U or text file to parse, e.g. ../shared/data/ud/UD_English-EWT/en_ewt-ud-test.conllu",
            )?;
            let nlp = augur_nlp::NlpPipeline::new();
            let report = augur_nlp::bench::bench_file(&nlp, lang, &file)?;
            say!("augur bench nlp ({lang}, {}), one thread\n{report}", file.display());
        }
        BenchCommand::Actors => bench_actors()?,
        BenchCommand::Store { docs } => bench_store(docs)?,
        BenchCommand::E2e { dir, limit, threads } => {
            let mut config = config;
            config.run.threads = threads;
            bench_e2e(config, &dir, limit)?
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn bench_actors() -> Result<()> {
    let t = Instant::now();
    let kb = augur_actors::ActorBase::load_default();
    let load = t.elapsed().as_secs_f64();
    let mentions: &[(&str, Lang)] = &[
        ("der russische Präsident", Lang::De),
        ("Pjöngjang", Lang::De),
        ("UN-Sicherheitsrat", Lang::De),
        ("the State Department", Lang::En),
        ("President Joe Biden", Lang::En),
        ("Chinese Foreign Minister Wang Yi", Lang::En),
        ("le Kremlin", Lang::Fr),
        ("les troupes russes", Lang::Fr),
        ("las tropas rusas", Lang::Es),
        ("el Gobierno de Venezuela", Lang::Es),
        ("МИД России", Lang::Ru),
        ("Сергей Лавров", Lang::Ru),
    ];
    let rounds = 20_000;
    let t = Instant::now();
    let mut found = 0usize;
    for _ in 0..rounds {
        for (m, l) in mentions {
            found += kb.resolve_text(m, *l, Some("2023-08-15")).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = rounds * mentions.len();
    say!("augur bench actors, one thread");
    say!("knowledge base load  {load:.3} s");
    say!("mention look-ups     {n} in {secs:.2} s = {:.0} /s ({found} actors)", n as f64 / secs);
    if let Some(mb) = augur_nlp::bench::peak_memory_mb() {
        say!("peak RSS             {mb:.1} MB");
    }
    Ok(())
}

fn bench_store(docs: usize) -> Result<()> {
    let dir = tempdir()?;
    let db = dir.join("bench-store.db");
    let r = augur_store::bench::insert(&db, docs as u64, 256, 7)?;
    say!("augur bench store, one thread\n{r}");
    let c = augur_store::bench::cluster(1_000_000, 7);
    say!("{c}");
    let size_db = dir.join("bench-size.db");
    let s = augur_store::bench::size(&size_db, 100_000, 7)?;
    say!("{s}");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn bench_e2e(config: Config, dir: &Path, limit: usize) -> Result<()> {
    let tmp = tempdir()?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files.truncate(limit);
    let bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let t = Instant::now();
    let pipeline = Pipeline::new(config)?;
    // Load every language up front: the memory figure is for all five loaded.
    for l in Lang::SUPPORTED {
        let _ = pipeline.analyzer.model(l);
    }
    let _ = pipeline.actors.resolve_text("Russia", Lang::En, None);
    let load = t.elapsed().as_secs_f64();
    let mut store = augur_store::Store::open(tmp.join("e2e.db"))?;
    let summary = pipeline.run(&files, &mut store, None, |_| {})?;
    let secs = summary.seconds;
    let threads = pipeline.config.run.jobs();
    say!(
        "augur bench e2e: {} files ({:.1} MB) from {}, {threads} thread(s)",
        files.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    say!("load (all five languages)  {load:.2} s");
    say!("{summary}");
    say!("articles per second per core  {:.1}", summary.seen as f64 / secs.max(1e-9) / threads as f64);
    if let Some(mb) = augur_nlp::bench::peak_memory_mb() {
        say!("peak RSS                      {mb:.1} MB");
    }
    stage_split(&pipeline, &files)?;
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}

/// Times analysis (tokenise, tag, lemmatise, parse) and coding (actors and events) apart on
/// the same extracted documents: the coder's share of the work.
fn stage_split(pipeline: &Pipeline, files: &[PathBuf]) -> Result<()> {
    use augur_core::Analyzer;
    let docs: Vec<augur_core::Document> = augur_ingest::read_inputs(files, &pipeline.caps())
        .filter_map(|r| r.ok())
        .filter_map(|raw| pipeline.extract(&raw).ok())
        .filter(|d| pipeline.codes(d.lang))
        .collect();
    let t = Instant::now();
    let analyses: Vec<augur_core::Analysis> = docs.iter().map(|d| pipeline.analyzer.analyze(&d.text, d.lang)).collect();
    let analyse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let events: usize = docs.iter().zip(analyses).map(|(d, a)| pipeline.code_analysis(d, a, None).events.len()).sum();
    let code = t.elapsed().as_secs_f64();
    say!(
        "stages on {} documents: analysis {analyse:.2} s, actors + coding {code:.2} s ({:.1}% of analysis), {events} events",
        docs.len(),
        100.0 * code / analyse.max(1e-9)
    );
    Ok(())
}

fn tempdir() -> Result<PathBuf> {
    // Process id plus wall-clock nanoseconds: two runs never share a folder.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("augur-bench-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
