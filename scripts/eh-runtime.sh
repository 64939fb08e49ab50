#!/usr/bin/env bash
# Builds, once per machine, a C++ runtime for wasm32-wasi with WebAssembly
# exception handling, and prints its library directory on stdout (last line).
#
# Why: Debian's wasm32 libc++ and libc++abi (libc++-19-dev-wasm32,
# libc++abi-19-dev-wasm32) are built with exceptions off, so code compiled
# with `clang++-19 --target=wasm32-wasi -fwasm-exceptions` does not link
# (__cxa_begin_catch, _Unwind_CallPersonality, ... are missing). This script
# builds libunwind, libc++abi and libc++ from the source of the very Debian
# package the installed clang-19 comes from (llvm-toolchain-19, same upstream
# version), configured as Debian configures its wasm32 libc++ (debian/rules)
# except for exceptions, which are on, and the LLVM unwinder, which is used.
# The libraries match the libc++ headers users compile against
# (/usr/include/wasm32-wasi/c++/v1): the build checks that its __config_site
# is Debian's.
#
# Result: $CACHE/eh-runtime-<upstream version>/lib/{libc++,libc++abi,libunwind}.a
# where CACHE is ${WASMPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmport}.
# Use it with (docs/Exceptions.md):
#   clang++-19 --target=wasm32-wasi --sysroot=/usr -fwasm-exceptions ... \
#     -L"$(scripts/eh-runtime.sh)" -lunwind
#
# Idempotent: a stamp file records what the libraries were built from (the
# Debian versions of clang-19, libc++-19-dev-wasm32 and wasi-libc, and a hash
# of the build recipe below); when it matches, the script only prints the
# directory (well under a second). Concurrent runs wait on a lock. The
# downloads and the build tree live in the cache directory too and are
# deleted after a successful build; only the libraries, the stamp and the
# build log stay (about 2 MB).
#
# Messages go to stderr; on failure, one line `eh-runtime: error: ...` and
# exit status 1 (the build's output is in the cache directory's build.log).
#
# Needs: clang-19, lld-19, llvm-19 (llvm-ar), wasi-libc, libc++-19-dev-wasm32,
# cmake, ninja-build, patch, xz-utils, and apt access to the Debian archive
# clang-19 was installed from (scripts/setup.sh installs the packages).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { echo "eh-runtime: $*" >&2; }
die() {
  echo "eh-runtime: error: $*" >&2
  exit 1
}
# Any other failing command ends the script with one line too.
trap 'die "failed (line $LINENO): $BASH_COMMAND${build_log:+ (log: $build_log)}"' ERR
build_log=

# --- What to build from ---------------------------------------------------
debian_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }
clang_version=$(debian_version clang-19)
libcxx_version=$(debian_version libc++-19-dev-wasm32)
wasi_libc_version=$(debian_version wasi-libc)
[ -n "$clang_version" ] || die "clang-19 is not installed (run scripts/setup.sh)"
[ -n "$libcxx_version" ] || die "libc++-19-dev-wasm32 is not installed (run scripts/setup.sh)"
[ -n "$wasi_libc_version" ] || die "wasi-libc is not installed (run scripts/setup.sh)"
[ "$libcxx_version" = "$clang_version" ] ||
  die "libc++-19-dev-wasm32 $libcxx_version and clang-19 $clang_version differ: upgrade both"
