// An uncaught C++ exception: the call throws a JS Error carrying what(), and
// the module is terminated (toolchains without wasm exception support).
#include <wasmport/wasmport.h>

#include <cstdint>
#include <stdexcept>
#include <string>

struct Custom : std::runtime_error {
  Custom() : std::runtime_error("custom failure") {}
};
struct NotStd {
  int Code = 7;
};

[[wasmport::export]] char char_at(const std::string &s, uint32_t i) {
  if (i >= s.size())
    throw std::out_of_range("char_at: index " + std::to_string(i) + " is past the end");
  return s[i];
}
[[wasmport::export]] void fail_custom() { throw Custom(); }
[[wasmport::export]] void fail_other() { throw NotStd(); }
[[wasmport::export]] int32_t ok() { return 1; }
