// [[wasmport::test]] functions: with -fplugin-arg-wasmport-tests they are in
// the manifest's "tests" list (the test's name as "js", the result void or a
// promise) and get a thunk named from the mangled name; without it there is
// no "tests" list and no thunk. wasmport-rewrite --tests gives the same
// manifest as the plugin.
//
// RUN: rm -rf %t && mkdir -p %t/rw
// RUN: %wasmport_cxx -std=c++20 -c %s -o %t/a.o -fplugin-arg-wasmport-tests -fplugin-arg-wasmport-manifest=%t/a.json -fplugin-arg-wasmport-thunks=%t/a.cpp
// RUN: %FileCheck %s --input-file=%t/a.json
// RUN: %FileCheck %s --check-prefix=THUNKS --input-file=%t/a.cpp
// RUN: %wasmport_cxx -std=c++20 -c %s -o %t/b.o -fplugin-arg-wasmport-manifest=%t/b.json -fplugin-arg-wasmport-thunks=%t/b.cpp
// RUN: %FileCheck %s --check-prefix=OFF --input-file=%t/b.json
// RUN: %FileCheck %s --check-prefix=OFF --input-file=%t/b.cpp
// RUN: wasmport-rewrite --tests %s --out-dir %t/rw -- -std=c++20 -isystem %wasmport_include --sysroot=/usr --target=wasm32-wasi
// RUN: %python -c "import json,sys; a=json.load(open(sys.argv[1]))['tests']; b=json.load(open(sys.argv[2]))['tests']; sys.exit(0 if [(t['js'],t['symbol'],t['cpp']) for t in a]==[(t['js'],t['symbol'],t['cpp']) for t in b] else 1)" %t/a.json %t/rw/manifest-tests.wasmport.json
#include <wasmport/promise.h>

[[wasmport::export]] int add(int a, int b) { return a + b; }

// CHECK:      "tests": [
// CHECK-NEXT:   {
[[wasmport::test]] void adds() {}
// CHECK-NEXT:     "cpp": "::adds",
// CHECK-NEXT:     "js": "adds",
// CHECK-NEXT:     "kind": "function",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 25,
// CHECK-NEXT:       "file": "{{.*}}manifest-tests.cpp",
// CHECK-NEXT:       "line": [[@LINE-7]]
// CHECK-NEXT:     },
// CHECK-NEXT:     "params": [],
// CHECK-NEXT:     "result": {
// CHECK-NEXT:       "cpp": "void",
// CHECK-NEXT:       "kind": "void"
// CHECK-NEXT:     },
// CHECK-NEXT:     "symbol": "__wasmport_test__Z4addsv"
// CHECK-NEXT:   },

namespace suite {
[[wasmport::test("waits for a promise")]] wasmport::Promise<void> waits() {
  co_return;
}
} // namespace suite
// CHECK:          "cpp": "::suite::waits",
// CHECK-NEXT:     "js": "waits for a promise",
// CHECK:            "kind": "promise"
// CHECK:          "symbol": "__wasmport_test__ZN5suite5waitsEv"
// CHECK-NEXT:   }
// CHECK-NEXT: ],

// THUNKS: __wasmport_test__Z4addsv
// THUNKS: __wasmport_test__ZN5suite5waitsEv

// OFF-NOT: "tests"
// OFF-NOT: __wasmport_test_
