#!/usr/bin/env bash
# Builds wasmport and runs every test: unit tests (gtest), the lit suite
# (attributes, diagnostics, manifests, golden files) and the end-to-end
# tests (node --test), all through CTest, then the contract smoke check.
# The tests of C++ exceptions (test/eh) need the runtime built with
# -fwasm-exceptions: setup.sh builds it once per machine (about 75 s,
# scripts/eh-runtime.sh) or reuses it, and passes it to CMake.
set -euo pipefail
wasmport_with_eh_runtime=1
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$WASMPORT_ROOT"
if [ -x ../shared/tools/contract-smoke.sh ]; then
  ../shared/tools/contract-smoke.sh "$WASMPORT_BUILD_DIR"
fi
ctest --test-dir "$WASMPORT_BUILD_DIR" -j2 --output-on-failure
