//! Prints the decision and the evidence for each line of stdin.
//!
//! `echo "Non hai data." | cargo run --release -p crossclaim-langid --example langid_explain`

use std::io::{BufRead, Write};

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
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let info = id.identify(&line);
        let written = writeln!(
            out,
            "{} {:.2} {:?} {:?}\n    {}\n    {}",
            info.lang,
            info.confidence,
            info.detected,
            info.reason,
            id.explain(&line),
            line
        );
        if written.is_err() {
            // A closed pipe (`| head`) ends the run quietly.
            return;
        }
    }
}