# 1:19.1.7-3~deb12u1 -> 19.1.7 (drop the epoch and the Debian revision).
upstream=${clang_version#*:}
upstream=${upstream%-*}
source_package=llvm-toolchain-19

cache=${WASMPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmport}
root=$cache/eh-runtime-$upstream
libdir=$root/lib
stamp=$root/stamp
libraries=(libc++.a libc++abi.a libunwind.a)

# --- The build recipe -----------------------------------------------------
# Debian's wasm32 libc++ configuration (debian/rules, build-wasm/libcxx-%-wasi)
# with these differences, as wasi-sdk's exception-enabled sysroot does:
# exceptions on in libc++ and libc++abi, libunwind built (its Unwind-wasm.c
# is the whole unwinder: the wasm `throw` instruction and the call into the
# personality routine) and used by libc++abi, -fwasm-exceptions everywhere.
# Also: static only, no threads, no filesystem (as Debian), no debug info
# (-g0, as Debian on most architectures), and libunwind without its debug
# assertions and API tracing. Clang 19 emits the legacy wasm EH instructions
# (try/catch/rethrow/delegate) by default, which Node 20 runs without flags.
eh_flags="-fwasm-exceptions -fno-stack-protector"
recipe=(
  -DCMAKE_BUILD_TYPE=Release
  "-DCMAKE_C_FLAGS_RELEASE=-O2 -DNDEBUG -g0"
  "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG -g0"
  "-DCMAKE_ASM_FLAGS_RELEASE=-O2 -DNDEBUG -g0"
  "-DCMAKE_C_FLAGS=$eh_flags"
  "-DCMAKE_CXX_FLAGS=$eh_flags"
  "-DCMAKE_ASM_FLAGS=$eh_flags"
  -DCMAKE_C_COMPILER=/usr/lib/llvm-19/bin/clang
  -DCMAKE_CXX_COMPILER=/usr/lib/llvm-19/bin/clang++
  -DCMAKE_AR=/usr/lib/llvm-19/bin/llvm-ar
  -DCMAKE_RANLIB=/usr/lib/llvm-19/bin/llvm-ranlib
  -DCMAKE_C_COMPILER_TARGET=wasm32-wasi
  -DCMAKE_CXX_COMPILER_TARGET=wasm32-wasi
  -DCMAKE_ASM_COMPILER_TARGET=wasm32-wasi
  -DCMAKE_SYSROOT=/usr
  # Cross-compiling: CMake's test programs would not link without a runtime.
  -DCMAKE_C_COMPILER_WORKS=ON
  -DCMAKE_CXX_COMPILER_WORKS=ON
  -DLLVM_COMPILER_CHECKED=ON
  "-DLLVM_ENABLE_RUNTIMES=libunwind;libcxxabi;libcxx"
  -DLLVM_INCLUDE_TESTS=OFF
  -DLLVM_INCLUDE_DOCS=OFF
  # libc++, as Debian.
  -DLIBCXX_CXX_ABI=libcxxabi
  -DLIBCXX_ABI_VERSION=2
  -DLIBCXX_HAS_MUSL_LIBC=ON
  -DLIBCXX_USE_COMPILER_RT=ON
  -DLIBCXX_ENABLE_SHARED=OFF
  -DLIBCXX_ENABLE_STATIC_ABI_LIBRARY=ON
  -DLIBCXX_STATICALLY_LINK_ABI_IN_STATIC_LIBRARY=ON
  -DLIBCXX_STATICALLY_LINK_ABI_IN_SHARED_LIBRARY=OFF
  -DLIBCXX_ENABLE_FILESYSTEM=OFF
  -DLIBCXX_ENABLE_THREADS=OFF
  -DLIBCXX_HAS_PTHREAD_API=OFF
  -DLIBCXX_HAS_EXTERNAL_THREAD_API=OFF
  -DLIBCXX_INCLUDE_TESTS=OFF
  -DLIBCXX_INCLUDE_BENCHMARKS=OFF
  -DLIBCXX_INCLUDE_DOCS=OFF
  -DLIBCXX_ENABLE_EXCEPTIONS=ON # Debian: OFF
  # libc++abi, as Debian.
  -DLIBCXXABI_USE_COMPILER_RT=ON
  -DLIBCXXABI_ENABLE_SHARED=OFF
  -DLIBCXXABI_SILENT_TERMINATE=ON
  -DLIBCXXABI_ENABLE_THREADS=OFF
  -DLIBCXXABI_HAS_PTHREAD_API=OFF
  -DLIBCXXABI_HAS_EXTERNAL_THREAD_API=OFF
  -DLIBCXXABI_INCLUDE_TESTS=OFF
  -DLIBCXXABI_ENABLE_EXCEPTIONS=ON # Debian: OFF
  -DLIBCXXABI_USE_LLVM_UNWINDER=ON # Debian: OFF
  # A separate libunwind.a (users link it with -lunwind), not merged in.
  -DLIBCXXABI_ENABLE_STATIC_UNWINDER=OFF
  # libunwind (Debian builds none for wasm32).
  -DLIBUNWIND_ENABLE_SHARED=OFF
  -DLIBUNWIND_ENABLE_STATIC=ON
  -DLIBUNWIND_ENABLE_THREADS=OFF
  -DLIBUNWIND_USE_COMPILER_RT=ON
  -DLIBUNWIND_ENABLE_ASSERTIONS=OFF
  -DLIBUNWIND_INCLUDE_TESTS=OFF
  -DLIBUNWIND_INCLUDE_DOCS=OFF
)
# LLVM 19's libunwind does not compile for wasm: assembly.h stops with
# "Unsupported target" and config.h marks exports __declspec(dllexport). The
# patch makes the two files treat wasm as an ELF-like target with no
# assembly (the fix LLVM took upstream later).
patch_file=$here/eh-runtime/libunwind-wasm.patch
[ -f "$patch_file" ] || die "missing $patch_file"

# Everything the libraries depend on; a change rebuilds them.
recipe_hash=$(printf '%s\n' "${recipe[@]}" | cat - "$patch_file" | sha256sum | cut -c1-16)
stamp_text="eh-runtime $upstream
$source_package source: $clang_version
clang-19: $clang_version
libc++-19-dev-wasm32: $libcxx_version
wasi-libc: $wasi_libc_version
recipe: $recipe_hash"

is_current() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_text" ] || return 1
  local l
  for l in "${libraries[@]}"; do [ -f "$libdir/$l" ] || return 1; done
}

