//! `crossclaim extract`: one document record per input document on stdout, streaming.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::batch::Outcome;

pub fn run(lexicons: &Path, inputs: Vec<PathBuf>, quiet: bool) -> anyhow::Result<ExitCode> {
    let inputs = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs
    };
    let files = super::expand(inputs)?;
    let pipeline = super::pipeline(lexicons)?;
    let bar = super::progress(quiet);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = 0usize;
    crate::batch::process_all_finished(
        &pipeline,
        crossclaim_io::Inputs::new(files),
        |o| {
            let mut line = Vec::with_capacity(4096);
            // Writing to a Vec cannot fail; a record that cannot be serialised is an error line.
            if o.write_record(&mut line).is_err() {
                line = o.record_line().into_bytes();
                line.push(b'\n');
            }
            (matches!(o, Outcome::Error(_)), line)
        },
        |(error, line): (bool, Vec<u8>)| -> std::io::Result<()> {
            if error {
                failed += 1;
            }
            out.write_all(&line)?;
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
