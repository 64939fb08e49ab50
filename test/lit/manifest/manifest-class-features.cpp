// Properties (kinds field_get, field_set, getter, setter, in source order,
// sharing the property's JS name), the exported base of a class, and doc
// comments (doc, returns_doc, and each parameter's doc).
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <string>
#include <string_view>

/** A base class.
 *
 *  Two paragraphs. */
class [[wasmport::export]] Base {
public:
  virtual ~Base() = default;
  /// Doubles \p x.
  /// \param x any number
  /// \param unused not a parameter
  /// \returns twice \a x
  int twice(int x) const { return 2 * x; }
  int value = 1;
  const std::string name = "base";
  std::string_view kind = "k";
  [[wasmport::getter]] double ratio() const { return r; }
  [[wasmport::setter]] Base &setRatio(double v) { r = v; return *this; }
private:
  double r = 0;
};
// CHECK:      "classes": [
// CHECK-NEXT:   {
// CHECK-NOT:      "base":
// CHECK:          "cpp": "::Base",
// CHECK:          "delete": "__wasmport_delete_4Base",
// CHECK-NEXT:     "doc": "A base class.\n\nTwo paragraphs.",
// CHECK-NEXT:     "js": "Base",
// CHECK:          "methods": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "cpp": "twice",
// CHECK-NEXT:         "doc": "Doubles x.",
// CHECK-NEXT:         "js": "twice",
// CHECK-NEXT:         "kind": "method",
// CHECK:              "params": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "doc": "any number",
// CHECK-NEXT:             "name": "x",
// CHECK:              "returns_doc": "twice x",
// CHECK-NEXT:         "symbol": "__wasmport_method_4Base_5twice"
// CHECK:              "cpp": "value",
// CHECK-NEXT:         "js": "value",
// CHECK-NEXT:         "kind": "field_get",
// CHECK-NEXT:         "loc": {
// CHECK-NEXT:           "column": 7,
// CHECK-NEXT:           "file": "{{.*}}manifest-class-features.cpp",
// CHECK-NEXT:           "line": [[@LINE-33]]
// CHECK-NEXT:         },
// CHECK-NEXT:         "params": [],
// CHECK-NEXT:         "result": {
// CHECK-NEXT:           "cpp": "int",
// CHECK-NEXT:           "kind": "i32"
// CHECK-NEXT:         },
// CHECK-NEXT:         "symbol": "__wasmport_get_4Base_5value"
// CHECK:              "cpp": "value",
// CHECK-NEXT:         "js": "value",
// CHECK-NEXT:         "kind": "field_set",
// CHECK:              "params": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "name": "value",
// CHECK-NEXT:             "type": {
// CHECK-NEXT:               "cpp": "int",
// CHECK-NEXT:               "kind": "i32"
// CHECK:              "result": {
// CHECK-NEXT:           "cpp": "void",
// CHECK-NEXT:           "kind": "void"
// CHECK-NEXT:         },
// CHECK-NEXT:         "symbol": "__wasmport_set_4Base_5value"
// A const member and a borrowed one are read-only: no field_set.
// CHECK:              "cpp": "name",
// CHECK-NEXT:         "js": "name",
// CHECK-NEXT:         "kind": "field_get",
// CHECK:                "kind": "string"
// CHECK:              "cpp": "kind",
// CHECK-NEXT:         "js": "kind",
// CHECK-NEXT:         "kind": "field_get",
// CHECK:                "kind": "string_view"
// CHECK:              "cpp": "ratio",
// CHECK-NEXT:         "js": "ratio",
// CHECK-NEXT:         "kind": "getter",
// CHECK:              "symbol": "__wasmport_get_4Base_5ratio"
// A setter's C++ result is dropped.
// CHECK:              "cpp": "setRatio",
// CHECK-NEXT:         "js": "ratio",
// CHECK-NEXT:         "kind": "setter",
// CHECK:              "params": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "name": "v",
// CHECK:              "result": {
// CHECK-NEXT:           "cpp": "void",
// CHECK-NEXT:           "kind": "void"
// CHECK-NEXT:         },
// CHECK-NEXT:         "symbol": "__wasmport_set_4Base_5ratio"
// CHECK-NOT:          "kind": "field_set"
// CHECK:            }
// CHECK-NEXT:     ]
// CHECK-NEXT:   },

namespace shapes {
/// Derived.
class [[wasmport::export("Leaf")]] Derived : public Base {};
}
// CHECK-NEXT:   {
// CHECK-NEXT:     "base": "Base",
// CHECK-NEXT:     "constructors": [
// CHECK:          "cpp": "::shapes::Derived",
// CHECK:          "delete": "__wasmport_delete_4Leaf",
// CHECK-NEXT:     "doc": "Derived.",
// CHECK-NEXT:     "js": "Leaf",
// Inherited members stay with the base: the subclass has none of its own.
// CHECK:          "methods": []

// A class reaches an exported base through one that is not exported.
struct Middle : shapes::Derived {};
struct [[wasmport::export]] Grandchild : Middle {};
// CHECK:          "base": "Leaf",
// CHECK:          "cpp": "::Grandchild",

// An undocumented function has no doc keys.
[[wasmport::export]] int plain(int x) { return x; }
// CHECK:      "functions": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "cpp": "::plain",
// CHECK-NEXT:     "js": "plain",
