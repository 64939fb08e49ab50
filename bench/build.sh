#!/usr/bin/env bash
# Builds the benchmark's three variants of the same API into OUT (default
# BUILD_DIR/bench), all at one optimisation level (-O2) and with debug
# sections stripped at link (Debian's wasm32 libc++ carries DWARF; em++
# strips by default):
#   OUT/wasmport/  api.cpp with the plugin, then wasmport-js --target web
#   OUT/wasmport-min/  the same with --minify (for its size)
#   OUT/wasmport-node/, OUT/wasmport-bundler/  the same .wasm for the other
#                  targets (start-up scenarios, bench/startup.mjs)
#   OUT/raw/       raw.cpp (hand-written extern "C") and raw.js
#   OUT/embind/    embind.cpp with Debian's em++ --bind (emscripten 3.1.6,
#                  clang 14): embind.cjs + embind.wasm for the runs, and
#                  size-web.js, the same glue for browsers only, for sizes
#   OUT/rich-wasmport/, OUT/rich-raw/, OUT/rich-embind/  the rich-type
#                  scenarios (bench/rich/) bound the three ways
#   OUT/sink.js    the JS the import scenarios call
# usage: bench/build.sh BUILD_DIR [OUT]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(cd "$1" && pwd)
out=${2:-$build/bench}
clang=${WASMPORT_CLANG:-clang++-19}
opt=-O2

mkdir -p "$out/wasmport" "$out/wasmport-min" "$out/wasmport-node" "$out/wasmport-bundler" "$out/raw" "$out/embind" \
  "$out/rich-wasmport" "$out/rich-raw" "$out/rich-embind"
cp "$here/sink.js" "$out/sink.js"

wasi=(--target=wasm32-wasi --sysroot=/usr -mexec-model=reactor -std=c++20 "$opt" -Wl,--strip-debug)
"$clang" "${wasi[@]}" -I "$root/include" -fplugin="$build/lib/wasmport-plugin.so" \
  "$here/wasmport/api.cpp" -o "$out/wasmport/api.in.wasm"
"$build/bin/wasmport-js" "$out/wasmport/api.in.wasm" --target web --out-name api \
  --no-typescript --out-dir "$out/wasmport"
"$build/bin/wasmport-js" "$out/wasmport/api.in.wasm" --target web --out-name api \
  --no-typescript --minify --out-dir "$out/wasmport-min"
for target in node bundler; do
  "$build/bin/wasmport-js" "$out/wasmport/api.in.wasm" --target $target --out-name api \
    --no-typescript --out-dir "$out/wasmport-$target"
done

"$clang" "${wasi[@]}" "$here/raw/raw.cpp" -o "$out/raw/raw.wasm"
cp "$here/raw/raw.js" "$out/raw/raw.js"

# The rich-type scenarios: std::expected needs C++23 (wasmport only).
"$clang" "${wasi[@]/-std=c++20/-std=c++23}" -I "$root/include" -fplugin="$build/lib/wasmport-plugin.so" \
  "$here/rich/wasmport.cpp" -o "$out/rich-wasmport/rich.in.wasm"
"$build/bin/wasmport-js" "$out/rich-wasmport/rich.in.wasm" --target web --out-name rich \
  --no-typescript --out-dir "$out/rich-wasmport"
# No C++ exceptions in the hand-written variant (libc++ aborts instead).
"$clang" "${wasi[@]}" -fno-exceptions "$here/rich/raw.cpp" -o "$out/rich-raw/raw.wasm"
cp "$here/rich/raw.js" "$out/rich-raw/raw.js"

# em++ 3.1.6 on Debian: its JS optimiser needs acorn (from /usr/share/nodejs);
# its cache is the prebuilt, read-only system one (FROZEN_CACHE = True in
# /usr/share/emscripten/.emscripten): nothing is built into it, so neither
# EM_CACHE nor EM_CONFIG needs a writable copy.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
emflags=(--bind "$opt" -std=c++17 -sMODULARIZE -sEXPORT_NAME=createEmbind
         -sALLOW_MEMORY_GROWTH -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0)
em++ "${emflags[@]}" "$here/embind/embind.cpp" -o "$out/embind/embind.cjs"
em++ "${emflags[@]}" -sENVIRONMENT=web "$here/embind/embind.cpp" -o "$out/embind/size-web.js"
em++ "${emflags[@]}" "$here/rich/embind.cpp" -o "$out/rich-embind/embind.cjs"
