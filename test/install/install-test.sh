#!/usr/bin/env bash
# The CMake package end to end (docs/CMake.md shows these commands):
#   test/install/install-test.sh SRC_DIR BUILD_DIR WORK_DIR
# installs the already-built tree BUILD_DIR into WORK_DIR/prefix, checks the
# layout of DESIGN.md 1.2, builds a copy of examples/cmake against the
# installed package and runs it, edits the copy's header and checks that
# ninja rebuilds the object and the JS, then builds a project configured with
# the installed toolchain file.
set -euo pipefail
src=$(realpath "$1")
build=$(realpath "$2")
tmp=$(realpath -m "$3")
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }
expect() { # expect WANT GOT WHAT
  [ "$1" = "$2" ] || fail "$3 printed:
$2
expected:
$1"
}

rm -rf "$tmp"
mkdir -p "$tmp"
prefix=$tmp/prefix

# 1. Install, and nothing but the contract's layout.
cmake --install "$build" --prefix "$prefix"
for f in bin/wasmport-js bin/wasmport-rewrite lib/wasmport-plugin.so include/wasmport/wasmport.h \
         lib/cmake/WasmPort/WasmPortConfig.cmake lib/cmake/WasmPort/WasmPortConfigVersion.cmake \
         lib/cmake/WasmPort/WasmPortFunctions.cmake lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake; do
  [ -f "$prefix/$f" ] || fail "missing P/$f"
done
extra=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort |
  grep -v -E '^(bin/wasmport-(js|rewrite)|lib/wasmport-plugin\.so|include/wasmport/[^/]+\.h|lib/cmake/WasmPort/.+)$' || true)
[ -z "$extra" ] || fail "installed files outside the layout: $extra"

# 2. The installed tools run from anywhere (RUNPATH to the LLVM libraries).
(cd / && "$prefix/bin/wasmport-js" --help >/dev/null) || fail "installed wasmport-js does not run"
(cd / && "$prefix/bin/wasmport-rewrite" --help >/dev/null) || fail "installed wasmport-rewrite does not run"

# 3. examples/cmake, copied so that the source tree stays untouched.
cp -R "$src/examples/cmake" "$tmp/example"
cmake -S "$tmp/example" -B "$tmp/example/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix"
ninja -C "$tmp/example/build"
got=$(node "$tmp/example/run.mjs" "$tmp/example/build/counter")
expect "$(cat "$src/examples/cmake/expected.txt")" "$got" "examples/cmake"
for f in counter.js counter.d.ts counter.wasm package.json; do
  [ -s "$tmp/example/build/counter/$f" ] || fail "missing build/counter/$f"
done

# 4. A second build has nothing to do.
noop=$(ninja -C "$tmp/example/build" -n)
grep -qx 'ninja: no work to do.' <<<"$noop" || fail "a second build is not a no-op: $noop"

# 5. Editing the header rebuilds the object, the module and its JS.
sed -i 's/constexpr int32_t kStep = 1;/constexpr int32_t kStep = 10;/' "$tmp/example/counter.h"
grep -q 'kStep = 10;' "$tmp/example/counter.h" || fail "could not edit the copied counter.h"
log=$(ninja -C "$tmp/example/build")
echo "$log"
grep -q 'Compiling counter.cpp' <<<"$log" || fail "editing counter.h did not recompile counter.cpp"
grep -q 'Generating JS bindings counter.js' <<<"$log" || fail "editing counter.h did not regenerate the JS"
got=$(node "$tmp/example/run.mjs" "$tmp/example/build/counter")
expect $'counter at 1\ncounter at 31\nstep 10' "$got" "examples/cmake after editing counter.h"

# 6. The toolchain file: CMake's own rules build for wasm32 with the plugin,
#    and wasmport_add_module works in such a project too.
cp -R "$src/test/install/toolchain" "$tmp/toolchain"
cmake -S "$tmp/toolchain" -B "$tmp/toolchain/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake"
ninja -C "$tmp/toolchain/build"
"$prefix/bin/wasmport-js" "$tmp/toolchain/build/direct.wasm" --out-dir "$tmp/toolchain/build/direct" --target node
got=$(node "$tmp/toolchain/check.mjs" "$tmp/toolchain/build/direct" direct)
expect "direct: sum_digits(1234) = 10" "$got" "the toolchain-built module"
got=$(node "$tmp/toolchain/check.mjs" "$tmp/toolchain/build/function" function)
expect "function: sum_digits(1234) = 10" "$got" "wasmport_add_module under the toolchain file"
# MINIFY: the glue has no indented lines (wasmport-js --minify).
if grep -q '^  ' "$tmp/toolchain/build/function/function.js"; then
  fail "wasmport_add_module(... MINIFY) wrote indented JS"
fi

echo "install-test: ok"
