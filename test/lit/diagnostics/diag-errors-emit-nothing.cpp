// Every problem in the translation unit is reported, then nothing is emitted:
// no manifest, no thunks, no object file.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %not %wasmport_cxx -c %s -o %t/out.o -fplugin-arg-wasmport-manifest=%t/out.json \
// RUN:   -fplugin-arg-wasmport-thunks=%t/out.thunks.cpp 2>&1 | %FileCheck %s
// RUN: %not test -e %t/out.json
// RUN: %not test -e %t/out.thunks.cpp
// RUN: %not test -e %t/out.o
//
// Without the errors the same file produces all three.
// RUN: %wasmport_cxx -c -DFIXED %s -o %t/out.o -fplugin-arg-wasmport-manifest=%t/out.json \
// RUN:   -fplugin-arg-wasmport-thunks=%t/out.thunks.cpp
// RUN: test -s %t/out.json
// RUN: test -s %t/out.thunks.cpp
// RUN: test -s %t/out.o

#include <wasmport/wasmport.h>

[[wasmport::export]] int fine(int a) { return a; }
#ifndef FIXED
[[wasmport::export]] void first(long double x) {}
// CHECK-DAG: diag-errors-emit-nothing.cpp:[[@LINE-1]]:33: error: parameter 'x' of 'first'
[[wasmport::export("default")]] void second() {}
// CHECK-DAG: diag-errors-emit-nothing.cpp:[[@LINE-1]]:3: error: 'default' cannot name a JavaScript export
[[wasmport::start]] int third() { return 0; }
// CHECK-DAG: diag-errors-emit-nothing.cpp:[[@LINE-1]]:3: error: a {{\[\[}}wasmport::start{{\]\]}} function must take no parameters
#endif
// CHECK: 3 errors generated.
