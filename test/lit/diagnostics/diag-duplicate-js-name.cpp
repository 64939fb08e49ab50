// Exports are flat: two exports with one JavaScript name are an error at the
// second, with a note at the first, whatever C++ scope they come from.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::export("run")]] void start();
[[wasmport::export("run")]] void go(); // expected-error {{two exports are named 'run' in JavaScript; rename one with [[wasmport::export("otherName")]]}}
// expected-note@-2 {{'run' is also exported here}}
// CHECK:      diag-duplicate-js-name.cpp:[[@LINE-2]]:3: error: two exports are named 'run' in JavaScript
// CHECK-NEXT: diag-duplicate-js-name.cpp:[[@LINE-4]]:34: note: 'run' is also exported here

// A function and a class.
class [[wasmport::export]] Point {};
[[wasmport::export]] int Point(int); // expected-error {{two exports are named 'Point' in JavaScript}}
// expected-note@-2 {{'Point' is also exported here}}

// Namespaces do not qualify JavaScript names.
namespace a { [[wasmport::export]] void reset(); }
namespace b { [[wasmport::export]] void reset(); } // expected-error {{two exports are named 'reset' in JavaScript}}
// expected-note@-2 {{'reset' is also exported here}}

namespace [[wasmport::export]] left { void update(); }
namespace [[wasmport::export]] right { void update(); } // expected-error {{two exports are named 'update' in JavaScript}}
// expected-note@-2 {{'update' is also exported here}}

class [[wasmport::export]] Shape {};
namespace geometry { class [[wasmport::export]] Shape {}; } // expected-error {{two exports are named 'Shape' in JavaScript}}
// expected-note@-2 {{'Shape' is also exported here}}

// Renaming one resolves it.
namespace geometry { class [[wasmport::export("Polygon")]] Shape2 {}; }

// Redeclarations are one entity, not two.
[[wasmport::export]] int twice(int);
[[wasmport::export]] int twice(int x) { return 2 * x; }
int twice(int);
