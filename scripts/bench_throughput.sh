#!/usr/bin/env bash
# End-to-end throughput and memory of `crossclaim extract`, beside the Python pipeline a user
# would pick (spaCy + py3langid, scripts/peer_pipeline.py), in the same run (issue 8).
#
#   scripts/bench_throughput.sh [ROUNDS]
#
# Inputs (read in place, never copied into the repository):
#   news   ../shared/data/news/throughput_en_es/*.jsonl (about 22 MB of English and Spanish
#          news; every document gives its `lang`, which both pipelines trust);
#   detect the same documents as {"id", "text"} only, so that both pipelines detect the
#          language (written to bench/out/, git-ignored);
#   big    the news files replicated to at least 200 MiB (ids made unique), written to
#          bench/out/ at bench time and deleted afterwards unless KEEP_BIG=1.
# Each round runs, one after the other: crossclaim at 1 thread, crossclaim at 2 threads, the
# peer (one process, OMP_NUM_THREADS=1); each under /usr/bin/time for wall time, CPU time and
# peak RSS. ROUNDS (default 5) rounds on news and detect, BIG_ROUNDS (default 3) on big, with the
# peer PEER_BIG_ROUNDS times (default 1: it takes minutes). Figures are medians over rounds;
# the ratio crossclaim / peer is also the median of the per-round ratios (runs interleaved, so
# load from other processes slows both alike). Outputs at 1 and 2 threads are compared with
# cmp after every round: any difference fails the script.
#
# Prints a Markdown report (also written to bench/out/throughput.md) with the machine and the
# load (uptime) before and after. MB = 10^6 bytes of input file; "text MB/s" counts only the
# documents' text. Needs: a Rust toolchain, python3, /usr/bin/time (apt-get install time), and
# .venv-peer/ (`sh scripts/peer_setup.sh`; run here if missing). BIN overrides the binary
# (default: `cargo build --release` and target/release/crossclaim); BENCH_OUT the output folder
# (default bench/out, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
big_rounds=${BIG_ROUNDS:-3}
peer_big_rounds=${PEER_BIG_ROUNDS:-1}
big_mib=${BIG_MIB:-200}
data=${CROSSCLAIM_DATA:-../shared/data}/news/throughput_en_es
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"

if [ ! -d "$data" ]; then
    echo "bench_throughput.sh: no $data (set CROSSCLAIM_DATA)" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "bench_throughput.sh: /usr/bin/time is missing (apt-get install time)" >&2
    exit 2
fi
if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
    BIN=target/release/crossclaim
fi
if [ ! -x .venv-peer/bin/python ]; then
    sh scripts/peer_setup.sh
fi
peer=(env OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 .venv-peer/bin/python scripts/peer_pipeline.py)

