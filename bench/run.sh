#!/usr/bin/env bash
# The benchmark suite, in one command: builds wasmport (scripts/setup.sh),
# the three variants of the benchmarked API (bench/build.sh), measures the
# plugin's compile-time overhead (bench/compile_time.py), then runs the
# rounds and prints the table (bench/run.mjs), also written as JSON to
# BUILD_DIR/bench/results.json. Arguments are passed to run.mjs
# (e.g. --rounds 3); then bench/startup.mjs and bench/rich/run.mjs run.
# docs/Performance.md explains the figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$WASMPORT_ROOT"
out=$WASMPORT_BUILD_DIR/bench
bash bench/build.sh "$WASMPORT_BUILD_DIR" "$out"
python3 bench/compile_time.py --clang "${WASMPORT_CLANG:-clang++-19}" \
  --plugin "$WASMPORT_BUILD_DIR/lib/wasmport-plugin.so" \
  --rewrite "$WASMPORT_BUILD_DIR/bin/wasmport-rewrite" \
  --include "$WASMPORT_ROOT/include" --work "$out/compile-time" \
  --out "$out/compile-time.json" >/dev/null
node bench/run.mjs "$out" --compile-time "$out/compile-time.json" "$@"
# Start-up per target and input kind (Node, headless Chromium), and the
# rich-type scenarios (docs/Performance.md, "Start-up", "Rich types").
node bench/startup.mjs "$out"
node bench/rich/run.mjs "$out"
