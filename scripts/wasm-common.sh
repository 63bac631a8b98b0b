# The wasm build steps shared by scripts/build-web.sh (the page) and scripts/build-npm.sh (the
# npm package), so both ship the same two modules. Sourced, not run; expects ROOT and log().
#
#   build_wasm FEATURES DEST   cargo build of the library for wasm32 (profile wasm) with FEATURES,
#                              the output copied to DEST
#   optimise FILE              wasm-opt -Oz FILE in place
#
# The two feature sets both write the same target/.../reportlens.wasm: copy after each build.

TOOLS="$ROOT/.tools"
MANIFEST="${RL_MANIFEST_PATH:-$ROOT/Cargo.toml}"   # another crate dir only for debugging the pipeline
TARGET_DIR="${CARGO_TARGET_DIR:-$(dirname "$MANIFEST")/target}"
WASM_BINDGEN="$TOOLS/cargo/bin/wasm-bindgen"

# The cli feature (argument parsing, file I/O) is native-only; panic-hook gives readable panics.
ANALYSIS_FEATURES=panic-hook
# The file readers (web pages, .mht, .docx): a second, smaller module, so the analysis module
# stays within its size budget.
READERS_FEATURES=panic-hook,readers-module

build_wasm() {
  local features="$1" dest="$2"
  log "cargo build (wasm32, profile wasm, features $features)"
  cargo build --manifest-path "$MANIFEST" --lib --profile wasm --target wasm32-unknown-unknown \
    --no-default-features --features "$features"
  cp "$TARGET_DIR/wasm32-unknown-unknown/wasm/reportlens.wasm" "$dest"
}

# -Oz: size over speed, like the profile; --converge repeats it until nothing shrinks (1.2 KB
# gzip less on the analysis module, a few seconds more); the features are those rustc enables
# by default for wasm32 (old binaryen defaults reject bulk-memory output, WEB.md P3).
optimise() {
  log "wasm-opt -Oz --converge $1"
  "$TOOLS/node_modules/.bin/wasm-opt" -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue \
    -o "$1.opt" "$1"
  mv "$1.opt" "$1"
}
