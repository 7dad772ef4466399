//! Speed of entity matching (issue 5).
//!
//! `cargo run --release -p crossclaim-bench --bin lexicon_speed [-- RUNS]`
//!
//! Over `../shared/data/news/throughput_en_es` (about 22 MB of English and Spanish news), the
//! median of RUNS (default 7, at least 5) runs of:
//! - **bare DFA**: the lexicon's folded patterns in a bare Aho-Corasick DFA (leftmost-longest)
//!   scanning text folded beforehand, counting matches, nothing else;
//! - **matcher**: folding each document into its side buffer, the anchored automaton walk at
//!   each place where a word may start, word-boundary, case and language checks, and mapping every match back to original byte offsets
//!   (`PhraseMatcher::find_all` with `Folded::new`);
//! - **find**: the whole `EntityLexicon::find` (the matcher plus candidates, surname linking
//!   and template resolution), what the pipeline runs;
//!
//! in MB/s of original text, with the ratio to the bare DFA (≥ 0.5 wanted; the median of the
//! ratios of interleaved rounds, so that other load on the machine slows both sides alike), and
//! the median time to build the lexicon from `lexicons/entities`.

use std::hint::black_box;
use std::time::Instant;

use crossclaim_bench::{data_dir, lexicons, median_secs, read_jsonl};
use crossclaim_core::Lang;
use crossclaim_lexicon::bench_support::BareDfa;
use crossclaim_lexicon::{EntityLexicon, Folded};

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(7)
        .max(5);
    let data = match data_dir() {
        Ok(d) => d.join("news/throughput_en_es"),
        Err(e) => {
            eprintln!("lexicon_speed: {e}");
            std::process::exit(2);
        }
    };
    let mut docs: Vec<(String, Lang)> = Vec::new();
    let names = crossclaim_bench::files_with_ext(&data, "jsonl").unwrap_or_else(|e| panic!("{e}"));
    for p in &names {
        for v in read_jsonl(p) {
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            let lang = match v["lang"].as_str() {
                Some("es") => Lang::Es,
                Some("en") => Lang::En,
                _ if p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("es")) =>
                {
                    Lang::Es
                }
                _ => Lang::En,
            };
            docs.push((text.to_owned(), lang));
        }
    }
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mb = bytes as f64 / 1e6;
    let dir = lexicons().join("entities");

    let build = median_secs(runs, || {
        black_box(EntityLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}")));
    });
    let t = Instant::now();
    let lex = EntityLexicon::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let first_build = t.elapsed().as_secs_f64();
    let bare = BareDfa::new(&lex).unwrap_or_else(|e| panic!("{e}"));

    let folded: Vec<Folded> = docs.iter().map(|(t, _)| Folded::new(t)).collect();
    // The runs are interleaved (bare, matcher, find, folding in each round) so that a busy
    // machine slows all of them alike; the ratio is the median of the rounds' ratios.
    let (mut bare_t, mut matcher_t, mut find_t, mut fold_t) = (vec![], vec![], vec![], vec![]);
    let (mut bare_matches, mut matcher_found, mut find_found) = (0, 0, 0);
    let time = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64()
    };
    for _ in 0..runs {
        bare_t.push(time(&mut || {
            bare_matches = folded.iter().map(|f| bare.count(&f.text)).sum::<usize>();
            black_box(bare_matches);
        }));
        matcher_t.push(time(&mut || {
            matcher_found = docs
                .iter()
                .map(|(t, l)| lex.matcher().find_all(t, &Folded::new(t), *l).len())
                .sum::<usize>();
            black_box(matcher_found);
        }));
        find_t.push(time(&mut || {
            find_found = docs
                .iter()
                .map(|(t, l)| lex.find(t, *l).len())
                .sum::<usize>();
            black_box(find_found);
        }));
        fold_t.push(time(&mut || {
            for (t, _) in &docs {
                black_box(Folded::new(t));
            }
        }));
    }
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let ratios = |v: &[f64]| -> f64 {
        let r: Vec<f64> = bare_t.iter().zip(v).map(|(b, x)| b / x).collect();
        median(&r)
    };
    let (bare_s, matcher_s, find_s, fold_s) = (
        median(&bare_t),
        median(&matcher_t),
        median(&find_t),
        median(&fold_t),
    );
    let (matcher_r, find_r) = (ratios(&matcher_t), ratios(&find_t));

    println!(
        "lexicon_speed: {} documents, {:.1} MB ({}), {} entities, {} forms, {} patterns, median of {runs} runs",
        docs.len(),
        mb,
        data.display(),
        lex.len(),
        lex.form_count(),
        lex.matcher().patterns().len()
    );
    println!();
    println!(
        "{:<44} {:>9} {:>9} {:>10} {:>9}",
        "run", "seconds", "MB/s", "matches", "ratio"
    );
    let row = |name: &str, s: f64, n: usize, r: f64| {
        println!(
            "{:<44} {:>9.3} {:>9.1} {:>10} {:>9.2}",
            name,
            s,
            mb / s,
            n,
            r
        );
    };
    row(
        "bare DFA scan of pre-folded text",
        bare_s,
        bare_matches,
        1.0,
    );
    row(
        "matcher (fold, scan, boundaries, map back)",
        matcher_s,
        matcher_found,
        matcher_r,
    );
    row(
        "EntityLexicon::find (+ surnames, templates)",
        find_s,
        find_found,
        find_r,
    );
    println!(
        "{:<44} {:>9.3} {:>9.1}",
        "folding alone",
        fold_s,
        mb / fold_s
    );
    println!();
    println!(
        "lexicon build: median {:.3} s over {runs} runs (first build {:.3} s); bare DFA {:.1} MB",
        build,
        first_build,
        bare.memory_usage() as f64 / 1e6
    );
}
