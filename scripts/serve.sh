#!/usr/bin/env bash
# Quick start 1: install what is missing, build when an input changed, and serve the static site on 127.0.0.1
# (port from PORT, else 4173 or the next free one). scripts/serve.ts says why.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node --import tsx scripts/serve.ts
