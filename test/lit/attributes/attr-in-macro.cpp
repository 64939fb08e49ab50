// Attributes written through macros work like written-out ones: the entities
// are exported under their own names, located at the macro's use.
//
// RUN: rm -rf %t && %split-file --leading-lines %s %t
// RUN: %verify %t/good.cpp
// RUN: %wasmport_cxx -c %t/good.cpp -o %t/good.o -fplugin-arg-wasmport-manifest=%t/good.json
// RUN: %FileCheck %s --input-file=%t/good.json
// RUN: %verify %t/bad.cpp

//--- good.cpp
// expected-no-diagnostics
#include <wasmport/wasmport.h>

#define WASM_EXPORT [[wasmport::export]]
#define WASM_EXPORT_AS(name) [[wasmport::export(name)]]
#define CONSTANT_GETTER(name, value) WASM_EXPORT int name() { return value; }
#define DECLARE_EXPORTED_CLASS(Name)                                           \
  class WASM_EXPORT Name {                                                     \
  public:                                                                      \
    int size() const { return 0; }                                             \
  };

// The manifest lists classes first, then functions, each in source order.
DECLARE_EXPORTED_CLASS(Bag)
// CHECK:      "classes": [
// CHECK:          "cpp": "::Bag",
// CHECK:          "js": "Bag",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 1,
// CHECK-NEXT:       "file": "{{.*}}good.cpp",
// CHECK-NEXT:       "line": [[@LINE-7]]
// CHECK:          "methods": [
// CHECK:              "js": "size",

CONSTANT_GETTER(answer, 42)
// CHECK:      "functions": [
// CHECK:          "cpp": "::answer",
// CHECK-NEXT:     "js": "answer",
// CHECK-NEXT:     "kind": "function",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 1,
// CHECK-NEXT:       "file": "{{.*}}good.cpp",
// CHECK-NEXT:       "line": [[@LINE-8]]
CONSTANT_GETTER(seven, 7)
// CHECK:          "cpp": "::seven",
// CHECK-NEXT:     "js": "seven",
WASM_EXPORT_AS("twice") int doubled(int x) { return 2 * x; }
// CHECK:          "cpp": "::doubled",
// CHECK-NEXT:     "js": "twice",
// CHECK-NEXT:     "kind": "function",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 29,
// CHECK-NEXT:       "file": "{{.*}}good.cpp",
// CHECK-NEXT:       "line": [[@LINE-7]]

//--- bad.cpp
// A misplaced attribute written through a macro is reported at the macro's
// use (Clang adds an "expanded from macro" note).
#define EXPORTED_TYPEDEF(name) [[wasmport::export]] typedef int name;
EXPORTED_TYPEDEF(Counter) // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}
