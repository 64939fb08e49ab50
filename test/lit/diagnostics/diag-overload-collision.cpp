// JavaScript has no overloading: overloads exported under one name are an
// error, accepted when each gets a distinct name.
//
// RUN: rm -rf %t && %split-file --leading-lines %s %t
// RUN: %verify %t/collide.cpp
// RUN: %not %diagnose %t/collide.cpp 2>&1 | %FileCheck %s
// RUN: %verify %t/distinct.cpp
// RUN: %wasmport_cxx -c %t/distinct.cpp -o %t/distinct.o -fplugin-arg-wasmport-manifest=%t/distinct.json
// RUN: %FileCheck %s --check-prefix=MANIFEST --input-file=%t/distinct.json

//--- collide.cpp
[[wasmport::export]] int scale(int x);
[[wasmport::export]] double scale(double x); // expected-error {{overloads of 'scale' would share the JavaScript name 'scale'; give each a distinct name with [[wasmport::export("name")]]}}
// expected-note@-2 {{other overload is here}}
// CHECK:      collide.cpp:[[@LINE-2]]:3: error: overloads of 'scale' would share the JavaScript name 'scale'
// CHECK-NEXT: collide.cpp:[[@LINE-4]]:26: note: other overload is here

// One renamed overload that takes the other's name still collides.
[[wasmport::export]] void draw(int);
[[wasmport::export("draw")]] void draw(const char *); // expected-error {{overloads of 'draw' would share the JavaScript name 'draw'}}
// expected-note@-2 {{other overload is here}}

// Overloads in an exported class: methods and statics have separate name
// spaces, like JavaScript's instance and static members.
class [[wasmport::export]] Canvas {
public:
  void fill(int rgb);
  void fill(double gray); // expected-error {{overloads of 'fill' would share the JavaScript name 'fill'}}
  // expected-note@-2 {{other overload is here}}
  // CHECK: collide.cpp:[[@LINE-2]]:8: error: overloads of 'fill' would share the JavaScript name 'fill'
  static Canvas make(int size);
  static Canvas make(double size); // expected-error {{overloads of 'make' would share the JavaScript name 'make'}}
  // expected-note@-2 {{other overload is here}}
  void clear();
  static void clear(int); // A static may share an instance method's name.
};

//--- distinct.cpp
// expected-no-diagnostics
[[wasmport::export("scaleInt")]] int scale(int x) { return 2 * x; }
[[wasmport::export("scaleDouble")]] double scale(double x) { return 2 * x; }
// Only the other overload needs a new name.
[[wasmport::export]] void draw(int) {}
[[wasmport::export("drawText")]] void draw(const char *) {}
// Only the overload that is exported counts.
[[wasmport::export]] int area(int side) { return side * side; }
int area(int w, int h) { return w * h; }

class [[wasmport::export]] Canvas {
public:
  void fill(int) {}
  [[wasmport::export("fillGray")]] void fill(double) {}
  [[wasmport::skip]] void fill(const char *) {}
};

// MANIFEST:      "js": "Canvas",
// MANIFEST:          "js": "fill",
// MANIFEST:          "symbol": "__wasmport_method_6Canvas_4fill"
// MANIFEST:          "js": "fillGray",
// MANIFEST:          "symbol": "__wasmport_method_6Canvas_8fillGray"
// MANIFEST-NOT:      "js": "fill"
// MANIFEST:      "functions": [
// MANIFEST:          "cpp": "::scale",
// MANIFEST-NEXT:     "js": "scaleInt",
// MANIFEST:          "cpp": "::scale",
// MANIFEST-NEXT:     "js": "scaleDouble",
// MANIFEST:          "cpp": "::draw",
// MANIFEST-NEXT:     "js": "draw",
// MANIFEST:          "cpp": "::draw",
// MANIFEST-NEXT:     "js": "drawText",
// MANIFEST:          "cpp": "::area",
// MANIFEST-NEXT:     "js": "area",
// MANIFEST-NOT:      "js": "area"
// MANIFEST:      "imports": []
