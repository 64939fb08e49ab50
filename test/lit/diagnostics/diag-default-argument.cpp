// A default argument is allowed, but JavaScript callers do not get it: a
// warning on the default argument itself. The function is still exported.
// (The warning is a custom diagnostic: Clang 19 gives it no -W flag, so
// -Werror and -Wno-... do not change it.)
//
// RUN: %verify %s
// RUN: %diagnose %s 2>&1 | %FileCheck %s
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --check-prefix=MANIFEST --input-file=%t.json

[[wasmport::export]] int add(int a, int b = 1) { return a + b; } // expected-warning {{default argument of parameter 'b' is not visible from JavaScript: JS callers must pass every argument}}
// CHECK: diag-default-argument.cpp:[[@LINE-1]]:45:{[[@LINE-1]]:45-[[@LINE-1]]:46}: warning: default argument of parameter 'b' is not visible from JavaScript: JS callers must pass every argument

// One warning per defaulted parameter.
[[wasmport::export]] double mix(double a, double b = 0.5, double c = 2.0 * 0.25) { return a * b * c; } // expected-warning {{default argument of parameter 'b'}} expected-warning {{default argument of parameter 'c'}}
// CHECK: diag-default-argument.cpp:[[@LINE-1]]:54:{[[@LINE-1]]:54-[[@LINE-1]]:57}: warning: default argument of parameter 'b'
// CHECK: diag-default-argument.cpp:[[@LINE-2]]:70:{[[@LINE-2]]:70-[[@LINE-2]]:80}: warning: default argument of parameter 'c'

class [[wasmport::export]] Counter {
public:
  explicit Counter(int start = 0) : n(start) {} // expected-warning {{default argument of parameter 'start'}}
  int add(int step = 1) { return n += step; } // expected-warning {{default argument of parameter 'step'}}
  static Counter make(int start = 0) { return Counter(start); } // expected-warning {{default argument of parameter 'start'}}
  // Not exported: no warning.
  [[wasmport::skip]] void reset(int to = 0) { n = to; }

private:
  void bump(int by = 1) { n += by; }
  int n;
};

// Not exported: no warning.
int quiet(int a = 0) { return a; }

// MANIFEST: "js": "Counter",
// MANIFEST: "js": "add",
// MANIFEST: "js": "make",
// MANIFEST: "functions": [
// MANIFEST: "js": "add",
// MANIFEST: "js": "mix",
