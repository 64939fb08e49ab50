// Numbers and bool, both ways: exports echo and compute, imports are called
// from C++ with every width and their results come back.
#include <wasmport/wasmport.h>

#include <cstdint>

[[wasmport::export]] bool negate(bool b) { return !b; }
[[wasmport::export]] int8_t echo_i8(int8_t v) { return v; }
[[wasmport::export]] uint8_t echo_u8(uint8_t v) { return v; }
[[wasmport::export]] int16_t echo_i16(int16_t v) { return v; }
[[wasmport::export]] uint16_t echo_u16(uint16_t v) { return v; }
[[wasmport::export]] int32_t echo_i32(int32_t v) { return v; }
[[wasmport::export]] uint32_t echo_u32(uint32_t v) { return v; }
[[wasmport::export]] int64_t echo_i64(int64_t v) { return v; }
[[wasmport::export]] uint64_t echo_u64(uint64_t v) { return v; }
[[wasmport::export]] float echo_f32(float v) { return v; }
[[wasmport::export]] double echo_f64(double v) { return v; }
[[wasmport::export]] long echo_long(long v) { return v; }
[[wasmport::export]] unsigned long long echo_ull(unsigned long long v) { return v; }

[[wasmport::export]] int32_t add(int32_t a, int32_t b) { return a + b; }
[[wasmport::export]] uint8_t wrap_u8(uint32_t v) { return static_cast<uint8_t>(v); }
[[wasmport::export]] double mix(int8_t a, uint16_t b, int64_t c, float d, bool e) {
  return a + b + static_cast<double>(c) + d + (e ? 1 : 0);
}
[[wasmport::export("sumTo")]] uint64_t sum_to(uint32_t n) {
  uint64_t s = 0;
  for (uint32_t i = 1; i <= n; ++i)
    s += i;
  return s;
}
[[wasmport::export]] void nothing() {}

// Imports: JS implements these (globalThis.numbers.*).
[[wasmport::import("numbers.twice")]] int32_t twice(int32_t);
[[wasmport::import("numbers.isEven")]] bool is_even(uint32_t);
[[wasmport::import("numbers.big")]] uint64_t big(int64_t, uint64_t);
[[wasmport::import("numbers.half")]] double half(float);
[[wasmport::import("numbers.small")]] int8_t small(uint8_t, int16_t, uint16_t);
[[wasmport::import("numbers.note")]] void note(int32_t) noexcept;

[[wasmport::export]] int32_t call_twice(int32_t v) { return twice(v); }
[[wasmport::export]] bool call_is_even(uint32_t v) { return is_even(v); }
[[wasmport::export]] uint64_t call_big(int64_t a, uint64_t b) { return big(a, b); }
[[wasmport::export]] double call_half(float v) { return half(v); }
[[wasmport::export]] int8_t call_small(uint8_t a, int16_t b, uint16_t c) { return small(a, b, c); }
[[wasmport::export]] void call_note(int32_t v) { note(v); }
