# Tool versions the web build uses; sourced by scripts/*.sh.
# wasm-bindgen: must equal the "=x.y.z" pin in Cargo.toml (checked against Cargo.lock by setup.sh).
WASM_BINDGEN_VERSION=0.2.130
# wasm-opt from npm binaryen: 132 understands bulk-memory output of rustc >= 1.87.
BINARYEN_VERSION=132
