//! `crossclaim extract`: one document record per input document on stdout, streaming.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::batch::{process_all, Outcome};

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
    process_all(
        &pipeline,
        crossclaim_io::Inputs::new(files),
        |o| -> std::io::Result<()> {
            if matches!(o, Outcome::Error(_)) {
                failed += 1;
            }
            o.write_record(&mut out)?;
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
