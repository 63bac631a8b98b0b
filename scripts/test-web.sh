#!/usr/bin/env bash
# Tests the web side, after `cargo test`: installs what is missing (wasm tools, Debian chromium,
# the e2e npm packages), builds the page and the native CLI (the tests' source of expected
# values), then runs, and reports each of:
#   1. the wasm-bindgen tests of the binding, in Node            (scripts/test-wasm.sh)
#   2. the type declarations against a usage file (tsc --noEmit)
#   3. the page's pure modules in Node, and the browser tests against the served site and
#      the offline file from file:// (node --test + playwright-core + /usr/bin/chromium)
#   4. the npm package: scripts/build-npm.sh, then dist/npm imported in Node and checked
#      against the CLI, `npm pack --dry-run`, its types through `exports` (e2e/tests/npm.test.mjs)
#   5. the size budgets (scripts/check-size.mjs)
# Every step runs even if an earlier one failed; the exit status says whether all passed.
# Screenshots land in e2e/artifacts/.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
set -e
bash scripts/setup.sh test
bash scripts/build-web.sh
cargo build --release --bin reportlens
set +e

failed=()
step() {
  local name="$1"; shift
  echo "=== $name"
  if "$@"; then echo "=== $name: ok"; else echo "=== $name: FAILED"; failed+=("$name"); fi
}
step "wasm binding tests" bash scripts/test-wasm.sh
step "type declarations" bash -c 'cd e2e && npx --no-install tsc -p types-check'
step "browser tests" bash -c 'cd e2e && node --test --test-concurrency=1 tests/unit.test.mjs tests/app.test.mjs tests/big.test.mjs'
step "npm package" bash -c 'bash scripts/build-npm.sh && cd e2e && node --test tests/npm.test.mjs'
step "size budgets" node scripts/check-size.mjs

if [ "${#failed[@]}" -gt 0 ]; then
  echo "test-web: FAILED: ${failed[*]}"
  exit 1
fi
echo "test-web: all passed"
