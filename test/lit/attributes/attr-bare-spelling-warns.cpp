// Without the `wasmport::` scope the attributes are not ours: Clang's usual
// unknown-attribute warning, and no binding is generated.
//
// RUN: %verify %s
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=WARN
// RUN: %FileCheck %s --check-prefix=MANIFEST < %t.json

[[export]] int exported(); // expected-warning {{unknown attribute 'export' ignored}}
// WARN: attr-bare-spelling-warns.cpp:[[@LINE-1]]:3: warning: unknown attribute 'export' ignored [-Wunknown-attributes]
[[export("renamed")]] int renamed(); // expected-warning {{unknown attribute 'export' ignored}}
[[import("console.log")]] void log(int); // expected-warning {{unknown attribute 'import' ignored}}
[[start]] void boot(); // expected-warning {{unknown attribute 'start' ignored}}
class [[export]] Widget {}; // expected-warning {{unknown attribute 'export' ignored}}
[[skip]] void skipped(); // expected-warning {{unknown attribute 'skip' ignored}}

// Another vendor's attribute of the same name is not ours either.
[[other::export]] void foreign(); // expected-warning {{unknown attribute 'export' ignored}}

// MANIFEST:      "classes": [],
// MANIFEST-NEXT: "enums": [],
// MANIFEST-NEXT: "functions": [],
// MANIFEST-NEXT: "imports": [],
// MANIFEST-NEXT: "starts": [],
