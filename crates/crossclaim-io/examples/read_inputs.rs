//! Reads inputs the way `crossclaim extract` does and prints one line per item (kind, id, text
//! bytes), without running any stage: the cost of reading alone, e.g. for a document of
//! hundreds of megabytes under `/usr/bin/time -v`.
//!
//! ```sh
//! cargo run --release -p crossclaim-io --example read_inputs -- big.txt docs.jsonl -
//! ```

use std::path::PathBuf;

use crossclaim_io::{expand, Inputs, Item};

fn main() -> std::process::ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let files = match expand(&args) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("read_inputs: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let (mut docs, mut errors, mut bytes) = (0usize, 0usize, 0usize);
    for item in Inputs::new(files) {
        match item {
            Item::Doc(d) => {
                docs += 1;
                bytes += d.text.len();
                println!("doc\t{}\t{}", d.id, d.text.len());
            }
            Item::Error(e) => {
                errors += 1;
                println!("error\t{}\t{}\t{}", e.doc_id, e.kind, e.message);
            }
        }
    }
    eprintln!("{docs} documents ({bytes} bytes of text), {errors} errors");
    std::process::ExitCode::SUCCESS
}
