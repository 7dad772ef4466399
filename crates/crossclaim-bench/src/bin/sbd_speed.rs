//! Speed of sentence splitting with all rules against a bare UAX #29 pass (issue 4).
//!
//! ```text
//! cargo run --release -p crossclaim-bench --bin sbd_speed [-- --runs 7]
//! ```
//!
//! Method:
//! - Text: every `text` field of the JSONL files in `../shared/data/news/throughput_en_es`
//!   (BBC and ABC English news, EFE and Spanish Fake News Corpus items; read its `SOURCE.txt`),
//!   about 22 MB of UTF-8. The language of each document is the file name's prefix (`en_`,
//!   `es_`). All texts are read into memory before any timing.
//! - Bare pass: `unicode_segmentation`'s `split_sentence_bound_indices` over each text (through
//!   `crossclaim_segment::uax29_sentence_bounds`), every piece consumed and counted; no rules.
//! - Rules: `Segmenter::split(text, lang)` with the lexicons of `lexicons/abbrev`, the splitter
//!   as the pipeline runs it (`Quotations::Split`); it returns a `Vec<Span>` per text, so it
//!   also pays for its output. `Quotations::Whole` is timed too, for information.
//! - One untimed warm-up pass of each, then each pass is timed `--runs` times (default 7, at
//!   least 5) on one thread, alternating the passes run by run so that both see the same machine
//!   load; the table shows the median of each, in MB/s (10^6 bytes of UTF-8 per second), and
//!   the ratio rules / bare (at least 1.0 means the rules cost nothing over the bare pass).

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::Lang;
use crossclaim_segment::{uax29_sentence_bounds, Quotations, Segmenter};

fn load(dir: &Path) -> Result<Vec<(Lang, String)>, String> {
    let names = crossclaim_bench::files_with_ext(dir, "jsonl")?;
    let mut out = Vec::new();
    for path in names {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let lang = if name.starts_with("es_") {
            Lang::Es
        } else {
            Lang::En
        };
        for v in read_jsonl(&path) {
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                out.push((lang, t.to_owned()));
            }
        }
    }
    if out.is_empty() {
        return Err(format!("{}: no texts", dir.display()));
    }
    Ok(out)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(7)
        .max(5);
    let data = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("sbd_speed: {e}");
            std::process::exit(2);
        }
    };
    let seg = match Segmenter::from_dir(&lexicons().join("abbrev")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("sbd_speed: {e}");
            std::process::exit(2);
        }
    };
    let whole = seg.clone().with_quotations(Quotations::Whole);
    let texts = match load(&data.join("news/throughput_en_es")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sbd_speed: {e}");
            std::process::exit(2);
        }
    };
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();

    let bare = || {
        let mut n = 0usize;
        for (_, t) in &texts {
            n += uax29_sentence_bounds(black_box(t)).count();
        }
        black_box(n)
    };
    let rules = |s: &Segmenter| {
        let mut n = 0usize;
        for (lang, t) in &texts {
            n += s.split(black_box(t), *lang).len();
        }
        black_box(n)
    };
    let pieces = bare();
    let sentences = rules(&seg);
    let sentences_whole = rules(&whole);
    let (mut tb, mut tr, mut tw) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        bare();
        tb.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        rules(&seg);
        tr.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        rules(&whole);
        tw.push(t.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    let (b, r, w) = (median(tb), median(tr), median(tw));
    println!(
        "Sentence splitting speed (issue 4): {} texts, {mb:.1} MB, median of {runs} runs, one thread",
        texts.len()
    );
    println!(
        "{:<34}{:>10}{:>10}{:>12}",
        "pass", "median s", "MB/s", "sentences"
    );
    println!(
        "{:<34}{:>10.3}{:>10.1}{:>12}",
        "bare UAX #29 sentence bounds",
        b,
        mb / b,
        pieces
    );
    println!(
        "{:<34}{:>10.3}{:>10.1}{:>12}",
        "crossclaim, all rules",
        r,
        mb / r,
        sentences
    );
    println!(
        "{:<34}{:>10.3}{:>10.1}{:>12}",
        "crossclaim, Quotations::Whole",
        w,
        mb / w,
        sentences_whole
    );
    println!("ratio all rules / bare: {:.2} (>= 1.0 required)", b / r);
}
