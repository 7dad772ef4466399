//! Our own gold on MEANTIME articles (`corpus/gold/meantime/`), scored exactly as
//! `crossclaim eval` scores the bundled corpus.
//!
//! `cargo run --release -p crossclaim-bench --bin gold_eval`
//!
//! The texts are not in the project: each gold document id (`corpus_gm_31965_en`) names a
//! MEANTIME article and side, whose text is read from
//! `../shared/data/news/meantime_en_es/meantime_en_es_articles.jsonl` (the `text` field, as the
//! annotation used). The documents go through the pipeline and the aligner, then the report.

use std::path::Path;

use crossclaim_align::{Aligner, DocProfile};
use crossclaim_bench::{data_dir, lexicons, read_jsonl};
use crossclaim_core::record::DocumentRecord;
use crossclaim_eval::{evaluate, load_gold_dir};
use crossclaim_io::RawDoc;
use crossclaim_pipeline::Pipeline;

fn main() {
    let (data, p) = match (data_dir(), Pipeline::from_dir(&lexicons())) {
        (Ok(d), Ok(p)) => (d, p),
        (Err(e), _) | (_, Err(crossclaim_core::LexiconError { message: e, .. })) => {
            eprintln!("gold_eval: {e}");
            std::process::exit(2);
        }
    };
    let gold_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/gold/meantime");
    let (gold, gold_align) = match load_gold_dir(&gold_dir) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("gold_eval: {e}");
            std::process::exit(2);
        }
    };
    let articles = read_jsonl(&data.join("news/meantime_en_es/meantime_en_es_articles.jsonl"));
    let mut docs = Vec::new();
    for g in &gold {
        let (key, side) = g.doc_id.rsplit_once('_').unwrap_or((&g.doc_id, ""));
        let Some(a) = articles.iter().find(|a| {
            a["doc_key"]
                .as_str()
                .is_some_and(|k| k.replace('/', "_") == key)
        }) else {
            eprintln!("gold_eval: no MEANTIME article for {}", g.doc_id);
            continue;
        };
        let text = a[side]["text"].as_str().unwrap_or_default();
        let doc = p.process(RawDoc {
            id: g.doc_id.clone(),
            text: text.into(),
            lang: None,
            meta: Default::default(),
        });
        docs.push(doc);
    }
    let records: Vec<DocumentRecord> = docs.iter().map(DocumentRecord::from_document).collect();
    let profiles: Vec<DocProfile> = records.iter().map(DocProfile::from_record).collect();
    let alignments = Aligner::new(p.stands_for()).align(&profiles);
    let report = evaluate(&gold, &gold_align, &records, &alignments);
    print!("{}", report.table());
}
