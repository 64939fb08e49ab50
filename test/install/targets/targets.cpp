// test/install/targets: each digit of value() comes from one target_*
// command of the host project (CMakeLists.txt).
#include <wasmport/wasmport.h>

#include <cstdint>

#include "targets_extra.h"   // target_include_directories
#include "targets_iface.h"   // the INTERFACE library's include directory

#ifndef TARGETS_BASE
#define TARGETS_BASE 0       // target_compile_definitions
#endif
#ifndef TARGETS_OPTION
#define TARGETS_OPTION 0     // target_compile_options, $<COMPILE_LANGUAGE:CXX>
#endif
#ifndef TARGETS_WASI
#define TARGETS_WASI 0       // target_compile_options, $<PLATFORM_ID:WASI>
#endif

int32_t more(); // more.cpp, target_sources

[[wasmport::export]] int32_t value() {
  return TARGETS_BASE * 100000 + TARGETS_OPTION * 10000 + kIfaceDigit * 1000 +
         kExtraDigit * 100 + TARGETS_WASI * 10 + more();
}
