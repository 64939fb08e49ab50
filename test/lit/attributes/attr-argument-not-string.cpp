// The arguments of wasmport attributes are ordinary string literals; anything
// else is an error at the argument itself.
//
// RUN: %verify %s
// RUN: %not %wasmport_cxx -fsyntax-only %s 2>&1 | %FileCheck %s

[[wasmport::export(42)]] void number(); // expected-error {{the argument of 'export' must be a string literal naming a JavaScript identifier}}
// CHECK: attr-argument-not-string.cpp:[[@LINE-1]]:20: error: the argument of 'export' must be a string literal naming a JavaScript identifier

[[wasmport::export(greet)]] void identifier(); // expected-error {{the argument of 'export' must be a string literal naming a JavaScript identifier}}
// CHECK: attr-argument-not-string.cpp:[[@LINE-1]]:20: error: the argument of 'export'

constexpr const char *Name = "named";
[[wasmport::export(Name)]] void constant(); // expected-error {{the argument of 'export' must be a string literal}}

[[wasmport::export(L"wide")]] void wide(); // expected-error {{the argument of 'export' must be a string literal}}
[[wasmport::export(u"utf16")]] void utf16(); // expected-error {{the argument of 'export' must be a string literal}}

[[wasmport::import(1)]] void importNumber(); // expected-error {{'import' takes string literals: a global name, a dotted path such as "console.log", or a name and a module specifier such as ("add", "./math.js")}}
// CHECK: attr-argument-not-string.cpp:[[@LINE-1]]:20: error: 'import' takes string literals

// The second argument is checked too, at its own position.
[[wasmport::import("add", 2)]] int importModule(int); // expected-error {{'import' takes string literals}}
// CHECK: attr-argument-not-string.cpp:[[@LINE-1]]:27: error: 'import' takes string literals

// Adjacent literals are one string literal.
[[wasmport::export("con" "cat")]] void concatenated();
