#!/usr/bin/env bash
# bench/box2d/run.sh [--smoke] [run.mjs options]: the Box2D benchmark of
# docs/Performance.md ("A real library against its published build").
# Builds examples/box2d (Box2D from Debian's source, its wasmport module and
# libbox2d.a for wasm32-wasi and natively; examples/box2d/run.sh), this
# directory's scene.cpp against both libbox2d.a, installs npm's box2d-wasm at
# the version package-lock.json pins, then runs run.mjs. Needs wasmport built
# (scripts/setup.sh) in WASMPORT_BUILD_DIR (default build/); examples/box2d
# is built in WASMPORT_BOX2D_DIR (default BUILD_DIR/examples/box2d, where its
# run.sh builds it: a second build there is incremental).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(realpath -m "${WASMPORT_BUILD_DIR:-$root/build}")
example=$(realpath -m "${WASMPORT_BOX2D_DIR:-$build/examples/box2d}")
out=$build/bench-box2d
mkdir -p "$out"
die() {
  echo "bench/box2d: error: $*" >&2
  exit 1
}

"$root/examples/box2d/run.sh" "$example" >"$out/example.log" 2>&1 ||
  die "examples/box2d/run.sh failed (log: $out/example.log)"
box2d=$("$root/scripts/debian-source.sh" box2d=2.4.1-3 | tail -n 1)

# Box2D's library was built by CMake in Release: the scene gets its flags.
flags=(-O3 -DNDEBUG -std=c++17 -isystem "$box2d/include")
clang++-19 --target=wasm32-wasi --sysroot=/usr -mexec-model=command -fno-exceptions "${flags[@]}" \
  "$here/scene.cpp" "$example/wasm/box2d/libbox2d.a" -o "$out/scene.wasm"
c++ "${flags[@]}" "$here/scene.cpp" "$example/native/box2d/libbox2d.a" -o "$out/scene_native"

# npm ci again only when the pin changed.
if ! cmp -s "$here/package-lock.json" "$out/npm/package-lock.json"; then
  rm -rf "$out/npm"
  mkdir -p "$out/npm"
  cp "$here/package.json" "$here/package-lock.json" "$out/npm/"
  (cd "$out/npm" && npm ci --no-audit --no-fund >/dev/null) || die "npm ci failed: it needs the npm registry"
fi

node "$here/run.mjs" --pkg "$example/wasm/box2d_js" --node-modules "$out/npm/node_modules" \
  --wasi "$out/scene.wasm" --native "$out/scene_native" --out "$out/results.json" "$@"
