// A start function runs once when the module is initialised, called with
// nothing and returning nothing.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::start]] void withParam(int level) {} // expected-error {{a [[wasmport::start]] function must take no parameters and return void}}
// CHECK: diag-start-signature.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:18}: error: a {{\[\[}}wasmport::start{{\]\]}} function must take no parameters and return void
[[wasmport::start]] int withResult() { return 0; } // expected-error {{a [[wasmport::start]] function must take no parameters and return void}}
[[wasmport::start]] bool both(const char *) { return true; } // expected-error {{must take no parameters and return void}}
[[wasmport::start]] void variadic(...) {} // expected-error {{must take no parameters and return void}}

// Accepted, in a namespace too; several start functions are allowed.
[[wasmport::start]] void setup() {}
namespace app { [[wasmport::start]] void setup() noexcept {} }
