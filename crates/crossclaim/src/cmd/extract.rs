//! `crossclaim extract`: one document record per input document on stdout, streaming.

use std::io::{IoSlice, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::batch::Outcome;

/// Records of documents up to this size are serialised on the worker threads; a larger one is
/// written straight to stdout by the writer (its record can be several times its size and is
/// never held in memory whole).
const SERIALISE_ON_WORKER: usize = 1 << 20;

/// Ready records are handed to the kernel together once they add up to this many bytes.
const WRITE_BYTES: usize = 1 << 16;

/// Records serialised on the workers, waiting to be written: the writer hands them to the
/// kernel as they are, several in one `writev`, where a `BufWriter` copied every byte of
/// them once more into its buffer (31 MB on news, out of cache by then).
#[derive(Default)]
struct Pending {
    records: Vec<Vec<u8>>,
    bytes: usize,
}

impl Pending {
    fn push(&mut self, out: &mut impl Write, record: Vec<u8>) -> std::io::Result<()> {
        self.bytes += record.len();
        self.records.push(record);
        if self.bytes >= WRITE_BYTES {
            self.flush(out)?;
        }
        Ok(())
    }

    fn flush(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        write_all_vectored(out, &self.records)?;
        self.records.clear();
        self.bytes = 0;
        Ok(())
    }
}

/// Writes all of `bufs`, in order, with as few `write_vectored` calls as `out` allows (what
/// `Write::write_all_vectored`, not stable, does).
fn write_all_vectored(out: &mut impl Write, bufs: &[Vec<u8>]) -> std::io::Result<()> {
    // The first buffer not wholly written, and how much of it is.
    let (mut first, mut done) = (0, 0);
    let mut slices = Vec::with_capacity(bufs.len().min(1024));
    while first < bufs.len() {
        slices.clear();
        slices.push(IoSlice::new(&bufs[first][done..]));
        slices.extend(bufs[first + 1..].iter().take(1023).map(|b| IoSlice::new(b)));
        let mut n = match out.write_vectored(&slices) {
            Ok(0) if slices.iter().any(|s| !s.is_empty()) => {
                return Err(std::io::ErrorKind::WriteZero.into())
            }
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        // Past the buffers written (empty ones too), into the one written in part.
        while first < bufs.len() && n >= bufs[first].len() - done {
            n -= bufs[first].len() - done;
            first += 1;
            done = 0;
        }
        done += n;
    }
    Ok(())
}

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
    let mut pending = Pending::default();
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
                    pending.push(out.get_mut(), bytes)?;
                }
                Line::Large(o) => {
                    pending.flush(out.get_mut())?;
                    o.write_record(&mut out)?;
                    out.flush()?;
                }
            }
            bar.inc(1);
            Ok(())
        },
    )?;
    pending.flush(out.get_mut())?;
    out.flush()?;
    bar.finish_and_clear();
    // The process ends after this command: the lexicons' hundred thousand allocations are left
    // to the system to take back at once, not freed one by one (8 M instructions, a tenth of
    // loading them).
    std::mem::forget(pipeline);
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes at most `step` bytes a call, from one slice or several.
    struct Short {
        got: Vec<u8>,
        step: usize,
        calls: usize,
    }

    impl Write for Short {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.write_vectored(&[IoSlice::new(buf)])
        }

        fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> std::io::Result<usize> {
            self.calls += 1;
            let mut n = 0;
            for b in bufs {
                let take = b.len().min(self.step - n);
                self.got.extend_from_slice(&b[..take]);
                n += take;
                if n == self.step {
                    break;
                }
            }
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Every byte, in order, whatever the writer takes a call: the records written together
    /// are their concatenation (empty records, short writes that end in or between records).
    #[test]
    fn vectored_writes_give_the_concatenation() {
        let mut p = crossclaim_core::testing::Xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..500 {
            let bufs: Vec<Vec<u8>> = (0..p.below(12))
                .map(|i| (0..p.below(40)).map(|k| (i * 7 + k) as u8).collect())
                .collect();
            let want: Vec<u8> = bufs.concat();
            let step = 1 + p.below(50);
            let mut w = Short {
                got: Vec::new(),
                step,
                calls: 0,
            };
            let wrote = write_all_vectored(&mut w, &bufs);
            assert!(wrote.is_ok(), "{wrote:?}");
            assert_eq!(w.got, want, "step {step}, {bufs:?}");
            assert!(w.calls <= want.len().div_ceil(step) + 1, "step {step}");
        }
    }

    /// A writer that takes nothing is an error, not a loop.
    #[test]
    fn a_writer_that_takes_nothing_is_an_error() {
        let mut w = Short {
            got: Vec::new(),
            step: 0,
            calls: 0,
        };
        let e = write_all_vectored(&mut w, &[b"x".to_vec()]).map_err(|e| e.kind());
        assert_eq!(e, Err(std::io::ErrorKind::WriteZero));
    }
}
