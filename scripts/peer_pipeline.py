#!/usr/bin/env python3
"""The Python pipeline a user would pick for crossclaim's first stages: the peer of issue 8.

    .venv-peer/bin/python scripts/peer_pipeline.py [--lexicons DIR] INPUT... > out.jsonl

(`sh scripts/peer_setup.sh` installs .venv-peer/.) For each input document, in input order:

- language: the input's `lang` when it is `en` or `es` (the contract crossclaim follows),
  else py3langid over its default model; other languages come out as `und` with nothing more;
- sentences: spaCy's blank pipeline of that language (`spacy.blank("en")` / `spacy.blank("es")`)
  with the rule-based `sentencizer`;
- entity mentions: a spaCy `PhraseMatcher` with attr="LOWER" over the surface forms of the same
  lexicons crossclaim reads (`lexicons/entities/*.lex`: the forms after the TAB, split on `|`,
  the `=` prefix and `?` suffix removed), one match ID per entity, by language (`en`, `es`, `*`
  for both); overlapping matches are resolved with `spacy.util.filter_spans` (longest first);

and one JSON line per document on stdout: `{"doc_id", "lang", "sentences": [{start, end}],
"mentions": [{start, end, text, entity, sentence}]}`, offsets in characters.

INPUT is a `.jsonl` file of `{"id", "text"[, "lang"]}` lines, a `.txt` file (id = file stem) or
a directory of those (in name order), like `crossclaim extract`. Single process: run it with
OMP_NUM_THREADS=1 (the bench does). It does less than crossclaim (no concepts, quantities,
claims, no accent folding) and its accuracy is not the point: it is the speed a user gets from
the usual tools for the part of the job they cover.
"""

import argparse
import glob
import json
import os
import sys

import py3langid
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans


def read_lexicon(dirname):
    """{lang: {entity_id: [surface forms]}} from the entity lexicon files."""
    forms = {"en": {}, "es": {}}
    for path in sorted(glob.glob(os.path.join(dirname, "*.lex"))):
        entity = None
        for raw in open(path, encoding="utf-8"):
            line = raw.rstrip("\n")
            if line.lstrip().startswith("#") or not line.strip():
                continue
            for mark in (" #", "\t#"):
                if mark in line:
                    line = line[: line.index(mark)]
            if line.startswith("@"):
                entity = line[1:].split()[0]
                continue
            if "\t" not in line or entity is None:
                continue
            head, rest = line.split("\t", 1)
            lang = head.strip().split("/")[0]
            langs = ["en", "es"] if lang == "*" else [lang]
            for f in rest.split("|"):
                f = f.strip()
                if f.endswith("?"):
                    f = f[:-1].rstrip()
                if f.startswith("="):
                    f = f[1:].strip()
                if not f:
                    continue
                for l in langs:
                    if l in forms:
                        forms[l].setdefault(entity, []).append(f)
    return forms


def build(lang, entity_forms):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for entity, fs in entity_forms.items():
        matcher.add(entity, list(nlp.tokenizer.pipe(fs)))
    return nlp, matcher


def documents(inputs):
    """(id, text, given lang) for every document of the inputs, in order."""
    for path in inputs:
        if os.path.isdir(path):
            names = sorted(
                os.path.join(path, n)
                for n in os.listdir(path)
                if n.endswith((".jsonl", ".txt"))
            )
            yield from documents(names)
        elif path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        d = json.loads(line)
                        yield d.get("id"), d.get("text", ""), d.get("lang")
        else:
            with open(path, encoding="utf-8") as f:
                yield os.path.splitext(os.path.basename(path))[0], f.read(), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    ap.add_argument("--lexicons", default=os.path.join(root, "lexicons"))
    args = ap.parse_args()
    forms = read_lexicon(os.path.join(args.lexicons, "entities"))
    pipes = {lang: build(lang, forms[lang]) for lang in ("en", "es")}
    out = sys.stdout
    for doc_id, text, given in documents(args.inputs):
        lang = given if given in ("en", "es") else py3langid.classify(text)[0]
        if lang not in pipes:
            out.write(json.dumps({"doc_id": doc_id, "lang": "und", "detected": lang}) + "\n")
            continue
        nlp, matcher = pipes[lang]
        doc = nlp(text)
        sents = list(doc.sents)
        sentences = [{"start": s.start_char, "end": s.end_char} for s in sents]
        starts = [s.start for s in sents]
        # One span per match, labelled with its entity ID; filter_spans keeps the longest.
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in matcher(doc)])
        mentions = []
        k = 0
        for sp in spans:
            while k + 1 < len(starts) and starts[k + 1] <= sp.start:
                k += 1
            mentions.append(
                {
                    "start": sp.start_char,
                    "end": sp.end_char,
                    "text": sp.text,
                    "entity": sp.label_,
                    "sentence": k,
                }
            )
        out.write(
            json.dumps(
                {"doc_id": doc_id, "lang": lang, "sentences": sentences, "mentions": mentions},
                ensure_ascii=False,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
