#!/usr/bin/env bash
# Runs the wasm-bindgen tests of the JavaScript binding (tests/wasm.rs) in Node, with the
# wasm-bindgen-test-runner that scripts/setup.sh installs (same version as the crate).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$ROOT/.tools/cargo/bin/wasm-bindgen-test-runner"
# Same features as the shipped wasm (no cli), so the tested code is the shipped code.
cargo test --target wasm32-unknown-unknown --no-default-features --features panic-hook --test wasm
