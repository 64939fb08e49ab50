#!/usr/bin/env bash
# Distributed compilation of a wasmport module (docs/Distributed.md):
#   test/distributed/distributed-test.sh SRC_DIR BUILD_DIR WORK_DIR [distcc|icecc|all]
# installs BUILD_DIR into WORK_DIR/prefix, generates a project of
# $WASMPORT_DIST_UNITS (default 50) translation units with exports in each,
# builds it with wasmport_add_module locally, then through each engine with
# daemons on 127.0.0.1 only, started and stopped here, every command bounded
# by `timeout`:
#   distcc: two distccd on loopback ports, CMAKE_CXX_COMPILER_LAUNCHER=distcc
#     (the rewrite path: distccd refuses -fplugin=);
#   icecc: icecc-scheduler and iceccd on loopback (icecc.sh beside this file).
# Checks: the daemons' logs show every unit compiled remotely, the package is
# byte-identical to the local build's and its JS works; a daemon that is down
# or refuses makes the build fail with the engine's error (or fall back
# locally, when fallback is on), never hang. Prints the wall times.
set -euo pipefail
# The whole test runs in a network namespace of its own (unshare -n) where
# only the loopback interface exists: no daemon started here can be reached
# from, or reach, another machine, and its fixed ports collide with nothing.
if [ "${WASMPORT_DIST_NETNS:-}" != 1 ]; then
  if unshare -n true 2>/dev/null; then
    WASMPORT_DIST_NETNS=1 exec unshare -n "$0" "$@"
  fi
  echo "distributed-test: cannot create a network namespace (unshare -n: $(unshare -n true 2>&1)); running on this host's loopback"
else
  ip link set lo up
fi
src=$(realpath "$1")
build=$(realpath "$2")
work=$(realpath -m "$3")
engines=${4:-all}
units=${WASMPORT_DIST_UNITS:-50}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() { echo "distributed-test: FAIL: $*" >&2; exit 1; }
say() { echo "distributed-test: $*"; }

# Every daemon started here, stopped on any exit (by pid).
daemon_pids=()
stop_daemons() {
  local pid
  for pid in "${daemon_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${daemon_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  daemon_pids=()
}
trap stop_daemons EXIT

# A free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# wait_for LOG TEXT: until LOG mentions TEXT (10 s at most).
wait_for() {
  for _ in $(seq 100); do
    grep -q -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "waited 10 s for '$2' in $1: $(cat "$1" 2>/dev/null)"
}
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null

# The compiler for the daemons' checks and environments. The projects are
# configured without WASMPORT_CLANG: wasmport_add_module names the compiler
# so that distccd's whitelist takes it (/usr/bin/clang++-19, not
# /usr/lib/llvm-19/bin/clang++).
cxx=/usr/bin/clang++-19
[ -x "$cxx" ] || fail "$cxx is missing (Debian's clang-19)"

# The project: unit NN exports add_NN (and every tenth unit a string
# function), all sharing one header of the project.
proj=$work/proj
mkdir -p "$proj/src" "$proj/include"
cat >"$proj/include/common.h" <<'EOF'
#pragma once
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>

