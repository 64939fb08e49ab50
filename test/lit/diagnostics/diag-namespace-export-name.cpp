// A namespace has no JavaScript name of its own: exports are flat.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

namespace [[wasmport::export("geo")]] geometry { // expected-error {{a namespace has no JavaScript name: [[wasmport::export]] on a namespace takes no argument; its members keep their own names}}
double area(double w, double h);
}
// CHECK: diag-namespace-export-name.cpp:[[@LINE-3]]:13:{[[@LINE-3]]:13-[[@LINE-3]]:36}: error: a namespace has no JavaScript name

// Members are still renamed one by one.
namespace [[wasmport::export]] shapes {
[[wasmport::export("squareArea")]] double area(double side);
}
