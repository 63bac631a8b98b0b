#!/usr/bin/env bash
# Builds the web page:
#   www/pkg/         the wasm + wasm-bindgen glue (--target no-modules) + samples.js, served with www/
#   dist/reportlens.html   the offline single file (everything inline, works from file://)
# Installs the tools it lacks first (scripts/setup.sh). Usage: scripts/build-web.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
log() { printf '[build-web] %s\n' "$*" >&2; }
# shellcheck source=scripts/wasm-common.sh
. scripts/wasm-common.sh   # build_wasm, optimise (shared with scripts/build-npm.sh)
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

build_wasm "$ANALYSIS_FEATURES" "$STAGE/analysis.wasm"

# no-modules: classic scripts only, the one kind that loads from file:// and in a classic
# Blob worker (WEB.md §3a).
log "wasm-bindgen --target no-modules"
rm -rf www/pkg && mkdir -p www/pkg
"$WASM_BINDGEN" --target no-modules --out-dir www/pkg --out-name reportlens "$STAGE/analysis.wasm"
optimise www/pkg/reportlens_bg.wasm

# The file readers (web pages, .mht, .docx): a second, smaller module the page loads on first
# use, so the analysis module stays within its size budget. Its glue defines
# `reportlens_readers` beside the analysis glue's `wasm_bindgen`.
build_wasm "$READERS_FEATURES" "$STAGE/readers.wasm"
"$WASM_BINDGEN" --target no-modules --no-modules-global reportlens_readers \
  --out-dir www/pkg --out-name readers "$STAGE/readers.wasm"
optimise www/pkg/readers_bg.wasm

log "samples + single file"
node scripts/build-samples.mjs tests/fixtures/seeds www/pkg/samples.js
node scripts/build-single.mjs www dist/reportlens.html
# Report the budgets; scripts/test-web.sh (CI) fails on them, a local build does not.
node scripts/check-size.mjs --warn
