//! `crossclaim align`: alignment records from document records. Only a compact profile of each
//! document is kept (entity IDs and claims), never its text.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use crossclaim_align::DocProfile;
use crossclaim_core::record::StreamRecord;

pub fn run(lexicons: &Path, docs: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let pipeline = super::pipeline(lexicons)?;
    let mut profiles = Vec::new();
    let mut bad = 0usize;
    let readers: Vec<(String, Box<dyn BufRead>)> = if docs.is_empty() {
        vec![("stdin".into(), Box::new(std::io::stdin().lock()))]
    } else {
        let mut v: Vec<(String, Box<dyn BufRead>)> = Vec::new();
        for p in &docs {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            v.push((
                p.display().to_string(),
                Box::new(std::io::BufReader::new(f)),
            ));
        }
        v
    };
    for (name, reader) in readers {
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{name}:{}", n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<StreamRecord>(&line) {
                Ok(StreamRecord::Document(d)) => profiles.push(DocProfile::from_record(&d)),
                Ok(StreamRecord::Error(_)) => {}
                Err(e) => {
                    bad += 1;
                    eprintln!(
                        "crossclaim align: {name}:{}: not a document record: {e}",
                        n + 1
                    );
                }
            }
        }
    }
    let aligner = pipeline.aligner();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for a in aligner.align(&profiles) {
        serde_json::to_writer(&mut out, &a)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
