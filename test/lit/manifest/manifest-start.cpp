// Start functions: recorded in "starts", in source order, with a symbol from
// the mangled name (so two `setup`s in different namespaces are distinct).
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

// CHECK:      "starts": [
// CHECK-NEXT:   {
[[wasmport::start]] void setup() {}
// CHECK-NEXT:     "cpp": "::setup",
// CHECK-NEXT:     "js": "",
// CHECK-NEXT:     "kind": "start",
// CHECK-NEXT:     "loc": {
// CHECK-NEXT:       "column": 26,
// CHECK-NEXT:       "file": "{{.*}}manifest-start.cpp",
// CHECK-NEXT:       "line": [[@LINE-7]]
// CHECK-NEXT:     },
// CHECK-NEXT:     "params": [],
// CHECK-NEXT:     "result": {
// CHECK-NEXT:       "cpp": "",
// CHECK-NEXT:       "kind": "void"
// CHECK-NEXT:     },
// CHECK-NEXT:     "symbol": "__wasmport_start__Z5setupv"
// CHECK-NEXT:   },

namespace plugins {
[[wasmport::start]] void setup() noexcept {}
}
// CHECK:          "cpp": "::plugins::setup",
// CHECK:          "symbol": "__wasmport_start__ZN7plugins5setupEv"

// In an exported namespace a start function is a start function, not an
// export.
namespace [[wasmport::export]] app {
[[wasmport::start]] void boot() {}
void run() {}
}
// CHECK:          "cpp": "::app::boot",
// CHECK:          "symbol": "__wasmport_start__ZN3app4bootEv"
// CHECK-NEXT:   }
// CHECK-NEXT: ],

// CHECK-NOT: "::app::boot"
