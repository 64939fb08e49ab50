// [[wasmport::constructor]] and [[wasmport::import]] on a member function
// belong to a class marked [[wasmport::import]]; export and skip do not
// apply to its members (nothing of it is exported).
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

class [[wasmport::export]] Temperature {
public:
  [[wasmport::constructor]] static Temperature fromKelvin(double); // expected-error {{'wasmport::constructor' applies to member functions of a class marked [[wasmport::import]]}}
  // CHECK: diag-imported-class-attributes.cpp:[[@LINE-1]]:5:{[[@LINE-1]]:5-[[@LINE-1]]:26}: error: 'wasmport::constructor' applies to member functions of a class marked {{\[\[}}wasmport::import{{\]\]}}
  [[wasmport::import("Math.random")]] static double random(); // expected-error {{'wasmport::import' applies to member functions of a class marked [[wasmport::import]]}}
};

struct Console {
  [[wasmport::import("console.log")]] static void log(int); // expected-error {{'wasmport::import' applies to member functions of a class marked [[wasmport::import]]}}
  [[wasmport::import]] void warn(int); // expected-error {{'wasmport::import' applies to member functions of a class marked [[wasmport::import]]}}
  [[wasmport::constructor]] static Console make(); // expected-error {{'wasmport::constructor' applies to member functions of a class marked [[wasmport::import]]}}
};

class [[wasmport::import("Date")]] Date : public wasmport::JsValue {
public:
  [[wasmport::export]] double getTime() const; // expected-error {{'wasmport::export' applies to members of a class marked [[wasmport::export]]; export the class}}
  [[wasmport::skip]] double getDay() const; // expected-error {{'wasmport::skip' applies to members of a class marked [[wasmport::export]]; export the class}}
};
