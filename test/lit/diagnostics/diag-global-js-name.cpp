// A top-level export cannot take the name of a JavaScript global object: in
// the one ES module wasmport-js writes, `export function Object()` is hoisted
// over the glue's own `Object.freeze(...)`, and `export class Map` over its
// `new Map()`. Members may: they hide nothing.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s
#include <wasmport/wasmport.h>

[[wasmport::export]] int Object(int x) { return x; } // expected-error {{'Object' cannot name a JavaScript export: it is the name of a JavaScript global object, which the generated module uses; rename it with [[wasmport::export("otherName")]]}}
// CHECK: diag-global-js-name.cpp:[[@LINE-1]]:3: error: 'Object' cannot name a JavaScript export: it is the name of a JavaScript global object
class [[wasmport::export]] Map { // expected-error {{'Map' cannot name a JavaScript export: it is the name of a JavaScript global object}}
public:
  Map() = default;
};
enum class [[wasmport::export]] Symbol { A, B }; // expected-error {{'Symbol' cannot name a JavaScript export}}
struct [[wasmport::value]] Date { int Day; }; // expected-error {{'Date' cannot name a JavaScript export}}
[[wasmport::export("console")]] void log2(); // expected-error {{'console' cannot name a JavaScript export}}
[[wasmport::export("Uint8Array")]] void bytes(); // expected-error {{'Uint8Array' cannot name a JavaScript export}}
[[wasmport::export("WebAssembly")]] void wasm(); // expected-error {{'WebAssembly' cannot name a JavaScript export}}

// Renamed, they are fine; and members may use these names.
class [[wasmport::export("GameMap")]] Map2 {
public:
  Map2() = default;
  [[wasmport::export]] int Object() const { return 1; }
  [[wasmport::export("Error")]] int error() const { return 2; }
};
[[wasmport::export("objectOf")]] int Object2(int x) { return x; }
