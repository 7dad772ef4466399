//! `crossclaim eval`: scores a run's output against a gold directory.

use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use crossclaim_core::record::{AlignmentRecord, DocumentRecord, StreamRecord};
use crossclaim_eval::{evaluate, load_gold_dir};

pub fn run(gold: &Path, pred: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let (gold_docs, gold_align) = load_gold_dir(gold).map_err(|e| anyhow::anyhow!("gold: {e}"))?;
    let docs: Vec<DocumentRecord> = read_jsonl::<StreamRecord>(&pred.join("documents.jsonl"))?
        .into_iter()
        .filter_map(|r| match r {
            StreamRecord::Document(d) => Some(*d),
            StreamRecord::Error(_) => None,
        })
        .collect();
    let align_path = pred.join("alignments.jsonl");
    let align: Vec<AlignmentRecord> = if align_path.exists() {
        read_jsonl(&align_path)?
    } else {
        Vec::new()
    };
    let report = evaluate(&gold_docs, &gold_align, &docs, &align);
    if json {
        println!("{}", serde_json::to_string_pretty(&report.to_json())?);
    } else {
        print!("{}", report.table());
    }
    Ok(ExitCode::SUCCESS)
}

fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line).with_context(|| format!("{}:{}", path.display(), n + 1))?,
        );
    }
    Ok(out)
}
