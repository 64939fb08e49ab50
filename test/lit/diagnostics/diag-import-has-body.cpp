// An import is implemented in JavaScript: a C++ body is an error at the
// attribute, whether the body comes with the attribute or in a later
// definition.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::import]] void alert(const char *message) {} // expected-error {{a function marked [[wasmport::import]] is implemented in JavaScript and must be declared without a body}}
// CHECK: diag-import-has-body.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:19}: error: a function marked {{\[\[}}wasmport::import{{\]\]}} is implemented in JavaScript

[[wasmport::import("console.log")]] void log(int value);
void log(int value) {} // expected-error@-1 {{a function marked [[wasmport::import]] is implemented in JavaScript and must be declared without a body}}

[[wasmport::import("add", "./math.js")]] int add(int a, int b) { return a + b; } // expected-error {{must be declared without a body}}

// Defaulted or deleted definitions are bodies too.
[[wasmport::import]] void gone() = delete; // expected-error {{must be declared without a body}}
