#!/usr/bin/env bash
# Builds the web page:
#   www/pkg/         the wasm + wasm-bindgen glue (--target no-modules) + samples.js, served with www/
#   dist/reportlens.html   the offline single file (everything inline, works from file://)
# Installs the tools it lacks first (scripts/setup.sh). Usage: scripts/build-web.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
TOOLS="$ROOT/.tools"
MANIFEST="${RL_MANIFEST_PATH:-$ROOT/Cargo.toml}"   # another crate dir only for debugging the pipeline
TARGET_DIR="${CARGO_TARGET_DIR:-$(dirname "$MANIFEST")/target}"
log() { printf '[build-web] %s\n' "$*" >&2; }

# The cli feature (argument parsing, file I/O) is native-only; panic-hook gives readable panics.
log "cargo build (wasm32, profile wasm)"
cargo build --manifest-path "$MANIFEST" --lib --profile wasm --target wasm32-unknown-unknown \
  --no-default-features --features panic-hook
WASM="$TARGET_DIR/wasm32-unknown-unknown/wasm/reportlens.wasm"

# no-modules: classic scripts only, the one kind that loads from file:// and in a classic
# Blob worker (WEB.md §3a).
log "wasm-bindgen --target no-modules"
rm -rf www/pkg && mkdir -p www/pkg
"$TOOLS/cargo/bin/wasm-bindgen" --target no-modules --out-dir www/pkg --out-name reportlens "$WASM"

# -Oz: size over speed, like the profile; the features are those rustc enables by default for
# wasm32 (old binaryen defaults reject bulk-memory output, WEB.md P3).
optimise() {
  log "wasm-opt -Oz $1"
  "$TOOLS/node_modules/.bin/wasm-opt" -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue \
    -o "$1.opt" "$1"
  mv "$1.opt" "$1"
}
optimise www/pkg/reportlens_bg.wasm

# The file readers (web pages, .mht, .docx): a second, smaller module the page loads on first
# use, so the analysis module stays within its size budget. Its glue defines
# `reportlens_readers` beside the analysis glue's `wasm_bindgen`.
log "cargo build (wasm32, readers module)"
cargo build --manifest-path "$MANIFEST" --lib --profile wasm --target wasm32-unknown-unknown \
  --no-default-features --features panic-hook,readers-module
"$TOOLS/cargo/bin/wasm-bindgen" --target no-modules --no-modules-global reportlens_readers \
  --out-dir www/pkg --out-name readers "$WASM"
optimise www/pkg/readers_bg.wasm

log "samples + single file"
node scripts/build-samples.mjs tests/fixtures/seeds www/pkg/samples.js
node scripts/build-single.mjs www dist/reportlens.html
# Report the budgets; scripts/test-web.sh (CI) fails on them, a local build does not.
node scripts/check-size.mjs --warn
