// A manifest's file names are spelled as __FILE__ is: -ffile-prefix-map and
// -fmacro-prefix-map apply, so a build in another directory writes the same
// manifest and the same thunks (test/determinism checks the whole output).
//
// RUN: %wasmport_cxx -c %s -o %t.o -ffile-prefix-map=%S=/src -fplugin-arg-wasmport-manifest=%t.json -fplugin-arg-wasmport-thunks=%t.thunks.cpp
// RUN: %FileCheck %s --input-file=%t.json
// RUN: %FileCheck --check-prefix=THUNKS %s --input-file=%t.thunks.cpp
// RUN: %wasmport_cxx -c %s -o %t.o -fmacro-prefix-map=%S=/macro -fplugin-arg-wasmport-manifest=%t.macro.json
// RUN: %FileCheck --check-prefix=MACRO %s --input-file=%t.macro.json
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.plain.json
// RUN: %FileCheck --check-prefix=PLAIN -DDIR=%S %s --input-file=%t.plain.json

[[wasmport::export]] int answer() { return 42; }
// CHECK:       "file": "/src/manifest-file-prefix-map.cpp",
// THUNKS:      answer: function /src/manifest-file-prefix-map.cpp:[[#@LINE-2]]
// MACRO:       "file": "/macro/manifest-file-prefix-map.cpp",
// PLAIN:       "file": "[[DIR]]/manifest-file-prefix-map.cpp",
