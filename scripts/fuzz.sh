#!/usr/bin/env bash
# Runs one crossclaim fuzz target for a given time (cargo-fuzz, libFuzzer).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
#   scripts/fuzz.sh all SECONDS          each target in turn, SECONDS each
#
# Targets (fuzz/fuzz_targets/): input (the JSONL/.txt reader), segment (the sentence splitter),
# matcher (case/accent folding and the entity matcher), claims (the whole pipeline, claim
# extraction last). Each checks the invariants of fuzz/src/invariants.rs and panics when one
# breaks; libFuzzer then saves the input in fuzz/artifacts/TARGET/ and the run exits non-zero.
# Reproduce a crash with `scripts/fuzz.sh TARGET 0 fuzz/artifacts/TARGET/crash-…` and turn it into
# a regression test named after the bug.
#
# Needs a nightly toolchain (libFuzzer needs -Z flags) and cargo-fuzz (installed from crates.io
# when missing). Built with --sanitizer none (the code is safe Rust: panics, overflow checks and
# debug assertions are what we look for, and it runs several times faster than with ASan) and
# --debug-assertions. The corpus grows in fuzz/corpus/TARGET (not committed); fuzz/seeds/TARGET
# holds the committed seeds, fuzz/dict/text.dict words, names, quotes and invisible marks.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  sed -n '2,20p' "$0" >&2
  exit 2
fi
target=$1
secs=$2
shift 2

if [ "$target" = all ]; then
  for t in input segment matcher claims; do
    "$0" "$t" "$secs" "$@"
  done
  exit 0
fi
case "$target" in
  input | segment | matcher | claims) ;;
  *) echo "fuzz.sh: unknown target '$target' (input, segment, matcher, claims, all)" >&2; exit 2 ;;
esac

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz.sh: needs a nightly toolchain: rustup toolchain install nightly" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
# Inputs given as files (a crash to reproduce) are run once instead of fuzzing.
corpus=("fuzz/corpus/$target" "fuzz/seeds/$target")
for a in "$@"; do
  if [ -f "$a" ]; then corpus=(); break; fi
done
exec cargo +nightly fuzz run --release --sanitizer none --debug-assertions "$target" \
  "${corpus[@]}" -- \
  -max_total_time="$secs" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -dict=fuzz/dict/text.dict -print_final_stats=1 "$@"
