// What a real library's header (Box2D's b2_math.h, tinyxml2) brings to a
// binding file: a value struct with constructors, overloads of a free
// function on a type that is not exported, and a leading parameter that
// cannot cross followed by defaulted ones. Each works, or is left out with
// one warning, or is one error at the alias; no thunk fails to compile.
//
// RUN: %verify %s
// RUN: %wasmport_cxx -DNO_ERRORS -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json 2>&1 | %FileCheck %s --check-prefix=WARN
// RUN: %FileCheck %s --input-file=%t.json

#include <cstdio>

namespace lib {
// b2Vec2: constructors, so not an aggregate, but default-constructible with
// public data members that can all cross.
struct vec2 {
  vec2() {}
  vec2(float xIn, float yIn) : x(xIn), y(yIn) {}
  void set_zero() { x = 0.0f; y = 0.0f; }
  float x, y;
};
// Not exported: its overloads of dot and cross are left out.
struct vec3 {
  vec3() {}
  float x, y, z;
};
inline float dot(const vec2 &a, const vec2 &b) { return a.x * b.x + a.y * b.y; }
inline float dot(const vec3 &a, const vec3 &b) { return a.x * b.x + a.y * b.y + a.z * b.z; } // expected-note-re {{left out of JavaScript: parameter 'a' has type 'const {{(lib::)?}}vec3 &'}}
inline float cross(const vec2 &a, const vec2 &b) { return a.x * b.y - a.y * b.x; }
inline vec3 cross(const vec3 &a, const vec3 &) { return a; } // expected-note-re {{left out of JavaScript: parameter 'a' has type 'const {{(lib::)?}}vec3 &'}}

// A private member keeps what the constructor gives it.
struct tagged {
  tagged() : tag(7) {}
  int value = 0;
  int get_tag() const { return tag; }
private:
  int tag;
};

struct no_default { // expected-error {{'no_default' is aliased as a [[wasmport::value]] but is not default-constructible; a foreign value struct is default-constructible and copyable, with no base classes or virtual functions, and its public data members can all cross; export it as a class with [[wasmport::export]] instead}}
  explicit no_default(int v) : v(v) {}
  int v;
};
struct fixed {
  const int id = 1; // expected-error {{'fixed' is aliased as a [[wasmport::value]] but has a const data member; a foreign value struct is default-constructible and copyable, with no base classes or virtual functions, and its public data members can all cross; export it as a class with [[wasmport::export]] instead}}
};

// tinyxml2's XMLPrinter(FILE* file = 0, bool compact = false, int depth = 0):
// FILE* cannot cross, and it and every parameter after it have defaults.
class printer {
public:
  printer(FILE *file = nullptr, bool compact = false, int depth = 0)
      : compact_(compact), depth_(depth + (file != nullptr)) {}
  bool compact() const { return compact_; }
  int depth() const { return depth_; }
private:
  bool compact_;
  int depth_;
};
} // namespace lib

// At global scope, where Clang 14 and 19 spell the types alike.
struct plain3 {
  float x, y, z;
};
inline float len(const lib::vec2 &a) { return a.x + a.y; }
inline float len(const plain3 &a) { return a.x + a.y + a.z; } // expected-note {{left out of JavaScript: parameter 'a' has type 'const plain3 &'}}

using vec2 [[wasmport::value]] = lib::vec2;
using tagged [[wasmport::value]] = lib::tagged;
#ifndef NO_ERRORS
using no_default [[wasmport::value]] = lib::no_default;
using fixed [[wasmport::value]] = lib::fixed;
#endif
using Printer [[wasmport::export]] = lib::printer;

namespace [[wasmport::export]] m {
using lib::dot; // expected-warning-re {{using-declaration of 'dot': overloads left out of JavaScript: 'dot(const {{(lib::)?}}vec3 &, const {{(lib::)?}}vec3 &)' (parameter 'a' has type 'const {{(lib::)?}}vec3 &')}}
using lib::cross; // expected-warning-re {{using-declaration of 'cross': overloads left out of JavaScript: 'cross(const {{(lib::)?}}vec3 &, const {{(lib::)?}}vec3 &)' (parameter 'a' has type 'const {{(lib::)?}}vec3 &')}}
using ::len; // expected-warning {{using-declaration of 'len': overloads left out of JavaScript: 'len(const plain3 &)' (parameter 'a' has type 'const plain3 &')}}
} // namespace m

// WARN-NOT: thunks
// WARN-NOT: error:

// vec2 and tagged are value structs of their public data members.
// CHECK:      "values": [
// CHECK:          "cpp": "::lib::vec2",
// CHECK:              "name": "x",
// CHECK:              "name": "y",
// CHECK:          "cpp": "::lib::tagged",
// CHECK:              "name": "value",
// CHECK-NOT:          "name": "tag"
