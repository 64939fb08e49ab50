// A translation unit that includes <cxxabi.h>: the thunks' fallback
// __cxa_throw must match its declaration.
#include <cxxabi.h>
#include <wasmport/wasmport.h>

#include <stdexcept>

[[wasmport::export]] int checked(int v) {
  if (v < 0)
    throw std::invalid_argument("negative");
  return v;
}
