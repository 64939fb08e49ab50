// Some identifiers cannot name an export: JavaScript's reserved words (the
// generated module is strict-mode ES), the names the generated module itself
// exports (default, init, initSync, memory, __wasmport) and the __wasmport_
// prefix, and `then`, which would make the module namespace thenable: `await
// import("./mod.js")` would call it instead of giving the module.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::export("default")]] void main2(); // expected-error {{'default' cannot name a JavaScript export: it is reserved in JavaScript or by the generated module; rename it with [[wasmport::export("otherName")]]}}
// CHECK: diag-reserved-js-name.cpp:[[@LINE-1]]:3: error: 'default' cannot name a JavaScript export
[[wasmport::export("init")]] void setup(); // expected-error {{'init' cannot name a JavaScript export}}
[[wasmport::export("initSync")]] void setupSync(); // expected-error {{'initSync' cannot name a JavaScript export}}
[[wasmport::export("memory")]] void heap(); // expected-error {{'memory' cannot name a JavaScript export}}
[[wasmport::export("__wasmport")]] void introspect(); // expected-error {{'__wasmport' cannot name a JavaScript export}}
[[wasmport::export("then")]] void andThen(); // expected-error {{'then' cannot name a JavaScript export}}
// CHECK: diag-reserved-js-name.cpp:[[@LINE-1]]:3: error: 'then' cannot name a JavaScript export
class [[wasmport::export]] then {}; // expected-error {{'then' cannot name a JavaScript export}}
[[wasmport::export("__wasmport_alloc")]] void alloc(); // expected-error {{'__wasmport_alloc' cannot name a JavaScript export}}

// C++ names that are JavaScript reserved words.
[[wasmport::export]] void eval(); // expected-error {{'eval' cannot name a JavaScript export}}
// CHECK: diag-reserved-js-name.cpp:[[@LINE-1]]:3: error: 'eval' cannot name a JavaScript export
[[wasmport::export]] void arguments(); // expected-error {{'arguments' cannot name a JavaScript export}}
[[wasmport::export]] void await(); // expected-error {{'await' cannot name a JavaScript export}}
[[wasmport::export]] void yield(); // expected-error {{'yield' cannot name a JavaScript export}}
[[wasmport::export]] void let(); // expected-error {{'let' cannot name a JavaScript export}}
[[wasmport::export]] void function(); // expected-error {{'function' cannot name a JavaScript export}}
[[wasmport::export]] void var(); // expected-error {{'var' cannot name a JavaScript export}}
[[wasmport::export]] void init(); // expected-error {{'init' cannot name a JavaScript export}}
class [[wasmport::export]] undefined {}; // expected-error {{'undefined' cannot name a JavaScript export}}
// CHECK: diag-reserved-js-name.cpp:[[@LINE-1]]:9: error: 'undefined' cannot name a JavaScript export

// In an exported namespace the declaration itself is located.
namespace [[wasmport::export]] js {
void instanceof(); // expected-error {{'instanceof' cannot name a JavaScript export}}
// CHECK: diag-reserved-js-name.cpp:[[@LINE-1]]:6: error: 'instanceof' cannot name a JavaScript export
}

// Renaming is the fix.
[[wasmport::export("evaluate")]] void eval(int);
[[wasmport::export("initialize")]] void init(int);
