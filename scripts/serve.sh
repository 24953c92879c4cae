#!/usr/bin/env bash
# Quick start 1: install, build the static site with its shipped data, and serve it on 127.0.0.1:4173.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build
echo "==> Kloofmeter: http://127.0.0.1:4173/"
exec npx vite preview --host 127.0.0.1 --port 4173 --strictPort
