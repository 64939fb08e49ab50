#!/usr/bin/env bash
# The CMake package end to end (docs/CMake.md shows these commands):
#   test/install/install-test.sh SRC_DIR BUILD_DIR WORK_DIR [deb|ipo]
# installs the already-built tree BUILD_DIR into WORK_DIR/prefix, checks the
# layout of DESIGN.md 1.2, builds a copy of examples/cmake against the
# installed package and runs it, edits the copy's header and checks that
# ninja rebuilds the object and the JS (the module is a CMake sub-build that
# gets the host's build type, launcher and compile commands), then builds a
# project configured with
# the installed toolchain file: static libraries linked whole or warned
# about, wasmport_package, and wasmport_add_module as a real target; then a
# host project whose target_* commands on its module reach the sub-build
# (test/install/targets); last, wasmport_add_test in each build mode (host sub-build, toolchain file,
# WASMPORT_REWRITE=ON), run by ctest with one test per C++ test.
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

mode=${4:-install}
rm -rf "$tmp"
mkdir -p "$tmp"

# 1. Install, and nothing but the contract's layout. `deb`: the Debian
#    package from `cpack -G DEB`, which installs under /usr, unpacked with
#    dpkg -x into WORK_DIR/root (a system-wide dpkg -i is not for a test), so
#    P is WORK_DIR/root/usr.
if [ "$mode" = deb ]; then
  (cd "$build" && cpack -G DEB -B "$tmp/deb") >"$tmp/cpack.log" 2>&1 || fail "cpack -G DEB failed: $(cat "$tmp/cpack.log")"
  deb=$(ls "$tmp"/deb/wasmport_*.deb)
  [ -f "$deb" ] || fail "cpack made no wasmport_*.deb: $(ls "$tmp/deb")"
  outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v -E '^\./(usr/.*)?$' || true)
  [ -z "$outside" ] || fail "the package installs outside /usr: $outside"
  depends=$(dpkg-deb -f "$deb" Depends)
  for p in libllvm19 libclang-cpp19 clang-19 lld-19 wasi-libc libc++-19-dev-wasm32; do
    tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -q -x -F "$p" || fail "the package does not depend on $p: $depends"
  done
  dpkg -x "$deb" "$tmp/root"
  prefix=$tmp/root/usr
  echo "install-test: $(basename "$deb"): $(dpkg-deb -c "$deb" | grep -c -v '/$') files under /usr; Depends: $depends"
else
  prefix=$tmp/prefix
  cmake --install "$build" --prefix "$prefix"
fi
for f in bin/wasmport-js bin/wasmport-rewrite bin/wasmport-test share/wasmport/test/wasmport-chromium.mjs lib/wasmport-plugin.so include/wasmport/wasmport.h \
         lib/cmake/WasmPort/WasmPortConfig.cmake lib/cmake/WasmPort/WasmPortConfigVersion.cmake \
         lib/cmake/WasmPort/WasmPortFunctions.cmake lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake; do
  [ -f "$prefix/$f" ] || fail "missing P/$f"
done
# The Web API headers (DESIGN.md 1.5), when the build generated them.
if [ -f "$build/include/wasmport/web/URL.h" ]; then
  for f in include/wasmport/web/web.h include/wasmport/web/URL.h include/wasmport/web/REPORT.md; do
    [ -f "$prefix/$f" ] || fail "missing P/$f"
  done
fi
extra=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort |
  grep -v -E '^(bin/wasmport-(js|rewrite|test)|share/wasmport/test/[^/]+|lib/wasmport-plugin\.so|include/wasmport/[^/]+\.h|include/wasmport/web/([^/]+\.h|REPORT\.md)|lib/cmake/WasmPort/.+)$' || true)
[ -z "$extra" ] || fail "installed files outside the layout: $extra"

# ipo: the toolchain project with CMAKE_INTERPROCEDURAL_OPTIMIZATION and
# CMAKE_BUILD_TYPE=MinSizeRel: both reach the module's sources, and the
# module links and works (needs LTO support of wasmport modules).
if [ "$mode" = ipo ]; then
  cp -R "$src/test/install/toolchain" "$tmp/toolchain"
  cmake -S "$tmp/toolchain" -B "$tmp/toolchain/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake" \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_INTERPROCEDURAL_OPTIMIZATION=ON -DCMAKE_BUILD_TYPE=MinSizeRel \
    >"$tmp/ipo.configure.log" 2>&1 || fail "configuring with IPO failed: $(cat "$tmp/ipo.configure.log")"
  grep -q '"command": "[^"]*-Os -DNDEBUG -flto=thin .*-c [^"]*/bonus\.cpp' "$tmp/toolchain/build/compile_commands.json" ||
    fail "CMAKE_BUILD_TYPE=MinSizeRel and IPO do not reach the module's sources: $(grep bonus "$tmp/toolchain/build/compile_commands.json")"
  ninja -C "$tmp/toolchain/build" function || fail "the module does not link with IPO (-flto=thin)"
  got=$(node "$tmp/toolchain/check-lib.mjs" "$tmp/toolchain/build/function" function)
  expect "function: square_area(7) = 49, bonus() = 7" "$got" "the module built with IPO"
  echo "install-test: ok (ipo)"
  exit 0
