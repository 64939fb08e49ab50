// On a target other than wasm the plugin still checks the attributes and
// writes the manifest, but injects no thunks and no section.
//
// RUN: %wasmport_cxx --target=x86_64-linux-gnu -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json \
// RUN:   -fplugin-arg-wasmport-thunks=%t.thunks.cpp
// RUN: %FileCheck %s --input-file=%t.json
// RUN: %not test -e %t.thunks.cpp
// RUN: %llvm-nm %t.o | %FileCheck %s --check-prefix=NM
// RUN: %not %wasmport_cxx --target=x86_64-linux-gnu -fsyntax-only -DBAD %s 2>&1 | %FileCheck %s --check-prefix=BAD

[[wasmport::export]] int answer() { return 42; }
// CHECK: "js": "answer",

// NM: T _Z6answerv
// NM-NOT: __wasmport

#ifdef BAD
[[wasmport::export]] void precise(long double x);
// BAD: plugin-native-target.cpp:[[@LINE-1]]:35: error: parameter 'x' of 'precise' has type 'long double'
#endif
