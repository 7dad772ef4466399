//! Prints the sentences of a text, one per line, for looking at the splitter's output.
//!
//! ```text
//! echo 'El Sr. Pérez habló. Luego se fue.' | cargo run --release --example split -- es
//! cargo run --release --example split -- en --whole < article.txt
//! ```
//!
//! Arguments: the language (`en`, default, or `es`) and `--whole` for `Quotations::Whole`.
//! Line breaks inside a sentence are shown as `⏎`.

use std::io::Read;
use std::path::Path;

use crossclaim_core::Lang;
use crossclaim_segment::{Quotations, Segmenter};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.iter().any(|a| a == "es") {
        true => Lang::Es,
        false => Lang::En,
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons/abbrev");
    let mut seg = match Segmenter::from_dir(&dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("split: {e}");
            std::process::exit(2);
        }
    };
    if args.iter().any(|a| a == "--whole") {
        seg = seg.with_quotations(Quotations::Whole);
    }
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("split: stdin: {e}");
        std::process::exit(2);
    }
    for s in seg.split(&text, lang) {
        println!("{}", text[s.start..s.end].replace('\n', "⏎"));
    }
}
