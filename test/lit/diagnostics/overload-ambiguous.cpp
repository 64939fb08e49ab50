// Overloads under one JS name are one JS function that picks the overload
// from its arguments. Own overloads that could accept the same arguments are
// an error at the later one, naming the other; overloads JS can tell apart
// (by count, or by the kinds of value they take) are accepted.
//
// RUN: rm -rf %t && %split-file --leading-lines %s %t
// RUN: %verify %t/collide.cpp
// RUN: %not %diagnose %t/collide.cpp 2>&1 | %FileCheck %s
// RUN: %verify %t/distinct.cpp
// RUN: %wasmport_cxx -c %t/distinct.cpp -o %t/distinct.o -fplugin-arg-wasmport-manifest=%t/distinct.json
// RUN: %FileCheck %s --check-prefix=MANIFEST --input-file=%t/distinct.json

//--- collide.cpp
[[wasmport::export]] int scale(int x);
[[wasmport::export]] double scale(double x); // expected-error {{overload 'scale(double)' could accept the same JavaScript arguments as 'scale(int)', so a call of 'scale' could not choose between them; rename one with [[wasmport::export("otherName")]]}}
// expected-note@-2 {{other overload is here}}
// CHECK:      collide.cpp:[[@LINE-2]]:29: error: overload 'scale(double)' could accept the same JavaScript arguments as 'scale(int)'
// CHECK-NEXT: collide.cpp:[[@LINE-4]]:26: note: other overload is here

// A default argument counts: mix(1) could call either.
[[wasmport::export]] int mix(int a);
[[wasmport::export]] int mix(int a, const char *b = nullptr); // expected-error {{overload 'mix(int, const char *)' could accept the same JavaScript arguments as 'mix(int)'}}
// expected-note@-2 {{other overload is here}}

// Objects of a class and of a class that extends it.
class [[wasmport::export]] Shape {
public:
  virtual ~Shape() = default;
};
class [[wasmport::export]] Circle : public Shape {};
[[wasmport::export]] void paint(Shape &s);
[[wasmport::export]] void paint(Circle &c); // expected-error {{overload 'paint(Circle &)' could accept the same JavaScript arguments as 'paint(Shape &)'}}
// expected-note@-2 {{other overload is here}}

// Methods, statics and constructors alike.
class [[wasmport::export]] Canvas {
public:
  Canvas(int size);
  Canvas(float size); // expected-error {{overload 'Canvas(float)' could accept the same JavaScript arguments as 'Canvas(int)', so a call of 'constructor' could not choose}}
  // expected-note@-2 {{other overload is here}}
  void fill(int rgb);
  void fill(double gray); // expected-error {{overload 'fill(double)' could accept the same JavaScript arguments as 'fill(int)'}}
  // expected-note@-2 {{other overload is here}}
  // CHECK: collide.cpp:[[@LINE-2]]:8: error: overload 'fill(double)'
  static Canvas make(int size);
  static Canvas make(double size); // expected-error {{overload 'make(double)' could accept the same JavaScript arguments as 'make(int)'}}
  // expected-note@-2 {{other overload is here}}
  void clear();
  static void clear(int); // A static may share an instance method's name.
};

//--- distinct.cpp
// expected-no-diagnostics
#include <string>
#include <vector>
// By the kind of value: a number, a string, a vector, a boolean.
[[wasmport::export]] int f(int x) { return x; }
[[wasmport::export]] int f(const std::string &s) { return int(s.size()); }
[[wasmport::export]] int f(const std::vector<double> &v) { return int(v.size()); }
[[wasmport::export]] int f(bool b) { return b; }
// By count, default arguments counted.
[[wasmport::export]] int g(int a) { return a; }
[[wasmport::export]] int g(int a, int b, int c = 0) { return a + b + c; }
// Renamed overloads are separate functions.
[[wasmport::export("scaleInt")]] int scale(int x) { return 2 * x; }
[[wasmport::export("scaleDouble")]] double scale(double x) { return 2 * x; }

class [[wasmport::export]] Box {
public:
  Box() {}
  Box(int) {}
  Box(const std::string &) {}
  // A const and a non-const overload are one JS method (the non-const one).
  int get() { return 1; }
  int get() const { return 2; }
  void put(int) {}
  void put(const Box &) {}
};

// MANIFEST:          "symbol": "__wasmport_new_3Box_0"
// MANIFEST:          "symbol": "__wasmport_new_3Box_1"
// MANIFEST:          "symbol": "__wasmport_new_3Box_2"
// MANIFEST:          "js": "get",
// MANIFEST:          "symbol": "__wasmport_method_3Box_3get"
// MANIFEST-NOT:      "symbol": "__wasmport_method_3Box_3get_1"
// MANIFEST:          "symbol": "__wasmport_method_3Box_3put"
// MANIFEST:          "symbol": "__wasmport_method_3Box_3put_1"
// MANIFEST:      "functions": [
// MANIFEST:          "symbol": "__wasmport_fn_1f"
// MANIFEST:          "symbol": "__wasmport_fn_1f_1"
// MANIFEST:          "symbol": "__wasmport_fn_1f_2"
// MANIFEST:          "symbol": "__wasmport_fn_1f_3"
// MANIFEST:          "cpp": "::g",
// MANIFEST:              "name": "c",
// MANIFEST-NEXT:         "optional": true,
// MANIFEST:          "js": "scaleInt",
// MANIFEST:          "js": "scaleDouble",
