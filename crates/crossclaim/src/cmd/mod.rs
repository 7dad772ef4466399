//! One module per subcommand.

pub mod align;
pub mod eval;
pub mod extract;
pub mod run;

use std::path::{Path, PathBuf};

use anyhow::Context;
use crossclaim_pipeline::Pipeline;

/// Builds the pipeline, or says which lexicon line is wrong.
pub fn pipeline(lexicons: &Path) -> anyhow::Result<Pipeline> {
    Pipeline::from_dir(lexicons).map_err(|e| anyhow::anyhow!("lexicon error: {e}"))
}

pub fn expand(inputs: Vec<PathBuf>) -> anyhow::Result<Vec<PathBuf>> {
    crossclaim_io::expand(&inputs)
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("unreadable input")
}

pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// A progress bar on stderr when it is a terminal and not `--quiet`.
pub fn progress(quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} documents {per_sec} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar
}
