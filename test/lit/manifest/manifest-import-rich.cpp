// Imports record the rich kinds exports have: vectors (of numbers too),
// spans of const numbers, optionals, value structs, enums, exported classes
// by value and std::unique_ptr, as parameters and results; a `const V &`
// parameter keeps its spelling (the definition repeats it) and its kind.
//
// RUN: %wasmport_cxx -std=c++20 -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

enum class [[wasmport::export]] Mode { A [[wasmport::export("a")]], B [[wasmport::export("b")]] };
struct [[wasmport::value]] Size {
  int w, h;
};
class [[wasmport::export]] Obj {};

// CHECK:      "imports": [
// CHECK:        "name": "host.send",
// CHECK:        "params": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "name": "bytes",
// CHECK-NEXT:       "type": {
// CHECK-NEXT:         "args": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "cpp": "float",
// CHECK-NEXT:             "kind": "f32"
// CHECK-NEXT:           }
// CHECK-NEXT:         ],
// CHECK-NEXT:         "cpp": "const ::std::vector<float> &",
// CHECK-NEXT:         "kind": "vector"
// CHECK:            "name": "view",
// CHECK-NEXT:       "type": {
// CHECK-NEXT:         "args": [
// CHECK-NEXT:           {
// CHECK-NEXT:             "cpp": "{{.*}}",
// CHECK-NEXT:             "kind": "u8"
// CHECK-NEXT:           }
// CHECK-NEXT:         ],
// CHECK-NEXT:         "cpp": "::std::span<const ::uint8_t>",
// CHECK-NEXT:         "kind": "span"
// CHECK:            "name": "size",
// CHECK-NEXT:       "type": {
// CHECK-NEXT:         "class": "Size",
// CHECK-NEXT:         "cpp": "const ::Size &",
// CHECK-NEXT:         "kind": "value"
// CHECK:            "name": "mode",
// CHECK-NEXT:       "type": {
// CHECK-NEXT:         "class": "Mode",
// CHECK-NEXT:         "cpp": "::Mode",
// CHECK-NEXT:         "kind": "enum"
// CHECK:            "name": "copy",
// CHECK-NEXT:       "type": {
// CHECK-NEXT:         "class": "Obj",
// CHECK-NEXT:         "cpp": "::Obj",
// CHECK-NEXT:         "kind": "class_value"
// CHECK:            "name": "owned",
// CHECK-NEXT:       "type": {
// CHECK-NEXT:         "class": "Obj",
// CHECK-NEXT:         "cpp": "::std::unique_ptr< ::Obj>",
// CHECK-NEXT:         "kind": "unique_ptr"
// CHECK:          "result": {
// CHECK-NEXT:       "args": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "class": "Size",
// CHECK-NEXT:           "cpp": "::Size",
// CHECK-NEXT:           "kind": "value"
// CHECK-NEXT:         }
// CHECK-NEXT:       ],
// CHECK-NEXT:       "cpp": "::std::optional< ::Size>",
// CHECK-NEXT:       "kind": "optional"
[[wasmport::import("host.send")]] std::optional<Size>
send(const std::vector<float> &bytes, std::span<const uint8_t> view,
     const Size &size, Mode mode, Obj copy, std::unique_ptr<Obj> owned);

// CHECK:        "name": "host.make",
// CHECK:        "result": {
// CHECK-NEXT:     "class": "Obj",
// CHECK-NEXT:     "cpp": "::std::unique_ptr< ::Obj>",
// CHECK-NEXT:     "kind": "unique_ptr"
[[wasmport::import("host.make")]] std::unique_ptr<Obj> make();
