//! Prints `line-number<TAB>decision<TAB>whatlang<TAB>text` for each line of a file.
//!
//! `cargo run --release -p crossclaim-langid --example langid_lines -- FILE`

use std::io::Write;

fn main() {
    let path = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../lexicons/langid/function_words.txt"
    ));
    let id = match crossclaim_langid::LanguageIdentifier::from_file(path) {
        Ok(id) => id,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: langid_lines FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            std::process::exit(2);
        }
    };
    let mut out = std::io::stdout().lock();
    for (i, line) in text.lines().enumerate() {
        let info = id.identify(line);
        let w = whatlang::detect(line)
            .map(|w| w.lang().code())
            .unwrap_or("-");
        let label = match info.lang {
            crossclaim_core::Lang::Und => info.detected.unwrap_or_else(|| "und".into()),
            l => l.code().to_owned(),
        };
        if writeln!(out, "{}\t{label}\t{w}\t{line}", i + 1).is_err() {
            return;
        }
    }
}