# --- Fast path: already built ---------------------------------------------
if is_current; then
  echo "$libdir"
  exit 0
fi

for tool in cmake ninja patch xz apt-get apt-cache flock \
  /usr/lib/llvm-19/bin/clang /usr/lib/llvm-19/bin/llvm-ar /usr/bin/wasm-ld-19; do
  command -v "$tool" >/dev/null || die "$tool is missing (run scripts/setup.sh)"
done

mkdir -p "$root" 2>/dev/null || die "cannot create the cache directory $root (set WASMPORT_CACHE)"
exec 9>"$root/.lock"
if ! flock -n 9; then
  log "waiting for another build of the runtime in $root"
  flock 9
fi
if is_current; then # built by the run we waited for
  echo "$libdir"
  exit 0
fi

start=$SECONDS
step=$SECONDS
# lap: sets lap to the seconds since the previous lap, for the messages.
lap() {
  lap="$((SECONDS - step)) s"
  step=$SECONDS
}
log "building libunwind, libc++abi and libc++ $upstream for wasm32-wasi with -fwasm-exceptions in $root (a few minutes, once)"
src=$root/src     # downloads: the .dsc and the tarballs
work=$root/work   # extracted sources and the build tree
build_log=$root/build.log
rm -rf "$work" "$libdir" "$stamp"
mkdir -p "$src" "$work"
: >"$build_log"

# --- Download the Debian source package with apt --------------------------
# apt rather than a hand-written URL: apt checks the archive's signed
# InRelease (with the keys the system already trusts), the Sources index's
# hash, then the hashes of the .dsc and the tarballs it lists, and it uses
# the mirror this machine is configured with. The deb-src entry lives in a
# private apt directory ($root/apt) so the system's apt configuration is not
# touched; its source is the apt origin of the installed clang-19 (from
# `apt-cache policy`), so the source is of the same Debian version.
origin=$(apt-cache policy clang-19 | awk -v v="$clang_version" '
  $1 == "***" && $2 == v { mine = 1; next }
  mine && $2 ~ /:\/\// { print $2, $3; exit }
  mine && NF == 2 { exit }')
[ -n "$origin" ] || die "no apt source for clang-19 $clang_version (run apt-get update)"
read -r origin_uri origin_dist <<<"$origin"
apt_dir=$root/apt
rm -rf "$apt_dir"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d"
echo "deb-src $origin_uri ${origin_dist%/*} ${origin_dist##*/}" >"$apt_dir/sources.list"
apt_options=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list"
  -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::Cache=$apt_dir/cache"
  -o Acquire::Languages=none
  # Downloads run as the calling user: root's would otherwise drop to _apt,
  # which cannot write to the cache directory.
  -o APT::Sandbox::User="$(id -un)"
)
log "fetching $source_package $clang_version (orig tarball ~165 MB) with apt"
apt-get "${apt_options[@]}" -q update >>"$build_log" 2>&1 ||
  die "apt-get update for the deb-src entry failed (log: $build_log)"
