// export, import and start are three different roles; one declaration has at
// most one of them.
//
// RUN: %verify %s
// RUN: %not %wasmport_cxx -fsyntax-only %s 2>&1 | %FileCheck %s

[[wasmport::export]] [[wasmport::import]] void exportAndImport(); // expected-error {{'wasmport::import' cannot be combined with 'wasmport::export'}}
// CHECK-DAG: attr-conflict.cpp:[[@LINE-1]]:24: error: 'wasmport::import' cannot be combined with 'wasmport::export'

[[wasmport::start]] [[wasmport::export]] void startAndExport() {} // expected-error {{'wasmport::start' cannot be combined with 'wasmport::export'}}
// CHECK-DAG: attr-conflict.cpp:[[@LINE-1]]:3: error: 'wasmport::start' cannot be combined with 'wasmport::export'

[[wasmport::import]] [[wasmport::start]] void startAndImport(); // expected-error {{'wasmport::start' cannot be combined with 'wasmport::import'}}

// On separate declarations of one function, too.
[[wasmport::export]] void split();
[[wasmport::import]] void split(); // expected-error {{'wasmport::import' cannot be combined with 'wasmport::export'}}