fi

# 2. The installed tools run from anywhere (RUNPATH to the LLVM libraries).
(cd / && "$prefix/bin/wasmport-js" --help >/dev/null) || fail "installed wasmport-js does not run"
(cd / && "$prefix/bin/wasmport-rewrite" --help >/dev/null) || fail "installed wasmport-rewrite does not run"

# 3. examples/cmake, copied so that the source tree stays untouched, in a
#    host-configured project: the module is a sub-build under the toolchain
#    file, which gets the build type, the compiler launcher and the compile
#    commands of the host project.
cp -R "$src/examples/cmake" "$tmp/example"
printf '#!/bin/sh\necho "$@" >>"%s/launcher.log"\nexec "$@"\n' "$tmp" >"$tmp/launcher.sh"
chmod +x "$tmp/launcher.sh"
cmake -S "$tmp/example" -B "$tmp/example/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_CXX_COMPILER_LAUNCHER="$tmp/launcher.sh"
ninja -C "$tmp/example/build"
got=$(node "$tmp/example/run.mjs" "$tmp/example/build/counter")
expect "$(cat "$src/examples/cmake/expected.txt")" "$got" "examples/cmake"
for f in counter.js counter.d.ts counter.wasm package.json; do
  [ -s "$tmp/example/build/counter/$f" ] || fail "missing build/counter/$f"
done
grep -q -- '-O3 -DNDEBUG .*-c [^ ]*/example/counter\.cpp' "$tmp/launcher.log" ||
  fail "counter.cpp was not compiled through CMAKE_CXX_COMPILER_LAUNCHER with CMAKE_BUILD_TYPE=Release's flags: $(cat "$tmp/launcher.log")"
grep -q '"file" : "[^"]*/example/counter\.cpp"' "$tmp/example/build/compile_commands.json" ||
  fail "compile_commands.json has no entry for counter.cpp: $(cat "$tmp/example/build/compile_commands.json")"

# 4. A second build compiles and links nothing (the sub-build runs and has
#    nothing to do).
noop=$(ninja -C "$tmp/example/build")
grep -qx 'ninja: no work to do.' <<<"$noop" || fail "the sub-build of a second build is not a no-op: $noop"
if grep -q -E 'Building|Linking' <<<"$noop"; then fail "a second build rebuilt something: $noop"; fi

# 5. Editing the header rebuilds the object, the module and its JS.
sed -i 's/constexpr int32_t kStep = 1;/constexpr int32_t kStep = 10;/' "$tmp/example/counter.h"
grep -q 'kStep = 10;' "$tmp/example/counter.h" || fail "could not edit the copied counter.h"
log=$(ninja -C "$tmp/example/build")
echo "$log"
grep -q 'Building CXX object .*counter\.cpp' <<<"$log" || fail "editing counter.h did not recompile counter.cpp"
grep -q 'Linking CXX executable .*counter\.wasm' <<<"$log" || fail "editing counter.h did not relink counter.wasm"
got=$(node "$tmp/example/run.mjs" "$tmp/example/build/counter")
expect $'counter at 1\ncounter at 31\nstep 10' "$got" "examples/cmake after editing counter.h"

# 6. The toolchain file: CMake's own rules build for wasm32 with the plugin;
#    static libraries' exports reach the modules that link them whole, a
#    plain link of one is a configure warning; wasmport_package and
#    wasmport_add_module make packages there.
cp -R "$src/test/install/toolchain" "$tmp/toolchain"
cmake -S "$tmp/toolchain" -B "$tmp/toolchain/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake" \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$tmp/toolchain.configure.log" 2>&1 ||
  fail "configuring the toolchain project failed: $(cat "$tmp/toolchain.configure.log")"
configured=$(tr -s ' \n' ' ' <"$tmp/toolchain.configure.log")
grep -q 'wasmport: plain links the C++ static library shapes plainly' <<<"$configured" ||
  fail "linking the static library shapes plainly into plain gave no warning: $configured"
if grep -q -E 'wasmport: (whole|packaged|function|direct) links' <<<"$configured"; then
  fail "a whole or C-only static link was warned about: $configured"
fi
ninja -C "$tmp/toolchain/build"
for m in direct plain whole open_whole; do
  "$prefix/bin/wasmport-js" "$tmp/toolchain/build/$m.wasm" --out-dir "$tmp/toolchain/build/$m" --target node
