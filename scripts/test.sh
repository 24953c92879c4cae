#!/usr/bin/env bash
# Quick start 2: every test. Type check, unit tests (Node), build, then end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-chromium
mkdir -p reports

echo "==> type check"
npm run check

echo "==> unit tests"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || unit_status=$?

echo "==> build"
npm run build

echo "==> e2e tests"
e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json \
	npx playwright test --reporter=list,json || e2e_status=$?

node scripts/test-summary.mjs reports/vitest.json reports/playwright.json
exit $(( unit_status || e2e_status ))
