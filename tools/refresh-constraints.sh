#!/usr/bin/env bash
# Regenerate constraints.txt: resolve pyproject.toml's ranges (with the dev extra) in a clean virtual
# environment and pin every package that got installed. CI and the README's install commands use
# `pip install -c constraints.txt`, so everyone tests and runs the same versions until this is run again.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q '.[dev]'
{
    echo "# Pinned versions of every dependency (dev extra included), resolved from pyproject.toml in a clean venv"
    echo "# by tools/refresh-constraints.sh on $(date -u +%Y-%m-%d) with $("$work/venv/bin/python" -V) on $(uname -m)."
    echo "# Used as: pip install -c constraints.txt -e '.[dev]'   (refresh: tools/refresh-constraints.sh)"
    "$work/venv/bin/pip" freeze --exclude-editable | grep -iv '^ictarchive\b'
} > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) pins"
