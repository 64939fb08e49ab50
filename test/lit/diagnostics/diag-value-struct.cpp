// A [[wasmport::value]] struct is copied field by field to a plain JS object:
// it must be an aggregate of public, named data members whose types can
// cross. Each problem is an error at the most specific place (the base
// specifier, the constructor, the field's type), saying what is accepted.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <list>
#include <string>
#include <vector>

struct Base { int id; };
struct [[wasmport::value]] Derived : Base { int x; }; // expected-error {{'Derived' is marked [[wasmport::value]] but has a base class; a value struct is an aggregate of public data members (no constructors, base classes, virtual functions or bit-fields); export it as a class with [[wasmport::export]] instead}}
// CHECK-DAG: diag-value-struct.cpp:[[@LINE-1]]:38:{[[@LINE-1]]:38-[[@LINE-1]]:42}: error: 'Derived' is marked {{\[\[}}wasmport::value{{\]\]}} but has a base class

struct [[wasmport::value]] WithCtor {
  WithCtor(int x); // expected-error {{'WithCtor' is marked [[wasmport::value]] but has a user-declared constructor}}
  // CHECK-DAG: diag-value-struct.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:11}: error: 'WithCtor' is marked {{\[\[}}wasmport::value{{\]\]}} but has a user-declared constructor
  int x;
};
struct [[wasmport::value]] WithVirtual {
  virtual void f(); // expected-error {{'WithVirtual' is marked [[wasmport::value]] but has a virtual function}}
  // CHECK-DAG: diag-value-struct.cpp:[[@LINE-1]]:16:{[[@LINE-1]]:16-[[@LINE-1]]:17}: error: 'WithVirtual' is marked {{\[\[}}wasmport::value{{\]\]}} but has a virtual function
  int x;
};
struct [[wasmport::value]] WithPrivate {
  int x;
private:
  int y; // expected-error {{'WithPrivate' is marked [[wasmport::value]] but has a non-public data member}}
  // CHECK-DAG: diag-value-struct.cpp:[[@LINE-1]]:7:{[[@LINE-1]]:7-[[@LINE-1]]:8}: error: 'WithPrivate' is marked {{\[\[}}wasmport::value{{\]\]}} but has a non-public data member
};
struct [[wasmport::value]] WithBits {
  int flags : 3; // expected-error {{'WithBits' is marked [[wasmport::value]] but has a bit-field}}
  // CHECK-DAG: diag-value-struct.cpp:[[@LINE-1]]:7: error: 'WithBits' is marked {{\[\[}}wasmport::value{{\]\]}} but has a bit-field
};
struct [[wasmport::value]] WithUnnamed {
  int x;
  union { int a; float b; }; // expected-error {{'WithUnnamed' is marked [[wasmport::value]] but has an unnamed member}}
};

// Fields: every one whose type cannot cross is reported at its type.
struct [[wasmport::value]] Fields {
  int *pointer; // expected-error {{field 'pointer' of value struct 'Fields' has type 'int *', which wasmport cannot pass between C++ and JavaScript}} expected-note {{supported:}}
  // CHECK-DAG: diag-value-struct.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:8}: error: field 'pointer' of value struct 'Fields' has type 'int *'
  std::list<int> table; // expected-error {{field 'table' of value struct 'Fields' has type 'std::list<int>'}} expected-note {{supported:}}
  void (*callback)(int); // expected-error {{field 'callback' of value struct 'Fields' has type 'void (*)(int)'}} expected-note {{supported:}}
  std::vector<const char *> names; // expected-error {{field 'names' of value struct 'Fields' has type 'std::vector<const char *>'}} expected-note {{supported:}}
  int ok;
};

// A field name becomes an object key: some would break the object.
struct [[wasmport::value]] Thenable {
  int then; // expected-error {{'then' cannot name a member of a JavaScript class; rename it with [[wasmport::export("otherName")]]}}
};

// A value struct copies every field: none can be skipped.
struct [[wasmport::value]] Cached {
  int x;
  [[wasmport::skip]] int cache; // expected-error {{'wasmport::skip' applies to members of a class marked [[wasmport::export]]; export the class}}
};

// A union is not a struct; Clang's own wording.
union [[wasmport::value]] Number { int i; float f; }; // expected-error {{'value' attribute only applies to structs and classes}}

// Accepted: aggregates of supported types, nesting, defaults, static members.
struct [[wasmport::value]] Point { double x = 0, y = 0; };
struct [[wasmport::value]] Polygon {
  std::string name;
  std::vector<Point> points;
  static int count;
  void method() const;
};
[[wasmport::export]] Polygon describe(const Polygon &p);
