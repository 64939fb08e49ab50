// The members of an imported class are imports whose form, name and module
// locate the class; each has a kind (constructor, method, static, getter,
// setter), the JS member name, and `const` for const member functions.
// Types naming an imported class are jsvalue with the class's global path;
// a class from an ES module has none (TypeScript cannot name it).
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <wasmport/wasmport.h>

#include <string>

class [[wasmport::import("Intl.Collator")]] Collator : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Collator create(const std::string &locale);
  int compare(const std::string &a, const std::string &b) const;
  static bool supported(const std::string &locale);
  // Ordinary C++: not in the manifest.
  bool less(const std::string &a, const std::string &b) const {
    return compare(a, b) < 0;
  }
};

class [[wasmport::import("Counter", "./counter.js")]] Counter
    : public wasmport::JsValue {
public:
  [[wasmport::getter]] int count() const;
  [[wasmport::setter]] void setCount(int value);
  [[wasmport::import("delete")]] void remove() noexcept;
};

[[wasmport::export]] Collator collator() { return Collator::create("de"); }
[[wasmport::export]] void count(const Counter &c) { (void)c; }

// CHECK:      "functions": [
// CHECK:          "js": "collator",
// CHECK:          "result": {
// CHECK-NEXT:       "class": "Intl.Collator",
// CHECK-NEXT:       "cpp": "::Collator",
// CHECK-NEXT:       "kind": "jsvalue"
// CHECK:          "js": "count",
// CHECK:          "params": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "name": "c",
// CHECK-NEXT:         "type": {
// CHECK-NEXT:           "cpp": "::Counter",
// CHECK-NEXT:           "kind": "jsvalue"
// CHECK-NEXT:         }

// CHECK:      "imports": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "cpp": "Collator::create",
// CHECK-NEXT:     "form": "path",
// CHECK-NEXT:     "kind": "constructor",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 45,
// CHECK-NEXT:       "file": "{{.*}}manifest-imported-class.cpp",
// CHECK-NEXT:       "line": 16
// CHECK-NEXT:     },
// CHECK-NEXT:     "name": "Intl.Collator",
// CHECK-NEXT:     "noexcept": false,
// CHECK:          "result": {
// CHECK-NEXT:       "class": "Intl.Collator",
// CHECK-NEXT:       "cpp": "::Collator",
// CHECK-NEXT:       "kind": "jsvalue"
// CHECK-NEXT:     },
// CHECK-NEXT:     "symbol": "__wasmport_import__ZN8Collator6create{{.*}}"
// CHECK-NEXT:   },
// CHECK-NEXT:   {
// CHECK-NEXT:     "const": true,
// CHECK-NEXT:     "cpp": "Collator::compare",
// CHECK-NEXT:     "form": "path",
// CHECK-NEXT:     "kind": "method",
// CHECK:          "member": "compare",
// CHECK-NEXT:     "name": "Intl.Collator",
// CHECK:          "symbol": "__wasmport_import__ZNK8Collator7compare{{.*}}"
// CHECK-NEXT:   },
// CHECK-NEXT:   {
// CHECK-NEXT:     "cpp": "Collator::supported",
// CHECK-NEXT:     "form": "path",
// CHECK-NEXT:     "kind": "static",
// CHECK:          "member": "supported",
// CHECK-NOT:      "Collator::less"
// CHECK:          "const": true,
// CHECK-NEXT:     "cpp": "Counter::count",
// CHECK-NEXT:     "form": "module",
// CHECK-NEXT:     "kind": "getter",
// CHECK:          "member": "count",
// CHECK-NEXT:     "module": "./counter.js",
// CHECK-NEXT:     "name": "Counter",
// CHECK:          "cpp": "Counter::setCount",
// CHECK-NEXT:     "form": "module",
// CHECK-NEXT:     "kind": "setter",
// CHECK:          "member": "count",
// CHECK:          "cpp": "Counter::remove",
// CHECK-NEXT:     "form": "module",
// CHECK-NEXT:     "kind": "method",
// CHECK:          "member": "delete",
// CHECK-NEXT:     "module": "./counter.js",
// CHECK-NEXT:     "name": "Counter",
// CHECK-NEXT:     "noexcept": true,
// CHECK:      "starts": []
