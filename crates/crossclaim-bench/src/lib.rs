//! Shared pieces of the evaluation runs: where the external data is, reading it, timing.
//!
//! Every run reads `../shared/data` (or `$CROSSCLAIM_DATA`); none of that data is copied into
//! the project. `holdout/` is never read here.

use std::path::{Path, PathBuf};
use std::time::Instant;

/// The external data directory, or an explanation of where it was looked for.
pub fn data_dir() -> Result<PathBuf, String> {
    if let Some(d) = std::env::var_os("CROSSCLAIM_DATA") {
        return Ok(PathBuf::from(d));
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let d = repo.join("../shared/data");
    if d.is_dir() {
        Ok(d)
    } else {
        Err(format!(
            "no external data at {} (set CROSSCLAIM_DATA)",
            d.display()
        ))
    }
}

/// The lexicon directory: `$CROSSCLAIM_LEXICONS`, else the repository's.
pub fn lexicons() -> PathBuf {
    match std::env::var_os("CROSSCLAIM_LEXICONS") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons"),
    }
}

pub fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(str::to_owned)
        .filter(|l| !l.trim().is_empty())
        .collect()
}

pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    read_lines(path)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// Median of `runs` timings of `f`, in seconds.
pub fn median_secs(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
