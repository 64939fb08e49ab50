// The binding file selects and renames members of a foreign class with
// skip("member") and rename("member", "jsName") on its alias. A member that
// does not exist, a missing argument, or a selection on an alias of an enum or
// value struct or on anything but an alias is one error at the attribute.
//
// RUN: %verify %s
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json -DVALID
// RUN: %FileCheck %s --input-file=%t.json

namespace lib {
class world {
public:
  int step(int n) { return n; }
  int count() const { return 1; }
  int secret() const { return 2; }
  int gravity = 10;
  int hidden = 0;
};
struct vec { float x, y; };
enum kind { a, b };
} // namespace lib

using World [[wasmport::export, wasmport::skip("secret"), wasmport::skip("hidden"),
              wasmport::rename("count", "bodyCount"),
              wasmport::rename("gravity", "g")]] = lib::world;

#ifndef VALID
using World2 [[wasmport::export("World2"), wasmport::skip("nothing")]] = lib::world; // expected-error {{'wasmport::skip' names 'nothing', which is not a member of 'world'}}
using World3 [[wasmport::export("World3"), wasmport::rename("Step", "s")]] = lib::world; // expected-error {{'wasmport::rename' names 'Step', which is not a member of 'world'}}
using World4 [[wasmport::export("World4"), wasmport::rename("step")]] = lib::world; // expected-error {{'wasmport::rename' selects a member of a foreign class: it applies to an alias-declaration with 'wasmport::export', written skip("member") or rename("member", "jsName")}}
using Vec [[wasmport::value, wasmport::skip("x")]] = lib::vec; // expected-error {{'wasmport::skip' selects a member of a foreign class: it applies to an alias-declaration with 'wasmport::export', written skip("member") or rename("member", "jsName")}}
struct [[wasmport::export]] Own {
  [[wasmport::skip("f")]] void f() {} // expected-error {{'wasmport::skip' selects a member of a foreign class: it applies to an alias-declaration with 'wasmport::export', written skip("member") or rename("member", "jsName")}}
};
#endif

// CHECK: "js": "World"
// CHECK-NOT: "js": "secret"
// CHECK-NOT: "js": "hidden"
// CHECK-DAG: "js": "step"
// CHECK-DAG: "js": "bodyCount"
// CHECK-DAG: "js": "g"
