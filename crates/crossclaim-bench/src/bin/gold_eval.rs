//! Our own gold on MEANTIME articles (`corpus/gold/meantime/`), scored exactly as
//! `crossclaim eval` scores the bundled corpus (see [`crossclaim_bench::meantime_gold_report`]).
//!
//! `cargo run --release -p crossclaim-bench --bin gold_eval`
//!
//! The floors in `tests/meantime_gold.rs` of this crate hold the same run to its measured level.

use crossclaim_bench::{data_dir, lexicons, meantime_gold_report};
use crossclaim_pipeline::Pipeline;

fn main() {
    let (data, p) = match (data_dir(), Pipeline::from_dir(&lexicons())) {
        (Ok(d), Ok(p)) => (d, p),
        (Err(e), _) | (_, Err(crossclaim_core::LexiconError { message: e, .. })) => {
            eprintln!("gold_eval: {e}");
            std::process::exit(2);
        }
    };
    match meantime_gold_report(&p, &data) {
        Ok(report) => print!("{}", report.table()),
        Err(e) => {
            eprintln!("gold_eval: {e}");
            std::process::exit(2);
        }
    }
}
