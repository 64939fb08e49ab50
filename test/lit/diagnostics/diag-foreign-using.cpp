// A using-declaration exports what it names only inside an exported
// namespace: a wasmport attribute written on a using-declaration itself (a
// Clang extension) is one error at the attribute, saying so; inside an
// exported namespace, one naming a typedef or a variable is one error at it.
// Outside an exported namespace a using-declaration is plain C++ and exports
// nothing.
//
// RUN: %verify %s -Wno-cxx-attribute-extension
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json -DVALID
// RUN: %FileCheck %s --input-file=%t.json

namespace lib {
inline int dot(int a, int b) { return a * b; }
inline int cross(int a, int b) { return a - b; }
using number = int;
int counter = 0;
} // namespace lib

#ifndef VALID
[[wasmport::export]] using lib::dot; // expected-error {{'wasmport::export' cannot be written on a using-declaration; a using-declaration exports the functions (every overload), classes or enums it names when it is inside an exported namespace, as in 'namespace [[wasmport::export]] ns { using ::name; }'}}
using lib::cross [[wasmport::export("cross2")]]; // expected-error {{'wasmport::export' cannot be written on a using-declaration; a using-declaration exports the functions (every overload), classes or enums it names when it is inside an exported namespace, as in 'namespace [[wasmport::export]] ns { using ::name; }'}}
namespace [[wasmport::export]] bad {
using lib::number; // expected-error {{using-declaration of 'number' in an exported namespace names no function, class or enum; it can export functions (every overload), classes and enums}}
using lib::counter; // expected-error {{using-declaration of 'counter' in an exported namespace names no function, class or enum; it can export functions (every overload), classes and enums}}
} // namespace bad
#endif

namespace plain {
using lib::cross; // Not exported: the namespace is not.
} // namespace plain
namespace [[wasmport::export]] m {
using lib::dot;
} // namespace m

// CHECK: "functions": [
// CHECK: "cpp": "::lib::dot"
// CHECK-NOT: "cpp": "::lib::cross"
