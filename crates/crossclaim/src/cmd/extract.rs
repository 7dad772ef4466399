//! `crossclaim extract`: one document record per input document on stdout, streaming.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::batch::Outcome;

/// Records of documents up to this size are serialised on the worker threads; a larger one is
/// written straight to stdout by the writer (its record can be several times its size and is
/// never held in memory whole).
const SERIALISE_ON_WORKER: usize = 1 << 20;

/// What the writer gets for one document.
enum Line {
    Ready { error: bool, bytes: Vec<u8> },
    Large(Outcome),
}

pub fn run(lexicons: &Path, inputs: Vec<PathBuf>, quiet: bool) -> anyhow::Result<ExitCode> {
    let inputs = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs
    };
    let files = super::expand(inputs)?;
    let pipeline = super::pipeline(lexicons)?;
    let bar = super::progress(quiet);
    // Not `stdout().lock()`: the writer runs on a pool thread (see `process_all_finished`), and
    // a lock guard cannot move between threads; the buffer takes the lock once per 64 KB.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let mut failed = 0usize;
    crate::batch::process_all_finished(
        &pipeline,
        crossclaim_io::Inputs::new(files),
        |o| match &o {
            Outcome::Doc(d) if d.text().len() > SERIALISE_ON_WORKER => Line::Large(o),
            _ => {
                let mut bytes = Vec::with_capacity(4096);
                // Writing to a Vec cannot fail; a record that cannot be serialised is an error
                // line.
                if o.write_record(&mut bytes).is_err() {
                    bytes = o.record_line().into_bytes();
                    bytes.push(b'\n');
                }
                Line::Ready {
                    error: matches!(o, Outcome::Error(_)),
                    bytes,
                }
            }
        },
        |line| -> std::io::Result<()> {
            match line {
                Line::Ready { error, bytes } => {
                    failed += usize::from(error);
                    out.write_all(&bytes)?;
                }
                Line::Large(o) => o.write_record(&mut out)?,
            }
            bar.inc(1);
            Ok(())
        },
    )?;
    out.flush()?;
    bar.finish_and_clear();
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
