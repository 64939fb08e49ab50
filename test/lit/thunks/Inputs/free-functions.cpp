// Free functions with number and bool signatures, in namespaces, renamed.
#include <wasmport/wasmport.h>

#include <cstdint>

[[wasmport::export]] int add(int a, int b) { return a + b; }
[[wasmport::export]] void nothing() {}
[[wasmport::export]] bool negate(bool b) { return !b; }
[[wasmport::export]] std::int64_t widen(std::int8_t small, std::uint16_t medium, unsigned long long big) {
  return small + medium + static_cast<std::int64_t>(big);
}
[[wasmport::export]] double mix(float f, double d) { return f * d; }

namespace math {
[[wasmport::export("clampUnit")]] double clamp01(double x) { return x < 0 ? 0 : x > 1 ? 1 : x; }
}

// Unnamed parameters are fine.
[[wasmport::export]] int first(int a, int) { return a; }
