// Every entity records where it was declared (file, line, column of its
// name), for messages from later stages. Presumed locations: #line applies.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

class [[wasmport::export]] Timer {
public:
  Timer() {}
  void
  start() {}
};
// CHECK:      "classes": [
// CHECK:            "js": "constructor",
// CHECK-NEXT:       "kind": "constructor",
// CHECK-NEXT:       "loc": {
// CHECK-NEXT:         "column": 3,
// CHECK-NEXT:         "file": "{{.*}}manifest-locations.cpp",
// CHECK-NEXT:         "line": [[#@LINE-10]]
// CHECK:          "js": "Timer",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 28,
// CHECK-NEXT:       "file": "{{.*}}manifest-locations.cpp",
// CHECK-NEXT:       "line": [[#@LINE-17]]
// CHECK:            "js": "start",
// CHECK-NEXT:       "kind": "method",
// CHECK-NEXT:       "loc": {
// CHECK-NEXT:         "column": 3,
// CHECK-NEXT:         "file": "{{.*}}manifest-locations.cpp",
// CHECK-NEXT:         "line": [[#@LINE-19]]

// CHECK:      "functions": [
[[wasmport::export]]
int
    spread(int a) { return a; }
// CHECK:          "js": "spread",
// CHECK-NEXT:     "kind": "function",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 5,
// CHECK-NEXT:       "file": "{{.*}}manifest-locations.cpp",
// CHECK-NEXT:       "line": [[#@LINE-6]]

// The checks for the #line case at the end of the file.
// CHECK:          "js": "moved",
// CHECK-NEXT:     "kind": "function",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 26,
// CHECK-NEXT:       "file": "renamed.cpp",
// CHECK-NEXT:       "line": 500

// CHECK:      "imports": [
[[wasmport::import]] void beep();
// CHECK:          "loc": {
// CHECK-NEXT:       "column": 27,
// CHECK-NEXT:       "file": "{{.*}}manifest-locations.cpp",
// CHECK-NEXT:       "line": [[#@LINE-4]]

// CHECK:      "starts": [
[[wasmport::start]] void init() {}
// CHECK:          "loc": {
// CHECK-NEXT:       "column": 26,
// CHECK-NEXT:       "file": "{{.*}}manifest-locations.cpp",
// CHECK-NEXT:       "line": [[#@LINE-4]]

#line 500 "renamed.cpp"
[[wasmport::export]] int moved() { return 0; }
