// Added by target_sources(targets PRIVATE more.cpp): compiled for wasm32.
#include <cstdint>

#if !defined(__wasm32__)
#error "more.cpp must be compiled for wasm32 only"
#endif

#if TARGETS_DIGITS
// libdigits.a, linked by target_link_libraries(targets PRIVATE -L... -ldigits).
extern "C" int digit_sum(int n);
#endif

int32_t more();
int32_t more() {
#if TARGETS_DIGITS
  return digit_sum(123);
#else
  return 6;
#endif
}
