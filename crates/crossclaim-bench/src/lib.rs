//! Shared pieces of the evaluation runs: where the external data is, reading it, timing.
//!
//! Every run reads `../shared/data` (or `$CROSSCLAIM_DATA`); none of that data is copied into
//! the project. `holdout/` is never read here.

use std::path::{Path, PathBuf};
use std::time::Instant;

/// The external data directory, or an explanation of where it was looked for.
pub fn data_dir() -> Result<PathBuf, String> {
    if let Some(d) = std::env::var_os("CROSSCLAIM_DATA") {
        return Ok(PathBuf::from(d));
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let d = repo.join("../shared/data");
    if d.is_dir() {
        Ok(d)
    } else {
        Err(format!(
            "no external data at {} (set CROSSCLAIM_DATA)",
            d.display()
        ))
    }
}

/// The lexicon directory: `$CROSSCLAIM_LEXICONS`, else the repository's.
pub fn lexicons() -> PathBuf {
    match std::env::var_os("CROSSCLAIM_LEXICONS") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons"),
    }
}

/// The files of `dir` whose name ends in `.EXT`, sorted (the order of a run never depends on the
/// file system's).
pub fn files_with_ext(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    names.sort();
    Ok(names)
}

pub fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(str::to_owned)
        .filter(|l| !l.trim().is_empty())
        .collect()
}

pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    read_lines(path)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// Median of `runs` timings of `f`, in seconds.
pub fn median_secs(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// A document of the benchmark sample: its id, text and language.
#[derive(Clone, Debug)]
pub struct SampleDoc {
    pub id: String,
    pub text: String,
    pub lang: crossclaim_core::Lang,
}

/// The benchmark sample: the first documents of each file of `news/throughput_en_es` (real
/// English and Spanish news, read in place), up to `per_file` bytes of text per file, in file
/// name order; or, when the external data is absent, the seed articles of `corpus/` (so that
/// the benches still run, on much less text). The second value says where the sample came from.
pub fn news_sample(per_file: usize) -> (Vec<SampleDoc>, String) {
    use crossclaim_core::Lang;
    if let Ok(dir) = data_dir().map(|d| d.join("news/throughput_en_es")) {
        let names = files_with_ext(&dir, "jsonl").unwrap_or_default();
        let mut docs = Vec::new();
        for p in &names {
            let mut bytes = 0;
            for v in read_jsonl(p) {
                if bytes >= per_file {
                    break;
                }
                let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) else {
                    continue;
                };
                let lang = match v["lang"].as_str() {
                    Some("es") => Lang::Es,
                    _ => Lang::En,
                };
                bytes += text.len();
                docs.push(SampleDoc {
                    id: id.to_owned(),
                    text: text.to_owned(),
                    lang,
                });
            }
        }
        if !docs.is_empty() {
            return (docs, dir.display().to_string());
        }
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let docs = [
        ("000_e4bd1afd6688f9da", Lang::Es),
        ("004_04c521ade4938b45", Lang::En),
    ]
    .into_iter()
    .filter_map(|(id, lang)| {
        let text = std::fs::read_to_string(corpus.join(format!("{id}.txt"))).ok()?;
        Some(SampleDoc {
            id: id.to_owned(),
            text,
            lang,
        })
    })
    .collect();
    (docs, "corpus/ (no external data)".to_owned())
}

/// Scores the pipeline and the aligner against our own gold on MEANTIME articles
/// (`corpus/gold/meantime/`), exactly as `crossclaim eval` scores the bundled corpus.
///
/// The texts are not in the project: each gold document id (`corpus_gm_31965_en`) names a
/// MEANTIME article and side, whose text is read from
/// `DATA/news/meantime_en_es/meantime_en_es_articles.jsonl` (the `text` field, as the annotation
/// used). A gold document whose article is missing is an error, not a silent gap.
pub fn meantime_gold_report(
    p: &crossclaim_pipeline::Pipeline,
    data: &Path,
) -> Result<crossclaim_eval::Report, String> {
    use crossclaim_align::{Aligner, DocProfile};
    use crossclaim_core::record::DocumentRecord;

    let gold_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/gold/meantime");
    let (gold, gold_align) =
        crossclaim_eval::load_gold_dir(&gold_dir).map_err(|e| e.to_string())?;
    let articles = read_jsonl(&data.join("news/meantime_en_es/meantime_en_es_articles.jsonl"));
    let mut docs = Vec::new();
    for g in &gold {
        let (key, side) = g.doc_id.rsplit_once('_').unwrap_or((&g.doc_id, ""));
        let a = articles
            .iter()
            .find(|a| {
                a["doc_key"]
                    .as_str()
                    .is_some_and(|k| k.replace('/', "_") == key)
            })
            .ok_or_else(|| format!("no MEANTIME article for {}", g.doc_id))?;
        let text = a[side]["text"]
            .as_str()
            .ok_or_else(|| format!("no {side} text for {}", g.doc_id))?;
        docs.push(p.process(crossclaim_io::RawDoc {
            id: g.doc_id.clone(),
            text: text.into(),
            lang: None,
            meta: Default::default(),
        }));
    }
    let records: Vec<DocumentRecord> = docs.iter().map(DocumentRecord::from_document).collect();
    let profiles: Vec<DocProfile> = records.iter().map(DocProfile::from_record).collect();
    let alignments = Aligner::new(p.stands_for()).align(&profiles);
    Ok(crossclaim_eval::evaluate(
        &gold,
        &gold_align,
        &records,
        &alignments,
    ))
}
