// A translation unit with nothing annotated still gets a manifest (empty,
// versioned) and a fragment in the "wasmport" section, but no runtime
// exports. No include path is needed.
//
// RUN: %clang_wasm -fplugin=%wasmport_plugin -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json
// RUN: %llvm-objcopy --dump-section=wasmport=%t.section %t.o
// RUN: %FileCheck %s --check-prefix=SECTION --input-file=%t.section
// RUN: %llvm-nm %t.o | %FileCheck %s --check-prefix=NM

int unannotated(int a) { return a; }
class Plain { public: int f() { return 0; } };

// CHECK:      {
// CHECK-NEXT:   "classes": [],
// CHECK-NEXT:   "enums": [],
// CHECK-NEXT:   "functions": [],
// CHECK-NEXT:   "imports": [],
// CHECK-NEXT:   "starts": [],
// CHECK-NEXT:   "values": [],
// CHECK-NEXT:   "wasmport": 5
// CHECK-NEXT: }

// SECTION:      {{^}}{"classes":[],"enums":[],"functions":[],"imports":[],"starts":[],"values":[],"wasmport":5}{{$}}

// NM-NOT: __wasmport_alloc
