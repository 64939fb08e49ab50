// Compiled by CMake's rules for the module target: target_compile_definitions
// reaches it, and COMPILE_OPTIONS -Wall;-Wextra;-Werror judges it alone.
#include <wasmport/wasmport.h>

#include <cstdint>

#ifndef TOOLCHAIN_BONUS
#error "target_compile_definitions(function ...) did not reach the module's sources"
#endif

[[wasmport::export]] int32_t bonus() { return TOOLCHAIN_BONUS; }
