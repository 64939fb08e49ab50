// examples/cmake: built by wasmport_add_module(counter SOURCES counter.cpp).
#include "counter.h"

#include <string>

[[wasmport::export]] std::string describe(int32_t n) {
  return "counter at " + std::to_string(n);
}

[[wasmport::export]] int32_t step() { return kStep; }
