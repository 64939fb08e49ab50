// C variadic functions have no fixed wire signature, in either direction.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::export]] int sum(int count, ...); // expected-error {{variadic functions cannot cross to JavaScript; declare a fixed parameter list}}
// CHECK: diag-variadic.cpp:[[@LINE-1]]:26: error: variadic functions cannot cross to JavaScript; declare a fixed parameter list

[[wasmport::import("console.log")]] void log(const char *format, ...); // expected-error {{variadic functions cannot cross to JavaScript}}
// CHECK: diag-variadic.cpp:[[@LINE-1]]:42: error: variadic functions cannot cross to JavaScript

class [[wasmport::export]] Printer {
public:
  void print(const char *format, ...); // expected-error {{variadic functions cannot cross to JavaScript}}
  static Printer make(...); // expected-error {{variadic functions cannot cross to JavaScript}}
  Printer(int n, ...); // expected-error {{variadic functions cannot cross to JavaScript}}
};

// A start function is called with nothing; it must not be variadic either.
[[wasmport::start]] void boot(...); // expected-error {{a [[wasmport::start]] function must take no parameters and return void}}

// Variadic templates are templates.
template <typename... Ts>
[[wasmport::export]] int count(Ts...) { return sizeof...(Ts); } // expected-error {{templates cannot be exported}} expected-note {{export a non-template}}
