// The three import forms: a global (by the C++ name or a given one), a dotted
// path from globalThis, and a named export of an ES module (the specifier kept
// verbatim). noexcept is recorded; the symbol comes from the mangled name, so
// overloads stay distinct.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <string>
#include <string_view>

// CHECK:      "imports": [
[[wasmport::import]] void alert(const std::string &message);
// CHECK-NEXT:   {
// CHECK-NEXT:     "cpp": "alert",
// CHECK-NEXT:     "form": "global",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 27,
// CHECK-NEXT:       "file": "{{.*}}manifest-import-forms.cpp",
// CHECK-NEXT:       "line": [[@LINE-7]]
// CHECK-NEXT:     },
// CHECK-NEXT:     "name": "alert",
// CHECK-NEXT:     "noexcept": false,
// CHECK-NEXT:     "params": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "name": "message",
// CHECK-NEXT:         "type": {
// CHECK-NEXT:           "cpp": "const ::std::string &",
// CHECK-NEXT:           "kind": "string"
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     ],
// CHECK-NEXT:     "result": {
// CHECK-NEXT:       "cpp": "void",
// CHECK-NEXT:       "kind": "void"
// CHECK-NEXT:     },
// CHECK-NEXT:     "symbol": "__wasmport_import__Z5alertRKNSt3__212basic_stringIcNS_11char_traitsIcEENS_9allocatorIcEEEE"
// CHECK-NEXT:   },

[[wasmport::import("prompt")]] std::string ask(std::string_view question);
// CHECK:          "cpp": "ask",
// CHECK-NEXT:     "form": "global",
// CHECK:          "name": "prompt",
// CHECK:          "result": {
// CHECK-NEXT:       "cpp": "::std::string",
// CHECK-NEXT:       "kind": "string"
// CHECK:          "symbol": "__wasmport_import__Z3askNSt3__217basic_string_viewIcNS_11char_traitsIcEEEE"

[[wasmport::import("console.log")]] void print(int value) noexcept;
// CHECK:          "cpp": "print",
// CHECK-NEXT:     "form": "path",
// CHECK:          "name": "console.log",
// CHECK-NEXT:     "noexcept": true,
// CHECK:          "symbol": "__wasmport_import__Z5printi"
[[wasmport::import("console.log")]] void print(double value) noexcept;
// CHECK:          "cpp": "print",
// CHECK-NEXT:     "form": "path",
// CHECK:          "name": "console.log",
// CHECK:          "symbol": "__wasmport_import__Z5printd"

[[wasmport::import("globalThis.performance.now")]] double now();
// CHECK:          "form": "path",
// CHECK:          "name": "globalThis.performance.now",
// CHECK:          "result": {
// CHECK-NEXT:       "cpp": "double",
// CHECK-NEXT:       "kind": "f64"

// Module imports record the specifier; the form comes right after "cpp".
namespace math {
[[wasmport::import("add", "./math.js")]] int add(int a, int b);
}
// CHECK:          "cpp": "math::add",
// CHECK-NEXT:     "form": "module",
// CHECK:          "module": "./math.js",
// CHECK-NEXT:     "name": "add",
// CHECK-NEXT:     "noexcept": false,
// CHECK:          "symbol": "__wasmport_import__ZN4math3addEii"

[[wasmport::import("default", "some-package")]] long long big(unsigned char small) noexcept(true);
// CHECK:          "cpp": "big",
// CHECK-NEXT:     "form": "module",
// CHECK:          "module": "some-package",
// CHECK-NEXT:     "name": "default",
// CHECK-NEXT:     "noexcept": true,
// CHECK:              "kind": "u8"
// CHECK:          "result": {
// CHECK-NEXT:       "cpp": "long long",
// CHECK-NEXT:       "kind": "i64"

// Declared twice (say, in a header and again in the source): one import.
[[wasmport::import]] bool confirm(const char *question);
bool confirm(const char *question);
// CHECK:          "cpp": "confirm",
// CHECK-NEXT:     "form": "global",
// CHECK:          "symbol": "__wasmport_import__Z7confirmPKc"
// CHECK-NEXT:   }
// CHECK-NEXT: ],
// CHECK-NEXT: "starts": [],

// The imports can be called like any C++ function.
[[wasmport::export]] int run() {
  alert("hi");
  print(math::add(1, 2));
  print(now());
  return confirm("ok?") ? static_cast<int>(big(1)) : 0;
}
