#!/usr/bin/env bash
# Builds the npm package into dist/npm/ (not published; `cd dist/npm && npm pack` makes the tarball):
#   reportlens            reportlens.js + .d.ts + reportlens_bg.wasm   analyze, analyzeBytes, version
#   reportlens/readers    readers.js + .d.ts + readers_bg.wasm         readFile, readHtml
# wasm-bindgen --target web: ES modules for browsers, bundlers and Node >= 18 (init takes a URL,
# a Response, bytes or a WebAssembly.Module). Same cargo builds and wasm-opt flags as the page
# (scripts/wasm-common.sh); www/pkg is left alone. The package's README is docs/npm.md.
# Installs the tools it lacks first (scripts/setup.sh). Usage: scripts/build-npm.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
log() { printf '[build-npm] %s\n' "$*" >&2; }
# shellcheck source=scripts/wasm-common.sh
. scripts/wasm-common.sh   # build_wasm, optimise (shared with scripts/build-web.sh)
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/npm"
mkdir -p "$PKG"

# bindgen NAME WASM: the web-target glue and wasm for one module, optimised; fails unless the
# declarations export FUNCTION (a guard against a wasm of the other feature set).
bindgen() {
  local name="$1" wasm="$2" function="$3"
  log "wasm-bindgen --target web ($name)"
  "$WASM_BINDGEN" --target web --out-dir "$PKG" --out-name "$name" "$wasm"
  grep -q "^export function $function(" "$PKG/$name.d.ts" \
    || { log "$name.d.ts lacks $function(): built from the wrong wasm?"; exit 1; }
  # The wasm's raw export table, for bundler targets only: nothing imports it here.
  rm -f "$PKG/${name}_bg.wasm.d.ts"
  optimise "$PKG/${name}_bg.wasm"
}

build_wasm "$ANALYSIS_FEATURES" "$STAGE/analysis.wasm"
bindgen reportlens "$STAGE/analysis.wasm" analyze
build_wasm "$READERS_FEATURES" "$STAGE/readers.wasm"
bindgen readers "$STAGE/readers.wasm" readFile

log "package.json + README.md"
cp docs/npm.md "$PKG/README.md"
cp LICENSE "$PKG/LICENSE"
cargo metadata --manifest-path "$MANIFEST" --no-deps --format-version 1 >"$STAGE/metadata.json"
node --input-type=module - "$STAGE/metadata.json" "$PKG/package.json" <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
const [metadata, out] = process.argv.slice(2);
const crate = JSON.parse(readFileSync(metadata, 'utf8')).packages.find((p) => p.name === 'reportlens');
const pkg = {
  name: 'reportlens',
  version: crate.version,
  description: crate.description,
  license: crate.license,
  type: 'module',
  main: './reportlens.js',
  module: './reportlens.js',
  types: './reportlens.d.ts',
  exports: {
    '.': { types: './reportlens.d.ts', default: './reportlens.js' },
    './readers': { types: './readers.d.ts', default: './readers.js' },
    // For bundlers' asset URLs (Vite `?url`) and for reading the bytes in Node.
    './reportlens_bg.wasm': './reportlens_bg.wasm',
    './readers_bg.wasm': './readers_bg.wasm',
    './package.json': './package.json',
  },
  files: ['reportlens.js', 'reportlens.d.ts', 'reportlens_bg.wasm', 'readers.js', 'readers.d.ts', 'readers_bg.wasm'],
  sideEffects: false,
  engines: { node: '>=18' },
  keywords: ['chinese', 'government-report', 'information-extraction', 'indicators', 'wasm'],
};
writeFileSync(out, JSON.stringify(pkg, null, 2) + '\n');
EOF

rm -rf dist/npm
mkdir -p dist
cp -r "$PKG" dist/npm
for f in dist/npm/*_bg.wasm; do
  log "$f: $(wc -c <"$f") B raw, $(gzip -9c "$f" | wc -c) B gzip"
done
log "ok: dist/npm (reportlens $(node -p 'require("./dist/npm/package.json").version'))"
