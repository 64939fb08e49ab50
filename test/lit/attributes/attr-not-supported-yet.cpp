// Attributes that are part of the design but not implemented in this version
// are errors, never silently ignored (DESIGN.md 1.1: a binding that silently
// does not exist is worse than a failed build).
//
// RUN: %verify %s
// RUN: %not %wasmport_cxx -fsyntax-only %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

class [[wasmport::export]] Temperature {
public:
  [[wasmport::constructor]] static Temperature fromKelvin(double); // expected-error {{'wasmport::constructor' is not supported by this version of wasmport}}
};

class [[wasmport::import("Date")]] Date {}; // expected-error {{'wasmport::import' on a class is not supported by this version of wasmport}}
// CHECK: attr-not-supported-yet.cpp:[[@LINE-1]]:9: error: 'wasmport::import' on a class is not supported
