//! Criterion benchmarks of each stage and of the whole per-document pipeline (issue 8).
//!
//! `cargo bench -p crossclaim-bench --bench stages [-- FILTER]`
//!
//! Input: the first 256 KB of text of each file of `../shared/data/news/throughput_en_es` (about
//! 1 MB of real English and Spanish news, 4 files), or the two seed articles of `corpus/` when the
//! external data is absent. Throughput is in bytes of original text, so every stage reads as MB/s
//! of news. Each stage is given what the pipeline gives it (the language, the sentences, the
//! folded side buffer, the mentions), prepared once outside the timed loop:
//!
//! | bench | what is timed, over every document of the sample |
//! |---|---|
//! | `langid` | `LanguageIdentifier::identify` (the `lang` of the input ignored) |
//! | `segment` | `Segmenter::split` |
//! | `fold` | `Folded::new`, the side buffer the entity matcher scans |
//! | `entities` | `EntityLexicon::find_folded` on a ready side buffer |
//! | `concepts` | `ConceptLexicon::find` (folding, stemming, the trie), sentence by sentence as the pipeline calls it |
//! | `quantities` | `NumberLexicon::find`, sentence by sentence as the pipeline calls it |
//! | `claims` | `ClaimExtractor::extract` on documents with sentences and mentions |
//! | `pipeline` | `Pipeline::process` with the given language (what `extract` runs per document) |
//! | `pipeline_detect` | the same, detecting the language |
//!
//! Time is the **CPU time of the benchmarking thread** (`/proc/thread-self/schedstat`, in
//! nanoseconds) where Linux gives it, else wall time: the project's machines are shared, and a
//! stage's cost should not depend on what else runs beside it. `CROSSCLAIM_BENCH_WALL=1` measures
//! wall time instead.
//!
//! End-to-end throughput of the binary (reading, JSON out, threads) and the comparison with the
//! Python pipeline are `scripts/bench_throughput.sh`; see `bench/README.md`.

use std::hint::black_box;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crossclaim_bench::{lexicons, news_sample, SampleDoc};
use crossclaim_core::Document;
use crossclaim_io::RawDoc;
use crossclaim_lexicon::Folded;
use crossclaim_pipeline::Pipeline;

const PER_FILE: usize = 256 * 1024;

/// CPU time of the calling thread, in nanoseconds, or wall time when the kernel does not say.
struct CpuTime {
    cpu: bool,
    epoch: std::time::Instant,
}

impl CpuTime {
    fn new() -> Self {
        let wall = std::env::var_os("CROSSCLAIM_BENCH_WALL").is_some_and(|v| v == "1");
        CpuTime {
            cpu: !wall && thread_cpu_ns().is_some(),
            epoch: std::time::Instant::now(),
        }
    }

    fn now(&self) -> u64 {
        if self.cpu {
            if let Some(ns) = thread_cpu_ns() {
                return ns;
            }
        }
        self.epoch.elapsed().as_nanos() as u64
    }
}

/// Nanoseconds this thread has run on a CPU (first field of `/proc/thread-self/schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

static WALL: WallTime = WallTime;

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        self.now()
    }
    fn end(&self, start: u64) -> u64 {
        self.now().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        // Nanoseconds either way: wall time's formatter reads them.
        WALL.formatter()
    }
}

fn raw(d: &SampleDoc, given: bool) -> RawDoc {
    RawDoc {
        id: d.id.clone(),
        text: d.text.clone(),
        lang: given.then_some(d.lang),
        meta: Default::default(),
    }
}

fn stages(c: &mut Criterion<CpuTime>) {
    let (docs, origin) = news_sample(PER_FILE);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "stages: {} documents, {:.2} MB of text from {origin}",
        docs.len(),
        bytes as f64 / 1e6
    );
    let p = Pipeline::from_dir(&lexicons()).unwrap_or_else(|e| panic!("{e}"));
    // What the later stages are given: documents through the whole pipeline, claims removed.
    let processed: Vec<Document> = docs
        .iter()
        .map(|d| {
            let mut doc = p.process(raw(d, true));
            doc.claims.clear();
            doc
        })
        .collect();
    let folded: Vec<Folded> = docs.iter().map(|d| Folded::new(&d.text)).collect();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("langid", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(p.langid.identify(&d.text));
            }
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(p.segmenter.split(&d.text, d.lang));
            }
        })
    });
    g.bench_function("fold", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Folded::new(&d.text));
            }
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| {
            for (d, f) in docs.iter().zip(&folded) {
                black_box(p.entities.find_folded(&d.text, f, d.lang));
            }
        })
    });
    g.bench_function("concepts", |b| {
        b.iter(|| {
            for d in &processed {
                for s in &d.sentences {
                    black_box(p.concepts.find(d.slice(*s), d.language()));
                }
            }
        })
    });
    g.bench_function("quantities", |b| {
        b.iter(|| {
            for d in &processed {
                for s in &d.sentences {
                    black_box(p.numbers.find(d.slice(*s), d.language()));
                }
            }
        })
    });
    g.bench_function("claims", |b| {
        b.iter(|| {
            for d in &processed {
                black_box(p.claims.extract(d));
            }
        })
    });
    g.bench_function("pipeline", |b| {
        b.iter_batched(
            || docs.iter().map(|d| raw(d, true)).collect::<Vec<_>>(),
            |raws| {
                for r in raws {
                    black_box(p.process(r));
                }
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("pipeline_detect", |b| {
        b.iter_batched(
            || docs.iter().map(|d| raw(d, false)).collect::<Vec<_>>(),
            |raws| {
                for r in raws {
                    black_box(p.process(r));
                }
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime::new());
    targets = stages
}
criterion_main!(benches);
