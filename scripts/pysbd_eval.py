#!/usr/bin/env python3
"""pySBD on the sentence-splitting sets that `sbd_eval` measures crossclaim on (issue 4).

    sh scripts/pysbd_setup.sh                  # once: .venv/ with pysbd
    .venv/bin/python scripts/pysbd_eval.py     # the table
    .venv/bin/python scripts/pysbd_eval.py --json   # the counts, for sbd_eval
    .venv/bin/python scripts/pysbd_eval.py --show golden/en   # failures of one set

The cases and the scoring are the same as in crates/crossclaim-bench/src/bin/sbd_eval.rs:

- exact-case sets (pySBD golden rules `*_noclean.json`, pragmatic_segmenter cases with
  `verbatim: true`, LanguageTool cases): a case is right when the list of predicted sentences,
  each trimmed of surrounding white space and empty ones dropped, equals the expected list
  trimmed the same way (LanguageTool's expected sentences keep trailing spaces);
- UD English EWT paragraphs: gold sentences are located in the paragraph text in order; a
  predicted sentence is located the same way (trimmed); precision, recall and F1 of exact spans;
- pud-joined (extra, synthetic): the sentences of each document of the parallel UD PUD treebanks
  (English and Spanish) joined with one space, scored like EWT.

pySBD runs as `pysbd.Segmenter(language=..., clean=False)`. The data is read from
$CROSSCLAIM_DATA or ../shared/data seen from the repository root; holdout/ is never read.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_dir():
    env = os.environ.get("CROSSCLAIM_DATA")
    d = Path(env) if env else ROOT.parent / "shared" / "data"
    if not d.is_dir():
        sys.exit(f"pysbd_eval: no external data at {d} (set CROSSCLAIM_DATA)")
    return d


def load_sets(data):
    """[(name, lang, kind, cases)] in table order; kind is 'exact' or 'spans'."""
    sbd = data / "sbd"
    sets = []
    for lang in ("en", "es"):
        cases = json.loads((sbd / f"pysbd_golden_rules/pysbd_{lang}_noclean.json").read_text())
        sets.append(("golden", lang, "exact", cases))
    prag = json.loads((sbd / "pragmatic_segmenter_specs/pragmatic_segmenter_cases.json").read_text())
    for lang in ("en", "es"):
        sets.append(("pragmatic", lang, "exact", [c for c in prag if c["lang"] == lang and c["verbatim"]]))
    lt = json.loads((sbd / "languagetool_srx_tests/languagetool_sentence_split_cases.json").read_text())
    for lang in ("en", "es"):
        sets.append(("languagetool", lang, "exact", [c for c in lt if c["lang"] == lang]))
    for part in ("dev", "test"):
        path = sbd / f"ud_sentences/en_ewt-ud-{part}.paragraphs.jsonl"
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        sets.append((f"ewt-{part}", "en", "spans", cases))
    pud = [json.loads(line) for line in (sbd / "ud_sentences/pud_en_es_parallel.jsonl").read_text().splitlines()
           if line.strip()]
    for lang in ("en", "es"):
        cases = []
        for v in pud:
            if cases and cases[-1]["doc_id"] == v["doc_id"]:
                cases[-1]["text"] += " " + v[lang]
                cases[-1]["sentences"].append(v[lang])
            else:
                cases.append({"doc_id": v["doc_id"], "text": v[lang], "sentences": [v[lang]]})
        sets.append(("pud-joined", lang, "spans", cases))
    return sets


def trimmed(sentences):
    return [s.strip() for s in sentences if s.strip()]


def locate(text, sentences):
    """Spans of the trimmed sentences found in order in text; a sentence not found (changed
    text) gets a span that matches nothing."""
    spans, pos = [], 0
    for s in trimmed(sentences):
        i = text.find(s, pos)
        if i < 0:
            spans.append((-1, len(spans)))
            continue
        spans.append((i, i + len(s)))
        pos = i + len(s)
    return spans


def score(segmenters, sets, show=None):
    rows = []
    for name, lang, kind, cases in sets:
        seg = segmenters[lang]
        row = {"set": name, "lang": lang, "kind": kind, "cases": len(cases)}
        label = f"{name}/{lang}"
        if kind == "exact":
            right = 0
            for c in cases:
                got = trimmed(seg.segment(c["text"]))
                want = trimmed(c["sentences"])
                right += got == want
                if got != want and show == label:
                    print(f"--- {c.get('id')}\n text: {c['text']!r}\n want: {want}\n got:  {got}")
            row["right"] = right
        else:
            tp = pred = gold = 0
            for c in cases:
                want = set(locate(c["text"], c["sentences"]))
                got = set(locate(c["text"], seg.segment(c["text"])))
                tp += len(want & got)
                pred += len(got)
                gold += len(want)
                if got != want and show == label:
                    print(f"--- {c.get('doc_id')}#{c.get('par_index')}\n want: {trimmed(c['sentences'])}\n"
                          f" got:  {trimmed(seg.segment(c['text']))}")
            row.update(tp=tp, pred=pred, gold=gold)
        rows.append(row)
    return rows


def table(rows):
    out = ["pySBD (clean=False)", f"{'set':<14}{'lang':<6}{'cases':>7}  score"]
    for r in rows:
        if r["kind"] == "exact":
            pct = 100.0 * r["right"] / max(r["cases"], 1)
            out.append(f"{r['set']:<14}{r['lang']:<6}{r['cases']:>7}  {pct:6.1f}% exact ({r['right']}/{r['cases']})")
        else:
            p = r["tp"] / max(r["pred"], 1)
            rec = r["tp"] / max(r["gold"], 1)
            f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
            out.append(f"{r['set']:<14}{r['lang']:<6}{r['cases']:>7}  P {p:.3f} R {rec:.3f} F1 {f1:.3f} "
                       f"({r['tp']} of {r['pred']} pred, {r['gold']} gold)")
    return "\n".join(out)


def main(argv):
    try:
        import pysbd
    except ImportError:
        sys.exit("pysbd_eval: pysbd is not installed; run sh scripts/pysbd_setup.sh")
    show = argv[argv.index("--show") + 1] if "--show" in argv and argv.index("--show") + 1 < len(argv) else None
    segmenters = {lang: pysbd.Segmenter(language=lang, clean=False) for lang in ("en", "es")}
    rows = score(segmenters, load_sets(data_dir()), show)
    if show:
        return
    if "--json" in argv:
        print(json.dumps({"tool": f"pysbd {pysbd.__version__}", "rows": rows}))
    else:
        print(table(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
