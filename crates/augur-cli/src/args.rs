//! Command-line arguments. Flags override `augur.toml`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "augur",
    version,
    about = "News → political event data: CAMEO and PLOVER events, traced to their sentences"
)]
pub struct Cli {
    /// Configuration file (default: ./augur.toml when present).
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    /// SQLite database (default: augur.db, or `store.db` in the configuration).
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
    /// No progress bar.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest, extract, analyse, code and store documents (files, directories, `-`).
    Run(RunArgs),
    /// Print the clean text and metadata of every document in FILE as JSON lines.
    Extract(ExtractArgs),
    /// List or show stored documents.
    Docs(DocsArgs),
    /// Tokenise, tag, lemmatise and parse text (or gold-tokenised CoNLL-U) into CoNLL-U.
    Parse(ParseArgs),
    /// Code the events of one document and print them as JSON lines.
    Code(CodeArgs),
    /// Actor knowledge base: resolve mentions, print coverage.
    Actors(ActorsArgs),
    /// Predicate lexicons: coverage per language and root.
    Lexicon(LexiconArgs),
    /// Query stored events.
    Events(EventsArgs),
    /// Time series of a dyad's events per quad class.
    Dyad(DyadArgs),
    /// Export stored events.
    Export(ExportArgs),
    /// Re-run analysis and coding over stored documents with the current pipeline.
    Recode(RecodeArgs),
    /// Evaluate against gold data.
    Eval(EvalArgs),
    /// Print speed and memory figures.
    Bench(BenchArgs),
    /// Train the tagger, lemmatiser and parser of a language from CoNLL-U files.
    Train(TrainArgs),
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub actors: ActorFiles,
    /// Publication date to assume for documents that give none (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
    /// Worker threads (default: `run.threads` in augur.toml, or one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Debug, Args, Default, Clone)]
pub struct ActorFiles {
    /// Extra actors in augur's TOML format (repeatable).
    #[arg(long = "actors")]
    pub actors: Vec<PathBuf>,
    /// PETRARCH / Phoenix actor dictionary (repeatable).
    #[arg(long = "petrarch-actors")]
    pub petrarch_actors: Vec<PathBuf>,
    /// PETRARCH / Phoenix agent dictionary (repeatable).
    #[arg(long = "petrarch-agents")]
    pub petrarch_agents: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Input file (HTML, text, JSONL, WARC, feed, .gz) or `-`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DocsArgs {
    /// Show this document in full (text included).
    #[arg(long)]
    pub show: Option<String>,
    /// List failures instead of documents.
    #[arg(long)]
    pub failures: bool,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Text,
    Html,
    Conllu,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Language (en, de, fr, es, ru); identified when absent.
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,
    /// Input file or `-` (default).
    pub input: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CodeArgs {
    #[arg(long)]
    pub lang: Option<String>,
    /// Publication date (YYYY-MM-DD), for relative dates and dated roles.
    #[arg(long)]
    pub date: Option<String>,
    /// Document id to print (default: derived from content).
    #[arg(long)]
    pub doc: Option<String>,
    #[command(flatten)]
    pub actors: ActorFiles,
    /// Input format (default: detected; text or HTML).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Input file or `-` (default).
    pub input: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ActorsArgs {
    #[command(subcommand)]
    pub command: ActorsCommand,
}

#[derive(Debug, Subcommand)]
pub enum ActorsCommand {
    /// Resolve a mention to actors, printed as a JSON array.
    Resolve {
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        actors: ActorFiles,
        mention: String,
    },
    /// Coverage per language and type.
    Stats {
        #[command(flatten)]
        actors: ActorFiles,
    },
}

#[derive(Debug, Args)]
pub struct LexiconArgs {
    #[command(subcommand)]
    pub command: LexiconCommand,
}

#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Entries per language and CAMEO root.
    Stats,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Jsonl,
    Csv,
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Either side is this actor (code prefix, e.g. RUS).
    #[arg(long)]
    pub actor: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long)]
    pub target: Option<String>,
    /// Two actors, either direction: `RUS,PRK`.
    #[arg(long)]
    pub dyad: Option<String>,
    /// CAMEO code or prefix (e.g. 04 or 042).
    #[arg(long)]
    pub code: Option<String>,
    #[arg(long)]
    pub plover: Option<String>,
    #[arg(long)]
    pub quad: Option<u8>,
    /// First date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long)]
    pub lang: Option<String>,
    /// Only events with a mention in this document.
    #[arg(long)]
    pub doc: Option<String>,
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Period {
    Day,
    Week,
    Month,
}

#[derive(Debug, Args)]
pub struct DyadArgs {
    pub a: String,
    pub b: String,
    #[arg(long, value_enum, default_value_t = Period::Month)]
    pub by: Period,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    GdeltEvents,
    GdeltMentions,
    Plover,
    Csv,
    Parquet,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RecodeArgs {
    /// Re-code every document, not only those whose version stamp differs.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    pub command: EvalCommand,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// CoNLL 2018 scores (UPOS, UFeats, Lemma, UAS, LAS), gold tokens and raw text.
    Ud {
        #[arg(long)]
        lang: Option<String>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// PETRARCH XML validation records.
    Petrarch {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// CAMEO manual examples (TSV).
    CameoExamples {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// PLOVER gold records (JSON).
    Plover {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// augur's own JSONL gold format. With `--conllu`, documents come from gold-parsed CoNLL-U
    /// files (e.g. the five parallel PUD treebanks), grouped by `# newdoc id`, and records point
    /// to them by `doc`; each file is scored on its own, so one gold file tests every language.
    Gold {
        /// Gold-parsed CoNLL-U files (repeatable); the coder skips tokeniser and parser.
        #[arg(long)]
        conllu: Vec<PathBuf>,
        /// Only documents whose id starts with this (e.g. `n` for PUD news).
        #[arg(long)]
        doc_prefix: Option<String>,
        /// JSONL of the documents' texts (`id`, `text`, `date`, `lang`), when not in the gold.
        #[arg(long)]
        texts: Option<PathBuf>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Main-text extraction benchmarks in a shared data folder (`../shared/data/extract`).
    Extract {
        #[arg(default_value = "../shared/data/extract")]
        dir: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub command: BenchCommand,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Extraction speed and quality on the scrapinghub benchmark.
    Extract {
        #[arg(default_value = "../shared/data/extract")]
        dir: PathBuf,
    },
    /// NLP tokens per second per stage and peak memory.
    Nlp {
        #[arg(long, default_value = "en")]
        lang: String,
        /// CoNLL-U file whose text to parse.
        file: Option<PathBuf>,
    },
    /// Actor look-ups per second.
    Actors,
    /// Coded documents per second into SQLite (synthetic mentions) and clustering speed.
    Store {
        #[arg(long, default_value_t = 20_000)]
        docs: usize,
    },
    /// The whole pipeline on HTML pages: articles per second per core and peak memory.
    E2e {
        #[arg(default_value = "../shared/data/extract/scrapinghub/html")]
        dir: PathBuf,
        #[arg(long, default_value_t = 200)]
        limit: usize,
        /// Worker threads (1 gives the per-core figure).
        #[arg(long, default_value_t = 1)]
        threads: usize,
    },
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    #[arg(long)]
    pub lang: String,
    /// Output model path.
    #[arg(long)]
    pub out: PathBuf,
    /// Development file for reporting during training.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Training CoNLL-U files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}
