#!/usr/bin/env bash
# The comparison with the peers, in one command: installs them (pinned), builds reportlens
# (native and wasm for node), runs everything and writes bench/RESULTS.md.
#
#   bench/run.sh                 install, build, run, write bench/RESULTS.md
#   bench/run.sh --no-write      same, print only (any bench.py option is passed on)
#   BENCH_SKIP_INSTALL=1 bench/run.sh    use what is installed and built already
#
# Python peers go to bench/.venv (bench/requirements.txt, exact pins), the npm peer to
# bench/node_modules (bench/package-lock.json, npm ci), the wasm glue to bench/.wasm-node.
# Not part of CI: the peers come from PyPI and npm, and a full run takes a few minutes.
# A step that fails is reported and the run goes on without that tool; RESULTS.md says so.
set -uo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
log() { printf '[bench] %s\n' "$*" >&2; }

if [ -z "${BENCH_SKIP_INSTALL:-}" ]; then
  # ---- Python peers
  if ! [ -x "$BENCH/.venv/bin/python" ]; then
    log "creating bench/.venv"
    python3 -m venv "$BENCH/.venv" || log "WARNING: python3 -m venv failed"
  fi
  if [ -x "$BENCH/.venv/bin/python" ]; then
    log "installing Python peers (bench/requirements.txt)"
    "$BENCH/.venv/bin/python" -m pip install --disable-pip-version-check -q -r "$BENCH/requirements.txt" \
      || log "WARNING: pip install failed; the Python peers that did not install are reported as not run"
  fi

  # ---- npm peer
  if command -v npm >/dev/null; then
    log "installing npm peers (bench/package-lock.json)"
    (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error >&2) \
      || log "WARNING: npm ci failed; Recognizers-Text (npm) is reported as not run"
  else
    log "WARNING: npm not found; Recognizers-Text (npm) is reported as not run"
  fi

  # ---- reportlens native
  log "building reportlens (cargo build --release)"
  (cd "$ROOT" && cargo build --release --quiet >&2) \
    || log "WARNING: cargo build --release failed; reportlens native is reported as not run"

  # ---- reportlens wasm for node: the wasm profile, then wasm-bindgen --target nodejs
  WB="$ROOT/.tools/cargo/bin/wasm-bindgen"
  [ -x "$WB" ] || WB="$(command -v wasm-bindgen || true)"
  if [ -z "$WB" ] && [ -x "$ROOT/scripts/setup.sh" ]; then
    log "wasm-bindgen not found: running scripts/setup.sh (build tools)"
    bash "$ROOT/scripts/setup.sh" >&2 || log "WARNING: scripts/setup.sh failed"
    WB="$ROOT/.tools/cargo/bin/wasm-bindgen"
  fi
  if [ -n "$WB" ] && [ -x "$WB" ]; then
    log "building reportlens wasm (profile wasm) and its node glue ($("$WB" --version))"
    if (cd "$ROOT" && cargo build --quiet --lib --profile wasm --target wasm32-unknown-unknown --no-default-features >&2); then
      rm -rf "$BENCH/.wasm-node"
      "$WB" --target nodejs --out-dir "$BENCH/.wasm-node" \
        "$ROOT/target/wasm32-unknown-unknown/wasm/reportlens.wasm" >&2 \
        || log "WARNING: wasm-bindgen failed; reportlens wasm is reported as not run"
    else
      log "WARNING: the wasm build failed; reportlens wasm is reported as not run"
    fi
  else
    log "WARNING: no wasm-bindgen; reportlens wasm is reported as not run"
  fi
fi

PY="$BENCH/.venv/bin/python"
[ -x "$PY" ] || PY="python3"
exec "$PY" "$BENCH/bench.py" "$@"
