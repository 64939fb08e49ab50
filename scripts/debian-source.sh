#!/usr/bin/env bash
# Fetches, once per machine, the source of a Debian source package with apt,
# unpacks it with its Debian patches applied, and prints the source tree's
# directory on stdout (last line).
#
# Usage: scripts/debian-source.sh PACKAGE[=VERSION]
#   scripts/debian-source.sh box2d=2.4.1-3     # examples/box2d
#   scripts/debian-source.sh tinyxml2          # test/libs/tinyxml2
# Without VERSION, the newest version in the Debian suite this machine's
# clang-19 comes from.
#
# Why: the examples and tests that bind real C++ libraries (Box2D, tinyxml2)
# build them from source for wasm32-wasi, and their files stay out of the
# repository. Debian's source packages are a pinned, signed place to get
# them from, the way scripts/eh-runtime.sh gets llvm-toolchain-19.
#
# Result: $CACHE/src/PACKAGE-VERSION/ (the unpacked tree, as `dpkg-source -x`
# leaves it) where CACHE is
# ${WASMPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmport}.
#
# Idempotent: a stamp file in the tree records the package and version; when
# it is there, the script only prints the directory (without apt, well under
# a second, once a VERSION is given). Concurrent runs wait on a lock. The
# downloads and apt's lists are deleted after a successful unpack.
#
# Messages go to stderr; on failure, one line `debian-source: error: ...` and
# exit status 1 (apt's and dpkg-source's output is in $CACHE/src/PACKAGE.log).
#
# Needs: apt-get, apt-cache, dpkg-source (dpkg-dev), flock, and apt access
# to the Debian archive clang-19 was installed from (scripts/setup.sh).
set -euo pipefail

log() { echo "debian-source: $*" >&2; }
die() {
  echo "debian-source: error: $*" >&2
  exit 1
}
trap 'die "failed (line $LINENO): $BASH_COMMAND${build_log:+ (log: $build_log)}"' ERR
build_log=

[ $# -eq 1 ] && [ -n "$1" ] || die "usage: debian-source.sh PACKAGE[=VERSION]"
package=${1%%=*}
version=
[ "$1" = "$package" ] || version=${1#*=}
[[ $package =~ ^[a-z0-9][a-z0-9.+-]+$ ]] || die "'$package' is not a Debian source package name"

cache=${WASMPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmport}
srcroot=$cache/src
stamp_name=.wasmport-debian-source

# tree_of VERSION: the unpacked tree's directory; current_tree: prints it
# when VERSION's tree is complete.
tree_of() { echo "$srcroot/$package-${1#*:}"; }
current_tree() {
  local t
  t=$(tree_of "$1")
  [ -f "$t/$stamp_name" ] && [ "$(cat "$t/$stamp_name")" = "$package $1" ] || return 1
  echo "$t"
}

# --- Fast path: that version is already unpacked ---------------------------
if [ -n "$version" ] && current_tree "$version"; then
  exit 0
fi

for tool in apt-get apt-cache dpkg-source flock; do
  command -v "$tool" >/dev/null || die "$tool is missing (run scripts/setup.sh)"
done
mkdir -p "$srcroot" 2>/dev/null || die "cannot create the cache directory $srcroot (set WASMPORT_CACHE)"
exec 9>"$srcroot/.$package.lock"
if ! flock -n 9; then
  log "waiting for another fetch of $package in $srcroot"
  flock 9
fi
if [ -n "$version" ] && current_tree "$version"; then # fetched by the run we waited for
  exit 0
fi

# --- A private deb-src entry -------------------------------------------------
# Its source is the apt origin of the installed clang-19 (from `apt-cache
# policy`), as in scripts/eh-runtime.sh; the system's apt configuration is not
# touched. apt checks the archive's signed InRelease, the Sources index's hash
# and the hashes of the .dsc and the tarballs it lists.
clang_version=$(dpkg-query -W -f='${Version}' clang-19 2>/dev/null || true)
[ -n "$clang_version" ] || die "clang-19 is not installed (run scripts/setup.sh)"
origin=$(apt-cache policy clang-19 | awk -v v="$clang_version" '
  $1 == "***" && $2 == v { mine = 1; next }
  mine && $2 ~ /:\/\// { print $2, $3; exit }
  mine && NF == 2 { exit }')
[ -n "$origin" ] || die "no apt source for clang-19 $clang_version (run apt-get update)"
read -r origin_uri origin_dist <<<"$origin"

build_log=$srcroot/$package.log
: >"$build_log"
apt_dir=$srcroot/.apt-$package
download=$srcroot/.download-$package
rm -rf "$apt_dir" "$download"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d" "$download"
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
apt-get "${apt_options[@]}" -q update >>"$build_log" 2>&1 ||
  die "apt-get update for the deb-src entry failed (log: $build_log)"
if [ -z "$version" ]; then
  version=$(apt-cache "${apt_options[@]}" showsrc "$package" 2>>"$build_log" |
    awk '$1 == "Version:" { print $2 }' | sort -V | tail -n 1)
  [ -n "$version" ] || die "$origin_uri ${origin_dist%/*} has no source package $package"
  if current_tree "$version"; then
    rm -rf "$apt_dir" "$download"
    exit 0
  fi
fi

log "fetching $package $version with apt"
(cd "$download" && apt-get "${apt_options[@]}" -q source --download-only "$package=$version") \
  >>"$build_log" 2>&1 || die "apt-get source $package=$version failed (log: $build_log)"
dsc=$(ls "$download"/"${package}_${version#*:}".dsc 2>/dev/null) ||
  die "apt-get source gave no ${package}_${version#*:}.dsc"

# --- Unpack with the Debian patches ------------------------------------------
tree=$(tree_of "$version")
rm -rf "$tree" "$tree.new"
dpkg-source --no-check --no-copy -x "$dsc" "$tree.new" >>"$build_log" 2>&1 ||
  die "dpkg-source -x $dsc failed (log: $build_log)"
printf '%s\n' "$package $version" >"$tree.new/$stamp_name"
mv "$tree.new" "$tree"
rm -rf "$apt_dir" "$download"
log "unpacked $package $version in $tree"
echo "$tree"
