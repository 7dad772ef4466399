#!/usr/bin/env bash
# Processes one very large document and reports time and peak memory (issue 9, SPEC §7).
#
#   scripts/big_input.sh [MEGABYTES] [BINARY]
#
# Writes one English and Spanish news text of MEGABYTES (default 200) to a temporary .txt file
# (real articles from ../shared/data/news when present, repeated; else, or with
# BIG_INPUT_SYNTHETIC=1, synthetic paragraphs dense in entities, cues, quotes, abbreviations,
# NFD accents and zero-width marks),
# runs `crossclaim extract` on it under `/usr/bin/time -v`, checks that exactly one document
# record came out (not an error) and prints the elapsed time and the peak resident memory.
# Fails when the run fails or the peak is 1 GiB or more. BINARY defaults to the release build
# (`cargo build --release` first).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
bin=${2:-target/release/crossclaim}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$mb" "$tmp/big.txt" "${BIG_INPUT_SYNTHETIC:-}" <<'PY'
import glob, json, sys
mb, path, synthetic = int(sys.argv[1]), sys.argv[2], sys.argv[3]
# Real English and Spanish news (../shared/data, read in place, never copied into the project)
# gives a realistic density of sentences, mentions and claims; without it, or with
# BIG_INPUT_SYNTHETIC=1, synthetic paragraphs about 20 times denser in entities and cues.
news = sorted(glob.glob("../shared/data/news/throughput_en_es/*.jsonl"))
paras = []
if news and not synthetic:
    for f in news:
        for line in open(f, encoding="utf-8"):
            paras.append(json.loads(line)["text"].strip() + "\n\n")
    print(f"real news from {len(news)} files, {len(paras)} articles", file=sys.stderr)
else:
    paras = [
        "The United States accused China of the cyberattack on Monday, officials said. "
        "“This is a threat,” the White House said in a statement. Joe Biden denied it. ",
        "Estados Unidos culpó a China del ciberataque este lunes, según el comunicado. "
        "El Sr. Pérez dijo que la Unio\u0301n Europea condenó el ataque.\n\n",
        "NATO warned Russia on Tuesday. The U.S. Navy said 3.5 million devices were hit; "
        "the Kremlin\u200b rejected the allegations made by Washington. ",
        "Pekín negó las acusaciones de EE.UU. y advirtió a Taiwán. «Es una calumnia», "
        "reza el comunicado del Ministerio de Relaciones Exteriores chino.\n\n",
    ]
    print("synthetic paragraphs", file=sys.stderr)
target = mb * 1024 * 1024
with open(path, "w", encoding="utf-8") as f:
    size, i = 0, 0
    while size < target:
        p = paras[i % len(paras)]
        f.write(p)
        size += len(p.encode("utf-8"))
        i += 1
PY
ls -l "$tmp/big.txt"
set +e
/usr/bin/time -v "$bin" extract --quiet "$tmp/big.txt" >"$tmp/out.jsonl" 2>"$tmp/time.txt"
rc=$?
set -e
grep -E "Elapsed|Maximum resident" "$tmp/time.txt"
if [ "$rc" -ne 0 ]; then
  echo "big_input.sh: exit code $rc" >&2
  tail -5 "$tmp/time.txt" >&2
  exit 1
fi
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(recs) == 1, f"{len(recs)} records"
r = recs[0]
assert "error" not in r, r.get("error")
print(f"records: 1, lang {r['lang']}, {len(r['sentences'])} sentences, "
      f"{len(r['mentions'])} mentions, {len(r['claims'])} claims")
PY
kb=$(grep "Maximum resident" "$tmp/time.txt" | awk '{print $NF}')
if [ "$kb" -ge $((1024 * 1024)) ]; then
  echo "big_input.sh: peak RSS ${kb} KB is 1 GiB or more" >&2
  exit 1
fi
echo "peak RSS: $((kb / 1024)) MB"
