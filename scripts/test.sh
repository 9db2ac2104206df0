#!/usr/bin/env bash
# The project's whole test run, as README.md gives it: it installs what the tests need first,
# so a fresh clone needs nothing but Node, npm and root (or Go and a running Docker engine
# already there).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== installing npm dependencies (and building)"
npm install --no-audit --no-fund --loglevel=error

echo "== installing the Go toolchain if it is missing"
bash scripts/ensure-go.sh

echo "== building the Go support library's TCK model service"
bash scripts/setup-go-library.sh

echo "== making sure a Docker engine answers (started here as root when none does)"
bash scripts/ensure-docker.sh

echo "== building the images of the reference and Go libraries, for the Docker end-to-end tests"
bash scripts/build-images.sh

echo "== format, lint and type checks"
npm run --silent lint
npm run --silent typecheck

echo "== unit and end-to-end tests"
mkdir -p reports
status=0
npx jest --ci --json --outputFile=reports/jest-results.json || status=$?

echo "== the conformance matrix: every combination of tck.config.json (reports/matrix/)"
node bin/cloudstate-tck.js --matrix --report-dir reports/matrix >reports/matrix.log 2>&1 || status=$?
sed -n '/^Matrix of/,$p' reports/matrix.log | grep -v '^{'

echo "== benchmark smoke run"
npm run --silent bench -- --runs 1 || status=$?

node scripts/print-test-totals.js reports/jest-results.json
exit "$status"
