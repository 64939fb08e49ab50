#!/usr/bin/env bash
# Builds the plugin, the tools and the unit tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DWASMPORT_SANITIZE=ON, clang) in their own
# build directory and runs the unit tests and the whole lit suite under them
# (docs/Reliability.md). Any sanitizer report fails the run.
#
#   scripts/sanitize.sh [LIT_ARGS...]
#
# Environment:
#   WASMPORT_SANITIZE_BUILD_DIR  the build directory (default: build-asan)
#   WASMPORT_SANITIZE_CXX        the compiler (default: clang++-19)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${WASMPORT_SANITIZE_BUILD_DIR:-$root/build-asan}
cxx=${WASMPORT_SANITIZE_CXX:-clang++-19}

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DWASMPORT_SANITIZE=ON "${launcher[@]}" >/dev/null
fi
ninja -C "$build" wasmport-plugin wasmport-js wasmport-rewrite wasmport-unittests

# Leaks in the tools fail too; the report names the allocation.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
"$build/unittests/wasmport-unittests" --gtest_brief=1
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -q "$@" "$build/test/lit"
echo "sanitize: unit tests and lit suite pass under ASan and UBSan"
