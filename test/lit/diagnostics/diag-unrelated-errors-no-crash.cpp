// A translation unit with ordinary compile errors, some inside exported
// declarations: Clang's errors are reported as without the plugin, the plugin
// neither crashes nor piles follow-on errors on invalid declarations, and
// nothing is emitted.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %verify %s
// RUN: %not %wasmport_cxx -c %s -o %t/out.o -fplugin-arg-wasmport-manifest=%t/out.json \
// RUN:   -fplugin-arg-wasmport-thunks=%t/out.thunks.cpp 2>&1 | %FileCheck %s
// RUN: %not test -e %t/out.json
// RUN: %not test -e %t/out.thunks.cpp

#include <wasmport/wasmport.h>
#include <string>

[[wasmport::export]] int broken(Undeclared u) { return u.x; } // expected-error {{unknown type name 'Undeclared'}}
[[wasmport::export]] int body() { return nosuch(); } // expected-error {{use of undeclared identifier 'nosuch'}}
[[wasmport::export]] auto deduced() { return nosuch2; } // expected-error {{use of undeclared identifier 'nosuch2'}}
[[wasmport::import]] void imp(Nope); // expected-error {{unknown type name 'Nope'}}
[[wasmport::start]] void boot() { undefined_call(); } // expected-error {{use of undeclared identifier 'undefined_call'}}

class [[wasmport::export]] Bad {
public:
  Bad(Missing m); // expected-error {{unknown type name 'Missing'}}
  int f() { return y; } // expected-error {{use of undeclared identifier 'y'}}
  Missing g(); // expected-error {{unknown type name 'Missing'}}
  auto h() { return z; } // expected-error {{use of undeclared identifier 'z'}}
  int dup();
  int dup(); // expected-error {{class member cannot be redeclared}} expected-note@-1 {{previous declaration is here}}
};
[[wasmport::export]] Bad makeBad();

// A class declared but never defined is not exported: it cannot cross.
class [[wasmport::export]] Forward;
[[wasmport::export]] void useForward(Forward *f); // expected-error {{parameter 'f' of 'useForward' has type 'Forward *', which wasmport cannot pass}} expected-note {{supported:}}

struct Abstract { virtual void f() = 0; };
class [[wasmport::export]] Concrete : public Abstract {}; // expected-warning {{exported class 'Concrete' cannot be extended in JavaScript: its destructor is not virtual; make it virtual, or mark the class final}}
Concrete instance; // expected-error {{variable type 'Concrete' is an abstract class}} expected-note@-2 {{unimplemented pure virtual method 'f' in 'Concrete'}}

int mismatch = "text"; // expected-error {{cannot initialize a variable of type 'int' with an lvalue of type 'const char[5]'}}

// CHECK-NOT: wasmport thunks
// CHECK-NOT: wasmport sync
// CHECK: error: unknown type name 'Undeclared'
