#!/usr/bin/env bash
# Builds wasmport and runs examples/hello end to end:
# C++ → wasm (clang++-19 with the plugin) → JS (wasmport-js) → Node.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$WASMPORT_ROOT"
mkdir -p "$WASMPORT_BUILD_DIR/examples"
set -x
clang++-19 --target=wasm32-wasi --sysroot=/usr -I include -fplugin="$WASMPORT_BUILD_DIR/lib/wasmport-plugin.so" \
  -mexec-model=reactor examples/hello/hello.cpp -o "$WASMPORT_BUILD_DIR/examples/hello.wasm"
"$WASMPORT_BUILD_DIR/bin/wasmport-js" "$WASMPORT_BUILD_DIR/examples/hello.wasm" --out-dir examples/hello/pkg --target node
node examples/hello/run.mjs
