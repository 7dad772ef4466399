#!/usr/bin/env sh
# Creates .venv-peer/ at the repository root with the Python pipeline a user would pick for the
# same job, the peer that `scripts/bench_throughput.sh` measures crossclaim against (issue 8):
# spaCy (blank English and Spanish pipelines, the rule-based `sentencizer`, a `PhraseMatcher`)
# and py3langid. Models are not needed: blank pipelines ship inside the spacy package.
#
#   sh scripts/peer_setup.sh
#
# Needs python3 with the venv module and access to PyPI. Safe to run twice.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x .venv-peer/bin/python ]; then
    python3 -m venv .venv-peer
fi
.venv-peer/bin/python -m pip install --quiet --upgrade pip
.venv-peer/bin/python -m pip install --quiet "spacy>=3.7,<4" "py3langid>=0.2,<0.4"
.venv-peer/bin/python - <<'PY'
import platform, spacy, py3langid
from importlib.metadata import version
print(f"peer installed in .venv-peer: python {platform.python_version()}, "
      f"spacy {spacy.__version__}, py3langid {version('py3langid')}")
PY
