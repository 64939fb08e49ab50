#!/usr/bin/env bash
# The determinism test (CMakeLists.txt): same input, byte-identical output.
#
#   check.sh CLANG PLUGIN WASMPORT_JS INCLUDE_DIR SOURCE...
#
# Compiles each SOURCE with the plugin twice in one step (`-o x.wasm`) and
# once as `-c` + link, links all the objects into one module twice, runs
# wasmport-js twice per module for --target node, web and bundler and for
# --target web --minify, and
# compares every .wasm, .js, .d.ts and package.json, and the plugin's
# manifest and thunks side files, byte for byte. Then the same in two
# different directories: copies of the sources compiled from there with a
# relative path, and with an absolute path and -ffile-prefix-map (as build
# systems that use absolute paths do), give the same outputs in both. On
# failure the work directory is kept.
set -euo pipefail

if [ $# -lt 5 ]; then
  echo "usage: $0 CLANG PLUGIN WASMPORT_JS INCLUDE_DIR SOURCE..." >&2
  exit 2
fi
clang=$1 plugin=$2 wasmport_js=$3 include=$4
shift 4
sources=("$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/wasmport-determinism.XXXXXX")
failures=0
trap 'if [ $failures -eq 0 ]; then rm -rf "$work"; else echo "outputs kept in $work" >&2; fi' EXIT

cxx=("$clang" --target=wasm32-wasi --sysroot=/usr -I "$include" -fplugin="$plugin")

# same A B: A and B must be byte-identical.
same() {
  if cmp -s "$1" "$2"; then
    echo "same: ${1#"$work"/} ${2#"$work"/}"
  else
    echo "DIFFERENT: $1 $2" >&2
    case $1 in
      *.wasm | *.o) diff <(od -An -tx1 -v "$1") <(od -An -tx1 -v "$2") | head -5 >&2 || true ;;
      *) diff -u "$1" "$2" | head -12 >&2 || true ;;
    esac
    failures=$((failures + 1))
  fi
}

# compile RUN SOURCE [FLAGS...]: RUN/STEM.{wasm|o} plus the side files.
compile() {
  local run=$1 src=$2
  shift 2
  local stem
  stem=$(basename "$src" .cpp)
  mkdir -p "$work/$run"
  "${cxx[@]}" "$@" "$src" \
    -fplugin-arg-wasmport-manifest="$work/$run/$stem.wasmport.json" \
    -fplugin-arg-wasmport-thunks="$work/$run/$stem.wasmport.thunks.cpp"
}

# package RUN MODULE: wasmport-js twice for each target (min: web, --minify).
package() {
  local run=$1 module=$2 target i
  for target in node web bundler min; do
    local flags=(--target "$target")
    if [ "$target" = min ]; then flags=(--target web --minify); fi
    for i in 1 2; do
      "$wasmport_js" "$work/$run/$module.wasm" "${flags[@]}" \
        --out-dir "$work/$run/pkg$i-$target"
    done
    for f in "$module.wasm" "$module.js" "$module.d.ts" package.json; do
      same "$work/$run/pkg1-$target/$f" "$work/$run/pkg2-$target/$f"
    done
  done
}

objects=()
for src in "${sources[@]}"; do
  stem=$(basename "$src" .cpp)
  # Twice in one step, exactly as DESIGN.md 1.2 documents the command.
  for run in one-a one-b; do
    compile "$run" "$src" -mexec-model=reactor -o "$work/$run/$stem.wasm"
  done
  # And as -c + link.
  compile split "$src" -c -o "$work/split/$stem.o"
  "${cxx[@]}" -mexec-model=reactor "$work/split/$stem.o" -o "$work/split/$stem.wasm"
  objects+=("$work/split/$stem.o")

  for run in one-b split; do
    same "$work/one-a/$stem.wasm" "$work/$run/$stem.wasm"
    same "$work/one-a/$stem.wasmport.json" "$work/$run/$stem.wasmport.json"
    same "$work/one-a/$stem.wasmport.thunks.cpp" "$work/$run/$stem.wasmport.thunks.cpp"
  done
  for run in one-a one-b split; do
    package "$run" "$stem"
  done
  for target in node web bundler min; do
    for f in "$stem.wasm" "$stem.js" "$stem.d.ts" package.json; do
      same "$work/one-a/pkg1-$target/$f" "$work/one-b/pkg1-$target/$f"
      same "$work/one-a/pkg1-$target/$f" "$work/split/pkg1-$target/$f"
    done
  done
done

# Every object in one module (the manifest fragments are merged), twice.
if [ ${#sources[@]} -gt 1 ]; then
  for run in multi-a multi-b; do
    mkdir -p "$work/$run"
    "${cxx[@]}" -mexec-model=reactor "${objects[@]}" -o "$work/$run/multi.wasm"
    package "$run" multi
  done
  same "$work/multi-a/multi.wasm" "$work/multi-b/multi.wasm"
  for target in node web bundler min; do
    for f in multi.wasm multi.js multi.d.ts package.json; do
      same "$work/multi-a/pkg1-$target/$f" "$work/multi-b/pkg1-$target/$f"
    done
  done
fi

# Two directories. The manifest records each entity's file as __FILE__
# would spell it, so a relative path or a prefix map keeps the directory out.
for dir in dir-a dir-b/deeper; do
  mkdir -p "$work/$dir/src"
  cp "${sources[@]}" "$work/$dir/src/"
  for src in "${sources[@]}"; do
    stem=$(basename "$src" .cpp)
    for how in relative mapped; do
      out=$work/$dir/$how
      mkdir -p "$out"
      if [ $how = relative ]; then
        (cd "$work/$dir" && "${cxx[@]}" -mexec-model=reactor "src/$stem.cpp" \
          -o "$out/$stem.wasm" \
          -fplugin-arg-wasmport-manifest="$out/$stem.wasmport.json" \
          -fplugin-arg-wasmport-thunks="$out/$stem.wasmport.thunks.cpp")
      else
        "${cxx[@]}" -mexec-model=reactor -ffile-prefix-map="$work/$dir/=" \
          "$work/$dir/src/$stem.cpp" -o "$out/$stem.wasm" \
          -fplugin-arg-wasmport-manifest="$out/$stem.wasmport.json" \
          -fplugin-arg-wasmport-thunks="$out/$stem.wasmport.thunks.cpp"
      fi
      "$wasmport_js" "$out/$stem.wasm" --target node --out-dir "$out/pkg-$stem"
    done
  done
done
for src in "${sources[@]}"; do
  stem=$(basename "$src" .cpp)
  for how in relative mapped; do
    a=$work/dir-a/$how b=$work/dir-b/deeper/$how
    for f in "$stem.wasm" "$stem.wasmport.json" "$stem.wasmport.thunks.cpp" \
      "pkg-$stem/$stem.wasm" "pkg-$stem/$stem.js" "pkg-$stem/$stem.d.ts" \
      "pkg-$stem/package.json"; do
      same "$a/$f" "$b/$f"
    done
  done
done

if [ $failures -ne 0 ]; then
  echo "determinism: $failures output(s) differ" >&2
  exit 1
fi
echo "determinism: every output is byte-identical"
