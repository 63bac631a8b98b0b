#!/usr/bin/env bash
# Benchmarks the page in headless Chromium next to the native CLI and prints a Markdown table.
#   scripts/bench-web.sh             builds first (page + release CLI)
#   SKIP_BUILD=1 scripts/bench-web.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh test
if [ "${SKIP_BUILD:-}" != "1" ]; then
  bash scripts/build-web.sh
  cargo build --release --bin reportlens
fi
cd e2e && node bench.mjs
