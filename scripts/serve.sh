#!/usr/bin/env bash
# Builds the page (installing what is missing) and serves it on http://127.0.0.1 (port printed).
#   scripts/serve.sh [port]       default port 8417, or a free one if that is taken
#   SKIP_BUILD=1 scripts/serve.sh serve the last build as is
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ "${SKIP_BUILD:-}" != "1" ]; then bash scripts/build-web.sh; fi
echo "reportlens: offline single file (open it from disk, no server needed): $ROOT/dist/reportlens.html"
exec node scripts/static-server.mjs www "${1:-8417}"
