//! `crossclaim`: the command line. It parses flags, builds the stages once, streams documents
//! through them and prints records; everything else lives in the library crates.

/// mimalloc: per-thread free lists, where glibc's malloc made two workers cost more CPU per MB
/// than one (the stages allocate many small vectors and strings per sentence).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod batch;
mod cmd;
mod paths;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "crossclaim",
    version,
    about = "Who claims what about whom in English and Spanish news, and which reports carry the same claim."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Worker threads (default: all cores; RAYON_NUM_THREADS is honoured when this is absent).
    #[arg(long, global = true)]
    threads: Option<usize>,
    /// No progress bar and no summary on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Lexicon directory (default: $CROSSCLAIM_LEXICONS, else ./lexicons, else the bundled one).
    #[arg(long, global = true)]
    lexicons: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Process articles (default: the bundled corpus/) and write documents, claims and alignments.
    Run {
        /// .txt files, .jsonl files, directories, or - for JSONL on stdin.
        inputs: Vec<PathBuf>,
        /// Output directory.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Print one document record per input document on stdout, in input order.
    Extract {
        /// .txt files, .jsonl files, directories, or - for JSONL on stdin.
        inputs: Vec<PathBuf>,
    },
    /// Align the claims of document records (documents.jsonl files); prints alignment records.
    Align {
        /// documents.jsonl files (default: stdin).
        docs: Vec<PathBuf>,
    },
    /// Score a run's output against gold annotations (SPEC §6).
    Eval {
        /// Gold directory: <doc_id>.json files and alignments.json.
        #[arg(long)]
        gold: PathBuf,
        /// A `run` output directory.
        #[arg(long, default_value = "out")]
        pred: PathBuf,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    if let Some(n) = cli.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
        {
            eprintln!("crossclaim: cannot set {n} threads: {e}");
            return ExitCode::from(2);
        }
    }
    let lexicons = cli
        .lexicons
        .clone()
        .unwrap_or_else(crossclaim_pipeline::default_lexicon_dir);
    let outcome = match cli.command {
        Command::Run { inputs, out } => cmd::run::run(&lexicons, inputs, &out, cli.quiet),
        Command::Extract { inputs } => cmd::extract::run(&lexicons, inputs, cli.quiet),
        Command::Align { docs } => cmd::align::run(&lexicons, docs),
        Command::Eval { gold, pred, json } => cmd::eval::run(&gold, &pred, json),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            if cmd::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("crossclaim: {e:#}");
            ExitCode::from(2)
        }
    }
}