(cd "$src" && apt-get "${apt_options[@]}" -q source --download-only \
  "$source_package=$clang_version") >>"$build_log" 2>&1 ||
  die "apt-get source $source_package=$clang_version failed (log: $build_log)"
orig=$(ls "$src"/"${source_package}_${upstream}".orig.tar.xz 2>/dev/null) ||
  die "apt-get source gave no ${source_package}_${upstream}.orig.tar.xz"
lap
log "fetched in $lap"

# --- Extract only what the runtimes build reads ---------------------------
# runtimes/ (the top-level CMake project), the three libraries without their
# tests, benchmarks and docs, and the shared CMake modules (cmake/,
# llvm/cmake/). Unpacking everything would take 1.5 GB.
top=${source_package}_$upstream
log "extracting runtimes, libcxx, libcxxabi, libunwind and CMake modules"
tar -xJf "$orig" -C "$work" \
  --exclude="$top/libcxx/test" --exclude="$top/libcxx/benchmarks" --exclude="$top/libcxx/docs" \
  --exclude="$top/libcxxabi/test" --exclude="$top/libunwind/test" --exclude="$top/libunwind/docs" \
  --wildcards "$top/runtimes/*" "$top/libcxx/*" "$top/libcxxabi/*" "$top/libunwind/*" \
  "$top/cmake/*" "$top/llvm/cmake/*"
source_dir=$work/$top
patch -d "$source_dir" -p1 --forward --quiet <"$patch_file" >>"$build_log" 2>&1 ||
  die "$patch_file does not apply to $upstream (log: $build_log)"
lap
log "extracted and patched in $lap"

# --- Configure and build ---------------------------------------------------
log "configuring (log: $build_log)"
cmake -G Ninja -S "$source_dir/runtimes" -B "$work/build" "${recipe[@]}" >>"$build_log" 2>&1 ||
  die "cmake configure failed (log: $build_log)"
lap
log "configured in $lap; compiling with ninja -j$(nproc)"
ninja -C "$work/build" -j"$(nproc)" unwind_static cxxabi_static cxx_static >>"$build_log" 2>&1 ||
  die "build failed (log: $build_log)"
lap
log "compiled in $lap"

# The libraries must match the headers users compile with: Debian's.
config_site() { grep -v -e '^//' -e '^$' "$1"; }
built_site=$work/build/include/c++/v1/__config_site
debian_site=/usr/include/wasm32-wasi/c++/v1/__config_site
diff <(config_site "$built_site") <(config_site "$debian_site") >>"$build_log" 2>&1 ||
  die "the built __config_site differs from Debian's $debian_site (log: $build_log)"

mkdir -p "$root/lib.new"
for l in "${libraries[@]}"; do
  [ -f "$work/build/lib/$l" ] || die "the build made no $l (log: $build_log)"
  cp "$work/build/lib/$l" "$root/lib.new/$l"
done
rm -rf "$libdir"
mv "$root/lib.new" "$libdir"
printf '%s\n' "$stamp_text" >"$stamp.new"
mv "$stamp.new" "$stamp"

# The sources, the build tree and apt's lists are no longer needed.
rm -rf "$work" "$apt_dir" "$src"
log "built in $((SECONDS - start)) s: $(cd "$libdir" && du -ch "${libraries[@]}" | tail -1 | cut -f1) in $libdir"
echo "$libdir"