inline int32_t twice(int32_t x) { return 2 * x; }
EOF
ids=($(seq -w 1 "$units"))
[ "${#ids[@]}" -ge 3 ] || fail "WASMPORT_DIST_UNITS must be 3 or more"
list=
for i in $(seq -w 1 "$units"); do
  {
    echo '#include "common.h"'
    echo "[[wasmport::export]] int32_t add_$i(int32_t x) { return twice(x) + $((10#$i)); }"
    if [ $((10#$i % 10)) = 0 ]; then
      echo "[[wasmport::export]] std::string name_$i(std::string s) { return s + \"-$i\"; }"
    fi
  } >"$proj/src/u$i.cpp"
  list+=" src/u$i.cpp"
done
cat >"$proj/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.20)
project(distributed LANGUAGES NONE)
find_package(WasmPort 0.1 CONFIG REQUIRED)
wasmport_add_module(dist SOURCES$list TARGET node
  COMPILE_OPTIONS -I\${CMAKE_CURRENT_SOURCE_DIR}/include)
EOF
cat >"$proj/check.mjs" <<EOF
// node check.mjs DIR: every unit's exports through DIR/dist.js.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
const m = await import(pathToFileURL(path.resolve(process.argv[2], 'dist.js')).href);
let n = 0;
for (let i = 1; i <= $units; i++) {
  const id = String(i).padStart(${#units}, '0');
  const got = m['add_' + id](5);
  if (got !== 10 + i) throw new Error('add_' + id + '(5) = ' + got + ', expected ' + (10 + i));
  n++;
  if (i % 10 === 0) {
    const s = m['name_' + id]('u');
    if (s !== 'u-' + id) throw new Error('name_' + id + "('u') = " + s);
    n++;
  }
}
console.log('dist: ' + n + ' exports ok');
EOF

# configure DIR [cmake args...]
configure() {
  local dir=$1
  shift
  timeout 300 cmake -S "$proj" -B "$dir" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    "$@" >"$dir.configure.log" 2>&1 ||
    fail "configuring $dir failed: $(cat "$dir.configure.log")"
}
# same_package A B WHAT
same_package() {
  local f
  for f in dist.js dist.d.ts dist.wasm package.json; do
    cmp "$1/dist/$f" "$2/dist/$f" || fail "$3: dist/$f differs from the local build's"
  done
}
check_js() {
  local got
  got=$(timeout 60 node "$proj/check.mjs" "$1/dist") || fail "$2: the module's JS fails: $got"
  say "$2: $got"
}

# 1. Local: the rewrite path without a launcher (the reference), timed.
configure "$work/local" -DWASMPORT_REWRITE=ON
t0=$(now)
timeout 1200 ninja -C "$work/local" >"$work/local.log" 2>&1 || fail "the local build failed: $(tail -30 "$work/local.log")"
t1=$(now)
local_time=$(elapsed "$t0" "$t1")
check_js "$work/local" "local"
echo "local $units units: ${local_time} s" >"$work/times.txt"

run_distcc() {
  command -v distcc >/dev/null && command -v distccd >/dev/null ||
    fail "distcc is not installed (scripts/setup.sh installs the Debian package distcc)"
  local d p1 p2 i id
  d=$work/distcc
  mkdir -p "$d/state"
  p1=$(free_port)
  p2=$(free_port)
  # As root distccd runs jobs as the user distcc: its log goes to stderr,
  # which this script owns.
  for p in "$p1" "$p2"; do
    timeout 1800 distccd --daemon --no-detach --listen 127.0.0.1 --port "$p" --allow 127.0.0.1 \
      --jobs 1 --log-stderr --log-level info 2>"$d/distccd-$p.log" &
    daemon_pids+=($!)
    wait_for "$d/distccd-$p.log" "listening on 127.0.0.1:$p"
  done
  # distcc's own state (host locks, back-off after a failure) is kept per
  # phase. Back-off stays on: with DISTCC_BACKOFF_PERIOD=0 and fallback off,
  # a client retries a dead host forever.
  export DISTCC_DIR=$d/state DISTCC_LOG=$d/client.log
  # 2. Through distcc, from wasmport_add_module with the launcher: AUTO
  #    picks the rewrite path.
  configure "$work/distcc-build" -DCMAKE_CXX_COMPILER_LAUNCHER=distcc
  t0=$(now)
  DISTCC_HOSTS="127.0.0.1:$p1/1 127.0.0.1:$p2/1" DISTCC_FALLBACK=0 \
    timeout 1200 ninja -C "$work/distcc-build" >"$work/distcc-build.log" 2>&1 ||
    fail "the build through distcc failed: $(tail -30 "$work/distcc-build.log")"
  t1=$(now)
  local distcc_time
  distcc_time=$(elapsed "$t0" "$t1")
  grep -q 'DISTCC_NO_REWRITE_CROSS=1' "$work/distcc-build/CMakeFiles/dist.wasmport.dir/build/CMakeFiles/rules.ninja" ||
    fail "the distcc build does not set DISTCC_NO_REWRITE_CROSS=1"
  cat "$d"/distccd-*.log >"$d/daemons.log"
  for i in $(seq -w 1 "$units"); do
    grep -q "COMPILE_OK .*u$i\.wasmport\.cpp" "$d/daemons.log" ||
      fail "distccd's logs do not show u$i.wasmport.cpp compiled remotely"
  done
  for p in "$p1" "$p2"; do
    grep -q COMPILE_OK "$d/distccd-$p.log" || fail "the distccd on port $p compiled nothing"
  done
  if grep -E 'running locally|failed to distribute' "$d/client.log"; then
    fail "distcc compiled something locally"
  fi
  same_package "$work/local" "$work/distcc-build" "distcc"
  check_js "$work/distcc-build" "distcc"
  say "distcc: all $units units compiled by the two distccd ($(grep -c COMPILE_OK "$d/distccd-$p1.log") and $(grep -c COMPILE_OK "$d/distccd-$p2.log") jobs)"
  echo "distcc $units units, 2 distccd on 127.0.0.1 (1 job each): ${distcc_time} s" >>"$work/times.txt"

  # 3. A daemon that is down: fallback off fails with distcc's error;
  #    fallback on compiles locally. One unit is rebuilt each time.
  local dead rc log
  dead=$(free_port)
  rm -rf "$DISTCC_DIR" && mkdir -p "$DISTCC_DIR"
  touch "$proj/src/u${ids[0]}.cpp"
  set +e
  log=$(DISTCC_HOSTS="127.0.0.1:$dead/1" DISTCC_FALLBACK=0 timeout 120 ninja -C "$work/distcc-build" 2>&1)
  rc=$?
  set -e
  [ "$rc" != 124 ] || fail "the build hung with the distcc daemon down"
  [ "$rc" != 0 ] || fail "the build succeeded with the only distcc daemon down and fallback off"
  grep -q 'failed to distribute and fallbacks are disabled' <<<"$log$(cat "$DISTCC_LOG")" ||
    fail "no distcc error with the daemon down: $log"
  say "distcc, daemon down, no fallback: fails (exit $rc) with distcc's 'failed to distribute and fallbacks are disabled'"
  : >"$DISTCC_LOG"
  rm -rf "$DISTCC_DIR" && mkdir -p "$DISTCC_DIR"
  DISTCC_HOSTS="127.0.0.1:$dead/1" timeout 120 ninja -C "$work/distcc-build" >"$d/fallback.log" 2>&1 ||
    fail "fallback on: the build failed with the daemon down: $(tail -20 "$d/fallback.log")"
  grep -q 'failed to distribute .*, running locally instead' "$DISTCC_LOG" ||
    fail "fallback on: distcc did not say it compiled locally: $(cat "$DISTCC_LOG")"
  same_package "$work/local" "$work/distcc-build" "distcc fallback"
  say "distcc, daemon down, fallback on: compiled locally (distcc: 'failed to distribute ..., running locally instead'), same package"

  # 4. A daemon that refuses the client (--allow another address).
  local refusing
  refusing=$(free_port)
  timeout 600 distccd --daemon --no-detach --listen 127.0.0.1 --port "$refusing" --allow 192.0.2.1 \
    --jobs 1 --log-stderr --log-level info 2>"$d/distccd-refusing.log" &
  daemon_pids+=($!)
  wait_for "$d/distccd-refusing.log" "listening on 127.0.0.1:$refusing"
  rm -rf "$DISTCC_DIR" && mkdir -p "$DISTCC_DIR"
  : >"$DISTCC_LOG"
  touch "$proj/src/u${ids[1]}.cpp"
  set +e
  log=$(DISTCC_HOSTS="127.0.0.1:$refusing/1" DISTCC_FALLBACK=0 timeout 120 ninja -C "$work/distcc-build" 2>&1)
  rc=$?
  set -e
  [ "$rc" != 124 ] || fail "the build hung with a refusing distcc daemon"
  [ "$rc" != 0 ] || fail "the build succeeded with a refusing distcc daemon and fallback off"
  grep -q 'ERROR' "$DISTCC_LOG" || fail "no distcc error from a refusing daemon: $log"
  say "distcc, refusing daemon, no fallback: fails (exit $rc): $(grep -m1 -o 'ERROR: .*' "$DISTCC_LOG")"
  # The job that carries -fplugin=: the client itself will not send it.
  : >"$DISTCC_LOG"
  set +e
  log=$(cd "$proj" && DISTCC_HOSTS="127.0.0.1:$p1/1" DISTCC_FALLBACK=0 timeout 120 distcc "$cxx" \
    --target=wasm32-wasi --sysroot=/usr -isystem "$prefix/include" -Iinclude \
    "-fplugin=$prefix/lib/wasmport-plugin.so" -c "src/u${ids[2]}.cpp" -o "$d/u.o" 2>&1)
  rc=$?
  set -e
  [ "$rc" != 124 ] || fail "distcc hung on a job with -fplugin="
  [ "$rc" != 0 ] || fail "distcc distributed a job with -fplugin="
  say "distcc, a job with -fplugin=: refused (exit $rc): $(grep -m1 -o 'ERROR: .*' "$DISTCC_LOG" || echo "$log")"
  stop_daemons
  unset DISTCC_DIR DISTCC_LOG
}

run_icecc() {
  for tool in icecc iceccd icecc-scheduler icecc-create-env; do
    command -v $tool >/dev/null ||
      fail "$tool is not installed (scripts/setup.sh installs the Debian package icecc)"
  done
  local d sched_port r1_port r2_port i
  d=$work/icecc
  mkdir -p "$d"
  # The daemons run jobs as the user icecc: their directories must be theirs.
  chmod 777 "$d"
  sched_port=8767 r1_port=10246 r2_port=10247
  export ICECC_TESTS=1 ICECC_TEST_SCHEDULER_PORTS=$sched_port:$((sched_port + 2))
  # The environment the remote daemons compile in (a chroot): the compiler
  # and its libraries, packed by icecc-create-env.
  (cd "$d" && timeout 600 icecc-create-env --clang "$(readlink -f "$cxx")" >"$d/create-env.log" 2>&1) ||
    fail "icecc-create-env failed: $(tail -5 "$d/create-env.log")"
  local env_tar
  env_tar=$d/$(sed -n 's/^creating \(.*\.tar\.gz\)$/\1/p' "$d/create-env.log" | tail -n 1)
  [ -f "$env_tar" ] || fail "icecc-create-env made no environment: $(tail -5 "$d/create-env.log")"
  timeout 1800 icecc-scheduler -p "$sched_port" -n wasmport-test -vv >"$d/scheduler.log" 2>&1 &
  daemon_pids+=($!)
  # One daemon the client talks to (--no-remote: it takes no jobs from
  # others), and two that compile, each with its own socket and environment
  # directory.
  ICECC_TEST_SOCKET=$d/socket-local timeout 1800 iceccd --no-remote -s "127.0.0.1:$sched_port" \
    -n wasmport-test -N localice -m 2 -b "$d/envs-local" -vvv >"$d/localice.log" 2>&1 &
  daemon_pids+=($!)
  for r in 1 2; do
    local port_var=r${r}_port
    ICECC_TEST_SOCKET=$d/socket-remote$r timeout 1800 iceccd -s "127.0.0.1:$sched_port" -p "${!port_var}" \
      -n wasmport-test -N remoteice$r -m 2 -b "$d/envs-remote$r" -vvv >"$d/remoteice$r.log" 2>&1 &
    daemon_pids+=($!)
  done
  for log in localice remoteice1 remoteice2; do
    wait_for "$d/$log.log" "Connected to scheduler"
  done
  if grep -q 'Cannot use chroot, no remote jobs accepted' "$d"/remoteice*.log; then
    fail "iceccd cannot chroot here, so it accepts no remote jobs: $(grep -h chroot "$d"/remoteice*.log | head -3)"
  fi
  # The client side: the local daemon's socket, the environment, remote
  # builds only (ICECC_TEST_REMOTEBUILD: the test's one machine is both ends).
  # With every daemon at 127.0.0.1 the scheduler hands the jobs back to the
  # submitting host unless one is preferred: remoteice1 (remoteice2 stays
  # a second member of the farm).
  export ICECC_TEST_SOCKET=$d/socket-local ICECC_VERSION=$env_tar ICECC_TEST_REMOTEBUILD=1
  export ICECC_PREFERRED_HOST=remoteice1
  export ICECC_DEBUG=debug ICECC_LOGFILE=$d/icecc.log
  # The scheduler gives no job to a daemon whose machine is fully busy (its
  # load is 1000, from the machine's idle time; the compiles a daemon runs
  # count as idle), and here the client's machine is the whole farm: with
  # both CPUs busy the jobs wait for minutes and then compile locally. So
  # the builds run one job at a time (the rewrite step of one unit keeps one
  # CPU busy at most), CMake's sub-build included, and CTest runs this test
  # alone (RUN_SERIAL).
  export CMAKE_BUILD_PARALLEL_LEVEL=1

  # 5. Through icecream: the rewrite path, as for distcc (the default under
  #    an icecc launcher, WASMPORT_REWRITE=AUTO: docs/Distributed.md).
  configure "$work/icecc-build" -DCMAKE_CXX_COMPILER_LAUNCHER=icecc -DWASMPORT_REWRITE=ON
  local t0 t1 icecc_time
  t0=$(now)
  timeout 1500 ninja -j1 -C "$work/icecc-build" >"$work/icecc-build.log" 2>&1 ||
    fail "the build through icecream failed: $(tail -30 "$work/icecc-build.log")"
  t1=$(now)
  icecc_time=$(elapsed "$t0" "$t1")
  cat "$d"/remoteice*.log >"$d/remotes.log"
  for i in "${ids[@]}"; do
    grep -q "remote compile for file .*u$i\.wasmport\.cpp" "$d/remotes.log" ||
      fail "iceccd's logs do not show u$i.wasmport.cpp compiled remotely"
  done
  if grep -E '<building_local>|local build forced' "$d/icecc.log"; then
    fail "icecream compiled something locally"
  fi
  [ "$(grep -c 'Remote compilation completed with exit code 0' "$d/remotes.log")" -ge "$units" ] ||
    fail "fewer than $units remote compilations completed"
  same_package "$work/local" "$work/icecc-build" "icecream"
  check_js "$work/icecc-build" "icecream"
  say "icecream: all $units units compiled remotely (remoteice1: $(grep -c 'Remote compilation completed' "$d/remoteice1.log") jobs, remoteice2: $(grep -c 'Remote compilation completed' "$d/remoteice2.log"))"
  echo "icecream $units units, scheduler + remote iceccd on 127.0.0.1 (1 job): ${icecc_time} s (environment packed once before: not counted)" >>"$work/times.txt"

  # 5b. Through icecream with the plugin itself: icecc preprocesses on the
  #     client and sends the -fplugin= file with each job (an "extra file"),
  #     and the remote Clang loads it from the environment's libraries and
  #     compiles the preprocessed text (Debian's icecc sends plain -E
  #     output), thunks included: the plugin sees the runtime declared and
  #     includes no header (docs/Distributed.md). The package must be the
  #     one the rewrite path made (the rewrite-parity guarantee).
  #     The environment must hold the plugin at the path the jobs name
  #     (icecc-create-env --addfile); its libraries are Clang's own.
  (cd "$d" && timeout 600 icecc-create-env --clang "$(readlink -f "$cxx")" \
     --addfile "$prefix/lib/wasmport-plugin.so" >"$d/create-env-plugin.log" 2>&1) ||
    fail "icecc-create-env --addfile failed: $(tail -5 "$d/create-env-plugin.log")"
  local plugin_env
  plugin_env=$d/$(sed -n 's/^creating \(.*\.tar\.gz\)$/\1/p' "$d/create-env-plugin.log" | tail -n 1)
  [ -f "$plugin_env" ] || fail "icecc-create-env made no environment: $(tail -5 "$d/create-env-plugin.log")"
  configure "$work/icecc-plugin" -DCMAKE_CXX_COMPILER_LAUNCHER=icecc -DWASMPORT_REWRITE=OFF
  : >"$ICECC_LOGFILE"
  for log in remoteice1 remoteice2; do : >"$d/$log.log"; done
  t0=$(now)
  ICECC_VERSION=$plugin_env timeout 1500 ninja -j1 -C "$work/icecc-plugin" >"$work/icecc-plugin.log" 2>&1 ||
    fail "the plugin build through icecream failed: $(tail -30 "$work/icecc-plugin.log")"
  t1=$(now)
  cat "$d"/remoteice*.log >"$d/remotes-plugin.log"
  for i in "${ids[@]}"; do
    grep -q "remote compile for file .*/u$i\.cpp" "$d/remotes-plugin.log" ||
      fail "iceccd's logs do not show u$i.cpp compiled remotely with the plugin"
  done
  if grep -E '<building_local>|local build forced|building myself' "$ICECC_LOGFILE"; then
    fail "icecream compiled something locally on the plugin path"
  fi
  grep -q -- '-fplugin=.*wasmport' "$ICECC_LOGFILE" ||
    fail "the icecc jobs did not carry -fplugin="
  same_package "$work/local" "$work/icecc-plugin" "icecream with the plugin"
  check_js "$work/icecc-plugin" "icecream with the plugin"
  say "icecream with the plugin: all $units units compiled remotely, the plugin shipped with each job"
  echo "icecream, plugin path, $units units: $(elapsed "$t0" "$t1") s" >>"$work/times.txt"

  # 6. The scheduler down: icecc compiles locally (its fallback), saying so.
  kill "${daemon_pids[0]}"
  wait "${daemon_pids[0]}" 2>/dev/null || true
  : >"$ICECC_LOGFILE"
  touch "$proj/src/u${ids[0]}.cpp"
  local rc
  set +e
  timeout 300 ninja -C "$work/icecc-build" >"$d/down.log" 2>&1
  rc=$?
  set -e
  [ "$rc" != 124 ] || fail "the build hung with the icecream scheduler down"
  [ "$rc" = 0 ] || fail "icecream did not fall back to a local compile with the scheduler down: $(tail -20 "$d/down.log")"
  # With no scheduler the local iceccd hands the job back to its client
  # ("building myself, but telling localhost", icecc's client/remote.cpp),
  # or icecc decides so itself (<building_local>); either way no remote
  # host may be named.
  grep -q -E '<building_local>|building myself, but telling localhost' "$ICECC_LOGFILE" ||
    fail "with the scheduler down, icecc's log does not say it built locally: $(tail -5 "$ICECC_LOGFILE")"
  if grep -E 'Have to use host' "$ICECC_LOGFILE"; then
    fail "with the scheduler down, icecc still sent a job to a remote host"
  fi
  same_package "$work/local" "$work/icecc-build" "icecream, scheduler down"
  say "icecream, scheduler down: compiled locally (icecc: $(grep -m1 -o -E 'building myself[^"]*|<building_local>' "$ICECC_LOGFILE")), same package"
  # The local daemon down too: icecc says so and compiles locally. This
  # runs as a real client does: ICECC_TEST_SOCKET is icecream's test hook,
  # with which a missing daemon is an error (exit 5, "test socket error")
  # instead of the fallback; without it icecc looks for the daemon at
  # /var/run/icecc/iceccd.socket, /var/run/iceccd.socket, ~/.iceccd.socket
  # and 127.0.0.1:10245, none of which exists in this namespace.
  kill "${daemon_pids[1]}"
  wait "${daemon_pids[1]}" 2>/dev/null || true
  local sock
  for sock in /var/run/icecc/iceccd.socket /var/run/iceccd.socket; do
    [ ! -S "$sock" ] || fail "a system iceccd listens on $sock: stop it to run this test"
  done
  mkdir -p "$d/home"
  : >"$ICECC_LOGFILE"
  touch "$proj/src/u${ids[1]}.cpp"
  set +e
  env -u ICECC_TEST_SOCKET HOME="$d/home" timeout 300 ninja -C "$work/icecc-build" >"$d/nodaemon.log" 2>&1
  rc=$?
  set -e
  [ "$rc" != 124 ] || fail "the build hung with the local iceccd down"
  [ "$rc" = 0 ] || fail "icecream did not fall back with the local iceccd down: $(tail -20 "$d/nodaemon.log")"
  grep -q 'no local daemon found' "$ICECC_LOGFILE" ||
    fail "with the local iceccd down, icecc's log does not say so: $(tail -5 "$ICECC_LOGFILE")"
  same_package "$work/local" "$work/icecc-build" "icecream, local daemon down"
  say "icecream, local daemon down: compiled locally (icecc: $(grep -m1 -o 'no local daemon found' "$ICECC_LOGFILE")), same package"
  stop_daemons
  unset CMAKE_BUILD_PARALLEL_LEVEL ICECC_PREFERRED_HOST ICECC_TEST_SOCKET ICECC_VERSION ICECC_TEST_REMOTEBUILD ICECC_DEBUG ICECC_LOGFILE ICECC_TESTS ICECC_TEST_SCHEDULER_PORTS
}

case "$engines" in
  distcc) run_distcc ;;
  icecc) run_icecc ;;
  all)
    run_distcc
    run_icecc
    ;;
  *) fail "unknown engine '$engines' (distcc, icecc or all)" ;;
esac

say "wall times on this machine ($(nproc) CPUs):"
cat "$work/times.txt"
echo "distributed-test: ok"
