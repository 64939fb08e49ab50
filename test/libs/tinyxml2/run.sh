#!/usr/bin/env bash
# The tinyxml2 test: fetches tinyxml2 (Debian's source package, cached by
# scripts/debian-source.sh), compiles its tinyxml2.cpp and binding.cpp into
# one module with the plugin (the commands of DESIGN.md 1.2), generates the
# node package and runs tinyxml2.test.mjs (leak-checked) on it. The binding's
# warnings must be one per foreign class with members left out.
#   test/libs/tinyxml2/run.sh WASMPORT_BUILD_DIR OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=$(realpath "$1")
out=$(realpath -m "$2")
die() {
  echo "tinyxml2: error: $*" >&2
  exit 1
}
src=$("$root/scripts/debian-source.sh" tinyxml2=9.0.0+dfsg-3.1 | tail -n 1)
mkdir -p "$out"
cxx=(clang++-19 --target=wasm32-wasi --sysroot=/usr -I "$root/include" -O1)
# The library without the plugin (it has no wasmport attributes), the binding
# with it, the library's header included as a system header (-isystem): its
# overloads are then foreign, kept in declaration order; linked into one
# module.
"${cxx[@]}" -I "$src" -c "$src/tinyxml2.cpp" -o "$out/tinyxml2.o" || die "compiling tinyxml2.cpp failed"
"${cxx[@]}" -isystem "$src" -fplugin="$build/lib/wasmport-plugin.so" -mexec-model=reactor \
  "$here/binding.cpp" "$out/tinyxml2.o" -o "$out/tinyxml2.wasm" 2>"$out/warnings.txt" ||
  { cat "$out/warnings.txt" >&2; die "compiling the binding failed"; }
# One warning per foreign class with members left out, naming each of them
# (a note at each), and no other warning: as many warnings as classes, each
# class once (virtual functions JS cannot implement are in it too).
warnings=$(grep -c ': warning: ' "$out/warnings.txt" || true)
classes=$(grep -o ": warning: foreign class '[^']*'" "$out/warnings.txt" | sort -u | wc -l)
echo "tinyxml2: $warnings warnings, for $classes foreign classes with members left out"
if [ "$warnings" -ne "$classes" ] || [ "$classes" -eq 0 ]; then
  cat "$out/warnings.txt" >&2
  die "expected one warning per foreign class with omissions ($classes), got $warnings"
fi
"$build/bin/wasmport-js" "$out/tinyxml2.wasm" --target node --out-dir "$out/pkg" ||
  die "wasmport-js failed"
TINYXML2_PKG="$out/pkg/tinyxml2.js" node --expose-gc --test "$here/tinyxml2.test.mjs"