news=("$data"/*.jsonl)
echo "preparing inputs in $out/ ..." >&2
python3 - "$out" "$big_mib" "${news[@]}" <<'PY'
import json, os, sys
out, big_mib, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
lines = [l for f in files for l in open(f, encoding="utf-8") if l.strip()]
docs = [json.loads(l) for l in lines]
with open(os.path.join(out, "detect.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
target = big_mib * 1024 * 1024
size, k = 0, 0
with open(os.path.join(out, "big.jsonl"), "w", encoding="utf-8") as f:
    while size < target:
        for d in docs:
            r = dict(d, id=f"{d['id']}~{k}")
            s = json.dumps(r, ensure_ascii=False) + "\n"
            f.write(s)
            size += len(s.encode("utf-8"))
        k += 1
text = sum(len(d["text"].encode("utf-8")) for d in docs)
with open(os.path.join(out, "text_bytes.tsv"), "w") as f:
    f.write(f"news\t{text}\ndetect\t{text}\nbig\t{text * k}\n")
print(f"  news: {len(docs)} documents; big: {k} copies, {size / 1e6:.1f} MB", file=sys.stderr)
PY

runs=$out/runs.tsv
: >"$runs"
load_before=$(uptime)

# run NAME INPUT_NAME ROUND OUTFILE CMD...: one timed run, appended to runs.tsv.
run() {
    local name=$1 input=$2 round=$3 dest=$4
    shift 4
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$dest"
    read -r wall user sys rss <"$out/time.txt"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$input" "$name" "$round" "$wall" "$user" "$sys" "$rss" >>"$runs"
    echo "  $input $name round $round: ${wall}s wall, ${user}s user, ${rss} KB" >&2
}

# bench INPUT_NAME ROUNDS PEER_ROUNDS FILES...
bench() {
    local input=$1 n=$2 np=$3
    shift 3
    for r in $(seq 1 "$n"); do
        run crossclaim-1 "$input" "$r" "$out/$input.cc1.jsonl" "$BIN" --quiet --threads 1 extract "$@"
        run crossclaim-2 "$input" "$r" "$out/$input.cc2.jsonl" "$BIN" --quiet --threads 2 extract "$@"
        if ! cmp -s "$out/$input.cc1.jsonl" "$out/$input.cc2.jsonl"; then
            echo "bench_throughput.sh: $input: output differs between 1 and 2 threads" >&2
            exit 1
        fi
        if [ "$r" -le "$np" ]; then
            run peer "$input" "$r" "$out/$input.peer.jsonl" "${peer[@]}" "$@"
        fi
    done
    echo "  $input: outputs at 1 and 2 threads identical (cmp) in all $n rounds" >&2
    rm -f "$out/$input.cc2.jsonl"
}

echo "running (rounds: news $rounds, detect $rounds, big $big_rounds) ..." >&2
bench news "$rounds" "$rounds" "${news[@]}"
bench detect "$rounds" "$rounds" "$out/detect.jsonl"
bench big "$big_rounds" "$peer_big_rounds" "$out/big.jsonl"
load_after=$(uptime)

sizes=$out/sizes.tsv
{
    printf 'news\t%s\n' "$(cat "${news[@]}" | wc -c)"
    printf 'detect\t%s\n' "$(wc -c <"$out/detect.jsonl")"
    printf 'big\t%s\n' "$(wc -c <"$out/big.jsonl")"
} >"$sizes"
[ "${KEEP_BIG:-0}" = 1 ] || rm -f "$out/big.jsonl" "$out/big.cc1.jsonl" "$out/big.peer.jsonl"

python3 - "$runs" "$sizes" "$out/text_bytes.tsv" "$load_before" "$load_after" "$BIN" "$rounds" "$big_rounds" <<'PY' | tee "$out/throughput.md"
import os, platform, statistics, subprocess, sys
runs_path, sizes_path, text_path, load_before, load_after, binary, rounds, big_rounds = sys.argv[1:]
runs = [l.rstrip("\n").split("\t") for l in open(runs_path) if l.strip()]
sizes = {k: int(v) for k, v in (l.split() for l in open(sizes_path))}
text = {k: int(v) for k, v in (l.split() for l in open(text_path))}
med = statistics.median

def rows(inp, prog):
    return [r for r in runs if r[0] == inp and r[1] == prog]

def cpuinfo():
    model = "?"
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            model = l.split(":", 1)[1].strip()
            break
    mem = "?"
    for l in open("/proc/meminfo"):
        if l.startswith("MemTotal"):
            mem = f"{int(l.split()[1]) / 1024 / 1024:.1f} GiB"
    return model, mem

model, mem = cpuinfo()
print("## Throughput and memory (`scripts/bench_throughput.sh`)\n")
print(f"Machine: {os.cpu_count()} CPUs (nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), "
      f"{model}, {mem} RAM, {platform.system()} {platform.release()}.  ")
print(f"Load before: `{load_before.strip()}`  ")
print(f"Load after: `{load_after.strip()}`\n")
print("| input | MB | program | threads | runs | wall s (median) | MB/s | text MB/s | wall s (min) | CPU s (median) | MB per CPU s | peak RSS MB (max) |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
names = {"crossclaim-1": ("crossclaim", 1), "crossclaim-2": ("crossclaim", 2), "peer": ("peer (spaCy + py3langid)", 1)}
summary = {}
for inp in ("news", "detect", "big"):
    mb, tmb = sizes[inp] / 1e6, text[inp] / 1e6
    for prog in ("crossclaim-1", "crossclaim-2", "peer"):
        rs = rows(inp, prog)
        if not rs:
            continue
        wall = med(float(r[3]) for r in rs)
        best = min(float(r[3]) for r in rs)
        cpu = med(float(r[4]) + float(r[5]) for r in rs)
        rss = max(int(r[6]) for r in rs) / 1024
        summary[(inp, prog)] = (mb / wall, mb / cpu, rs, best)
        name, th = names[prog]
        print(f"| {inp} | {mb:.1f} | {name} | {th} | {len(rs)} | {wall:.2f} | {mb / wall:.2f} | {tmb / wall:.2f} | {best:.2f} | {cpu:.2f} | {mb / cpu:.2f} | {rss:.0f} |")
print()
print("| input | crossclaim 1 thread / peer (wall) | per-round median | 1 thread / peer (CPU) | 2 threads / 1 thread (wall) | per-round median | fastest runs |")
print("|---|---:|---:|---:|---:|---:|---:|")
for inp in ("news", "detect", "big"):
    if (inp, "crossclaim-1") not in summary:
        continue
    c1, c1cpu, r1, b1 = summary[(inp, "crossclaim-1")]
    c2, _, r2, b2 = summary[(inp, "crossclaim-2")]
    scale_rounds = med(float(a[3]) / float(b[3]) for a, b in zip(r1, r2))
    if (inp, "peer") in summary:
        p, pcpu, rp, _ = summary[(inp, "peer")]
        by_round = med(float(b[3]) / float(a[3]) for a, b in zip(r1, rp))
        peer_cols = f"{c1 / p:.1f}× | {by_round:.1f}× | {c1cpu / pcpu:.1f}×"
    else:
        peer_cols = "– | – | –"
    print(f"| {inp} | {peer_cols} | {c2 / c1:.2f}× | {scale_rounds:.2f}× | {b1 / b2:.2f}× |")
print()
print(f"Rounds: news and detect {rounds}, big {big_rounds}. Outputs at 1 and 2 threads byte-identical (cmp) in every round. "
      f"Binary: `{binary}`. MB = 10^6 bytes of input file; text MB/s counts the documents' text only; "
      "CPU s = user + sys; peak RSS = maximum resident set size (`/usr/bin/time`). "
      "Other processes only ever slow a run down: when the load is high, the fastest runs (min) "
      "show what the machine gives, the CPU-time ratio what the work costs.")
PY
