#!/usr/bin/env bash
# Runs every test of the project, installing what is missing on the way (a fresh machine needs
# no other step): the Rust tests (units, the gold accuracy bars, the conventions, robustness),
# then the web side (wasm binding, browser tests on the served page and the offline file, size
# budgets), then the smoke test of the peer comparison (bench/, peers skipped if not installed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "=== Rust tests"
cargo test --release --locked

echo "=== web tests"
bash scripts/test-web.sh

echo "=== peer comparison smoke test"
bash bench/smoke.sh

echo "test: all passed"