done
got=$(node "$tmp/toolchain/check.mjs" "$tmp/toolchain/build/direct" direct)
expect "direct: sum_digits(1234) = 10" "$got" "the toolchain-built module"
got=$(node "$tmp/toolchain/check.mjs" "$tmp/toolchain/build/function" function)
expect "function: sum_digits(1234) = 10" "$got" "wasmport_add_module under the toolchain file"
got=$(for m in plain whole open_whole packaged function; do
  node "$tmp/toolchain/check-lib.mjs" "$tmp/toolchain/build/$m" $m; done)
expect "plain: square_area(7) = missing
whole: square_area(7) = 49
open_whole: square_area(7) = 49
packaged: square_area(7) = 49
function: square_area(7) = 49, bonus() = 7" "$got" "the static library's exports"
# MINIFY: the glue has no indented lines (wasmport-js --minify).
if grep -q '^  ' "$tmp/toolchain/build/function/function.js"; then
  fail "wasmport_add_module(... MINIFY) wrote indented JS"
fi
grep -q '"command": "[^"]*-DTOOLCHAIN_BONUS=7 .*-Wall -Wextra -Werror .*-c [^"]*/bonus\.cpp' \
  "$tmp/toolchain/build/compile_commands.json" ||
  fail "compile_commands.json lacks the module's bonus.cpp with its definitions and options"

# 7. test/install/targets, host-configured with C++ of its own: the
#    target_* commands called on the module after wasmport_add_module reach
#    its sub-build (each changes one digit of value()), with generator
#    expressions evaluated in the host ($<CONFIG>) or in the sub-build
#    ($<COMPILE_LANGUAGE:CXX>, $<PLATFORM_ID:WASI>); target_link_libraries
#    links the toolchain project's libshapes.a whole and its libdigits.a
#    by -L/-l, and forwards an INTERFACE target's usage requirements;
#    target_sources' more.cpp is compiled for wasm32 only; editing a
#    definition in CMakeLists.txt recompiles; linking a host static library
#    is a configure error.
cp -R "$src/test/install/targets" "$tmp/targets"
tb=$tmp/targets/build
cmake -S "$tmp/targets" -B "$tb" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  -DSHAPES_LIB="$tmp/toolchain/build/libshapes.a" -DDIGITS_DIR="$tmp/toolchain/build" >"$tmp/targets.configure.log" 2>&1 ||
  fail "configuring test/install/targets failed: $(cat "$tmp/targets.configure.log")"
ninja -C "$tb" >"$tmp/targets.build.log" 2>&1 || fail "building test/install/targets failed: $(cat "$tmp/targets.build.log")"
got=$(node "$tmp/targets/check.mjs" "$tb/targets")
expect "targets: value() = 423516, square_area(7) = 49" "$got" "the module configured by target_* commands"
cmp -s "$tb/targets/targets.js" "$tb/after_targets.js" ||
  fail "\$<TARGET_PROPERTY:targets,WASMPORT_JS> or add_dependencies(after_targets targets) did not give the module's JS"
links=$(ninja -C "$tb/CMakeFiles/targets.wasmport.dir/build" -t commands targets)
grep -q -- '-Wl,-z,stack-size=262144' <<<"$links" || fail "target_link_options did not reach the module's link: $links"
# `ninja targets` alone runs the sub-build.
touch "$tmp/targets/more.cpp"
log=$(ninja -C "$tb" targets)
grep -q 'Building CXX object .*more\.cpp' <<<"$log" || fail "ninja targets did not rebuild the module: $log"
sed -i 's/TARGETS_BASE=$<IF:$<CONFIG:Release>,4,1>/TARGETS_BASE=$<IF:$<CONFIG:Release>,7,1>/' "$tmp/targets/CMakeLists.txt"
grep -q 'Release>,7,1>' "$tmp/targets/CMakeLists.txt" || fail "could not edit the copied targets/CMakeLists.txt"
log=$(ninja -C "$tb" 2>&1) || fail "rebuilding test/install/targets after the edit failed: $log"
grep -q 'Building CXX object .*targets\.cpp' <<<"$log" || fail "editing target_compile_definitions did not recompile targets.cpp: $log"
got=$(node "$tmp/targets/check.mjs" "$tb/targets")
expect "targets: value() = 723516, square_area(7) = 49" "$got" "the module after editing target_compile_definitions"
if out=$(cmake -S "$tmp/targets" -B "$tmp/targets/build-host" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DTARGETS_HOST_LIB=ON 2>&1); then
  fail "linking the host static library targets_host into the module configured: $out"
fi
grep -q -F 'links targets_host (LINK_LIBRARIES or target_link_libraries), a STATIC_LIBRARY of this host project' <<<"$(tr -s ' \n' ' ' <<<"$out")" ||
  fail "linking a host static library gave no clear error: $out"
