// A parameter with a default argument is optional in JS ("optional": true
// in the manifest); a trailing one whose type cannot cross is left to its
// default and is not part of the JS function. No diagnostics.
//
// RUN: %verify %s
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json
// expected-no-diagnostics
#include <cstdio>

[[wasmport::export]] int add(int a, int b = 1) { return a + b; }
// CHECK:      "functions": [
// CHECK:          "cpp": "::add",
// CHECK:              "name": "a",
// CHECK-NOT:          "optional"
// CHECK:              "name": "b",
// CHECK-NEXT:         "optional": true,

[[wasmport::export]] int log_to(int level = 1, FILE *out = nullptr) {
  return level + (out != nullptr);
}
// CHECK:          "cpp": "::log_to",
// CHECK:              "name": "level",
// CHECK-NEXT:         "optional": true,
// CHECK-NOT:          "name": "out"
// CHECK:          "result":
