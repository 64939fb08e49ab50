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

// Traps: the module is terminated like after an uncaught exception.
#include <cstdlib>
[[wasmport::export]] void fail_abort() { std::abort(); }
[[wasmport::export]] int32_t divide(int32_t a, int32_t b) { return a / b; }
[[wasmport::export]] int32_t read_at(uint32_t address) {
  return *reinterpret_cast<volatile int32_t *>(address);
}
class [[wasmport::export]] Counter {
public:
  int32_t next() { return ++N; }
  void trap() { __builtin_trap(); }

private:
  int32_t N = 0;
};
