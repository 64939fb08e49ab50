// Force-included (-include) into test/e2e/runtime.cpp for Emscripten, whose
// libc (3.1.6) has no arc4random_buf, which wasi-libc has. Its getentropy
// is a JS library function, an "env" import wasmport does not provide; WASI's
// random_get is what the wasi-libc version calls too.
#ifndef WASMPORT_TEST_ARC4RANDOM_BUF_H
#define WASMPORT_TEST_ARC4RANDOM_BUF_H
#include <stddef.h>
#include <stdint.h>
#include <wasi/api.h>

static inline void arc4random_buf(void *Buf, size_t Size) {
  if (__wasi_random_get((uint8_t *)Buf, Size) != 0)
    __builtin_trap();
}
#endif
