#!/usr/bin/env bash
# Installs what wasmport needs on Debian 12 (apt packages, as root) when it
# is missing, then configures and builds the tree in build/ (override with
# WASMPORT_BUILD_DIR). Sourced by example.sh and test.sh; safe to re-run.
# With wasmport_with_eh_runtime=1 set before sourcing (test.sh), it also
# builds or reuses the C++ runtime with wasm exception handling
# (scripts/eh-runtime.sh, cached per machine) and configures the tree with
# -DWASMPORT_EH_RUNTIME=<its directory>, enabling the tests that need it.
set -euo pipefail

WASMPORT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WASMPORT_BUILD_DIR=${WASMPORT_BUILD_DIR:-$WASMPORT_ROOT/build}

wasmport_packages=(
  cmake ninja-build g++ python3
  clang-19 libclang-19-dev llvm-19-dev lld-19 llvm-19-tools
  wasi-libc libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 libclang-rt-19-dev-wasm32
  libgtest-dev wabt clangd-19 ccache
  libclang-rt-19-dev  # test/fuzz and scripts/sanitize.sh: libFuzzer, ASan, UBSan
  emscripten  # test/emscripten: rewrite-tool output through em++ (clang-14)
  libclang-14-dev llvm-14-dev  # test/emscripten-plugin: the plugin built for em++'s clang-14
  chromium  # test/browser: the --target web module in headless Chromium
  patch xz-utils  # scripts/eh-runtime.sh: unpack and patch llvm-toolchain-19's source
  dpkg-dev  # scripts/debian-source.sh: dpkg-source unpacks Box2D and tinyxml2 (examples/box2d, test/libs)
  distcc icecc iproute2  # test/distributed: distccd, icecc-scheduler and iceccd on loopback in a network namespace
)

wasmport_install_packages() {
  local missing=()
  for p in "${wasmport_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "wasmport: installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "wasmport: run as root to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

wasmport_cmake_args=()

# The runtime's directory is the script's last line of output.
wasmport_eh_runtime() {
  local dir
  dir=$("$WASMPORT_ROOT/scripts/eh-runtime.sh" | tail -n 1)
  wasmport_cmake_args+=("-DWASMPORT_EH_RUNTIME=$dir")
}

wasmport_build() {
  cmake -S "$WASMPORT_ROOT" -B "$WASMPORT_BUILD_DIR" -G Ninja "${wasmport_cmake_args[@]}" >/dev/null
  ninja -C "$WASMPORT_BUILD_DIR"
}

wasmport_install_packages
if [ "${wasmport_with_eh_runtime:-0}" = 1 ]; then
  wasmport_eh_runtime
fi
wasmport_build
