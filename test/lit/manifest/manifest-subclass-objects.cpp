// A virtual function whose parameters are exported classes by pointer or
// reference (Box2D's BeginContact(b2Contact*)) can be implemented in JS: its
// parameters are class_ptr and class_ref import parameters, lent to JS for
// the call. A parameter of a class that is not exported still leaves the
// function to C++, with the warning.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json 2>%t.err
// RUN: %FileCheck %s --input-file=%t.json
// RUN: %FileCheck %s --check-prefix=WARN --input-file=%t.err

#include <wasmport/wasmport.h>

class [[wasmport::export]] Contact {
public:
  int id() const { return 1; }
};

struct Impulse {
  float normal;
};

class [[wasmport::export]] ContactListener {
public:
  virtual ~ContactListener() = default;
  virtual void beginContact(Contact *c) {}
  virtual int weigh(const Contact &c) { return 0; }
  [[wasmport::skip]] virtual void postSolve(Contact *c, const Impulse *i) {}
};

// WARN: warning: virtual function 'postSolve' cannot be implemented in JavaScript: parameter 'i' has type 'const Impulse *'
// WARN-NOT: beginContact
// WARN-NOT: weigh

// CHECK:          "js": "ContactListener",
// CHECK:          "virtuals": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "cpp": "ContactListener::beginContact",
// CHECK:              "params": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "name": "c",
// CHECK-NEXT:             "type": {
// CHECK-NEXT:               "class": "Contact",
// CHECK-NEXT:               "cpp": "::Contact *",
// CHECK-NEXT:               "kind": "class_ptr"
// CHECK-NEXT:             }
// CHECK-NEXT:           }
// CHECK-NEXT:         ],
// CHECK:              "symbol": "__wasmport_virtual_15ContactListener_12beginContact"
// CHECK:              "cpp": "ContactListener::weigh",
// CHECK:              "params": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "name": "c",
// CHECK-NEXT:             "type": {
// CHECK-NEXT:               "class": "Contact",
// CHECK-NEXT:               "cpp": "const ::Contact &",
// CHECK-NEXT:               "kind": "class_ref"
// CHECK-NEXT:             }
// CHECK-NEXT:           }
// CHECK-NEXT:         ],
// CHECK-NOT:          "postSolve"
// CHECK:          ]
