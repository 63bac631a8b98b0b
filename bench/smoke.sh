#!/usr/bin/env bash
# Quick check of the comparison harness on one short input (seconds, no network, installs
# nothing). Peers that are not installed, and reportlens if not built, are skipped and named.
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="$BENCH/.venv/bin/python"
[ -x "$PY" ] || PY="python3"
exec "$PY" "$BENCH/smoke.py" "$@"
