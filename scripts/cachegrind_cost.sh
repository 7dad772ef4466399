#!/usr/bin/env sh
# Simulated cost of `crossclaim extract` over the news set at one thread (bench/README.md,
# "Where the time goes"): cachegrind with its cache and branch-predictor simulation, which is
# deterministic, so two builds can be compared on a busy machine where wall time cannot.
#
#   scripts/cachegrind_cost.sh [BINARY] [LEXICON_DIR]
#
# Prints instructions (Ir), mispredicted branches, L1 data misses, last-level misses and the
# estimate  Ir + 15 x mispredicts + 12 x L1 misses + 150 x LL misses  (rough cycle costs of a
# mispredict, of an L1 miss served by L2/L3, of a miss to memory). Per-function figures:
# `cg_annotate bench/out/cachegrind.out | head -60`. Needs valgrind (apt-get install valgrind)
# and ../shared/data (or CROSSCLAIM_DATA). BINARY defaults to target/release/crossclaim, built
# if missing; LEXICON_DIR to the binary's default (give an old build its own lexicons).
set -eu
cd "$(dirname "$0")/.."
bin=${1:-target/release/crossclaim}
lex=${2:-}
data=${CROSSCLAIM_DATA:-../shared/data}/news/throughput_en_es
out=${BENCH_OUT:-bench/out}
[ -d "$data" ] || { echo "cachegrind_cost.sh: no $data (set CROSSCLAIM_DATA)" >&2; exit 2; }
[ -x "$bin" ] || cargo build --release -q -p crossclaim
mkdir -p "$out"
set -- "$bin" --quiet --threads 1
[ -n "$lex" ] && set -- "$@" --lexicons "$lex"
valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
    --cachegrind-out-file="$out/cachegrind.out" "$@" extract "$data"/*.jsonl \
    > /dev/null 2> "$out/cachegrind.err"
python3 - "$out/cachegrind.err" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
def num(label):
    m = re.search(label + r"\s*:\s*([\d,]+)", s)
    return int(m.group(1).replace(",", "")) if m else 0
ir, bm, d1 = num(r"I\s+refs"), num(r"Mispredicts"), num(r"D1\s+misses")
ll = num(r"LLd\s+misses") + num(r"LLi\s+misses")
est = ir + 15 * bm + 12 * d1 + 150 * ll
print(f"Ir {ir/1e6:,.1f} M  mispredicts {bm/1e6:,.2f} M  L1 misses {d1/1e6:,.2f} M  "
      f"LL misses {ll/1e6:,.3f} M  estimate {est/1e6:,.0f} M")
PY
