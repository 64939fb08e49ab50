// Added by target_sources(targets PRIVATE more.cpp): compiled for wasm32.
#include <cstdint>

#if !defined(__wasm32__)
#error "more.cpp must be compiled for wasm32 only"
#endif

int32_t more();
int32_t more() { return 6; }
