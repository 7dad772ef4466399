//! `crossclaim run`: the main job. Writes `documents.jsonl`, `claims.jsonl` and
//! `alignments.jsonl` to the output directory, then a summary and the aligned pairs on stderr.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use crossclaim_align::DocProfile;
use crossclaim_core::record::{ClaimLine, DocumentRecord};

use crate::batch::{process_all, Outcome};

pub fn run(
    lexicons: &Path,
    inputs: Vec<PathBuf>,
    out_dir: &Path,
    quiet: bool,
) -> anyhow::Result<ExitCode> {
    let inputs = if inputs.is_empty() {
        vec![crate::paths::default_corpus()]
    } else {
        inputs
    };
    let files = super::expand(inputs)?;
    let pipeline = super::pipeline(lexicons)?;
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    let create = |name: &str| -> anyhow::Result<std::io::BufWriter<std::fs::File>> {
        let p = out_dir.join(name);
        Ok(std::io::BufWriter::new(
            std::fs::File::create(&p).with_context(|| format!("cannot write {}", p.display()))?,
        ))
    };
    let (mut docs_out, mut claims_out) = (create("documents.jsonl")?, create("claims.jsonl")?);
    let bar = super::progress(quiet);
    let mut profiles = Vec::new();
    // For the side-by-side summary: claim id → (sentence text, cue text), kept only for claims.
    let mut claim_text: HashMap<String, (String, String)> = HashMap::new();
    let (mut n_docs, mut n_failed, mut n_claims, mut by_lang) =
        (0usize, 0usize, 0usize, HashMap::<String, usize>::new());
    process_all(
        &pipeline,
        crossclaim_io::Inputs::new(files),
        |o| -> anyhow::Result<()> {
            n_docs += 1;
            docs_out.write_all(o.record_line().as_bytes())?;
            docs_out.write_all(b"\n")?;
            match &o {
                Outcome::Doc(d) => {
                    *by_lang.entry(d.language().code().to_owned()).or_default() += 1;
                    for line in ClaimLine::all_of(d) {
                        n_claims += 1;
                        if !quiet {
                            claim_text.insert(
                                line.id.clone(),
                                (line.sentence.text.to_string(), line.cue.text.to_string()),
                            );
                        }
                        serde_json::to_writer(&mut claims_out, &line)?;
                        claims_out.write_all(b"\n")?;
                    }
                    profiles.push(DocProfile::from_record(&DocumentRecord::from_document(d)));
                }
                Outcome::Error(_) => n_failed += 1,
            }
            bar.inc(1);
            Ok(())
        },
    )?;
    docs_out.flush()?;
    claims_out.flush()?;
    bar.finish_and_clear();
    let aligner = pipeline.aligner();
    let alignments = aligner.align(&profiles);
    let mut align_out = create("alignments.jsonl")?;
    for a in &alignments {
        serde_json::to_writer(&mut align_out, a)?;
        align_out.write_all(b"\n")?;
    }
    align_out.flush()?;
    if !quiet {
        let mut langs: Vec<_> = by_lang.into_iter().collect();
        langs.sort();
        let langs: Vec<String> = langs.into_iter().map(|(l, n)| format!("{n} {l}")).collect();
        eprintln!(
            "crossclaim: {n_docs} documents ({}; {n_failed} failed), {n_claims} claims, {} aligned pairs -> {}",
            langs.join(", "),
            alignments.len(),
            out_dir.display()
        );
        if !alignments.is_empty() {
            eprintln!(
                "\n{:<60} | {:<60} | score",
                "English claim", "Spanish claim"
            );
            for a in &alignments {
                let show = |id: &str| {
                    claim_text
                        .get(id)
                        .map_or_else(|| id.to_owned(), |(s, cue)| excerpt(s, cue))
                };
                eprintln!(
                    "{:<60} | {:<60} | {:.2}",
                    show(&a.en.claim),
                    show(&a.es.claim),
                    a.score
                );
            }
        }
    }
    Ok(if n_failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// About 58 chars of the sentence around the cue, with the cue in brackets.
fn excerpt(sentence: &str, cue: &str) -> String {
    let s = sentence.replace('\n', " ");
    let Some(at) = s.find(cue) else {
        return truncate(&s, 58);
    };
    let marked = format!("{}[{}]{}", &s[..at], cue, &s[at + cue.len()..]);
    let chars: Vec<char> = marked.chars().collect();
    let cue_at = s[..at].chars().count();
    let start = cue_at.saturating_sub(25);
    let text: String = chars[start..].iter().collect();
    let text = if start > 0 {
        format!("…{text}")
    } else {
        text
    };
    truncate(&text, 58)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}
