// Strings: std::string by value or const&, std::string_view and const char*,
// as parameters and as results.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <string>
#include <string_view>

// CHECK: "functions": [
[[wasmport::export]] std::string owned(std::string s) { return s; }
// CHECK:        "cpp": "::owned",
// CHECK:          "type": {
// CHECK-NEXT:       "cpp": "::std::string",
// CHECK-NEXT:       "kind": "string"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::std::string",
// CHECK-NEXT:     "kind": "string"

[[wasmport::export]] std::size_t borrowed(const std::string &s) { return s.size(); }
// CHECK:        "cpp": "::borrowed",
// CHECK:          "type": {
// CHECK-NEXT:       "cpp": "const ::std::string &",
// CHECK-NEXT:       "kind": "string"

[[wasmport::export]] std::string_view view(std::string_view s) { return s; }
// CHECK:        "cpp": "::view",
// CHECK:          "type": {
// CHECK-NEXT:       "cpp": "::std::string_view",
// CHECK-NEXT:       "kind": "string_view"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::std::string_view",
// CHECK-NEXT:     "kind": "string_view"

[[wasmport::export]] const char *chars(const char *s) { return s; }
// CHECK:        "cpp": "::chars",
// CHECK:          "type": {
// CHECK-NEXT:       "cpp": "const char *",
// CHECK-NEXT:       "kind": "cstring"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "const char *",
// CHECK-NEXT:     "kind": "cstring"

// Top-level const changes nothing: same kinds.
[[wasmport::export]] void constants(const std::string s, const std::string_view v, const char *const c) {}
// CHECK:        "cpp": "::constants",
// CHECK:          "name": "s",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::std::string",
// CHECK-NEXT:       "kind": "string"
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::std::string_view",
// CHECK-NEXT:       "kind": "string_view"
// CHECK:          "name": "c",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "const char *const",
// CHECK-NEXT:       "kind": "cstring"

// Through aliases.
using Text = std::string;
[[wasmport::export]] Text aliased(const Text &t) { return t; }
// CHECK:        "cpp": "::aliased",
// CHECK:          "type": {
// CHECK-NEXT:       "cpp": "const ::Text &",
// CHECK-NEXT:       "kind": "string"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::Text",
// CHECK-NEXT:     "kind": "string"
