//! What language identification costs, next to the whole extract pipeline (issue 3).
//!
//! `cargo run --release -p crossclaim-bench --bin langid_speed [-- RUNS]`
//!
//! Over `news/throughput_en_es` (English and Spanish news, about 15 MB of text), the median of
//! RUNS (default 5, at least 5 counted) timed passes of:
//!
//! 1. `identify` on every document, then `foreign_spans` with the language found;
//! 2. the whole pipeline per document (`Pipeline::process`, detection included), one thread.
//!
//! It prints MB/s of each and the share of the pipeline's time that detection takes (the issue's
//! budget is 20%). Then, on the long-document sets (the throughput news with their given
//! language, the Arab Spring es/fr/it articles, the UDHR translations), the accuracy of
//! `identify` for several values of `max_bytes`, and what each costs.

use crossclaim_bench::{data_dir, lexicons, median_secs, read_jsonl};
use crossclaim_core::Lang;
use crossclaim_io::RawDoc;
use crossclaim_pipeline::Pipeline;

/// A document with the language it must come out as (`None`: must be `und`).
struct Doc {
    text: String,
    want: Option<Lang>,
}

fn throughput_docs(data: &std::path::Path) -> Vec<Doc> {
    let dir = data.join("news/throughput_en_es");
    let mut docs = Vec::new();
    for file in [
        "en_bbc_news_2004_2005.jsonl",
        "en_abc_australia_2006.jsonl",
        "es_conll2002_efe_newswire.jsonl",
        "es_fakenews_corpus_spanish.jsonl",
    ] {
        for v in read_jsonl(&dir.join(file)) {
            let want = match v["lang"].as_str() {
                Some("en") => Some(Lang::En),
                Some("es") => Some(Lang::Es),
                _ => None,
            };
            docs.push(Doc {
                text: v["text"].as_str().unwrap_or_default().to_owned(),
                want,
            });
        }
    }
    docs
}

/// Documents of the Arab Spring Spanish set that are not Spanish (judged by reading them; the
/// same list as in `langid_eval`): they must come out as this language.
const ARAB_ES_NOT_SPANISH: &[(&str, Lang)] = &[("es-yemen-2011-05-27-ext_74", Lang::En)];

fn long_docs(data: &std::path::Path) -> Vec<(&'static str, Vec<Doc>)> {
    let news = data.join("news/arab_spring_es");
    let arab = |file: &str, lang: &str, want: Option<Lang>| -> Vec<Doc> {
        read_jsonl(&news.join(file))
            .iter()
            .filter(|v| v["lang"] == lang)
            .map(|v| {
                let id = v["id"].as_str().unwrap_or_default();
                let want = ARAB_ES_NOT_SPANISH
                    .iter()
                    .find(|(d, _)| *d == id)
                    .map_or(want, |(_, l)| Some(*l));
                Doc {
                    text: v["text"].as_str().unwrap_or_default().to_owned(),
                    want,
                }
            })
            .collect()
    };
    let udhr_dir = data.join("langid/udhr_confusable_langs");
    let udhr = [
        ("eng", Some(Lang::En)),
        ("spa", Some(Lang::Es)),
        ("por_PT", None),
        ("por_BR", None),
        ("glg", None),
        ("cat", None),
        ("ast", None),
        ("prv", None),
        ("ita", None),
        ("fra", None),
        ("ron_2006", None),
    ]
    .into_iter()
    .map(|(f, want)| Doc {
        text: std::fs::read_to_string(udhr_dir.join(format!("{f}.txt"))).unwrap_or_default(),
        want,
    })
    .collect();
    vec![
        ("throughput en+es news", throughput_docs(data)),
        (
            "Arab Spring es",
            arab("es_articles.jsonl", "es", Some(Lang::Es)),
        ),
        (
            "Arab Spring fr",
            arab("fr_it_articles_sample.jsonl", "fr", None),
        ),
        (
            "Arab Spring it",
            arab("fr_it_articles_sample.jsonl", "it", None),
        ),
        ("UDHR 11 languages", udhr),
    ]
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5)
        .max(5);
    let data = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("langid_speed: {e}");
            std::process::exit(2);
        }
    };
    let pipeline = match Pipeline::from_dir(&lexicons()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("langid_speed: {e}");
            std::process::exit(2);
        }
    };
    let id = &pipeline.langid;
    let docs = throughput_docs(&data);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {mb:.1} MB of text, median of {runs} runs, one thread",
        docs.len()
    );

    let mut sink = 0usize;
    let t_identify = median_secs(runs, || {
        for d in &docs {
            sink += id.identify(&d.text).lang as usize;
        }
    });
    let t_spans = median_secs(runs, || {
        for d in &docs {
            let info = id.identify(&d.text);
            sink += id.foreign_spans(&d.text, info.lang).len();
        }
    });
    let t_pipeline = median_secs(runs, || {
        for d in &docs {
            let doc = pipeline.process(RawDoc {
                id: String::new(),
                text: d.text.clone(),
                lang: None,
                meta: Default::default(),
            });
            sink += doc.claims.len();
        }
    });

    println!("{:<44} {:>8} {:>9}", "", "seconds", "MB/s");
    let line = |what: &str, t: f64| println!("{what:<44} {t:>8.3} {:>9.1}", mb / t);
    line("identify", t_identify);
    line("identify + foreign_spans", t_spans);
    line("pipeline (process, detection included)", t_pipeline);
    println!(
        "detection share of the pipeline's time: identify {:.1}%; identify + foreign_spans {:.1}% \
         (of the pipeline with foreign_spans added); budget 20%",
        100.0 * t_identify / t_pipeline,
        100.0 * t_spans / (t_pipeline + t_spans - t_identify),
    );

    println!();
    println!("accuracy of identify by max_bytes on long documents (median seconds of {runs} runs)");
    let sets = long_docs(&data);
    print!("{:<24} {:>6}", "set", "n");
    let limits = [256usize, 512, 1024, 2048, 4096, usize::MAX];
    for l in limits {
        let name = if l == usize::MAX {
            "whole".to_owned()
        } else {
            l.to_string()
        };
        print!(" {name:>8}");
    }
    println!();
    let mut times = vec![0.0; limits.len()];
    for (name, docs) in &sets {
        print!("{name:<24} {:>6}", docs.len());
        for (k, &l) in limits.iter().enumerate() {
            let mut id = id.clone();
            id.max_bytes = l;
            let ok = docs
                .iter()
                .filter(|d| {
                    let got = id.identify(&d.text).lang;
                    match d.want {
                        Some(w) => got == w,
                        None => got == Lang::Und,
                    }
                })
                .count();
            if *name == "throughput en+es news" {
                times[k] = median_secs(runs, || {
                    for d in docs {
                        sink += id.identify(&d.text).lang as usize;
                    }
                });
            }
            print!(" {:>7.2}%", 100.0 * ok as f64 / docs.len().max(1) as f64);
        }
        println!();
    }
    print!("{:<24} {:>6}", "identify MB/s (news)", "");
    for t in &times {
        print!(" {:>8.1}", mb / t);
    }
    println!();
    if sink == usize::MAX {
        println!();
    }
}
