// A constructor is the JavaScript class's constructor: a JS name on it is an
// error at the attribute. A plain [[wasmport::export]] on it is accepted.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

class [[wasmport::export]] Point {
public:
  [[wasmport::export("fromXY")]] Point(int x, int y); // expected-error {{'Point' cannot be exported: a constructor becomes the JavaScript class's constructor and takes no name}}
  // CHECK: diag-constructor-named.cpp:[[@LINE-1]]:5: error: 'Point' cannot be exported: a constructor becomes the JavaScript class's constructor and takes no name
  [[wasmport::export]] Point();
  [[wasmport::skip]] Point(double);
};
