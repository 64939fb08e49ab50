// An exported enum crosses as a 32-bit integer, or as a string when its
// enumerators carry JavaScript strings: the underlying type must fit, every
// enumerator string must be given and distinct, and enumerator strings only
// mean something in an exported enum.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <cstdint>

// The caret is on the written underlying type.
enum class [[wasmport::export]] Wide : long long { A }; // expected-error {{the underlying type of 'Wide' is 'long long'; an exported enum needs an integer type of at most 32 bits}}
// CHECK-DAG: diag-enum.cpp:[[@LINE-1]]:40:{[[@LINE-1]]:40-[[@LINE-1]]:49}: error: the underlying type of 'Wide' is 'long long'
enum class [[wasmport::export]] Huge : std::uint64_t { B }; // expected-error {{the underlying type of 'Huge' is 'std::uint64_t' (aka 'unsigned long long'); an exported enum needs an integer type of at most 32 bits}}
enum class [[wasmport::export]] Flag : bool { No, Yes }; // expected-error {{the underlying type of 'Flag' is 'bool'; an exported enum needs an integer type of at most 32 bits}}
// An unscoped enum whose values need 64 bits gets a 64-bit type from Clang:
// the caret is on the enum's name.
enum [[wasmport::export]] Big { Little = 1, Large = 0x100000000LL }; // expected-error {{the underlying type of 'Big' is 'unsigned long long'; an exported enum needs an integer type of at most 32 bits}}
// CHECK-DAG: diag-enum.cpp:[[@LINE-1]]:27: error: the underlying type of 'Big' is 'unsigned long long'

// [[wasmport::export]] on an enumerator gives its string: it needs one.
enum class [[wasmport::export]] Shape {
  Circle [[wasmport::export]], // expected-error {{[[wasmport::export]] on an enumerator gives its JavaScript string and needs a non-empty one: [[wasmport::export("red")]]}}
  // CHECK-DAG: diag-enum.cpp:[[@LINE-1]]:12:{[[@LINE-1]]:12-[[@LINE-1]]:28}: error: {{\[\[}}wasmport::export{{\]\]}} on an enumerator gives its JavaScript string
  Square [[wasmport::export("")]], // expected-error {{[[wasmport::export]] on an enumerator gives its JavaScript string and needs a non-empty one}}
  Triangle [[wasmport::export("triangle")]],
};

// Two enumerators with one string; an enumerator without a string stands for
// its own name, so it collides too.
enum class [[wasmport::export]] Mode {
  Fast [[wasmport::export("fast")]],
  Quick [[wasmport::export("fast")]], // expected-error {{two enumerators of 'Mode' stand for the JavaScript string 'fast'}}
  // expected-note@-2 {{'fast' is also exported here}}
  // CHECK-DAG: diag-enum.cpp:[[@LINE-2]]:11:{[[@LINE-2]]:11-[[@LINE-2]]:35}: error: two enumerators of 'Mode' stand for the JavaScript string 'fast'
  // CHECK-DAG: diag-enum.cpp:[[@LINE-4]]:3: note: 'fast' is also exported here
  Slow [[wasmport::export("Careful")]],
  Careful, // expected-error {{two enumerators of 'Mode' stand for the JavaScript string 'Careful'}}
  // expected-note@-2 {{'Careful' is also exported here}}
};

// Enumerator strings need an exported enum.
enum class Plain {
  Red [[wasmport::export("red")]], // expected-error {{'wasmport::export' on an enumerator applies to enums marked [[wasmport::export]]; export the enum}}
  // CHECK-DAG: diag-enum.cpp:[[@LINE-1]]:9:{[[@LINE-1]]:9-[[@LINE-1]]:32}: error: 'wasmport::export' on an enumerator applies to enums marked
  Green,
};

// Accepted: any integer type of at most 32 bits, signed or not, strings
// that are not identifiers (they are string values, escaped in the JS).
enum class [[wasmport::export]] Byte : std::uint8_t { A, B };
enum class [[wasmport::export]] Unsigned : unsigned { Max = 0xffffffffu };
enum [[wasmport::export]] Legacy { LegacyA = -1, LegacyB = 1 };
enum class [[wasmport::export]] Label {
  Quote [[wasmport::export("it's \"quoted\"")]],
  Multi [[wasmport::export("two\nlines")]],
  Comment [[wasmport::export("*/")]],
};
[[wasmport::export]] Label relabel(Shape s, Mode m, Byte a, Unsigned u, Legacy l);

// `{ __proto__: 0 }` would set the prototype of the enum object.
enum class [[wasmport::export]] Key {
  __proto__, // expected-error {{an enumerator named '__proto__' cannot be a property of the JavaScript enum object; rename the enumerator}}
  Other [[wasmport::export("other")]],
};
