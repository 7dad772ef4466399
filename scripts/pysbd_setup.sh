#!/usr/bin/env sh
# Creates .venv/ at the repository root with pySBD, the reference sentence splitter that
# `scripts/pysbd_eval.py` (and through it `sbd_eval`) measures beside crossclaim.
#
#   sh scripts/pysbd_setup.sh
#
# Needs python3 with the venv module and access to PyPI. Safe to run twice.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet pysbd
.venv/bin/python -c 'import pysbd; print("pysbd", pysbd.__version__, "installed in .venv")'
