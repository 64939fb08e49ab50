#!/usr/bin/env bash
# examples/web/run.sh [--no-serve] [OUT_DIR]: builds the page and serves it.
# Installs wasmport from its build tree (WASMPORT_BUILD_DIR, default build/)
# into OUT_DIR/wasmport, builds chart.cpp with CMake (CMakeLists.txt,
# wasmport_add_module) in OUT_DIR/build, lays the page out in OUT_DIR/web
# (index.html, main.mjs, items.json, style.css, and the module in pkg/), and
# serves it at http://127.0.0.1:8000/ (serve.mjs; PORT overrides) until
# Ctrl-C. --no-serve stops after the layout (the browser test serves it
# itself). OUT_DIR defaults to $WASMPORT_BUILD_DIR/examples/web.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
serve=1
if [ "${1:-}" = --no-serve ]; then
  serve=0
  shift
fi
build=$(realpath -m "${WASMPORT_BUILD_DIR:-$root/build}")
out=$(realpath -m "${1:-$build/examples/web}")
die() {
  echo "web: error: $*" >&2
  exit 1
}
[ -x "$build/bin/wasmport-js" ] && [ -f "$build/lib/wasmport-plugin.so" ] ||
  die "wasmport is not built in $build (run scripts/setup.sh)"
[ -f "$build/include/wasmport/web/Document.h" ] ||
  die "the Web API headers are not generated in $build (node and npm are needed; see docs/WebAPIs.md)"
mkdir -p "$out"
log=$out/build.log
: >"$log"
step() { echo "web: $*" >&2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

step "installing wasmport from $build into $out/wasmport"
cmake --install "$build" --prefix "$out/wasmport" >>"$log" 2>&1 || die "cmake --install failed (log: $log)"
step "building chart.cpp"
cmake -S "$here" -B "$out/build" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$out/wasmport" >>"$log" 2>&1 || die "configuring failed (log: $log)"
ninja -C "$out/build" >>"$log" 2>&1 || die "the build failed (log: $log)"

mkdir -p "$out/web"
cp "$here/index.html" "$here/main.mjs" "$here/items.json" "$here/style.css" "$out/web/"
rm -rf "$out/web/pkg"
cp -R "$out/build/chart" "$out/web/pkg"
echo "the page: $out/web (index.html; the module in pkg/)"
[ $serve = 1 ] || exit 0
exec node "$here/serve.mjs" "$out/web" --port "${PORT:-8000}"
