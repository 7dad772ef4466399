//! Where the bundled corpus is.

use std::path::PathBuf;

/// `corpus/` in the working directory, else above the executable, else the source tree's.
pub fn default_corpus() -> PathBuf {
    let cwd = PathBuf::from("corpus");
    if cwd.is_dir() {
        return cwd;
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            let cand = dir.join("corpus");
            if cand.join("gold").is_dir() {
                return cand;
            }
        }
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"))
}
