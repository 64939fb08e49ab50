// export("jsName") renames functions, classes, methods and statics; generated
// symbols follow the JS name, while "cpp" keeps the C++ name the thunk calls.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

class [[wasmport::export("Accumulator")]] Acc {
public:
  [[wasmport::export("addAll")]] void add_all(int n) { total += n; }
  [[wasmport::export("create")]] static Acc make() { return Acc(); }
  int total = 0;
};
// CHECK:      "classes": [
// CHECK:              "symbol": "__wasmport_new_11Accumulator_0"
// CHECK:          "cpp": "::Acc",
// CHECK-NEXT:     "delete": "__wasmport_delete_11Accumulator",
// CHECK-NEXT:     "js": "Accumulator",
// CHECK:              "cpp": "add_all",
// CHECK-NEXT:         "js": "addAll",
// CHECK-NEXT:         "kind": "method",
// CHECK:              "symbol": "__wasmport_method_11Accumulator_6addAll"
// CHECK:              "cpp": "make",
// CHECK-NEXT:         "js": "create",
// CHECK-NEXT:         "kind": "static",
// CHECK:              "result": {
// CHECK-NEXT:           "class": "Accumulator",
// CHECK-NEXT:           "cpp": "::Acc",
// CHECK-NEXT:           "kind": "class_value"
// CHECK:              "symbol": "__wasmport_static_11Accumulator_6create"

// CHECK:      "functions": [
namespace text {
[[wasmport::export("toUpper")]] int to_upper(int c) { return c; }
}
// CHECK:          "cpp": "::text::to_upper",
// CHECK-NEXT:     "js": "toUpper",
// CHECK:          "symbol": "__wasmport_fn_7toUpper"

// Signatures refer to the class by its JS name.
[[wasmport::export("$merge")]] Acc merge(const Acc &a, Acc *b) { return a; }
// CHECK:          "cpp": "::merge",
// CHECK-NEXT:     "js": "$merge",
// CHECK:                "class": "Accumulator",
// CHECK-NEXT:           "cpp": "const ::Acc &",
// CHECK-NEXT:           "kind": "class_ref"
// CHECK:                "class": "Accumulator",
// CHECK-NEXT:           "cpp": "::Acc *",
// CHECK-NEXT:           "kind": "class_ptr"
// CHECK:          "symbol": "__wasmport_fn_6$merge"

// A JS name may be a C++ keyword.
[[wasmport::export("template")]] void makeTemplate() {}
// CHECK:          "cpp": "::makeTemplate",
// CHECK-NEXT:     "js": "template",
// CHECK-NOT:      "js": "makeTemplate"
