//! How document pairing and claim alignment grow with the number of documents (issue 7).
//!
//! `cargo run --release -p crossclaim-bench --bin pairing_scale [-- BASE_DOCS]`
//!
//! Method: real English and Spanish news from `../shared/data/news/throughput_en_es` (BBC and
//! ABC Australia; EFE and the Spanish fake-news corpus), `BASE_DOCS` documents of each language
//! (default 2,000), go through the whole pipeline once; their profiles (entity IDs, concepts,
//! amounts, claims — what `crossclaim align` keeps) are then replicated with perturbation to
//! 100,000 documents: each copy drops about a fifth of its keys at random and takes a few keys
//! from other documents, so every copy differs and stories repeat as they do over many days of
//! news. For 10k, 20k, 50k and 100k documents, document pairing plus claim alignment are timed
//! (median of 3 runs, one thread) and the ratio to 10k printed; linear growth is a ratio of 10.

use std::time::Instant;

use crossclaim_align::{Aligner, DocProfile};
use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::record::DocumentRecord;
use crossclaim_core::Lang;
use crossclaim_io::RawDoc;
use crossclaim_pipeline::Pipeline;

/// xorshift64*: a small deterministic generator, so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let base: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let (data, p) = match (data_dir(), Pipeline::from_dir(&lexicons())) {
        (Ok(d), Ok(p)) => (d, p),
        (Err(e), _) => {
            eprintln!("pairing_scale: {e}");
            std::process::exit(2);
        }
        (_, Err(e)) => {
            eprintln!("pairing_scale: {e}");
            std::process::exit(2);
        }
    };
    let dir = data.join("news/throughput_en_es");
    let mut profiles = Vec::new();
    for (files, lang) in [
        (
            ["en_bbc_news_2004_2005.jsonl", "en_abc_australia_2006.jsonl"],
            Lang::En,
        ),
        (
            [
                "es_conll2002_efe_newswire.jsonl",
                "es_fakenews_corpus_spanish.jsonl",
            ],
            Lang::Es,
        ),
    ] {
        let mut n = 0;
        'files: for f in files {
            for (i, v) in read_jsonl(&dir.join(f)).iter().enumerate() {
                if n >= base {
                    break 'files;
                }
                let text = v["text"].as_str().unwrap_or_default();
                let doc = p.process(RawDoc {
                    id: format!("{f}:{i}"),
                    text: text.into(),
                    lang: Some(lang),
                    meta: Default::default(),
                });
                profiles.push(DocProfile::from_record(&DocumentRecord::from_document(
                    &doc,
                )));
                n += 1;
            }
        }
    }
    let claims: usize = profiles.iter().map(|d| d.claims.len()).sum();
    println!("base: {} documents, {claims} claims", profiles.len());
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let corpus: Vec<DocProfile> = (0..100_000)
        .map(|k| {
            let src = &profiles[k % profiles.len()];
            let mut d = src.clone();
            d.doc_id = format!("{}#{k}", src.doc_id);
            d.entities.retain(|_| rng.below(5) != 0);
            for _ in 0..3 {
                let other = &profiles[rng.below(profiles.len())];
                if let Some(e) = other.entities.get(rng.below(other.entities.len())) {
                    d.entities.push(e.clone());
                }
            }
            for (c, claim) in d.claims.iter_mut().enumerate() {
                claim.id = format!("{}#{c}", d.doc_id);
            }
            d
        })
        .collect();
    let aligner = Aligner::new(p.stands_for());
    println!(
        "{:>8} {:>10} {:>10} {:>12} {:>8}",
        "docs", "pairs", "alignments", "median s", "ratio"
    );
    let mut first = None;
    for n in [10_000, 20_000, 50_000, 100_000] {
        let docs = &corpus[..n];
        let mut times = Vec::new();
        let (mut pairs, mut aligned) = (0, 0);
        for _ in 0..3 {
            let t = Instant::now();
            pairs = aligner.pair_documents(docs).len();
            aligned = aligner.align(docs).len();
            times.push(t.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        let med = times[1];
        let ratio = med / *first.get_or_insert(med);
        println!("{n:>8} {pairs:>10} {aligned:>10} {med:>12.2} {ratio:>8.2}");
    }
}
