#!/usr/bin/env bash
# Installs what building and testing the web page needs, and nothing that is already there.
#
#   scripts/setup.sh          build tools: wasm32 target, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test     the above plus Debian chromium and the e2e npm packages
#
# Everything project-local goes to .tools/ (gitignored); chromium comes from Debian (apt),
# never from a browser download at run time (the machines reach package registries only).
# Idempotent: every step checks the installed version first, so a second run takes seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
# shellcheck source=scripts/versions.sh
. "$ROOT/scripts/versions.sh"
mkdir -p "$TOOLS"
log() { printf '[setup] %s\n' "$*" >&2; }

# The wasm-bindgen CLI must equal the crate version in Cargo.lock, or the generated glue and
# the wasm disagree (WEB.md P4); Cargo.toml pins the crate with "=", versions.sh checks both.
lock_ver="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ -n "$lock_ver" ] && [ "$lock_ver" != "$WASM_BINDGEN_VERSION" ]; then
  log "Cargo.lock has wasm-bindgen $lock_ver but scripts/versions.sh pins $WASM_BINDGEN_VERSION: change both together"
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

WB="$TOOLS/cargo/bin/wasm-bindgen"
if [ "$("$WB" --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (compiles from crates.io, ~4 min)"
  # --locked first (reproducible); its lockfile can name a yanked crate (webpki-roots 1.0.11 was),
  # and then only a fresh resolution installs at all.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --root "$TOOLS/cargo" --force \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS/cargo" --force
fi

# Debian's binaryen is too old for current rustc output (WEB.md P3); the npm package ships
# a working wasm-opt build.
WO="$TOOLS/node_modules/.bin/wasm-opt"
if ! "$WO" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  log "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  npm install --prefix "$TOOLS" --no-audit --no-fund --save-exact "binaryen@$BINARYEN_VERSION" >&2
fi

if [ "${1:-}" = "test" ]; then
  # A CJK font only so the screenshots are readable (the page itself uses system fonts).
  if ! [ -x /usr/bin/chromium ] || ! dpkg -s fonts-wqy-zenhei >/dev/null 2>&1; then
    log "installing Debian chromium and a CJK font"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >&2
  fi
  # e2e/ has its own lockfile; playwright-core never downloads a browser.
  if ! [ -f "$ROOT/e2e/node_modules/.package-lock.json" ] \
     || ! cmp -s "$ROOT/e2e/package-lock.json" "$ROOT/e2e/node_modules/.reportlens-installed-lock.json" 2>/dev/null; then
    log "installing e2e packages (npm ci)"
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund >&2)
    cp "$ROOT/e2e/package-lock.json" "$ROOT/e2e/node_modules/.reportlens-installed-lock.json"
  fi
fi
log "ok"