echo "install-test: target_* commands reach the host project's module"

# 8. wasmport_add_test (test/install/cxxtest) host-side (with Chromium when
#    there is one), under the toolchain file and with WASMPORT_REWRITE=ON:
#    before the build ctest has checks_NOT_BUILT; after it, one test per C++
#    test and target, named checks.TARGET.TESTNAME, each running that test
#    only; `ctest -R` selects by those names, and a full run fails exactly
#    the failing test.
cp -R "$src/test/install/cxxtest" "$tmp/cxxtest"
targets=node
if [ -n "${WASMPORT_CHROMIUM:-}" ] || command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then
  targets="node;chromium"
fi
names="adds addsMore parses (a + b) waits fails"
for mode in host toolchain rewrite; do
  b=$tmp/cxxtest/build-$mode
  args=(-DCMAKE_PREFIX_PATH="$prefix")
  case $mode in
    host) args+=("-DTEST_TARGETS=$targets") ;;
    toolchain) args+=(-DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake") ;;
    rewrite) args+=(-DWASMPORT_REWRITE=ON) ;;
  esac
  cmake -S "$tmp/cxxtest" -B "$b" -G Ninja "${args[@]}" >"$b.configure.log" 2>&1 ||
    fail "configuring test/install/cxxtest ($mode) failed: $(cat "$b.configure.log")"
  listed=$(cd "$b" && ctest -N | sed -n 's/^ *Test *#[0-9]*: //p')
  expect "checks_NOT_BUILT" "$listed" "ctest -N before the build ($mode)"
  ninja -C "$b" >"$b.build.log" 2>&1 || fail "building test/install/cxxtest ($mode) failed: $(cat "$b.build.log")"
  want=$(IFS=';'; for t in $([ $mode = host ] && echo "$targets" || echo node); do
    printf '%s\n' adds addsMore 'parses (a + b)' waits fails | sed "s/^/checks.$t./"; done)
  listed=$(cd "$b" && ctest -N | sed -n 's/^ *Test *#[0-9]*: //p')
  expect "$want" "$listed" "ctest -N after the build ($mode)"
  # ctest -R by a test's own name runs that test only, and it passes.
  out=$(cd "$b" && ctest -R '^checks\.node\.adds$' --output-on-failure 2>&1) ||
    fail "ctest -R checks.node.adds failed ($mode): $out"
  grep -q '100% tests passed, 0 tests failed out of 1' <<<"$out" || fail "ctest -R ran more than checks.node.adds ($mode): $out"
  out=$(cd "$b" && ctest -V -R 'parses' 2>&1) || fail "ctest -R parses failed ($mode): $out"
  grep -q -F -- '"--filter" "^parses \(a \+ b\)$"' <<<"$out" || fail "checks.node.parses (a + b) does not filter on its escaped name ($mode): $out"
  grep -q '^ok 1 - parses (a + b)$' <<<"$(sed 's/^[0-9]*: //' <<<"$out")" || fail "the parses test did not run ($mode): $out"
  grep -q 'parses ran' <<<"$out" || fail "the parses test's stdout is not in ctest -V ($mode): $out"
  # Everything: only the failing test fails, with its file:line and values.
  if out=$(cd "$b" && ctest --output-on-failure 2>&1); then
    fail "ctest passed although checks.*.fails fails ($mode): $out"
  fi
  n=$(grep -c '^ *[0-9]*/[0-9]* Test *#[0-9]*: ' <<<"$out" || true)
  [ "$n" = "$(wc -l <<<"$want")" ] || fail "ctest ran $n tests, not $(wc -l <<<"$want") ($mode): $out"
  failed=$(grep -F '***Failed' <<<"$out" | grep -o 'checks\.[a-z]*\.[A-Za-z]*' | sort | tr '\n' ' ')
  expect "$(tr ';' '\n' <<<"$([ $mode = host ] && echo "$targets" || echo node)" | sed 's/^/checks./; s/$/.fails/' | sort | tr '\n' ' ')" \
    "$failed" "the failing tests ($mode)"
  grep -q 'checks.cpp:[0-9]*: WASMPORT_CHECK_EQ(twice(2), 5) failed: 4 != 5' <<<"$out" ||
    fail "the failing test's report lacks its file:line and values ($mode): $out"
  if [ $mode = rewrite ]; then
    find "$b/CMakeFiles/checks.wasmport.dir/build/CMakeFiles/checks.wasmport.dir/rewrite" -name checks.wasmport.cpp | grep -q . ||
      fail "WASMPORT_REWRITE=ON did not build the test module through wasmport-rewrite"
  fi
  echo "install-test: wasmport_add_test ($mode): $(wc -l <<<"$want") tests"
done

echo "install-test: ok"
