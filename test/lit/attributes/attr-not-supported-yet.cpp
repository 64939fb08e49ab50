// Attributes that are part of the design but not implemented in this version
// are errors, never silently ignored (DESIGN.md 1.1: a binding that silently
// does not exist is worse than a failed build).
//
// RUN: %verify %s
// RUN: %not %wasmport_cxx -fsyntax-only %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

struct [[wasmport::value]] Point { int x, y; }; // expected-error {{'wasmport::value' is not supported by this version of wasmport}}
// CHECK: attr-not-supported-yet.cpp:[[@LINE-1]]:10: error: 'wasmport::value' is not supported by this version of wasmport

class [[wasmport::export]] Temperature {
public:
  [[wasmport::constructor]] static Temperature fromKelvin(double); // expected-error {{'wasmport::constructor' is not supported by this version of wasmport}}
};

class [[wasmport::import("Date")]] Date {}; // expected-error {{'wasmport::import' on a class is not supported by this version of wasmport}}
// CHECK: attr-not-supported-yet.cpp:[[@LINE-1]]:9: error: 'wasmport::import' on a class is not supported

enum class [[wasmport::export]] Color { Red, Green }; // expected-error {{'wasmport::export' on an enum is not supported by this version of wasmport}}
// CHECK: attr-not-supported-yet.cpp:[[@LINE-1]]:14: error: 'wasmport::export' on an enum is not supported

enum [[wasmport::export("Shade")]] Shade { Light, Dark }; // expected-error {{'wasmport::export' on an enum is not supported by this version of wasmport}}
