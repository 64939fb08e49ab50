// A [[wasmport::test]] function is called by the runner with nothing, and
// returns nothing or a promise of nothing (an async test). The check holds
// with and without -fplugin-arg-wasmport-tests.
//
// RUN: %verify -std=c++20 %s
// RUN: %verify -std=c++20 %s -fplugin-arg-wasmport-tests
// RUN: %not %diagnose -std=c++20 %s 2>&1 | %FileCheck %s
#include <wasmport/promise.h>

#if __clang_major__ < 17
// Emscripten 3.1.6's Clang 14 (the emscripten-plugin test runs this file with
// it) warns at each coroutine that the Coroutines TS library is deprecated.
#pragma clang diagnostic ignored "-Wdeprecated-experimental-coroutine"
#endif

[[wasmport::test]] void withParam(int level) {} // expected-error {{a [[wasmport::test]] function must take no parameters and return void or wasmport::Promise<void>}}
// CHECK: diag-test-signature.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:17}: error: a {{\[\[}}wasmport::test{{\]\]}} function must take no parameters and return void or wasmport::Promise<void>
[[wasmport::test]] int withResult() { return 0; } // expected-error {{a [[wasmport::test]] function must take no parameters and return void or wasmport::Promise<void>}}
[[wasmport::test]] wasmport::Promise<int> promisesInt() { co_return 1; } // expected-error {{must take no parameters and return void or wasmport::Promise<void>}}
[[wasmport::test("named")]] void variadic(...) {} // expected-error {{must take no parameters and return void or wasmport::Promise<void>}}

// Only on functions, and not exported or imported as well.
[[wasmport::test]] int notAFunction; // expected-error {{'test' attribute only applies to functions}}
[[wasmport::test]] [[wasmport::export]] void both() {} // expected-error {{'wasmport::test' cannot be combined with 'wasmport::export'}}

// Accepted: void and a promise of void, in a namespace too.
[[wasmport::test]] void adds() {}
[[wasmport::test("waits for a promise")]] wasmport::Promise<void> waits() { co_return; }
namespace suite { [[wasmport::test]] void adds() noexcept {} }
