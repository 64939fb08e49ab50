// Exported classes: constructors, methods and statics in source order, the
// delete symbol, and class_ref / class_ptr / class_value for the class in
// signatures (results by value only).
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <string>

// Used before it is declared: discovery runs before signatures are checked.
class Counter;
[[wasmport::export]] int peek(const Counter &c);

class [[wasmport::export]] Counter {
public:
  Counter() = default;
  explicit Counter(int start) : n(start) {}
  Counter(const Counter &) = default;
  Counter(Counter &&) = default;
  int increment() { return ++n; }
  int get() const { return n; }
  static Counter zero() { return Counter(); }
  void add(const Counter &other) { n += other.n; }
  void addFrom(Counter *other) { n += other ? other->n : 0; }
  Counter copy() const { return *this; }
  void absorb(Counter other) { n += other.n; }
  int value = 0; // A property: see manifest-class-features.cpp.
private:
  int n = 0;
};
// CHECK:      "classes": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "constructors": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "cpp": "",
// CHECK-NEXT:         "js": "constructor",
// CHECK-NEXT:         "kind": "constructor",
// CHECK:              "params": [],
// CHECK-NEXT:         "result": {
// CHECK-NEXT:           "class": "Counter",
// CHECK-NEXT:           "cpp": "::Counter",
// CHECK-NEXT:           "kind": "class_value"
// CHECK-NEXT:         },
// CHECK-NEXT:         "symbol": "__wasmport_new_7Counter_0"
// CHECK:              "js": "constructor",
// CHECK:                "name": "start",
// CHECK:              "symbol": "__wasmport_new_7Counter_1"
// CHECK:          ],
// CHECK-NEXT:     "cpp": "::Counter",
// CHECK-NEXT:     "delete": "__wasmport_delete_7Counter",
// CHECK-NEXT:     "js": "Counter",
// CHECK:          "methods": [
// CHECK:              "cpp": "increment",
// CHECK-NEXT:         "js": "increment",
// CHECK-NEXT:         "kind": "method",
// CHECK:              "symbol": "__wasmport_method_7Counter_9increment"
// CHECK:              "cpp": "get",
// CHECK-NEXT:         "js": "get",
// CHECK-NEXT:         "kind": "method",
// CHECK:              "cpp": "zero",
// CHECK-NEXT:         "js": "zero",
// CHECK-NEXT:         "kind": "static",
// CHECK:              "result": {
// CHECK-NEXT:           "class": "Counter",
// CHECK-NEXT:           "cpp": "::Counter",
// CHECK-NEXT:           "kind": "class_value"
// CHECK:              "symbol": "__wasmport_static_7Counter_4zero"
// CHECK:              "cpp": "add",
// CHECK:                "type": {
// CHECK-NEXT:             "class": "Counter",
// CHECK-NEXT:             "cpp": "const ::Counter &",
// CHECK-NEXT:             "kind": "class_ref"
// CHECK:              "cpp": "addFrom",
// CHECK:                "type": {
// CHECK-NEXT:             "class": "Counter",
// CHECK-NEXT:             "cpp": "::Counter *",
// CHECK-NEXT:             "kind": "class_ptr"
// CHECK:              "cpp": "copy",
// CHECK:              "result": {
// CHECK-NEXT:           "class": "Counter",
// CHECK-NEXT:           "cpp": "::Counter",
// CHECK-NEXT:           "kind": "class_value"
// CHECK:              "cpp": "absorb",
// CHECK:                "type": {
// CHECK-NEXT:             "class": "Counter",
// CHECK-NEXT:             "cpp": "::Counter",
// CHECK-NEXT:             "kind": "class_value"
// CHECK:              "cpp": "value",
// CHECK-NEXT:         "js": "value",
// CHECK-NEXT:         "kind": "field_get",
// CHECK:          ]

// A class with no user-declared constructor gets its default constructor.
namespace shapes {
struct [[wasmport::export("Square")]] Sq {
  double side = 1;
  double area() const { return side * side; }
};
}
// CHECK:          "constructors": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "cpp": "",
// CHECK:              "params": [],
// CHECK:              "symbol": "__wasmport_new_6Square_0"
// CHECK:          "cpp": "::shapes::Sq",
// CHECK-NEXT:     "delete": "__wasmport_delete_6Square",
// CHECK-NEXT:     "js": "Square",
// CHECK:              "js": "area",
// CHECK:              "symbol": "__wasmport_method_6Square_4area"

// An abstract class has no constructors to export.
class [[wasmport::export]] Shape {
public:
  virtual ~Shape() = default;
  virtual double area() const = 0;
};
// CHECK:          "constructors": [],
// CHECK-NEXT:     "cpp": "::Shape",

// CHECK:      "functions": [
int peek(const Counter &c) { return c.get(); }
// CHECK:          "cpp": "::peek",
// CHECK:              "type": {
// CHECK-NEXT:           "class": "Counter",
// CHECK-NEXT:           "cpp": "const ::Counter &",
// CHECK-NEXT:           "kind": "class_ref"
[[wasmport::export]] shapes::Sq unit(const shapes::Sq *maybe) { return maybe ? *maybe : shapes::Sq(); }
// CHECK:          "cpp": "::unit",
// CHECK:              "type": {
// CHECK-NEXT:           "class": "Square",
// CHECK-NEXT:           "cpp": "const ::shapes::Sq *",
// CHECK-NEXT:           "kind": "class_ptr"
// CHECK:            "result": {
// CHECK-NEXT:         "class": "Square",
// CHECK-NEXT:         "cpp": "::shapes::Sq",
// CHECK-NEXT:         "kind": "class_value"
