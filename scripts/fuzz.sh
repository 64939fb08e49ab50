#!/usr/bin/env bash
# Builds wasmport's libFuzzer targets (fuzz/) with clang in their own build
# directory and runs each for a fixed number of executions, starting from
# the seed corpus in fuzz/corpus/ (docs/Reliability.md).
#
#   scripts/fuzz.sh [RUNS]     RUNS executions per target (default 100000)
#
# Environment:
#   WASMPORT_FUZZ_BUILD_DIR  the build directory (default: build-fuzz)
#   WASMPORT_FUZZ_CXX        the compiler (default: clang++-19)
#   WASMPORT_FUZZ_SEED       libFuzzer's -seed (default 0: a random seed)
#
# What the fuzzers add to the corpus stays in BUILD/corpus/, so later runs
# start from it. On a crash, a sanitizer report, a leak or a broken property
# (fuzz/FuzzCommon.h) the input is saved as BUILD/artifacts/TARGET-crash-*,
# the report is printed, and the script exits 1; reproduce with
#   BUILD/bin/wasmport-TARGET-fuzzer BUILD/artifacts/TARGET-crash-...
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-100000}
build=${WASMPORT_FUZZ_BUILD_DIR:-$root/build-fuzz}
cxx=${WASMPORT_FUZZ_CXX:-clang++-19}
seed=${WASMPORT_FUZZ_SEED:-0}
case $runs in '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;; esac

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DWASMPORT_FUZZ=ON -DBUILD_TESTING=OFF \
    "${launcher[@]}" >/dev/null
fi
ninja -C "$build" wasmport-manifest-fuzzer wasmport-module-fuzzer

# Module seeds: a small module per manifest seed, generated here.
rm -rf "$build/seeds"
python3 "$root/fuzz/make-module-seeds.py" "$build/seeds/module" \
  "$root"/fuzz/corpus/manifest/*.json
mkdir -p "$build/corpus/manifest" "$build/corpus/module" "$build/artifacts"

total=0
start=$SECONDS
for target in manifest module; do
  seeds=("$root/fuzz/corpus/$target")
  [ "$target" = module ] && seeds=("$build/seeds/module")
  log=$build/fuzz-$target.log
  if ! "$build/bin/wasmport-$target-fuzzer" -runs="$runs" -seed="$seed" \
      -dict="$root/fuzz/manifest.dict" -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$target-" \
      "$build/corpus/$target" "${seeds[@]}" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: wasmport-$target-fuzzer failed (log: $log; inputs:" \
      "$build/artifacts/$target-*)" >&2
    exit 1
  fi
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  total=$((total + executed))
  echo "fuzz: wasmport-$target-fuzzer: $executed executions, corpus" \
    "$(find "$build/corpus/$target" -type f | wc -l) inputs, no failure"
done
echo "fuzz: $total executions in $((SECONDS - start)) s"
