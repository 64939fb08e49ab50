#!/usr/bin/env bash
# examples/box2d/run.sh [OUT_DIR]: fetches Box2D 2.4.1 (Debian's source
# package, cached), builds it for wasm32-wasi and for the host, builds the
# module from binding.cpp, runs the scenes from JS and from C++, and checks:
#   stack   JS == the C++ main for wasm32-wasi, bit for bit (same libbox2d.a)
#   tilted  JS == the native C++ build, within 1e-4
# Needs wasmport built (scripts/setup.sh) in WASMPORT_BUILD_DIR (default
# build/). OUT_DIR defaults to $WASMPORT_BUILD_DIR/examples/box2d; the page
# (index.html) can then be served with the module under ./pkg/ (README.md).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(realpath -m "${WASMPORT_BUILD_DIR:-$root/build}")
out=$(realpath -m "${1:-$build/examples/box2d}")
die() {
  echo "box2d: error: $*" >&2
  exit 1
}
[ -x "$build/bin/wasmport-js" ] && [ -f "$build/lib/wasmport-plugin.so" ] ||
  die "wasmport is not built in $build (run scripts/setup.sh)"
mkdir -p "$out"
log=$out/build.log
: >"$log"
step() { echo "box2d: $*" >&2; }

box2d=$("$root/scripts/debian-source.sh" box2d=2.4.1-3 | tail -n 1)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

step "installing wasmport from $build into $out/wasmport"
cmake --install "$build" --prefix "$out/wasmport" >>"$log" 2>&1 || die "cmake --install failed (log: $log)"
step "building Box2D, the module and the C++ reference for wasm32-wasi"
cmake -S "$here" -B "$out/wasm" -G Ninja "${launcher[@]}" -DBOX2D_SOURCE_DIR="$box2d" \
  -DCMAKE_TOOLCHAIN_FILE="$out/wasmport/lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake" \
  -DCMAKE_PREFIX_PATH="$out/wasmport" >>"$log" 2>&1 || die "configuring for wasm32-wasi failed (log: $log)"
ninja -C "$out/wasm" box2d_js scene_wasm >>"$log" 2>&1 || die "the wasm32-wasi build failed (log: $log)"
step "building Box2D and the C++ reference natively"
cmake -S "$here" -B "$out/native" -G Ninja "${launcher[@]}" -DBOX2D_SOURCE_DIR="$box2d" \
  >>"$log" 2>&1 || die "configuring for the host failed (log: $log)"
ninja -C "$out/native" scene_native >>"$log" 2>&1 || die "the native build failed (log: $log)"

# The page and the module side by side, ready to serve (README.md).
mkdir -p "$out/web"
cp "$here/index.html" "$here/page.css" "$here/page.mjs" "$here/scene.mjs" "$here/view.mjs" "$out/web/"
rm -rf "$out/web/pkg"
cp -R "$out/wasm/box2d_js" "$out/web/pkg"

node=(node --no-warnings)
for scene in stack tilted; do
  "${node[@]}" "$here/run.mjs" "$out/wasm/box2d_js" "$scene" >"$out/$scene.js.txt"
  "${node[@]}" "$here/run-wasi.mjs" "$out/wasm/scene_wasm.wasm" "$scene" >"$out/$scene.wasm.txt"
  "$out/native/scene_native" "$scene" >"$out/$scene.native.txt"
done
# Both comparisons run; either failing fails the script.
status=0
exact=$("${node[@]}" "$here/compare.mjs" exact "$out/stack.js.txt" "$out/stack.wasm.txt") || status=1
close=$("${node[@]}" "$here/compare.mjs" 1e-4 "$out/tilted.js.txt" "$out/tilted.native.txt") || status=1
[ -z "$exact" ] || echo "stack, JS and C++ for wasm32-wasi: $exact"
[ -z "$close" ] || echo "tilted, JS and native C++: $close"
echo "the page: serve $out/web (index.html)"
exit $status
