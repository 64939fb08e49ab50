// A class with virtual functions records, for JS subclasses, whether it is
// abstract, its virtual functions as method imports on its own JS name
// (inherited ones included, each once; pure flagged) and the constructors of
// the generated class, which take the JS object first.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <wasmport/wasmport.h>

class Base {
public:
  virtual ~Base() = default;
  virtual int size() const { return 0; }
};

class [[wasmport::export]] Listener : public Base {
public:
  virtual void onHit(int damage) = 0;
  int size() const override { return 1; }
};

// CHECK:      "classes": [
// CHECK:          "abstract": true,
// CHECK-NEXT:     "constructors": [],
// CHECK:          "js": "Listener",
// CHECK:          "subclass_constructors": [
// CHECK-NEXT:       {
// CHECK:              "kind": "constructor",
// CHECK:              "params": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "name": "self",
// CHECK-NEXT:             "type": {
// CHECK-NEXT:               "cpp": "::wasmport::JsValue",
// CHECK-NEXT:               "kind": "jsvalue"
// CHECK-NEXT:             }
// CHECK-NEXT:           }
// CHECK-NEXT:         ],
// CHECK:              "symbol": "__wasmport_subclass_8Listener_0"
// CHECK:          "virtuals": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "cpp": "Listener::onHit",
// CHECK-NEXT:         "form": "global",
// CHECK-NEXT:         "kind": "method",
// CHECK:              "member": "onHit",
// CHECK-NEXT:         "name": "Listener",
// CHECK-NEXT:         "noexcept": false,
// CHECK:              "pure": true,
// CHECK:              "symbol": "__wasmport_virtual_8Listener_5onHit"
// CHECK-NEXT:       },
// CHECK-NEXT:       {
// CHECK-NEXT:         "const": true,
// CHECK-NEXT:         "cpp": "Listener::size",
// CHECK:              "member": "size",
// CHECK:              "pure": false,
// CHECK:              "symbol": "__wasmport_virtual_8Listener_4size"
// CHECK-NEXT:       }
// CHECK-NEXT:     ]
