// A file that ends inside a declaration (a missing '}', the common state of a
// file being edited) gets Clang's own error about it, and no errors from
// generated code: the plugin appends its end-of-file pragma to the main file,
// and must not enter the thunks inside the unfinished declaration.
//
// RUN: rm -rf %t && %split-file --leading-lines %s %t
// RUN: %not %wasmport_cxx -fsyntax-only %t/namespace.cpp 2>&1 | %FileCheck %s --check-prefix=NAMESPACE
// RUN: %not %wasmport_cxx -fsyntax-only %t/function.cpp 2>&1 | %FileCheck %s --check-prefix=FUNCTION
// RUN: %not %wasmport_cxx -fsyntax-only %t/linkage.cpp 2>&1 | %FileCheck %s --check-prefix=LINKAGE
// RUN: %not %wasmport_cxx -fsyntax-only %t/class.cpp 2>&1 | %FileCheck %s --check-prefix=CLASS

//--- namespace.cpp
#include <string>
[[wasmport::export]] int f(int a) { return a; }
namespace app {
// NAMESPACE-NOT: wasmport thunks
// NAMESPACE:     namespace.cpp:{{[0-9]+}}:{{[0-9]+}}: error: expected '}'
// NAMESPACE:     namespace.cpp:[[@LINE-3]]:15: note: to match this '{'
// NAMESPACE-NOT: error:
// NAMESPACE:     1 error generated.
[[wasmport::export]] int g(int a) { return a; }

//--- function.cpp
[[wasmport::export]] int f(int a) { return a; }
void h() {
  int y = 1;
// FUNCTION-NOT: wasmport thunks
// FUNCTION:     function.cpp:{{[0-9]+}}:{{[0-9]+}}: error: expected '}'
// FUNCTION:     function.cpp:[[@LINE-4]]:10: note: to match this '{'
// FUNCTION-NOT: error:
// FUNCTION:     1 error generated.

//--- linkage.cpp
[[wasmport::export]] int f(int a) { return a; }
extern "C" {
int g();
// LINKAGE-NOT: wasmport thunks
// LINKAGE:     linkage.cpp:{{[0-9]+}}:{{[0-9]+}}: error: expected '}'
// LINKAGE:     linkage.cpp:[[@LINE-4]]:12: note: to match this '{'
// LINKAGE-NOT: error:
// LINKAGE:     1 error generated.

//--- class.cpp
[[wasmport::export]] int f(int a) { return a; }
struct S {
  int y;
// CLASS-NOT: wasmport thunks
// CLASS:     class.cpp:{{[0-9]+}}:{{[0-9]+}}: error: expected '}'
// CLASS:     class.cpp:[[@LINE-4]]:10: note: to match this '{'
// CLASS-NOT: wasmport thunks
