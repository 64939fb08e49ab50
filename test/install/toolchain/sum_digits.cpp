// Exported C++ calling into the C library.
#include <wasmport/wasmport.h>

#include <cstdint>

extern "C" int digit_sum(int n);

[[wasmport::export]] int32_t sum_digits(int32_t n) { return digit_sum(n); }
