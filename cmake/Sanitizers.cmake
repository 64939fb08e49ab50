# Sanitized builds (docs/Reliability.md), with clang only:
#   -DWASMPORT_SANITIZE=ON  the plugin, the tools and the unit tests with
#                           AddressSanitizer and UndefinedBehaviorSanitizer;
#                           any undefined behaviour aborts. The lit suite
#                           preloads the ASan runtime into clang++ to load the
#                           instrumented plugin (test/lit/lit.cfg.py).
#   -DWASMPORT_FUZZ=ON      the same, plus coverage for libFuzzer, and the
#                           fuzz targets under fuzz/ (scripts/fuzz.sh).
# Set on wasmport-settings, so every target built from this tree gets them.
option(WASMPORT_SANITIZE "Build with ASan and UBSan (needs clang)" OFF)
option(WASMPORT_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

if(NOT WASMPORT_SANITIZE AND NOT WASMPORT_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "wasmport: WASMPORT_SANITIZE and WASMPORT_FUZZ need "
    "clang, not ${CMAKE_CXX_COMPILER_ID}: configure a fresh build directory "
    "with -DCMAKE_CXX_COMPILER=clang++-${WASMPORT_LLVM_MAJOR}")
endif()

target_compile_options(wasmport-settings INTERFACE
  -fsanitize=address,undefined -fno-sanitize-recover=undefined
  -fno-omit-frame-pointer -g)
# A shared object (the plugin) leaves the runtime's symbols undefined: the
# process that loads it provides them (LD_PRELOAD for clang++).
target_link_options(wasmport-settings INTERFACE -fsanitize=address,undefined)
if(WASMPORT_FUZZ)
  target_compile_options(wasmport-settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The ASan runtime that lit preloads into the uninstrumented clang++.
execute_process(
  COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so
  OUTPUT_VARIABLE WASMPORT_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT EXISTS "${WASMPORT_ASAN_RUNTIME}")
  message(FATAL_ERROR "wasmport: ${CMAKE_CXX_COMPILER} has no shared ASan "
    "runtime (libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so); install libclang-rt-${WASMPORT_LLVM_MAJOR}-dev")
endif()
message(STATUS "wasmport: sanitized build; ASan runtime ${WASMPORT_ASAN_RUNTIME}")
